// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QLoggingCategory>
#include <QString>

// One category per module, tunable with QT_LOGGING_RULES (for example "musiaia.ai.debug=true").
Q_DECLARE_LOGGING_CATEGORY(lcApp)
Q_DECLARE_LOGGING_CATEGORY(lcAls)
Q_DECLARE_LOGGING_CATEGORY(lcMusic)
Q_DECLARE_LOGGING_CATEGORY(lcLibrary)
Q_DECLARE_LOGGING_CATEGORY(lcAi)
Q_DECLARE_LOGGING_CATEGORY(lcSession)
Q_DECLARE_LOGGING_CATEGORY(lcStore)
Q_DECLARE_LOGGING_CATEGORY(lcApi)
Q_DECLARE_LOGGING_CATEGORY(lcUi)

namespace musiaia::logging {

// Messages below this level stay out of stderr (they still reach the JSON log). The command line
// keeps stderr for warnings; the GUI and --verbose show info too. Installs the message handler.
void setConsoleThreshold(QtMsgType minimum);

// Installs a message handler that keeps printing to stderr as Qt does, and also appends one JSON
// object per line to `path` ({"timestamp", "level", "category", "message", ...fields}), as the
// original design's JSON logger did. Returns false (and leaves logging unchanged) when the file
// cannot be opened.
bool startJsonLog(const QString &path, QString *errorMessage = nullptr);
void stopJsonLog();
bool jsonLogActive();

// A structured event: logged as text through the category, and written with its fields to the
// JSON log when one is active: logging::event(lcSession(), ...). Never put keys, tokens or whole
// prompts in `fields`.
void event(const QLoggingCategory &category, const QString &message, const QJsonObject &fields);

// For log lines that mention user text: keeps the first characters and says how long it was.
QString redact(const QString &text, int keep = 24);

} // namespace musiaia::logging
