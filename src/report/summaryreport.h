// SPDX-License-Identifier: MIT
#pragma once

#include "reportdocument.h"

#include <core/knowledgebase.h>

namespace csto::report {

// Builds the briefs users hand to others, from the knowledge base:
// - an entity profile: what it is, where it sits (an organisation-chart excerpt for bodies), who
//   heads or chairs it, what it adopted, memberships and chairmanships for a state, offices for a
//   person, its events with the timeline picture, and the sources behind every fact;
// - for an operation or exercise, its history: aliases, purpose, who runs it, every event with
//   its participants and figures;
// - a timeline brief: all events in a range, optionally of one entity and its parts.
// Facts cite their sources by number; a "Sources" section lists each article with the facts
// citing it. Dates are printed as a person says them.
[[nodiscard]] ReportDocument entityReport(KnowledgeBase &kb, std::int64_t entityRowId);
// `progress` is told the share of the events read so far; when it returns false the brief
// stops and comes back empty.
[[nodiscard]] ReportDocument timelineBrief(KnowledgeBase &kb, const TimelineFilter &filter,
                                           const ReportDocument::Progress &progress = {});

} // namespace csto::report
