// SPDX-License-Identifier: MIT
#include <core/utf8.h>

#include <catch2/catch.hpp>

using namespace csto;

TEST_CASE("UTF-8 validation finds the first bad byte", "[utf8]")
{
    CHECK_FALSE(utf8::firstInvalidByte("plain ASCII").has_value());
    CHECK_FALSE(utf8::firstInvalidByte("Совет коллективной безопасности 😀").has_value());
    CHECK(utf8::firstInvalidByte("ab\xff") == 2u);
    CHECK(utf8::firstInvalidByte("\xe2\x82") == 0u);         // truncated
    CHECK(utf8::firstInvalidByte("ok\xc0\x80") == 2u);       // overlong NUL
    CHECK(utf8::firstInvalidByte("\xf4\x90\x80\x80") == 0u); // past U+10FFFF
}

TEST_CASE("UTF-8 truncation never cuts a character", "[utf8]")
{
    const std::string text = "Ёж"; // 4 bytes
    CHECK(utf8::truncate(text, 3) == "Ё");
    CHECK(utf8::truncate(text, 1).empty());
    CHECK(utf8::truncate(text, 10) == text);
}
