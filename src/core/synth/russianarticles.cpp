// SPDX-License-Identifier: MIT
#include "russianarticles.h"

#include "names.h"

#include <array>

namespace csto::synth {
namespace {

// A name in the cases the sentences need.
struct Declined
{
    const char *nominative;
    const char *genitive;
    const char *dative;
    const char *instrumental;
    const char *prepositional;
};

constexpr std::array<Declined, 20> kNames = {{
    {"Казахстан", "Казахстана", "Казахстану", "Казахстаном", "Казахстане"},
    {"Россия", "России", "России", "Россией", "России"},
    {"Беларусь", "Беларуси", "Беларуси", "Беларусью", "Беларуси"},
    {"Армения", "Армении", "Армении", "Арменией", "Армении"},
    {"Таджикистан", "Таджикистана", "Таджикистану", "Таджикистаном", "Таджикистане"},
    {"Кыргызстан", "Кыргызстана", "Кыргызстану", "Кыргызстаном", "Кыргызстане"},
    {"ОДКБ", "ОДКБ", "ОДКБ", "ОДКБ", "ОДКБ"},
    {"Совет коллективной безопасности", "Совета коллективной безопасности",
     "Совету коллективной безопасности", "Советом коллективной безопасности",
     "Совете коллективной безопасности"},
    {"Совет министров обороны", "Совета министров обороны", "Совету министров обороны",
     "Советом министров обороны", "Совете министров обороны"},
    {"Комитет секретарей советов безопасности", "Комитета секретарей советов безопасности",
     "Комитету секретарей советов безопасности", "Комитетом секретарей советов безопасности",
     "Комитете секретарей советов безопасности"},
    {"Парламентская ассамблея", "Парламентской ассамблеи", "Парламентской ассамблее",
     "Парламентской ассамблеей", "Парламентской ассамблее"},
    {"Объединённый штаб", "Объединённого штаба", "Объединённому штабу", "Объединённым штабом",
     "Объединённом штабе"},
    {"Коллективные силы оперативного реагирования", "Коллективных сил оперативного реагирования",
     "Коллективным силам оперативного реагирования",
     "Коллективными силами оперативного реагирования",
     "Коллективных силах оперативного реагирования"},
    {"Миротворческие силы", "Миротворческих сил", "Миротворческим силам", "Миротворческими силами",
     "Миротворческих силах"},
    {"Кризисный центр", "Кризисного центра", "Кризисному центру", "Кризисным центром",
     "Кризисном центре"},
    {"Иван Петров", "Ивана Петрова", "Ивану Петрову", "Иваном Петровым", "Иване Петрове"},
    {"Сергей Морозов", "Сергея Морозова", "Сергею Морозову", "Сергеем Морозовым",
     "Сергее Морозове"},
    {"Алексей Волков", "Алексея Волкова", "Алексею Волкову", "Алексеем Волковым",
     "Алексее Волкове"},
    {"Северный пограничный отряд", "Северного пограничного отряда", "Северному пограничному отряду",
     "Северным пограничным отрядом", "Северном пограничном отряде"},
    {"Академия гражданской защиты", "Академии гражданской защиты", "Академии гражданской защиты",
     "Академией гражданской защиты", "Академии гражданской защиты"},
}};

// Cities: nominative in capitals for datelines, genitive and prepositional for sentences.
struct City
{
    const char *dateline;
    const char *genitive;
    const char *prepositional;
};

constexpr std::array<City, 6> kCities = {{
    {"МОСКВА", "Москвы", "Москве"},
    {"МИНСК", "Минска", "Минске"},
    {"АСТАНА", "Астаны", "Астане"},
    {"ЕРЕВАН", "Еревана", "Ереване"},
    {"ДУШАНБЕ", "Душанбе", "Душанбе"},
    {"БИШКЕК", "Бишкека", "Бишкеке"},
}};

// Months in the genitive («5 марта») and the prepositional («в марте»).
constexpr std::array<const char *, 12> kMonthsGenitive = {
    "января", "февраля", "марта",    "апреля",  "мая",    "июня",
    "июля",   "августа", "сентября", "октября", "ноября", "декабря"};
constexpr std::array<const char *, 12> kMonthsPrepositional = {
    "январе", "феврале", "марте",    "апреле",  "мае",    "июне",
    "июле",   "августе", "сентябре", "октябре", "ноябре", "декабре"};

constexpr std::array<const char *, 5> kPublishers = {"Северное агентство", "Вести степи",
                                                     "Евразийский обзор", "Столичный вестник",
                                                     "Пограничный курьер"};

// Topics in the genitive («по вопросам борьбы с наркотрафиком»).
constexpr std::array<const char *, 6> kTopics = {"охраны границ",
                                                 "борьбы с наркотрафиком",
                                                 "противодействия терроризму",
                                                 "миротворческой подготовки",
                                                 "информационной безопасности",
                                                 "военно-технического сотрудничества"};

class Composer
{
public:
    Composer(Random &random, int year) : m_random(random), m_year(year) {}

    const Declined &name() { return kNames[m_random.powerLaw(kNames.size(), 2.0)]; }
    const City &city() { return kCities[m_random.below(kCities.size())]; }
    const char *topic() { return kTopics[m_random.below(kTopics.size())]; }
    int year() { return m_year - static_cast<int>(m_random.below(6)); }
    int day() { return 1 + static_cast<int>(m_random.below(28)); }
    std::size_t month() { return m_random.below(12); }

    std::string date()
    {
        const int d = day();
        const auto m = month();
        const int y = year();
        const auto two = [](int n) { return (n < 10 ? "0" : "") + std::to_string(n); };
        switch (m_random.below(4)) {
        case 0:
            return std::to_string(d) + " " + kMonthsGenitive[m] + " " + std::to_string(y) + " года";
        case 1:
            return two(d) + "." + two(static_cast<int>(m) + 1) + "." + std::to_string(y);
        case 2:
            return std::to_string(d) + " " + kMonthsGenitive[m];
        default:
            return "в " + std::to_string(y) + " году";
        }
    }

    std::string sentence()
    {
        switch (m_random.below(11)) {
        case 0:
            return std::string("Представители ") + name().genitive + " провели встречу с " +
                   name().instrumental + " в " + city().prepositional + " " + date() + ".";
        case 1:
            return std::string("В ") + name().prepositional + " утвердили план на " +
                   std::to_string(year() + 1) + " год и программу до " +
                   std::to_string(year() + 5) + " года.";
        case 2:
            return std::string("По данным ") + name().genitive + ", учения пройдут в " +
                   kMonthsPrepositional[month()] + " недалеко от " + city().genitive + ".";
        case 3:
            return std::string("Делегации ") + name().genitive + ", " + name().genitive + " и " +
                   name().genitive + " обсудили вопросы " + topic() + ".";
        case 4:
            return date() + " представители " + name().genitive + " подписали протокол с " +
                   name().instrumental + " по вопросам " + topic() + ".";
        case 5: {
            const int first = day();
            return std::string("Ранее в ") + name().prepositional + " сообщили, что " +
                   std::to_string(100 + m_random.below(4900)) +
                   " военнослужащих примут участие в учениях " + std::to_string(first) + "–" +
                   std::to_string(first + 1 + static_cast<int>(m_random.below(4))) + " " +
                   kMonthsGenitive[month()] + ".";
        }
        case 6:
            return std::string("Министры обсудили вопросы ") + topic() + " и " + topic() +
                   " и положение на южных рубежах, сообщила пресс-служба.";
        case 7:
            return std::string("В ") + name().prepositional +
                   " отметили, что сотрудничество в сфере " + topic() + " растёт с " +
                   std::to_string(1992 + m_random.below(30)) + " года.";
        case 8:
            return std::string("Следующее заседание ") + name().genitive + " запланировано в " +
                   kMonthsPrepositional[month()] + " " + std::to_string(year() + 1) + " года в " +
                   city().prepositional + ".";
        case 9:
            return std::string("«Мы продолжим совместную работу», — заявили в ") +
                   name().prepositional + " журналистам после заседания.";
        default:
            return std::string(name().nominative) + ": доклад об этом " + name().dative +
                   " представили " + date() + ".";
        }
    }

private:
    Random &m_random;
    int m_year;
};

} // namespace

RussianArticleWriter::RussianArticleWriter(std::uint64_t seed) : m_seed(seed) {}

std::vector<std::string> RussianArticleWriter::names() const
{
    std::vector<std::string> names;
    for (const auto &n : kNames)
        names.emplace_back(n.nominative);
    return names;
}

SyntheticArticle RussianArticleWriter::write(std::uint64_t index) const
{
    Random random(m_seed * 0x100000001B3ull + index);
    SyntheticArticle article;
    article.publisher = kPublishers[random.below(kPublishers.size())];
    const int year = 1993 + static_cast<int>(random.below(33));
    const int month = 1 + static_cast<int>(random.below(12));
    const int day = 1 + static_cast<int>(random.below(28));
    article.published = PartialDate::day(year, month, day);
    Composer composer(random, year);

    article.title = std::string("В ") + composer.city().prepositional + " обсудили вопросы " +
                    composer.topic() + " с участием " + composer.name().genitive;
    std::string &text = article.text;
    text += article.publisher + "\nГлавная\nВсе новости\nПоделиться\n" + article.title + "\n";
    text += std::string(composer.city().dateline) + ", " + std::to_string(day) + " " +
            kMonthsGenitive[static_cast<std::size_t>(month - 1)] + " " + std::to_string(year) +
            ". /" + article.publisher + "/. ";
    const auto paragraphs = 3 + random.powerLaw(20, 1.6);
    for (std::uint64_t p = 0; p < paragraphs; ++p) {
        const auto sentences = 2 + random.below(4);
        for (std::uint64_t s = 0; s < sentences; ++s) {
            text += composer.sentence();
            text += s + 1 < sentences ? " " : "\n";
        }
    }
    text += "Подписывайтесь на нас\nДругие СМИ\n";
    return article;
}

} // namespace csto::synth
