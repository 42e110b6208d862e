// SPDX-License-Identifier: MIT
#pragma once

#include <span>
#include <string_view>

namespace csto::extract {

// A member state of the United Nations by its short English name and its Russian name in the
// nominative, as news texts write them. The list of states is closed and changes about once a
// decade, so it is data: a capitalised name in the list is a state, whatever the sentence
// around it, and nothing outside it is.
struct StateName
{
    std::string_view english;
    std::string_view russian;
};

[[nodiscard]] std::span<const StateName> unMemberStates() noexcept;

} // namespace csto::extract
