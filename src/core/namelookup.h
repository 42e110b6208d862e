// SPDX-License-Identifier: MIT
#pragma once

#include "knowledgebase.h"

#include <optional>
#include <string_view>

namespace csto {

// The entity `text` names in any grammatical form of one of its names or aliases («Казахстана»,
// «Совета коллективной безопасности»), as the importer finds mentions in articles: the exact
// lookup first (KnowledgeBase::findEntity: id, name or alias by the text key), then the
// gazetteer's word forms, when they read the whole text as one name. The second step reads every
// name of the knowledge base: it is for a command's argument, not for search as one types.
[[nodiscard]] std::optional<EntityHeader> findEntityInAnyForm(KnowledgeBase &kb,
                                                              std::string_view text);

} // namespace csto
