// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace csto::extract {

// The case forms of one word of a Russian name, so that the gazetteer finds «Казахстане» for
// «Казахстан» and «Коллективных сил» for «Коллективные силы». The word comes folded (lower case,
// ё as е, see foldCase). Its ending chooses a paradigm and the forms are its stem with each of
// the paradigm's endings, so only forms of the same declension are accepted: «Грузия» gives
// «Грузии», «Грузию», «Грузией» but never «груз» or «грузы» (cargo), which a stemmer would
// reduce to the same «груз».
//
//   «казахстан» -> казахстан, казахстана, казахстану, казахстаном, казахстане, …
//   «коллективной» -> коллективной, коллективная, коллективную, коллективного, …
//   «силы» -> силы, сил, силам, силами, силах (only inside a longer name: `partOfLongerName`)
//
// The word itself is always the first form. A word that is not all Cyrillic letters, shorter than
// four letters, or whose stem would be shorter than three letters, has no other form: short
// words are too often other words («мир», «мира»). Endings that are also ordinary plural words
// on their own («-ы», «-и») inflect only inside a longer name.
[[nodiscard]] std::vector<std::string> russianWordForms(std::string_view folded,
                                                        bool partOfLongerName);

// The forms of the adjectives that stand for a state («российский», «казахстанские»,
// «белорусской») when `foldedName` is that state's Russian name («россия»), else none. The table
// lives in wordforms.cpp: a state's adjective and the name it stands for.
[[nodiscard]] std::vector<std::string> stateAdjectiveForms(std::string_view foldedName);

} // namespace csto::extract
