// SPDX-License-Identifier: MIT
#pragma once

#include <core/model.h>

#include <QString>

#include <string>

// The words the window and the reports both show for kinds and relations.
namespace csto::render {

// "Body", and "Bodies" for group headings.
[[nodiscard]] QString kindLabel(EntityKind kind);
[[nodiscard]] QString kindPluralLabel(EntityKind kind);
// A relation as a phrase read from its `from` end: "member of", "chairs", "holds office in".
[[nodiscard]] QString relationPhrase(const std::string &type);

} // namespace csto::render
