// SPDX-License-Identifier: MIT
#include "commands.h"

#include "commandsupport.h"
#include "curationcommands.h"
#include "helptext.h"
#include "jsonoutput.h"
#include "reportcommand.h"
#include "textoutput.h"

#include <core/atomicfile.h>
#include <core/datasetjson.h>
#include <core/datasetstore.h>
#include <core/error.h>
#include <core/importer.h>
#include <core/integritycheck.h>
#include <core/knowledgebase.h>
#include <core/namelookup.h>
#include <core/paths.h>
#include <core/synth/synthesis.h>

#include <algorithm>
#include <functional>
#include <ostream>

namespace csto::cli {
namespace {

constexpr const char *kMainHelp =
    CSTO_HELP(R"(csto-kb: the CSTO Atlas knowledge base on the command line

Usage: csto-kb [--db FILE] COMMAND [OPTIONS]

Commands:
  build --data DIR --out FILE     build a knowledge base from JSON files
  synth [--entities N] [--events N] [--articles N] [--seed N] --out FILE
                                  a synthetic knowledge base for benchmarks
  export [--format json] [-o FILE]
                                  the whole knowledge base in the export format
  show NAME|ID [--json]           one entity or event: card, relations, events, sources
  search QUERY [--limit N] [--json]
                                  ranked hits over names, aliases and text
  timeline [--entity NAME|ID] [--from DATE] [--to DATE] [--json]
                                  events in date order
  info [--json]                   what the knowledge base holds
  check [--json]                  integrity of the database (exit 1 if it finds problems)
  import PATH... [--published DATE] [--accept-all] [--encoding NAME] [--json]
                                  imports article files or folders of them
  report (--entity NAME|ID | --timeline [--from DATE] [--to DATE] [--entity NAME|ID])
         [--page-size A4|Letter] -o FILE.pdf
                                  a PDF summary (no display needed)

Curating (every change is journaled; history and revert undo it):
  add entity --kind KIND --name NAME [--category C] [--parent ID] [--alias A]...
             [--summary S] [--start DATE] [--end DATE] CITATION [--json]
  add event --date DATE [--end DATE] --title T [--summary S] [--place P]
            --participant ID... CITATION [--json]
  add relation --type TYPE --from ID --to ID [--start DATE] [--end DATE] [--role R]
               CITATION [--json]
                                  add a fact; CITATION is --source ID, or --note TEXT
                                  [--note-author NAME] [--note-date DATE]
  edit ID [--set FIELD=VALUE]... [--add-alias A]... [--remove-alias A]... [--json]
                                  change an entity, event or relation (relation-N)
  delete ID [--force] [--json]    delete one; refused while others depend on it
  merge FROM INTO [--json]        merge entity FROM into entity INTO
  history [ID] [--limit N] [--json]
                                  the journal of changes, newest first
  revert CHANGE [--json]          undo one change (as a new change)
  list [--kind KIND] [--json]     the entities, by kind and name
  review [--json]                 proposals of imports waiting for review, with ids
  accept PROPOSAL [--as-alias-of ID] [--parent ID] [--json]
  reject PROPOSAL [--json]        accept or reject a proposal

Options:
  --db FILE    use FILE instead of the default knowledge base
               (~/.local/share/csto-atlas/csto-atlas.db, created from the bundled one)
  --help       help for csto-kb or for one command (csto-kb show --help)
  --version    the program's version

Dates are ISO 8601 with reduced precision: 2002, 2002-05, 2002-05-14.

Exit codes:
  0  success
  1  not found (no such entity or event)
  2  wrong usage (unknown command or option, bad value)
  3  invalid input data (the message names the file, JSON path and problem), or a change
     refused (unknown id, bad date, unknown field, ...; nothing is changed)
  4  the database cannot be used (missing, not a knowledge base, newer, corrupt)
  5  the output file cannot be written (nothing is left behind)
)");

struct Command
{
    const char *name;
    const char *help;
    OptionSpec options;
    bool needsDatabase;
    bool writes; // opens the knowledge base for writing
    std::function<int(const Arguments &, KnowledgeBase *, std::ostream &, std::ostream &)> run;
};

// Finds an entity by id, name or alias, in any grammatical form, for commands that take NAME|ID;
// if there is none, tells the user on `err` and suggests close matches.
std::optional<EntityHeader> findEntityOrExplain(KnowledgeBase &kb, const std::string &nameOrId,
                                                std::ostream &err)
{
    if (auto entity = findEntityInAnyForm(kb, nameOrId))
        return entity;
    std::string message = "no entity named \"" + text::forTerminal(nameOrId) + "\"";
    const auto hits = kb.search(nameOrId, 3);
    if (!hits.empty()) {
        message += "; did you mean:";
        for (const auto &hit : hits)
            message +=
                "\n  " + text::forTerminal(hit.title) + " [" + text::forTerminal(hit.id) + "]";
    }
    err << "csto-kb: " << message << "\n";
    return std::nullopt;
}

int runBuild(const Arguments &args, KnowledgeBase *, std::ostream &out, std::ostream &)
{
    const auto data = args.value("--data");
    const auto target = args.value("--out");
    if (!data || !target)
        throw UsageError("build needs --data DIR and --out FILE");
    if (!args.positionals().empty())
        throw UsageError("build takes no arguments besides --data and --out");
    const Dataset dataset = readDataset(*data);
    buildKnowledgeBaseFile(dataset, *target);
    out << "built " << text::forTerminal(*target) << ": " << dataset.sources.size() << " sources, "
        << dataset.entities.size() << " entities, " << dataset.events.size() << " events, "
        << dataset.relations.size() << " relations\n";
    return kSuccess;
}

int runSynth(const Arguments &args, KnowledgeBase *, std::ostream &out, std::ostream &err)
{
    const auto target = args.value("--out");
    if (!target)
        throw UsageError("synth needs --out FILE");
    if (!args.positionals().empty())
        throw UsageError("synth takes no arguments besides its options");
    synth::SynthOptions options;
    options.entities =
        static_cast<std::size_t>(args.intValue("--entities", 20, 10000000).value_or(100000));
    options.events =
        static_cast<std::size_t>(args.intValue("--events", 0, 100000000).value_or(1000000));
    options.articles =
        static_cast<std::size_t>(args.intValue("--articles", 0, 10000000).value_or(50000));
    options.seed = static_cast<std::uint64_t>(args.intValue("--seed", 0, 2147483647).value_or(1));
    std::string lastPhase;
    int lastPercent = -1;
    synth::synthesise(options, *target,
                      [&](std::string_view phase, std::size_t done, std::size_t total) {
                          const int percent = total ? static_cast<int>(done * 100 / total) : 100;
                          if (phase == lastPhase && percent / 10 == lastPercent / 10)
                              return;
                          lastPhase = phase;
                          lastPercent = percent;
                          err << "csto-kb synth: " << phase << " " << done << "/" << total << "\n";
                      });
    out << "synthesised " << text::forTerminal(*target) << ": " << options.entities << " entities, "
        << options.events << " events, " << options.articles << " articles (seed " << options.seed
        << ")\n";
    return kSuccess;
}

int runExport(const Arguments &args, KnowledgeBase *kb, std::ostream &out, std::ostream &)
{
    if (const auto format = args.value("--format"); format && *format != "json")
        throw UsageError("unknown export format \"" + *format + "\" (only json)");
    if (!args.positionals().empty())
        throw UsageError("export takes no arguments");
    const std::string text = serialiseDataset(kb->exportDataset());
    if (const auto file = args.value("-o"))
        writeFileAtomically(*file, text);
    else
        out << text;
    return kSuccess;
}

int runShow(const Arguments &args, KnowledgeBase *kb, std::ostream &out, std::ostream &err)
{
    const std::string what = singlePositional(args, "NAME or ID");
    const bool asJson = args.flag("--json");
    if (auto event = kb->findEvent(what)) {
        const auto card = kb->eventCard(event->rowId);
        if (asJson)
            printJson(out, json::eventCard(*card));
        else
            text::printEventCard(out, *card);
        return kSuccess;
    }
    const auto entity = findEntityOrExplain(*kb, what, err);
    if (!entity)
        return kNotFound;
    const auto card = kb->entityCard(entity->rowId);
    if (asJson)
        printJson(out, json::entityCard(*card));
    else
        text::printEntityCard(out, *card);
    return kSuccess;
}

int runSearch(const Arguments &args, KnowledgeBase *kb, std::ostream &out, std::ostream &)
{
    if (args.positionals().empty())
        throw UsageError("search needs a QUERY (see csto-kb search --help)");
    std::string query;
    for (const auto &word : args.positionals())
        query += (query.empty() ? "" : " ") + word;
    const int limit = args.intValue("--limit", 1, 1000).value_or(20);
    const auto hits = kb->search(query, static_cast<std::size_t>(limit));
    if (args.flag("--json"))
        printJson(out, json::searchHits(query, hits));
    else
        text::printSearchHits(out, hits);
    return kSuccess;
}

int runTimeline(const Arguments &args, KnowledgeBase *kb, std::ostream &out, std::ostream &err)
{
    if (!args.positionals().empty())
        throw UsageError("timeline takes no arguments (use --entity NAME|ID)");
    TimelineFilter filter;
    filter.from = dateOption(args, "--from");
    filter.to = dateOption(args, "--to");
    if (filter.from && filter.to && filter.to->lastDayKey() < filter.from->firstDayKey())
        throw UsageError("--to " + filter.to->toIso() + " is before --from " +
                         filter.from->toIso());
    if (const auto name = args.value("--entity")) {
        const auto entity = findEntityOrExplain(*kb, *name, err);
        if (!entity)
            return kNotFound;
        filter.entityRowId = entity->rowId;
    }
    filter.includeDescendants = !args.flag("--without-descendants");
    const auto events = kb->timeline(filter);
    if (args.flag("--json"))
        printJson(out, json::timeline(events));
    else
        text::printTimeline(out, events);
    return kSuccess;
}

#ifdef CSTO_HAVE_REPORTS
int runReportCommand(const Arguments &args, KnowledgeBase *kb, std::ostream &out, std::ostream &err)
{
    if (!args.positionals().empty())
        throw UsageError("report takes no arguments (see csto-kb report --help)");
    ReportRequest request;
    request.output = args.value("-o").value_or("");
    if (request.output.empty())
        throw UsageError("report needs -o FILE.pdf");
    request.timeline = args.flag("--timeline");
    request.from = dateOption(args, "--from");
    request.to = dateOption(args, "--to");
    if (!request.timeline && (request.from || request.to))
        throw UsageError("--from and --to go with --timeline");
    const auto entityName = args.value("--entity");
    if (!request.timeline && !entityName)
        throw UsageError("report needs --entity NAME|ID or --timeline");
    if (entityName) {
        const auto entity = findEntityOrExplain(*kb, *entityName, err);
        if (!entity)
            return kNotFound;
        request.entityRowId = entity->rowId;
    }
    const std::string pageSize = args.value("--page-size").value_or("A4");
    if (pageSize != "A4" && pageSize != "Letter")
        throw UsageError("--page-size is A4 or Letter, not \"" + pageSize + "\"");
    request.letter = pageSize == "Letter";
    const int pages = writeReport(*kb, request);
    out << "wrote " << text::forTerminal(request.output) << ": " << pages
        << (pages == 1 ? " page\n" : " pages\n");
    return kSuccess;
}
#endif

int runImport(const Arguments &args, KnowledgeBase *kb, std::ostream &out, std::ostream &err)
{
    if (args.positionals().empty())
        throw UsageError("import needs at least one PATH (see csto-kb import --help)");
    ImportOptions options;
    options.published = dateOption(args, "--published");
    options.acceptAll = args.flag("--accept-all");
    if (const auto name = args.value("--encoding")) {
        const auto encoding = extract::encodingFromName(*name);
        if (!encoding)
            throw UsageError("unknown encoding \"" + *name + "\" (utf-8, windows-1251 or latin-1)");
        options.encoding = *encoding;
    }
    // Folders are read in name order; only regular files are articles.
    std::vector<std::filesystem::path> files;
    for (const auto &path : args.positionals()) {
        std::error_code ec;
        if (std::filesystem::is_directory(path, ec)) {
            std::vector<std::filesystem::path> inFolder;
            for (const auto &entry : std::filesystem::directory_iterator(path, ec)) {
                if (entry.is_regular_file() && entry.path().extension() == ".txt")
                    inFolder.push_back(entry.path());
            }
            std::sort(inFolder.begin(), inFolder.end());
            files.insert(files.end(), inFolder.begin(), inFolder.end());
        } else {
            files.emplace_back(path);
        }
    }
    Importer importer(*kb);
    std::vector<ImportReport> reports;
    for (const auto &file : files)
        reports.push_back(importer.importFile(file, options));

    bool failed = false;
    for (const auto &r : reports)
        failed |= r.status == ImportReport::Status::Error;
    if (args.flag("--json")) {
        printJson(out, json::importReports(reports));
    } else {
        for (const auto &r : reports) {
            if (r.status == ImportReport::Status::Error) {
                err << "csto-kb: " << text::forTerminal(r.file) << ": "
                    << text::forTerminal(r.error, text::LineBreaks::Keep) << "\n";
                continue;
            }
            out << toString(r.status) << " " << text::forTerminal(r.file) << ": "
                << text::forTerminal(r.title);
            if (r.status == ImportReport::Status::Imported)
                out << " (" << r.mentions.size() << " mentions, " << r.events.size()
                    << " proposed events, " << r.entities.size() << " proposed entities"
                    << (options.acceptAll ? ", all accepted" : ", waiting for review") << ")";
            out << "\n";
            if (r.note)
                out << "  note: " << text::forTerminal(*r.note) << "\n";
            if (r.yearNote)
                out << "  note: " << text::forTerminal(*r.yearNote) << "\n";
        }
    }
    return failed ? kInvalidData : kSuccess;
}

int runCheck(const Arguments &args, KnowledgeBase *kb, std::ostream &out, std::ostream &)
{
    if (!args.positionals().empty())
        throw UsageError("check takes no arguments");
    const auto report = kb->check();
    if (args.flag("--json")) {
        json::Json problems = json::Json::array();
        for (const auto &p : report.problems)
            problems.push_back({{"check", p.check}, {"problem", p.problem}});
        printJson(out, {{"database", kb->path().string()},
                        {"ok", report.ok()},
                        {"passed", report.passed},
                        {"problems", problems}});
    } else {
        out << "Checking " << text::forTerminal(kb->path().string()) << "\n";
        for (const auto &check : report.passed)
            out << "  ok       " << text::forTerminal(check) << "\n";
        for (const auto &p : report.problems)
            out << "  PROBLEM  " << text::forTerminal(p.check) << ": "
                << text::forTerminal(p.problem, text::LineBreaks::Keep) << "\n";
        out << (report.ok() ? "The knowledge base is sound.\n"
                            : "The knowledge base has problems (see above).\n");
    }
    return report.ok() ? kSuccess : kNotFound;
}

int runInfo(const Arguments &args, KnowledgeBase *kb, std::ostream &out, std::ostream &)
{
    const std::string path = kb->path().string();
    if (args.flag("--json"))
        printJson(out, json::counts(kb->counts(), path));
    else
        text::printCounts(out, kb->counts(), path);
    return kSuccess;
}

const std::vector<Command> &commands()
{
    // The help texts keep their lines (clang-format would rewrap them).
    // clang-format off
    static const std::vector<Command> list = {
        {"build",
         CSTO_HELP("Usage: csto-kb build --data DIR|FILE --out FILE\n"
         "\n"
         "Builds a knowledge base from JSON in the export format (every *.json file of DIR, in\n"
         "name order). On invalid data it names the file, the JSON path and the problem, exits\n"
         "with 3 and writes nothing.\n"),
         {{"--data", "--out"}, {}},
         false,
         false,
         runBuild},
        {"synth",
         CSTO_HELP("Usage: csto-kb synth [--entities N] [--events N] [--articles N] [--seed N] --out FILE\n"
         "\n"
         "Writes a synthetic knowledge base for benchmarks and scale tests (defaults: 100000\n"
         "entities, 1000000 events, 50000 articles, seed 1): a deep hierarchy of bodies, states,\n"
         "operations with thousands of events, power-law participation, dates from 1992 to 2026\n"
         "at mixed precision, Latin and Cyrillic aliases, articles of news length. The same seed\n"
         "gives the same knowledge base. Progress goes to standard error; the file appears only\n"
         "when complete.\n"),
         {{"--entities", "--events", "--articles", "--seed", "--out"}, {}},
         false,
         false,
         runSynth},
        {"export",
         CSTO_HELP("Usage: csto-kb [--db FILE] export [--format json] [-o FILE]\n"
         "\n"
         "Prints the whole knowledge base in the export format (format \"csto-atlas/1\"), or\n"
         "writes it to FILE (replaced only once complete). `csto-kb build` reads it back.\n"),
         {{"--format", "-o"}, {}},
         true,
         false,
         runExport},
        {"show",
         CSTO_HELP("Usage: csto-kb [--db FILE] show NAME|ID [--json]\n"
         "\n"
         "Shows one entity (by id, name or alias, case-insensitive) or event (by id): its card,\n"
         "relations, events and sources. Exits with 1 and suggestions if nothing matches.\n"),
         {{}, {"--json"}},
         true,
         false,
         runShow},
        {"search",
         CSTO_HELP("Usage: csto-kb [--db FILE] search QUERY... [--limit N] [--json]\n"
         "\n"
         "Ranked search over names, aliases, summaries and event text. Every word matches as a\n"
         "prefix (kan finds Kanal); punctuation and operators are ordinary characters. Hits on\n"
         "a name or alias come first. --limit defaults to 20.\n"),
         {{"--limit"}, {"--json"}},
         true,
         false,
         runSearch},
        {"timeline",
         CSTO_HELP("Usage: csto-kb [--db FILE] timeline [--entity NAME|ID] [--from DATE] [--to DATE]\n"
         "                                    [--without-descendants] [--json]\n"
         "\n"
         "Events in date order. --entity keeps the events the entity or any entity below it in\n"
         "the tree takes part in (--without-descendants: the entity alone). --from and --to\n"
         "keep events whose span overlaps the range; events whose year is not stated are\n"
         "listed last, and only when no range is given.\n"),
         {{"--entity", "--from", "--to"}, {"--json", "--without-descendants"}},
         true,
         false,
         runTimeline},
#ifdef CSTO_HAVE_REPORTS
        {"report",
         CSTO_HELP("Usage: csto-kb [--db FILE] report --entity NAME|ID [--page-size A4|Letter] -o FILE.pdf\n"
         "       csto-kb [--db FILE] report --timeline [--from DATE] [--to DATE]\n"
         "                                  [--entity NAME|ID] [--page-size A4|Letter] -o FILE.pdf\n"
         "\n"
         "Writes a PDF summary: an entity's profile (an operation's or exercise's history), or a\n"
         "timeline brief of the events in a range, optionally of one entity and its parts. Needs\n"
         "no display. The file is replaced only once complete; if it cannot be written, exits\n"
         "with 5 and leaves nothing behind.\n"),
         {{"--entity", "--from", "--to", "--page-size", "-o"}, {"--timeline"}},
         true,
         false,
         runReportCommand},
#endif
        {"import",
         CSTO_HELP("Usage: csto-kb [--db FILE] import PATH... [--published DATE] [--accept-all]\n"
         "                                  [--encoding utf-8|windows-1251|latin-1] [--json]\n"
         "\n"
         "Imports article text files (a folder: its *.txt files in name order). Each article is\n"
         "one transaction: its text is stored with its SHA-256 (the same text again is reported\n"
         "as a duplicate and adds nothing), entity mentions are found, and events and new\n"
         "entities are proposed for review; --accept-all accepts them at once. --published\n"
         "dates an article whose dateline is missing. Text must be UTF-8 unless --encoding\n"
         "declares a legacy one. Files over 5 MB are refused. Exits with 3 if any article\n"
         "could not be imported (the others are).\n"),
         {{"--published", "--encoding"}, {"--accept-all", "--json"}},
         true,
         true,
         runImport},
        {"add",
         CSTO_HELP("Usage: csto-kb [--db FILE] add entity --kind KIND --name NAME [--category C] [--parent ID]\n"
         "                    [--alias A]... [--summary S] [--start DATE] [--end DATE] CITATION [--json]\n"
         "       csto-kb [--db FILE] add event --date DATE [--end DATE] --title T [--summary S]\n"
         "                    [--place P] --participant ID... CITATION [--json]\n"
         "       csto-kb [--db FILE] add relation --type TYPE --from ID --to ID [--start DATE]\n"
         "                    [--end DATE] [--role R] CITATION [--json]\n"
         "CITATION: --source ID | --note TEXT [--note-author NAME] [--note-date DATE]\n"
         "\n"
         "Adds an entity, an event or a relation, as one journaled change (csto-kb history,\n"
         "csto-kb revert). Every new fact cites an existing source, or an analyst's note that\n"
         "becomes a source of its own: its author is the operating-system user and its date\n"
         "today unless --note-author and --note-date say otherwise. The id is made from the\n"
         "name or title. Without --summary an entity reads \"Not described yet.\" and an event\n"
         "its title. KIND is organisation, body, force, state, operation, exercise, person\n"
         "or document; dates are 2002, 2002-05, 2002-05-14 or --06-17. An unknown id, kind or\n"
         "type, a bad date, or a relation type that does not fit its ends is refused with exit\n"
         "3 and changes nothing. --json prints the new record in the export format, with\n"
         "\"change\": the journal entry's id.\n"),
         addOptions(),
         true,
         true,
         runAdd},
        {"edit",
         CSTO_HELP("Usage: csto-kb [--db FILE] edit ID [--set FIELD=VALUE]... [--add-alias A]...\n"
         "                                 [--remove-alias A]... [--json]\n"
         "\n"
         "Changes an entity, an event or a relation (its id, relation-N, is in csto-kb show\n"
         "--json), as one journaled change. FIELD is one of the export format's fields: for an\n"
         "entity name, kind, category, parent, summary, start, end, ongoing; for an event date,\n"
         "end, title, summary, place; for a relation type, from, to, start, end, ongoing, role,\n"
         "summary. An empty VALUE clears an optional field. --add-alias and --remove-alias\n"
         "change an entity's aliases. An unknown id or field, a bad date or a parent that would\n"
         "make a cycle in the tree is refused with exit 3 and changes nothing. --json prints\n"
         "the changed record in the export format, with \"change\": the journal entry's id.\n"),
         {{"--set", "--add-alias", "--remove-alias"}, {"--json"}},
         true,
         true,
         runEdit},
        {"delete",
         CSTO_HELP("Usage: csto-kb [--db FILE] delete ID [--force] [--json]\n"
         "\n"
         "Deletes an entity, an event or a relation, as one journaled change. While other\n"
         "records depend on it (its parts, relations, events it takes part in) it is refused\n"
         "with exit 3 and the list of them; --force deletes it with its relations and\n"
         "participations and leaves its parts without a parent. --json prints the deleted\n"
         "record in the export format with \"deleted\": true and \"change\".\n"),
         {{}, {"--force", "--json"}},
         true,
         true,
         runDelete},
        {"merge",
         CSTO_HELP("Usage: csto-kb [--db FILE] merge FROM INTO [--json]\n"
         "\n"
         "Merges entity FROM into entity INTO, as one journaled change: FROM's aliases,\n"
         "relations, events, parts, mentions, evidence and proposals move to INTO, FROM's name\n"
         "becomes an alias of INTO, and FROM's id finds INTO from then on. A merge of an\n"
         "entity into itself or into one of its own parts is refused with exit 3. --json\n"
         "prints INTO as it is afterwards, in the export format, with \"change\".\n"),
         {{}, {"--json"}},
         true,
         true,
         runMerge},
        {"history",
         CSTO_HELP("Usage: csto-kb [--db FILE] history [ID] [--limit N] [--json]\n"
         "\n"
         "The journal of changes, newest first: each change's id, time (UTC), user, action and\n"
         "record, and for an edit the fields it changed; with ID only the changes of that\n"
         "entity, event or relation; --limit N the newest N. --json prints {\"changes\": [{\"id\",\n"
         "\"time\", \"user\", \"action\", \"record_type\", \"record\", \"label\", \"before\", \"after\",\n"
         "\"reverts\"}]} with before and after as records in the export format (null where the\n"
         "record did not exist). Exits with 1 for an ID that never existed.\n"),
         {{"--limit"}, {"--json"}},
         true,
         false,
         runHistory},
        {"revert",
         CSTO_HELP("Usage: csto-kb [--db FILE] revert CHANGE [--json]\n"
         "\n"
         "Undoes one change of the journal (its id from csto-kb history) as a new change, which\n"
         "can be reverted in turn to redo it. When a later change depends on it, the revert is\n"
         "refused with exit 3 and a message naming that change. --json prints the record as it\n"
         "is afterwards in the export format, with \"change\".\n"),
         {{}, {"--json"}},
         true,
         true,
         runRevert},
        {"list",
         CSTO_HELP("Usage: csto-kb [--db FILE] list [--kind KIND] [--json]\n"
         "\n"
         "Lists the entities with their ids, by kind and then by name; --kind keeps one kind.\n"
         "--json prints {\"entities\": [{\"id\", \"kind\", \"category\", \"name\"}]}.\n"),
         {{"--kind"}, {"--json"}},
         true,
         false,
         runList},
        {"review",
         CSTO_HELP("Usage: csto-kb [--db FILE] review [--json]\n"
         "\n"
         "Lists the proposals of imports that wait for review, with their ids, for csto-kb\n"
         "accept and csto-kb reject. --json prints {\"proposals\": [{\"id\", \"type\", \"payload\",\n"
         "\"source\", \"source_title\", \"evidence\": {\"offset\", \"length\"}}]}.\n"),
         {{}, {"--json"}},
         true,
         false,
         runReview},
        {"accept",
         CSTO_HELP("Usage: csto-kb [--db FILE] accept PROPOSAL [--as-alias-of ID] [--parent ID] [--json]\n"
         "\n"
         "Accepts a pending proposal (its id from csto-kb review), as one journaled change: a\n"
         "proposed entity becomes an entity (under --parent ID if given) or, with --as-alias-of\n"
         "ID, an alias of that entity; a proposed event becomes an event citing its article.\n"
         "--json prints the record made or changed, in the export format, with \"change\".\n"),
         {{"--as-alias-of", "--parent"}, {"--json"}},
         true,
         true,
         runAccept},
        {"reject",
         CSTO_HELP("Usage: csto-kb [--db FILE] reject PROPOSAL [--json]\n"
         "\n"
         "Rejects a pending proposal (its id from csto-kb review), as one journaled change.\n"),
         {{}, {"--json"}},
         true,
         true,
         runReject},
        {"check",
         CSTO_HELP("Usage: csto-kb [--db FILE] check [--json]\n"
         "\n"
         "Checks the database: SQLite's integrity check, foreign keys, the search index (FTS5's\n"
         "own integrity-check, that it covers every entity, event and source and nothing else,\n"
         "and that a search for each one's name finds it), evidence pointing at missing facts or\n"
         "outside its article, stored text that is not UTF-8, invalid dates. Each check runs on\n"
         "its own: one that cannot finish (a damaged page, a missing table) is listed as a\n"
         "problem. Reads only. Exits with 0 when sound, 1 when it finds problems (listed), 4 when\n"
         "the file cannot be opened as a knowledge base.\n"),
         {{}, {"--json"}},
         true,
         false,
         runCheck},
        {"info",
         CSTO_HELP("Usage: csto-kb [--db FILE] info [--json]\n"
         "\n"
         "Counts what the knowledge base holds: entities by kind, events, relations, sources.\n"),
         {{}, {"--json"}},
         true,
         false,
         runInfo},
    };
    // clang-format on
    return list;
}

} // namespace

int runCommand(const Arguments &args, std::ostream &out, std::ostream &err)
{
    if (args.flag("--version")) {
        out << "csto-kb " << CSTO_VERSION << "\n";
        return kSuccess;
    }
    if (args.command().empty()) {
        if (args.flag("--help") || args.flag("-h")) {
            out << helpText(kMainHelp);
            return kSuccess;
        }
        err << helpText(kMainHelp);
        return kUsage;
    }
    const auto &list = commands();
    const auto it = std::find_if(list.begin(), list.end(),
                                 [&](const Command &c) { return args.command() == c.name; });
    if (it == list.end())
        throw UsageError("unknown command \"" + args.command() + "\" (see csto-kb --help)");
    if (args.flag("--help") || args.flag("-h")) {
        out << helpText(it->help);
        return kSuccess;
    }
    args.checkAllowed(it->options);

    if (!it->needsDatabase)
        return it->run(args, nullptr, out, err);
    const auto given = args.value("--db");
    const std::filesystem::path path =
        given ? std::filesystem::path(*given) : ensureDefaultDatabase();
    const auto kb = KnowledgeBase::open(path, it->writes ? schema::Access::ReadWrite
                                                         : schema::Access::ReadOnly);
    // A knowledge base in a folder this user cannot write opens read-only: say so once (exit 4)
    // rather than failing every change as if the input were at fault.
    if (const auto &reason = kb->readOnlyReason(); it->writes && !reason.empty())
        throw IncompatibleDatabaseError(kb->path().string() + ": cannot " + it->name +
                                        ": the knowledge base was opened read-only: " + reason);
    return it->run(args, kb.get(), out, err);
}

} // namespace csto::cli
