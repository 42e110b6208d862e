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

    // Tells that another program is writing (`message` is busyMessage()). The default is a
    // message box; tests replace it.
    using Notice =
        std::function<void(QWidget *parent, const QString &action, const QString &message)>;
    void setBusyNotice(Notice notice) { m_busyNotice = std::move(notice); }

    // Runs `work`; if it throws, reports `action` (what was being done, e.g. "Showing the
    // card") with the exception's message and returns false. A knowledge base busy with another
    // writer (SQLITE_BUSY, SQLITE_LOCKED) is said as such (busyMessage()), not as a damaged file.
    template <typename Work> bool run(const QString &action, Work &&work) noexcept
    {
        try {
            std::forward<Work>(work)();
            return true;
        } catch (const std::exception &error) {
            if (isBusy(error))
                reportBusy(action);
            else
                report(action, QString::fromUtf8(error.what()));
        } catch (...) {
            report(action, tr("an unknown error"));
        }
        return false;
    }
    void report(const QString &action, const QString &detail) noexcept;
    void reportBusy(const QString &action) noexcept;

    // True for a DatabaseError of SQLITE_BUSY or SQLITE_LOCKED (any extended code of them).
    [[nodiscard]] static bool isBusy(const std::exception &error) noexcept;
    // "The knowledge base is busy: another program is writing to it. Try again in a moment."
    [[nodiscard]] static QString busyMessage();
    // The user's words for `error`: busyMessage() when it is busy, else its message.
    [[nodiscard]] static QString describe(const std::exception &error);

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
            warn(action, describe(error));
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
    void tellBusy();

    QWidget *m_window;
    Prompt m_prompt;
    QString m_file;
    Notice m_busyNotice;
    QString m_pending;     // the message the queued dialog will show
    QString m_pendingBusy; // the action the queued busy notice will name
    bool m_asking = false;
    bool m_quiet = false;
};

} // namespace csto::app
