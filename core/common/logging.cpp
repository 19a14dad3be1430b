// SPDX-License-Identifier: GPL-3.0-or-later
#include "logging.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QMutex>
#include <QMutexLocker>

#include <atomic>
#include <memory>

Q_LOGGING_CATEGORY(lcApp, "musiaia.app", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAls, "musiaia.als", QtInfoMsg)
Q_LOGGING_CATEGORY(lcMusic, "musiaia.music", QtInfoMsg)
Q_LOGGING_CATEGORY(lcLibrary, "musiaia.library", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAi, "musiaia.ai", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSession, "musiaia.session", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStore, "musiaia.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcApi, "musiaia.api", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "musiaia.ui", QtInfoMsg)

namespace musiaia::logging {
namespace {

struct JsonSink
{
    QMutex mutex;
    std::unique_ptr<QFile> file;
    QtMessageHandler previous = nullptr;
    std::atomic_bool installed = false;
    std::atomic_bool active = false;
    std::atomic_int consoleThreshold = 0;
};

JsonSink &sink()
{
    static JsonSink instance;
    return instance;
}

// Fields set by event() for the message being logged on this thread.
thread_local const QJsonObject *t_pendingFields = nullptr;

// QtMsgType's values are not in severity order.
int severity(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg: return 0;
    case QtInfoMsg: return 1;
    case QtWarningMsg: return 2;
    case QtCriticalMsg: return 3;
    case QtFatalMsg: return 4;
    }
    return 1;
}

QString levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg: return QStringLiteral("debug");
    case QtInfoMsg: return QStringLiteral("info");
    case QtWarningMsg: return QStringLiteral("warning");
    case QtCriticalMsg: return QStringLiteral("critical");
    case QtFatalMsg: return QStringLiteral("fatal");
    }
    return QStringLiteral("info");
}

void writeJsonLine(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    QJsonObject line;
    if (t_pendingFields)
        line = *t_pendingFields;
    line.insert(QStringLiteral("timestamp"),
                QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    line.insert(QStringLiteral("level"), levelName(type));
    line.insert(QStringLiteral("category"),
                QString::fromUtf8(context.category ? context.category : "default"));
    line.insert(QStringLiteral("message"), message);
    QByteArray bytes = QJsonDocument(line).toJson(QJsonDocument::Compact);
    bytes.append('\n');

    JsonSink &s = sink();
    QMutexLocker lock(&s.mutex);
    if (s.file) {
        s.file->write(bytes);
        s.file->flush();
    }
}

void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    JsonSink &s = sink();
    if (s.active.load())
        writeJsonLine(type, context, message);
    if (s.previous && severity(type) >= s.consoleThreshold.load())
        s.previous(type, context, message);
}

void installHandler()
{
    JsonSink &s = sink();
    if (!s.installed.exchange(true))
        s.previous = qInstallMessageHandler(handler);
}

} // namespace

bool startJsonLog(const QString &path, QString *errorMessage)
{
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text)) {
        if (errorMessage)
            *errorMessage = file->errorString();
        return false;
    }
    JsonSink &s = sink();
    {
        QMutexLocker lock(&s.mutex);
        s.file = std::move(file);
    }
    installHandler();
    s.active.store(true);
    return true;
}

void stopJsonLog()
{
    JsonSink &s = sink();
    s.active.store(false);
    QMutexLocker lock(&s.mutex);
    s.file.reset();
}

void setConsoleThreshold(QtMsgType minimum)
{
    sink().consoleThreshold.store(severity(minimum));
    installHandler();
}

bool jsonLogActive()
{
    return sink().active.load();
}

void event(const QLoggingCategory &category, const QString &message, const QJsonObject &fields)
{
    if (!category.isInfoEnabled())
        return;
    t_pendingFields = &fields;
    QMessageLogger(nullptr, 0, nullptr, category.categoryName()).info().noquote() << message;
    t_pendingFields = nullptr;
}

QString redact(const QString &text, int keep)
{
    if (text.size() <= keep)
        return text;
    return text.left(keep) + QStringLiteral("… (%1 chars)").arg(text.size());
}

} // namespace musiaia::logging
