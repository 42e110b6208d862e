// SPDX-License-Identifier: MIT
#include "membershipdata.h"

#include "labels.h"

#include <map>
#include <set>

namespace csto::render {
std::vector<MembershipPeriod> membershipPeriods(KnowledgeBase &kb, const EntityHeader &subject)
{
    const bool forState = subject.kind == EntityKind::State;
    std::map<std::int64_t, QString> names;
    const auto nameOf = [&](const EntityHeader &entity) {
        auto it = names.find(entity.rowId);
        if (it == names.end())
            it = names.emplace(entity.rowId, displayName(kb, entity)).first;
        return it->second;
    };
    // Whether `rowId` is the organisation or sits below it in the tree.
    std::map<std::int64_t, bool> within{{subject.rowId, true}};
    const auto isWithin = [&](std::int64_t rowId) {
        std::vector<std::int64_t> chain;
        std::optional<std::int64_t> at = rowId;
        bool result = false;
        std::set<std::int64_t> seen;
        while (at && seen.insert(*at).second) {
            if (const auto known = within.find(*at); known != within.end()) {
                result = known->second;
                break;
            }
            chain.push_back(*at);
            const auto card = kb.entityCard(*at);
            at = card && card->parent ? std::optional(card->parent->rowId) : std::nullopt;
        }
        for (const auto id : chain)
            within[id] = result;
        return result;
    };
    std::set<std::int64_t> treaties;
    if (!forState) {
        for (const auto &r : kb.relationsOfType("established")) {
            if (r.to.rowId == subject.rowId && r.from.kind == EntityKind::Document)
                treaties.insert(r.from.rowId);
        }
    }

    std::vector<MembershipPeriod> periods;
    for (const auto kind :
         {PeriodKind::TreatyParty, PeriodKind::Membership, PeriodKind::Chairmanship}) {
        for (const auto &r : kb.relationsOfType(relationType(kind))) {
            if (r.from.kind != EntityKind::State)
                continue;
            bool wanted = false;
            if (forState)
                wanted = r.from.rowId == subject.rowId;
            else if (kind == PeriodKind::TreatyParty)
                wanted = treaties.contains(r.to.rowId);
            else if (kind == PeriodKind::Membership)
                wanted = r.to.rowId == subject.rowId;
            else
                wanted = isWithin(r.to.rowId);
            if (!wanted)
                continue;
            MembershipPeriod period;
            period.rowKey = QString::fromStdString(r.from.id);
            period.state = nameOf(r.from);
            period.kind = kind;
            period.start = r.start;
            period.end = r.end;
            period.ongoing = r.ongoing;
            period.currentMembership = isCurrentMembership(r);
            period.body = nameOf(r.to);
            period.summary = QString::fromStdString(r.summary.value_or(std::string()));
            for (const auto &source : r.sources)
                period.sources << QString::fromStdString(source);
            periods.push_back(std::move(period));
        }
    }
    return periods;
}

} // namespace csto::render
