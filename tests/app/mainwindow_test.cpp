// SPDX-License-Identifier: MIT
#include "support/bundledkb.h"

#include <QLineEdit>
#include <QTextBlock>
#include <QTreeView>

#include <catch2/catch.hpp>

#include <app/detailview.h>
#include <app/mainwindow.h>
#include <app/orgtreemodel.h>

using csto::app::MainWindow;

namespace {

QString cardTitle(MainWindow &window)
{
    return window.detailView()->document()->firstBlock().text();
}

QSet<qint64> eventsOf(csto::KnowledgeBase &kb, const char *id)
{
    csto::TimelineFilter filter;
    filter.entityRowId = kb.findEntity(id)->rowId;
    QSet<qint64> ids;
    for (const auto &e : kb.timeline(filter))
        ids.insert(e.rowId);
    return ids;
}

// The entity ids the tree shows, every level.
QStringList shownEntities(const QAbstractItemModel &model, const QModelIndex &parent = {})
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const auto index = model.index(row, 0, parent);
        const auto id = index.data(csto::app::OrgTreeModel::EntityIdRole).toString();
        if (!id.isEmpty())
            ids << id;
        ids << shownEntities(model, index);
    }
    return ids;
}

} // namespace

TEST_CASE("The filter box matches Cyrillic names in any case, ё as е", "[window]")
{
    csto::test::BundledCopy copy;
    MainWindow window(copy.open(), copy.path());
    window.show();
    auto *filter = window.findChild<QLineEdit *>(QStringLiteral("treeFilter"));
    REQUIRE(filter);
    const auto &tree = *window.treeView()->model();

    filter->setText(QStringLiteral("одкб")); // an alias of the organisation and of its bodies
    auto shown = shownEntities(tree);
    CHECK(shown.contains("csto"));
    CHECK(shown.contains("joint-staff"));
    CHECK_FALSE(shown.contains("channel"));

    filter->setText(QStringLiteral("НАЕМНИК")); // Наёмник
    shown = shownEntities(tree);
    CHECK(shown.contains("mercenary"));
    CHECK_FALSE(shown.contains("joint-staff"));

    filter->setText(QStringLiteral("Straße nowhere"));
    CHECK(shownEntities(tree).isEmpty());
    filter->clear();
    CHECK(shownEntities(tree).contains("channel"));
}

TEST_CASE("Selecting in the tree shows the card and highlights the events", "[window]")
{
    csto::test::BundledCopy copy;
    auto reference = copy.open();
    MainWindow window(copy.open(), copy.path());
    window.show();

    auto *tree = window.treeView();
    const auto council = reference->findEntity("collective-security-council");
    REQUIRE(council);
    REQUIRE(window.navigate("atlas:entity/collective-security-council"));
    CHECK(cardTitle(window) == "Collective Security Council");
    CHECK(tree->currentIndex().data(csto::app::OrgTreeModel::EntityIdRole).toString() ==
          "collective-security-council");
    const auto expected = eventsOf(*reference, "collective-security-council");
    CHECK_FALSE(expected.isEmpty());
    CHECK(window.highlightedEvents() == expected);

    // Choosing another node in the tree is a navigation step too.
    const auto root = tree->model()->index(0, 0);
    tree->setCurrentIndex(root);
    CHECK(window.currentLink() == "atlas:entity/csto");
    CHECK(cardTitle(window) == "Collective Security Treaty Organization");
    CHECK(window.highlightedEvents() == eventsOf(*reference, "csto"));
}

TEST_CASE("A card link navigates, selects in the tree and is a history step", "[window]")
{
    csto::test::BundledCopy copy;
    MainWindow window(copy.open(), copy.path());
    window.show();
    REQUIRE(window.navigate("atlas:entity/collective-security-council"));
    const int before = window.history().canGoBack() ? 1 : 0;
    emit window.detailView()->anchorClicked(QUrl("atlas:entity/csto"));
    CHECK(window.currentLink() == "atlas:entity/csto");
    CHECK(window.treeView()->currentIndex().data(csto::app::OrgTreeModel::EntityIdRole) == "csto");
    CHECK(window.history().canGoBack());
    CHECK(before == 0);

    // Links to anything but atlas: places are ignored.
    emit window.detailView()->anchorClicked(QUrl("file:///etc/passwd"));
    CHECK(window.currentLink() == "atlas:entity/csto");
}

TEST_CASE("Back and forward walk the history like a browser", "[window]")
{
    csto::test::BundledCopy copy;
    MainWindow window(copy.open(), copy.path());
    window.show();
    const QStringList places = {"atlas:entity/csto", "atlas:entity/collective-security-council",
                                "atlas:entity/mercenary", "atlas:entity/armenia"};
    for (const auto &place : places)
        REQUIRE(window.navigate(place));
    window.goBack();
    CHECK(window.currentLink() == places[2]);
    CHECK(cardTitle(window) == "Mercenary");
    window.goBack();
    CHECK(window.currentLink() == places[1]);
    window.goForward();
    CHECK(window.currentLink() == places[2]);
    REQUIRE(window.navigate("atlas:entity/russia"));
    CHECK_FALSE(window.history().canGoForward());
    window.goBack();
    CHECK(window.currentLink() == places[2]);
    CHECK_FALSE(window.navigate("atlas:entity/no-such-thing"));
    CHECK(window.currentLink() == places[2]);
}
