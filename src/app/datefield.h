// SPDX-License-Identifier: MIT
#pragma once

// moc (Qt 6.4) cannot parse libstdc++'s <concepts>, pulled in here; it needs none of it.
#ifndef Q_MOC_RUN
#include <core/partialdate.h>
#endif

#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;

namespace csto::app {

// A date as a source gives it, typed: "2002", "May 2002" (any case), "14 May 2002", "2002-05",
// "2002-05-14" or "--06-17" (day and month, year not stated). Below the box it says how it reads
// ("May 2002"), or what is wrong with it, as the user types.
class DateField final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DateField)

public:
    enum class Requirement
    {
        Optional, // empty is fine: the date is not stated
        Required
    };

    // What a text reads as: a date, nothing (empty), or the problem.
    struct Reading
    {
        std::optional<PartialDate> date;
        QString problem; // empty when the text is a date or empty
    };
    [[nodiscard]] static Reading read(const QString &text);

    explicit DateField(Requirement requirement, QWidget *parent = nullptr);

    void setDate(const std::optional<PartialDate> &date);
    [[nodiscard]] std::optional<PartialDate> date() const;
    // Empty when the field holds a date, or nothing where nothing is fine.
    [[nodiscard]] QString problem() const;
    [[nodiscard]] bool isValid() const { return problem().isEmpty(); }
    // How the date reads ("May 2002"), or the problem, as shown under the box.
    [[nodiscard]] QString readingText() const;
    [[nodiscard]] QLineEdit *lineEdit() const { return m_edit; }

signals:
    void changed();

private:
    void update();

    Requirement m_requirement;
    QLineEdit *m_edit;
    QLabel *m_reading;
};

} // namespace csto::app
