// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "als/liveproject.h"
#include "appcontext.h"
#include "language.h"
#include "session/projectstore.h"
#include "store/secrets.h"
#include "store/settings.h"
#include "theme.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QHash>
#include <QJsonObject>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <functional>
#include <memory>

namespace musiaia::test {

// Every GUI test starts the same way: test-mode paths (no user data touched), the English
// interface and the light palette, so that texts and colours asserted on are stable.
inline void prepareGuiTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    gui::language::apply(store::UiLanguage::English);
    gui::theme::apply(gui::ThemeChoice::Light);
}

// An in-memory keychain that answers asynchronously, as QtKeychain does. `forced` makes every
// call answer with that status (NoService: no keychain on this machine).
class FakeKeychain final : public store::KeychainBackend
{
public:
    QHash<QString, QString> entries;
    Status forced = Status::Ok;

    void read(const QString &key, Callback done) override
    {
        answer(std::move(done), [this, key] {
            const auto it = entries.constFind(key);
            return it == entries.cend() ? Reply{Status::NotFound, {}, {}} : Reply{Status::Ok, *it, {}};
        });
    }
    void write(const QString &key, const QString &value, Callback done) override
    {
        answer(std::move(done), [this, key, value] {
            entries.insert(key, value);
            return Reply{};
        });
    }
    void remove(const QString &key, Callback done) override
    {
        answer(std::move(done), [this, key] {
            entries.remove(key);
            return Reply{};
        });
    }

private:
    void answer(Callback done, const std::function<Reply()> &normal)
    {
        const Reply reply = forced == Status::Ok ? normal() : Reply{forced, {}, QStringLiteral("forced")};
        QTimer::singleShot(0, &m_context, [done = std::move(done), reply] { done(reply); });
    }
    QObject m_context;
};

// An AppContext over a temporary folder: its own settings file, key file and keychain, and an
// empty environment (so that GLM_API_KEY on the machine does not leak in).
struct TestContext
{
    QTemporaryDir dir;
    std::shared_ptr<FakeKeychain> keychain = std::make_shared<FakeKeychain>();
    std::unique_ptr<gui::AppContext> context;

    explicit TestContext(const QProcessEnvironment &environment = QProcessEnvironment())
    {
        gui::AppContext::Options options;
        options.settingsFile = dir.filePath(QStringLiteral("settings.ini"));
        options.keychain = keychain;
        options.plainKeyFile = dir.filePath(QStringLiteral("keys.json"));
        options.environment = environment;
        options.databasePath = dir.filePath(QStringLiteral("musiaia.sqlite"));
        context = std::make_unique<gui::AppContext>(std::move(options));
        context->settings().setValue(store::settings::projectsFolder, dir.filePath(QStringLiteral("Projects")));
        const Result<void> opened = context->open();
        if (!opened)
            qFatal("cannot open the test database: %s", qPrintable(opened.errorMessage()));
    }
    gui::AppContext &operator*() { return *context; }
    gui::AppContext *operator->() { return context.get(); }
};

// Every control a keyboard or screen-reader user can reach has a name to announce.
inline QStringList unnamedControls(QWidget *root)
{
    QStringList unnamed;
    const auto check = [&unnamed](QWidget *widget, QString text) {
        if (!widget->isVisibleTo(widget->window()) || widget->focusPolicy() == Qt::NoFocus)
            return;
        if (widget->accessibleName().isEmpty() && text.remove(u'&').trimmed().isEmpty())
            unnamed << (widget->objectName().isEmpty() ? QString::fromLatin1(widget->metaObject()->className())
                                                       : widget->objectName());
    };
    for (QAbstractButton *button : root->findChildren<QAbstractButton *>())
        check(button, button->text());
    for (QLineEdit *edit : root->findChildren<QLineEdit *>()) {
        if (!qobject_cast<QComboBox *>(edit->parentWidget()) && !qobject_cast<QAbstractSpinBox *>(edit->parentWidget()))
            check(edit, QString());
    }
    for (QAbstractSpinBox *spin : root->findChildren<QAbstractSpinBox *>())
        check(spin, QString());
    for (QComboBox *combo : root->findChildren<QComboBox *>())
        check(combo, QString());
    for (QAbstractItemView *view : root->findChildren<QAbstractItemView *>()) {
        if (!view->inherits("QComboBoxListView"))
            check(view, QString());
    }
    for (QPlainTextEdit *edit : root->findChildren<QPlainTextEdit *>())
        check(edit, QString());
    return unnamed;
}

// A real song version in the history: a small set (three tracks over intro, drop and outro
// locators) written by the set writer into a staged folder and committed by the project store.
inline Result<session::VersionInfo> addVersion(session::ProjectStore &store, qint64 projectId, const QString &name,
                                               const QString &prompt, double tempo, qint64 parentId = 0)
{
    auto staged = store.staging().create();
    if (!staged)
        return staged.error();
    als::LiveSet set;
    set.tempo = tempo;
    set.locators = {{0, QStringLiteral("Intro")}, {32, QStringLiteral("Drop")}, {96, QStringLiteral("Outro")}};
    const QList<std::tuple<QString, int, QList<std::pair<double, double>>>> tracks = {
        {QStringLiteral("Drums"), 14, {{0, 32}, {32, 64}, {96, 32}}},
        {QStringLiteral("Bass"), 16, {{32, 64}}},
        {QStringLiteral("Pad"), 24, {{0, 32}, {96, 32}}},
    };
    for (const auto &[trackName, color, clips] : tracks) {
        als::Track track;
        track.name = trackName;
        track.color = color;
        for (const auto &[time, length] : clips) {
            als::Clip clip;
            clip.time = time;
            clip.length = length;
            clip.loop.end = length;
            clip.notes = {als::MidiNote{}};
            track.arrangementClips.append(clip);
        }
        set.tracks.append(track);
    }
    const Result<als::LiveProjectPaths> written = als::writeLiveProject(set, staged->path(), QStringLiteral("render"));
    if (!written)
        return written.error();
    session::NewVersion version;
    version.projectId = projectId;
    version.projectName = name;
    version.parentId = parentId;
    version.prompt = prompt;
    version.language = QStringLiteral("en");
    version.plan = QJsonObject{{QStringLiteral("genre"), QStringLiteral("house")}, {QStringLiteral("tempo"), tempo}};
    version.seed = 7;
    version.provider = QStringLiteral("local");
    version.genre = QStringLiteral("house");
    version.tempo = tempo;
    version.keyName = QStringLiteral("A minor");
    version.bars = 32;
    version.seconds = 32 * 4 * 60.0 / tempo;
    if (parentId > 0) {
        version.diff = QStringLiteral("tempo 124 → %1").arg(tempo);
        version.changes = {{QStringLiteral("tempo"), {}, QStringLiteral("124"), QString::number(tempo), version.diff}};
    }
    return store.commitVersion(*staged, *written, version);
}

} // namespace musiaia::test
