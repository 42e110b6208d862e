// SPDX-License-Identifier: MIT
#pragma once

#include "arguments.h"

#include <core/knowledgebase.h>

#include <iosfwd>

// The curation commands of csto-kb: add, edit, delete, merge, history, revert, list, review,
// accept, reject. Each write is one of the KnowledgeBase's curation operations (one transaction
// with its journal entry); these functions only read the arguments, call it and print. Input the
// store refuses (CurationError) or these refuse first (InvalidInputError) exits with 3 and has
// changed nothing.
namespace csto::cli {

int runAdd(const Arguments &args, KnowledgeBase *kb, std::ostream &out, std::ostream &err);
int runEdit(const Arguments &args, KnowledgeBase *kb, std::ostream &out, std::ostream &err);
int runDelete(const Arguments &args, KnowledgeBase *kb, std::ostream &out, std::ostream &err);
int runMerge(const Arguments &args, KnowledgeBase *kb, std::ostream &out, std::ostream &err);
int runHistory(const Arguments &args, KnowledgeBase *kb, std::ostream &out, std::ostream &err);
int runRevert(const Arguments &args, KnowledgeBase *kb, std::ostream &out, std::ostream &err);
int runList(const Arguments &args, KnowledgeBase *kb, std::ostream &out, std::ostream &err);
int runReview(const Arguments &args, KnowledgeBase *kb, std::ostream &out, std::ostream &err);
int runAccept(const Arguments &args, KnowledgeBase *kb, std::ostream &out, std::ostream &err);
int runReject(const Arguments &args, KnowledgeBase *kb, std::ostream &out, std::ostream &err);

// The options of `add entity`, `add event` and `add relation` together (what `add` accepts
// before it knows which).
[[nodiscard]] OptionSpec addOptions();

} // namespace csto::cli
