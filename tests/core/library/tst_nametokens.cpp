// SPDX-License-Identifier: GPL-3.0-or-later
#include "library/musicalkey.h"
#include "library/nametokens.h"

#include "testsupport.h"

#include <QTest>

using namespace musiaia::library;

namespace {

QString valueOf(const NameHints &hints, Field field)
{
    for (const Evidence &evidence : hints.evidence) {
        if (evidence.field == field)
            return evidence.value;
    }
    return {};
}

} // namespace

class TestNameTokens final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keys_parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");   // empty: not a key
        QTest::addColumn<QString>("camelot");
        QTest::newRow("Am") << "Am" << "Am" << "8A";
        QTest::newRow("A minor") << "A minor" << "Am" << "8A";
        QTest::newRow("F#min") << "F#min" << "F#m" << "11A";
        QTest::newRow("Gb maj") << "Gb maj" << "F#" << "2B";
        QTest::newRow("C") << "C" << "C" << "8B";
        QTest::newRow("Bb") << "Bb" << "Bb" << "6B";
        QTest::newRow("8A") << "8A" << "Am" << "8A";
        QTest::newRow("12B") << "12B" << "E" << "12B";
        QTest::newRow("1A") << "1A" << "G#m" << "1A";
        QTest::newRow("la menor") << "la menor" << "Am" << "8A";
        QTest::newRow("Do mayor") << "Do mayor" << "C" << "8B";
        QTest::newRow("Sol#m") << "Sol#m" << "G#m" << "1A";
        QTest::newRow("Re m") << "Re m" << "Dm" << "7A";
        QTest::newRow("Eb minor") << "Eb minor" << "Ebm" << "2A";
        QTest::newRow("not a key") << "kick" << "" << "";
        QTest::newRow("H") << "H" << "" << "";
        QTest::newRow("13A") << "13A" << "" << "";
    }

    void keys_parse()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QFETCH(QString, camelot);
        const auto key = MusicalKey::parse(text);
        QCOMPARE(key ? key->name() : QString(), expected);
        if (key) {
            QCOMPARE(key->camelot(), camelot);
            QCOMPARE(MusicalKey::parse(key->camelot()), key);   // round trip through Camelot
            QCOMPARE(MusicalKey::fromCode(key->code()), *key);
        }
    }

    void keys_compatible()
    {
        const MusicalKey am = *MusicalKey::parse(QStringLiteral("Am"));
        QStringList names;
        for (const MusicalKey &key : am.compatible())
            names << key.name();
        QCOMPARE(names, QStringList({QStringLiteral("Am"), QStringLiteral("C"), QStringLiteral("Em"), QStringLiteral("Dm")}));
        QCOMPARE(keyAffinity(am, am), 1.0);
        QCOMPARE(keyAffinity(am, *MusicalKey::parse(QStringLiteral("C"))), 0.8);
        QCOMPARE(keyAffinity(am, *MusicalKey::parse(QStringLiteral("Em"))), 0.6);
        QCOMPARE(keyAffinity(am, *MusicalKey::parse(QStringLiteral("F#"))), 0.0);
    }

    void notes_ableton()
    {
        QCOMPARE(noteName(60), QStringLiteral("C3"));
        QCOMPARE(noteName(45), QStringLiteral("A1"));
        QCOMPARE(noteName(0), QStringLiteral("C-2"));
        QCOMPARE(parseNoteName(QStringLiteral("A1")), std::optional<int>(45));
        QCOMPARE(parseNoteName(QStringLiteral("F#2")), std::optional<int>(54));
        QCOMPARE(parseNoteName(QStringLiteral("Bb-1")), std::optional<int>(22));
        QCOMPARE(parseNoteName(QStringLiteral("X9")), std::nullopt);
    }

    void tokens_split()
    {
        QCOMPARE(nameTokens(QStringLiteral("KickHard_01 (Copia)")),
                 QStringList({QStringLiteral("kick"), QStringLiteral("hard"), QStringLiteral("01"), QStringLiteral("copia")}));
        QCOMPARE(nameTokens(QStringLiteral("808Bass-Percusión")),
                 QStringList({QStringLiteral("808"), QStringLiteral("bass"), QStringLiteral("percusion")}));
    }

    void names_hints_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("folders");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("bpm");
        QTest::addColumn<QString>("key");
        const QStringList none;
        QTest::newRow("kick") << "Kick_Hard_01" << none << "kick" << "" << "" << "";
        QTest::newRow("bombo") << "bombo grave" << none << "kick" << "" << "" << "";
        QTest::newRow("caja") << "Caja 3" << none << "snare" << "" << "" << "";
        QTest::newRow("palmas") << "palmas_reverb" << none << "clap" << "" << "" << "";
        QTest::newRow("charles abierto") << "Charles abierto 2" << none << "open-hat" << "" << "" << "";
        QTest::newRow("open hat") << "OpenHat_05" << none << "open-hat" << "" << "" << "";
        QTest::newRow("hat closed word") << "hat_closed_tight" << none << "closed-hat" << "" << "" << "";
        QTest::newRow("CH + hat") << "HH tight" << none << "closed-hat" << "" << "" << "";
        QTest::newRow("hi hat phrase") << "Hi Hat 3" << none << "closed-hat" << "" << "" << "";
        QTest::newRow("crash") << "Crash_long" << none << "cymbal" << "" << "" << "";
        QTest::newRow("tom") << "LowTom" << none << "tom" << "" << "" << "";
        QTest::newRow("shaker") << "shaker_16th" << none << "perc" << "" << "" << "";
        QTest::newRow("808") << "808_long_C" << none << "bass" << "" << "" << "";
        QTest::newRow("808 kick") << "808 Kick" << none << "kick" << "" << "" << "";
        QTest::newRow("bajo") << "Bajo_Am_124bpm" << none << "bass" << "loop" << "124" << "Am";
        QTest::newRow("lead") << "Lead F#min 128 BPM" << none << "lead" << "loop" << "128" << "F#m";
        QTest::newRow("pad") << "Pad_Warm_Cmaj" << none << "pad" << "" << "" << "C";
        QTest::newRow("chord stab") << "Chord Stab Dm" << none << "chord" << "one-shot" << "" << "Dm";
        QTest::newRow("voz") << "Voz_Frase_La_menor" << none << "vocal" << "" << "" << "Am";
        QTest::newRow("vox camelot") << "VOX_8A_120" << none << "vocal" << "loop" << "120" << "Am";
        QTest::newRow("riser") << "Riser_8bars" << none << "fx" << "" << "" << "";
        QTest::newRow("textura") << "Textura oscura" << none << "texture" << "" << "" << "";
        QTest::newRow("drum loop") << "Drum Loop 124" << none << "drum-loop" << "loop" << "124" << "";
        QTest::newRow("top loop") << "top_loop_126bpm" << none << "drum-loop" << "loop" << "126" << "";
        QTest::newRow("kick loop") << "Kick_Loop_125bpm" << none << "drum-loop" << "loop" << "125" << "";
        QTest::newRow("music loop with key and bare bpm") << "Loop_124_Am" << none << "" << "loop" << "124" << "Am";
        QTest::newRow("bucle") << "bucle_bateria_90bpm" << none << "drum-loop" << "loop" << "90" << "";
        QTest::newRow("one shot") << "Synth One Shot C" << none << "lead" << "one-shot" << "" << "";
        QTest::newRow("folder only") << "Sample 03" << QStringList{QStringLiteral("Pack"), QStringLiteral("Kicks")}
                                     << "kick" << "" << "" << "";
        QTest::newRow("folder bpm") << "Groove 1" << QStringList{QStringLiteral("House Loops 124 BPM")}
                                    << "" << "loop" << "124" << "";
        QTest::newRow("file beats folder") << "Snare_02" << QStringList{QStringLiteral("Kicks")}
                                           << "snare" << "" << "" << "";
        QTest::newRow("uninformative") << "sample_0042" << none << "" << "" << "" << "";
        QTest::newRow("no false key in words") << "Kick A 01" << none << "kick" << "" << "" << "";
        QTest::newRow("no 808 bpm") << "Loop 808 Am" << none << "bass" << "loop" << "" << "Am";
    }

    void names_hints()
    {
        QFETCH(QString, name);
        QFETCH(QStringList, folders);
        QFETCH(QString, type);
        QFETCH(QString, kind);
        QFETCH(QString, bpm);
        QFETCH(QString, key);
        const NameHints hints = parseNameHints(name, folders);
        QCOMPARE(valueOf(hints, Field::Type), type);
        QCOMPARE(valueOf(hints, Field::Kind), kind);
        QCOMPARE(valueOf(hints, Field::Bpm), bpm);
        QCOMPARE(valueOf(hints, Field::Key), key);
        for (const Evidence &evidence : hints.evidence) {
            QCOMPARE(evidence.source, Source::Name);
            QVERIFY(evidence.confidence > 0 && evidence.confidence <= 1);
            QVERIFY(!evidence.detail.isEmpty());
        }
    }

    void resolve_correctionWinsAndAgreementReinforces()
    {
        const QList<Evidence> evidence = {
            {Field::Type, Source::Name, QStringLiteral("kick"), 0.7, {}},
            {Field::Type, Source::Analysis, QStringLiteral("kick"), 0.7, {}},
            {Field::Bpm, Source::Tag, QStringLiteral("124"), 0.9, {}},
            {Field::Bpm, Source::Analysis, QStringLiteral("124.5"), 0.95, {}},
        };
        const auto type = resolveField(Field::Type, evidence);
        QVERIFY(type);
        QCOMPARE(type->value, QStringLiteral("kick"));
        QCOMPARE(type->source, Source::Name);   // tie: the more trusted source
        QVERIFY(qAbs(type->confidence - 0.91) < 1e-9);
        QCOMPARE(resolveField(Field::Bpm, evidence)->value, QStringLiteral("124.5"));
        QVERIFY(!resolveField(Field::Key, evidence));

        QList<Evidence> corrected = evidence;
        corrected.append({Field::Type, Source::User, QStringLiteral("tom"), 0.0, {}});
        QCOMPARE(resolveField(Field::Type, corrected)->value, QStringLiteral("tom"));
        QCOMPARE(resolveField(Field::Type, corrected)->source, Source::User);
        QCOMPARE(resolveField(Field::Type, corrected)->confidence, 1.0);
    }
};

QTEST_GUILESS_MAIN(TestNameTokens)
#include "tst_nametokens.moc"
