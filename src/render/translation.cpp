// SPDX-License-Identifier: MIT
#include "translation.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace csto::render {
namespace {

const QString kLanguageKey = QStringLiteral("ui/language");

struct Installed
{
    QLocale::Language language = QLocale::English;
    std::unique_ptr<QTranslator> program;
    std::unique_ptr<QTranslator> qt;
};

Installed &installed()
{
    static Installed state;
    return state;
}

} // namespace

UiLanguage storedUiLanguage()
{
    const QString value = QSettings().value(kLanguageKey).toString();
    if (value == QLatin1String("ru"))
        return UiLanguage::Russian;
    if (value == QLatin1String("en"))
        return UiLanguage::English;
    return UiLanguage::System;
}

void storeUiLanguage(UiLanguage language)
{
    QSettings settings;
    switch (language) {
    case UiLanguage::System:
        settings.remove(kLanguageKey);
        return;
    case UiLanguage::English:
        settings.setValue(kLanguageKey, QStringLiteral("en"));
        return;
    case UiLanguage::Russian:
        settings.setValue(kLanguageKey, QStringLiteral("ru"));
        return;
    }
}

QLocale::Language resolveUiLanguage(UiLanguage choice, const QLocale &system)
{
    switch (choice) {
    case UiLanguage::English:
        return QLocale::English;
    case UiLanguage::Russian:
        return QLocale::Russian;
    case UiLanguage::System:
        break;
    }
    return system.language() == QLocale::Russian ? QLocale::Russian : QLocale::English;
}

std::unique_ptr<QTranslator> loadProgramTranslator(QLocale::Language language)
{
    if (language != QLocale::Russian)
        return nullptr;
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(QStringLiteral(":/i18n/csto-atlas_ru.qm")))
        return nullptr;
    return translator;
}

QLocale::Language installTranslations(QCoreApplication &app, UiLanguage choice)
{
    removeTranslations(app);
    const QLocale system = QLocale::system();
    const QLocale::Language language = resolveUiLanguage(choice, system);
    auto &state = installed();
    if (language == QLocale::Russian) {
        state.program = loadProgramTranslator(language);
        if (!state.program)
            return QLocale::English; // not compiled in: stay with the source texts
        QCoreApplication::installTranslator(state.program.get());
        // Qt's own words (standard buttons, file dialogs), when the system has them.
        auto qt = std::make_unique<QTranslator>();
        if (qt->load(QLocale(QLocale::Russian), QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(qt.get());
            state.qt = std::move(qt);
        }
        QLocale::setDefault(QLocale(QLocale::Russian, QLocale::Russia));
    } else if (system.language() != QLocale::English) {
        // An English interface on, say, a Russian system: numbers and dates in English too.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }
    state.language = language;
    return language;
}

QLocale::Language installTranslations(QCoreApplication &app)
{
    return installTranslations(app, storedUiLanguage());
}

void removeTranslations(QCoreApplication &app)
{
    Q_UNUSED(app);
    auto &state = installed();
    for (auto *translator : {state.program.get(), state.qt.get()}) {
        if (translator)
            QCoreApplication::removeTranslator(translator);
    }
    state.program.reset();
    state.qt.reset();
    state.language = QLocale::English;
    QLocale::setDefault(QLocale::system());
}

QLocale::Language uiLanguage()
{
    return installed().language;
}

} // namespace csto::render
