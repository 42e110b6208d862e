// SPDX-License-Identifier: MIT
#include "jsontext.h"

#include "error.h"
#include "utf8.h"

#include <fstream>
#include <system_error>
#include <unordered_set>
#include <vector>

namespace csto {
namespace {

// "~" and "/" are escaped in a JSON pointer's segments (RFC 6901).
std::string pointerSegment(std::string_view key)
{
    std::string segment;
    for (const char c : key) {
        if (c == '~')
            segment += "~0";
        else if (c == '/')
            segment += "~1";
        else
            segment += c;
    }
    return segment;
}

// Follows the parser's events to know, at every key, the JSON pointer of the object it is in and
// the keys that object already has.
class DuplicateKeyGuard
{
public:
    explicit DuplicateKeyGuard(std::string file) : m_file(std::move(file)) {}

    bool onEvent(nlohmann::json::parse_event_t event, const nlohmann::json &parsed)
    {
        using Event = nlohmann::json::parse_event_t;
        switch (event) {
        case Event::object_start:
        case Event::array_start:
            enterElement();
            m_frames.push_back({event == Event::array_start, 0, {}, {}});
            break;
        case Event::object_end:
        case Event::array_end:
            m_frames.pop_back();
            break;
        case Event::key: {
            Frame &object = m_frames.back();
            const auto &key = parsed.get_ref<const std::string &>();
            if (!object.keys.insert(key).second)
                throw DataError(m_file, pointer() + "/" + pointerSegment(key),
                                "the key \"" + std::string(utf8::truncate(key, 100)) +
                                    "\" is given twice in one object");
            object.segment = pointerSegment(key);
            break;
        }
        case Event::value:
            enterElement();
            break;
        }
        return true;
    }

private:
    struct Frame
    {
        bool isArray;
        std::size_t nextIndex;
        std::string segment; // the key or index of the member being read
        std::unordered_set<std::string> keys;
    };

    void enterElement()
    {
        if (!m_frames.empty() && m_frames.back().isArray) {
            Frame &array = m_frames.back();
            array.segment = std::to_string(array.nextIndex++);
        }
    }

    // The pointer of the innermost open object or array.
    [[nodiscard]] std::string pointer() const
    {
        std::string result;
        for (std::size_t i = 0; i + 1 < m_frames.size(); ++i)
            result += "/" + m_frames[i].segment;
        return result;
    }

    std::string m_file;
    std::vector<Frame> m_frames;
};

} // namespace

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

nlohmann::json parseJsonText(std::string_view text, const std::string &file)
{
    if (text.empty() || text.find_first_not_of(" \t\r\n") == std::string_view::npos)
        throw DataError(file, "", "the file is empty");
    checkJsonDepth(text, file);
    DuplicateKeyGuard guard(file);
    try {
        return nlohmann::json::parse(
            text, [&guard](int, nlohmann::json::parse_event_t event, nlohmann::json &parsed) {
                return guard.onEvent(event, parsed);
            });
    } catch (const nlohmann::json::exception &error) {
        // Syntax errors, and numbers out of range ("1e999"): nlohmann's messages start with a
        // tag such as "[json.exception.parse_error.101] ", which is dropped.
        std::string message = error.what();
        if (const auto end = message.find("] ");
            message.starts_with("[json") && end != std::string::npos)
            message.erase(0, end + 2);
        throw DataError(file, "", "invalid JSON: " + message);
    }
}

} // namespace csto
