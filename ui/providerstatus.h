// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/settings.h"

#include <QObject>
#include <QString>

namespace musiaia::gui {

class AppContext;

// Which AI providers MusiaIA can use right now, for the status bar: the routing setting, which
// keys are set (read through the secrets store, never shown), and whether the network is down.
class ProviderStatus final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProviderStatus)

public:
    explicit ProviderStatus(AppContext &context, QObject *parent = nullptr);

    bool hasGlmKey() const { return m_glmKey; }
    bool hasMiniMaxKey() const { return m_miniMaxKey; }
    bool networkDown() const { return m_networkDown; }
    // True when every message will go to the offline composer.
    bool offline() const;
    QString text() const;       // "GLM-4.6 · MiniMax-M2", "Offline composer"
    QString toolTip() const;    // what that means, in a sentence

    void refresh();

Q_SIGNALS:
    void changed();

private:
    void readKeys();

    AppContext &m_context;
    bool m_glmKey = false;
    bool m_miniMaxKey = false;
    bool m_networkDown = false;
    int m_generation = 0;
};

} // namespace musiaia::gui
