// SPDX-License-Identifier: MIT
#include "reportcommand.h"

#include <core/error.h>
#include <core/knowledgebase.h>
#include <render/labels.h>
#include <render/translation.h>
#include <report/pdfexport.h>
#include <report/summaryreport.h>

#include <QCoreApplication>
#include <QGuiApplication>

#include <cstdlib>
#include <memory>

namespace csto::cli {

int writeReport(KnowledgeBase &kb, const ReportRequest &request)
{
    // Fonts and painting need a QGuiApplication; a command-line tool never shows a window.
    setenv("QT_QPA_PLATFORM", "offscreen", 1);
    static int argc = 1;
    static char name[] = "csto-kb";
    static char *argv[] = {name, nullptr};
    std::unique_ptr<QGuiApplication> application;
    if (!QGuiApplication::instance())
        application = std::make_unique<QGuiApplication>(argc, argv);
    // The report speaks the language the window would (Settings, else the system locale).
    QCoreApplication::setApplicationName(QStringLiteral("csto-atlas"));
    render::installTranslations(*QCoreApplication::instance());

    report::ReportDocument document;
    QString title;
    if (request.timeline) {
        TimelineFilter filter;
        filter.from = request.from;
        filter.to = request.to;
        filter.entityRowId = request.entityRowId;
        document = report::timelineBrief(kb, filter);
        title = QCoreApplication::translate("csto::report", "Timeline brief");
    } else {
        document = report::entityReport(kb, *request.entityRowId);
        const auto card = kb.entityCard(*request.entityRowId);
        title = render::displayName(card->header.name, card->aliases);
    }
    const auto result = report::writePdf(document, QString::fromStdString(request.output),
                                         request.letter ? QPageSize::Letter : QPageSize::A4, title);
    if (!result.error.isEmpty())
        throw WriteError(result.error.toStdString());
    return result.pages;
}

} // namespace csto::cli
