// SPDX-License-Identifier: GPL-3.0-or-later
#include "language.h"

#include "common/logging.h"

#include <QCoreApplication>
#include <QFile>
#include <QLibraryInfo>
#include <QPointer>
#include <QTranslator>

using namespace Qt::Literals::StringLiterals;

namespace musiaia::gui::language {
namespace {

struct Installed
{
    QPointer<QTranslator> qt;
    QPointer<QTranslator> app;
    QLocale::Language language = QLocale::English;
};

Installed &installed()
{
    static Installed state;
    return state;
}

// Core names its contexts in small tr() helpers ("musiaia::als::SetReport") while lupdate files
// each string under the namespace or class of its call ("musiaia::als", "musiaia::als::Reading").
// When core's context has no translation, the contexts of the same module are asked in turn.
class ModuleTranslator final : public QTranslator
{
public:
    using QTranslator::QTranslator;

    QString translate(const char *context, const char *sourceText, const char *disambiguation, int n) const override
    {
        QString text = QTranslator::translate(context, sourceText, disambiguation, n);
        if (!text.isEmpty() || !context)
            return text;
        const QByteArray wanted(context);
        if (!wanted.startsWith("musiaia::") || wanted.startsWith("musiaia::gui") || wanted.startsWith("musiaia::cli"))
            return text;
        const qsizetype end = wanted.indexOf("::", 9);   // after "musiaia::"
        const QByteArray module = end < 0 ? wanted : wanted.left(end);
        const QByteArray inside = module + QByteArrayLiteral("::");
        for (const QByteArray &other : contexts()) {
            if (other != wanted && (other == module || other.startsWith(inside))) {
                text = QTranslator::translate(other.constData(), sourceText, disambiguation, n);
                if (!text.isEmpty())
                    return text;
            }
        }
        return text;
    }

private:
    static const QList<QByteArray> &contexts()
    {
        static const QList<QByteArray> list = [] {
            QFile file(u":/i18n/contexts.txt"_s);
            return file.open(QIODevice::ReadOnly) ? file.readAll().split('\n') : QList<QByteArray>();
        }();
        return list;
    }
};

void replace(QPointer<QTranslator> &slot, QTranslator *next)
{
    if (slot) {
        QCoreApplication::removeTranslator(slot);
        delete slot;
    }
    slot = next;
    if (next)
        QCoreApplication::installTranslator(next);
}

} // namespace

QLocale localeFor(store::UiLanguage language, const QLocale &system)
{
    switch (language) {
    case store::UiLanguage::Spanish:
        return system.language() == QLocale::Spanish ? system : QLocale(QLocale::Spanish, QLocale::Spain);
    case store::UiLanguage::English:
        return system.language() == QLocale::English ? system : QLocale(QLocale::English, QLocale::UnitedStates);
    case store::UiLanguage::System:
        break;
    }
    if (system.language() == QLocale::Spanish || system.language() == QLocale::English)
        return system;
    return QLocale(QLocale::English, QLocale::UnitedStates);
}

void apply(store::UiLanguage language)
{
    const QLocale locale = localeFor(language);
    QLocale::setDefault(locale);
    Installed &state = installed();

    auto *qt = new QTranslator(QCoreApplication::instance());
    if (!qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        delete qt;
        qt = nullptr;
    }
    auto *app = new ModuleTranslator(QCoreApplication::instance());
    if (!app->load(locale, u"musiaia"_s, u"_"_s, u":/i18n"_s)) {
        qCWarning(lcUi) << "no MusiaIA translation for" << locale.name();
        delete app;
        app = nullptr;
    }
    replace(state.qt, qt);
    replace(state.app, app);
    state.language = locale.language();
    qCInfo(lcUi) << "interface language" << locale.name();
}

QLocale::Language current()
{
    return installed().language;
}

} // namespace musiaia::gui::language
