// SPDX-License-Identifier: MIT
#include "support/articles.h"
#include "support/bundledkb.h"
#include "support/tempdir.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QDialog>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTimer>

#include <catch2/catch.hpp>

#include <algorithm>
#include <app/articleview.h>
#include <app/importdialog.h>
#include <app/mainwindow.h>
#include <app/proposalmodel.h>
#include <app/reviewpane.h>
#include <fstream>
#include <iterator>
#include <set>

using csto::app::ImportDialog;
using csto::app::MainWindow;

TEST_CASE("Importing in the window: progress, review list, highlighted evidence",
          "[window][import]")
{
    csto::test::BundledCopy copy;
    auto reference = copy.open();
    MainWindow window(copy.open(), copy.path());
    window.show();
    QStringList files;
    for (const auto &entry : std::filesystem::directory_iterator(csto::test::articlesDir())) {
        if (entry.path().extension() == ".txt")
            files << QString::fromStdString(entry.path().string());
    }
    files.sort();
    QSignalSpy finished(&window, &MainWindow::importFinished);
    window.importArticles(files);
    REQUIRE(finished.wait(60000));
    CHECK(finished.first().at(0).toInt() == 5); // imported
    CHECK(finished.first().at(3).toBool() == false);

    auto *review = window.reviewPane();
    REQUIRE(review->pendingCount() > 20);
    review->selectRow(0);
    const QString evidence = window.articleView()->highlightedText();
    CHECK(evidence.size() > 20);
    CHECK(window.articleView()->mentionCount() > 5);

    // Edit… then Cancel, and the next proposals: only their evidence is highlighted (the text
    // once took the highlight's format, and every later article was highlighted whole).
    const auto *list = review->findChild<QAbstractItemView *>(QStringLiteral("reviewList"));
    const auto *text =
        window.articleView()->findChild<QPlainTextEdit *>(QStringLiteral("articleText"));
    REQUIRE(list);
    REQUIRE(text);
    int edited = 0;
    for (int row = 0; row < list->model()->rowCount() && edited < 6; ++row) {
        if (list->model()->index(row, 0).data().toString() != "Event")
            continue;
        review->selectRow(row);
        QTimer::singleShot(0, &window, [] {
            if (auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget()))
                dialog->reject();
        });
        review->editCurrent();
        ++edited;
        review->selectRow(row + 1);
        const auto ranges = window.articleView()->highlightedRanges();
        INFO("proposal " << row + 1 << " of an article of " << text->toPlainText().size()
                         << " characters");
        REQUIRE(ranges.size() == 1);
        CHECK(text->toPlainText().mid(ranges[0].first, ranges[0].second - ranges[0].first) ==
              window.articleView()->highlightedText());
        CHECK(ranges[0].second - ranges[0].first < text->toPlainText().size() / 2);
    }
    CHECK(edited == 6);
    // An event proposal the knowledge base does not know yet is added when accepted (those it
    // probably knows merge into the known event: tests/app/reviewpane_test.cpp).
    int unknownEvent = -1;
    for (int row = 0; row < list->model()->rowCount() && unknownEvent < 0; ++row) {
        const auto index = list->model()->index(row, 0);
        if (index.data(csto::app::ProposalModel::IsEventRole).toBool() &&
            index.data(csto::app::ProposalModel::SameAsIdRole).toString().isEmpty())
            unknownEvent = row;
    }
    REQUIRE(unknownEvent >= 0);
    review->selectRow(unknownEvent);

    const int before = reference->counts().events;
    const int pending = review->pendingCount();
    review->acceptCurrent();
    CHECK(review->pendingCount() == pending - 1);
    CHECK(reference->counts().events == before + 1);

    // The same files again: all duplicates, nothing new to review.
    finished.clear();
    window.importArticles(files);
    REQUIRE(finished.wait(60000));
    CHECK(finished.first().at(0).toInt() == 0);
    CHECK(finished.first().at(1).toInt() == 5);
    CHECK(review->pendingCount() == pending - 1);
}

TEST_CASE("The import dialog's publication date is the articles' date, as --published is",
          "[window][import]")
{
    csto::test::BundledCopy copy;
    auto reference = copy.open();
    std::vector<std::filesystem::path> articles;
    for (const auto &entry : std::filesystem::directory_iterator(csto::test::articlesDir())) {
        if (entry.path().extension() == ".txt")
            articles.push_back(entry.path());
    }
    std::sort(articles.begin(), articles.end());
    REQUIRE(!articles.empty());
    // An article the knowledge base has not seen (the seed articles' sources are in it already,
    // with their dates): the first one with a line added.
    std::ifstream seed(articles.front(), std::ios::binary);
    const std::string text((std::istreambuf_iterator<char>(seed)),
                           std::istreambuf_iterator<char>());
    csto::test::TempDir dir;
    const auto article = dir.write("undated.txt", text + "\nA line only this copy has.\n");
    const QStringList files{QString::fromStdString(article.string())};

    ImportDialog dialog(files);
    // Not a date: refused with the reason, the dialog stays open.
    dialog.setPublishedText("2021-02-30");
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    bool named = false;
    for (const auto *label : dialog.findChildren<QLabel *>())
        named = named || (label->isVisibleTo(&dialog) && label->text().contains("2021-02-30"));
    CHECK(named);
    // Empty: the dateline decides.
    dialog.setPublishedText("  ");
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK_FALSE(dialog.published());
    // A partial date.
    dialog.setResult(QDialog::Rejected);
    dialog.setPublishedText("2019-11");
    dialog.accept();
    REQUIRE(dialog.result() == QDialog::Accepted);
    REQUIRE(dialog.published() == csto::PartialDate::month(2019, 11));

    std::set<std::string> before;
    for (const auto &source : reference->sources())
        before.insert(source.id);
    MainWindow window(copy.open(), copy.path());
    QSignalSpy finished(&window, &MainWindow::importFinished);
    window.importArticles(dialog.files(), dialog.published());
    REQUIRE(finished.wait(60000));
    REQUIRE(finished.first().at(0).toInt() == 1);
    int added = 0;
    for (const auto &source : reference->sources()) {
        if (before.contains(source.id))
            continue;
        ++added;
        CHECK(source.published == csto::PartialDate::month(2019, 11));
    }
    CHECK(added == 1);
}
