// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLayout;
class QPushButton;

namespace csto::app {

// What the curation dialogs share: their form above a line saying what is still wrong, and OK
// enabled only when nothing is. Subclasses say what is wrong (problem()) and call revalidate()
// whenever a field changes, so the check runs as the user types.
class CurationDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CurationDialog)

public:
    explicit CurationDialog(QWidget *parent);

    // Empty when the input may be saved.
    [[nodiscard]] virtual QString problem() const = 0;
    [[nodiscard]] QPushButton *okButton() const;
    // The reason shown under the form (empty when OK is enabled).
    [[nodiscard]] QString shownProblem() const;

protected:
    // Puts `form` above the problem line and the buttons; call once, from the constructor.
    void setForm(QLayout *form);
    void revalidate();

private:
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace csto::app
