// SPDX-License-Identifier: MIT
#pragma once

#include <core/knowledgebase.h>
#include <core/model.h>
#include <core/partialdate.h>

#include <QLocale>
#include <QString>
#include <QStringList>

#include <optional>
#include <string>
#include <vector>

// The words the window and the reports both show for kinds and relations.
namespace csto::render {

// "Body", and "Bodies" for group headings.
[[nodiscard]] QString kindLabel(EntityKind kind);
[[nodiscard]] QString kindPluralLabel(EntityKind kind);
// A relation as a phrase read from its `from` end: "member of", "chairs", "holds office in".
[[nodiscard]] QString relationPhrase(const std::string &type);

// An entity's category as the knowledge base writes it ("statutory", "treaty") in the interface's
// language; an unknown category as written.
[[nodiscard]] QString categoryLabel(const std::string &category);

// Dates in the interface's language (uiLanguage()): "14 May 2002" or "14 мая 2002 г.".
[[nodiscard]] DateLanguage dateLanguage();
[[nodiscard]] QString humanDate(const PartialDate &date);
[[nodiscard]] QString humanRange(const PartialDate &start, const std::optional<PartialDate> &end);
// A period open at one end: "since 14 May 2002", "until 2025"; in Russian "с мая 2002 г." (a
// month alone takes the genitive after the preposition), "до 2025 г.".
[[nodiscard]] QString humanSince(const PartialDate &start);
[[nodiscard]] QString humanUntil(const PartialDate &end);
// What "current" is as of: "sources up to December 2020" (the newest source, to the month).
[[nodiscard]] QString humanSourcesUpTo(const PartialDate &latest);
// A period as the card, the report and the chart's tooltips say it, telling "current as of the
// sources" from "end not stated" (see RelationRecord::ongoing), in parts a card may set on lines:
//   2002-05-14 .. (ongoing)      {"since 14 May 2002", "current"}
//   2014-12 .. (not ongoing)     {"from December 2014", "end not stated"}
//   .. 2014-12                   {"until December 2014", "start not stated"}
//   neither, ongoing             {"current"}; neither, not ongoing: {}
[[nodiscard]] QStringList humanPeriodParts(const std::optional<PartialDate> &start,
                                           const std::optional<PartialDate> &end, bool ongoing);
// The parts on one line, "current" saying as of when: "since 14 May 2002, current (sources up
// to December 2020)"; empty when no date is stated and it is not ongoing.
[[nodiscard]] QString humanPeriod(const std::optional<PartialDate> &start,
                                  const std::optional<PartialDate> &end, bool ongoing,
                                  const std::optional<PartialDate> &sourcesUpTo);
// An entity's own period as its card and its profile say it. A document's start is the date it
// was adopted: with no end it is that date alone ("7 October 2002"), not a period that runs on.
// Every other entity reads as humanPeriod: "since 14 May 2002, current (sources up to December
// 2020)" when a source says it still exists, "from 25 May 2001, end not stated" when none does.
[[nodiscard]] QString humanEntityPeriod(EntityKind kind, const std::optional<PartialDate> &start,
                                        const std::optional<PartialDate> &end, bool ongoing,
                                        const std::optional<PartialDate> &sourcesUpTo);

// The name to show for an entity: in a Russian interface its Russian name, which the knowledge
// base keeps among the aliases (the first alias written mostly in Cyrillic that is not an
// abbreviation, else the first Cyrillic abbreviation), else the (English) name.
//   ("Collective Security Council", {"Совет коллективной безопасности", "СКБ"}) -> "Совет …"
//   ("United Nations Office on Drugs and Crime", {"УНП ООН"})                -> "УНП ООН"
//   ("Crisis Response Centre", {})                                            -> the name
[[nodiscard]] QString displayName(const std::string &name, const std::vector<std::string> &aliases,
                                  QLocale::Language language);
[[nodiscard]] QString displayName(const std::string &name, const std::vector<std::string> &aliases);
// The names an entity is also known as when shown as `title` (a displayName): the stored name
// if the title is another, then every alias but the title.
[[nodiscard]] QStringList otherNames(const std::string &name,
                                     const std::vector<std::string> &aliases, const QString &title);
// The same for an entity of `kb`; its aliases are read only when the interface is Russian.
[[nodiscard]] QString displayName(KnowledgeBase &kb, const EntityHeader &entity);
// True if most letters of `text` are Cyrillic.
[[nodiscard]] bool isMostlyCyrillic(const QString &text);

} // namespace csto::render
