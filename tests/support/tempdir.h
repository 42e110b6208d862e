// SPDX-License-Identifier: MIT
#pragma once

#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <string_view>

namespace csto::test {

// A fresh directory under the system temp dir, removed with everything in it at scope exit, so
// tests never write into the working directory and can run in parallel.
class TempDir
{
public:
    TempDir()
    {
        std::random_device random;
        m_path = std::filesystem::temp_directory_path() /
                 ("csto-test-" + std::to_string(random()) + "-" + std::to_string(random()));
        std::filesystem::create_directories(m_path);
    }
    ~TempDir()
    {
        std::error_code ignored;
        std::filesystem::remove_all(m_path, ignored);
    }
    TempDir(const TempDir &) = delete;
    TempDir &operator=(const TempDir &) = delete;

    [[nodiscard]] const std::filesystem::path &path() const { return m_path; }
    [[nodiscard]] std::filesystem::path operator/(std::string_view name) const
    {
        return m_path / name;
    }

    std::filesystem::path write(std::string_view name, std::string_view content) const
    {
        const auto file = m_path / name;
        std::filesystem::create_directories(file.parent_path());
        std::ofstream(file, std::ios::binary) << content;
        return file;
    }

    // Every file in the directory, for asserting that nothing was left behind.
    [[nodiscard]] std::size_t fileCount() const
    {
        std::size_t n = 0;
        for (const auto &entry : std::filesystem::recursive_directory_iterator(m_path))
            n += entry.is_regular_file() ? 1 : 0;
        return n;
    }

private:
    std::filesystem::path m_path;
};

inline std::string readFile(const std::filesystem::path &path)
{
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// The bytes of a database file and of its -wal and -journal ("<none>" for one that does not
// exist): what must stay the same when a file is refused.
inline std::string databaseSnapshot(const std::filesystem::path &path)
{
    std::string all;
    for (const char *suffix : {"", "-wal", "-journal"}) {
        auto part = path;
        part += suffix;
        all += std::string(suffix) + "=" +
               (std::filesystem::exists(part) ? readFile(part) : std::string("<none>")) + ";";
    }
    return all;
}

} // namespace csto::test
