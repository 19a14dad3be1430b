// SPDX-License-Identifier: GPL-3.0-or-later
// Streaming reply throughput: SSE framing plus chunk assembly (both providers' rules) against a
// floor measured in the same run: splitting the same bytes on blank lines and parsing each event's
// JSON, with nothing else done. Input: a synthetic MiniMax stream (full envelopes, <think> block)
// fed in 1,400-byte pieces, as TCP delivers it.
#include "ai/completion.h"
#include "ai/sse.h"

#include "benchsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <benchmark/benchmark.h>

using namespace Qt::Literals::StringLiterals;
using namespace musiaia::ai;

namespace {

QByteArray syntheticStream(int events)
{
    QByteArray stream;
    for (int i = 0; i < events; ++i) {
        QString text = i == 0 ? u"<think>\nThe user"_s : u" wants a house track \u00e1\u00e9 %1"_s.arg(i);
        if (i == events / 3)
            text = u"</think>\n\nHere"_s;
        const QJsonObject chunk{
            {u"id"_s, u"c5e263b6ed911640256d14899a04b0b7"_s},
            {u"object"_s, u"chat.completion.chunk"_s},
            {u"model"_s, u"MiniMax-M2"_s},
            {u"created"_s, 1760443200},
            {u"usage"_s, QJsonValue::Null},
            {u"input_sensitive"_s, false},
            {u"output_sensitive"_s, false},
            {u"choices"_s, QJsonArray{QJsonObject{{u"index"_s, 0},
                                                  {u"delta"_s, QJsonObject{{u"role"_s, u"assistant"_s},
                                                                           {u"name"_s, u"MiniMax AI"_s},
                                                                           {u"audio_content"_s, QString()},
                                                                           {u"content"_s, text}}}}}}};
        stream += "data: " + QJsonDocument(chunk).toJson(QJsonDocument::Compact) + "\n\n";
    }
    return stream + "data: [DONE]\n\n";
}

const QByteArray &input()
{
    static const QByteArray bytes = syntheticStream(musiaia::bench::smokeRun() ? 50 : 5000);
    return bytes;
}

constexpr qsizetype piece = 1400;

void BM_Floor_SplitAndParseJson(benchmark::State &state)
{
    const QByteArray &bytes = input();
    for (auto _ : state) {
        qsizetype from = 0;
        int parsed = 0;
        while (true) {
            const qsizetype end = bytes.indexOf("\n\n", from);
            if (end < 0)
                break;
            const QByteArrayView event = QByteArrayView(bytes).sliced(from + 6, end - from - 6);
            parsed += QJsonDocument::fromJson(event.toByteArray()).isObject() ? 1 : 0;
            from = end + 2;
        }
        benchmark::DoNotOptimize(parsed);
    }
    state.SetBytesProcessed(state.iterations() * bytes.size());
}
BENCHMARK(BM_Floor_SplitAndParseJson);

void BM_SseDecodeAndAssemble(benchmark::State &state)
{
    const QByteArray &bytes = input();
    for (auto _ : state) {
        SseDecoder decoder;
        CompletionAssembler assembler(AiProvider::MiniMax);
        for (qsizetype at = 0; at < bytes.size(); at += piece) {
            for (const SseEvent &event : decoder.feed(QByteArrayView(bytes).sliced(at, std::min(piece, bytes.size() - at))))
                benchmark::DoNotOptimize(assembler.feed(event));
        }
        benchmark::DoNotOptimize(assembler.finish());
        benchmark::DoNotOptimize(assembler.response().content.size());
    }
    state.SetBytesProcessed(state.iterations() * bytes.size());
}
BENCHMARK(BM_SseDecodeAndAssemble);

} // namespace
