// SPDX-License-Identifier: MIT
// Russian dates, datelines, sentences and events on sentences of our own; then the whole pipeline
// over the Russian news corpus.
#include "support/corpus.h"
#include "support/tempdir.h"

#include <core/datasetjson.h>
#include <core/datasetstore.h>
#include <core/extract/analysis.h>
#include <core/importer.h>
#include <core/sqliteknowledgebase.h>
#include <core/utf8.h>

#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <iostream>
#include <sstream>

using namespace csto;
using namespace csto::extract;

namespace {

using Found = std::vector<std::string>;

// "iso[..iso]" of every date found.
Found datesIn(const std::string &text, const DateContext &context = {})
{
    Found found;
    for (const auto &d : findDates(text, context))
        found.push_back(d.date.toIso() + (d.end ? ".." + d.end->toIso() : ""));
    return found;
}

// The text of every date found.
Found spansIn(const std::string &text, const DateContext &context = {})
{
    Found found;
    for (const auto &d : findDates(text, context))
        found.push_back(text.substr(d.offset, d.length));
    return found;
}

DateContext publishedOn(const char *date)
{
    return {PartialDate::parse(date), std::nullopt, std::nullopt};
}

DateContext talkingAbout(int year)
{
    return {std::nullopt, year, std::nullopt};
}

} // namespace

TEST_CASE("Russian days, with the year or without", "[extract][dates][russian]")
{
    CHECK(datesIn("Договор подписали 16 декабря 2025 года в столице.") == Found{"2025-12-16"});
    CHECK(spansIn("Договор подписали 16 декабря 2025 года в столице.") ==
          Found{"16 декабря 2025 года"});
    CHECK(datesIn("Документ датирован 16.12.2025 и подписан.") == Found{"2025-12-16"});
    CHECK(datesIn("ПРОТОКОЛ ОТ 15 МАЯ 1992 ГОДА О ПРОДЛЕНИИ") == Found{"1992-05-15"});
    CHECK(datesIn("Решение принято 3 дек. 2019 г. на сессии.") == Found{"2019-12-03"});
    CHECK(spansIn("Решение принято 3 дек. 2019 г. на сессии.") == Found{"3 дек. 2019 г."});
    CHECK(datesIn("Встреча состоялась 7 сентября 2011г. в столице.") == Found{"2011-09-07"});
    CHECK(datesIn("Июнь 2, 2010 в столице прошли переговоры.") == Found{"2010-06-02"});
    CHECK(datesIn("Опубликовано 03-06-2017 вечером.") == Found{"2017-06-03"});
    CHECK(datesIn("Сообщение пришло 1 янв утром.") == Found{"--01-01"});
    CHECK(datesIn("Сообщение пришло 1 янв утром.", publishedOn("2020-01-02")) ==
          Found{"2020-01-01"});
    CHECK(datesIn("Делегация прибыла 14 апреля.", talkingAbout(2017)) == Found{"2017-04-14"});
    // More than half a year after publication, a day without its year is last year's.
    CHECK(datesIn("31 декабря истекли полномочия генсека.", publishedOn("2017-01-01")) ==
          Found{"2016-12-31"});
    CHECK(datesIn("Сессия пройдёт 23 ноября в столице.", publishedOn("2023-11-14")) ==
          Found{"2023-11-23"});
    CHECK(datesIn("Учения пройдут 10 июля.", publishedOn("2023-01-20")) == Found{"2023-07-10"});
    CHECK(datesIn("The mandate ended on 31 December.", publishedOn("2017-01-03")) ==
          Found{"2016-12-31"});
    CHECK(datesIn("Документ от 30 февраля 2021 года не существует.").empty());
}

TEST_CASE("Russian month names in every case and abbreviated", "[extract][dates][russian]")
{
    struct Month
    {
        const char *nominative, *genitive, *prepositional, *abbreviation;
    };
    const std::array<Month, 12> months = {{{"январь", "января", "январе", "янв"},
                                           {"февраль", "февраля", "феврале", "февр"},
                                           {"март", "марта", "марте", "мар"},
                                           {"апрель", "апреля", "апреле", "апр"},
                                           {"май", "мая", "мае", nullptr},
                                           {"июнь", "июня", "июне", "июн"},
                                           {"июль", "июля", "июле", "июл"},
                                           {"август", "августа", "августе", "авг"},
                                           {"сентябрь", "сентября", "сентябре", "сент"},
                                           {"октябрь", "октября", "октябре", "окт"},
                                           {"ноябрь", "ноября", "ноябре", "нояб"},
                                           {"декабрь", "декабря", "декабре", "дек"}}};
    for (std::size_t i = 0; i < months.size(); ++i) {
        const Month &m = months[i];
        const std::string mm = (i < 9 ? "0" : "") + std::to_string(i + 1);
        INFO(m.nominative);
        CHECK(datesIn(std::string("Отчёт за ") + m.nominative + " 2020 года готов.") ==
              Found{"2020-" + mm});
        CHECK(datesIn(std::string("Это было 5 ") + m.genitive + " 2020 года.") ==
              Found{"2020-" + mm + "-05"});
        CHECK(datesIn(std::string("Это было в ") + m.prepositional + " 2020 года.") ==
              Found{"2020-" + mm});
        if (m.abbreviation) // May has none
            CHECK(datesIn(std::string("Это было 5 ") + m.abbreviation + ". 2020 года.") ==
                  Found{"2020-" + mm + "-05"});
        CHECK(datesIn(std::string("ЭТО БЫЛО 5 ") + m.genitive + " 2020 ГОДА.") ==
              Found{"2020-" + mm + "-05"});
    }
}

TEST_CASE("Russian years and months", "[extract][dates][russian]")
{
    CHECK(datesIn("В 2012 году страна вступила в союз.") == Found{"2012"});
    CHECK(spansIn("В 2012 году страна вступила в союз.") == Found{"В 2012 году"});
    CHECK(datesIn("Устав изменён в 2012 г. по решению совета.") == Found{"2012"});
    CHECK(datesIn("Операция проводится с 2005 года ежегодно.") == Found{"2005"});
    CHECK(datesIn("Штаб создан в конце 2014 года.") == Found{"2014"});
    CHECK(datesIn("Учения прошли летом 2012 года.") == Found{"2012"});
    CHECK(datesIn("Председательство перейдёт к ним в следующем, 2024 году.") == Found{"2024"});
    CHECK(datesIn("Переговоры шли в декабре 2014 г. в столице.") == Found{"2014-12"});
    CHECK(datesIn("Декабрь 2014 года выдался трудным.") == Found{"2014-12"});
    CHECK(datesIn("В декабре делегация вернулась.", talkingAbout(2018)) == Found{"2018-12"});
    CHECK(datesIn("В начале марта делегация вернулась.", talkingAbout(2018)) == Found{"2018-03"});
    CHECK(datesIn("В декабре делегация вернулась.").empty()); // no year known
    CHECK(datesIn("В феврале прошлого года премьер заявил об этом.", publishedOn("2025-03-31")) ==
          Found{"2024-02"});
    CHECK(datesIn("В феврале прошлого года премьер заявил об этом.").empty());
}

TEST_CASE("Russian ranges of days and of years", "[extract][dates][russian]")
{
    CHECK(datesIn("Учение прошло с 2 по 16 октября 2009 г. на полигоне.") ==
          Found{"2009-10-02..2009-10-16"});
    CHECK(datesIn("Учения шли с 29 мая по 2 июня 2017 года у границы.") ==
          Found{"2017-05-29..2017-06-02"});
    CHECK(spansIn("Учения шли с 29 мая по 2 июня 2017 года у границы.") ==
          Found{"с 29 мая по 2 июня 2017 года"});
    CHECK(datesIn("Сборы пройдут с 28 декабря по 3 января 2017 года.") ==
          Found{"2016-12-28..2017-01-03"});
    for (const char *dash : {"\u2014", "\u2013", "-"}) {
        INFO(dash);
        CHECK(datesIn(std::string("Учения пройдут 29 марта ") + dash + " 6 апреля.",
                      publishedOn("2005-03-01")) == Found{"2005-03-29..2005-04-06"});
    }
    CHECK(datesIn("Учения пройдут 29 марта — 6 апреля.") == Found{"--03-29..--04-06"});
    CHECK(datesIn("Сборы прошли 7–11 июня 2010 года.") == Found{"2010-06-07..2010-06-11"});
    CHECK(datesIn("Дежурство длилось 31 декабря 2016 г. – 2 января 2017 г.") ==
          Found{"2016-12-31..2017-01-02"});
    CHECK(datesIn("Сборы прошли 11–7 июня 2010 года.").empty()); // ends before it begins
    CHECK(datesIn("Сотрудничество росло в 2021–2025 годах.") == Found{"2021..2025"});
    CHECK(datesIn("Он служил в 1992-1994 гг. на границе.") == Found{"1992..1994"});
    CHECK(datesIn("В 1999-2003 г.г. он был послом.") == Found{"1999..2003"});
    CHECK(datesIn("Он был послом 1999-2003 г.г. в Дании.") == Found{"1999..2003"});
    CHECK(datesIn("Программа действовала с 2021 по 2025 год.") == Found{"2021..2025"});
    CHECK(datesIn("Миссия работала с января по март 2015 года.") == Found{"2015-01..2015-03"});
    CHECK(datesIn("Патрули выходили в ноябре–декабре 2014 г.") == Found{"2014-11..2014-12"});
    CHECK(datesIn("Сборы шли с ноября по февраль 2015 года.") == Found{"2014-11..2015-02"});
    CHECK(datesIn("Отчёты сдавали в январе-феврале.", talkingAbout(2019)) ==
          Found{"2019-01..2019-02"});
}

TEST_CASE("Russian relative dates resolve against the publication date",
          "[extract][dates][russian]")
{
    const auto monday = publishedOn("2014-12-22"); // a Monday
    CHECK(datesIn("Министры встретились сегодня.", monday) == Found{"2014-12-22"});
    CHECK(datesIn("Посол прибыл вчера.", monday) == Found{"2014-12-21"});
    CHECK(datesIn("Лидеры встретятся завтра.", monday) == Found{"2014-12-23"});
    CHECK(datesIn("Посол прибыл позавчера.", monday) == Found{"2014-12-20"});
    CHECK(datesIn("Лидеры встретятся послезавтра.", monday) == Found{"2014-12-24"});
    CHECK(datesIn("Об этом сообщили в понедельник.", monday) == Found{"2014-12-22"});
    CHECK(datesIn("Об этом сообщили во вторник.", monday) == Found{"2014-12-16"});
    CHECK(datesIn("Депутаты проголосовали в пятницу.", monday) == Found{"2014-12-19"});
    CHECK(datesIn("В прошлом году итоги были хорошими.", monday) == Found{"2013"});
    CHECK(datesIn("В этом году план готов.", monday) == Found{"2014"});
    CHECK(datesIn("В текущем году план готов.", monday) == Found{"2014"});
    CHECK(datesIn("В следующем году председатель сменится.", monday) == Found{"2015"});
    CHECK(datesIn("Резолюцию приняли в прошлом месяце.", monday) == Found{"2014-11"});
    CHECK(datesIn("Резолюцию примут в следующем месяце.", monday) == Found{"2015-01"});
    CHECK(datesIn("Встреча прошла на прошлой неделе.", monday) == Found{"2014-12-15..2014-12-21"});
    CHECK(datesIn("Встреча пройдёт на следующей неделе.", monday) ==
          Found{"2014-12-29..2015-01-04"});
    CHECK(datesIn("Учения пройдут 12 мая с.г. на полигоне.", monday) == Found{"2014-05-12"});
    CHECK(datesIn("Учения пройдут 12 мая с. г. на полигоне.", monday) == Found{"2014-05-12"});
    CHECK(datesIn("Учения пройдут 12 мая с.г. на полигоне.") == Found{"--05-12"});
    CHECK(datesIn("Он вступит в должность с 1 января будущего года.", publishedOn("2019-07-04")) ==
          Found{"2020-01-01"});
    CHECK(datesIn("Лидеры встретятся завтра.", publishedOn("--06-17")) == Found{"--06-18"});
    CHECK(datesIn("В этом году план готов.", publishedOn("--06-17")).empty());
    CHECK(datesIn("Министры встретились сегодня.").empty()); // nothing to resolve against
}

TEST_CASE("Russian deadlines, periods and names are not event dates", "[extract][dates][russian]")
{
    CHECK(datesIn("Стратегия коллективной безопасности на период до 2025 года одобрена.").empty());
    CHECK(datesIn("Учения продлятся до 1 августа.").empty());
    CHECK(datesIn("Работы завершат к 2030 году.").empty());
    CHECK(datesIn("Мандат действует по 2 июня.").empty());
    CHECK(datesIn("Решение о бюджете на 2024 год не подписано.").empty());
    CHECK(datesIn("План на 2016-2017 годы утверждён.").empty());
    CHECK(datesIn("Учение «Взаимодействие-2019» завершилось.").empty());
    CHECK(datesIn("В учении \"Рубеж-2005\" участвовали 2000 военных.").empty());
    CHECK(datesIn("Объявлено в 2012 случаях из ста.").empty()); // a number, not a year
    CHECK(datesIn("Статья обрывается на слове в дек", talkingAbout(2016)).empty());
    // An outlet's name is no date in either language.
    CHECK(
        datesIn("В интервью Kazakhstan Today генсек ответил.", publishedOn("2009-10-19")).empty());
    CHECK(datesIn("He told USA Today on Monday.", publishedOn("2014-12-24")) ==
          Found{"2014-12-22"});
}

TEST_CASE("Russian datelines give the place's date and the publisher", "[extract][layout][russian]")
{
    struct Case
    {
        std::string line, publisher, published, dateline;
    };
    const std::vector<Case> cases = {
        {"ЕРЕВАН, 1 янв — Sputnik. Полномочия генсека истекли вчера.", "Sputnik", "--01-01",
         "1 янв"},
        {"МОСКВА, 22 декабря. /ТАСС/. Министры обсудили итоги года.", "ТАСС", "--12-22",
         "22 декабря"},
        {"АСТАНА, 28 ноября. /Казинформ/ – Лидеры подписали декларацию.", "Казинформ", "--11-28",
         "28 ноября"},
        {"Москва. 5 мая. INTERFAX.RU - Президент провёл совещание.", "INTERFAX.RU", "--05-05",
         "5 мая"},
        {"Минск, 3 марта /БелТА/ -- Начальник штаба выступил.", "БелТА", "--03-03", "3 марта"},
        {"Самара, 2 июня. (Агентство «Волга», Иван Иванов). — С 7 по 11 июня пройдут сборы.",
         "Агентство «Волга»", "--06-02", "2 июня"},
        {"НУР-СУЛТАН, 9 апр – РИА Новости. Делегации прибыли в столицу.", "РИА Новости", "--04-09",
         "9 апр"},
        {"ОРЕНБУРГ, 4 июля 2019 года. Учения начались по плану.", "", "2019-07-04",
         "4 июля 2019 года"},
    };
    for (const auto &c : cases) {
        INFO(c.line);
        const auto layout = analyseLayout(c.line + "\n");
        CHECK(layout.publisher.value_or("") == c.publisher);
        REQUIRE(layout.published);
        CHECK(layout.published->toIso() == c.published);
        REQUIRE(layout.datelines.size() == 1);
        CHECK(c.line.substr(layout.datelines[0].offset, layout.datelines[0].length) == c.dateline);
    }
    // A place in ordinary letters without a publisher opens a sentence, not a dateline.
    const auto sentence = analyseLayout("Москва, 5 мая 2020 года, стала местом встречи.\n");
    CHECK_FALSE(sentence.published);
    CHECK_FALSE(sentence.publisher);
    CHECK(sentence.datelines.empty());
}

TEST_CASE("A Russian line that is only a date dates the article", "[extract][layout][russian]")
{
    for (const auto &[line, published] : std::vector<std::pair<std::string, std::string>>{
             {"18 апр 2016, 21:42", "2016-04-18"},
             {"14:53, 4 февраля 2009", "2009-02-04"},
             {"Июнь 2, 2010 17:15", "2010-06-02"},
             {"Иван Петров 03-06-2017 18:57:27", "2017-06-03"}}) {
        INFO(line);
        const auto layout = analyseLayout("Заголовок статьи из нескольких слов\n" + line +
                                          "\nТекст статьи начинается здесь и идёт дальше.\n");
        REQUIRE(layout.published);
        CHECK(layout.published->toIso() == published);
        CHECK(layout.datelines.size() == 1);
        CHECK(layout.furniture.size() == 1);
    }
    // A sentence with a date is no date line.
    const auto sentence =
        analyseLayout("Заголовок статьи из нескольких слов\nСессия открылась 4 февраля 2009 "
                      "года в Кремле.\n");
    CHECK_FALSE(sentence.published);
}

TEST_CASE("Russian abbreviations and initials do not end a sentence",
          "[extract][sentences][russian]")
{
    const std::string text =
        "Посол родился в 1949 г. в г. Орел. Образование высшее. Генсек С. Зась, т.е. глава "
        "секретариата, выступил. В 1999-2003 гг. Иванов И.И. служил в Дании. Училище им. "
        "Суворова закрыли. Он сказал: «Всё решено». Итоги подвели 5 дек. Министры уехали.";
    std::vector<std::string> parts;
    for (const auto &s : splitSentences(text, {{0, text.size()}}))
        parts.push_back(text.substr(s.offset, s.length));
    CHECK(parts ==
          std::vector<std::string>{"Посол родился в 1949 г. в г. Орел.", "Образование высшее.",
                                   "Генсек С. Зась, т.е. глава секретариата, выступил.",
                                   "В 1999-2003 гг. Иванов И.И. служил в Дании.",
                                   "Училище им. Суворова закрыли.", "Он сказал: «Всё решено».",
                                   "Итоги подвели 5 дек. Министры уехали."});
}

TEST_CASE("A Russian sentence with a date and a known entity is a candidate event",
          "[extract][analysis][russian]")
{
    Gazetteer gazetteer;
    gazetteer.add("ОДКБ", 1);
    gazetteer.add("Казахстан", 2);
    gazetteer.build();
    const std::string text =
        "Учения ОДКБ проходят в горах\n"
        "МИНСК, 14 мая – Агентство. Учения ОДКБ начались 12 мая 2021 года у границы. Погода "
        "была хорошей 11 мая. Казахстан направил делегацию на учение «Взаимодействие-2021». "
        "Стратегия ОДКБ рассчитана до 2025 года. Казахстан и ОДКБ провели штабную тренировку "
        "с 3 по 5 мая.\n";
    const auto analysis = analyseArticle(text, gazetteer, std::nullopt);
    CHECK(analysis.title == "Учения ОДКБ проходят в горах");
    CHECK(analysis.publisher == "Агентство");
    REQUIRE(analysis.published);
    CHECK(analysis.published->toIso() == "2021-05-14");
    REQUIRE(analysis.yearNote);
    CHECK_THAT(*analysis.yearNote, Catch::Contains("2021 is the only year the text names"));
    // The exercise's year ("Взаимодействие-2021") is an occurrence event of its own
    // (NewEntityFinder).
    REQUIRE(analysis.events.size() == 3);
    CHECK(analysis.events[1].title == "Взаимодействие-2021");
    CHECK(analysis.events[1].date.toIso() == "2021");
    CHECK(analysis.events[0].date.toIso() == "2021-05-12");
    CHECK(analysis.events[0].yearStated);
    CHECK(analysis.events[0].participants == std::vector<std::int64_t>{1});
    CHECK(analysis.events[0].title == "Учения ОДКБ начались 12 мая 2021 года у границы.");
    CHECK_FALSE(analysis.events[0].place);
    CHECK(text.substr(analysis.events[0].evidence.offset, analysis.events[0].evidence.length) ==
          analysis.events[0].title);
    CHECK(analysis.events[2].date.toIso() == "2021-05-03");
    REQUIRE(analysis.events[2].end);
    CHECK(analysis.events[2].end->toIso() == "2021-05-05");
    CHECK(analysis.events[2].participants == std::vector<std::int64_t>{2, 1});

    // A weekday is the latest such day on or before publication.
    const std::string weekday = "Министры стран ОДКБ встретились во вторник в столице.";
    const auto meeting = analyseArticle(weekday, gazetteer, PartialDate::parse("2023-11-16"));
    REQUIRE(meeting.events.size() == 1);
    CHECK(meeting.events[0].date.toIso() == "2023-11-14");
    // A dateline alone is no title: the first sentence that tells something is.
    const auto titled =
        analyseArticle("ЕРЕВАН, 1 янв — Sputnik. Генсек ОДКБ сложил полномочия в полночь.",
                       gazetteer, std::nullopt);
    CHECK(titled.title == "Генсек ОДКБ сложил полномочия в полночь.");
}

namespace {

std::string readFile(const std::filesystem::path &file)
{
    std::ifstream in(file, std::ios::binary);
    std::stringstream content;
    content << in.rdbuf();
    return content.str();
}

// Whether one of the first lines opens like a dateline: a capitalised word, a comma or full
// stop, a space, a day ("ЕРЕВАН, 1 янв", "Москва. 19 января"). Checked apart from the pipeline.
bool opensWithDateline(const std::string &text)
{
    std::istringstream lines(text);
    std::string line;
    for (int n = 0; n < 10 && std::getline(lines, line); ++n) {
        const std::size_t stop = line.find_first_of(",.");
        if (stop == std::string::npos || stop == 0 || stop > 40 || stop + 2 >= line.size() ||
            line[stop + 1] != ' ' || !std::isdigit(static_cast<unsigned char>(line[stop + 2])))
            continue;
        const std::string_view place(line.data(), stop);
        if (place.find(' ') == std::string_view::npos && place.substr(0, 2) >= "\xD0\x81" &&
            place.substr(0, 2) <= "\xD0\xAF")
            return true;
    }
    return false;
}

} // namespace

TEST_CASE("The Russian corpus: publication dates, plausible dates, events imported",
          "[extract][import][russian][corpus]")
{
    std::vector<std::filesystem::path> files;
    for (const auto &entry : std::filesystem::directory_iterator(test::corpusDir() / "ru")) {
        if (entry.path().extension() == ".txt")
            files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    REQUIRE(files.size() == 20);

    test::TempDir dir;
    buildKnowledgeBaseFile(readDataset(CSTO_KB_DATA_DIR), dir / "kb.db");
    SqliteKnowledgeBase kb(schema::open(dir / "kb.db", schema::Access::ReadWrite));
    Importer importer(kb);
    const auto countEvents = [&] {
        auto rows = kb.database().prepare("SELECT count(*) FROM events");
        return rows.step() ? rows.integer(0) : -1;
    };
    const int curatedEvents = countEvents();
    std::size_t withDateline = 0;
    std::size_t withEvents = 0;
    std::size_t events = 0;
    for (const auto &file : files) {
        const std::string name = file.filename().string();
        INFO(name);
        const std::string text = readFile(file);
        const auto report = importer.importText(text, name, {});
        INFO(report.error);
        REQUIRE(report.status == ImportReport::Status::Imported);
        // The corpus names its files after the year of publication where it is known.
        const int fileYear = std::stoi(name.substr(name.size() - 8, 4));
        if (opensWithDateline(text)) {
            ++withDateline;
            CHECK(report.published);
            CHECK_FALSE(report.publisher.empty());
        }
        if (report.published && report.published->hasYear())
            CHECK(report.published->yearValue() == fileYear);
        // A sentence that names a known entity (as the importer matched it) and holds a date
        // that is not the dateline makes the article yield an event.
        const auto layout = analyseLayout(text);
        const DateContext context{report.published, std::nullopt, std::nullopt};
        bool datedSentenceNamesEntity = false;
        for (const auto &sentence : splitSentences(text, layout.body)) {
            const bool names = std::any_of(
                report.mentions.begin(), report.mentions.end(), [&](const auto &mention) {
                    return mention.offset >= sentence.offset &&
                           mention.offset + mention.length <= sentence.end();
                });
            const auto dates =
                findDates(std::string_view(text).substr(sentence.offset, sentence.length), context);
            const bool dated = std::any_of(dates.begin(), dates.end(), [&](const auto &date) {
                return std::none_of(layout.datelines.begin(), layout.datelines.end(),
                                    [&](const TextSpan &dateline) {
                                        return dateline.offset == sentence.offset + date.offset;
                                    });
            });
            datedSentenceNamesEntity = datedSentenceNamesEntity || (names && dated);
        }
        if (datedSentenceNamesEntity)
            CHECK_FALSE(report.events.empty());
        for (const auto &event : report.events) {
            INFO(event.title);
            CHECK_FALSE(utf8::firstInvalidByte(event.title));
            REQUIRE(event.evidence.offset + event.evidence.length <= text.size());
            CHECK_FALSE(utf8::firstInvalidByte(
                std::string_view(text).substr(event.evidence.offset, event.evidence.length)));
            CHECK_FALSE(event.participants.empty());
            // Years the CSTO's history and its people's lives span, read from the text.
            if (event.date.hasYear()) {
                CHECK(event.date.yearValue() >= 1940);
                CHECK(event.date.yearValue() <= 2030);
            }
            if (event.end && event.date.hasYear()) {
                CHECK(event.end->hasYear());
                CHECK(event.date.toIso() < event.end->toIso());
            }
        }
        withEvents += datedSentenceNamesEntity ? 1 : 0;
        events += report.events.size();
    }
    // Proposals wait for review: nothing entered the knowledge base; a second import of the same
    // text is recognised.
    CHECK(countEvents() == curatedEvents);
    CHECK(importer.importText(readFile(files.front()), "again.txt", {}).status ==
          ImportReport::Status::Duplicate);
    INFO("articles with datelines " << withDateline << ", with events " << withEvents << ", events "
                                    << events);
    CHECK(withDateline >= 8);
    CHECK(withEvents >= 12);
    CHECK(events >= 20);
    std::cout << "Russian corpus: " << withDateline << " articles open with a dateline, "
              << withEvents << " of " << files.size() << " yield events, " << events
              << " events in all\n";
}
