// SPDX-License-Identifier: MIT
#pragma once

#include <QLocale>

#include <memory>

class QCoreApplication;
class QTranslator;

// The interface language: chosen in Settings ("ui/language") or, by default, the system's.
// It lives in render, the lowest Qt layer, and uses QtCore only, so the window and csto-kb (whose
// reports and --help follow the same choice) share it; the translations are compiled into this
// library as the resource :/i18n/csto-atlas_<lang>.qm.
namespace csto::render {

enum class UiLanguage
{
    System,
    English,
    Russian
};

// The choice stored in QSettings under "ui/language" ("system", "en" or "ru").
[[nodiscard]] UiLanguage storedUiLanguage();
void storeUiLanguage(UiLanguage language);

// English or Russian: what `choice` means where the system locale is `system`.
[[nodiscard]] QLocale::Language resolveUiLanguage(UiLanguage choice, const QLocale &system);

// Installs the program's translations (and Qt's own, when installed) for `choice` in `app` and
// makes the language's locale the default QLocale. Call before creating any widget; installing
// again replaces what was installed. Returns the language the interface now speaks.
QLocale::Language installTranslations(QCoreApplication &app, UiLanguage choice);
// The same with the stored choice.
QLocale::Language installTranslations(QCoreApplication &app);
// Back to English (the source texts) and the system locale.
void removeTranslations(QCoreApplication &app);

// The language of the interface: English until installTranslations() chose another.
[[nodiscard]] QLocale::Language uiLanguage();

// The program's own translator for `language` (from the embedded resource), or null when there
// is none (English is the source language). Usable without an application object.
[[nodiscard]] std::unique_ptr<QTranslator> loadProgramTranslator(QLocale::Language language);

} // namespace csto::render
