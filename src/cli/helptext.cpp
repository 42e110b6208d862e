// SPDX-License-Identifier: MIT
#include "helptext.h"

#ifdef CSTO_HAVE_REPORTS
#include <render/translation.h>

#include <QCoreApplication>
#include <QTranslator>

#include <memory>
#endif

namespace csto::cli {

#ifdef CSTO_HAVE_REPORTS
std::string helpText(const char *text)
{
    // No application object is needed to read the settings or a translator.
    static const std::unique_ptr<QTranslator> translator = [] {
        QCoreApplication::setApplicationName(QStringLiteral("csto-atlas")); // the window's settings
        return render::loadProgramTranslator(
            render::resolveUiLanguage(render::storedUiLanguage(), QLocale::system()));
    }();
    if (translator) {
        const QString translated = translator->translate("csto::cli", text);
        if (!translated.isEmpty())
            return translated.toStdString();
    }
    return text;
}
#else
std::string helpText(const char *text)
{
    return text;
}
#endif

} // namespace csto::cli
