// SPDX-License-Identifier: MIT
// Counted set: damaged knowledge-base files through csto-kb (check, search and one more command
// each) and, for a sample, the window offscreen (csto-atlas --db FILE with --select, --search or
// --membership; CSTO_QUIT_AFTER_MS makes it quit a second after start-up, past any message box).
// The bases are the bundled knowledge base and a copy with an imported article (so articles,
// proposals and evidence have rows to damage). The first cases are fixed kinds of damage (every odd
// user_version, files that are no knowledge base, dropped tables, stored invalid dates and names,
// an emptied search index, WAL and hot-journal states); the rest are random flipped bytes,
// truncations and zeroed pages.
//
// Verdict per command: it exits normally (no signal, no sanitizer report) with a documented code
// and a message when not 0; a refused file and its -wal/-journal are byte-identical afterwards
// and nothing is left beside them; read-only commands modify nothing (a hot journal may be
// rolled back); `check` neither says "sound" for a file that is not, nor gives up (exit 4) on a
// file the other commands read; no library exception text reaches the user.
#include "countedset.h"
#include "support/articles.h"

#include <core/schema.h>

#include <sqlite3.h>

#include <climits>
#include <stdexcept>

using namespace csto;
using namespace csto::robustness;

namespace {

constexpr const char *kSet = "damaged databases";
constexpr int kRandomCases = 54;
constexpr int kWindowEvery = 9; // random cases whose file the window also opens
constexpr std::size_t kPageSize = 4096;
constexpr int kCurrentVersion = csto::schema::kCurrentVersion;

enum class Expect
{
    Sound,    // undamaged: every command works and check says sound
    NotSound, // readable but wrong: check must not say sound
    Refused,  // not a knowledge base: refused by everyone, untouched
    Either    // random damage: anything but a crash, a modified refused file or a false "sound"
};

using Folder = std::map<std::string, std::string>; // file name -> bytes

struct Damage
{
    std::string kind;
    Expect expect = Expect::Either;
    Folder files;
    bool hotJournal = false;
    bool window = true; // the window opens it too (a fixed case that adds nothing to it: false)
};

void requireOk(int code, sqlite3 *db, const std::string &what)
{
    if (code != SQLITE_OK)
        throw std::runtime_error(what + ": " + (db ? sqlite3_errmsg(db) : sqlite3_errstr(code)));
}

// Runs SQL on a file with the raw C API (test damage only: defensive mode off, so FTS5's shadow
// tables can be written). With keepWal, the committed work stays in the -wal on close.
void execute(const std::filesystem::path &file, const std::string &script, bool keepWal = false)
{
    sqlite3 *raw = nullptr;
    const int opened = sqlite3_open_v2(file.c_str(), &raw, SQLITE_OPEN_READWRITE, nullptr);
    std::unique_ptr<sqlite3, decltype(&sqlite3_close)> db(raw, sqlite3_close);
    requireOk(opened, raw, "open " + file.string());
    if (keepWal)
        sqlite3_db_config(raw, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
    requireOk(sqlite3_exec(raw, script.c_str(), nullptr, nullptr, nullptr), raw, script);
}

Folder readFolder(const std::filesystem::path &folder)
{
    Folder files;
    for (const auto &entry : std::filesystem::directory_iterator(folder))
        if (entry.is_regular_file() && !entry.path().filename().string().ends_with("-shm"))
            files[entry.path().filename().string()] = test::readFile(entry.path());
    return files;
}

void writeFolder(const Folder &files, const std::filesystem::path &folder)
{
    std::filesystem::remove_all(folder);
    std::filesystem::create_directories(folder);
    for (const auto &[name, bytes] : files)
        std::ofstream(folder / name, std::ios::binary) << bytes;
}

struct Bases
{
    std::string bundled;     // the bundled knowledge base
    std::string withArticle; // plus one imported article with its proposals
};

const Bases &bases()
{
    static const Bases loaded = [] {
        Bases b;
        b.bundled = test::readFile(CSTO_BUNDLED_DB);
        test::TempDir dir;
        const auto file = dir.write("kb.db", b.bundled);
        const auto article = test::articlesDir() / "000_4d9859446163d75b.txt";
        const auto run =
            runProcess({CSTO_KB_BINARY, "--db", file.string(), "import", article.string()}, {},
                       dir / "run", std::chrono::seconds(120));
        if (run.exitCode != 0)
            throw std::runtime_error("cannot import the base article: " + run.err);
        b.withArticle = test::readFile(file);
        return b;
    }();
    return loaded;
}

// Applies `script` to a copy of `base` and returns the folder as it is then.
Folder afterSql(const std::string &base, const std::string &script, bool keepWal = false)
{
    test::TempDir dir;
    const auto file = dir.write("kb.db", base);
    execute(file, script, keepWal);
    return readFolder(dir.path());
}

Folder justFile(std::string bytes)
{
    return {{"kb.db", std::move(bytes)}};
}

void setBigEndian(std::string &bytes, std::size_t at, std::int32_t value)
{
    const auto u = static_cast<std::uint32_t>(value);
    for (int i = 0; i < 4; ++i)
        bytes[at + i] = static_cast<char>((u >> (24 - 8 * i)) & 0xff);
}

// A file caught in the middle of a rollback-journal transaction whose pages had spilled into the
// database: the database and its hot journal, as a killed process leaves them.
Folder midTransaction(const std::string &base)
{
    test::TempDir dir;
    const auto file = dir.write("kb.db", base);
    sqlite3 *raw = nullptr;
    requireOk(sqlite3_open_v2(file.c_str(), &raw, SQLITE_OPEN_READWRITE, nullptr), raw, "open");
    std::unique_ptr<sqlite3, decltype(&sqlite3_close)> db(raw, sqlite3_close);
    requireOk(sqlite3_exec(raw,
                           "PRAGMA journal_mode = DELETE; PRAGMA cache_size = 2;"
                           "BEGIN; UPDATE entities SET summary = summary || ' (changed)';"
                           "UPDATE events SET summary = summary || ' (changed)';",
                           nullptr, nullptr, nullptr),
              raw, "spill a transaction");
    Folder files = readFolder(dir.path());
    requireOk(sqlite3_exec(raw, "ROLLBACK", nullptr, nullptr, nullptr), raw, "rollback");
    if (!files.contains("kb.db-journal"))
        throw std::runtime_error("no hot journal was made");
    return files;
}

std::vector<Damage> fixedDamages()
{
    const auto &b = bases();
    std::vector<Damage> list;
    list.push_back({"pristine", Expect::Sound, justFile(b.bundled)});
    list.push_back({"pristine with an article", Expect::Sound, justFile(b.withArticle)});
    // Every version but the current one: never written, older (a current file mislabelled), newer.
    std::vector<std::int32_t> versions = {INT_MIN, -2, -1, 0, kCurrentVersion + 1, INT_MAX};
    for (int older = 1; older < kCurrentVersion; ++older)
        versions.push_back(older);
    for (const std::int32_t version : versions) {
        std::string bytes = b.bundled;
        setBigEndian(bytes, 60, version);
        list.push_back(
            {"user_version " + std::to_string(version), Expect::Refused, justFile(bytes)});
    }
    list.push_back({"empty file", Expect::Refused, justFile("")});
    list.push_back({"one byte", Expect::Refused, justFile("S")});
    list.push_back(
        {"header only (100 bytes)", Expect::Refused, justFile(b.bundled.substr(0, 100))});
    list.push_back({"text file", Expect::Refused, justFile("This is not a knowledge base.\n")});
    {
        std::string noise(8192, '\0');
        Random random(seed(), "noise file", 0);
        for (auto &c : noise)
            c = random.byte();
        list.push_back({"random bytes", Expect::Refused, justFile(noise)});
    }
    {
        test::TempDir dir;
        const auto file = dir.write("kb.db", "");
        execute(file, "CREATE TABLE t(x); DROP TABLE t;");
        list.push_back({"SQLite file without tables", Expect::Refused, readFolder(dir.path())});
        test::TempDir other;
        const auto otherFile = other.write("kb.db", "");
        execute(otherFile, "PRAGMA application_id = 1234; CREATE TABLE notes(text);"
                           "INSERT INTO notes VALUES ('mine');");
        list.push_back(
            {"another program's SQLite file", Expect::Refused, readFolder(other.path())});
    }
    {
        std::string bytes = b.bundled;
        setBigEndian(bytes, 68, 0x12345678);
        list.push_back({"another application_id", Expect::Refused, justFile(bytes)});
        bytes = b.bundled;
        std::fill(bytes.begin(), bytes.begin() + kPageSize, '\0');
        list.push_back({"page 1 zeroed", Expect::Refused, justFile(bytes)});
    }
    for (const char *table : {"search_index", "aliases", "events", "proposals", "articles", "meta",
                              "relations", "evidence"})
        list.push_back({std::string("table dropped: ") + table, Expect::NotSound,
                        afterSql(b.withArticle, std::string("DROP TABLE ") + table + ";")});
    list.push_back({"invalid date: event 2021-02-30", Expect::NotSound,
                    afterSql(b.bundled, "UPDATE events SET date = '2021-02-30' WHERE id = "
                                        "(SELECT min(id) FROM events);")});
    list.push_back({"invalid date: entity start 2021-02-30", Expect::NotSound,
                    afterSql(b.bundled, "UPDATE entities SET start_date = '2021-02-30' WHERE "
                                        "slug = 'csto';")});
    list.push_back({"invalid date: relation end 2021-02-30", Expect::NotSound,
                    afterSql(b.bundled, "UPDATE relations SET end_date = '2021-02-30' WHERE id = "
                                        "(SELECT min(id) FROM relations);")});
    list.push_back({"invalid date: source published 2021-13", Expect::NotSound,
                    afterSql(b.bundled, "UPDATE sources SET published = '2021-13';")});
    list.push_back({"invalid UTF-8 in an entity name", Expect::NotSound,
                    afterSql(b.bundled, "UPDATE entities SET name = CAST(X'436f756e63696cff28' AS "
                                        "TEXT) WHERE slug = 'collective-security-council';")});
    list.push_back({"invalid UTF-8 in an event title", Expect::NotSound,
                    afterSql(b.bundled, "UPDATE events SET title = CAST(X'c328eda080' AS TEXT) "
                                        "WHERE id = (SELECT min(id) FROM events);")});
    list.push_back({"invalid UTF-8 in an alias", Expect::NotSound,
                    afterSql(b.bundled, "UPDATE aliases SET alias = CAST(X'ff' AS TEXT) WHERE "
                                        "entity_id = (SELECT id FROM entities WHERE slug = "
                                        "'channel');")});
    list.push_back({"FTS5 data emptied", Expect::NotSound,
                    afterSql(b.bundled, "DELETE FROM search_index_data WHERE id > 10;")});
    list.push_back({"FTS5 data deleted", Expect::NotSound,
                    afterSql(b.bundled, "DELETE FROM search_index_data;")});
    list.push_back({"orphaned rows", Expect::NotSound,
                    afterSql(b.bundled, "PRAGMA foreign_keys = OFF; DELETE FROM entities WHERE "
                                        "slug = 'csto';")});
    const std::string walWork = "PRAGMA journal_mode = WAL; INSERT INTO meta(key, value) VALUES "
                                "('robustness', 'in the wal');";
    {
        Folder withWal = afterSql(b.bundled, walWork, true);
        if (!withWal.contains("kb.db-wal"))
            throw std::runtime_error("no -wal was kept");
        list.push_back({"committed work in the -wal", Expect::Sound, withWal});
        Folder walDeleted = withWal;
        walDeleted.erase("kb.db-wal");
        list.push_back({"-wal deleted", Expect::Sound, walDeleted});
        Folder corruptMain = withWal;
        std::fill(corruptMain["kb.db"].begin() + 5 * kPageSize,
                  corruptMain["kb.db"].begin() + 6 * kPageSize, '\x5a');
        list.push_back({"corrupt main file, committed -wal", Expect::Either, corruptMain});
        Folder foreignWal = justFile(b.withArticle);
        foreignWal["kb.db-wal"] = withWal.at("kb.db-wal");
        list.push_back({"-wal of another file", Expect::Either, foreignWal});
    }
    for (const auto *base : {&b.bundled, &b.withArticle}) {
        Damage hot{"hot journal", Expect::Either, midTransaction(*base), true};
        Damage deleted = hot;
        deleted.kind = "hot journal deleted";
        deleted.files.erase("kb.db-journal");
        list.push_back(hot);
        list.push_back(deleted);
    }
    // The window opens most fixed cases; these repeat what another case already shows it.
    for (const std::string kind :
         {"pristine with an article", "header only (100 bytes)", "text file", "random bytes",
          "another application_id", "page 1 zeroed", "table dropped: meta",
          "table dropped: evidence", "invalid date: source published 2021-13",
          "invalid UTF-8 in an event title", "invalid UTF-8 in an alias", "FTS5 data deleted",
          "orphaned rows", "-wal of another file"})
        for (auto &damage : list)
            if (damage.kind == kind)
                damage.window = false;
    return list;
}

Damage randomDamage(int caseNumber)
{
    Random random(seed(), kSet, caseNumber);
    const auto &b = bases();
    std::string bytes = random.chance(50) ? b.bundled : b.withArticle;
    const std::size_t pages = bytes.size() / kPageSize;
    std::string kind;
    switch (random.below(6)) {
    case 0:
        bytes[random.between(100, bytes.size() - 1)] ^= static_cast<char>(1 + random.below(255));
        kind = "one byte flipped";
        break;
    case 1:
        for (int n = 0; n < 16; ++n)
            bytes[random.below(bytes.size())] ^= static_cast<char>(1 + random.below(255));
        kind = "16 bytes flipped";
        break;
    case 2:
        bytes[random.below(100)] ^= static_cast<char>(1 << random.below(8));
        kind = "header bit flipped";
        break;
    case 3:
        bytes.resize(random.between(1, pages - 1) * kPageSize);
        kind = "truncated at a page";
        break;
    case 4:
        bytes.resize(random.between(101, bytes.size() - 1));
        kind = "truncated anywhere";
        break;
    default: {
        const std::size_t page = random.between(1, pages - 1);
        std::fill(bytes.begin() + static_cast<std::ptrdiff_t>(page * kPageSize),
                  bytes.begin() + static_cast<std::ptrdiff_t>((page + 1) * kPageSize), '\0');
        kind = "page zeroed";
        break;
    }
    }
    return {kind, Expect::Either, justFile(bytes)};
}

struct CommandRun
{
    std::string name;
    ProcessResult result;
    std::string changed; // how the folder differs afterwards
};

} // namespace

TEST_CASE("counted set: damaged databases through csto-kb and the window", "[robustness]")
{
    Tally tally(kSet);
    const auto fixed = fixedDamages();
    const int total = static_cast<int>(fixed.size()) + kRandomCases;
    forEachCase(total, tally, [&](int caseNumber) {
        const Damage damage = caseNumber < static_cast<int>(fixed.size())
                                  ? fixed[static_cast<std::size_t>(caseNumber)]
                                  : randomDamage(caseNumber);
        tally.ran(damage.kind);
        const auto fail = [&](const std::string &what) {
            tally.mishandled(caseNumber, damage.kind, what);
        };
        test::TempDir dir;
        const auto folder = dir / "db";
        const auto file = (folder / "kb.db").string();
        writeFolder(damage.files, folder);

        const std::vector<std::vector<std::string>> thirds = {
            {"info"}, {"show", "csto"}, {"export"}, {"timeline", "--entity", "csto"}};
        std::vector<std::vector<std::string>> commands = {{"check"},
                                                          {"search", "Collective Security Council"},
                                                          thirds[caseNumber % thirds.size()]};
        if (damage.kind.find("UTF-8") != std::string::npos && commands.back()[0] != "export")
            commands.push_back({"export"});
        std::vector<CommandRun> runs;
        for (const auto &command : commands) {
            const FolderSnapshot before(folder);
            std::vector<std::string> argv = {CSTO_KB_BINARY, "--db", file};
            argv.insert(argv.end(), command.begin(), command.end());
            auto result = runProcess(argv, {}, dir / "run", std::chrono::seconds(60));
            runs.push_back(
                {command[0], std::move(result), before.differences(FolderSnapshot(folder))});
        }
        const auto &check = runs[0];
        for (const auto &run : runs) {
            const auto &r = run.result;
            const std::string who = "csto-kb " + run.name;
            if (const auto crashed = crash(r)) {
                fail(who + ": " + *crashed);
                continue;
            }
            if (r.exitCode != 0 && r.exitCode != 1 && r.exitCode != 4)
                fail(who + ": exit " + std::to_string(r.exitCode) + " " + excerpt(r.err));
            // check's list of problems (exit 1) is its output; every other message is on stderr.
            const bool checkListed = run.name == "check" && r.exitCode == 1 && hasMessage(r.out);
            if (r.exitCode != 0 && !hasMessage(r.err) && !checkListed)
                fail(who + ": exit " + std::to_string(r.exitCode) + " without a message");
            if (!run.changed.empty() && (r.exitCode != 0 || !damage.hotJournal))
                fail(who + " (exit " + std::to_string(r.exitCode) +
                     ") modified the files: " + run.changed);
            if (r.err.find("json.exception") != std::string::npos ||
                r.err.find("type_error") != std::string::npos)
                fail(who + ": a library exception reaches the user: " + excerpt(r.err));
            if (damage.hotJournal && r.err.find("readonly") != std::string::npos)
                fail(who + ": a hot journal reported as read-only: " + excerpt(r.err));
            if (damage.expect == Expect::Sound && r.exitCode != 0)
                fail(who + ": exit " + std::to_string(r.exitCode) +
                     " on a sound file: " + excerpt(r.err));
            if (damage.expect == Expect::Refused && r.exitCode != 4)
                fail(who + ": not refused (exit " + std::to_string(r.exitCode) + ")");
            if (const auto control = rawControlCharacter(r.out + r.err))
                fail(who + ": prints a " + *control + " to the terminal");
        }
        const bool checkSound = !crash(check.result) && check.result.exitCode == 0;
        if (checkSound && (damage.expect == Expect::NotSound || damage.expect == Expect::Refused))
            fail("csto-kb check says sound");
        for (std::size_t i = 1; i < runs.size(); ++i) {
            const auto &r = runs[i].result;
            if (checkSound && r.exitCode == 4)
                fail("csto-kb check says sound, but " + runs[i].name +
                     " exits 4: " + excerpt(r.err));
        }
        const auto &search = runs[1].result;
        if (checkSound && search.exitCode != 4 &&
            search.out.find("collective-security-council") == std::string::npos)
            fail("csto-kb check says sound, but search no longer finds the Collective Security "
                 "Council");
        const bool othersRead =
            std::all_of(runs.begin() + 1, runs.end(), [](const CommandRun &run) {
                return !crash(run.result) && run.result.exitCode == 0;
            });
        if (!crash(check.result) && check.result.exitCode == 4 && othersRead)
            fail("csto-kb check gives up (exit 4) on a file the other commands read: " +
                 excerpt(check.result.err));

#ifdef CSTO_ATLAS_BINARY
        const bool windowToo = caseNumber < static_cast<int>(fixed.size())
                                   ? damage.window
                                   : caseNumber % kWindowEvery == 0;
        if (!windowToo)
            return;
        tally.ran("the window, offscreen");
        const auto windowFail = [&](const std::string &what) {
            tally.mishandled(caseNumber, "the window, offscreen", damage.kind + ": " + what);
        };
        writeFolder(damage.files, folder);
        const FolderSnapshot before(folder);
        const auto home = dir / "home";
        std::filesystem::create_directories(home / "runtime");
        std::filesystem::permissions(home / "runtime", std::filesystem::perms::owner_all);
        const std::vector<std::vector<std::string>> views = {
            {"--select", "csto"},
            {"--select", "collective-security-council", "--membership"},
            {"--search", "Council"},
            {"--select", "mercenary", "--timeline-years", "1990:2030"}};
        std::vector<std::string> argv = {CSTO_ATLAS_BINARY, "--db", file};
        const auto &view = views[caseNumber % views.size()];
        argv.insert(argv.end(), view.begin(), view.end());
        const auto window =
            runProcess(argv,
                       {"QT_QPA_PLATFORM=offscreen", "CSTO_QUIT_AFTER_MS=1000",
                        "HOME=" + home.string(), "XDG_CONFIG_HOME=" + (home / "config").string(),
                        "XDG_DATA_HOME=" + (home / "data").string(),
                        "XDG_CACHE_HOME=" + (home / "cache").string(),
                        "XDG_RUNTIME_DIR=" + (home / "runtime").string()},
                       dir / "window", std::chrono::seconds(30));
        const auto changed = before.differences(FolderSnapshot(folder));
        if (const auto crashed = crash(window)) {
            windowFail(*crashed);
        } else {
            if (window.exitCode != 0 && window.exitCode != 1)
                windowFail("exit " + std::to_string(window.exitCode) + " " + excerpt(window.err));
            if (window.exitCode != 0 && !hasMessage(window.err))
                windowFail("exit " + std::to_string(window.exitCode) + " without a message");
            if (damage.expect == Expect::Sound && window.exitCode != 0)
                windowFail("refused a sound file: " + excerpt(window.err));
        }
        if (!changed.empty() && (window.exitCode != 0 || damage.expect == Expect::Refused))
            windowFail("modified a file it refused or that is not a knowledge base: " + changed);
#endif
    });
    tally.report();
}
