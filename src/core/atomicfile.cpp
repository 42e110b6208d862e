// SPDX-License-Identifier: MIT
#include "atomicfile.h"

#include "error.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <random>
#include <unistd.h>

namespace csto {
namespace {

// Closes the descriptor when the scope ends, however it ends.
class FileDescriptor
{
public:
    explicit FileDescriptor(int fd) : m_fd(fd) {}
    ~FileDescriptor()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    FileDescriptor(const FileDescriptor &) = delete;
    FileDescriptor &operator=(const FileDescriptor &) = delete;
    [[nodiscard]] int get() const { return m_fd; }
    int release()
    {
        const int fd = m_fd;
        m_fd = -1;
        return ::close(fd);
    }

private:
    int m_fd;
};

} // namespace

void writeFileAtomically(const std::filesystem::path &target, std::string_view content)
{
    auto temporary = target;
    temporary += ".partial-" + std::to_string(std::random_device{}());
    const auto fail = [&](const std::string &what) {
        const std::string reason = std::strerror(errno);
        std::error_code ignored;
        std::filesystem::remove(temporary, ignored);
        throw WriteError(target.string() + ": " + what + ": " + reason);
    };

    FileDescriptor fd(::open(temporary.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644));
    if (fd.get() < 0)
        throw WriteError(target.string() + ": cannot write: " + std::strerror(errno));
    while (!content.empty()) {
        const auto written = ::write(fd.get(), content.data(), content.size());
        if (written < 0) {
            if (errno == EINTR)
                continue;
            fail("cannot write");
        }
        content.remove_prefix(static_cast<std::size_t>(written));
    }
    if (::fsync(fd.get()) != 0)
        fail("cannot flush to disk");
    if (fd.release() != 0)
        fail("cannot close");
    if (std::rename(temporary.c_str(), target.c_str()) != 0)
        fail("cannot replace");
}

} // namespace csto
