// SPDX-License-Identifier: MIT
#include "datasetjson.h"

#include "error.h"
#include "jsontext.h"
#include "utf8.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <functional>
#include <map>
#include <set>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

namespace csto {
namespace {

using Json = nlohmann::json;
using OrderedJson = nlohmann::ordered_json;

constexpr std::size_t kMaxNameBytes = 500;
constexpr std::size_t kMaxTextBytes = 20000;

bool isSlug(std::string_view text)
{
    if (text.empty() || text.size() > 120 || text.front() == '-' || text.back() == '-')
        return false;
    char previous = 0;
    for (const char c : text) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
        if (!ok || (c == '-' && previous == '-'))
            return false;
        previous = c;
    }
    return true;
}

// U+0000-U+001F but tab and line feed, DEL and U+0080-U+009F: a terminal acts on them (ESC,
// CSI) instead of printing them.
bool isControlCharacter(char32_t c)
{
    return (c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7f && c <= 0x9f);
}

bool isSpace(char32_t c)
{
    return c == ' ' || (c >= 0x09 && c <= 0x0d) || c == 0x85 || c == 0xa0 || c == 0x1680 ||
           (c >= 0x2000 && c <= 0x200b) || c == 0x2028 || c == 0x2029 || c == 0x202f ||
           c == 0x205f || c == 0x3000 || c == 0xfeff;
}

// The rules every string of the data obeys (names, roles, aliases, summaries, ids): not empty or
// only spaces, at most `maxBytes`, no control characters. Returns what is wrong, if anything.
std::optional<std::string> stringProblem(std::string_view text, std::size_t maxBytes)
{
    if (text.size() > maxBytes)
        return "longer than " + std::to_string(maxBytes) + " bytes";
    bool blank = true;
    bool control = false;
    utf8::forEachCodePoint(text, [&](char32_t c, std::string_view, bool) {
        blank = blank && isSpace(c);
        control = control || isControlCharacter(c);
    });
    if (blank)
        return std::string("must not be empty or only spaces");
    if (control)
        return std::string("contains a control character");
    return std::nullopt;
}

// Walks one JSON object, tracking its pointer so every error says where it is.
class ObjectReader
{
public:
    ObjectReader(const Json &value, std::string file, std::string pointer,
                 const std::initializer_list<std::string_view> &allowedKeys)
        : m_value(value), m_file(std::move(file)), m_pointer(std::move(pointer))
    {
        if (!value.is_object())
            fail("", "expected an object, found " + std::string(value.type_name()));
        for (const auto &[key, unused] : value.items()) {
            if (std::find(allowedKeys.begin(), allowedKeys.end(), key) == allowedKeys.end())
                fail("/" + key, "unknown field \"" + key + "\"");
        }
    }

    [[noreturn]] void fail(const std::string &subPointer, const std::string &problem) const
    {
        throw DataError(m_file, m_pointer + subPointer, problem);
    }

    [[nodiscard]] Location location() const { return {m_file, m_pointer}; }
    [[nodiscard]] const std::string &pointer() const { return m_pointer; }
    [[nodiscard]] const std::string &file() const { return m_file; }

    [[nodiscard]] const Json *find(std::string_view key) const
    {
        const auto it = m_value.find(key);
        return it == m_value.end() ? nullptr : &*it;
    }

    [[nodiscard]] std::optional<std::string> optionalString(std::string_view key,
                                                            std::size_t maxBytes) const
    {
        const Json *value = find(key);
        if (!value || value->is_null())
            return std::nullopt;
        const std::string where = "/" + std::string(key);
        if (!value->is_string())
            fail(where, "expected a string, found " + std::string(value->type_name()));
        const auto &text = value->get_ref<const std::string &>();
        if (const auto problem = stringProblem(text, maxBytes))
            fail(where, *problem);
        return text;
    }

    [[nodiscard]] std::string string(std::string_view key, std::size_t maxBytes) const
    {
        auto text = optionalString(key, maxBytes);
        if (!text)
            fail("/" + std::string(key), "missing required field \"" + std::string(key) + "\"");
        return *text;
    }

    [[nodiscard]] std::string slug(std::string_view key) const
    {
        std::string text = string(key, kMaxNameBytes);
        if (!isSlug(text))
            fail("/" + std::string(key), "\"" + text +
                                             "\" is not a valid id (lower-case letters, digits "
                                             "and single hyphens)");
        return text;
    }

    [[nodiscard]] std::optional<PartialDate> optionalDate(std::string_view key) const
    {
        const Json *value = find(key);
        if (!value || value->is_null())
            return std::nullopt;
        const std::string where = "/" + std::string(key);
        if (!value->is_string())
            fail(where, "expected a date string, found " + std::string(value->type_name()));
        try {
            return PartialDate::parse(value->get_ref<const std::string &>());
        } catch (const DateError &error) {
            fail(where, error.what());
        }
    }

    [[nodiscard]] bool optionalBool(std::string_view key) const
    {
        const Json *value = find(key);
        if (!value || value->is_null())
            return false;
        if (!value->is_boolean())
            fail("/" + std::string(key),
                 "expected true or false, found " + std::string(value->type_name()));
        return value->get<bool>();
    }

    [[nodiscard]] std::vector<std::string> stringArray(std::string_view key, bool required,
                                                       bool slugs) const
    {
        const Json *value = find(key);
        const std::string where = "/" + std::string(key);
        if (!value || value->is_null()) {
            if (required)
                fail(where, "missing required field \"" + std::string(key) + "\"");
            return {};
        }
        if (!value->is_array())
            fail(where, "expected an array, found " + std::string(value->type_name()));
        std::vector<std::string> result;
        for (std::size_t i = 0; i < value->size(); ++i) {
            const Json &item = (*value)[i];
            const std::string itemWhere = where + "/" + std::to_string(i);
            if (!item.is_string())
                fail(itemWhere, "expected a string, found " + std::string(item.type_name()));
            const auto &text = item.get_ref<const std::string &>();
            if (const auto problem = stringProblem(text, kMaxNameBytes))
                fail(itemWhere, *problem);
            if (slugs && !isSlug(text))
                fail(itemWhere, "\"" + text + "\" is not a valid id");
            if (std::find(result.begin(), result.end(), text) != result.end())
                fail(itemWhere, "\"" + text + "\" is listed twice");
            result.push_back(text);
        }
        if (required && result.empty())
            fail(where, "must list at least one");
        return result;
    }

private:
    const Json &m_value;
    std::string m_file;
    std::string m_pointer;
};

void checkSpan(const ObjectReader &reader, const std::optional<PartialDate> &start,
               const std::optional<PartialDate> &end, std::string_view startKey)
{
    if (!start || !end)
        return;
    if (start->hasYear() != end->hasYear())
        reader.fail("/end", "the end has " + std::string(end->hasYear() ? "a" : "no") +
                                " year but \"" + std::string(startKey) + "\" has " +
                                (start->hasYear() ? "one" : "none"));
    if (end->lastDayKey() < start->firstDayKey())
        reader.fail("/end",
                    end->toIso() + " is before " + std::string(startKey) + " " + start->toIso());
}

SourceRecord readSource(const ObjectReader &r)
{
    SourceRecord s;
    s.id = r.slug("id");
    s.publisher = r.string("publisher", kMaxNameBytes);
    s.published = r.optionalDate("published");
    s.title = r.string("title", kMaxNameBytes);
    s.language = r.string("language", 16);
    s.sha256 = r.optionalString("sha256", 64);
    if (s.sha256 && (s.sha256->size() != 64 ||
                     s.sha256->find_first_not_of("0123456789abcdef") != std::string::npos))
        r.fail("/sha256", "expected 64 lower-case hexadecimal digits");
    s.file = r.optionalString("file", kMaxNameBytes);
    s.where = r.location();
    return s;
}

EntityRecord readEntity(const ObjectReader &r)
{
    EntityRecord e;
    e.id = r.slug("id");
    const std::string kind = r.string("kind", 32);
    const auto parsedKind = entityKindFromString(kind);
    if (!parsedKind) {
        std::string allowed;
        for (const auto k : kAllEntityKinds)
            allowed += (allowed.empty() ? "" : ", ") + std::string(toString(k));
        r.fail("/kind", "unknown kind \"" + kind + "\" (expected one of: " + allowed + ")");
    }
    e.kind = *parsedKind;
    e.category = r.optionalString("category", 32);
    if (e.category) {
        const auto allowed = categoriesOf(e.kind);
        if (std::find(allowed.begin(), allowed.end(), *e.category) == allowed.end())
            r.fail("/category",
                   "\"" + *e.category + "\" is not a category of kind \"" + kind + "\"");
    }
    e.name = r.string("name", kMaxNameBytes);
    e.aliases = r.stringArray("aliases", false, false);
    if (const auto it = std::find(e.aliases.begin(), e.aliases.end(), e.name);
        it != e.aliases.end())
        r.fail("/aliases/" + std::to_string(it - e.aliases.begin()),
               "an alias repeats the name \"" + e.name + "\"");
    e.parent = r.optionalString("parent", kMaxNameBytes);
    if (e.parent && !isSlug(*e.parent))
        r.fail("/parent", "\"" + *e.parent + "\" is not a valid id");
    e.summary = r.string("summary", kMaxTextBytes);
    e.start = r.optionalDate("start");
    e.end = r.optionalDate("end");
    checkSpan(r, e.start, e.end, "start");
    e.ongoing = r.optionalBool("ongoing");
    if (e.ongoing && e.end)
        r.fail("/ongoing", "\"ongoing\" says it still exists, but it has an end (" +
                               e.end->toIso() + "); give one or the other");
    e.sources = r.stringArray("sources", true, true);
    e.where = r.location();
    return e;
}

EventRecord readEvent(const ObjectReader &r)
{
    EventRecord e;
    e.id = r.slug("id");
    const auto date = r.optionalDate("date");
    if (!date)
        r.fail("/date", "missing required field \"date\"");
    e.date = *date;
    e.end = r.optionalDate("end");
    checkSpan(r, e.date, e.end, "date");
    e.title = r.string("title", kMaxNameBytes);
    e.summary = r.string("summary", kMaxTextBytes);
    e.place = r.optionalString("place", kMaxNameBytes);
    e.participants = r.stringArray("participants", false, true);
    if (const Json *roles = r.find("roles"); roles && !roles->is_null()) {
        if (!roles->is_object())
            r.fail("/roles", "expected an object, found " + std::string(roles->type_name()));
        for (const auto &[id, role] : roles->items()) {
            const std::string where = "/roles/" + id;
            if (std::find(e.participants.begin(), e.participants.end(), id) == e.participants.end())
                r.fail(where, "\"" + id + "\" is not one of the participants");
            if (!role.is_string())
                r.fail(where, "expected a string, found " + std::string(role.type_name()));
            // The same rules as a relation's role.
            const auto &text = role.get_ref<const std::string &>();
            if (const auto problem = stringProblem(text, kMaxNameBytes))
                r.fail(where, *problem);
            e.roles.emplace_back(id, text);
        }
    }
    e.sources = r.stringArray("sources", true, true);
    e.where = r.location();
    return e;
}

RelationRecord readRelation(const ObjectReader &r)
{
    RelationRecord rel;
    rel.type = r.string("type", 64);
    const auto known = knownRelationTypes();
    if (std::find(known.begin(), known.end(), rel.type) == known.end())
        r.fail("/type", "unknown relation type \"" + rel.type + "\"");
    rel.from = r.slug("from");
    rel.to = r.slug("to");
    if (rel.from == rel.to)
        r.fail("/to", "a relation cannot point from \"" + rel.from + "\" to itself");
    rel.start = r.optionalDate("start");
    rel.end = r.optionalDate("end");
    checkSpan(r, rel.start, rel.end, "start");
    rel.ongoing = r.optionalBool("ongoing");
    if (rel.ongoing && rel.end)
        r.fail("/ongoing", "\"ongoing\" says the period runs on, but it has an end (" +
                               rel.end->toIso() + "); give one or the other");
    rel.role = r.optionalString("role", kMaxNameBytes);
    rel.summary = r.optionalString("summary", kMaxTextBytes);
    rel.sources = r.stringArray("sources", true, true);
    rel.where = r.location();
    return rel;
}

template <typename Record>
void readArray(const Json &document, const std::string &file, std::string_view key,
               const std::initializer_list<std::string_view> &allowedKeys,
               Record (*readOne)(const ObjectReader &), std::vector<Record> &out)
{
    const auto it = document.find(key);
    if (it == document.end() || it->is_null())
        return;
    const std::string pointer = "/" + std::string(key);
    if (!it->is_array())
        throw DataError(file, pointer, "expected an array, found " + std::string(it->type_name()));
    for (std::size_t i = 0; i < it->size(); ++i)
        out.push_back(
            readOne(ObjectReader((*it)[i], file, pointer + "/" + std::to_string(i), allowedKeys)));
}

OrderedJson dateOrNull(const std::optional<PartialDate> &date)
{
    return date ? OrderedJson(date->toIso()) : OrderedJson(nullptr);
}

OrderedJson stringOrNull(const std::optional<std::string> &text)
{
    return text ? OrderedJson(*text) : OrderedJson(nullptr);
}

template <typename Record>
void checkUnique(const std::vector<Record> &records, std::string_view what)
{
    std::unordered_map<std::string_view, const Record *> seen;
    for (const auto &record : records) {
        const auto [it, inserted] = seen.emplace(record.id, &record);
        if (!inserted)
            throw DataError(record.where.file, record.where.pointer + "/id",
                            "duplicate " + std::string(what) + " id \"" + record.id +
                                "\" (first defined in " + it->second->where.file + " at " +
                                it->second->where.pointer + ")");
    }
}

void checkSources(const std::vector<std::string> &sources, const Location &where,
                  const std::unordered_set<std::string_view> &known)
{
    for (std::size_t i = 0; i < sources.size(); ++i) {
        if (!known.contains(sources[i]))
            throw DataError(where.file, where.pointer + "/sources/" + std::to_string(i),
                            "unknown source \"" + sources[i] + "\"");
    }
}

const std::initializer_list<std::string_view> kSourceKeys = {
    "id", "publisher", "published", "title", "language", "sha256", "file"};
const std::initializer_list<std::string_view> kEntityKeys = {
    "id",      "kind",  "category", "name",    "aliases", "parent",
    "summary", "start", "end",      "ongoing", "sources"};
const std::initializer_list<std::string_view> kEventKeys = {
    "id", "date", "end", "title", "summary", "place", "participants", "roles", "sources"};
const std::initializer_list<std::string_view> kRelationKeys = {
    "type", "from", "to", "start", "end", "ongoing", "role", "summary", "sources"};

OrderedJson toJson(const SourceRecord &s)
{
    return {{"id", s.id},
            {"publisher", s.publisher},
            {"published", dateOrNull(s.published)},
            {"title", s.title},
            {"language", s.language},
            {"sha256", stringOrNull(s.sha256)},
            {"file", stringOrNull(s.file)}};
}

OrderedJson toJson(const EntityRecord &e)
{
    return {{"id", e.id},
            {"kind", toString(e.kind)},
            {"category", stringOrNull(e.category)},
            {"name", e.name},
            {"aliases", e.aliases},
            {"parent", stringOrNull(e.parent)},
            {"summary", e.summary},
            {"start", dateOrNull(e.start)},
            {"end", dateOrNull(e.end)},
            {"ongoing", e.ongoing},
            {"sources", e.sources}};
}

OrderedJson toJson(const EventRecord &e)
{
    OrderedJson roles = OrderedJson::object();
    for (const auto &[id, role] : e.roles)
        roles[id] = role;
    return {{"id", e.id},
            {"date", e.date.toIso()},
            {"end", dateOrNull(e.end)},
            {"title", e.title},
            {"summary", e.summary},
            {"place", stringOrNull(e.place)},
            {"participants", e.participants},
            {"roles", roles},
            {"sources", e.sources}};
}

OrderedJson toJson(const RelationRecord &r)
{
    return {{"type", r.type},
            {"from", r.from},
            {"to", r.to},
            {"start", dateOrNull(r.start)},
            {"end", dateOrNull(r.end)},
            {"ongoing", r.ongoing},
            {"role", stringOrNull(r.role)},
            {"summary", stringOrNull(r.summary)},
            {"sources", r.sources}};
}

} // namespace

Dataset parseDataset(std::string_view jsonText, const std::string &file)
{
    const Json document = parseJsonText(jsonText, file);
    if (!document.is_object())
        throw DataError(file, "", "expected a JSON object at the top level");
    for (const auto &[key, unused] : document.items()) {
        if (key != "format" && key != "sources" && key != "entities" && key != "events" &&
            key != "relations")
            throw DataError(file, "/" + key, "unknown field \"" + key + "\"");
    }
    const auto format = document.find("format");
    if (format == document.end())
        throw DataError(file, "/format",
                        "missing required field \"format\" (\"" + std::string(kFormatName) + "\")");
    if (!format->is_string())
        throw DataError(file, "/format",
                        "expected a string, found " + std::string(format->type_name()));
    if (const auto &name = format->get_ref<const std::string &>(); name != kFormatName)
        throw DataError(file, "/format",
                        "unsupported format \"" + name.substr(0, 40) + "\"; expected \"" +
                            std::string(kFormatName) + "\"");

    Dataset dataset;
    readArray(document, file, "sources", kSourceKeys, &readSource, dataset.sources);
    readArray(document, file, "entities", kEntityKeys, &readEntity, dataset.entities);
    readArray(document, file, "events", kEventKeys, &readEvent, dataset.events);
    readArray(document, file, "relations", kRelationKeys, &readRelation, dataset.relations);
    return dataset;
}

Dataset readDataset(const std::filesystem::path &fileOrFolder)
{
    std::vector<std::filesystem::path> files;
    std::error_code ec;
    if (std::filesystem::is_directory(fileOrFolder, ec)) {
        for (const auto &entry : std::filesystem::directory_iterator(fileOrFolder, ec)) {
            if (entry.is_regular_file() && entry.path().extension() == ".json")
                files.push_back(entry.path());
        }
        if (ec)
            throw DataError(fileOrFolder.string(), "", "cannot list the folder: " + ec.message());
        std::sort(files.begin(), files.end());
        if (files.empty())
            throw DataError(fileOrFolder.string(), "", "the folder holds no .json file");
    } else if (std::filesystem::exists(fileOrFolder, ec)) {
        files.push_back(fileOrFolder);
    } else {
        throw DataError(fileOrFolder.string(), "", "no such file or folder");
    }

    Dataset dataset;
    for (const auto &file : files)
        dataset.append(parseDataset(readTextFile(file, kMaxJsonBytes), file.string()));
    validateDataset(dataset);
    return dataset;
}

void validateDataset(const Dataset &dataset)
{
    checkUnique(dataset.sources, "source");
    checkUnique(dataset.entities, "entity");
    checkUnique(dataset.events, "event");
    // A hash identifies an article's text: two sources with one hash are one article twice.
    std::unordered_map<std::string_view, const SourceRecord *> hashes;
    for (const auto &source : dataset.sources) {
        if (!source.sha256)
            continue;
        if (const auto [it, inserted] = hashes.emplace(*source.sha256, &source); !inserted)
            throw DataError(source.where.file, source.where.pointer + "/sha256",
                            "source \"" + source.id + "\" has the same sha256 as source \"" +
                                it->second->id + "\" (" + it->second->where.file + " at " +
                                it->second->where.pointer + "): the same article twice");
    }

    std::unordered_set<std::string_view> sources;
    for (const auto &source : dataset.sources)
        sources.insert(source.id);
    std::unordered_map<std::string_view, const EntityRecord *> entities;
    for (const auto &entity : dataset.entities)
        entities.emplace(entity.id, &entity);

    for (const auto &entity : dataset.entities) {
        checkSources(entity.sources, entity.where, sources);
        if (entity.parent && !entities.contains(*entity.parent))
            throw DataError(entity.where.file, entity.where.pointer + "/parent",
                            "unknown parent \"" + *entity.parent + "\"");
    }
    // Walk up from every entity; more steps than entities means a cycle.
    for (const auto &entity : dataset.entities) {
        const EntityRecord *node = &entity;
        std::size_t steps = 0;
        while (node->parent) {
            node = entities.at(*node->parent);
            if (node == &entity || ++steps > dataset.entities.size())
                throw DataError(entity.where.file, entity.where.pointer + "/parent",
                                "the parent chain of \"" + entity.id + "\" loops back to itself");
        }
    }
    for (const auto &event : dataset.events) {
        checkSources(event.sources, event.where, sources);
        for (std::size_t i = 0; i < event.participants.size(); ++i) {
            if (!entities.contains(event.participants[i]))
                throw DataError(event.where.file,
                                event.where.pointer + "/participants/" + std::to_string(i),
                                "unknown participant \"" + event.participants[i] + "\"");
        }
    }
    // The same relation twice would be drawn and listed twice; periods differ by their dates.
    std::map<std::tuple<std::string_view, std::string_view, std::string_view, std::string,
                        std::string, std::string_view>,
             const RelationRecord *>
        relationKeys;
    for (const auto &relation : dataset.relations) {
        checkSources(relation.sources, relation.where, sources);
        const auto key = std::make_tuple(
            std::string_view(relation.type), std::string_view(relation.from),
            std::string_view(relation.to), relation.start ? relation.start->toIso() : "",
            relation.end ? relation.end->toIso() : "",
            std::string_view(relation.role.value_or("")));
        if (const auto [it, inserted] = relationKeys.emplace(key, &relation); !inserted)
            throw DataError(relation.where.file, relation.where.pointer,
                            "the same " + relation.type + " relation from \"" + relation.from +
                                "\" to \"" + relation.to +
                                "\" with the same dates and role is "
                                "already given (in " +
                                it->second->where.file + " at " + it->second->where.pointer + ")");
        if (!entities.contains(relation.from))
            throw DataError(relation.where.file, relation.where.pointer + "/from",
                            "unknown entity \"" + relation.from + "\"");
        if (!entities.contains(relation.to))
            throw DataError(relation.where.file, relation.where.pointer + "/to",
                            "unknown entity \"" + relation.to + "\"");
    }
}

std::string serialiseDataset(const Dataset &dataset)
{
    OrderedJson root;
    root["format"] = kFormatName;
    OrderedJson &sources = root["sources"] = OrderedJson::array();
    for (const auto &s : dataset.sources)
        sources.push_back(toJson(s));
    OrderedJson &entities = root["entities"] = OrderedJson::array();
    for (const auto &e : dataset.entities)
        entities.push_back(toJson(e));
    OrderedJson &events = root["events"] = OrderedJson::array();
    for (const auto &e : dataset.events)
        events.push_back(toJson(e));
    OrderedJson &relations = root["relations"] = OrderedJson::array();
    for (const auto &r : dataset.relations)
        relations.push_back(toJson(r));
    return root.dump(2) + "\n";
}

std::string serialiseRecord(const SourceRecord &record)
{
    return toJson(record).dump();
}

std::string serialiseRecord(const EntityRecord &record)
{
    return toJson(record).dump();
}

std::string serialiseRecord(const EventRecord &record)
{
    return toJson(record).dump();
}

std::string serialiseRecord(const RelationRecord &record)
{
    return toJson(record).dump();
}

void checkRecord(const SourceRecord &record)
{
    const Json json = toJson(record);
    (void)readSource(ObjectReader(json, "", "", kSourceKeys));
}

void checkRecord(const EntityRecord &record)
{
    const Json json = toJson(record);
    (void)readEntity(ObjectReader(json, "", "", kEntityKeys));
}

void checkRecord(const EventRecord &record)
{
    const Json json = toJson(record);
    (void)readEvent(ObjectReader(json, "", "", kEventKeys));
}

void checkRecord(const RelationRecord &record)
{
    const Json json = toJson(record);
    (void)readRelation(ObjectReader(json, "", "", kRelationKeys));
}

} // namespace csto
