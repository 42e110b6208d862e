// SPDX-License-Identifier: MIT
#pragma once

// moc (Qt 6.4) cannot parse libstdc++'s <concepts>, pulled in here; it needs none of it.
#ifndef Q_MOC_RUN
#include <core/partialdate.h>
#endif

#include <QDialog>
#include <QStringList>

#include <optional>

class QLabel;
class QLineEdit;

namespace csto::app {

// File > Import: the chosen articles and what `csto-kb import` takes besides them — the
// publication date (`--published`), for an article that does not print it or prints it wrong.
// A partial date (2019, 2019-11 or 2019-11-28); empty uses each article's dateline. OK is refused,
// with the reason shown, while the date is not a date.
class ImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportDialog)

public:
    explicit ImportDialog(QStringList files, QWidget *parent = nullptr);

    [[nodiscard]] const QStringList &files() const { return m_files; }
    // The date given, once accepted; nullopt for none.
    [[nodiscard]] std::optional<PartialDate> published() const { return m_published; }
    void setPublishedText(const QString &text);

    void accept() override;

private:
    QStringList m_files;
    QLineEdit *m_date;
    QLabel *m_problem;
    std::optional<PartialDate> m_published;
};

} // namespace csto::app
