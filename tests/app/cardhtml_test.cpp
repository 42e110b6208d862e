// SPDX-License-Identifier: MIT
#include "support/bundledkb.h"

#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>

#include <catch2/catch.hpp>

#include <algorithm>
#include <app/cardhtml.h>
#include <app/detailview.h>

using namespace csto;

namespace {

EntityCard hostileCard()
{
    EntityCard card;
    card.header = {1, "hostile", EntityKind::Body, std::string("<b>statutory</b>"),
                   "<img src=\"/dev/zero\"> Council"};
    card.aliases = {"<script>alert(1)</script>", "a & b"};
    card.summary = "See <a href=\"file:///etc/passwd\">this</a> and <img src=file:///dev/zero>.";
    card.parent = EntityHeader{2, "csto", EntityKind::Organisation, std::nullopt,
                               "</a><a href=\"file:///etc\">CSTO"};
    card.sources = {{"s", "<i>Agency</i>", std::nullopt, "T<br>itle", "en", std::nullopt}};
    return card;
}

} // namespace

TEST_CASE("Cards escape every text from the database", "[card]")
{
    const QString html = app::entityCardHtml(hostileCard());
    CHECK_FALSE(html.contains("<img"));
    CHECK_FALSE(html.contains("<script"));
    // "file://" may appear as text; never as a link or a resource to load.
    CHECK_FALSE(html.contains("href=\"file"));
    CHECK_FALSE(html.contains("<i>Agency"));
    CHECK(html.contains("&lt;img src=&quot;/dev/zero&quot;&gt; Council"));
    CHECK(html.contains("a &amp; b"));
    CHECK(html.contains("href=\"atlas:entity/csto\""));

    app::DetailView view;
    view.setHtml(html);
    const QString text = view.toPlainText();
    CHECK(text.contains("<img src=\"/dev/zero\"> Council"));
    CHECK(text.contains("<script>alert(1)</script>"));
    // No image or foreign link made it into the document.
    for (auto block = view.document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const auto format = it.fragment().charFormat();
            CHECK_FALSE(format.isImageFormat());
            if (format.isAnchor())
                CHECK(format.anchorHref().startsWith("atlas:"));
        }
    }
}

TEST_CASE("The detail view loads no resource, whatever the HTML asks", "[card]")
{
    app::DetailView view;
    CHECK_FALSE(
        view.loadResource(QTextDocument::ImageResource, QUrl("file:///dev/zero")).isValid());
    CHECK_FALSE(
        view.loadResource(QTextDocument::HtmlResource, QUrl("file:///etc/passwd")).isValid());
    view.setHtml("<img src=\"/dev/zero\"><a href=\"file:///etc/passwd\">x</a>");
    CHECK(view.toPlainText().contains("x"));
}

TEST_CASE("A card with its first events says how many there are", "[card]")
{
    EntityCard card;
    card.header = {1, "org", EntityKind::Organisation, std::nullopt, "Organisation"};
    card.events = {{7, "e", PartialDate::year(2002), std::nullopt, "Founded"}};
    card.eventCount = 45878;
    QTextDocument document;
    document.setHtml(app::entityCardHtml(card));
    CHECK(document.toPlainText().contains(
        QStringLiteral("The first 1 of 45,878 events; the timeline shows every one.")));
    card.eventCount = 1;
    document.setHtml(app::entityCardHtml(card));
    CHECK_FALSE(document.toPlainText().contains(QStringLiteral("The first")));
}

TEST_CASE("Event cards show the date as a person says it", "[card]")
{
    EventCard card;
    card.header = {1, "e", PartialDate::parse("--10-21"), PartialDate::parse("--10-25"),
                   "Operation <b>"};
    card.summary = "Summary.";
    card.participants = {
        {{3, "china", EntityKind::State, std::nullopt, "China"}, std::string("observer")}};
    const QString html = app::eventCardHtml(card);
    CHECK(html.contains(QString::fromUtf8("21\u201325 October, year not stated")));
    CHECK(html.contains("Operation &lt;b&gt;"));
    CHECK(html.contains("href=\"atlas:entity/china\""));
    CHECK(html.contains("observer"));
}

TEST_CASE("A card tells \"end not stated\" from \"current as of the sources\"", "[card]")
{
    EntityCard card;
    card.header = {1, "tajikistan", EntityKind::State, std::nullopt, "Tajikistan"};
    card.summary = "A member state.";
    const EntityHeader tajikistan = card.header;
    const EntityHeader csto{2, "csto", EntityKind::Organisation, std::nullopt, "CSTO"};
    RelationView from2014;
    from2014.type = "chairs";
    from2014.from = tajikistan;
    from2014.to = csto;
    from2014.start = PartialDate::parse("2014-12");
    RelationView from2020 = from2014;
    from2020.start = PartialDate::parse("2020-12-02");
    from2020.ongoing = true;
    RelationView untilRussia = from2014;
    untilRussia.start.reset();
    untilRussia.end = PartialDate::parse("2014-12");
    RelationView member = from2014;
    member.type = "member_of";
    member.start = PartialDate::parse("2002-05-14");
    member.ongoing = true;
    card.relations = {from2014, from2020, untilRussia, member};
    card.sourcesUpTo = PartialDate::parse("2020-12-03");

    app::DetailView view;
    view.setHtml(app::entityCardHtml(card));
    const QString text = view.toPlainText();
    // Each qualifier on a line of its own in the narrow date column; the date the sources go up
    // to, once, as a line of the card.
    CHECK(text.contains("from December 2014,\nend not stated"));
    CHECK_FALSE(text.contains("since December 2014"));
    CHECK(text.contains("since 2 December 2020,\ncurrent"));
    CHECK(text.contains("until December 2014,\nstart not stated"));
    CHECK(text.contains("since 14 May 2002,\ncurrent"));
    CHECK(text.contains(
        "\u201cCurrent\u201d is as of the knowledge base\u2019s sources: sources up to "
        "December 2020."));
}
TEST_CASE("An entity's card tells its own \"end not stated\" from \"current\"", "[card]")
{
    EntityCard card;
    card.header = {1, "crrf", EntityKind::Force, std::string("collective"),
                   "Collective Rapid Reaction Forces"};
    card.start = PartialDate::parse("2009-02-04");
    card.ongoing = true;
    card.sourcesUpTo = PartialDate::parse("2020-12-03");
    QTextDocument document;
    document.setHtml(app::entityCardHtml(card));
    CHECK(document.toPlainText().contains(
        "since 4 February 2009, current (sources up to December 2020)"));

    card.ongoing = false;
    card.sourcesUpTo.reset();
    document.setHtml(app::entityCardHtml(card));
    CHECK(document.toPlainText().contains("from 4 February 2009, end not stated"));
    CHECK_FALSE(document.toPlainText().contains("since"));

    // A document's start is the date it was adopted: the date alone.
    card.header = {2, "csto-charter", EntityKind::Document, std::string("charter"),
                   "Charter of the CSTO"};
    card.start = PartialDate::parse("2002-10-07");
    document.setHtml(app::entityCardHtml(card));
    CHECK(document.toPlainText().contains("Document \u00b7 charter \u00b7 7 October 2002\n"));
    CHECK_FALSE(document.toPlainText().contains("not stated"));
}

TEST_CASE("The organisation's relations table sizes its columns by their content", "[card]")
{
    const test::BundledCopy copy;
    const auto kb = copy.open();
    const auto organisation = kb->findEntity("csto");
    REQUIRE(organisation);
    const auto card = kb->entityCard(organisation->rowId, 200);
    REQUIRE(card);
    QTextDocument document;
    document.setHtml(app::entityCardHtml(*card));
    document.setTextWidth(420); // the card pane's width in a 1024-pixel window and more
    document.documentLayout();  // lays the document out

    QTextTable *relations = nullptr;
    for (auto *frame : document.rootFrame()->childFrames()) {
        auto *table = qobject_cast<QTextTable *>(frame);
        QTextCursor before(&document);
        before.setPosition(frame->firstPosition() - 1);
        // The heading, or the heading and the line saying as of when "current" holds.
        if (table && (before.block().text() == "Relations" ||
                      before.block().previous().text() == "Relations"))
            relations = table;
    }
    REQUIRE(relations);
    REQUIRE(relations->rows() > 10);
    const auto *layout = document.documentLayout();
    double widestDate = 0;
    double dateColumn = 0;
    double noteColumn = 0;
    for (int row = 0; row < relations->rows(); ++row) {
        const QTextBlock date = relations->cellAt(row, 0).firstCursorPosition().block();
        const QTextBlock note = relations->cellAt(row, 1).firstCursorPosition().block();
        // A date breaks only after the dash of a range or a comma, never inside a date.
        const QTextLayout *lines = date.layout();
        for (int line = 0; line + 1 < lines->lineCount(); ++line) {
            const QString text =
                date.text().mid(lines->lineAt(line).textStart(), lines->lineAt(line).textLength());
            INFO("date \"" << date.text().toStdString() << "\", line " << line);
            CHECK((text.trimmed().endsWith(QChar(0x2013)) || text.trimmed().endsWith(',')));
        }
        for (int line = 0; line < lines->lineCount(); ++line)
            widestDate = std::max(widestDate, lines->lineAt(line).naturalTextWidth());
        dateColumn = std::max(dateColumn, layout->blockBoundingRect(date).width());
        noteColumn = std::max(noteColumn, layout->blockBoundingRect(note).width());
    }
    INFO("widest date " << widestDate << " px, date column " << dateColumn << " px, notes column "
                        << noteColumn << " px");
    // The date column as wide as its widest line (and its padding), the notes get the rest.
    CHECK(dateColumn <= widestDate + 16);
    CHECK(noteColumn > 1.5 * dateColumn);
}
