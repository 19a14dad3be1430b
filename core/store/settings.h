// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLatin1StringView>
#include <QSettings>
#include <QString>
#include <QVariant>

#include <memory>
#include <optional>
#include <type_traits>

namespace musiaia::store {

// A typed setting: its key and its default, declared once (below). Values of enum types are stored
// as stable lower-case strings (see settingName()/parseSetting()), so that the file stays readable
// and survives reordering of the enum.
template<typename T>
struct Setting
{
    QLatin1StringView key;
    T defaultValue;
};

enum class AiProvider { Glm, MiniMax, Local };
// Which endpoint family a provider is reached on. Custom = the base URL setting as given.
enum class AiRegion { International, Mainland, Custom };
// How a message picks its provider: Auto is the original design's rule (structured generation to
// GLM-4.6, conversation to MiniMax-M2); the others prefer one provider for everything.
enum class AiRouting { Auto, PreferGlm, PreferMiniMax, OfflineOnly };
enum class LiveVersion { Live11, Live12 };
enum class UiLanguage { System, Spanish, English };

// Stable names used in settings files, on the command line and in logs.
QString settingName(AiProvider value);
QString settingName(AiRegion value);
QString settingName(AiRouting value);
QString settingName(LiveVersion value);
QString settingName(UiLanguage value);
// False for an unknown name (a Settings read then falls back to the default).
bool parseSetting(const QString &name, AiProvider *out);
bool parseSetting(const QString &name, AiRegion *out);
bool parseSetting(const QString &name, AiRouting *out);
bool parseSetting(const QString &name, LiveVersion *out);
bool parseSetting(const QString &name, UiLanguage *out);

// Every setting MusiaIA has. Secrets (API keys, the local API token) are NOT settings: see secrets.h.
namespace settings {
using namespace Qt::Literals::StringLiterals;

// AI providers. An empty base URL means "the region's documented endpoint".
inline const Setting<AiRouting> aiRouting{"ai/routing"_L1, AiRouting::Auto};
inline const Setting<bool> aiFallback{"ai/fallback"_L1, true};   // to the other provider, then offline
inline const Setting<AiRegion> glmRegion{"ai/glm/region"_L1, AiRegion::International};
inline const Setting<QString> glmBaseUrl{"ai/glm/baseUrl"_L1, QString()};
inline const Setting<QString> glmModel{"ai/glm/model"_L1, u"glm-4.6"_s};
inline const Setting<bool> glmThinking{"ai/glm/thinking"_L1, true};
inline const Setting<AiRegion> miniMaxRegion{"ai/minimax/region"_L1, AiRegion::International};
inline const Setting<QString> miniMaxBaseUrl{"ai/minimax/baseUrl"_L1, QString()};
inline const Setting<QString> miniMaxModel{"ai/minimax/model"_L1, u"MiniMax-M2"_s};
// Reasoning as reasoning_content/reasoning_details instead of <think> blocks in the content.
inline const Setting<bool> miniMaxReasoningSplit{"ai/minimax/reasoningSplit"_L1, false};
// Time to the first byte of a reply, and the longest silence inside a streamed reply. Reasoning
// models can think silently for minutes, so the stall watchdog is generous.
inline const Setting<int> aiFirstByteTimeoutMs{"ai/firstByteTimeoutMs"_L1, 60'000};
inline const Setting<int> aiIdleTimeoutMs{"ai/idleTimeoutMs"_L1, 180'000};
inline const Setting<int> aiMaxRetries{"ai/maxRetries"_L1, 3};
inline const Setting<int> aiMaxOutputTokens{"ai/maxOutputTokens"_L1, 32'768};

// Projects. An empty folder means projectsFolderDefault().
inline const Setting<QString> projectsFolder{"projects/folder"_L1, QString()};
inline const Setting<LiveVersion> defaultLiveVersion{"projects/liveVersion"_L1, LiveVersion::Live12};

inline const Setting<UiLanguage> language{"ui/language"_L1, UiLanguage::System};
// The desktop window: light/dark ("system", "light", "dark") and its saved layout (QMainWindow
// geometry and dock state blobs; empty means the default layout).
inline const Setting<QString> uiTheme{"ui/theme"_L1, u"system"_s};
inline const Setting<QByteArray> uiWindowGeometry{"ui/windowGeometry"_L1, QByteArray()};
inline const Setting<QByteArray> uiWindowState{"ui/windowState"_L1, QByteArray()};

// The local REST/WebSocket API (off by default; 127.0.0.1 only unless the user says otherwise).
inline const Setting<bool> localApiEnabled{"api/enabled"_L1, false};
inline const Setting<int> localApiPort{"api/port"_L1, 8765};
inline const Setting<QString> localApiAddress{"api/address"_L1, u"127.0.0.1"_s};
} // namespace settings

// Typed access to the settings file. The default constructor uses the application's settings
// (organisation and application names from QCoreApplication); tests pass an INI path.
class Settings
{
public:
    Settings();
    explicit Settings(const QString &iniPath);
    ~Settings();
    Settings(const Settings &) = delete;
    Settings &operator=(const Settings &) = delete;

    template<typename T>
    T value(const Setting<T> &setting) const
    {
        const QVariant stored = raw(setting.key);
        if (!stored.isValid())
            return setting.defaultValue;
        if constexpr (std::is_enum_v<T>) {
            T parsed = setting.defaultValue;
            return parseSetting(stored.toString(), &parsed) ? parsed : setting.defaultValue;
        } else if constexpr (std::is_same_v<T, int>) {
            bool ok = false;
            const int number = stored.toInt(&ok);
            return ok ? number : setting.defaultValue;
        } else {
            return stored.canConvert<T>() ? stored.value<T>() : setting.defaultValue;
        }
    }

    template<typename T>
    void setValue(const Setting<T> &setting, const std::type_identity_t<T> &value)
    {
        if constexpr (std::is_enum_v<T>)
            setRaw(setting.key, settingName(value));
        else
            setRaw(setting.key, QVariant::fromValue(value));
    }

    template<typename T>
    void reset(const Setting<T> &setting) { remove(setting.key); }

    template<typename T>
    bool isSet(const Setting<T> &setting) const { return raw(setting.key).isValid(); }

    // Writes pending changes to disk; false (with the reason) when the file cannot be written.
    bool sync(QString *errorMessage = nullptr);
    QString fileName() const;

    // Derived values.
    QString projectsFolderPath() const;   // the setting, or projectsFolderDefault()
    static QString projectsFolderDefault();

private:
    QVariant raw(QLatin1StringView key) const;
    void setRaw(QLatin1StringView key, const QVariant &value);
    void remove(QLatin1StringView key);

    std::unique_ptr<QSettings> m_settings;
};

} // namespace musiaia::store
