// SPDX-License-Identifier: MIT
#include <QTextBlock>
#include <QTextDocument>

#include <catch2/catch.hpp>

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
