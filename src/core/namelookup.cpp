// SPDX-License-Identifier: MIT
#include "namelookup.h"

#include "extract/gazetteer.h"

namespace csto {

std::optional<EntityHeader> findEntityInAnyForm(KnowledgeBase &kb, std::string_view text)
{
    if (auto exact = kb.findEntity(text))
        return exact;
    const auto first = text.find_first_not_of(" \t");
    const auto last = text.find_last_not_of(" \t");
    if (first == std::string_view::npos)
        return std::nullopt;
    const std::string_view trimmed = text.substr(first, last - first + 1);
    extract::Gazetteer gazetteer;
    for (const auto &[name, rowId] : kb.allNames())
        gazetteer.add(name, rowId);
    gazetteer.build();
    const auto mentions = gazetteer.find(trimmed);
    if (mentions.size() != 1 || mentions.front().offset != 0 ||
        mentions.front().length != trimmed.size())
        return std::nullopt;
    return kb.entity(mentions.front().entityRowId);
}

} // namespace csto
