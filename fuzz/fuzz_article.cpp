// SPDX-License-Identifier: MIT
#include "fuzztargets.h"

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <vector>

namespace {

// Articles with lines of a megabyte once overflowed the stack (std::regex recursed per
// character); libFuzzer's default -max_len (4096, or the longest seed) never tries them. Unless
// the command line sets -max_len, inputs go up to 1 MB.
constexpr const char *kDefaultMaxLen = "-max_len=1048576";

std::vector<char *> g_arguments;

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    for (int i = 1; i < *argc; ++i) {
        if (std::strncmp((*argv)[i], "-max_len=", 9) == 0)
            return 0;
    }
    g_arguments.assign(*argv, *argv + *argc);
    g_arguments.insert(g_arguments.begin() + 1, const_cast<char *>(kDefaultMaxLen));
    g_arguments.push_back(nullptr);
    *argc += 1;
    *argv = g_arguments.data();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    csto::fuzz::articlePipeline({reinterpret_cast<const char *>(data), size});
    return 0;
}
