// SPDX-License-Identifier: MIT
#pragma once

#include <string>

// csto-kb's --help texts in the interface language. The command line is plain C++ and must build
// without Qt (the core-only preset), so the texts are marked with CSTO_HELP, which
// lupdate reads like QT_TR_NOOP (context "csto::cli"; resources/CMakeLists.txt passes the alias),
// and looked up by helpText(): with Qt, in the program's translation for the language the window
// would use (Settings, else the system locale); without Qt, it returns the English source text.
// Only the help is translated: error messages stay English, which scripts and bug reports rely on.
#define CSTO_HELP(text) text

namespace csto::cli {

[[nodiscard]] std::string helpText(const char *text);

} // namespace csto::cli
