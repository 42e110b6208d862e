// SPDX-License-Identifier: MIT
#include "mainwindow.h"
#include "openknowledgebase.h"
#include "searchpopup.h"
#include "settingsdialog.h"
#include "startupprobe.h"
#include "timelineview.h"

#include <core/error.h>
#include <core/knowledgebase.h>
#include <core/paths.h>
#include <render/translation.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QMessageBox>
#include <QPainter>
#include <QStatusBar>
#include <QTimer>

#include <iostream>

namespace {

// --screenshot: the window (and the search popup, if open) as the user sees it, saved as PNG.
bool saveScreenshot(csto::app::MainWindow &window, const QString &file)
{
    QPixmap picture = window.grab();
    auto *popup = window.searchPopup();
    if (popup->isVisible()) {
        QPainter painter(&picture);
        const QPoint at = popup->mapToGlobal(QPoint(0, 0)) - window.mapToGlobal(QPoint(0, 0));
        painter.drawPixmap(at, popup->grab());
    }
    return picture.save(file);
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("csto-atlas"));
    QApplication::setApplicationDisplayName(QStringLiteral("CSTO Atlas"));
    QApplication::setApplicationVersion(QStringLiteral(CSTO_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.csto_atlas.CstoAtlas"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/csto-atlas.svg")));
    // Before any widget: Settings' language, else the system locale's (needs the name above).
    csto::render::installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "CSTO Atlas: browse the Collective Security Treaty Organization knowledge base."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(QStringLiteral("db"),
                                QApplication::translate("main", "Open FILE instead of the default "
                                                                "knowledge base."),
                                QStringLiteral("FILE"));
    const QCommandLineOption select(QStringLiteral("select"),
                                    QApplication::translate("main", "Start at NAME or ID."),
                                    QStringLiteral("NAME"));
    const QCommandLineOption years(QStringLiteral("timeline-years"),
                                   QApplication::translate("main", "Show the years FROM:TO."),
                                   QStringLiteral("FROM:TO"));
    const QCommandLineOption search(QStringLiteral("search"),
                                    QApplication::translate("main", "Open search with QUERY."),
                                    QStringLiteral("QUERY"));
    const QCommandLineOption import(
        QStringLiteral("import"),
        QApplication::translate("main", "Import the article file, or the *.txt files of a "
                                        "folder, then review the proposals."),
        QStringLiteral("PATH"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QApplication::translate("main", "Save the window as PNG FILE and quit."),
        QStringLiteral("FILE"));
    const QCommandLineOption membership(
        QStringLiteral("membership"),
        QApplication::translate("main", "Show the membership and chairmanship chart."));
    parser.addOptions({db, select, years, search, membership, import, screenshot});
    parser.process(app);

    std::filesystem::path path;
    try {
        const auto chosen = csto::app::SettingsDialog::defaultDatabase();
        // Only the first-run copy of the bundled knowledge base creates a file.
        path = parser.isSet(db)  ? std::filesystem::path(parser.value(db).toStdString())
               : !chosen.empty() ? chosen
                                 : csto::ensureDefaultDatabase();
    } catch (const csto::Error &error) {
        std::cerr << "csto-atlas: " << error.what() << "\n";
        if (QApplication::platformName() != QLatin1String("offscreen"))
            QMessageBox::critical(nullptr, QApplication::translate("main", "CSTO Atlas"),
                                  QString::fromStdString(error.what()));
        return 1;
    }
    auto opened = csto::app::openKnowledgeBase(
        path,
        [](const QString &problem,
           const std::filesystem::path &refused) -> std::optional<std::filesystem::path> {
            std::cerr << "csto-atlas: " << problem.toStdString() << "\n";
            if (QApplication::platformName() == QLatin1String("offscreen"))
                return std::nullopt;
            return csto::app::askForAnotherFile(nullptr, problem, refused);
        });
    if (!opened)
        return 1;

    const QString readOnly = csto::app::readOnlyNotice(*opened->kb);
    csto::app::MainWindow window(std::move(opened->kb), opened->path);
    if (!readOnly.isEmpty()) {
        std::cerr << "csto-atlas: " << readOnly.toStdString() << "\n";
        window.statusBar()->showMessage(readOnly);
    }
    csto::app::installStartupProbe(&window);
    window.show();
    // For the robustness tests: quit after this many milliseconds whatever the window is doing,
    // a modal message box included (every tick ends the innermost event loop), so damaged files
    // can be opened offscreen where nobody clicks OK.
    if (const int quitAfterMs = qEnvironmentVariableIntValue("CSTO_QUIT_AFTER_MS");
        quitAfterMs > 0) {
        auto *quit = new QTimer(&app);
        QObject::connect(quit, &QTimer::timeout, &app, [] { QApplication::exit(0); });
        quit->start(quitAfterMs);
    }
    if (parser.isSet(select)) {
        const QString target = parser.value(select);
        if (!window.navigate(target) &&
            !window.navigate(QStringLiteral("atlas:entity/") + target) &&
            !window.navigate(QStringLiteral("atlas:event/") + target))
            std::cerr << "csto-atlas: nothing to select named " << target.toStdString() << "\n";
    }
    if (parser.isSet(years)) {
        const QStringList range = parser.value(years).split(QLatin1Char(':'));
        if (range.size() == 2)
            window.timelineView()->zoomToYears(range[0].toInt(), range[1].toInt());
    }
    if (parser.isSet(membership))
        window.showMembershipChart();
    if (parser.isSet(search)) {
        window.openSearch();
        window.searchPopup()->setQuery(parser.value(search));
    }
    const auto takeScreenshot = [&window, file = parser.value(screenshot)] {
        QTimer::singleShot(400, &window, [&window, file] {
            const bool saved = saveScreenshot(window, file);
            if (!saved)
                std::cerr << "csto-atlas: cannot write " << file.toStdString() << "\n";
            QApplication::exit(saved ? 0 : 1);
        });
    };
    if (parser.isSet(import)) {
        QStringList files;
        for (const auto &given : parser.values(import)) {
            if (QFileInfo(given).isDir()) {
                for (const auto &entry :
                     QDir(given).entryInfoList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name))
                    files << entry.filePath();
            } else {
                files << given;
            }
        }
        if (parser.isSet(screenshot))
            QObject::connect(&window, &csto::app::MainWindow::importFinished, &window,
                             takeScreenshot);
        window.importArticles(files);
    } else if (parser.isSet(screenshot)) {
        takeScreenshot();
    }
    // For the memory benchmark (bench/run): quit once everything the window loads is loaded.
    if (qEnvironmentVariableIsSet("CSTO_BENCH_EXIT_WHEN_LOADED")) {
        const auto quit = [] {
            csto::app::printPeakMemory();
            QApplication::exit(0);
        };
        if (window.timelineLoading())
            QObject::connect(&window, &csto::app::MainWindow::timelineLoaded, &app,
                             [quit] { QTimer::singleShot(0, quit); });
        else
            QTimer::singleShot(0, quit);
    }
    return QApplication::exec();
}
