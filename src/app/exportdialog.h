// SPDX-License-Identifier: MIT
#pragma once

// moc (Qt 6.4) cannot parse libstdc++'s <concepts>, pulled in here; it needs none of it.
#ifndef Q_MOC_RUN
#include <core/partialdate.h>
#endif

#include <QDialog>

#include <cstdint>
#include <optional>

class QComboBox;

namespace csto {
class KnowledgeBase;
}

namespace csto::report {
class ReportDocument;
}

namespace csto::app {

// File > Export Summary: the profile of the current entity or a brief of the visible timeline
// range, on A4 or Letter, previewed (Qt print preview) or saved as PDF. The file is written
// through QSaveFile: an error or a cancel leaves no half-written PDF.
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

    ExportDialog(KnowledgeBase &kb, Subject subject, QWidget *parent = nullptr);

    // A file name made from `title` that is safe on every file system: "Collective Security
    // Council" -> "collective-security-council.pdf".
    [[nodiscard]] static QString suggestedFileName(const QString &title);

    void preview();
    bool saveAs(const QString &fileName);

private:
    [[nodiscard]] report::ReportDocument buildDocument() const;
    [[nodiscard]] QString reportTitle() const;
    [[nodiscard]] bool letter() const;

    KnowledgeBase &m_kb;
    Subject m_subject;
    QComboBox *m_kind;
    QComboBox *m_pageSize;
};

} // namespace csto::app
