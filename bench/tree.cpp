// SPDX-License-Identifier: MIT
// 5. Expanding the tree node with the most children (the people of the synthetic file): the
// first page of children and the rows on screen, against reading every child's row raw.
#include "measure.h"

#include <core/sqliteknowledgebase.h>
#include <render/labels.h>

#include <app/orgtreemodel.h>
#include <stdexcept>

namespace csto::bench {

std::vector<Result> runTreeExpansion(const Context &context)
{
    std::vector<double> ours;
    std::vector<double> floor;
    int children = 0;
    for (int run = 0; run < (context.quick ? 2 : 5); ++run) {
        auto kb = SqliteKnowledgeBase(schema::open(context.synthFile, schema::Access::ReadOnly));
        app::OrgTreeModel model(kb);
        const QString people = render::kindPluralLabel(EntityKind::Person);
        QModelIndex group;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex index = model.index(row, 0);
            if (index.data().toString().startsWith(people))
                group = index;
        }
        if (!group.isValid() || !model.canFetchMore(group))
            throw std::runtime_error("no unexpanded group of people in the tree");
        Stopwatch watch;
        model.fetchMore(group);
        // What the view asks for right after: the rows on screen.
        for (int row = 0; row < std::min(model.rowCount(group), 60); ++row)
            (void)model.index(row, 0, group).data();
        ours.push_back(watch.milliseconds());
        constexpr EntityKind kPeople[] = {EntityKind::Person};
        children = kb.countOfKinds(kPeople);

        Stopwatch rawWatch;
        auto stmt = kb.database().prepare("SELECT id, slug, kind, category, name FROM entities "
                                          "WHERE kind = 'person' ORDER BY name");
        int rows = 0;
        while (stmt.step())
            ++rows;
        floor.push_back(rawWatch.milliseconds());
    }
    Result result{"expand a tree node of " + std::to_string(children) + " children",
                  median(ours),
                  "ms",
                  median(floor),
                  "< 50 ms",
                  false};
    result.ok = result.value < 50;
    return {result};
}

} // namespace csto::bench
