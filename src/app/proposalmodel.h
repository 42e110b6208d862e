// SPDX-License-Identifier: MIT
#pragma once

#include <core/knowledgebase.h>

#include <QAbstractTableModel>
#include <QString>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace csto::app {

// The proposals of imports waiting for review (KnowledgeBase::pendingProposals), one row each:
// what is proposed, its date and participants, and the known record it is probably the same as
// (the importer's "same_as"), why it was proposed (the importer's "reason", and a person's
// "office"), in either language. Read again by reload() after every change.
class ProposalModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProposalModel)

public:
    enum Column
    {
        KindColumn,
        ProposalColumn, // an event's title or an entity's name
        DateColumn,
        ParticipantsColumn,
        SameAsColumn, // "probably the same as …"
        ArticleColumn,
        ReasonColumn, // why the importer proposed it: the pattern that matched
        ColumnCount
    };
    enum Role
    {
        ProposalIdRole = Qt::UserRole + 1, // qint64
        SourceIdRole,                      // QString: the article's source id
        OffsetRole,                        // qulonglong: the evidence in the article's text
        LengthRole,                        // qulonglong
        IsEventRole,                       // bool
        SameAsIdRole,                      // QString: the known record's id, empty if none
        WhyRole // QString: the reason and the office proposed with it, in a sentence or two
    };

    // One proposal as the model read it.
    struct Row
    {
        Proposal proposal;
        bool isEvent = false;
        std::optional<EntityKind> entityKind; // an entity proposal's kind, if known
        QString title;                        // the event's title or the entity's name
        QString date;                         // as the interface writes it
        QStringList participants;             // names
        QString sameAsId;
        QString sameAsLabel;  // the known record's name, or title and date
        QString sameAsReason; // why it is probably the same, as the importer put it
        QString reason;       // why the importer proposed it ("office title before a name: …")
        QString office;       // a person's office: "Secretary General of Collective Security …"
    };

    explicit ProposalModel(KnowledgeBase &kb, QObject *parent = nullptr);

    // Reads the pending proposals again. Throws what reading throws (a damaged file): the caller
    // reports it.
    void reload();
    [[nodiscard]] const Row *row(int index) const;
    // The row of a proposal, or -1.
    [[nodiscard]] int rowOf(std::int64_t proposalId) const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role) const override;

private:
    [[nodiscard]] Row readRow(const Proposal &proposal);

    KnowledgeBase &m_kb;
    std::vector<Row> m_rows;
};

} // namespace csto::app
