// SPDX-License-Identifier: MIT
#pragma once

#include <core/partialdate.h>

#include <QCoreApplication>
#include <QDate>
#include <QFont>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

class QPainter;

namespace csto::render {

enum class PeriodKind
{
    TreatyParty,  // party_to: a state's participation in the treaty
    Membership,   // member_of: membership of the organisation
    Chairmanship, // chairs: chairmanship of the organisation or one of its bodies
};
inline constexpr int kPeriodKindCount = 3;

// The relation type a kind of period is read from: "party_to", "member_of", "chairs".
[[nodiscard]] std::string relationType(PeriodKind kind);

// One period of one state, as a relation of the knowledge base gives it. A start or end that is
// not stated is nullopt. With no end, `ongoing` tells "current as of the sources" (a source says
// it runs on: drawn up to the sources' date with an arrow) from "end not stated" (nothing says
// how long it lasted: drawn fading out shortly after its start). A date without a year
// ("--06-17") cannot be placed on the axis and is drawn as not stated; the tooltip still gives it.
struct MembershipPeriod
{
    QString rowKey; // periods with the same key share a row (the state's id)
    QString state;  // the row's label
    PeriodKind kind = PeriodKind::Membership;
    std::optional<PartialDate> start;
    std::optional<PartialDate> end;
    bool ongoing = false; // current as of the sources (RelationView::ongoing)
    // Makes the state a current member (core's isCurrentMembership of the relation).
    bool currentMembership = false;
    QString body;        // what is joined or chaired: "Collective Security Treaty Organization"
    QString summary;     // what the relation's summary says, for tooltips
    QString link;        // what a click on the bar opens (the window's "atlas:entity/<id>")
    QStringList sources; // source ids
    QString note;        // drawn beside the bar: a report's citation numbers, "[1, 2]"
};

// A state's row, label column included.
struct MembershipRow
{
    QString key;
    QString label;
    QString link; // the first period's link: a click on the name opens it too
    QRectF rect;
    bool current = false; // a period of it is a current membership (MembershipPeriod)
};

// What is drawn for one period. Time is in Julian days mapped to x; a partial date is the span of
// the days it may denote, drawn faded rather than as a precise edge:
//   start "2002-05-14"  -> the bar begins at 14 May 2002 (startFrom == startTo)
//   start "2002-05"     -> startFrom 1 May 2002, startTo 1 June 2002: the start lies in between
//   start "2002"        -> startFrom 1 January 2002, startTo 1 January 2003
//   start not stated    -> a short fade (kOpenFade px) before the first attested date, its end
//                          (openStart): never back to the first year of the chart
//   end "2014-12"       -> endFrom 1 December 2014, endTo 1 January 2015 (the day after the last)
//   end not stated      -> a short fade (kOpenFade px) after the last attested date, the day
//                          after its start (endNotStated): never on to today
//   ongoing             -> the bar runs to the sources' date (sourcesUpTo; today when not set)
//                          and ends in an arrow (openEnd)
// A period with neither date stated, and not ongoing, is a chip in the "dates not stated" column
// (undated).
struct MembershipBar
{
    std::size_t period = 0; // index into MembershipLayout::periods()
    int row = 0;
    int lane = 0; // sub-row within its kind, when periods of one kind overlap in a state's row
    QRectF rect;  // everything it may cover: what is outlined and hit-tested
    double startFrom = 0; // x range where the start may lie
    double startTo = 0;
    double endFrom = 0; // x range where the end may lie
    double endTo = 0;
    bool openStart = false;    // start not stated: fades in
    bool openEnd = false;      // ongoing: an arrow at the sources' date
    bool endNotStated = false; // fades out
    bool undated = false;
};

struct MembershipTick
{
    double x = 0;
    int year = 0;
    bool labelled = false; // every year gets a grid line, every `step` years a label
};

// What a point of the chart leads to: the bar's (or the row name's) link and the bar's sources.
struct MembershipHit
{
    QString link;
    QStringList sources;
    std::optional<std::size_t> period; // nullopt on a row's name
};

// The geometry of the membership and chairmanship chart, with no painting: one row per state, a
// label column on the left, years running left to right up to "today" at the plot's right edge,
// an optional column for periods whose dates are not stated, and a legend below.
//
// Rows: current members first (a period with currentMembership), then the others; within each group
// by the earliest date of any of the state's periods, then by name. Within a row the kinds are
// stacked as sub-rows (treaty, membership, chairmanship); periods of one kind that overlap
// (including their uncertain spans) go to separate lanes, so two overlapping chairmanships are both
// visible.
class MembershipLayout
{
    Q_DECLARE_TR_FUNCTIONS(csto::render::MembershipLayout)

public:
    static constexpr double kAxisHeight = 26;
    static constexpr double kRowPadding = 6;
    static constexpr double kLaneGap = 4;
    static constexpr double kMinRowHeight = 24;
    static constexpr double kPlotMargin = 12; // right of "today", for the arrow of open ends
    static constexpr double kLegendGap = 8;
    static constexpr double kMinTickSpacing = 40;
    static constexpr double kOpenFade = 18; // px: how far an unstated start or end fades
    [[nodiscard]] static double barHeight(PeriodKind kind);

    void setPeriods(std::vector<MembershipPeriod> periods);
    void setWidth(double width);
    void setToday(QDate today);
    // What "ongoing" is as of: the newest source (KnowledgeBase::sourcesUpTo). Ongoing periods
    // run to it, and the chart draws a line there. Unset: they run to today.
    void setSourcesUpTo(std::optional<PartialDate> latest);
    // Set by the painter from its font (MembershipChartPainter::prepare).
    void setLabelWidth(double width);
    void setUndatedColumnWidth(double width);
    void setLegendHeight(double height);

    [[nodiscard]] const std::vector<MembershipPeriod> &periods() const { return m_periods; }
    [[nodiscard]] const std::vector<MembershipRow> &rows() const { return m_rows; }
    [[nodiscard]] const std::vector<MembershipBar> &bars() const { return m_bars; }
    [[nodiscard]] const std::vector<MembershipTick> &ticks() const { return m_ticks; }
    [[nodiscard]] double width() const { return m_width; }
    [[nodiscard]] double height() const;
    [[nodiscard]] QDate today() const { return m_today; }
    [[nodiscard]] const std::optional<PartialDate> &sourcesUpTo() const { return m_sourcesUpTo; }
    // The x of the sources' line (the day after the newest source), if sourcesUpTo is set.
    [[nodiscard]] std::optional<double> sourcesUpToX() const;
    [[nodiscard]] double labelWidth() const { return m_labelWidth; }
    [[nodiscard]] bool isEmpty() const { return m_rows.empty(); }

    // Where the years run (rows' height), from the first year's 1 January to the day after today
    // (or the latest stated end, if later).
    [[nodiscard]] QRectF plotRect() const;
    // The "dates not stated" column; empty when every period has a date.
    [[nodiscard]] QRectF undatedColumnRect() const;
    [[nodiscard]] QRectF legendRect() const;
    [[nodiscard]] double dayToX(double julianDay) const;
    [[nodiscard]] double firstDay() const { return m_firstDay; }
    [[nodiscard]] double endDay() const { return m_endDay; }

    [[nodiscard]] std::optional<std::size_t> barAt(QPointF point) const; // index into bars()
    [[nodiscard]] std::optional<MembershipHit> linkAt(QPointF point) const;

    // Plain text: "Russia — chairs Collective Security Treaty Organization", the dates as a
    // person says them (render::humanPeriod), and the relation's summary.
    [[nodiscard]] static QString describe(const MembershipPeriod &period,
                                          const std::optional<PartialDate> &sourcesUpTo);
    // Julian day of the first day a date covers and of the day after the last.
    [[nodiscard]] static double firstDayOf(const PartialDate &date);
    [[nodiscard]] static double dayAfter(const PartialDate &date);

private:
    void layOut();

    std::vector<MembershipPeriod> m_periods;
    std::vector<MembershipRow> m_rows;
    std::vector<MembershipBar> m_bars;
    std::vector<MembershipTick> m_ticks;
    double m_width = 800;
    double m_labelWidth = 110;
    double m_undatedWidth = 100;
    double m_legendHeight = 24;
    double m_rowsBottom = kAxisHeight;
    bool m_hasUndated = false;
    QDate m_today = QDate::currentDate();
    std::optional<PartialDate> m_sourcesUpTo;
    double m_firstDay = 0; // Julian days of the plot's left and right edges
    double m_endDay = 1;
};

// Paints a MembershipLayout with QPainter: on a widget, into an image or into a PDF page. All
// text is drawn as plain text.
class MembershipChartPainter
{
    Q_DECLARE_TR_FUNCTIONS(csto::render::MembershipChartPainter)

public:
    explicit MembershipChartPainter(QFont font);
    // Sizes the label column, the "dates not stated" column and the legend for this font.
    void prepare(MembershipLayout &layout) const;
    void paint(QPainter &painter, const MembershipLayout &layout,
               std::optional<std::size_t> hoveredBar = std::nullopt) const;
    [[nodiscard]] static QColor colour(PeriodKind kind);

private:
    struct LegendEntry
    {
        int symbol = 0;
        QString text;
        QRectF rect; // symbol and text
    };
    [[nodiscard]] std::vector<LegendEntry> legend(const MembershipLayout &layout,
                                                  double width) const;
    [[nodiscard]] QFont smallFont() const;

    QFont m_font;
};

} // namespace csto::render
