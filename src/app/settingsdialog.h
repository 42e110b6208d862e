// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

#include <filesystem>

class QComboBox;
class QLineEdit;

namespace csto::app {

enum class LaneMode;

// Tools > Settings: the interface language (System, English, Русский; applies on restart), the
// knowledge base opened when no --db is given, the timeline's lanes and the page size of
// reports. Stored in QSettings: "ui/language", "database/default", "timeline/lanes" and
// "report/pageSize" (the keys MainWindow and ExportDialog already read).
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    // `lanes` is the window's current choice (it writes "timeline/lanes" only when it closes).
    explicit SettingsDialog(LaneMode lanes, QWidget *parent = nullptr);

    // The lanes chosen, for the window to apply at once.
    [[nodiscard]] LaneMode laneMode() const;

    // The text of the menu entry that opens the dialog ("&Settings…"), translated here so the
    // window needs no new translation of its own.
    [[nodiscard]] static QString actionText();

    // The knowledge base chosen as default ("database/default"), or empty to use the user's own.
    [[nodiscard]] static std::filesystem::path defaultDatabase();

    void accept() override;

private:
    void browse();

    QComboBox *m_language;
    QLineEdit *m_database;
    QComboBox *m_lanes;
    QComboBox *m_pageSize;
};

} // namespace csto::app
