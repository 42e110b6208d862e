// SPDX-License-Identifier: MIT
#include "paths.h"

#include "database.h"
#include "error.h"
#include "schema.h"

#include <cstdlib>
#include <random>

namespace csto {
namespace {

std::optional<std::filesystem::path> environmentPath(const char *name)
{
    const char *value = std::getenv(name);
    if (!value || !*value)
        return std::nullopt;
    return std::filesystem::path(value);
}

} // namespace

std::filesystem::path defaultDatabasePath()
{
    std::filesystem::path dataHome;
    if (auto xdg = environmentPath("XDG_DATA_HOME"); xdg && xdg->is_absolute())
        dataHome = *xdg;
    else if (auto home = environmentPath("HOME"))
        dataHome = *home / ".local" / "share";
    else
        dataHome = std::filesystem::current_path();
    return dataHome / "csto-atlas" / "csto-atlas.db";
}

std::optional<std::filesystem::path> bundledDatabasePath()
{
    if (auto fromEnvironment = environmentPath("CSTO_ATLAS_BUNDLED_DB"))
        return fromEnvironment;
    std::error_code ec;
    const auto program = std::filesystem::read_symlink("/proc/self/exe", ec);
    if (ec)
        return std::nullopt;
    auto candidate = program.parent_path().parent_path() / "share" / "csto-atlas" / "csto-atlas.db";
    if (!std::filesystem::exists(candidate, ec))
        return std::nullopt;
    return candidate;
}

std::filesystem::path ensureDefaultDatabase()
{
    const auto target = defaultDatabasePath();
    std::error_code ec;
    if (std::filesystem::exists(target, ec))
        return target;
    const auto bundled = bundledDatabasePath();
    if (!bundled)
        throw Error("no knowledge base at " + target.string() +
                    " and no bundled knowledge base to create it from (set "
                    "CSTO_ATLAS_BUNDLED_DB or pass --db FILE)");
    std::filesystem::create_directories(target.parent_path(), ec);
    if (ec)
        throw Error("cannot create " + target.parent_path().string() + ": " + ec.message());
    // Copy under a temporary name, then rename: a second process never sees half a file.
    auto temporary = target;
    temporary += ".partial-" + std::to_string(std::random_device{}());
    try {
        Database source = schema::open(*bundled, schema::Access::ReadOnly);
        source.backupTo(temporary);
        std::filesystem::rename(temporary, target);
    } catch (...) {
        std::filesystem::remove(temporary, ec);
        throw;
    }
    return target;
}

} // namespace csto
