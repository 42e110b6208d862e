// SPDX-License-Identifier: MIT
#include "databaseguard.h"

#include <core/error.h>

#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QWidget>

namespace csto::app {
namespace {

DatabaseGuard::Choice askWithMessageBox(QWidget *parent, const QString &problem)
{
    QMessageBox box(QMessageBox::Critical, DatabaseGuard::tr("The knowledge base cannot be read"),
                    problem, QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("databaseProblem"));
    box.setTextFormat(Qt::PlainText);
    box.setInformativeText(DatabaseGuard::tr(
        "The file may be damaged: \u201c"
        "csto-kb check\u201d lists what is wrong with it. Open "
        "another knowledge base, keep browsing what can still be read, or close the window."));
    auto *openAnother =
        box.addButton(DatabaseGuard::tr("&Open Another\u2026"), QMessageBox::AcceptRole);
    auto *keep = box.addButton(DatabaseGuard::tr("&Keep Browsing"), QMessageBox::RejectRole);
    auto *close = box.addButton(DatabaseGuard::tr("&Close"), QMessageBox::DestructiveRole);
    box.setDefaultButton(openAnother);
    box.setEscapeButton(keep);
    box.exec();
    if (box.clickedButton() == openAnother)
        return DatabaseGuard::Choice::OpenAnother;
    if (box.clickedButton() == close)
        return DatabaseGuard::Choice::Close;
    return DatabaseGuard::Choice::KeepBrowsing;
}

void tellWithMessageBox(QWidget *parent, const QString &action, const QString &message)
{
    QMessageBox box(QMessageBox::Warning, action, message, QMessageBox::Ok, parent);
    box.setObjectName(QStringLiteral("databaseBusy"));
    box.setTextFormat(Qt::PlainText);
    box.exec();
}

} // namespace

DatabaseGuard::DatabaseGuard(QWidget *window)
    : QObject(window), m_window(window), m_prompt(askWithMessageBox),
      m_busyNotice(tellWithMessageBox)
{}

bool DatabaseGuard::isBusy(const std::exception &error) noexcept
{
    // SQLite's primary codes (extended codes carry them in the low byte).
    constexpr int kSqliteBusy = 5;
    constexpr int kSqliteLocked = 6;
    const auto *database = dynamic_cast<const DatabaseError *>(&error);
    if (!database)
        return false;
    const int code = database->sqliteCode() & 0xff;
    return code == kSqliteBusy || code == kSqliteLocked;
}

QString DatabaseGuard::busyMessage()
{
    return tr("The knowledge base is busy: another program is writing to it. Try again in a "
              "moment.");
}

QString DatabaseGuard::describe(const std::exception &error)
{
    return isBusy(error) ? busyMessage() : QString::fromUtf8(error.what());
}

void DatabaseGuard::reportBusy(const QString &action) noexcept
{
    try {
        emit problemReported(tr("%1: %2").arg(action, busyMessage()));
        // Queued, like the damaged-file dialog, and once for a burst of failures.
        if (!m_pendingBusy.isEmpty())
            return;
        m_pendingBusy = action;
        QTimer::singleShot(0, this, &DatabaseGuard::tellBusy);
    } catch (...) {
        warn(action, QStringLiteral("busy"));
    }
}

void DatabaseGuard::tellBusy()
{
    const QString action = std::exchange(m_pendingBusy, QString());
    m_busyNotice(m_window, action, busyMessage());
}

void DatabaseGuard::setFile(const QString &file)
{
    m_file = file;
    m_quiet = false;
}

void DatabaseGuard::report(const QString &action, const QString &detail) noexcept
{
    try {
        const QString message = tr("%1: %2").arg(action, detail);
        emit problemReported(message);
        if (m_quiet || !m_pending.isEmpty() || m_asking)
            return;
        m_pending =
            m_file.isEmpty() ? message : tr("%1\n\nKnowledge base: %2").arg(message, m_file);
        QTimer::singleShot(0, this, &DatabaseGuard::ask);
    } catch (...) {
        warn(action, detail);
    }
}

void DatabaseGuard::ask()
{
    const QString problem = std::exchange(m_pending, QString());
    m_asking = true;
    const Choice choice = m_prompt(m_window, problem);
    m_asking = false;
    switch (choice) {
    case Choice::OpenAnother:
        emit openAnotherRequested();
        break;
    case Choice::KeepBrowsing:
        m_quiet = true;
        break;
    case Choice::Close:
        emit closeRequested();
        break;
    }
}

void DatabaseGuard::warn(const QString &action, const QString &detail) noexcept
{
    qWarning("%s: %s", qUtf8Printable(action), qUtf8Printable(detail));
}

} // namespace csto::app
