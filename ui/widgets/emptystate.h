// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace musiaia::gui {

// A calm placeholder for a view with nothing to show yet: an icon, a title, a sentence that says
// what will appear here and how, and optionally a button for the first step.
class EmptyState final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmptyState)

public:
    explicit EmptyState(const QString &iconName, QWidget *parent = nullptr);

    void setTitle(const QString &title);
    void setText(const QString &text);
    // Shows the button (hidden until a text is set); connect to clicked().
    void setButtonText(const QString &text);
    QPushButton *button() const { return m_button; }
    QVBoxLayout *extraLayout() const { return m_extra; }

Q_SIGNALS:
    void clicked();

protected:
    void changeEvent(QEvent *event) override;

private:
    void refreshIcon();

    QLabel *m_icon;
    QLabel *m_title;
    QLabel *m_text;
    QPushButton *m_button;
    QVBoxLayout *m_extra;
    QString m_iconName;
};

} // namespace musiaia::gui
