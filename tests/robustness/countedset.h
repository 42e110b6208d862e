// SPDX-License-Identifier: MIT
#pragma once
// The counted sets' common parts: a seeded generator per case, a tally of mishandled cases, a
// child-process runner that tells a crash (signal, sanitizer report, hang) from an exit code, and
// a snapshot of a database file with its journals for "a refused file is never modified".
//
// Every case is made from (seed, set, case number) alone, so one case can be rerun by itself:
//   CSTO_ROBUSTNESS_CASE=17 ctest --preset debug -R 'robustness_tests: damaged databases'
// CSTO_ROBUSTNESS_SEED=N tries another seed; the default is fixed so CI runs the same cases.

#include "support/tempdir.h"

#include <core/sha256.h>

#include <catch2/catch.hpp>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <functional>
#include <iostream>
#include <map>
#include <mutex>
#include <optional>
#include <spawn.h>
#include <sstream>
#include <string>
#include <string_view>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>
#include <vector>

extern char **environ;

namespace csto::robustness {

inline constexpr std::uint64_t kDefaultSeed = 20261203;

inline std::uint64_t seed()
{
    if (const char *given = std::getenv("CSTO_ROBUSTNESS_SEED"); given && *given)
        return std::strtoull(given, nullptr, 10);
    return kDefaultSeed;
}

// The one case to run (CSTO_ROBUSTNESS_CASE), or every case.
inline bool selected(int caseNumber)
{
    const char *only = std::getenv("CSTO_ROBUSTNESS_CASE");
    return !only || !*only || std::atoi(only) == caseNumber;
}

// A small generator whose numbers are the same with every standard library (the distributions
// of <random> are not), so a seed names the same cases everywhere.
class Random
{
public:
    Random(std::uint64_t seed, std::string_view set, int caseNumber)
        : m_state(seed ^ (std::hash<std::string_view>{}(set)*0x9E3779B97F4A7C15ULL) ^
                  (static_cast<std::uint64_t>(caseNumber) * 0xBF58476D1CE4E5B9ULL))
    {
        for (int i = 0; i < 4; ++i)
            (void)next();
    }
    std::uint64_t next()
    {
        // splitmix64
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    // A number in [0, n); n > 0.
    std::size_t below(std::size_t n) { return static_cast<std::size_t>(next() % n); }
    std::size_t between(std::size_t low, std::size_t high) { return low + below(high - low + 1); }
    bool chance(int percent) { return below(100) < static_cast<std::size_t>(percent); }
    template <typename T> const T &pick(const std::vector<T> &items)
    {
        return items[below(items.size())];
    }
    char byte() { return static_cast<char>(next() & 0xff); }

private:
    std::uint64_t m_state;
};

// The cases of one set and those it mishandled; prints the counts the README quotes.
class Tally
{
public:
    explicit Tally(std::string set) : m_set(std::move(set)), m_seed(robustness::seed()) {}

    // Thread-safe: cases may run in parallel (forEachCase).
    void ran(const std::string &kind)
    {
        const std::lock_guard lock(m_mutex);
        ++m_runs[kind];
    }
    void mishandled(int caseNumber, const std::string &kind, const std::string &what)
    {
        const std::lock_guard lock(m_mutex);
        ++m_mishandledByKind[kind];
        std::ostringstream line;
        line << m_set << " seed=" << m_seed << " case=" << caseNumber << " (" << kind
             << "): " << what;
        m_failures.emplace_back(caseNumber, line.str());
    }
    [[nodiscard]] std::size_t cases() const
    {
        std::size_t n = 0;
        for (const auto &[kind, count] : m_runs)
            n += count;
        return n;
    }
    [[nodiscard]] std::uint64_t seed() const { return m_seed; }

    // Prints the counts and fails the test with every mishandled case, one per line.
    void report()
    {
        const std::lock_guard lock(m_mutex);
        std::stable_sort(m_failures.begin(), m_failures.end(),
                         [](const auto &a, const auto &b) { return a.first < b.first; });
        std::ostringstream summary;
        summary << "counted set \"" << m_set << "\" (seed " << m_seed << "): " << cases()
                << " cases run, " << m_failures.size() << " mishandled findings\n";
        for (const auto &[kind, count] : m_runs) {
            const auto bad = m_mishandledByKind.find(kind);
            summary << "  " << kind << ": " << count << " run, "
                    << (bad == m_mishandledByKind.end() ? 0 : bad->second) << " findings\n";
        }
        std::cout << summary.str() << std::flush;
        std::string list;
        for (const auto &[caseNumber, failure] : m_failures)
            list += failure + "\n";
        INFO(summary.str());
        INFO(list);
        CHECK(m_failures.empty());
    }

private:
    std::string m_set;
    std::uint64_t m_seed;
    std::map<std::string, std::size_t> m_runs;
    std::map<std::string, std::size_t> m_mishandledByKind;
    std::vector<std::pair<int, std::string>> m_failures;
    std::mutex m_mutex;
};

// Runs `body` for every selected case number below `count`, on two threads (the cases are
// independent: each has its own folder), so a set's wall time is about half its CPU time. An
// exception of the harness itself counts as a mishandled case rather than ending the run.
inline void forEachCase(int count, Tally &tally, const std::function<void(int)> &body)
{
    std::atomic_int next{0};
    const auto worker = [&] {
        for (int caseNumber = next++; caseNumber < count; caseNumber = next++) {
            if (!selected(caseNumber))
                continue;
            try {
                body(caseNumber);
            } catch (const std::exception &error) {
                tally.mishandled(caseNumber, "harness", error.what());
            }
        }
    };
    std::thread helper(worker);
    worker();
    helper.join();
}

struct ProcessResult
{
    int exitCode = -1; // when it exited
    int signal = 0;    // when a signal ended it
    bool timedOut = false;
    std::string out;
    std::string err;
};

// Runs `argv` with `environment` assignments added (NAME=value, replacing inherited ones),
// stdin from /dev/null, stdout and stderr to files in `scratch`; kills it after `timeout`.
inline ProcessResult runProcess(const std::vector<std::string> &argv,
                                const std::vector<std::string> &environment,
                                const std::filesystem::path &scratch,
                                std::chrono::milliseconds timeout)
{
    std::vector<std::string> envStrings;
    for (char **entry = environ; *entry; ++entry) {
        const std::string_view inherited(*entry);
        const auto name = inherited.substr(0, inherited.find('=') + 1);
        const bool replaced =
            std::any_of(environment.begin(), environment.end(),
                        [&](const std::string &e) { return e.starts_with(name); });
        if (!replaced)
            envStrings.emplace_back(inherited);
    }
    envStrings.insert(envStrings.end(), environment.begin(), environment.end());
    std::vector<char *> envp;
    for (auto &e : envStrings)
        envp.push_back(e.data());
    envp.push_back(nullptr);
    std::vector<std::string> args = argv;
    std::vector<char *> argp;
    for (auto &a : args)
        argp.push_back(a.data());
    argp.push_back(nullptr);

    std::filesystem::create_directories(scratch);
    const std::string outFile = (scratch / "stdout").string();
    const std::string errFile = (scratch / "stderr").string();
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 1, outFile.c_str(), O_WRONLY | O_CREAT | O_TRUNC,
                                     0644);
    posix_spawn_file_actions_addopen(&actions, 2, errFile.c_str(), O_WRONLY | O_CREAT | O_TRUNC,
                                     0644);
    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, argp[0], &actions, nullptr, argp.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    ProcessResult result;
    if (spawned != 0) {
        result.err = "cannot start " + argv[0];
        return result;
    }
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    int status = 0;
    auto pause = std::chrono::microseconds(500);
    while (waitpid(pid, &status, WNOHANG) == 0) {
        if (std::chrono::steady_clock::now() > deadline) {
            kill(pid, SIGKILL);
            waitpid(pid, &status, 0);
            result.timedOut = true;
            break;
        }
        std::this_thread::sleep_for(pause);
        pause = std::min(pause * 2, std::chrono::microseconds(8000));
    }
    if (!result.timedOut) {
        if (WIFEXITED(status))
            result.exitCode = WEXITSTATUS(status);
        else if (WIFSIGNALED(status))
            result.signal = WTERMSIG(status);
    }
    result.out = test::readFile(outFile);
    result.err = test::readFile(errFile);
    return result;
}

// Why the run counts as a crash, or nothing: a signal, a hang, or a sanitizer's report (under
// ASan a stack overflow or a bad read ends with an ordinary exit code, so the report decides).
inline std::optional<std::string> crash(const ProcessResult &run)
{
    if (run.timedOut)
        return std::string("hung (killed after the timeout)");
    if (run.signal)
        return "killed by signal " + std::to_string(run.signal) + " (" + strsignal(run.signal) +
               ")";
    for (const char *marker : {"ERROR: AddressSanitizer", "ERROR: LeakSanitizer", "runtime error:",
                               "UndefinedBehaviorSanitizer", "terminate called"}) {
        const auto at = run.err.find(marker);
        if (at != std::string::npos) {
            const auto lineStart = run.err.rfind('\n', at);
            const auto from = lineStart == std::string::npos ? 0 : lineStart + 1;
            return "sanitizer or terminate report: " +
                   run.err.substr(from, std::min<std::size_t>(run.err.find('\n', at) - from, 200));
        }
    }
    if (run.exitCode < 0)
        return std::string("did not start");
    return std::nullopt;
}

// stderr without the lines Qt prints about the offscreen platform, which are not messages.
inline std::string withoutQtNoise(const std::string &err)
{
    std::istringstream lines(err);
    std::string line;
    std::string kept;
    while (std::getline(lines, line)) {
        if (line.starts_with("QStandardPaths:") ||
            line.starts_with("This plugin does not support") ||
            line.find("propagateSizeHints") != std::string::npos)
            continue;
        kept += line + "\n";
    }
    return kept;
}

inline bool hasMessage(const std::string &err)
{
    return withoutQtNoise(err).find_first_not_of(" \t\r\n") != std::string::npos;
}

// The first raw terminal control character (C0 other than tab and newline, DEL, or the C1 CSI
// as UTF-8) in `text`, described; nothing when the text is safe to print to a terminal.
inline std::optional<std::string> rawControlCharacter(std::string_view text)
{
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        const bool c1 = c == 0xC2 && i + 1 < text.size() &&
                        static_cast<unsigned char>(text[i + 1]) >= 0x80 &&
                        static_cast<unsigned char>(text[i + 1]) <= 0x9F;
        if ((c < 0x20 && c != '\t' && c != '\n') || c == 0x7F || c1) {
            char code[8];
            std::snprintf(code, sizeof code, "0x%02X",
                          c1 ? static_cast<unsigned char>(text[i + 1]) : c);
            return std::string("raw control character ") + code + " at byte " + std::to_string(i);
        }
    }
    return std::nullopt;
}

// The first `limit` bytes of a message, on one line, for a failure report.
inline std::string excerpt(const std::string &text, std::size_t limit = 160)
{
    std::string shown;
    for (const char c : withoutQtNoise(text).substr(0, limit)) {
        const auto u = static_cast<unsigned char>(c);
        shown += u == '\n'               ? std::string(" | ")
                 : u < 0x20 || u == 0x7F ? std::string("?")
                                         : std::string(1, c);
    }
    return "\"" + shown + "\"";
}

// What a folder holds, by name and SHA-256 of each file (SQLite's -shm and an empty -wal, which
// readers may create, left out): equal snapshots mean nothing was modified, added or left behind.
class FolderSnapshot
{
public:
    explicit FolderSnapshot(const std::filesystem::path &folder)
    {
        for (const auto &entry : std::filesystem::directory_iterator(folder)) {
            const auto name = entry.path().filename().string();
            // An empty -wal is what a reader of a WAL-mode file may leave: it holds nothing.
            const bool emptyWal = name.ends_with("-wal") && entry.file_size() == 0;
            if (entry.is_regular_file() && !name.ends_with("-shm") && !emptyWal)
                m_files[name] = sha256Hex(test::readFile(entry.path()));
        }
    }
    // How `after` differs from this one, e.g. "kb.db modified, kb.db-wal removed".
    [[nodiscard]] std::string differences(const FolderSnapshot &after) const
    {
        std::string list;
        const auto add = [&list](const std::string &what) {
            list += (list.empty() ? "" : ", ") + what;
        };
        for (const auto &[name, hash] : m_files) {
            const auto it = after.m_files.find(name);
            if (it == after.m_files.end())
                add(name + " removed");
            else if (it->second != hash)
                add(name + " modified");
        }
        for (const auto &[name, hash] : after.m_files)
            if (!m_files.contains(name))
                add(name + " created");
        return list;
    }

private:
    std::map<std::string, std::string> m_files;
};

} // namespace csto::robustness
