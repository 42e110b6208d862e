// SPDX-License-Identifier: MIT
#pragma once

#include "../model.h"
#include "articletext.h"
#include "dates.h"
#include "gazetteer.h"

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace csto::extract {

// An office the sentence gives a proposed person ("Secretary General of the CSTO"): the role
// as written (Russian in the nominative) and the known entity it is held in.
struct ProposedOffice
{
    std::string role;
    std::int64_t entityRowId = 0;
};

struct ProposedEntity
{
    std::string name; // Russian names in their dictionary (nominative) form
    EntityKind kind = EntityKind::Body;
    TextSpan evidence;
    std::string reason; // the pattern that found it ("office title before a name: …")
    std::vector<std::string> aliases; // an acronym the text defines, a translation it gives
    std::optional<ProposedOffice> office;
};

// One year's occurrence of an exercise or operation ("Interaction-2019"), proposed as an event
// in which the exercise takes part: as a known entity (row id) or as a proposed one (its name).
struct ProposedOccurrence
{
    std::string title; // as written: "Interaction-2019"
    PartialDate date = PartialDate::year(2000);
    std::optional<PartialDate> end;
    std::optional<std::int64_t> knownEntity;
    std::optional<std::string> proposedEntity;
    std::string reason;
};

// The rules that find entities an article names and the knowledge base lacks, in English and
// Russian, one sentence at a time (each rule says in `reason` what it matched):
//   exercises and operations named with a year ("Interaction-2019", «Поиск-2016») or in quotes
//   after a word that says what they are («учение "Поиск"», "exercise Cobalt"), their kind from
//   the words around (exercise, drills, учения / operation, операция); a year's occurrence also
//   becomes an occurrence (an event); a name the gazetteer knows is a mention, not new;
//   people after an office title ("Deputy Secretary General Valery Semerikov", «министра
//   обороны Сергея Шойгу»), Russian names put in the nominative, with the office as a relation
//   when the sentence names where it is held;
//   organisations and bodies: acronyms the text defines ("… Money Laundering (EAG)"), names
//   with an organisation word (Council, Committee, Group …; Совет, Комитет, Группа … in the
//   nominative), and states of the UN's member list the knowledge base lacks.
// Names already proposed in the article are not proposed again.
class NewEntityFinder
{
public:
    // `sentence` is a span of `text`; `mentions` are the gazetteer's in it (offsets into `text`,
    // sorted); `dates` the date expressions of the sentence (offsets into `text`).
    void scan(std::string_view text, const TextSpan &sentence, const std::vector<Mention> &mentions,
              const std::vector<DateMention> &dates, const Gazetteer &gazetteer,
              std::vector<ProposedEntity> &entities, std::vector<ProposedOccurrence> &occurrences);

private:
    std::set<std::string> m_seenNames;           // folded names already proposed
    std::set<std::string> m_seenOccurrences;     // folded titles already proposed
    std::optional<EntityKind> m_lastTriggerKind; // of the latest "exercise"/"operation" word
};

enum class RussianCase
{
    Nominative,
    Genitive, // and the accusative, the same for a man's name
    Dative,
    Instrumental,
    Prepositional
};

// A Russian personal name (first name, optional patronymic, surname; or surname, first name,
// patronymic as official texts write it) in the dictionary form "First Surname", given the case
// of the words around it: «Таалатбеком Масадыковым» (instrumental) -> «Таалатбек Масадыков».
// Indeclinable names («Шойгу», «Имангали») stay as written.
[[nodiscard]] std::string russianNominativeName(const std::vector<std::string> &words,
                                                RussianCase grammaticalCase);

} // namespace csto::extract
