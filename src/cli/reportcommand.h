// SPDX-License-Identifier: MIT
#pragma once

#include <core/partialdate.h>

#include <cstdint>
#include <optional>
#include <string>

namespace csto {
class KnowledgeBase;
}

namespace csto::cli {

// What `csto-kb report` was asked for.
struct ReportRequest
{
    std::string output;
    bool timeline = false;
    std::optional<std::int64_t> entityRowId;
    std::optional<PartialDate> from;
    std::optional<PartialDate> to;
    bool letter = false;
};

// Writes the PDF (starting Qt's GUI layer on the offscreen platform, so no display is needed)
// and returns its page count; throws WriteError if the file cannot be written.
int writeReport(KnowledgeBase &kb, const ReportRequest &request);

} // namespace csto::cli
