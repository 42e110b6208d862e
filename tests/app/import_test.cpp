// SPDX-License-Identifier: MIT
#include "support/articles.h"
#include "support/bundledkb.h"

#include <QSignalSpy>

#include <catch2/catch.hpp>

#include <app/articleview.h>
#include <app/mainwindow.h>
#include <app/reviewpane.h>

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
