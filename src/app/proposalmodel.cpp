// SPDX-License-Identifier: MIT
#include "proposalmodel.h"

#include <render/labels.h>

#include <QFont>

#include <nlohmann/json.hpp>

namespace csto::app {
namespace {

QString q(const std::string &text)
{
    return QString::fromStdString(text);
}

std::optional<PartialDate> optionalDate(const nlohmann::json &value)
{
    if (!value.is_string())
        return std::nullopt;
    return PartialDate::parse(value.get<std::string>());
}

} // namespace

ProposalModel::ProposalModel(KnowledgeBase &kb, QObject *parent)
    : QAbstractTableModel(parent), m_kb(kb)
{}

ProposalModel::Row ProposalModel::readRow(const Proposal &proposal)
{
    Row row;
    row.proposal = proposal;
    row.isEvent = proposal.kind == "event";
    const auto payload = nlohmann::json::parse(proposal.payload);
    if (row.isEvent) {
        const auto date = PartialDate::parse(payload.at("date").get<std::string>());
        row.date = render::humanRange(date, optionalDate(payload.value("end", nlohmann::json())));
        row.title = q(payload.at("title").get<std::string>());
        for (const auto &id : payload.at("participants")) {
            const auto entity = m_kb.findEntity(id.get<std::string>());
            row.participants << q(entity ? entity->name : id.get<std::string>());
        }
        // Entities proposed with it (an exercise of its occurrence), known once accepted.
        for (const auto &name : payload.value("new_participants", nlohmann::json::array())) {
            const auto entity = m_kb.findEntity(name.get<std::string>());
            row.participants << (entity ? q(entity->name)
                                        : tr("%1 (proposed)").arg(q(name.get<std::string>())));
        }
    } else {
        row.title = q(payload.at("name").get<std::string>());
        row.entityKind = entityKindFromString(payload.at("kind").get<std::string>());
        if (const auto office = payload.find("office"); office != payload.end()) {
            const std::string of = office->value("of", std::string());
            const auto entity = m_kb.findEntity(of);
            row.office =
                tr("%1 of %2")
                    .arg(q(office->value("role", std::string())), q(entity ? entity->name : of));
        }
    }
    row.reason = q(payload.value("reason", std::string()));
    if (const auto sameAs = payload.find("same_as"); sameAs != payload.end()) {
        const std::string id = sameAs->at("id").get<std::string>();
        row.sameAsId = q(id);
        row.sameAsReason = q(sameAs->value("reason", std::string()));
        if (row.isEvent) {
            const auto event = m_kb.findEvent(id);
            row.sameAsLabel = event ? tr("%1 (%2)").arg(q(event->title),
                                                        render::humanRange(event->date, event->end))
                                    : q(id);
        } else {
            const auto entity = m_kb.findEntity(id);
            row.sameAsLabel = q(entity ? entity->name : id);
        }
    }
    return row;
}

void ProposalModel::reload()
{
    std::vector<Row> rows;
    for (const auto &proposal : m_kb.pendingProposals())
        rows.push_back(readRow(proposal));
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

const ProposalModel::Row *ProposalModel::row(int index) const
{
    if (index < 0 || static_cast<std::size_t>(index) >= m_rows.size())
        return nullptr;
    return &m_rows[static_cast<std::size_t>(index)];
}

int ProposalModel::rowOf(std::int64_t proposalId) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].proposal.id == proposalId)
            return static_cast<int>(i);
    }
    return -1;
}

int ProposalModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ProposalModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProposalModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case KindColumn:
            if (r.isEvent)
                return tr("Event");
            return r.entityKind ? tr("New %1").arg(render::kindLabel(*r.entityKind).toLower())
                                : tr("New entity");
        case ProposalColumn:
            return r.title;
        case DateColumn:
            return r.date;
        case ParticipantsColumn:
            return r.participants.join(QStringLiteral(", "));
        case SameAsColumn:
            return r.sameAsLabel;
        case ArticleColumn:
            return q(r.proposal.sourceTitle);
        case ReasonColumn:
            return r.reason;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == SameAsColumn && !r.sameAsId.isEmpty())
            return tr("Probably the same as %1: %2").arg(r.sameAsLabel, r.sameAsReason);
        if (index.column() == SameAsColumn)
            return {};
        return data(index, Qt::DisplayRole); // the whole of a cell cut short
    case Qt::FontRole:
        if (index.column() == SameAsColumn && !r.sameAsId.isEmpty()) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case ProposalIdRole:
        return QVariant::fromValue<qint64>(r.proposal.id);
    case SourceIdRole:
        return q(r.proposal.sourceId);
    case OffsetRole:
        return QVariant::fromValue<qulonglong>(r.proposal.offset);
    case LengthRole:
        return QVariant::fromValue<qulonglong>(r.proposal.length);
    case IsEventRole:
        return r.isEvent;
    case SameAsIdRole:
        return r.sameAsId;
    case WhyRole: {
        QString why = r.reason.isEmpty() ? tr("Proposed because a sentence gives a date and "
                                              "names a known entity.")
                                         : tr("Proposed for the pattern: %1.").arg(r.reason);
        if (!r.office.isEmpty())
            why += u' ' + tr("Accepting it also records the office: %1.").arg(r.office);
        return why;
    }
    default:
        return {};
    }
}

QVariant ProposalModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KindColumn:
        return tr("Kind");
    case ProposalColumn:
        return tr("Proposal");
    case DateColumn:
        return tr("Date");
    case ParticipantsColumn:
        return tr("Participants");
    case SameAsColumn:
        return tr("Probably the same as");
    case ArticleColumn:
        return tr("Article");
    case ReasonColumn:
        return tr("Why proposed");
    default:
        return {};
    }
}

} // namespace csto::app
