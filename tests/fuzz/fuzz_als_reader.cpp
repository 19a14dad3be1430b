// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: arbitrary bytes as a Live Set file (gzip or plain XML) through the streaming
// reader, and, when they read, through everything that is built from a read set: the analyze
// report (text and JSON), the arrangement overview and the MIDI export.
#include "als/alsreader.h"
#include "als/arrangementoverview.h"
#include "als/midi/midiconvert.h"
#include "als/midi/midifile.h"
#include "als/setreport.h"
#include "fuzzsupport.h"

#include <QBuffer>
#include <QJsonDocument>

#include <cstddef>
#include <cstdint>

using namespace musiaia;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::quietLogging();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    QBuffer buffer;
    buffer.setData(bytes);
    if (!buffer.open(QIODevice::ReadOnly))
        return 0;

    als::ReadOptions options;
    // A small cap keeps each run short; the cap itself is part of what is fuzzed.
    options.maxXmlBytes = 8 * 1024 * 1024;
    options.locateSamples = false;
    const Result<als::LiveSet> set = als::readLiveSet(&buffer, QStringLiteral("fuzz-input.als"), options);
    if (!set) {
        MUSIAIA_FUZZ_CHECK(!set.errorMessage().isEmpty());
        MUSIAIA_FUZZ_CHECK(set.errorMessage().contains(QLatin1String("fuzz-input.als")));
        return 0;
    }

    const als::SetReport report = als::buildSetReport(*set, QStringLiteral("/nonexistent/fuzz-input.als"));
    MUSIAIA_FUZZ_CHECK(!als::setReportText(report).isEmpty());
    MUSIAIA_FUZZ_CHECK(!QJsonDocument(als::setReportJson(report)).toJson().isEmpty());
    (void)als::arrangementOverview(*set);

    // What export-midi writes must be a MIDI file that the MIDI reader takes back.
    const als::midi::File midi = als::midi::midiFileFromSet(*set);
    const Result<als::midi::File> reread = als::midi::parseMidiFile(als::midi::midiFileBytes(midi));
    MUSIAIA_FUZZ_CHECK(reread.hasValue());
    return 0;
}
