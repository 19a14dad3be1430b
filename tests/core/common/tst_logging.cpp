// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/logging.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace musiaia;

class TestLogging final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jsonLog_writesOneObjectPerLine()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("log.jsonl"));
        QVERIFY(logging::startJsonLog(path));
        QVERIFY(logging::jsonLogActive());

        qCInfo(lcAls) << "plain line";
        logging::event(lcSession(), QStringLiteral("project generated"),
                       {{QStringLiteral("bpm"), 124}, {QStringLiteral("project_type"), QStringLiteral("house")}});
        logging::stopJsonLog();
        QVERIFY(!logging::jsonLogActive());
        qCInfo(lcAls) << "not in the file";

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 2);

        const QJsonObject first = QJsonDocument::fromJson(lines.at(0)).object();
        QCOMPARE(first.value(QStringLiteral("category")).toString(), QStringLiteral("musiaia.als"));
        QCOMPARE(first.value(QStringLiteral("level")).toString(), QStringLiteral("info"));
        QCOMPARE(first.value(QStringLiteral("message")).toString(), QStringLiteral("plain line"));
        QVERIFY(!first.value(QStringLiteral("timestamp")).toString().isEmpty());

        const QJsonObject second = QJsonDocument::fromJson(lines.at(1)).object();
        QCOMPARE(second.value(QStringLiteral("category")).toString(), QStringLiteral("musiaia.session"));
        QCOMPARE(second.value(QStringLiteral("message")).toString(), QStringLiteral("project generated"));
        QCOMPARE(second.value(QStringLiteral("bpm")).toInt(), 124);
        QCOMPARE(second.value(QStringLiteral("project_type")).toString(), QStringLiteral("house"));
    }

    void jsonLog_unwritablePath_fails()
    {
        QString why;
        QVERIFY(!logging::startJsonLog(QStringLiteral("/nonexistent-dir/x/log.jsonl"), &why));
        QVERIFY(!why.isEmpty());
        QVERIFY(!logging::jsonLogActive());
    }

    void redact_keepsPrefixAndLength()
    {
        QCOMPARE(logging::redact(QStringLiteral("short")), QStringLiteral("short"));
        const QString redacted = logging::redact(QString(100, QLatin1Char('x')), 4);
        QVERIFY(redacted.startsWith(QStringLiteral("xxxx…")));
        QVERIFY(redacted.contains(QStringLiteral("100 chars")));
    }
};

QTEST_GUILESS_MAIN(TestLogging)
#include "tst_logging.moc"
