// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>

#include <exception>
#include <functional>
#include <utility>

class QWidget;

namespace csto::app {

// Reading the knowledge base after start-up can fail: a damaged page, a missing table, a stored
// date such as 2021-02-30. An exception escaping a Qt slot, a model's fetchMore or a paint ends
// the program, so every such path runs its reading through run(), and this is the one place
// that tells the user what is wrong and offers another file. The dialog is queued, never shown
// from inside the model or paint call that failed, and at most one is open at a time; once the
// user chose to keep browsing a damaged file, later failures go to the status bar only.
class DatabaseGuard final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatabaseGuard)

public:
    enum class Choice
    {
        OpenAnother,
        KeepBrowsing,
        Close
    };
    // Shows `problem` and asks what to do. The default is a message box; tests replace it.
    using Prompt = std::function<Choice(QWidget *parent, const QString &problem)>;

    explicit DatabaseGuard(QWidget *window);

    void setPrompt(Prompt prompt) { m_prompt = std::move(prompt); }
    // The file being read, named in the message. A new file is asked about again.
    void setFile(const QString &file);

    // Runs `work`; if it throws, reports `action` (what was being done, e.g. "Showing the
    // card") with the exception's message and returns false.
    template <typename Work> bool run(const QString &action, Work &&work) noexcept
    {
        try {
            std::forward<Work>(work)();
            return true;
        } catch (const std::exception &error) {
            report(action, QString::fromUtf8(error.what()));
        } catch (...) {
            report(action, tr("an unknown error"));
        }
        return false;
    }
    void report(const QString &action, const QString &detail) noexcept;

    // `guard`->run(), or for a widget used without a window (tests build them alone), the same
    // catch with a warning on stderr.
    template <typename Work>
    static bool run(DatabaseGuard *guard, const QString &action, Work &&work) noexcept
    {
        if (guard)
            return guard->run(action, std::forward<Work>(work));
        try {
            std::forward<Work>(work)();
            return true;
        } catch (const std::exception &error) {
            warn(action, QString::fromUtf8(error.what()));
        } catch (...) {
            warn(action, QString());
        }
        return false;
    }

signals:
    // At once, for every failure: "<action>: <detail>".
    void problemReported(const QString &message);
    void openAnotherRequested();
    void closeRequested();

private:
    static void warn(const QString &action, const QString &detail) noexcept;
    void ask();

    QWidget *m_window;
    Prompt m_prompt;
    QString m_file;
    QString m_pending; // the message the queued dialog will show
    bool m_asking = false;
    bool m_quiet = false;
};

} // namespace csto::app
