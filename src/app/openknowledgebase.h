// SPDX-License-Identifier: MIT
#pragma once

#include <core/knowledgebase.h>

#include <QString>

#include <filesystem>
#include <functional>
#include <memory>
#include <optional>

class QWidget;

namespace csto::app {

// The knowledge base the window shows, and the file it lives in.
struct OpenedKnowledgeBase
{
    std::unique_ptr<KnowledgeBase> kb;
    std::filesystem::path path;
};

// Asked when a file cannot be used: `problem` says what is wrong with `refused`. Returns another
// file to try, or nothing to give up.
using AskForAnotherFile = std::function<std::optional<std::filesystem::path>(
    const QString &problem, const std::filesystem::path &refused)>;

// Opens the window's knowledge base at `path` for reading and writing (read-only when the file or
// its folder is not writable). A file it refuses is left exactly as it was, and no knowledge base
// is ever created in it; the user is asked for another file until one opens or they give up.
[[nodiscard]] std::optional<OpenedKnowledgeBase>
openKnowledgeBase(std::filesystem::path path, const AskForAnotherFile &askForAnother);

// The question itself: says what is wrong and offers "Open Another File…" or "Quit".
[[nodiscard]] std::optional<std::filesystem::path>
askForAnotherFile(QWidget *parent, const QString &problem, const std::filesystem::path &refused);

// "Read-only: the folder … is not writable", for the status bar; empty for a writable one.
[[nodiscard]] QString readOnlyNotice(KnowledgeBase &kb);

} // namespace csto::app
