// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "appcontext.h"
#include "store/secrets.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QHash>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QTimer>

#include <functional>
#include <memory>

namespace musiaia::test {

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
        context = std::make_unique<gui::AppContext>(std::move(options));
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

} // namespace musiaia::test
