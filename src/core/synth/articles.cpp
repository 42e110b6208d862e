// SPDX-License-Identifier: MIT
#include "articles.h"

#include "names.h"

#include <array>

namespace csto::synth {
namespace {

constexpr std::array<const char *, 12> kMonths = {"January",   "February", "March",    "April",
                                                  "May",       "June",     "July",     "August",
                                                  "September", "October",  "November", "December"};

constexpr std::array<const char *, 6> kPublishers = {"Northern Wire",        "Steppe News",
                                                     "Eurasia Daily Report", "Capital Bulletin",
                                                     "Border Herald",        "Central Desk"};

constexpr std::array<const char *, 8> kTopics = {
    "border protection",        "the fight against drug trafficking",
    "counter-terrorism",        "peacekeeping training",
    "information security",     "air defence cooperation",
    "crisis response planning", "military and technical cooperation"};

class Composer
{
public:
    Composer(Random &random, const std::vector<std::string> &names,
             const std::vector<std::string> &places, const PartialDate &published)
        : m_random(random), m_names(names), m_places(places), m_published(published)
    {}

    const std::string &name() { return m_names[m_random.powerLaw(m_names.size(), 2.0)]; }
    const std::string &place() { return m_places[m_random.below(m_places.size())]; }
    const char *topic() { return kTopics[m_random.below(kTopics.size())]; }
    int year() { return m_published.yearValue() - static_cast<int>(m_random.below(6)); }
    int day() { return 1 + static_cast<int>(m_random.below(28)); }
    const char *month() { return kMonths[m_random.below(12)]; }

    std::string date()
    {
        const int d = day();
        const int m = 1 + static_cast<int>(m_random.below(12));
        const int y = year();
        const auto two = [](int n) { return (n < 10 ? "0" : "") + std::to_string(n); };
        switch (m_random.below(5)) {
        case 0:
            return std::string(kMonths[m - 1]) + " " + std::to_string(d) + ", " + std::to_string(y);
        case 1:
            return two(d) + "." + two(m) + "." + std::to_string(y);
        case 2:
            return std::to_string(d) + " " + kMonths[m - 1];
        default:
            return std::to_string(d) + " " + kMonths[m - 1] + " " + std::to_string(y);
        }
    }

    std::string sentence()
    {
        switch (m_random.below(12)) {
        case 0:
            return name() + " met " + name() + " in " + place() + " on " + date() + ".";
        case 1:
            return "The " + name() + " approved the plan for " + std::to_string(year() + 1) +
                   " and the programme to " + std::to_string(year() + 5) + ".";
        case 2:
            return "According to " + name() + ", the exercise will take place in " + month() +
                   " near " + place() + ".";
        case 3:
            return name() + ", who heads the " + name() + ", said the results of the past " +
                   std::to_string(2 + m_random.below(8)) + " years were reviewed in detail.";
        case 4:
            return "Delegations from " + name() + ", " + name() + " and " + name() +
                   " took part in the talks on " + topic() + ".";
        case 5:
            return "On " + date() + ", " + name() + " signed a protocol with " + name() + " on " +
                   topic() + ".";
        case 6: {
            const int first = day();
            return "Earlier, " + name() + " reported that " +
                   std::to_string(100 + m_random.below(4900)) +
                   " servicemen would join the drills held " + std::to_string(first) + "-" +
                   std::to_string(first + 1 + m_random.below(4)) + " " + month() + ".";
        }
        case 7:
            return "The ministers discussed " + std::string(topic()) + ", " + topic() +
                   " and the situation on the southern borders, the press service said.";
        case 8:
            return name() + " noted that cooperation on " + topic() + " had grown since " +
                   std::to_string(1992 + m_random.below(30)) + ".";
        case 9:
            return "The next meeting of the " + name() + " is scheduled for " + month() + " " +
                   std::to_string(year() + 1) + " in " + place() + ".";
        case 10:
            return "\"We will continue to work together,\" " + name() +
                   " told reporters after the session.";
        default:
            return "Operation " + name() + " ran from " + date() + " and involved units of " +
                   name() + ".";
        }
    }

private:
    Random &m_random;
    const std::vector<std::string> &m_names;
    const std::vector<std::string> &m_places;
    const PartialDate &m_published;
};

} // namespace

ArticleWriter::ArticleWriter(std::uint64_t seed, std::vector<std::string> names,
                             std::vector<std::string> places)
    : m_seed(seed), m_names(std::move(names)), m_places(std::move(places))
{
    if (m_names.empty())
        m_names.emplace_back("the Organization");
    if (m_places.empty())
        m_places.emplace_back("Moscow");
}

SyntheticArticle ArticleWriter::write(std::uint64_t index) const
{
    Random random(m_seed * 0x100000001B3ull + index);
    SyntheticArticle article;
    article.publisher = kPublishers[random.below(kPublishers.size())];
    const int year = 1993 + static_cast<int>(random.below(33));
    const int month = 1 + static_cast<int>(random.below(12));
    const int day = 1 + static_cast<int>(random.below(28));
    article.published = PartialDate::day(year, month, day);
    Composer composer(random, m_names, m_places, article.published);

    const std::string subject = composer.name();
    article.title = subject + " discusses " + composer.topic() + " in " + composer.place();
    std::string &text = article.text;
    text += article.publisher + "\nMenu\nAll news\nShare\n" + article.title + "\n";
    const std::string city = composer.place();
    text += city + ", " + std::to_string(day) + " " + kMonths[month - 1] + " " +
            std::to_string(year) + " /" + article.publisher + "/. ";
    // Lengths vary the way news does: mostly short pieces, some long reports.
    const auto paragraphs = 3 + random.powerLaw(20, 1.6);
    for (std::uint64_t p = 0; p < paragraphs; ++p) {
        const auto sentences = 2 + random.below(4);
        for (std::uint64_t s = 0; s < sentences; ++s) {
            text += composer.sentence();
            text += s + 1 < sentences ? " " : "\n";
        }
    }
    text += "Subscribe to us\nIn other media\n";
    return article;
}

} // namespace csto::synth
