// SPDX-License-Identifier: MIT
#include "knowledgebase.h"

#include "sqliteknowledgebase.h"

namespace csto {

std::string_view toString(SearchHit::Type type) noexcept
{
    switch (type) {
    case SearchHit::Type::Entity:
        return "entity";
    case SearchHit::Type::Event:
        return "event";
    case SearchHit::Type::Source:
        return "source";
    }
    return "entity";
}

bool isCurrentMembership(const RelationView &relation) noexcept
{
    return (relation.type == "member_of" || relation.type == "party_to") && relation.ongoing;
}

std::unique_ptr<KnowledgeBase> KnowledgeBase::open(const std::filesystem::path &path,
                                                   schema::Access access)
{
    return std::make_unique<SqliteKnowledgeBase>(schema::open(path, access));
}

} // namespace csto
