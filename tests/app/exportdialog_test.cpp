// SPDX-License-Identifier: MIT
#include "support/bundledkb.h"
#include "support/command.h"

#include <core/synth/synthesis.h>

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QThread>
#include <QTimer>

#include <catch2/catch.hpp>

#include <algorithm>
#include <app/briefpreview.h>
#include <app/exportdialog.h>
#include <atomic>
#include <cctype>

using csto::app::ExportDialog;

TEST_CASE("Exported file names are sanitised", "[export]")
{
    CHECK(ExportDialog::suggestedFileName("Collective Security Council") ==
          "collective-security-council.pdf");
    CHECK(ExportDialog::suggestedFileName("../../etc/passwd") == "etc-passwd.pdf");
    CHECK(ExportDialog::suggestedFileName("Совет коллективной безопасности") ==
          QString::fromUtf8("совет-коллективной-безопасности.pdf"));
    CHECK(ExportDialog::suggestedFileName("<>:\"|?*") == "summary.pdf");
    CHECK(ExportDialog::suggestedFileName(QString(500, QLatin1Char('a'))).size() == 84);
}

TEST_CASE("The export dialog saves a PDF, or reports why not and leaves nothing", "[export]")
{
    csto::test::BundledCopy copy;
    auto kb = copy.open();
    const auto entity = kb->findEntity("mercenary");
    REQUIRE(entity);
    ExportDialog dialog(*kb, {entity->rowId, "Mercenary", csto::PartialDate::year(2014),
                              csto::PartialDate::year(2020)});
    csto::test::TempDir dir;
    const QString file = QString::fromStdString((dir / "mercenary.pdf").string());
    REQUIRE(dialog.saveAs(file));
    QFile written(file);
    REQUIRE(written.open(QIODevice::ReadOnly));
    CHECK(written.read(5) == "%PDF-");
    CHECK(written.size() > 5000);
}

namespace {

// pdftotext's text with every run of whitespace made one space (line breaks are the layout's).
std::string pdfText(const QString &file)
{
    const std::string raw =
        csto::test::commandOutput("pdftotext " + csto::test::shellQuote(file.toStdString()) + " -");
    std::string text;
    for (const char c : raw) {
        const bool space = std::isspace(static_cast<unsigned char>(c)) != 0;
        if (!space)
            text += c;
        else if (!text.empty() && text.back() != ' ')
            text += ' ';
    }
    return text;
}

template <typename Widget> Widget *field(ExportDialog &dialog, const char *name)
{
    auto *widget = dialog.findChild<Widget *>(QString::fromLatin1(name));
    REQUIRE(widget);
    return widget;
}

void chooseBrief(ExportDialog &dialog)
{
    auto *kind = dialog.findChild<QComboBox *>();
    REQUIRE(kind);
    kind->setCurrentIndex(kind->count() - 1);
}

// A titled event, unique by title in the whole knowledge base, from `events`.
std::optional<csto::EventHeader> uniqueTitled(csto::KnowledgeBase &kb,
                                              const std::vector<csto::EventHeader> &events)
{
    const auto all = kb.timeline({});
    for (const auto &event : events) {
        if (event.title.size() < 12)
            continue;
        const auto same = std::count_if(all.begin(), all.end(), [&](const auto &other) {
            return other.title.find(event.title) != std::string::npos ||
                   event.title.find(other.title) != std::string::npos;
        });
        if (same == 1)
            return event;
    }
    return std::nullopt;
}

} // namespace

TEST_CASE("Export Summary: From, To and 'only the selected entity' restrict the brief", "[export]")
{
    csto::test::BundledCopy copy;
    auto kb = copy.open();
    const auto entity = kb->findEntity("collective-security-council");
    REQUIRE(entity);
    // Opened on another range: the fields decide, not the subject.
    ExportDialog dialog(*kb, {entity->rowId, "Collective Security Council",
                              csto::PartialDate::year(1992), csto::PartialDate::year(2000)});
    chooseBrief(dialog);
    field<QLineEdit>(dialog, "exportFrom")->setText("2014-01");
    field<QLineEdit>(dialog, "exportTo")->setText("2020");
    field<QCheckBox>(dialog, "exportEntityOnly")->setChecked(true);

    csto::TimelineFilter inside;
    inside.from = csto::PartialDate::month(2014, 1);
    inside.to = csto::PartialDate::year(2020);
    inside.entityRowId = entity->rowId;
    const auto ofEntity = uniqueTitled(*kb, kb->timeline(inside));
    REQUIRE(ofEntity);
    csto::TimelineFilter inRange = inside;
    inRange.entityRowId.reset();
    std::vector<csto::EventHeader> others;
    const auto entityEvents = kb->eventIdsOf(entity->rowId, true);
    for (const auto &event : kb->timeline(inRange)) {
        if (std::find(entityEvents.begin(), entityEvents.end(), event.rowId) == entityEvents.end())
            others.push_back(event);
    }
    const auto notOfEntity = uniqueTitled(*kb, others);
    REQUIRE(notOfEntity);
    csto::TimelineFilter ofEntityAnyTime;
    ofEntityAnyTime.entityRowId = entity->rowId;
    std::vector<csto::EventHeader> before;
    for (const auto &event : kb->timeline(ofEntityAnyTime)) {
        if (event.date.hasYear() && event.date.yearValue() < 2014)
            before.push_back(event);
    }
    const auto earlier = uniqueTitled(*kb, before);
    REQUIRE(earlier);

    csto::test::TempDir dir;
    const QString file = QString::fromStdString((dir / "brief.pdf").string());
    REQUIRE(dialog.saveAs(file));
    const std::string text = pdfText(file);
    INFO(text);
    CHECK_THAT(text, Catch::Contains("Events from January 2014 to 2020, involving Collective "
                                     "Security Council and its parts"));
    CHECK_THAT(text, Catch::Contains(ofEntity->title));
    CHECK_THAT(text, !Catch::Contains(notOfEntity->title));
    CHECK_THAT(text, !Catch::Contains(earlier->title));

    // Without the entity option the same range holds the other event as well.
    field<QCheckBox>(dialog, "exportEntityOnly")->setChecked(false);
    REQUIRE(dialog.saveAs(file));
    const std::string wider = pdfText(file);
    CHECK_THAT(wider, Catch::Contains(ofEntity->title));
    CHECK_THAT(wider, Catch::Contains(notOfEntity->title));
    CHECK_THAT(wider, !Catch::Contains(earlier->title));
}

TEST_CASE("Export Summary: a date that is not a date is refused by name, nothing written",
          "[export]")
{
    csto::test::BundledCopy copy;
    auto kb = copy.open();
    ExportDialog dialog(
        *kb, {std::nullopt, {}, csto::PartialDate::year(2014), csto::PartialDate::year(2020)});
    chooseBrief(dialog);
    field<QLineEdit>(dialog, "exportFrom")->setText("2021-02-30");
    csto::test::TempDir dir;
    const QString file = QString::fromStdString((dir / "brief.pdf").string());
    QString shown;
    QTimer::singleShot(0, [&shown] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            shown = box->text();
            box->accept();
        }
    });
    CHECK_FALSE(dialog.saveAs(file));
    CHECK(shown.contains("From: 2021-02-30"));
    CHECK_FALSE(QFile::exists(file));
}

TEST_CASE("Export Summary: the page estimate follows the brief's real length", "[export]")
{
    csto::test::BundledCopy copy;
    auto kb = copy.open();
    ExportDialog dialog(
        *kb, {std::nullopt, {}, csto::PartialDate::year(1992), csto::PartialDate::year(2030)});
    chooseBrief(dialog);
    csto::test::TempDir dir;
    const QString file = QString::fromStdString((dir / "all.pdf").string());
    REQUIRE(dialog.saveAs(file));
    csto::TimelineFilter all;
    all.from = csto::PartialDate::year(1992);
    all.to = csto::PartialDate::year(2030);
    const auto events = kb->timelineCount(all);
    CHECK(events == static_cast<std::int64_t>(kb->timeline(all).size()));
    const std::string info =
        csto::test::commandOutput("pdfinfo " + csto::test::shellQuote(file.toStdString()));
    const auto at = info.find("Pages:");
    REQUIRE(at != std::string::npos);
    const int pages = std::stoi(info.substr(at + 6));
    const int estimate = ExportDialog::estimatedPages(events);
    INFO(events << " events, " << pages << " pages, estimated " << estimate);
    CHECK(estimate >= pages * 2 / 3);
    CHECK(estimate <= pages * 3 / 2 + 1);
}

namespace {

// A synthetic knowledge base of `events` events: big enough for a brief of hundreds of pages.
std::filesystem::path syntheticKb(const csto::test::TempDir &dir, std::size_t events)
{
    csto::synth::SynthOptions options;
    options.entities = 300;
    options.events = events;
    options.articles = 30;
    options.seed = 7;
    const auto path = dir / "synthetic.db";
    csto::synth::synthesise(options, path);
    return path;
}

} // namespace

TEST_CASE("Export Summary: a brief of hundreds of pages is announced with its length first",
          "[export]")
{
    csto::test::TempDir dir;
    const auto path = syntheticKb(dir, 5000);
    const auto kb = csto::KnowledgeBase::open(path, csto::schema::Access::ReadWrite);
    ExportDialog dialog(
        *kb, {std::nullopt, {}, csto::PartialDate::year(1990), csto::PartialDate::year(2030)});
    chooseBrief(dialog);
    csto::TimelineFilter all;
    all.from = csto::PartialDate::year(1990);
    all.to = csto::PartialDate::year(2030);
    const int pages = ExportDialog::estimatedPages(kb->timelineCount(all));
    REQUIRE(pages > ExportDialog::kPagesBeforeWarning);

    const QString file = QString::fromStdString((dir / "long.pdf").string());
    QString warning;
    QTimer::singleShot(0, [&warning] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (box && box->objectName() == "longBriefWarning") {
            warning = box->text();
            box->reject(); // Cancel: no brief
        }
    });
    QSignalSpy progress(&dialog, &ExportDialog::exportProgress);
    CHECK_FALSE(dialog.saveAs(file));
    CHECK(warning.contains(QStringLiteral("about %L1 pages").arg(pages)));
    CHECK(progress.isEmpty()); // declined before anything was started
    CHECK_FALSE(QFile::exists(file));

    // A short range of the same file is written without a question.
    field<QLineEdit>(dialog, "exportFrom")->setText("2005-03");
    field<QLineEdit>(dialog, "exportTo")->setText("2005-03");
    bool asked = false;
    QTimer::singleShot(0, [&asked] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            asked = true;
            box->reject();
        }
    });
    CHECK(dialog.saveAs(file));
    CHECK_FALSE(asked);
    CHECK(QFile::exists(file));
}

TEST_CASE("Export Summary: the brief is written on a worker thread; Cancel stops it and leaves "
          "no file",
          "[export]")
{
    csto::test::TempDir dir;
    const auto path = syntheticKb(dir, 1500);
    const auto kb = csto::KnowledgeBase::open(path, csto::schema::Access::ReadWrite);
    // Cancelled while the events are read (the first third of the bar), or while the pages are
    // laid out and written.
    const int cancelAt = GENERATE(1, 40);
    ExportDialog dialog(
        *kb, {std::nullopt, {}, csto::PartialDate::year(1990), csto::PartialDate::year(2030)});
    chooseBrief(dialog);
    const QString file = QString::fromStdString((dir / "long.pdf").string());
    // The window's thread keeps turning while the worker writes.
    int ticks = 0;
    QTimer ticker;
    QObject::connect(&ticker, &QTimer::timeout, [&ticks] { ++ticks; });
    ticker.start(5);
    std::atomic_bool onWorker{true};
    std::atomic_int lastPercent{-1};
    QThread *gui = QThread::currentThread();
    QObject::connect(
        &dialog, &ExportDialog::exportProgress, &dialog,
        [&](int percent) {
            if (QThread::currentThread() == gui)
                onWorker = false;
            lastPercent = percent;
            if (percent >= cancelAt)
                dialog.cancelExport();
        },
        Qt::DirectConnection);
    CHECK_FALSE(dialog.saveAs(file));
    CHECK(ticks > 0);
    CHECK(onWorker);
    CHECK(lastPercent >= cancelAt);
    CHECK(lastPercent <= cancelAt + 1); // stopped at the next step

    CHECK_FALSE(QFile::exists(file));
    // Nothing beside it either: QSaveFile's temporary file is gone.
    for (const auto &entry : std::filesystem::directory_iterator(dir.path())) {
        INFO(entry.path());
        CHECK(entry.path().filename().string().rfind("synthetic.db", 0) == 0);
    }
}

TEST_CASE("Export Summary: a long brief's preview is laid out on a worker and shows its first "
          "pages, saying so",
          "[export][preview]")
{
    csto::test::TempDir dir;
    const auto path = syntheticKb(dir, 1500);
    const auto kb = csto::KnowledgeBase::open(path, csto::schema::Access::ReadWrite);
    ExportDialog dialog(
        *kb, {std::nullopt, {}, csto::PartialDate::year(1990), csto::PartialDate::year(2030)});
    chooseBrief(dialog);

    // The window's thread keeps turning while the worker reads and lays out the brief: the
    // ticker's count goes on between the worker's first and last word of progress.
    std::atomic_int ticks{0};
    QTimer ticker;
    QObject::connect(&ticker, &QTimer::timeout, [&ticks] { ++ticks; });
    ticker.start(2);
    std::atomic_bool onWorker{true};
    std::atomic_int ticksAtFirst{-1};
    std::atomic_int ticksAtLast{-1};
    QThread *gui = QThread::currentThread();
    QObject::connect(
        &dialog, &ExportDialog::exportProgress, &dialog,
        [&](int) {
            if (QThread::currentThread() == gui)
                onWorker = false;
            int unset = -1;
            ticksAtFirst.compare_exchange_strong(unset, ticks.load());
            ticksAtLast = ticks.load();
        },
        Qt::DirectConnection);

    struct Seen
    {
        bool preview = false;
        QString otherDialog;
        int total = 0;
        int shown = 0;
        int previewed = 0;
        QString notice;
        bool noticeVisible = false;
    } seen;
    QTimer watcher;
    QObject::connect(&watcher, &QTimer::timeout, [&] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal || modal == &dialog)
            return;
        auto *preview = qobject_cast<csto::app::BriefPreview *>(modal);
        if (!preview) {
            // Not this design's preview (a message, or Qt's own print preview): note and close.
            if (modal->objectName() != QLatin1String("exportProgress")) {
                seen.otherDialog =
                    modal->objectName() + QLatin1Char(' ') + modal->metaObject()->className();
                modal->close();
            }
            return;
        }
        if (preview->previewedPages() == 0)
            return; // not painted yet
        seen.preview = true;
        seen.total = preview->totalPages();
        seen.shown = preview->shownPages();
        seen.previewed = preview->previewedPages();
        seen.notice = preview->notice();
        const auto *banner = preview->findChild<QLabel *>(QStringLiteral("briefPreviewNotice"));
        seen.noticeVisible = banner && banner->isVisible() && banner->text() == seen.notice;
        preview->reject();
    });
    watcher.start(10);
    dialog.preview();
    watcher.stop();

    INFO("other dialog: " << seen.otherDialog.toStdString());
    REQUIRE(seen.preview);
    CHECK(onWorker);
    CHECK(ticksAtFirst >= 0);
    CHECK(ticksAtLast > ticksAtFirst);
    // A brief of ~110 pages: the preview holds (and painted) only its first pages, and says so.
    const int limit = csto::app::BriefPreview::kPreviewPages;
    CHECK(seen.total > limit);
    CHECK(seen.shown == limit);
    CHECK(seen.previewed == limit);
    CHECK(seen.notice ==
          QStringLiteral("The preview shows the first %L1 of %L2 pages; save the PDF "
                         "for all of them.")
              .arg(limit)
              .arg(seen.total));
    CHECK(seen.noticeVisible);
}

TEST_CASE("Export Summary: a short brief's preview shows every page and no notice",
          "[export][preview]")
{
    csto::test::BundledCopy copy;
    auto kb = copy.open();
    ExportDialog dialog(
        *kb, {std::nullopt, {}, csto::PartialDate::year(2019), csto::PartialDate::year(2020)});
    chooseBrief(dialog);
    int total = 0;
    int previewed = 0;
    QString notice = QStringLiteral("unset");
    QTimer watcher;
    QObject::connect(&watcher, &QTimer::timeout, [&] {
        auto *preview = qobject_cast<csto::app::BriefPreview *>(QApplication::activeModalWidget());
        if (!preview || preview->previewedPages() == 0)
            return;
        total = preview->totalPages();
        previewed = preview->previewedPages();
        notice = preview->notice();
        preview->reject();
    });
    watcher.start(10);
    dialog.preview();
    CHECK(total >= 1);
    CHECK(previewed == total);
    CHECK(notice.isEmpty());
}
