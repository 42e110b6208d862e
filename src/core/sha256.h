// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>

namespace csto {

// SHA-256 of `bytes` as 64 lower-case hexadecimal digits (FIPS 180-4): the content hash that
// recognises an article imported twice.
[[nodiscard]] std::string sha256Hex(std::string_view bytes);

} // namespace csto
