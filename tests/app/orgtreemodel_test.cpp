// SPDX-License-Identifier: MIT
#include "support/bundledkb.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>

#include <catch2/catch.hpp>

#include <app/orgtreemodel.h>

using csto::app::OrgTreeModel;

namespace {

QModelIndex childNamed(const QAbstractItemModel &model, const QModelIndex &parent,
                       const QString &prefix)
{
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const auto index = model.index(row, 0, parent);
        if (index.data().toString().startsWith(prefix))
            return index;
    }
    return {};
}

QStringList names(const QAbstractItemModel &model, const QModelIndex &parent)
{
    QStringList result;
    for (int row = 0; row < model.rowCount(parent); ++row)
        result << model.index(row, 0, parent).data().toString();
    return result;
}

} // namespace

TEST_CASE("The organisation tree passes the model tester, loaded lazily and fully", "[tree]")
{
    csto::test::BundledCopy copy;
    auto kb = copy.open();
    OrgTreeModel model(*kb);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.fetchAll();
    // The tester re-checks the whole model inside its reset handler; fetching there would insert
    // rows while the reset is still being reported, so it must not fetch on its own from now on.
    tester.setUseFetchMore(false);
    model.reload();
    model.fetchAll();
    CHECK(model.rowCount() >= 6);
}

TEST_CASE("The tree groups bodies, member states and the rest", "[tree]")
{
    csto::test::BundledCopy copy;
    auto kb = copy.open();
    OrgTreeModel model(*kb);

    const auto csto = childNamed(model, {}, "Collective Security Treaty Organization");
    REQUIRE(csto.isValid());
    CHECK(csto.data(OrgTreeModel::EntityIdRole).toString() == "csto");
    const auto statutory = childNamed(model, csto, "Statutory bodies");
    REQUIRE(statutory.isValid());
    CHECK(statutory.data(OrgTreeModel::IsGroupRole).toBool());
    CHECK(names(model, statutory).contains("Collective Security Council"));
    CHECK(childNamed(model, csto, "Subsidiary bodies").isValid());
    const auto forces = childNamed(model, csto, "Forces");
    REQUIRE(forces.isValid());
    const auto collective = childNamed(model, forces, "Collective Forces");
    REQUIRE(collective.isValid());
    REQUIRE(model.canFetchMore(collective));
    model.fetchMore(collective);
    CHECK(names(model, collective).contains("Collective Rapid Reaction Forces"));

    const auto states = childNamed(model, {}, "Member states");
    REQUIRE(states.isValid());
    const auto current = childNamed(model, states, "Current members");
    const auto former = childNamed(model, states, "Former members");
    REQUIRE(current.isValid());
    REQUIRE(former.isValid());
    CHECK(current.data().toString() == "Current members (6)");
    // "Current" as of the newest source, not today.
    CHECK(current.data(Qt::ToolTipRole).toString().contains("sources up to December 2020"));
    CHECK(names(model, current) ==
          QStringList{"Armenia", "Belarus", "Kazakhstan", "Kyrgyzstan", "Russia", "Tajikistan"});
    CHECK(names(model, former).contains("Uzbekistan"));
    CHECK(names(model, former).contains("Georgia"));

    for (const char *group :
         {"Operations and exercises", "People", "Documents", "Partners and observers"})
        CHECK(childNamed(model, {}, group).isValid());
    // Groups of every operation, person and document are filled when first expanded.
    const auto operations = childNamed(model, {}, "Operations and exercises");
    CHECK(operations.data().toString() == "Operations and exercises (6)");
    CHECK(model.hasChildren(operations));
    CHECK(model.rowCount(operations) == 0);
    REQUIRE(model.canFetchMore(operations));
    model.fetchMore(operations);
    CHECK_FALSE(model.canFetchMore(operations));
    CHECK(model.rowCount(operations) == 6);
    CHECK(names(model, operations).contains("Channel"));
    CHECK(names(model, operations).contains("Enduring Brotherhood 2020"));
}

TEST_CASE("Entity children load on demand", "[tree]")
{
    csto::test::BundledCopy copy;
    auto kb = copy.open();
    OrgTreeModel model(*kb);
    const auto csto = model.index(0, 0);
    const auto forces = childNamed(model, csto, "Forces");
    // Some force or body has parts of its own: before fetching they are announced, not loaded.
    bool sawLazyNode = false;
    for (int row = 0; row < model.rowCount(forces); ++row) {
        const auto force = model.index(row, 0, forces);
        if (model.canFetchMore(force)) {
            sawLazyNode = true;
            CHECK(model.hasChildren(force));
            CHECK(model.rowCount(force) == 0);
            model.fetchMore(force);
            CHECK(model.rowCount(force) > 0);
            CHECK_FALSE(model.canFetchMore(force));
        }
    }
    const auto rowId = kb->findEntity("collective-security-council")->rowId;
    const auto found = model.indexOfEntity(rowId);
    REQUIRE(found.isValid());
    CHECK(found.data().toString() == "Collective Security Council");
    INFO("a lazy node was " << (sawLazyNode ? "" : "not ") << "seen");
}

TEST_CASE("The filter keeps matching nodes and their ancestors", "[tree]")
{
    csto::test::BundledCopy copy;
    auto kb = copy.open();
    OrgTreeModel model(*kb);
    model.fetchAll();
    QSortFilterProxyModel filter;
    filter.setSourceModel(&model);
    filter.setRecursiveFilteringEnabled(true);
    filter.setFilterCaseSensitivity(Qt::CaseSensitive);
    filter.setFilterRole(OrgTreeModel::FilterKeyRole);

    filter.setFilterFixedString(OrgTreeModel::filterKey("security COUNCIL"));
    const auto csto = childNamed(filter, {}, "Collective Security Treaty Organization");
    REQUIRE(csto.isValid());
    const auto statutory = childNamed(filter, csto, "Statutory bodies");
    REQUIRE(statutory.isValid());
    CHECK(names(filter, statutory).contains("Collective Security Council"));
    CHECK_FALSE(names(filter, statutory).contains("Secretariat"));
    CHECK_FALSE(childNamed(filter, {}, "People").isValid());

    filter.setFilterFixedString(OrgTreeModel::filterKey("nayomnik")); // an alias, not the name
    const auto operations = childNamed(filter, {}, "Operations and exercises");
    REQUIRE(operations.isValid());
    CHECK(names(filter, operations) == QStringList{"Mercenary"});

    // Cyrillic in lower case, and е for ё: the same key as the command line's lookups.
    filter.setFilterFixedString(OrgTreeModel::filterKey("наемник"));
    REQUIRE(childNamed(filter, {}, "Operations and exercises").isValid());
    CHECK(names(filter, childNamed(filter, {}, "Operations and exercises")) ==
          QStringList{"Mercenary"});
    filter.setFilterFixedString(OrgTreeModel::filterKey("кризисный центр одкб"));
    const auto organisation = childNamed(filter, {}, "Collective Security Treaty Organization");
    REQUIRE(organisation.isValid());
    CHECK_FALSE(childNamed(filter, {}, "People").isValid());
    CHECK_FALSE(childNamed(filter, {}, "Operations and exercises").isValid());
}

TEST_CASE("Large groups can be counted after the first paint", "[tree]")
{
    csto::test::BundledCopy copy;
    auto kb = copy.open();
    OrgTreeModel model(*kb, OrgTreeModel::GroupCounts::Later);
    const auto people = childNamed(model, {}, "People");
    REQUIRE(people.isValid());
    CHECK(model.hasChildren(people));
    model.setKindCounts(kb->counts().entities);
    CHECK(people.data().toString() == "People (13)");
    model.fetchMore(people);
    CHECK(model.rowCount(people) == 13);
}
