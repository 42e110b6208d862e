// SPDX-License-Identifier: MIT
#include "jsontext.h"

#include "error.h"

#include <fstream>
#include <system_error>

namespace csto {

std::string readTextFile(const std::filesystem::path &path, std::size_t maxBytes)
{
    const std::string name = path.string();
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec))
        throw DataError(name, "", "is a folder, not a file");
    const auto size = std::filesystem::file_size(path, ec);
    if (ec)
        throw DataError(name, "", "cannot read: " + ec.message());
    if (size > maxBytes)
        throw DataError(name, "",
                        "file is " + std::to_string(size) + " bytes; the limit is " +
                            std::to_string(maxBytes));
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw DataError(name, "", "cannot open for reading");
    std::string text(static_cast<std::size_t>(size), '\0');
    in.read(text.data(), static_cast<std::streamsize>(size));
    if (static_cast<std::uintmax_t>(in.gcount()) != size)
        throw DataError(name, "", "cannot read the whole file");
    return text;
}

void checkJsonDepth(std::string_view text, const std::string &file)
{
    int depth = 0;
    bool inString = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            if (++depth > kMaxJsonDepth)
                throw DataError(file, "",
                                "JSON nested deeper than " + std::to_string(kMaxJsonDepth) +
                                    " levels (at byte " + std::to_string(i) + ")");
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
}

} // namespace csto
