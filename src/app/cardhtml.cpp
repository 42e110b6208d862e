// SPDX-License-Identifier: MIT
#include "cardhtml.h"

#include "atlaslink.h"

#include <render/labels.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QLocale>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <utility>
#include <vector>

namespace csto::app {

using render::kindLabel;
using render::relationPhrase;

namespace {

QString esc(const std::string &text)
{
    return QString::fromStdString(text).toHtmlEscaped();
}

// lupdate files the tr() calls of free functions under their namespace: the same context here.
QString tr(const char *text)
{
    return QCoreApplication::translate("csto::app", text);
}

QString entityLink(const EntityHeader &entity, const EntityNamer &nameOf)
{
    return QStringLiteral("<a href=\"%1\">%2</a>")
        .arg(AtlasLink::entity(QString::fromStdString(entity.id)).toHtmlEscaped(),
             (nameOf ? nameOf(entity) : QString::fromStdString(entity.name)).toHtmlEscaped());
}

QString eventLink(const EventHeader &event)
{
    return QStringLiteral("<a href=\"%1\">%2</a>")
        .arg(AtlasLink::event(QString::fromStdString(event.id)).toHtmlEscaped(), esc(event.title));
}

QString humanDate(const PartialDate &date)
{
    return render::humanDate(date).toHtmlEscaped();
}

// A date for the narrow date column of a card's table: it breaks only after the dash of a range
// or a comma ("28 November 2019 –" / "2 December 2020"), never inside a date.
QString dateCell(const QString &escapedDate)
{
    QString cell = escapedDate;
    cell.replace(QLatin1Char(' '), QChar(0x00a0));
    cell.replace(QStringLiteral("\u2013\u00a0"), QStringLiteral("\u2013 "));
    cell.replace(QStringLiteral(",\u00a0"), QStringLiteral(", "));
    return cell;
}

// A table of dates and what happened then, its date column as wide as its longest unbreakable
// part of a date (in the window's font) and the text column taking the rest. QTextDocument
// shares unconstrained columns equally, so the date column needs its width in pixels. The dates
// are rendered by render:: and hold no character that escaping changes, so measuring the
// escaped text measures what is shown; the parts of a period stand on lines of their own (<br>).
QString datedTable(const std::vector<std::pair<QString, QString>> &rows)
{
    const QFontMetricsF metrics(QGuiApplication::font());
    double widest = 0;
    for (const auto &[date, text] : rows) {
        for (const QString &line : date.split(QStringLiteral("<br>")))
            for (const QString &part : dateCell(line).split(QLatin1Char(' ')))
                widest = std::max(widest, metrics.horizontalAdvance(part));
    }
    const int padding = 10; // the cells' right padding of the style, and a little air
    const int width = static_cast<int>(std::ceil(widest)) + padding;
    QString html = QStringLiteral("<table width=\"100%\">");
    for (const auto &[date, text] : rows)
        html += QStringLiteral("<tr><td class=\"date\" width=\"%1\">%2</td><td>%3</td></tr>")
                    .arg(QString::number(width), dateCell(date), text);
    return html + QStringLiteral("</table>");
}

QString sourcesSection(const std::vector<SourceInfo> &sources)
{
    if (sources.empty())
        return {};
    QString html = QStringLiteral("<h3>%1</h3><ol class=\"sources\">").arg(tr("Sources"));
    for (const auto &s : sources) {
        QString line = QStringLiteral("<b>%1</b>").arg(esc(s.publisher));
        if (s.published)
            line += QStringLiteral(", ") + humanDate(*s.published);
        line += QStringLiteral(": ") + esc(s.title);
        if (s.hasArticle)
            line += QStringLiteral(" \u00b7 <a href=\"%1\">%2</a>")
                        .arg(AtlasLink::article(QString::fromStdString(s.id)).toHtmlEscaped(),
                             tr("read the article"));
        html += QStringLiteral("<li>%1</li>").arg(line);
    }
    return html + QStringLiteral("</ol>");
}

// A JSON value of the export format as one short line: strings as written, lists joined.
QString shortValue(const nlohmann::json &value)
{
    constexpr int kLongest = 60;
    QString text;
    if (value.is_null())
        text = QStringLiteral("\u2014");
    else if (value.is_string())
        text = QString::fromStdString(value.get<std::string>());
    else if (value.is_array()) {
        QStringList items;
        for (const auto &item : value)
            items << shortValue(item);
        text = items.join(QStringLiteral(", "));
    } else
        text = QString::fromStdString(value.dump());
    if (text.size() > kLongest)
        text = text.left(kLongest - 1) + QStringLiteral("\u2026");
    return text;
}

// What an edit changed, field by field ("date: 2002-05 \u2192 2002-05-14"), from the journal's
// before and after records; empty for an addition or deletion, whose label says it all.
QStringList changedFields(const Change &change)
{
    const auto before = nlohmann::json::parse(change.before, nullptr, false);
    const auto after = nlohmann::json::parse(change.after, nullptr, false);
    if (!before.is_object() || !after.is_object())
        return {};
    QStringList fields;
    for (const auto &[key, value] : after.items()) {
        const auto old = before.find(key);
        const nlohmann::json previous = old == before.end() ? nlohmann::json() : *old;
        if (previous != value)
            fields << QStringLiteral("%1: %2 \u2192 %3")
                          .arg(QString::fromStdString(key), shortValue(previous),
                               shortValue(value));
    }
    return fields;
}

QString historySection(const CardCuration &curation)
{
    if (curation.history.empty())
        return {};
    QString html = QStringLiteral("<h3>%1</h3>").arg(tr("History"));
    std::vector<std::pair<QString, QString>> rows;
    for (const auto &change : curation.history) {
        const QDateTime time =
            QDateTime::fromString(QString::fromStdString(change.time), Qt::ISODate);
        const QString when =
            time.isValid()
                ? QLocale().toString(time.toLocalTime(), QStringLiteral("d MMM yyyy, HH:mm"))
                : QString::fromStdString(change.time);
        QString text = esc(change.label);
        QString meta = esc(change.user);
        if (curation.editable)
            meta += QStringLiteral(" \u00b7 <a href=\"%1\">%2</a>")
                        .arg(AtlasLink::revert(change.id).toHtmlEscaped(), tr("Revert"));
        for (const QString &field : changedFields(change))
            meta += QStringLiteral("<br>") + field.toHtmlEscaped();
        text += QStringLiteral("<br><span class=\"meta\">%1</span>").arg(meta);
        rows.emplace_back(when.toHtmlEscaped(), text);
    }
    return html + datedTable(rows);
}

QString style()
{
    return QStringLiteral(
        "<style>"
        "h1 { font-size: 17pt; margin-bottom: 2px; }"
        "h3 { font-size: 11pt; margin-top: 14px; margin-bottom: 4px; color: #2b4a7a; }"
        ".meta { color: #5b6572; }"
        "td { padding: 2px 8px 2px 0; vertical-align: top; }"
        "td.when { color: #5b6572; white-space: nowrap; }"
        "td.date { color: #5b6572; }"
        "a { color: #1f5fbf; text-decoration: none; }"
        "</style>");
}

} // namespace

QString entityCardHtml(const EntityCard &card, const EntityNamer &nameOf,
                       const CardCuration &curation)
{
    QString html = style();
    // In a Russian interface the Russian name (from the aliases) is the title, and the English
    // name joins the other names.
    const QString title = render::displayName(card.header.name, card.aliases);
    html += QStringLiteral("<h1>%1</h1>").arg(title.toHtmlEscaped());
    QString meta = kindLabel(card.header.kind);
    if (card.header.category)
        meta += QStringLiteral(" \u00b7 ") +
                render::categoryLabel(*card.header.category).toHtmlEscaped();
    if (const auto p = render::humanEntityPeriod(card.header.kind, card.start, card.end,
                                                 card.ongoing, card.sourcesUpTo);
        !p.isEmpty())
        meta += QStringLiteral(" \u00b7 ") + p.toHtmlEscaped();
    html += QStringLiteral("<p class=\"meta\">%1</p>").arg(meta);
    if (const auto aliases = render::otherNames(card.header.name, card.aliases, title);
        !aliases.isEmpty()) {
        html += QStringLiteral("<p class=\"meta\">%1 %2</p>")
                    .arg(tr("Also known as:"), aliases.join(QStringLiteral(", ")).toHtmlEscaped());
    }
    if (card.parent)
        html += QStringLiteral("<p>%1 %2</p>").arg(tr("Part of"), entityLink(*card.parent, nameOf));
    html += QStringLiteral("<p>%1</p>").arg(esc(card.summary));

    if (!card.children.empty()) {
        html += QStringLiteral("<h3>%1</h3><p>").arg(tr("Parts"));
        QStringList links;
        for (const auto &child : card.children)
            links << entityLink(child, nameOf);
        html += links.join(QStringLiteral(" \u00b7 ")) + QStringLiteral("</p>");
    }
    if (!card.relations.empty()) {
        html += QStringLiteral("<h3>%1</h3>").arg(tr("Relations"));
        if (std::any_of(card.relations.begin(), card.relations.end(),
                        [](const RelationView &r) { return r.ongoing; }))
            html +=
                QStringLiteral("<p class=\"meta\">%1</p>")
                    .arg((card.sourcesUpTo ? tr("“Current” is as of the knowledge base\u2019s "
                                                "sources: %1.")
                                                 .arg(render::humanSourcesUpTo(*card.sourcesUpTo))
                                           : tr("“Current” is as of the knowledge base\u2019s "
                                                "sources, none of which is dated."))
                             .toHtmlEscaped());
        std::vector<std::pair<QString, QString>> rows;
        for (const auto &r : card.relations) {
            QString text = entityLink(r.from, nameOf) + QLatin1Char(' ') + relationPhrase(r.type) +
                           QLatin1Char(' ') + entityLink(r.to, nameOf);
            if (r.role)
                text += QStringLiteral(" (%1)").arg(esc(*r.role));
            if (r.summary)
                text += QStringLiteral("<br><span class=\"meta\">%1</span>").arg(esc(*r.summary));
            if (curation.editable)
                text += QStringLiteral(" <span class=\"meta\">\u00b7 <a href=\"%1\">%2</a></span>")
                            .arg(AtlasLink::relation(QStringLiteral("relation-%1").arg(r.rowId))
                                     .toHtmlEscaped(),
                                 tr("edit"));
            // Acts (adopting, signing) happen on a date; states of affairs last from one.
            const bool act = r.type == "adopted" || r.type == "signed" || r.type == "established" ||
                             r.type == "amends";
            QStringList parts;
            for (const auto &part : render::humanPeriodParts(r.start, r.end, r.ongoing))
                parts << part.toHtmlEscaped();
            const QString when = act && r.start && !r.end ? humanDate(*r.start)
                                                          : parts.join(QStringLiteral(",<br>"));
            rows.emplace_back(when, text);
        }
        html += datedTable(rows);
    }
    if (!card.events.empty()) {
        html += QStringLiteral("<h3>%1</h3>").arg(tr("Events"));
        std::vector<std::pair<QString, QString>> rows;
        for (const auto &e : card.events)
            rows.emplace_back(render::humanRange(e.date, e.end).toHtmlEscaped(), eventLink(e));
        html += datedTable(rows);
        if (card.eventCount > card.events.size())
            html += QStringLiteral("<p class=\"meta\">%1</p>")
                        .arg(tr("The first %L1 of %L2 events; the timeline shows every one.")
                                 .arg(card.events.size())
                                 .arg(card.eventCount));
    }
    return html + sourcesSection(card.sources) + historySection(curation);
}

QString eventCardHtml(const EventCard &card, const EntityNamer &nameOf,
                      const CardCuration &curation)
{
    QString html = style();
    html += QStringLiteral("<h1>%1</h1>").arg(esc(card.header.title));
    QString meta = render::humanRange(card.header.date, card.header.end).toHtmlEscaped();
    if (card.place)
        meta += QStringLiteral(" \u00b7 ") + esc(*card.place);
    html += QStringLiteral("<p class=\"meta\">%1 \u00b7 %2</p>").arg(tr("Event"), meta);
    html += QStringLiteral("<p>%1</p>").arg(esc(card.summary));
    if (!card.participants.empty()) {
        html += QStringLiteral("<h3>%1</h3><table>").arg(tr("Participants"));
        for (const auto &p : card.participants)
            html += QStringLiteral("<tr><td>%1</td><td class=\"when\">%2</td></tr>")
                        .arg(entityLink(p.entity, nameOf), p.role ? esc(*p.role) : QString());
        html += QStringLiteral("</table>");
    }
    return html + sourcesSection(card.sources) + historySection(curation);
}

QString welcomeHtml(const std::optional<Counts> &counts)
{
    QString holds = tr("Loading the knowledge base\u2026");
    if (counts) {
        int entities = 0;
        for (const auto &[kind, n] : counts->entities)
            entities += n;
        holds = tr("%L1 entities, %L2 events, %L3 relations from %L4 sources.")
                    .arg(entities)
                    .arg(counts->events)
                    .arg(counts->relations)
                    .arg(counts->sources);
    }
    return style() + QStringLiteral("<h1>%1</h1><p>%2</p><p class=\"meta\">%3</p>")
                         .arg(tr("CSTO Atlas"),
                              tr("Select a body, state, operation or person in the tree, an "
                                 "event on the timeline, or press Ctrl+K to search."),
                              holds);
}

} // namespace csto::app
