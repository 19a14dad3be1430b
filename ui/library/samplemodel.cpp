// SPDX-License-Identifier: GPL-3.0-or-later
#include "samplemodel.h"

#include "library/musicalkey.h"
#include "theme.h"

#include <QFont>
#include <QLocale>
#include <QMimeData>
#include <QUrl>

namespace musiaia::gui {

using library::Field;
using library::SampleRecord;
using library::Source;

SampleModel::SampleModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void SampleModel::setSamples(const QList<SampleRecord> &samples)
{
    beginResetModel();
    m_samples = samples;
    endResetModel();
}

void SampleModel::updateSample(const SampleRecord &sample)
{
    const int row = rowOfId(sample.id);
    if (row < 0)
        return;
    m_samples[row] = sample;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

const SampleRecord *SampleModel::sampleAt(int row) const
{
    return row >= 0 && row < m_samples.size() ? &m_samples.at(row) : nullptr;
}

int SampleModel::rowOfId(qint64 id) const
{
    for (int row = 0; row < m_samples.size(); ++row) {
        if (m_samples.at(row).id == id)
            return row;
    }
    return -1;
}

int SampleModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_samples.size());
}

int SampleModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

std::optional<Field> SampleModel::fieldOf(int column)
{
    switch (Column(column)) {
    case Type: return Field::Type;
    case Kind: return Field::Kind;
    case Tempo: return Field::Bpm;
    case Key: return Field::Key;
    default: return std::nullopt;
    }
}

QString SampleModel::typeDisplayName(const QString &type)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("kick"), QT_TR_NOOP("Kick")},
        {QStringLiteral("snare"), QT_TR_NOOP("Snare")},
        {QStringLiteral("clap"), QT_TR_NOOP("Clap")},
        {QStringLiteral("closed-hat"), QT_TR_NOOP("Closed hat")},
        {QStringLiteral("open-hat"), QT_TR_NOOP("Open hat")},
        {QStringLiteral("cymbal"), QT_TR_NOOP("Cymbal")},
        {QStringLiteral("tom"), QT_TR_NOOP("Tom")},
        {QStringLiteral("perc"), QT_TR_NOOP("Percussion")},
        {QStringLiteral("bass"), QT_TR_NOOP("Bass")},
        {QStringLiteral("lead"), QT_TR_NOOP("Lead")},
        {QStringLiteral("pad"), QT_TR_NOOP("Pad")},
        {QStringLiteral("chord"), QT_TR_NOOP("Chord / stab")},
        {QStringLiteral("vocal"), QT_TR_NOOP("Vocal")},
        {QStringLiteral("fx"), QT_TR_NOOP("FX")},
        {QStringLiteral("texture"), QT_TR_NOOP("Texture")},
        {QStringLiteral("drum-loop"), QT_TR_NOOP("Drum loop")},
        {QStringLiteral("music-loop"), QT_TR_NOOP("Music loop")},
    };
    const auto it = names.constFind(type);
    return it == names.cend() ? type : tr(*it);
}

QString SampleModel::kindDisplayName(const QString &kind)
{
    if (kind == library::loopKind())
        return tr("Loop");
    if (kind == library::oneShotKind())
        return tr("One-shot");
    return kind;
}

QString SampleModel::sourceDisplayName(Source source)
{
    switch (source) {
    case Source::User: return tr("your correction");
    case Source::Tag: return tr("the file's tags");
    case Source::Name: return tr("the file and folder names");
    case Source::Analysis: return tr("listening to the audio");
    }
    return {};
}

namespace {

QString secondsText(double seconds)
{
    const QLocale locale;
    if (seconds < 10)
        return SampleModel::tr("%1 s").arg(locale.toString(seconds, 'f', 2));
    if (seconds < 60)
        return SampleModel::tr("%1 s").arg(locale.toString(seconds, 'f', 1));
    const int total = qRound(seconds);
    return QStringLiteral("%1:%2").arg(total / 60).arg(total % 60, 2, 10, QLatin1Char('0'));
}

QString bpmText(double bpm)
{
    return QLocale().toString(bpm, 'f', std::abs(bpm - std::round(bpm)) < 0.05 ? 0 : 1);
}

template<typename T>
std::optional<Source> sourceOf(const std::optional<library::Known<T>> &known)
{
    return known ? std::optional<Source>(known->source) : std::nullopt;
}

} // namespace

QVariant SampleModel::display(const SampleRecord &s, int column) const
{
    switch (Column(column)) {
    case Name: return s.name;
    case Type: return s.type ? typeDisplayName(s.type->value) : QString();
    case Kind: return s.kind ? kindDisplayName(s.kind->value) : QString();
    case Tempo: return s.bpm ? bpmText(s.bpm->value) : QString();
    case Key:
        if (s.key)
            return s.key->value.name();
        return s.rootMidi ? library::noteName(s.rootMidi->value) : QString();
    case Duration: return secondsText(s.info.duration);
    case Confidence: return s.type ? QStringLiteral("%1 %").arg(qRound(s.type->confidence * 100)) : QString();
    case ColumnCount: break;
    }
    return {};
}

QVariant SampleModel::sortValue(const SampleRecord &s, int column) const
{
    switch (Column(column)) {
    case Name: return s.name.toLower();
    case Type: return s.type ? library::sampleTypes().indexOf(s.type->value) : 999;
    case Kind: return s.kind ? s.kind->value : QStringLiteral("~");
    case Tempo: return s.bpm ? s.bpm->value : 1e9;
    case Key: return s.key ? s.key->value.code() : s.rootMidi ? 100 + s.rootMidi->value : 1000;
    case Duration: return s.info.duration;
    case Confidence: return s.type ? s.type->confidence : -1.0;
    case ColumnCount: break;
    }
    return {};
}

QString SampleModel::toolTip(const SampleRecord &s, int column) const
{
    const auto said = [](const QString &what, double confidence, Source source) {
        return tr("%1, from %2 (%3 % sure)").arg(what, sourceDisplayName(source)).arg(qRound(confidence * 100));
    };
    switch (Column(column)) {
    case Name: {
        QString tip = s.path;
        if (s.missing)
            tip += QLatin1Char('\n') + tr("The file is missing: it was moved or deleted.");
        if (!s.tags.isEmpty())
            tip += QLatin1Char('\n') + tr("Tags: %1").arg(s.tags.join(QStringLiteral(", ")));
        return tip;
    }
    case Type:
    case Confidence:
        return s.type ? said(typeDisplayName(s.type->value), s.type->confidence, s.type->source) : tr("Type unknown");
    case Kind: return s.kind ? said(kindDisplayName(s.kind->value), s.kind->confidence, s.kind->source) : QString();
    case Tempo: return s.bpm ? said(tr("%1 BPM").arg(bpmText(s.bpm->value)), s.bpm->confidence, s.bpm->source) : QString();
    case Key:
        if (s.key)
            return said(tr("%1 (Camelot %2)").arg(s.key->value.name(), s.key->value.camelot()), s.key->confidence, s.key->source);
        return s.rootMidi ? said(tr("Root note %1").arg(library::noteName(s.rootMidi->value)), s.rootMidi->confidence,
                                 s.rootMidi->source)
                          : QString();
    case Duration:
        return tr("%1 · %2 Hz · %n channel(s)", nullptr, s.info.channels).arg(s.info.format.toUpper()).arg(s.info.sampleRate);
    case ColumnCount: break;
    }
    return {};
}

QVariant SampleModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const SampleRecord &s = m_samples.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole: return display(s, column);
    case Qt::EditRole:
        switch (Column(column)) {
        case Type: return s.type ? s.type->value : QString();
        case Kind: return s.kind ? s.kind->value : QString();
        case Tempo: return s.bpm ? bpmText(s.bpm->value) : QString();
        case Key: return s.key ? s.key->value.name() : QString();
        default: return display(s, column);
        }
    case Qt::ToolTipRole: return toolTip(s, column);
    case Qt::TextAlignmentRole:
        return column == Tempo || column == Duration || column == Confidence
            ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::FontRole:
        if (s.missing) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (s.missing)
            return theme::mutedText();
        return {};
    case Qt::AccessibleTextRole: {
        const QString text = display(s, column).toString();
        return text.isEmpty() ? tr("unknown") : text;
    }
    case IdRole: return s.id;
    case PathRole: return s.path;
    case FolderIdRole: return s.folderId;
    case SortRole: return sortValue(s, column);
    case TypeRole: return s.type ? s.type->value : QString();
    case KindRole: return s.kind ? s.kind->value : QString();
    case BpmRole: return s.bpm ? QVariant(s.bpm->value) : QVariant();
    case KeyCodeRole: return s.key ? QVariant(s.key->value.code()) : QVariant();
    case DurationRole: return s.info.duration;
    case ConfidenceRole: return s.type ? s.type->confidence : 0.0;
    case SourceRole: {
        std::optional<Source> source;
        switch (Column(column)) {
        case Type: case Confidence: source = sourceOf(s.type); break;
        case Kind: source = sourceOf(s.kind); break;
        case Tempo: source = sourceOf(s.bpm); break;
        case Key: source = s.key ? sourceOf(s.key) : sourceOf(s.rootMidi); break;
        default: break;
        }
        return source ? QVariant(int(*source)) : QVariant();
    }
    case MissingRole: return s.missing;
    default: return {};
    }
}

QVariant SampleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == Confidence)
        return tr("How sure MusiaIA is of the type");
    if (role == Qt::ToolTipRole && section == Key)
        return tr("The key of a loop, or the note of a one-shot");
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Name: return tr("Name");
    case Type: return tr("Type");
    case Kind: return tr("Kind");
    case Tempo: return tr("BPM");
    case Key: return tr("Key");
    case Duration: return tr("Length");
    case Confidence: return tr("Sure");
    case ColumnCount: break;
    }
    return {};
}

Qt::ItemFlags SampleModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    const SampleRecord &s = m_samples.at(index.row());
    if (!s.missing) {
        flags |= Qt::ItemIsDragEnabled;
        if (fieldOf(index.column()))
            flags |= Qt::ItemIsEditable;
    }
    return flags;
}

bool SampleModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const std::optional<Field> field = fieldOf(index.column());
    if (role != Qt::EditRole || !field || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const QString text = value.toString().trimmed();
    if (text.isEmpty() || text == data(index, Qt::EditRole).toString())
        return false;
    // The row changes when core has taken the correction (updateSample()).
    Q_EMIT correctionRequested(m_samples.at(index.row()).id, *field, text);
    return true;
}

QStringList SampleModel::mimeTypes() const
{
    return {QStringLiteral("text/uri-list")};
}

QMimeData *SampleModel::mimeData(const QModelIndexList &indexes) const
{
    QList<QUrl> urls;
    QStringList paths;
    for (const QModelIndex &index : indexes) {
        const SampleRecord *sample = sampleAt(index.row());
        if (sample && !sample->missing && !paths.contains(sample->path)) {
            paths << sample->path;
            urls << QUrl::fromLocalFile(sample->path);
        }
    }
    if (urls.isEmpty())
        return nullptr;
    auto *mime = new QMimeData;
    mime->setUrls(urls);
    mime->setText(paths.join(QLatin1Char('\n')));
    return mime;
}

Qt::DropActions SampleModel::supportedDragActions() const
{
    return Qt::CopyAction | Qt::LinkAction;
}

} // namespace musiaia::gui
