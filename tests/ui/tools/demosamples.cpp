// SPDX-License-Identifier: GPL-3.0-or-later
// musiaia-demo-samples DIR: writes a small sample pack of synthetic sounds with the names a
// producer's folders have ("Drums/Kicks/Kick Punchy 01.wav", "Loops/Keys Loop Am 122 BPM.wav"),
// for the screenshots and the user guide. Nothing here is recorded audio.
#include "synthcorpus.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QTemporaryDir>
#include <QTextStream>

using namespace Qt::Literals::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 2) {
        QTextStream(stderr) << "usage: musiaia-demo-samples DIR\n";
        return 2;
    }
    const QDir target(arguments.at(1));
    QTemporaryDir scratch;
    musiaia::test::CorpusOptions options;
    options.oneShotsPerType = 3;
    options.drumLoops = 5;
    options.musicLoops = 5;
    options.seed = 7;
    const QList<musiaia::test::CorpusItem> items = musiaia::test::writeSyntheticCorpus(scratch.path(), options);

    // Folder and name stem per type.
    const QHash<QString, std::pair<QString, QStringList>> names = {
        {u"kick"_s, {u"Drums/Kicks"_s, {u"Kick Punchy"_s, u"Kick Deep"_s, u"Kick Tight"_s}}},
        {u"snare"_s, {u"Drums/Snares"_s, {u"Snare Crack"_s, u"Snare Dusty"_s, u"Snare Room"_s}}},
        {u"clap"_s, {u"Drums/Claps"_s, {u"Clap Wide"_s, u"Clap Layered"_s, u"Clap Short"_s}}},
        {u"closed-hat"_s, {u"Drums/Hats"_s, {u"Hat Closed Tick"_s, u"Hat Closed Soft"_s, u"Hat Closed Metal"_s}}},
        {u"open-hat"_s, {u"Drums/Hats"_s, {u"Hat Open Sizzle"_s, u"Hat Open Long"_s, u"Hat Open Short"_s}}},
        {u"cymbal"_s, {u"Drums/Cymbals"_s, {u"Crash Bright"_s, u"Ride Bell"_s, u"Crash Dark"_s}}},
        {u"tom"_s, {u"Drums/Toms"_s, {u"Tom Low"_s, u"Tom Mid"_s, u"Tom High"_s}}},
        {u"perc"_s, {u"Drums/Percussion"_s, {u"Perc Rim"_s, u"Perc Shaker"_s, u"Perc Block"_s}}},
        {u"bass"_s, {u"Bass"_s, {u"Bass Sub"_s, u"Bass Reese"_s, u"Bass Pluck"_s}}},
        {u"lead"_s, {u"Synths"_s, {u"Lead Saw"_s, u"Lead Square"_s, u"Lead Glass"_s}}},
        {u"pad"_s, {u"Synths"_s, {u"Pad Warm"_s, u"Pad Airy"_s, u"Pad Strings"_s}}},
        {u"chord"_s, {u"Synths"_s, {u"Chord Stab"_s, u"Chord Organ"_s, u"Chord Rave"_s}}},
        {u"vocal"_s, {u"Vocals"_s, {u"Vox Chop"_s, u"Vox Ooh"_s, u"Vox Aah"_s}}},
        {u"fx"_s, {u"FX"_s, {u"FX Riser"_s, u"FX Impact"_s, u"FX Sweep"_s}}},
        {u"texture"_s, {u"FX"_s, {u"Texture Vinyl"_s, u"Texture Rain"_s, u"Texture Tape"_s}}},
        {u"drum-loop"_s, {u"Loops/Drums"_s, {u"Drum Loop"_s, u"Top Loop"_s, u"Groove Loop"_s}}},
        {u"music-loop"_s, {u"Loops/Music"_s, {u"Keys Loop"_s, u"Synth Loop"_s, u"Piano Loop"_s}}},
    };
    QHash<QString, int> counts;
    int written = 0;
    for (const musiaia::test::CorpusItem &item : items) {
        const auto it = names.constFind(item.type);
        if (it == names.cend())
            continue;
        const int n = counts[item.type]++;
        QString name = it->second.at(n % it->second.size());
        if (!item.key.isEmpty())
            name += u' ' + item.key;
        if (item.bpm > 0)
            name += u" %1 BPM"_s.arg(qRound(item.bpm));
        if (n >= it->second.size())
            name += u" %1"_s.arg(n / it->second.size() + 1, 2, 10, QLatin1Char('0'));
        const QString path = target.filePath(it->first + u'/' + name + u'.' + QFileInfo(item.path).suffix());
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile::remove(path);
        if (!QFile::copy(item.path, path)) {
            QTextStream(stderr) << "cannot write " << path << "\n";
            return 1;
        }
        ++written;
    }
    QTextStream(stdout) << written << " samples in " << target.absolutePath() << "\n";
    return 0;
}
