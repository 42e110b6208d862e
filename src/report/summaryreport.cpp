// SPDX-License-Identifier: MIT
#include "summaryreport.h"

#include <core/error.h>
#include <render/labels.h>
#include <render/membershipchart.h>
#include <render/membershipdata.h>
#include <render/orgchart.h>
#include <render/timelinelayout.h>
#include <render/timelinepainter.h>

#include <QCoreApplication>
#include <QDate>

#include <map>

namespace csto::report {
namespace {

using Style = ReportDocument::TextStyle;

// lupdate files the tr() calls of free functions under their namespace: the same context here.
QString tr(const char *text)
{
    return QCoreApplication::translate("csto::report", text);
}

QString q(const std::string &text)
{
    return QString::fromStdString(text);
}

QString today()
{
    const QDate date = QDate::currentDate();
    return render::humanDate(PartialDate::day(date.year(), date.month(), date.day()));
}

// Numbers the sources in order of first citation and remembers which facts cite each.
class Citations
{
    Q_DECLARE_TR_FUNCTIONS(csto::report::Citations)

public:
    explicit Citations(KnowledgeBase &kb)
    {
        for (auto &source : kb.sources())
            m_info.emplace(source.id, source);
    }

    QString cite(const std::vector<std::string> &sources, const QString &fact)
    {
        QStringList numbers;
        for (const auto &id : sources) {
            auto it = std::find(m_order.begin(), m_order.end(), id);
            if (it == m_order.end()) {
                m_order.push_back(id);
                it = m_order.end() - 1;
            }
            numbers << QString::number(it - m_order.begin() + 1);
            auto &facts = m_facts[id];
            if (!facts.contains(fact))
                facts << fact;
        }
        return QStringLiteral("[%1]").arg(numbers.join(QStringLiteral(", ")));
    }

    QString cite(const std::vector<SourceInfo> &sources, const QString &fact)
    {
        std::vector<std::string> ids;
        for (const auto &source : sources)
            ids.push_back(source.id);
        return cite(ids, fact);
    }

    void addSection(ReportDocument &document) const
    {
        if (m_order.empty())
            return;
        document.addHeading(tr("Sources"));
        for (std::size_t i = 0; i < m_order.size(); ++i) {
            const auto &id = m_order[i];
            const auto it = m_info.find(id);
            QString entry = QStringLiteral("[%1] ").arg(i + 1);
            if (it != m_info.end()) {
                entry += q(it->second.publisher);
                if (it->second.published)
                    entry += QStringLiteral(", ") + render::humanDate(*it->second.published);
                entry += QStringLiteral(": ") + q(it->second.title);
            } else {
                entry += q(id);
            }
            document.addText(Style::SourceEntry, entry);
            QStringList facts;
            for (const auto &fact : m_facts.at(id))
                facts << QStringLiteral("\u2022 ") + fact;
            document.addText(Style::Small,
                             tr("Cited for:") + QLatin1Char('\n') + facts.join(QLatin1Char('\n')));
        }
    }

private:
    std::map<std::string, SourceInfo> m_info;
    std::vector<std::string> m_order;
    std::map<std::string, QStringList> m_facts;
};

void addTitleBlock(ReportDocument &document, KnowledgeBase &kb, const QString &title,
                   const QString &subtitle)
{
    document.setRunningHeader(QStringLiteral("CSTO Atlas \u2014 ") + title,
                              tr("Exported %1").arg(today()));
    document.addText(Style::Title, title);
    document.addText(Style::Subtitle, subtitle);
    const auto counts = kb.counts();
    int entities = 0;
    for (const auto &[kind, n] : counts.entities)
        entities += n;
    document.addText(Style::Meta,
                     tr("Exported %1 \u00b7 knowledge base built %2 \u00b7 %3 entities, %4 "
                        "events, %5 sources")
                         .arg(today(), q(kb.metaValue("built_at").value_or("(unknown)")))
                         .arg(entities)
                         .arg(counts.events)
                         .arg(counts.sources));
}

void addTimelinePicture(ReportDocument &document, std::vector<render::TimelineItem> items,
                        std::optional<std::pair<int, int>> years)
{
    const bool undated = std::any_of(items.begin(), items.end(),
                                     [](const auto &item) { return !item.start.hasYear(); });
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(11);
    font.setStyleStrategy(QFont::PreferNoShaping);
    // The timeline, and below it the key to exact and uncertain dates (on one line when the page
    // is wide enough).
    const double lanesHeight = 170 + (undated ? render::TimelineLayout::kUndatedStripHeight : 0);
    const auto legendHeight = [font](double width) {
        return render::TimelinePainter(font).legendSize(width).height() + 4;
    };
    document.addPicture(
        [lanesHeight, legendHeight](double width) { return lanesHeight + legendHeight(width); },
        [items = std::move(items), years, font, lanesHeight](QPainter &painter,
                                                             const QRectF &area) {
            render::TimelineLayout layout;
            layout.setViewport(QSizeF(area.width(), lanesHeight));
            layout.setLanes({tr("Events")});
            layout.setItems(items);
            if (years)
                layout.showYears(years->first, years->second);
            else
                layout.fitAll();
            const render::TimelinePainter timelinePainter(font);
            timelinePainter.paint(painter, layout, {});
            const QSizeF legend = timelinePainter.legendSize(area.width());
            timelinePainter.paintLegend(
                painter, QRectF(QPointF(0, area.height() - legend.height() - 1), legend));
        });
}

// The events table with the timeline picture above it; every row cites its sources.
// Returns false, having added nothing, when `progress` (told the share of events read) says stop.
bool addEvents(ReportDocument &document, KnowledgeBase &kb, Citations &citations,
               const std::vector<EventHeader> &events, std::optional<std::pair<int, int>> years,
               const ReportDocument::Progress &progress = {})
{
    std::vector<render::TimelineItem> items;
    std::vector<QStringList> rows;
    for (const auto &event : events) {
        // Reading an event's card is the slow part of a long brief: asked every 32 events.
        if (progress && rows.size() % 32 == 0 &&
            !progress(static_cast<double>(rows.size()) / static_cast<double>(events.size())))
            return false;
        items.push_back({event.rowId, event.date, event.end, q(event.title), 0});
        const auto card = kb.eventCard(event.rowId);
        QString text = q(card->header.title);
        if (card->place)
            text += QStringLiteral(" (") + q(*card->place) + QLatin1Char(')');
        text += QLatin1Char('\n') + q(card->summary);
        QStringList participants;
        for (const auto &p : card->participants) {
            QString name = q(p.entity.name);
            if (p.role)
                name += QStringLiteral(" (") + q(*p.role) + QLatin1Char(')');
            participants << name;
        }
        const QString when = render::humanRange(event.date, event.end);
        rows.push_back(
            {when, text, participants.join(QStringLiteral(", ")),
             citations.cite(card->sources, when + QStringLiteral(": ") + q(card->header.title))});
    }
    if (rows.empty()) {
        document.addParagraph(tr("No events recorded."));
        return true;
    }
    addTimelinePicture(document, std::move(items), years);
    document.addTable({tr("Date"), tr("Event"), tr("Participants"), tr("Sources")}, std::move(rows),
                      {1.3, 4.2, 2.4, 1.1});
    return true;
}

// The membership and chairmanship chart of an organisation's states, or of one state; every bar
// carries its citation numbers. Nothing when there are no such periods.
void addMembershipChart(ReportDocument &document, KnowledgeBase &kb, Citations &citations,
                        const EntityHeader &subject)
{
    auto periods = render::membershipPeriods(kb, subject);
    if (periods.empty())
        return;
    for (auto &period : periods) {
        std::vector<std::string> sources;
        for (const auto &id : period.sources)
            sources.push_back(id.toStdString());
        const QString phrase = render::relationPhrase(render::relationType(period.kind));
        period.note = citations.cite(sources, period.state + QLatin1Char(' ') + phrase +
                                                  QLatin1Char(' ') + period.body);
    }
    document.addHeading(tr("Membership and chairmanships"));
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(11);
    font.setStyleStrategy(QFont::PreferNoShaping);
    const auto layoutFor = [periods = std::move(periods), font,
                            sourcesUpTo = kb.sourcesUpTo()](double width) {
        render::MembershipLayout layout;
        layout.setWidth(width);
        layout.setSourcesUpTo(sourcesUpTo);
        layout.setPeriods(periods);
        render::MembershipChartPainter(font).prepare(layout);
        return layout;
    };
    document.addPicture([layoutFor](double width) { return layoutFor(width).height(); },
                        [layoutFor, font](QPainter &painter, const QRectF &area) {
                            render::MembershipChartPainter(font).paint(painter,
                                                                       layoutFor(area.width()));
                        });
}

QString relationText(const RelationView &r)
{
    QString text = q(r.from.name) + QLatin1Char(' ') + render::relationPhrase(r.type) +
                   QLatin1Char(' ') + q(r.to.name);
    if (r.role)
        text += QStringLiteral(" (") + q(*r.role) + QLatin1Char(')');
    return text;
}

// Which section of a profile a relation belongs in, by the kind of entity profiled.
QString sectionOf(const EntityHeader &entity, const RelationView &r)
{
    const bool toEntity = r.to.rowId == entity.rowId;
    switch (entity.kind) {
    case EntityKind::State:
        if (r.type == "member_of" || r.type == "party_to" || r.type == "signed")
            return tr("Membership history");
        if (r.type == "chairs")
            return tr("Chairmanships");
        if (r.type == "holds_office")
            return tr("Office holders");
        return tr("Participation and partnerships");
    case EntityKind::Person:
        return r.type == "holds_office" ? tr("Offices") : tr("Other relations");
    case EntityKind::Document:
        if (toEntity && (r.type == "adopted" || r.type == "signed" || r.type == "party_to"))
            return tr("Adopted, signed and joined by");
        return tr("What it changed or created");
    case EntityKind::Operation:
    case EntityKind::Exercise:
        if (r.type == "conducts")
            return tr("Who runs it");
        if (r.type == "participates_in")
            return tr("Participants and observers");
        return tr("Other relations");
    case EntityKind::Organisation:
    case EntityKind::Body:
    case EntityKind::Force:
        if (toEntity && (r.type == "holds_office" || r.type == "chairs"))
            return tr("Who heads or chairs it");
        if (!toEntity && r.type == "adopted")
            return tr("What it decided");
        if (toEntity && r.type == "member_of")
            return tr("Members");
        if (r.type == "conducts")
            return tr("Operations it runs");
        return tr("Other relations");
    }
    return tr("Other relations");
}

render::OrgChartExcerpt chartOf(KnowledgeBase &kb, const EntityCard &card)
{
    render::OrgChartExcerpt excerpt;
    excerpt.entity = q(card.header.name);
    for (auto parent = card.parent; parent;) {
        excerpt.ancestors.prepend(q(parent->name));
        const auto above = kb.entityCard(parent->rowId);
        parent = above ? above->parent : std::nullopt;
    }
    for (const auto &child : card.children)
        excerpt.children << q(child.name);
    return excerpt;
}

} // namespace

ReportDocument entityReport(KnowledgeBase &kb, std::int64_t entityRowId)
{
    const auto card = kb.entityCard(entityRowId);
    if (!card)
        throw Error("no entity with row id " + std::to_string(entityRowId));
    const auto kind = card->header.kind;
    const bool operation = kind == EntityKind::Operation || kind == EntityKind::Exercise;
    ReportDocument document;
    Citations citations(kb);

    QString subtitle = operation ? (kind == EntityKind::Operation ? tr("Operation history")
                                                                  : tr("Exercise history"))
                                 : tr("Profile of a %1").arg(render::kindLabel(kind).toLower());
    if (card->header.category)
        subtitle += QStringLiteral(" \u00b7 ") + render::categoryLabel(*card->header.category);
    if (const auto period = render::humanEntityPeriod(card->header.kind, card->start, card->end,
                                                      card->ongoing, card->sourcesUpTo);
        !period.isEmpty())
        subtitle += QStringLiteral(" \u00b7 ") + period;
    // In a Russian report the Russian name (from the aliases) is the title, the English one an
    // alias.
    const QString title = render::displayName(card->header.name, card->aliases);
    addTitleBlock(document, kb, title, subtitle);
    if (const auto aliases = render::otherNames(card->header.name, card->aliases, title);
        !aliases.isEmpty())
        document.addParagraph(tr("Also known as: %1").arg(aliases.join(QStringLiteral(", "))));

    document.addHeading(operation ? tr("Purpose") : tr("What it is"));
    document.addParagraph(q(card->summary) + QLatin1Char(' ') +
                          citations.cite(card->sources, tr("Profile of %1").arg(title)));

    if (kind == EntityKind::Body || kind == EntityKind::Organisation || kind == EntityKind::Force) {
        document.addHeading(tr("Where it sits"));
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPixelSize(11);
        font.setStyleStrategy(QFont::PreferNoShaping);
        const render::OrgChart chart(chartOf(kb, *card), font);
        document.addPicture(
            [chart](double width) { return chart.heightFor(width); },
            [chart](QPainter &painter, const QRectF &area) { chart.paint(painter, area); });
    }
    if (kind == EntityKind::State || kind == EntityKind::Organisation)
        addMembershipChart(document, kb, citations, card->header);

    // Relations, grouped in the sections that suit the kind, in a stable order of first use.
    std::vector<QString> order;
    std::map<QString, std::vector<QStringList>> sections;
    for (const auto &r : card->relations) {
        const QString section = sectionOf(card->header, r);
        if (!sections.contains(section))
            order.push_back(section);
        QString text = relationText(r);
        if (r.summary)
            text += QLatin1Char('\n') + q(*r.summary);
        const bool act = r.type == "adopted" || r.type == "signed" || r.type == "established" ||
                         r.type == "amends";
        QString when = act && r.start && !r.end
                           ? render::humanDate(*r.start)
                           : render::humanPeriod(r.start, r.end, r.ongoing, card->sourcesUpTo);
        if (when.isEmpty())
            when = tr("no date given");
        sections[section].push_back({when, text, citations.cite(r.sources, relationText(r))});
    }
    for (const auto &section : order) {
        document.addHeading(section);
        document.addTable({tr("When"), tr("Relation"), tr("Sources")}, std::move(sections[section]),
                          {1.6, 5.4, 1.1});
    }

    document.addHeading(operation ? tr("History") : tr("Events"));
    TimelineFilter filter;
    filter.entityRowId = entityRowId;
    addEvents(document, kb, citations, kb.timeline(filter), std::nullopt);
    citations.addSection(document);
    return document;
}

ReportDocument timelineBrief(KnowledgeBase &kb, const TimelineFilter &filter,
                             const ReportDocument::Progress &progress)
{
    ReportDocument document;
    Citations citations(kb);
    QString subtitle;
    if (filter.from && filter.to)
        subtitle = tr("Events from %1 to %2")
                       .arg(render::humanDate(*filter.from), render::humanDate(*filter.to));
    else if (filter.from)
        subtitle = tr("Events from %1").arg(render::humanDate(*filter.from));
    else if (filter.to)
        subtitle = tr("Events until %1").arg(render::humanDate(*filter.to));
    else
        subtitle = tr("All events");
    if (filter.entityRowId) {
        if (const auto entity = kb.entity(*filter.entityRowId))
            subtitle += tr(", involving %1%2")
                            .arg(q(entity->name),
                                 filter.includeDescendants ? tr(" and its parts") : QString());
    }
    addTitleBlock(document, kb, tr("Timeline brief"), subtitle);
    std::optional<std::pair<int, int>> years;
    if (filter.from && filter.to && filter.from->hasYear() && filter.to->hasYear())
        years = std::pair(filter.from->yearValue(), filter.to->yearValue());
    document.addHeading(tr("Events"));
    if (!addEvents(document, kb, citations, kb.timeline(filter), years, progress))
        return {};
    citations.addSection(document);
    return document;
}

} // namespace csto::report
