// SPDX-License-Identifier: GPL-3.0-or-later
#include "music/requestparser.h"

#include "music/requestlexicon_p.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace musiaia::music {

namespace {

using lexicon::Entry;
using lexicon::Kind;

QString tr(const char *text)
{
    return QCoreApplication::translate("musiaia::music", text);
}

struct Token
{
    QString folded;   // lower case, no accents
    QString cased;    // no accents, the musician's case (for "Am" against "am")
    QString display;  // as typed, accents and all (for notes)
};

// Removes accents and splits the text the way the lexicon is written; `cased` keeps the case and
// `display` the original spelling of each token.
QList<Token> tokenize(const QString &text)
{
    QString prepared = text.normalized(QString::NormalizationForm_D);
    prepared.replace(u'’', u'\'');
    static const QRegularExpression timeWithQuote(u"(\\d)\\s*'\\s*(\\d\\d)"_s);
    prepared.replace(timeWithQuote, u"\\1:\\2"_s);
    static const QRegularExpression bpmDots(u"\\b([bB])\\.\\s?([pP])\\.\\s?([mM])\\.?"_s);
    prepared.replace(bpmDots, u"\\1\\2\\3"_s);

    QString cased;
    QList<qsizetype> from, to;    // the span of `prepared` each character of `cased` came from
    cased.reserve(prepared.size());
    auto append = [&](QChar c, qsizetype origin) {
        cased += c;
        from << origin;
        to << (origin < 0 ? origin : origin + 1);
    };
    for (qsizetype i = 0; i < prepared.size(); ++i) {
        const QChar c = prepared.at(i);
        if (c.category() == QChar::Mark_NonSpacing) {
            if (!to.isEmpty() && to.back() == i)
                to.back() = i + 1;                      // the accent belongs to the letter before it
            continue;
        }
        const QChar previous = i > 0 ? prepared.at(i - 1) : QChar();
        const QChar next = i + 1 < prepared.size() ? prepared.at(i + 1) : QChar();
        if (c == u'\'') {
            continue;                                   // drum'n'bass -> drumnbass
        } else if (c == u'-' || c == u'_' || c == u'/') {
            append(u' ', -1);
        } else if ((c == u'.' || c == u':' || c == u',') && previous.isDigit() && next.isDigit()) {
            append(c == u',' ? u'.' : c, i);            // 124.5, 124,5, 3:30
        } else if (c == u'%' || c == u'@') {
            append(u' ', -1);
            append(c, i);
            append(u' ', -1);
        } else if (c.isLetterOrNumber() || c == u'#' || c == u'&' || c == u'♯' || c == u'♭') {
            append(c, i);
        } else {
            append(u' ', -1);
        }
    }

    static const QRegularExpression keepWhole(u"^(1[0-2]|[1-9])[abAB]$|^[6-9]0s$|^(808|909|303)s$"_s);
    QList<Token> tokens;
    auto addToken = [&](qsizetype start, qsizetype end) {
        const QString piece = cased.mid(start, end - start);
        const QString display = prepared.mid(from.at(start), to.at(end - 1) - from.at(start));
        tokens << Token{piece.toLower(), piece, display.normalized(QString::NormalizationForm_C)};
    };
    qsizetype start = 0;
    while (start < cased.size()) {
        if (cased.at(start) == u' ') {
            ++start;
            continue;
        }
        qsizetype end = start;
        while (end < cased.size() && cased.at(end) != u' ')
            ++end;
        // "124bpm" -> "124" "bpm", "3min" -> "3" "min"; but "8A" (Camelot) and "90s" stay whole.
        if (keepWhole.match(QStringView(cased).mid(start, end - start)).hasMatch()) {
            addToken(start, end);
        } else {
            qsizetype pieceStart = start;
            for (qsizetype k = start + 1; k < end; ++k) {
                const QChar before = cased.at(k - 1), c = cased.at(k);
                if (before.isLetterOrNumber() && c.isLetterOrNumber() && before.isDigit() != c.isDigit()) {
                    addToken(pieceStart, k);
                    pieceStart = k;
                }
            }
            addToken(pieceStart, end);
        }
        start = end;
    }
    return tokens;
}

bool hasMeaning(const QString &word, Kind kind)
{
    for (const Entry &entry : lexicon::entries()) {
        if (entry.kind == kind && entry.tokens.size() == 1 && entry.tokens.first() == word)
            return true;
    }
    return false;
}

struct PartMention
{
    PartRole role;
    bool include;
    bool specific;       // named itself, not through "drums"
    QString words;
};

class Parser
{
public:
    explicit Parser(const QString &text)
        : m_tokens(tokenize(text))
    {
        m_request.text = text;
        for (const Token &token : m_tokens)
            m_folded << token.folded;
    }

    Request run()
    {
        qsizetype i = 0;
        while (i < m_tokens.size()) {
            const qsizetype consumed = step(i);
            i += consumed > 0 ? consumed : 1;
        }
        resolveParts();
        resolveSections();
        return m_request;
    }

private:
    enum class Polarity { None, Negative, Positive };

    qsizetype step(qsizetype i)
    {
        if (const qsizetype n = tryKey(i))
            return n;
        if (const qsizetype n = tryNumber(i))
            return n;
        qsizetype length = 0;
        const Entry *entry = lexicon::longestMatch(m_folded, i, &length);
        if (!entry)
            entry = fuzzyMatch(i, &length);
        if (!entry) {
            resetPolarity();
            return 1;
        }
        handle(*entry, i, length);
        return length;
    }

    QString words(qsizetype from, qsizetype count) const
    {
        QStringList list;
        for (qsizetype k = from; k < from + count && k < m_tokens.size(); ++k)
            list << m_tokens.at(k).display;
        return list.join(u' ');
    }

    const Entry *entryAt(qsizetype i, qsizetype *length = nullptr) const
    {
        qsizetype unused = 0;
        if (i < 0 || i >= m_tokens.size())
            return nullptr;
        return lexicon::longestMatch(m_folded, i, length ? length : &unused);
    }

    bool kindAt(qsizetype i, Kind kind) const
    {
        const Entry *entry = entryAt(i);
        return entry && entry->kind == kind;
    }

    const Entry *fuzzyMatch(qsizetype i, qsizetype *length)
    {
        const QString &word = m_folded.at(i);
        if (word.size() < 6)
            return nullptr;
        for (const QChar c : word) {
            if (!c.isLetter())
                return nullptr;
        }
        const int limit = word.size() >= 9 ? 2 : 1;
        const Entry *best = nullptr;
        int bestDistance = limit + 1;
        bool tie = false;
        for (const Entry *candidate : lexicon::fuzzyCandidates()) {
            const int distance = lexicon::editDistance(word, candidate->tokens.first(), limit);
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
                tie = false;
            } else if (distance == bestDistance && best
                       && (best->kind != candidate->kind || best->value != candidate->value
                           || best->text != candidate->text)) {
                tie = true;
            }
        }
        if (!best || tie || bestDistance > limit)
            return nullptr;
        m_request.notes << tr("read \"%1\" as \"%2\"").arg(m_tokens.at(i).display, best->tokens.first());
        *length = 1;
        return best;
    }

    // ---- keys: "La menor", "F# minor", "Am", "si bemol", "en Fa", "8A" ------------------------

    qsizetype tryKey(qsizetype i)
    {
        static const QRegularExpression english(u"^([a-g])(#|b|♯|♭)?(m|min|maj)?$"_s);
        static const QRegularExpression solfege(u"^(do|re|mi|fa|sol|la|si)(#|b|♯|♭)?(m)?$"_s);
        static const int solfegePitch[] = {0, 2, 4, 5, 7, 9, 11};
        static const QStringList solfegeNames = {u"do"_s, u"re"_s, u"mi"_s, u"fa"_s, u"sol"_s, u"la"_s, u"si"_s};

        const QString &folded = m_folded.at(i);
        const QString &cased = m_tokens.at(i).cased;
        int root = -1;
        int accidental = 0;
        QString attached;
        bool isEnglish = false;
        if (const QRegularExpressionMatch m = english.match(folded); m.hasMatch()) {
            root = parseNoteName(m.captured(1));
            isEnglish = true;
            accidental = m.captured(2).isEmpty() ? 0 : (m.captured(2) == u"#" || m.captured(2) == u"♯" ? 1 : -1);
            attached = m.captured(3);
        } else if (const QRegularExpressionMatch s = solfege.match(folded); s.hasMatch()) {
            root = solfegePitch[solfegeNames.indexOf(s.captured(1))];
            accidental = s.captured(2).isEmpty() ? 0 : (s.captured(2) == u"#" || s.captured(2) == u"♯" ? 1 : -1);
            attached = s.captured(3);
        } else {
            return 0;
        }
        const bool capitalised = cased.front().isUpper();
        qsizetype next = i + 1;
        qsizetype length = 0;
        if (const Entry *word = entryAt(next, &length); word && word->kind == Kind::Accidental && accidental == 0) {
            accidental = word->value;
            next += length;
        }
        std::optional<Mode> mode;
        bool exact = false;
        if (!attached.isEmpty()) {
            if (isEnglish && !capitalised)
                return 0;                       // "am", "em": words, not keys
            mode = attached == u"maj" ? Mode::Major : Mode::Minor;
        }
        if (const Entry *word = entryAt(next, &length); word && word->kind == Kind::Mode && !mode) {
            // "m" and "min" on their own only after a capital letter: "A m" but not "a min".
            const bool bare = word->tokens.size() == 1 && (word->tokens.first() == u"m" || word->tokens.first() == u"min");
            if (!bare || (isEnglish && capitalised)) {
                mode = Mode(word->value);
                exact = word->text == u"exact";
                next += length;
            }
        }
        if (!mode) {
            const bool introduced = i > 0 && kindAt(i - 1, Kind::KeyIntro);
            const bool marked = capitalised || accidental != 0;
            const bool englishWithAccidental = isEnglish && capitalised && accidental != 0 && folded.size() == 2;
            if (!((introduced && marked) || englishWithAccidental))
                return 0;
        }
        setKey(pitchClass(root + accidental), mode, exact, words(i, next - i));
        return next - i;
    }

    void setKey(int root, std::optional<Mode> mode, bool exact, const QString &said)
    {
        if (m_request.keyRoot >= 0) {
            const Key asked{m_request.keyRoot, m_request.keyMode.value_or(Mode::Minor)};
            if (root != m_request.keyRoot || (mode && m_request.keyMode && *mode != *m_request.keyMode)) {
                m_request.notes << tr("asked for two keys (\"%1\" and \"%2\"): kept %3")
                                       .arg(m_keyWords, said, m_request.keyMode ? keyDisplayName(asked)
                                                                                : noteName(asked.root, asked));
            }
            return;
        }
        m_request.keyRoot = root;
        m_request.keyMode = mode;
        m_request.modeLocked = exact;
        m_keyWords = said;
        resetPolarity();
    }

    // ---- numbers: tempo, length, bars, swing, Camelot ------------------------------------------

    qsizetype tryNumber(qsizetype i)
    {
        const QString &folded = m_folded.at(i);
        if (const Entry *word = entryAt(i); word && word->kind != Kind::NumberWord)
            return 0;                                   // "808", "303": words before numbers
        static const QRegularExpression camelot(u"^(1[0-2]|[1-9])[ab]$"_s);
        if (camelot.match(folded).hasMatch()) {
            const Key key = parseCamelot(folded);
            setKey(key.root, key.mode, false, m_tokens.at(i).cased);
            return 1;
        }
        static const QRegularExpression clock(u"^(\\d{1,2}):(\\d\\d)$"_s);
        if (const QRegularExpressionMatch m = clock.match(folded); m.hasMatch()) {
            setLength(LengthTarget{0, m.captured(1).toDouble() * 60.0 + m.captured(2).toDouble()}, words(i, 1));
            return 1;
        }
        double value = 0.0;
        qsizetype length = 1;
        bool ok = false;
        value = folded.toDouble(&ok);
        if (!ok || !folded.front().isDigit()) {
            const Entry *entry = entryAt(i, &length);
            if (!entry || entry->kind != Kind::NumberWord || entry->value == 0)
                return 0;
            value = entry->value;
        }
        qsizetype next = i + length;
        qsizetype unitLength = 0;
        const Entry *unit = entryAt(next, &unitLength);
        const QString nextWord = next < m_tokens.size() ? m_folded.at(next) : QString();

        if (hasMeaning(nextWord, Kind::UnitBpm)) {
            setTempo(value, words(i, next + 1 - i));
            return next + 1 - i;
        }
        if (hasMeaning(nextWord, Kind::UnitMinutes)) {
            double seconds = value * 60.0;
            qsizetype end = next + 1;
            qsizetype extra = 0;
            if (const Entry *half = entryAt(end, &extra); half && half->kind == Kind::Half) {
                seconds += 30.0;
                end += extra;
            } else if (end < m_tokens.size()) {
                // "3 minutos y 30 segundos", "3 min 30"
                qsizetype at = end;
                if (kindAt(at, Kind::Connector))
                    ++at;
                bool secondsOk = false;
                const double more = at < m_tokens.size() ? m_folded.at(at).toDouble(&secondsOk) : 0.0;
                if (secondsOk && more >= 0.0 && more < 60.0) {
                    const bool unitFollows = at + 1 < m_tokens.size() && hasMeaning(m_folded.at(at + 1), Kind::UnitSeconds);
                    const bool nothingFollows = at + 1 >= m_tokens.size() || !entryAt(at + 1)
                        || entryAt(at + 1)->kind == Kind::Connector;
                    if (unitFollows || nothingFollows) {
                        seconds += more;
                        end = at + (unitFollows ? 2 : 1);
                    }
                }
            }
            setLength(LengthTarget{0, seconds}, words(i, end - i));
            return end - i;
        }
        if (hasMeaning(nextWord, Kind::UnitSeconds)) {
            setLength(LengthTarget{0, value}, words(i, next + 1 - i));
            return next + 1 - i;
        }
        if (hasMeaning(nextWord, Kind::UnitBars)) {
            const qsizetype end = next + 1;
            const int bars = int(std::lround(value));
            // "drop de 16 compases", "16 bar intro", "16 compases de intro", or the whole song.
            if (m_lastSection >= 0 && i - m_lastSectionEnd <= 1) {
                applyExactBars(m_lastSection, bars);
            } else {
                qsizetype at = end;
                while (at < m_tokens.size() && (kindAt(at, Kind::Of) || kindAt(at, Kind::Connector)))
                    ++at;
                qsizetype sectionLength = 0;
                const Entry *after = entryAt(at, &sectionLength);
                if (after && after->kind == Kind::Section) {
                    m_pendingBars = bars;
                    return at - i;
                }
                setLength(LengthTarget{bars, 0.0}, words(i, end - i));
            }
            return end - i;
        }
        if (unit && unit->kind == Kind::Percent) {
            const bool swingNear = kindAt(i - 1, Kind::Swing) || kindAt(next + unitLength, Kind::Swing)
                || (i >= 2 && kindAt(i - 2, Kind::Swing));
            if (swingNear)
                setSwing(value, words(i, next + unitLength - i));
            return next + unitLength - i;
        }
        if (kindAt(i - 1, Kind::Swing) || (i >= 2 && kindAt(i - 2, Kind::Swing) && kindAt(i - 1, Kind::Connector))) {
            setSwing(value, words(i, length));
            return length;
        }
        if (value >= Plan::kMinTempo && value <= Plan::kMaxTempo && !(m_lastSection >= 0 && i == m_lastSectionEnd)) {
            setTempo(value, words(i, length));
            return length;
        }
        if (value > Plan::kMaxTempo && (kindAt(i - 1, Kind::TempoIntro) || kindAt(i - 1, Kind::KeyIntro))) {
            m_request.notes << tr("%1 BPM is faster than MusiaIA writes (%2 to %3): ignored")
                                   .arg(value)
                                   .arg(Plan::kMinTempo)
                                   .arg(Plan::kMaxTempo);
            return length;
        }
        return length;
    }

    void setTempo(double bpm, const QString &said)
    {
        resetPolarity();
        if (bpm < Plan::kMinTempo || bpm > Plan::kMaxTempo) {
            m_request.notes << tr("\"%1\" is outside the tempos MusiaIA writes (%2 to %3 BPM): ignored")
                                   .arg(said)
                                   .arg(Plan::kMinTempo)
                                   .arg(Plan::kMaxTempo);
            return;
        }
        if (m_request.tempo > 0.0) {
            if (bpm != m_request.tempo)
                m_request.notes << tr("asked for two tempos (\"%1\" and \"%2\"): kept %3 BPM").arg(m_tempoWords, said).arg(m_request.tempo);
            return;
        }
        m_request.tempo = bpm;
        m_tempoWords = said;
    }

    void setLength(LengthTarget length, const QString &said)
    {
        resetPolarity();
        const double seconds = length.seconds;
        if ((length.bars > 0 && (length.bars < 4 || length.bars > Plan::kMaxBars)) || (seconds > 0.0 && (seconds < 15.0 || seconds > 1800.0))) {
            m_request.notes << tr("\"%1\" is not a length MusiaIA can write (4 to %2 bars, 15 s to 30 min): ignored")
                                   .arg(said)
                                   .arg(Plan::kMaxBars);
            return;
        }
        if (m_request.length.isSet()) {
            if (!(length == m_request.length))
                m_request.notes << tr("asked for two lengths (\"%1\" and \"%2\"): kept \"%1\"").arg(m_lengthWords, said);
            return;
        }
        m_request.length = length;
        m_lengthWords = said;
    }

    void setSwing(double percent, const QString &said)
    {
        if (percent < 50.0 || percent > 75.0) {
            m_request.notes << tr("\"%1\": swing goes from 50 % (straight) to 75 %: ignored").arg(said);
            return;
        }
        if (m_request.swing >= 0.0 || m_request.swingFeel < 0) {
            if (m_request.swing != percent)
                m_request.notes << tr("asked for swing twice (\"%1\" and \"%2\"): kept \"%1\"").arg(m_swingWords, said);
            return;
        }
        m_request.swingFeel = 0;                        // "con swing 58%": the number says how much
        m_request.swing = percent;
        m_swingWords = said;
    }

    void setSwingFeel(int feel, const QString &said)
    {
        if (m_request.swing >= 0.0 || m_request.swingFeel != 0) {
            if (m_request.swingFeel != feel)
                m_request.notes << tr("asked for swing twice (\"%1\" and \"%2\"): kept \"%1\"").arg(m_swingWords, said);
            return;
        }
        m_request.swingFeel = feel;
        m_swingWords = said;
    }

    // ---- everything else ------------------------------------------------------------------------

    void handle(const Entry &entry, qsizetype i, qsizetype length)
    {
        const QString said = words(i, length);
        switch (entry.kind) {
        case Kind::Genre:
            resetPolarity();
            if (m_request.genre.isEmpty()) {
                m_request.genre = entry.text;
                m_genreWords = said;
            } else if (m_request.genre != entry.text) {
                m_request.notes << tr("named two genres (\"%1\" and \"%2\"): kept \"%1\"").arg(m_genreWords, said);
            }
            break;
        case Kind::Mood:
            if (m_polarity == Polarity::Negative) {
                resetPolarity();
                break;                                  // "no muy oscuro": not a mood to aim for
            }
            resetPolarity();
            if (!m_request.mood) {
                m_request.mood = Mood(entry.value);
                m_moodWords = said;
            } else if (*m_request.mood != Mood(entry.value)) {
                m_request.notes << tr("asked for two moods (\"%1\" and \"%2\"): kept \"%1\"").arg(m_moodWords, said);
            }
            break;
        case Kind::Part:
            mentionPart(PartRole(entry.value), true, said);
            break;
        case Kind::Drums:
            for (PartRole role : {PartRole::Kick, PartRole::Snare, PartRole::Hats, PartRole::Percussion})
                mentionPart(role, false, said);
            break;
        case Kind::PartStyle:
            mentionPart(PartRole(entry.value), true, said);
            if (m_polarity != Polarity::Negative)
                m_request.partStyles.insert(PartRole(entry.value), entry.text);
            break;
        case Kind::Instrument:
            mentionPart(PartRole(entry.value), true, said);
            if (m_polarity != Polarity::Negative)
                m_request.partInstruments.insert(PartRole(entry.value), entry.text);
            break;
        case Kind::Vocals:
            if (!m_vocalsNoted && m_polarity != Polarity::Negative) {
                m_request.notes << tr("\"%1\": MusiaIA writes no vocals yet; the lead carries the melody").arg(said);
                m_vocalsNoted = true;
            }
            break;
        case Kind::Section:
            mentionSection(SectionKind(entry.value), i, length, said);
            break;
        case Kind::SizeLong:
        case Kind::SizeShort:
            handleSize(entry.kind == Kind::SizeLong, i, length, said);
            break;
        case Kind::TempoFaster:
        case Kind::TempoSlower: {
            resetPolarity();
            const int feel = entry.kind == Kind::TempoFaster ? 1 : -1;
            if (m_request.tempoFeel == 0) {
                m_request.tempoFeel = feel;
                m_tempoFeelWords = said;
            } else if (m_request.tempoFeel != feel) {
                m_request.notes << tr("asked for \"%1\" and \"%2\": kept \"%1\"").arg(m_tempoFeelWords, said);
            }
            break;
        }
        case Kind::SwingOn:
            setSwingFeel(1, said);
            break;
        case Kind::SwingOff:
            setSwingFeel(-1, said);
            break;
        case Kind::Swing: {
            const bool numberFollows = i + 1 < m_tokens.size() && (m_folded.at(i + 1).front().isDigit()
                || (kindAt(i + 1, Kind::Connector) && i + 2 < m_tokens.size() && m_folded.at(i + 2).front().isDigit()));
            const bool numberBefore = i > 0 && kindAt(i - 1, Kind::Percent);
            if (!numberFollows && !numberBefore)
                setSwingFeel(m_polarity == Polarity::Negative ? -1 : 1, polarityWords(said));
            break;
        }
        case Kind::Negate:
            m_polarity = Polarity::Negative;
            m_polarityWords = said;
            m_runStart = m_parts.size();
            break;
        case Kind::Include:
            m_polarity = Polarity::Positive;
            m_polarityWords = said;
            m_runStart = m_parts.size();
            break;
        case Kind::KeyIntro:
            scopeRecentParts(i + length);
            break;
        case Kind::Mode:
            // "en menor", "minor key": a mode without a root. "m" and "min" alone say nothing.
            if (entry.tokens.size() == 1 && (entry.tokens.first() == u"m" || entry.tokens.first() == u"min"))
                break;
            if (m_request.keyRoot < 0 && !m_request.keyMode) {
                m_request.keyMode = Mode(entry.value);
                m_request.modeLocked = entry.text == u"exact";
                m_keyWords = said;
            }
            break;
        case Kind::Connector:
        case Kind::Of:
        case Kind::TempoIntro:
        case Kind::Accidental:
        case Kind::UnitBpm:
        case Kind::UnitMinutes:
        case Kind::UnitSeconds:
        case Kind::UnitBars:
        case Kind::Percent:
        case Kind::Half:
        case Kind::NumberWord:
            break;
        }
    }

    QString polarityWords(const QString &said) const
    {
        return m_polarity == Polarity::None ? said : m_polarityWords + u' ' + said;
    }

    void resetPolarity()
    {
        m_polarity = Polarity::None;
        m_polarityWords.clear();
        m_runStart = m_parts.size();
    }

    // "sin hi-hats en la intro", "con pads en el drop": the parts just named apply to that
    // section only, when "en"/"in" leads straight to a section word.
    void scopeRecentParts(qsizetype next)
    {
        if (m_runStart >= m_parts.size())
            return;
        while (next < m_tokens.size() && (kindAt(next, Kind::Connector) || kindAt(next, Kind::Of)))
            ++next;
        if (!kindAt(next, Kind::Section))
            return;
        m_scoped = m_parts.mid(m_runStart);
        m_parts.resize(m_runStart);
    }

    void mentionPart(PartRole role, bool specific, const QString &said)
    {
        if (m_polarity == Polarity::None && m_runStart > m_parts.size())
            m_runStart = m_parts.size();
        m_parts << PartMention{role, m_polarity != Polarity::Negative, specific, polarityWords(said)};
    }

    void mentionSection(SectionKind kind, qsizetype i, qsizetype length, const QString &said)
    {
        SectionRequest request;
        request.kind = kind;
        request.words = polarityWords(said);
        request.presence = m_polarity == Polarity::Negative   ? SectionRequest::Presence::Remove
                           : m_polarity == Polarity::Positive ? SectionRequest::Presence::Add
                                                              : SectionRequest::Presence::Keep;
        if (m_pendingSize != 0) {
            request.size = m_pendingSize > 0 ? SectionRequest::Size::Long : SectionRequest::Size::Short;
            m_pendingSize = 0;
        }
        if (m_pendingBars > 0) {
            request.size = SectionRequest::Size::Exact;
            request.bars = m_pendingBars;
            m_pendingBars = 0;
        }
        if (!m_scoped.isEmpty()) {
            request.presence = SectionRequest::Presence::Keep;
            request.words = said;
            for (const PartMention &mention : std::as_const(m_scoped))
                request.parts.insert(mention.role, mention.include);
            m_scoped.clear();
            resetPolarity();
        }
        m_sections << request;
        m_lastSection = m_sections.size() - 1;
        m_lastSectionEnd = i + length;
    }

    void applyExactBars(qsizetype sectionIndex, int bars)
    {
        SectionRequest &request = m_sections[sectionIndex];
        request.size = SectionRequest::Size::Exact;
        request.bars = bars;
    }

    void handleSize(bool longer, qsizetype i, qsizetype length, const QString &said)
    {
        // "drop largo" (after a section) or "long drop" (before one), else the song's length.
        if (m_lastSection >= 0 && i - m_lastSectionEnd <= 1) {
            SectionRequest &request = m_sections[m_lastSection];
            if (request.size == SectionRequest::Size::Default)
                request.size = longer ? SectionRequest::Size::Long : SectionRequest::Size::Short;
            request.words += u' ' + said;
            return;
        }
        qsizetype at = i + length;
        while (at < m_tokens.size() && kindAt(at, Kind::Connector))
            ++at;
        if (kindAt(at, Kind::Section)) {
            m_pendingSize = longer ? 1 : -1;
            return;
        }
        setLength(LengthTarget{0, longer ? 300.0 : 120.0}, said);
    }

    void resolveParts()
    {
        for (PartRole role : kAllRoles) {
            for (bool specific : {true, false}) {
                QString included, excluded;
                for (const PartMention &mention : std::as_const(m_parts)) {
                    if (mention.role != role || mention.specific != specific)
                        continue;
                    QString &slot = mention.include ? included : excluded;
                    if (slot.isEmpty())
                        slot = mention.words;
                }
                if (included.isEmpty() && excluded.isEmpty())
                    continue;
                if (!included.isEmpty() && !excluded.isEmpty()) {
                    m_request.notes << tr("asked for both \"%1\" and \"%2\": kept the %3")
                                           .arg(excluded, included, roleDisplayName(role).toLower());
                }
                m_request.parts.insert(role, !included.isEmpty());
                break;                                   // a part named itself wins over "drums"
            }
        }
        if (!m_request.parts.value(PartRole::Bass, true))
            m_request.partStyles.remove(PartRole::Bass);
    }

    void resolveSections()
    {
        for (const SectionRequest &request : std::as_const(m_sections)) {
            SectionRequest *existing = nullptr;
            for (SectionRequest &kept : m_request.sections) {
                if (kept.kind == request.kind)
                    existing = &kept;
            }
            if (!existing) {
                m_request.sections << request;
                continue;
            }
            for (auto it = request.parts.begin(); it != request.parts.end(); ++it)
                existing->parts.insert(it.key(), it.value());
            using Presence = SectionRequest::Presence;
            const bool clash = (existing->presence == Presence::Remove) != (request.presence == Presence::Remove)
                && (existing->presence != Presence::Keep || request.presence != Presence::Keep);
            if (clash) {
                m_request.notes << tr("asked for both \"%1\" and \"%2\": kept the %3")
                                       .arg(existing->presence == Presence::Remove ? existing->words : request.words,
                                            existing->presence == Presence::Remove ? request.words : existing->words,
                                            sectionKindName(request.kind));
                if (existing->presence == Presence::Remove)
                    existing->presence = request.presence;
            }
            if (request.size != SectionRequest::Size::Default) {
                if (existing->size == SectionRequest::Size::Default) {
                    existing->size = request.size;
                    existing->bars = request.bars;
                } else if (existing->size != request.size || existing->bars != request.bars) {
                    m_request.notes << tr("asked for two sizes of the %1 (\"%2\" and \"%3\"): kept \"%2\"")
                                           .arg(sectionKindName(request.kind), existing->words, request.words);
                }
            }
        }
    }

    QList<Token> m_tokens;
    QStringList m_folded;
    Request m_request;
    Polarity m_polarity = Polarity::None;
    QString m_polarityWords;
    QList<PartMention> m_parts;
    QList<PartMention> m_scoped;
    qsizetype m_runStart = 0;
    QList<SectionRequest> m_sections;
    qsizetype m_lastSection = -1;
    qsizetype m_lastSectionEnd = -1;
    int m_pendingSize = 0;
    int m_pendingBars = 0;
    bool m_vocalsNoted = false;
    QString m_genreWords, m_tempoWords, m_keyWords, m_moodWords, m_lengthWords, m_swingWords, m_tempoFeelWords;
};

} // namespace

bool Request::isMusical() const
{
    return !genre.isEmpty() || tempo > 0.0 || tempoFeel != 0 || keyRoot >= 0 || keyMode.has_value() || mood.has_value()
        || length.isSet() || swing >= 0.0 || swingFeel != 0 || !parts.isEmpty() || !sections.isEmpty();
}

QString normalizeRequestText(const QString &text)
{
    QStringList words;
    for (const Token &token : tokenize(text))
        words << token.folded;
    return words.join(u' ');
}

Request parseRequest(const QString &text)
{
    return Parser(text).run();
}

} // namespace musiaia::music
