// SPDX-License-Identifier: MIT
#pragma once

#include "membershipchart.h"

#include <core/knowledgebase.h>

#include <vector>

namespace csto::render {

// The periods the membership chart draws, read from the knowledge base with their sources and
// summaries. For an organisation: every state's membership of it (member_of), participation in a
// treaty that established it (party_to a document with an `established` relation to it) and
// chairmanship of it or of a body below it (chairs). For a state: all of its own memberships,
// treaty participations and chairmanships. Names are shown in the interface's language
// (displayName); rowKey is the state's id; links and notes are left to the caller.
[[nodiscard]] std::vector<MembershipPeriod> membershipPeriods(KnowledgeBase &kb,
                                                              const EntityHeader &subject);

} // namespace csto::render
