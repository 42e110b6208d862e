// SPDX-License-Identifier: MIT
// Counted set: mutated articles through `csto-kb import`, into a private copy of the bundled
// knowledge base. The seeds are the five source articles ($CSTO_ARTICLES_DIR); cases 0-4 are the
// five long-line articles that overflowed std::regex's stack (issue 13, point 1). Verdict: the
// import exits normally with 0 or 3, a refusal has a message and leaves the knowledge base
// untouched, an import leaves it sound, what must be refused is refused, and nothing prints raw
// terminal control characters.
#include "countedset.h"
#include "support/articles.h"

#include <core/database.h>
#include <core/integritycheck.h>
#include <core/schema.h>

using namespace csto;
using namespace csto::robustness;

namespace {

constexpr int kCases = 101; // the five of point 1, then six of each of 16 kinds
constexpr const char *kSet = "articles";
constexpr std::size_t kMegabyte = 1 << 20;

enum class Expect
{
    Refused,
    Imported,
    Either
};

struct Mutation
{
    std::string kind;
    Expect expect = Expect::Either;
    std::string text;
};

const std::vector<std::string> &seedArticles()
{
    static const std::vector<std::string> articles = [] {
        std::vector<std::string> texts;
        for (const auto &entry : std::filesystem::directory_iterator(test::articlesDir()))
            if (entry.path().extension() == ".txt")
                texts.push_back(test::readFile(entry.path()));
        std::sort(texts.begin(), texts.end());
        return texts;
    }();
    return articles;
}

std::string repeated(std::string_view unit, std::size_t bytes)
{
    std::string text;
    text.reserve(bytes + unit.size());
    while (text.size() < bytes)
        text += unit;
    return text;
}

// The five articles of point 1, whole: each a line of a megabyte or more without a break a
// backtracking matcher could rest on.
Mutation pathological(int which)
{
    switch (which) {
    case 0:
        return {"long line: 1 MB one-word line", Expect::Either,
                std::string(kMegabyte, 'a') + "\n"};
    case 1:
        return {"long line: Monday then 1 MB of digits", Expect::Either,
                "Monday " + std::string(kMegabyte, '7') + "\n"};
    case 2:
        return {"long line: \"on Monday \" x 100,000", Expect::Either,
                repeated("on Monday ", 100000 * 10) + "\n"};
    case 3:
        return {"long line: In 2012 then a 1 MB capitalised run", Expect::Either,
                "In 2012 " + repeated("Council", kMegabyte) + "\n"};
    default:
        return {"long line: Взаимодействие- x 60,000", Expect::Either,
                repeated("Взаимодействие-", 60000 * std::string_view("Взаимодействие-").size()) +
                    "\n"};
    }
}

// Russian text in Windows-1251, undeclared: not UTF-8.
std::string windows1251(std::string_view utf8)
{
    std::string out;
    for (std::size_t i = 0; i < utf8.size(); ++i) {
        const auto c = static_cast<unsigned char>(utf8[i]);
        if (c < 0x80) {
            out += static_cast<char>(c);
            continue;
        }
        const unsigned code = ((c & 0x1F) << 6) | (static_cast<unsigned char>(utf8[++i]) & 0x3F);
        if (code >= 0x410 && code <= 0x44F)
            out += static_cast<char>(0xC0 + (code - 0x410));
        else if (code == 0x451)
            out += static_cast<char>(0xB8);
        else
            out += '?';
    }
    return out;
}

std::size_t lineStart(const std::string &text, std::size_t at)
{
    const auto newline = text.rfind('\n', at);
    return newline == std::string::npos ? 0 : newline + 1;
}

Mutation mutate(int caseNumber)
{
    if (caseNumber < 5)
        return pathological(caseNumber);
    Random random(seed(), kSet, caseNumber);
    std::string text = random.pick(seedArticles());
    const std::size_t at = lineStart(text, random.below(text.size()));
    switch ((caseNumber - 5) % 16) {
    case 0: {
        const auto unit = random.pick(std::vector<std::string>{
            "a", "7", "Security", "Взаимодействие-", "on Monday ", "1 January 2014, ", "-", " ",
            "CSTO", "In 2012 ", "Mr. ", "(", "\t", "ОДКБ"});
        // Past the ~50 KB at which std::regex overflowed the stack; small enough for ASan.
        const std::size_t bytes = random.between(50000, 64000);
        text.insert(at, repeated(unit, bytes) + "\n");
        return {"long line in an article", Expect::Either, text};
    }
    case 1:
        for (std::size_t n = random.between(1, 10); n > 0; --n)
            text[random.below(text.size())] ^= static_cast<char>(1 + random.below(255));
        return {"flipped bytes", Expect::Either, text};
    case 2:
        text.resize(random.between(1, text.size() - 1));
        return {"truncated", Expect::Either, text};
    case 3:
        text.insert(random.below(text.size()),
                    random.pick(std::vector<std::string>{"\xc3\x28", "\xff\xfe", "\xed\xa0\x80",
                                                         "\xe2\x82", "\xc0\xaf", "\x80"}));
        return {"invalid UTF-8", Expect::Refused, text};
    case 4:
        return {"only a byte-order mark", Expect::Refused,
                "\xef\xbb\xbf" + random.pick(std::vector<std::string>{"", " ", "\n", "\r\n",
                                                                      " \t\n\n", "\xef\xbb\xbf"})};
    case 5:
        return {"empty or blank", Expect::Refused,
                random.pick(std::vector<std::string>{"", " ", "\n\n\n", "\t \r\n",
                                                     std::string(5000, ' ')})};
    case 6:
        if (random.chance(50)) {
            text.insert(random.below(text.size()), std::string(random.between(1, 8), '\0'));
        } else {
            text.resize(4096);
            for (auto &c : text)
                c = random.byte();
        }
        return {"binary", Expect::Refused, text};
    case 7: {
        const auto sequence = random.pick(std::vector<std::string>{
            "\x1b[2J\x1b[H", "\x1b]0;owned\x07", "\x1b[31m", "\r", "\x08\x08\x08", "\x07",
            "\xc2\x9b"
            "31m",
            "\x1b"
            "c"});
        text.insert(random.chance(50) ? 0 : text.find('\n') / 2, sequence);
        return {"terminal control sequences in the title", Expect::Either, text};
    }
    case 8: {
        const bool crlf = random.chance(50);
        std::string converted;
        for (const char c : text) {
            if (c == '\n')
                converted += crlf ? "\r\n" : "\r";
            else
                converted += c;
        }
        return {crlf ? "CRLF line ends" : "CR line ends", crlf ? Expect::Imported : Expect::Either,
                converted};
    }
    case 9:
        return {"Windows-1251, undeclared", Expect::Refused,
                windows1251("Совет коллективной безопасности ОДКБ провёл заседание в Москве "
                            "2 декабря 2020 года.\n") +
                    text};
    case 10: {
        std::vector<std::string> lines;
        std::size_t from = 0;
        while (from < text.size()) {
            const auto end = std::min(text.find('\n', from), text.size());
            lines.push_back(text.substr(from, end - from));
            from = end + 1;
        }
        std::string shuffled;
        for (std::size_t n = lines.size() * random.between(1, 20); n > 0; --n)
            shuffled += random.pick(lines) + "\n";
        return {"shuffled and repeated lines", Expect::Imported, shuffled};
    }
    case 11: {
        const std::vector<std::string> dates = {"on 31 February 2021",
                                                "on 30-31 February 2021",
                                                "from 2014 to 2012",
                                                "in 99999",
                                                "on 0 January 2020",
                                                "on 1 January 1",
                                                "from December 2014 to January 2014",
                                                "on --06-17",
                                                "on 32 December 2020",
                                                "on 29 February 2019",
                                                "in the year 0",
                                                "between 2020 and",
                                                "on Monday, 31 April",
                                                "12.13.2020",
                                                "2020-02-30"};
        for (std::size_t n = random.between(1, 40); n > 0; --n)
            text.insert(lineStart(text, random.below(text.size())),
                        "The Council met " + random.pick(dates) + " in Moscow.\n");
        return {"impossible dates", Expect::Imported, text};
    }
    case 12:
        text = repeated(text, 5 * kMegabyte + random.between(1, 100000));
        return {"larger than 5 MB", Expect::Refused, text};
    case 13:
        text += repeated(random.pick(std::vector<std::string>{"a\n", "\n", "CSTO\n", "1\n"}),
                         random.between(20000, 60000));
        return {"very many short lines", Expect::Either, text};
    case 14:
        text.insert(at, repeated("CSTO Collective Security Council ОДКБ Mercenary Channel, ",
                                 random.between(10000, 40000)) +
                            "\n");
        return {"names repeated", Expect::Imported, text};
    default: {
        const auto oddity = random.pick(
            std::vector<std::string>{"C\u0301S\u0301T\u0301O\u0301", "\u202eOTSC\u202c",
                                     "C\u200dS\u200bT\u200cO", "🛡️🇷🇺", "\ufffd\ufffd",
                                     "\u00a0\u00a0CSTO\u00a0", "\U0010FFFF", "\u2028\u2029", "ﬁ"});
        for (std::size_t n = random.between(1, 30); n > 0; --n)
            text.insert(random.chance(50) ? lineStart(text, random.below(text.size()))
                        : text.find(' ', random.below(text.size())) == std::string::npos
                            ? text.size()
                            : text.find(' ', random.below(text.size())),
                        oddity);
        return {"Unicode oddities", Expect::Imported, text};
    }
    }
}

// The bundled knowledge base as the program leaves it once opened for writing (WAL mode), so a
// refused import that writes nothing leaves every byte as it was.
std::filesystem::path walBase()
{
    static const test::TempDir dir;
    static const auto file = [] {
        const auto path = dir / "base.db";
        std::filesystem::copy_file(CSTO_BUNDLED_DB, path);
        (void)schema::open(path, schema::Access::ReadWrite);
        return path;
    }();
    return file;
}

} // namespace

TEST_CASE("counted set: mutated articles through csto-kb import", "[robustness]")
{
    Tally tally(kSet);
    forEachCase(kCases, tally, [&](int caseNumber) {
        const auto mutation = mutate(caseNumber);
        tally.ran(mutation.kind);
        const auto fail = [&](const std::string &what) {
            tally.mishandled(caseNumber, mutation.kind, what);
        };
        test::TempDir dir;
        std::filesystem::create_directories(dir / "db");
        const auto db = dir / "db" / "kb.db";
        std::filesystem::copy_file(walBase(), db);
        const auto article = dir.write("article.txt", mutation.text);
        const FolderSnapshot before(dir / "db");
        const auto run =
            runProcess({CSTO_KB_BINARY, "--db", db.string(), "import", article.string()}, {},
                       dir / "run", std::chrono::seconds(45));
        if (const auto crashed = crash(run)) {
            fail(*crashed);
            return;
        }
        if (run.exitCode != 0 && run.exitCode != 3)
            fail("exit " + std::to_string(run.exitCode) +
                 " (a bad article needs 3): " + excerpt(run.err));
        if (run.exitCode != 0 && !hasMessage(run.err))
            fail("exit " + std::to_string(run.exitCode) + " without a message");
        if (mutation.expect == Expect::Refused && run.exitCode == 0)
            fail("imported what must be refused: " + excerpt(run.out));
        if (mutation.expect == Expect::Imported && run.exitCode != 0)
            fail("refused a valid article: " + excerpt(run.err));
        if (const auto control = rawControlCharacter(run.out + run.err))
            fail("prints a " + *control + " to the terminal");
        if (run.exitCode != 0) {
            if (const auto changed = before.differences(FolderSnapshot(dir / "db"));
                !changed.empty())
                fail("refused, but the knowledge base changed: " + changed);
        } else {
            try {
                auto opened = schema::open(db, schema::Access::ReadOnly);
                const auto report = checkKnowledgeBase(opened);
                if (!report.ok())
                    fail("after the import the check finds: " + report.problems.front().problem);
            } catch (const std::exception &error) {
                fail(std::string("after the import the file cannot be opened: ") + error.what());
            }
        }
    });
    tally.report();
}
