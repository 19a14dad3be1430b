// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/settings.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QStandardPaths>
#include <QTest>

#include "testsupport.h"

using namespace Qt::Literals::StringLiterals;
using namespace musiaia::store;

class TestSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void defaultsWhenNothingIsStored()
    {
        QTemporaryDir dir;
        Settings s(dir.filePath(u"s.ini"_s));
        QCOMPARE(s.value(settings::aiRouting), AiRouting::Auto);
        QCOMPARE(s.value(settings::glmModel), u"glm-4.6"_s);
        QCOMPARE(s.value(settings::miniMaxModel), u"MiniMax-M2"_s);
        QCOMPARE(s.value(settings::glmRegion), AiRegion::International);
        QCOMPARE(s.value(settings::defaultLiveVersion), LiveVersion::Live12);
        QCOMPARE(s.value(settings::localApiEnabled), false);
        QCOMPARE(s.value(settings::localApiAddress), u"127.0.0.1"_s);
        QVERIFY(!s.isSet(settings::glmModel));
    }

    void valuesSurviveARestart()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"s.ini"_s);
        {
            Settings s(path);
            s.setValue(settings::aiRouting, AiRouting::PreferMiniMax);
            s.setValue(settings::glmBaseUrl, u"http://127.0.0.1:9/api/paas/v4"_s);
            s.setValue(settings::aiIdleTimeoutMs, 5000);
            s.setValue(settings::glmThinking, false);
            s.setValue(settings::defaultLiveVersion, LiveVersion::Live11);
            QVERIFY(s.sync());
        }
        Settings s(path);
        QCOMPARE(s.value(settings::aiRouting), AiRouting::PreferMiniMax);
        QCOMPARE(s.value(settings::glmBaseUrl), u"http://127.0.0.1:9/api/paas/v4"_s);
        QCOMPARE(s.value(settings::aiIdleTimeoutMs), 5000);
        QCOMPARE(s.value(settings::glmThinking), false);
        QCOMPARE(s.value(settings::defaultLiveVersion), LiveVersion::Live11);
        s.reset(settings::aiIdleTimeoutMs);
        QCOMPARE(s.value(settings::aiIdleTimeoutMs), settings::aiIdleTimeoutMs.defaultValue);
    }

    void enumsAreStoredAsReadableNames()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"s.ini"_s);
        {
            Settings s(path);
            s.setValue(settings::aiRouting, AiRouting::OfflineOnly);
            s.setValue(settings::miniMaxRegion, AiRegion::Mainland);
            s.setValue(settings::language, UiLanguage::Spanish);
            QVERIFY(s.sync());
        }
        QSettings raw(path, QSettings::IniFormat);
        QCOMPARE(raw.value(u"ai/routing"_s).toString(), u"offline"_s);
        QCOMPARE(raw.value(u"ai/minimax/region"_s).toString(), u"mainland"_s);
        QCOMPARE(raw.value(u"ui/language"_s).toString(), u"es"_s);
    }

    void damagedValuesFallBackToDefaults_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("stored");
        QTest::newRow("unknown routing") << u"ai/routing"_s << u"fastest"_s;
        QTest::newRow("unknown region") << u"ai/glm/region"_s << u"mars"_s;
        QTest::newRow("timeout not a number") << u"ai/idleTimeoutMs"_s << u"soon"_s;
        QTest::newRow("live version") << u"projects/liveVersion"_s << u"9"_s;
    }
    void damagedValuesFallBackToDefaults()
    {
        QFETCH(QString, key);
        QFETCH(QString, stored);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"s.ini"_s);
        {
            QSettings raw(path, QSettings::IniFormat);
            raw.setValue(key, stored);
        }
        Settings s(path);
        QCOMPARE(s.value(settings::aiRouting), AiRouting::Auto);
        QCOMPARE(s.value(settings::glmRegion), AiRegion::International);
        QCOMPARE(s.value(settings::aiIdleTimeoutMs), settings::aiIdleTimeoutMs.defaultValue);
        QCOMPARE(s.value(settings::defaultLiveVersion), LiveVersion::Live12);
    }

    void namesRoundTrip()
    {
        for (AiProvider p : {AiProvider::Glm, AiProvider::MiniMax, AiProvider::Local}) {
            AiProvider back = AiProvider::Local;
            QVERIFY(parseSetting(settingName(p), &back));
            QCOMPARE(back, p);
        }
        for (AiRouting r : {AiRouting::Auto, AiRouting::PreferGlm, AiRouting::PreferMiniMax, AiRouting::OfflineOnly}) {
            AiRouting back = AiRouting::Auto;
            QVERIFY(parseSetting(settingName(r), &back));
            QCOMPARE(back, r);
        }
        AiProvider p = AiProvider::Local;
        QVERIFY(parseSetting(u" MiniMax "_s, &p));   // case and spaces forgiven on input
        QCOMPARE(p, AiProvider::MiniMax);
        QVERIFY(!parseSetting(u"gpt"_s, &p));
        QCOMPARE(p, AiProvider::MiniMax);
    }

    void projectsFolder()
    {
        QTemporaryDir dir;
        Settings s(dir.filePath(u"s.ini"_s));
        QCOMPARE(s.projectsFolderPath(), Settings::projectsFolderDefault());
        QVERIFY(s.projectsFolderPath().endsWith(u"/MusiaIA"_s));
        s.setValue(settings::projectsFolder, dir.path() + u"/songs/../tracks/"_s);
        QCOMPARE(s.projectsFolderPath(), dir.path() + u"/tracks"_s);
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
