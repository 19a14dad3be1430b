// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings.h"

#include <QDir>
#include <QStandardPaths>

#include <array>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace musiaia::store {
namespace {

template<typename E, std::size_t N>
QString nameOf(const std::array<std::pair<E, QLatin1StringView>, N> &table, E value)
{
    for (const auto &[entry, name] : table) {
        if (entry == value)
            return name;
    }
    return {};
}

template<typename E, std::size_t N>
bool parseFrom(const std::array<std::pair<E, QLatin1StringView>, N> &table, const QString &name, E *out)
{
    const QString wanted = name.trimmed();
    for (const auto &[entry, entryName] : table) {
        if (wanted.compare(entryName, Qt::CaseInsensitive) == 0) {
            *out = entry;
            return true;
        }
    }
    return false;
}

constexpr std::array providers = {
    std::pair{AiProvider::Glm, "glm"_L1},
    std::pair{AiProvider::MiniMax, "minimax"_L1},
    std::pair{AiProvider::Local, "local"_L1},
};
constexpr std::array regions = {
    std::pair{AiRegion::International, "international"_L1},
    std::pair{AiRegion::Mainland, "mainland"_L1},
    std::pair{AiRegion::Custom, "custom"_L1},
};
constexpr std::array routings = {
    std::pair{AiRouting::Auto, "auto"_L1},
    std::pair{AiRouting::PreferGlm, "glm"_L1},
    std::pair{AiRouting::PreferMiniMax, "minimax"_L1},
    std::pair{AiRouting::OfflineOnly, "offline"_L1},
};
constexpr std::array liveVersions = {
    std::pair{LiveVersion::Live11, "11"_L1},
    std::pair{LiveVersion::Live12, "12"_L1},
};
constexpr std::array languages = {
    std::pair{UiLanguage::System, "system"_L1},
    std::pair{UiLanguage::Spanish, "es"_L1},
    std::pair{UiLanguage::English, "en"_L1},
};

} // namespace

QString settingName(AiProvider value) { return nameOf(providers, value); }
QString settingName(AiRegion value) { return nameOf(regions, value); }
QString settingName(AiRouting value) { return nameOf(routings, value); }
QString settingName(LiveVersion value) { return nameOf(liveVersions, value); }
QString settingName(UiLanguage value) { return nameOf(languages, value); }
bool parseSetting(const QString &name, AiProvider *out) { return parseFrom(providers, name, out); }
bool parseSetting(const QString &name, AiRegion *out) { return parseFrom(regions, name, out); }
bool parseSetting(const QString &name, AiRouting *out) { return parseFrom(routings, name, out); }
bool parseSetting(const QString &name, LiveVersion *out) { return parseFrom(liveVersions, name, out); }
bool parseSetting(const QString &name, UiLanguage *out) { return parseFrom(languages, name, out); }

Settings::Settings()
    : m_settings(std::make_unique<QSettings>())
{
}

Settings::Settings(const QString &iniPath)
    : m_settings(std::make_unique<QSettings>(iniPath, QSettings::IniFormat))
{
}

Settings::~Settings() = default;

QVariant Settings::raw(QLatin1StringView key) const
{
    return m_settings->value(key);
}

void Settings::setRaw(QLatin1StringView key, const QVariant &value)
{
    m_settings->setValue(key, value);
}

void Settings::remove(QLatin1StringView key)
{
    m_settings->remove(key);
}

bool Settings::sync(QString *errorMessage)
{
    m_settings->sync();
    switch (m_settings->status()) {
    case QSettings::NoError:
        return true;
    case QSettings::AccessError:
        if (errorMessage)
            *errorMessage = u"cannot write the settings file %1"_s.arg(m_settings->fileName());
        return false;
    case QSettings::FormatError:
        if (errorMessage)
            *errorMessage = u"the settings file %1 is damaged"_s.arg(m_settings->fileName());
        return false;
    }
    return false;
}

QString Settings::fileName() const
{
    return m_settings->fileName();
}

QString Settings::projectsFolderPath() const
{
    const QString configured = value(settings::projectsFolder).trimmed();
    return configured.isEmpty() ? projectsFolderDefault() : QDir::cleanPath(configured);
}

QString Settings::projectsFolderDefault()
{
    QString base = QStandardPaths::writableLocation(QStandardPaths::MusicLocation);
    if (base.isEmpty())
        base = QStandardPaths::writableLocation(QStandardPaths::HomeLocation);
    return QDir(base).filePath(u"MusiaIA"_s);
}

} // namespace musiaia::store
