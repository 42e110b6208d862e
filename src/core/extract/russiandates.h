// SPDX-License-Identifier: MIT
#pragma once

#include "dates.h"

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

namespace csto::extract {

// A date expression and the span it takes. A span without a mention names a period or deadline
// («до 2025 года») or does not resolve: findDates still lets it keep shorter expressions inside
// it from being read as dates.
struct DateCandidate
{
    std::size_t offset = 0;
    std::size_t length = 0;
    std::optional<DateMention> mention;
    // "the following year": the year after the last one named before it, dated once the other
    // expressions are.
    bool yearAfterPrevious = false;
};

// The Russian date grammar, every candidate (overlapping ones too: findDates keeps the longest).
// Words in any letter case, month names in any grammatical case or abbreviated:
//   days       «16 декабря 2025 года», «1 янв», «2 июня 2017 г.», «Июнь 2, 2010», «03-06-2017»
//   months     «в декабре 2014 г.», «декабрь 2014 года», «в декабре», «в начале марта»,
//              «в феврале прошлого года»
//   years      «в 2012 году», «с 2005 года», «в конце 2014 года», «летом 2012 года»,
//              «в следующем, 2024 году»
//   ranges     «с 2 по 16 октября 2009 г.», «с 29 мая по 2 июня 2017 года», «7–11 июня»,
//              «29 марта — 6 апреля», «в 2021–2025 годах», «1992-1994 гг.», «с 2021 по 2025 год»,
//              «с января по март 2015 года», «в ноябре–декабре 2014 г.»
//   relative   «сегодня», «вчера», «завтра», «позавчера», «послезавтра»,
//              «в прошлом (этом, текущем, следующем) году»,
//              «в прошлом месяце», «на прошлой (этой, следующей) неделе» (Monday to Sunday),
//              «во вторник» (the latest Tuesday on or before publication), «12 мая с.г.» (this
//              year), «1 января будущего года»
// Years and days missing are resolved as in English (dates.h). Expressions after «до», «к» or
// a lone «по» are deadlines, and years after «на» periods («бюджет на 2024 год»): spans without a
// mention. A bare year needs a preposition and a word for year, so the year in a name
// («Взаимодействие-2019») is no date.
[[nodiscard]] std::vector<DateCandidate> findRussianDates(std::string_view text,
                                                          const DateContext &context);

} // namespace csto::extract
