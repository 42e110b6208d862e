// SPDX-License-Identifier: MIT
#pragma once

// moc (Qt 6.4) cannot parse libstdc++'s <concepts>, pulled in here; it needs none of it.
#ifndef Q_MOC_RUN
#include <core/knowledgebase.h>
#include <core/partialdate.h>
#include <report/reportdocument.h>
#endif

#include <QDialog>

#include <atomic>
#include <cstdint>
#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace csto::app {

// File > Export Summary: the profile of the current entity, or a brief of the events between
// two dates (partial dates, as `csto-kb report --timeline --from --to`), optionally only those
// of the current entity and its parts (`--entity`); on A4 or Letter, previewed or saved as PDF.
// Both build and lay out the brief on a worker thread with its own connection, behind a
// progress dialog whose Cancel stops it. Saving a brief of more than kPagesBeforeWarning pages
// (estimated from a count of its events) is confirmed first; the file is written through
// QSaveFile: an error or a cancel leaves no half-written PDF. The preview (BriefPreview) paints
// only the first BriefPreview::kPreviewPages pages of a longer brief, and says so.
class ExportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportDialog)

public:
    struct Subject
    {
        std::optional<std::int64_t> entityRowId;
        QString entityName;
        PartialDate from;
        PartialDate to;
    };

    // Beyond this many pages a brief takes seconds to write and is rarely what was meant.
    static constexpr int kPagesBeforeWarning = 300;

    ExportDialog(KnowledgeBase &kb, Subject subject, QWidget *parent = nullptr);

    // A file name made from `title` that is safe on every file system: "Collective Security
    // Council" -> "collective-security-council.pdf".
    [[nodiscard]] static QString suggestedFileName(const QString &title);
    // About how many pages a timeline brief of `events` events fills (its events table, title
    // and sources; measured on real and synthetic briefs).
    [[nodiscard]] static int estimatedPages(std::int64_t events);

    void preview();
    // Writes the chosen report to `fileName`; returns once it is written, failed (after saying
    // why) or was cancelled. Returns true only when the file was written.
    bool saveAs(const QString &fileName);
    // Stops a running save; callable from any thread.
    void cancelExport() { m_cancel = true; }

signals:
    // How far a save has got, 0 to 100. Emitted on the worker thread.
    void exportProgress(int percent);

private:
    // The brief's events as the fields choose them; nullopt (and `problem` says why) when a
    // date is not a date or the range is backwards.
    [[nodiscard]] std::optional<TimelineFilter> briefFilter(QString &problem) const;
    [[nodiscard]] bool isBrief() const;
    [[nodiscard]] QString reportTitle() const;
    [[nodiscard]] bool letter() const;
    void updateFields();
    // Reads the fields; for a brief, counts its events and, when `askBeforeLong`, asks before
    // one of many pages. False when the fields are wrong or the user declines.
    bool confirmRequest(std::optional<TimelineFilter> &filter, bool askBeforeLong);
    // Asks for a file name and saves there; closes the dialog once saved.
    void chooseFileAndSave();
    // Runs `work` on a worker thread with its own read-only connection to the knowledge base,
    // behind a progress dialog saying `label` whose Cancel raises m_cancel; returns once the
    // work has ended, with the message of an exception it threw (empty when none did).
    QString runOnWorker(const QString &label, const std::function<void(KnowledgeBase &)> &work);
    // Progress for the worker: `share` of the bar from `from` (emits exportProgress); false
    // once Cancel was pressed.
    [[nodiscard]] report::ReportDocument::Progress stage(double from, double share);
    // A profile, or the brief `filter` chooses; `progress` may stop a brief while it is read.
    [[nodiscard]] report::ReportDocument
    buildDocument(KnowledgeBase &kb, const std::optional<TimelineFilter> &filter,
                  const report::ReportDocument::Progress &progress = {}) const;

    KnowledgeBase &m_kb;
    Subject m_subject;
    QComboBox *m_kind;
    QLineEdit *m_from;
    QLineEdit *m_to;
    QCheckBox *m_entityOnly;
    QComboBox *m_pageSize;
    QLabel *m_problem;
    std::atomic_bool m_cancel{false};
    std::atomic_int m_reported{-1}; // the last percentage emitted
    bool m_busy = false;            // a worker runs (a save or a preview)
};

} // namespace csto::app
