// SPDX-License-Identifier: MIT
#pragma once

#include "duplicates.h"
#include "extract/analysis.h"
#include "knowledgebase.h"

#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace csto {

inline constexpr std::size_t kMaxArticleBytes = 5u * 1024u * 1024u;

struct ImportOptions
{
    std::optional<PartialDate> published; // overrides the dateline
    bool acceptAll = false;               // accept every proposal at once (batch use)
    extract::Encoding encoding = extract::Encoding::Utf8;
};

// What importing one article did: the `csto-kb import --json` record.
struct ImportReport
{
    enum class Status
    {
        Imported,
        Duplicate,
        Error
    };
    struct NamedMention
    {
        std::string entity; // entity id
        std::string text;   // as written
        std::size_t offset = 0;
        std::size_t length = 0;
    };
    struct Event
    {
        std::int64_t proposalId = 0;
        PartialDate date = PartialDate::year(2000);
        std::optional<PartialDate> end;
        std::string title;
        std::optional<std::string> place;
        std::vector<std::string> participants; // entity ids
        extract::TextSpan evidence;
        // How the year was chosen when the date expression does not state it (the article's
        // yearNote), else nullopt.
        std::optional<std::string> yearNote;
        // A known event it probably is (same date at a compatible precision and a shared
        // participant): accepting it cites the article on that event instead of adding one.
        std::optional<SameAs> sameAs;
        std::string reason; // the rule that found it, when not a dated sentence
        std::vector<std::string> proposedParticipants; // proposed entities taking part, by name
    };
    struct Entity
    {
        std::int64_t proposalId = 0;
        std::string name;
        EntityKind kind = EntityKind::Body;
        extract::TextSpan evidence;
        // A known entity whose name or alias it is a near spelling or transliteration of:
        // accepting it makes the name an alias of that entity.
        std::optional<SameAs> sameAs;
        std::string reason; // the pattern that found it ("office title before a name: …")
    };

    std::string file;
    Status status = Status::Error;
    std::string error;
    std::optional<std::string> note; // e.g. "converted from Windows-1251 to UTF-8"
    // The publication date gave no year: how the year was chosen from the text, or why it was
    // not ("year 2021 chosen from the text: ...").
    std::optional<std::string> yearNote;
    std::string sourceId;
    std::string title;
    std::string publisher;
    std::optional<PartialDate> published;
    std::vector<NamedMention> mentions;
    std::vector<Event> events;
    std::vector<Entity> entities;
};

[[nodiscard]] std::string_view toString(ImportReport::Status status) noexcept;

// Imports articles into a knowledge base opened for writing. Each article is one transaction:
// its text (stored and indexed for search, with a SHA-256 so the same text is recognised and
// skipped next time), the mentions found in it, and the proposals for review; an error or a
// cancel leaves the database as it was. A curated source whose text had not been imported yet
// gets its text attached instead of a new source. Nothing proposed enters the knowledge base
// until accepted. A proposal the knowledge base probably knows already carries the match in its
// payload ("same_as": {"id", "reason"}; DuplicateFinder).
class Importer
{
public:
    explicit Importer(KnowledgeBase &kb);

    // Imports several files as one batch, all or nothing: `keepGoing` is asked before each file,
    // and a false answer (Cancel, a closing window) rolls the whole batch back. `done` hears how
    // many files have been read. Returns each file's report (those read before a stop).
    struct Batch
    {
        std::vector<ImportReport> reports;
        bool committed = false;
    };
    [[nodiscard]] Batch importBatch(const std::vector<std::filesystem::path> &files,
                                    const ImportOptions &options,
                                    const std::function<bool()> &keepGoing,
                                    const std::function<void(std::size_t)> &done);
    [[nodiscard]] ImportReport importFile(const std::filesystem::path &file,
                                          const ImportOptions &options);
    [[nodiscard]] ImportReport importText(std::string_view bytes, const std::string &fileName,
                                          const ImportOptions &options);

    // Shorthands for the review of proposals (KnowledgeBase::acceptProposal, rejectProposal,
    // editProposal: each one journaled change). accept returns the new record's id, or nullopt
    // if the proposal was not pending; reject does nothing then.
    std::optional<std::string> accept(std::int64_t proposalId);
    void reject(std::int64_t proposalId);
    // Changes a pending event proposal before it is accepted. Throws CurationError naming the
    // field for an unknown participant or an end before the date.
    void editEvent(std::int64_t proposalId, const PartialDate &date,
                   const std::optional<PartialDate> &end, const std::string &title,
                   const std::vector<std::string> &participants);

private:
    // Rebuilds the names matched in articles when the knowledge base changed since (a change of
    // the journal), so accepting many proposals does not rebuild it for each.
    void refreshGazetteer();
    [[nodiscard]] bool isPending(std::int64_t proposalId);

    KnowledgeBase &m_kb;
    extract::Gazetteer m_gazetteer;
    std::optional<DuplicateFinder> m_duplicates;   // built with the gazetteer, from the same names
    std::optional<std::int64_t> m_gazetteerChange; // the latest change it reflects
    bool m_gazetteerBuilt = false;
};

} // namespace csto
