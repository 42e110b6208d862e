// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

// Minimal UTF-8 decoding for the Qt-free core: enough to validate text and walk code points.
namespace csto::utf8 {

struct Decoded
{
    char32_t codePoint; // U+FFFD when invalid
    std::size_t length; // bytes consumed, at least 1
    bool valid;
};

// Decodes the sequence at the start of `text` (which must not be empty). Overlong forms,
// surrogates and code points past U+10FFFF are invalid and consume one byte.
[[nodiscard]] Decoded decode(std::string_view text) noexcept;

// Byte offset of the first invalid sequence, or nullopt if `text` is valid UTF-8.
[[nodiscard]] std::optional<std::size_t> firstInvalidByte(std::string_view text) noexcept;

// The longest prefix of at most `maxBytes` that does not cut a sequence in two.
[[nodiscard]] std::string_view truncate(std::string_view text, std::size_t maxBytes) noexcept;

template <typename Visitor> void forEachCodePoint(std::string_view text, Visitor &&visit)
{
    while (!text.empty()) {
        const Decoded d = decode(text);
        visit(d.codePoint, text.substr(0, d.length), d.valid);
        text.remove_prefix(d.length);
    }
}

} // namespace csto::utf8
