// SPDX-License-Identifier: MIT
// New entities in English and Russian on sentences of our own: exercises and operations with
// their year's occurrence, people by office (Russian names in the nominative), organisations,
// acronyms and states; names the knowledge base knows are mentions, and ordinary capitalised
// words are not names.
#include <core/extract/analysis.h>
#include <core/extract/newentities.h>

#include <catch2/catch.hpp>

#include <algorithm>

using namespace csto;
using namespace csto::extract;

namespace {

// Known names for the sentences below, each with its row id.
Gazetteer gazetteerOf(std::initializer_list<std::pair<const char *, std::int64_t>> names)
{
    Gazetteer gazetteer;
    for (const auto &[name, rowId] : names)
        gazetteer.add(name, rowId);
    gazetteer.build();
    return gazetteer;
}

ArticleAnalysis analyse(const std::string &body, const Gazetteer &gazetteer)
{
    return analyseArticle("A report\nCAPITAL, 3 March 2021 (Agency) - " + body, gazetteer,
                          std::nullopt);
}

// "kind:name" of every proposed entity, in order.
std::vector<std::string> proposed(const ArticleAnalysis &analysis)
{
    std::vector<std::string> names;
    for (const auto &e : analysis.entities)
        names.push_back(std::string(toString(e.kind)) + ":" + e.name);
    return names;
}

const ProposedEntity &entityNamed(const ArticleAnalysis &analysis, const std::string &name)
{
    const auto it = std::find_if(analysis.entities.begin(), analysis.entities.end(),
                                 [&](const ProposedEntity &e) { return e.name == name; });
    if (it == analysis.entities.end())
        FAIL("not proposed: " << name);
    return *it;
}

const ProposedEvent *eventTitled(const ArticleAnalysis &analysis, const std::string &title)
{
    const auto it = std::find_if(analysis.events.begin(), analysis.events.end(),
                                 [&](const ProposedEvent &e) { return e.title == title; });
    return it == analysis.events.end() ? nullptr : &*it;
}

std::string nominative(std::vector<std::string> words, RussianCase grammaticalCase)
{
    return russianNominativeName(words, grammaticalCase);
}

} // namespace

TEST_CASE("Exercises and operations named with a year: the name, and the year as an event",
          "[extract][newentities]")
{
    const auto gazetteer = gazetteerOf({{"Ruritania", 1}});
    const auto analysis = analyse(
        "Troops of Ruritania began the Steppe Shield-2019 drills on 12 May 2019. The anti-drug "
        "operation, dubbed Harbour-2011, ended in December. The current exercise, codenamed "
        "Northern Wind 2018, is the largest.",
        gazetteer);
    CHECK(proposed(analysis) == std::vector<std::string>{"exercise:Steppe Shield",
                                                         "operation:Harbour",
                                                         "exercise:Northern Wind"});
    CHECK(entityNamed(analysis, "Steppe Shield").reason ==
          "exercise named with a year: Steppe Shield-2019 (\"drills\")");
    const auto *shield = eventTitled(analysis, "Steppe Shield-2019");
    REQUIRE(shield);
    CHECK(shield->date.toIso() == "2019-05-12"); // the sentence's date in that year
    CHECK(shield->participants == std::vector<std::int64_t>{1});
    CHECK(shield->proposedParticipants == std::vector<std::string>{"Steppe Shield"});
    CHECK(shield->reason ==
          "a year's occurrence of the exercise Steppe Shield: Steppe Shield-2019");
    const auto *harbour = eventTitled(analysis, "Harbour-2011");
    REQUIRE(harbour);
    CHECK(harbour->date.toIso() == "2011");
    CHECK(eventTitled(analysis, "Northern Wind 2018"));
}

TEST_CASE("Exercises and operations named in quotes or after the word for them",
          "[extract][newentities]")
{
    const auto gazetteer = gazetteerOf({{"Канал", 2}});
    const auto analysis =
        analyse("Special forces trained in the exercise Cobalt near the border. Dubbed "
                "\u201cIron Ridge-2022,\u201d the drills ended on Friday. На юге "
                "стартовало учение «Поиск-2016». Прошло учение \"Гроза\" на юге. В рамках "
                "операции «Канал» проведена операция «Канал — Западный заслон». На полигоне "
                "\"Степной\" прошли учения.",
                gazetteer);
    CHECK(proposed(analysis) == std::vector<std::string>{"exercise:Cobalt", "exercise:Iron Ridge",
                                                         "exercise:Поиск", "exercise:Гроза",
                                                         "operation:Канал — Западный заслон"});
    CHECK(entityNamed(analysis, "Гроза").reason == "exercise named in quotes: Гроза (\"учение\")");
    const auto *search = eventTitled(analysis, "Поиск-2016");
    REQUIRE(search);
    CHECK(search->date.toIso() == "2016");
    CHECK(search->proposedParticipants == std::vector<std::string>{"Поиск"});
}

TEST_CASE("A name known by any alias is a mention: its year is an event of the known entity",
          "[extract][newentities]")
{
    const auto gazetteer = gazetteerOf({{"Channel", 7}, {"Kanal", 7}, {"Канал", 7}});
    const auto analysis = analyse("The Kanal-2015 operation seized drugs. Операция «Канал-2016» "
                                  "завершилась. Operation Channel went on.",
                                  gazetteer);
    CHECK(analysis.entities.empty());
    const auto *kanal = eventTitled(analysis, "Kanal-2015");
    REQUIRE(kanal);
    CHECK(kanal->participants == std::vector<std::int64_t>{7});
    CHECK(kanal->proposedParticipants.empty());
    const auto *russian = eventTitled(analysis, "Канал-2016");
    REQUIRE(russian);
    CHECK(russian->participants == std::vector<std::int64_t>{7});
}

TEST_CASE("People after an office title, with the office where the sentence names it",
          "[extract][newentities]")
{
    const auto gazetteer =
        gazetteerOf({{"Alliance", 3}, {"Joint Staff", 5}, {"Olga Sidorenko", 6}, {"Ruritania", 1}});
    const auto analysis = analyse(
        "Secretary General of the Alliance Ruslan Temirov opened the meeting. Deputy Secretary "
        "General Arkady Volkonsky spoke next. The Chief of the Joint Staff Col.-Gen. Boris "
        "Kamenev reported. President Olga Sidorenko said nothing. Ruritania's Foreign Minister "
        "Anna Petrenko agreed. Alliance Chief Relieved Of Duties After Being Charged. Lena "
        "Ostrova has been appointed the new Secretary General of the Alliance.",
        gazetteer);
    CHECK(proposed(analysis) ==
          std::vector<std::string>{"person:Ruslan Temirov", "person:Arkady Volkonsky",
                                   "person:Boris Kamenev", "person:Anna Petrenko",
                                   "person:Lena Ostrova"});
    const auto &temirov = entityNamed(analysis, "Ruslan Temirov");
    CHECK(temirov.reason == "office title before a name: Secretary General");
    REQUIRE(temirov.office);
    CHECK(temirov.office->role == "Secretary General");
    CHECK(temirov.office->entityRowId == 3);
    CHECK(entityNamed(analysis, "Arkady Volkonsky").reason ==
          "office title before a name: Deputy Secretary General");
    CHECK_FALSE(entityNamed(analysis, "Arkady Volkonsky").office);
    const auto &kamenev = entityNamed(analysis, "Boris Kamenev");
    REQUIRE(kamenev.office);
    CHECK(kamenev.office->role == "Chief");
    CHECK(kamenev.office->entityRowId == 5);
    const auto &ostrova = entityNamed(analysis, "Lena Ostrova");
    CHECK(ostrova.reason == "name before an office title: Secretary General");
    REQUIRE(ostrova.office);
    CHECK(ostrova.office->entityRowId == 3);
}

TEST_CASE("Russian people after an office title, in the nominative", "[extract][newentities]")
{
    const auto gazetteer = gazetteerOf({{"ОДКБ", 3}, {"Руритания", 1}, {"Игорь Белов", 9}});
    const auto analysis = analyse(
        "Встреча с генеральным секретарём ОДКБ Таалатбеком Масадыковым прошла в столице. "
        "Министр обороны Руритании генерал-лейтенант Шерали Мирзо прибыл. Доклад министра "
        "обороны Игоря Крылова заслушан. Обязанности возложены на заместителя генерального "
        "секретаря ОДКБ Петрова Валерия Анатольевича. Письмо направлено помощнику президента "
        "Марии Захаровой. Беседа с министром иностранных дел Анной Светловой состоялась. "
        "Решение принято по просьбе президента Касым-Жомарта Токаева. Визит министра Игоря "
        "Белова завершён.",
        gazetteer);
    CHECK(proposed(analysis) ==
          std::vector<std::string>{"person:Таалатбек Масадыков", "person:Шерали Мирзо",
                                   "person:Игорь Крылов", "person:Валерий Петров",
                                   "person:Мария Захарова", "person:Анна Светлова",
                                   "person:Касым-Жомарт Токаев"});
    const auto &masadykov = entityNamed(analysis, "Таалатбек Масадыков");
    CHECK(masadykov.reason == "office title before a name: генеральный секретарь");
    REQUIRE(masadykov.office);
    CHECK(masadykov.office->role == "генеральный секретарь");
    CHECK(masadykov.office->entityRowId == 3);
    const auto &petrov = entityNamed(analysis, "Валерий Петров");
    REQUIRE(petrov.office);
    CHECK(petrov.office->role == "заместитель генерального секретаря");
}

TEST_CASE("Russian names in every case come back to the nominative", "[extract][newentities]")
{
    using C = RussianCase;
    CHECK(nominative({"Сергей", "Шойгу"}, C::Nominative) == "Сергей Шойгу");
    CHECK(nominative({"Сергея", "Шойгу"}, C::Genitive) == "Сергей Шойгу");
    CHECK(nominative({"Сергею", "Шойгу"}, C::Dative) == "Сергей Шойгу");
    CHECK(nominative({"Сергеем", "Шойгу"}, C::Instrumental) == "Сергей Шойгу");
    CHECK(nominative({"Сергее", "Шойгу"}, C::Prepositional) == "Сергей Шойгу");
    CHECK(nominative({"Таалатбека", "Масадыкова"}, C::Genitive) == "Таалатбек Масадыков");
    CHECK(nominative({"Таалатбеку", "Масадыкову"}, C::Dative) == "Таалатбек Масадыков");
    CHECK(nominative({"Таалатбеком", "Масадыковым"}, C::Instrumental) == "Таалатбек Масадыков");
    CHECK(nominative({"Таалатбеке", "Масадыкове"}, C::Prepositional) == "Таалатбек Масадыков");
    CHECK(nominative({"Николая", "Бордюжи"}, C::Genitive) == "Николай Бордюжа");
    CHECK(nominative({"Валерия", "Семерикова"}, C::Genitive) == "Валерий Семериков");
    CHECK(nominative({"Станислава", "Зася"}, C::Genitive) == "Станислав Зась");
    CHECK(nominative({"Станиславу", "Засю"}, C::Dative) == "Станислав Зась");
    CHECK(nominative({"Станиславом", "Засем"}, C::Instrumental) == "Станислав Зась");
    CHECK(nominative({"Никола", "Пашиняна"}, C::Genitive) == "Никол Пашинян");
    CHECK(nominative({"Николом", "Пашиняном"}, C::Instrumental) == "Никол Пашинян");
    CHECK(nominative({"Имангали", "Тасмагамбетова"}, C::Genitive) == "Имангали Тасмагамбетов");
    CHECK(nominative({"Имангали", "Тасмагамбетовым"}, C::Instrumental) == "Имангали Тасмагамбетов");
    CHECK(nominative({"Касым-Жомарта", "Токаева"}, C::Genitive) == "Касым-Жомарт Токаев");
    CHECK(nominative({"Игоря", "Петровского"}, C::Genitive) == "Игорь Петровский");
    CHECK(nominative({"Игорем", "Петровским"}, C::Instrumental) == "Игорь Петровский");
    CHECK(nominative({"Андрея", "Белого"}, C::Genitive) == "Андрей Белый");
    CHECK(nominative({"Марии", "Захаровой"}, C::Genitive) == "Мария Захарова");
    CHECK(nominative({"Марией", "Захаровой"}, C::Instrumental) == "Мария Захарова");
    CHECK(nominative({"Ольги", "Лебедевой"}, C::Genitive) == "Ольга Лебедева");
    CHECK(nominative({"Анне", "Светловой"}, C::Dative) == "Анна Светлова");
    CHECK(nominative({"Анну", "Светлову"}, C::Genitive) == "Анна Светлова");
    CHECK(nominative({"Шерали", "Мирзо"}, C::Genitive) == "Шерали Мирзо");
    // Official order, surname first, with a patronymic; and the usual order with one.
    CHECK(nominative({"Семерикова", "Валерия", "Анатольевича"}, C::Genitive) ==
          "Валерий Семериков");
    CHECK(nominative({"Николая", "Николаевича", "Бордюжи"}, C::Genitive) == "Николай Бордюжа");
    CHECK(nominative({"Хачатуровым", "Юрием", "Григорьевичем"}, C::Instrumental) ==
          "Юрий Хачатуров");
}

TEST_CASE("Organisations and bodies: defined acronyms, organisation words, member states",
          "[extract][newentities]")
{
    const auto gazetteer = gazetteerOf({{"Treaty Organisation", 3},
                                        {"Совет коллективной безопасности", 4},
                                        {"Collective Rapid Reaction Forces", 8}});
    const auto analysis = analyse(
        "The Eurasian Group on Combating Money Laundering (EAG) met in the capital. Ruritania "
        "joined the Patrol Coordination Committee last year. Observers such as Serbia and the "
        "United Arab Emirates attended. The Collective Rapid Reaction Force was praised. "
        "Председатель Государственного таможенного комитета Руритании выступил. Делегации "
        "Евразийской группы по противодействию легализации преступных доходов (ЕАГ) и Сербии "
        "прибыли. Решением Совета коллективной безопасности утверждён план.",
        gazetteer);
    CHECK(proposed(analysis) ==
          std::vector<std::string>{
              "organisation:Eurasian Group on Combating Money Laundering",
              "body:Patrol Coordination Committee", "state:Serbia", "state:United Arab Emirates",
              "body:Государственный таможенный комитет Руритании",
              "organisation:Евразийская группа по противодействию легализации преступных доходов",
              "state:Сербия"});
    const auto &eag = entityNamed(analysis, "Eurasian Group on Combating Money Laundering");
    CHECK(eag.aliases == std::vector<std::string>{"EAG"});
    CHECK(eag.reason == "acronym defined in the text: EAG");
    CHECK(entityNamed(analysis, "Serbia").reason ==
          "state name in the list of UN member states: Serbia");
    CHECK(entityNamed(analysis, "Государственный таможенный комитет Руритании").reason ==
          "organisation word in a name: комитет");
}

TEST_CASE("No junk: sentence openings, calendar words, a lone Council, known names",
          "[extract][newentities]")
{
    const auto gazetteer = gazetteerOf({{"High Council", 4}, {"Ruritania", 1}});
    const auto analysis = analyse(
        "The Council met on Monday. Council members agreed in March. In 2019 the drills were "
        "held. Seven exercises are planned for 2021. The High Council approved the plan. "
        "Ruritania Army Wraps Up Drills In The North. Совет одобрил план. В 2019 году учения "
        "прошли на полигоне. Президент страны выступил. The president said the Council would "
        "meet. The Secretary of Security Council spoke, and the Peacekeeping Force left.",
        gazetteer);
    CHECK(analysis.entities.empty());
    for (const auto &e : analysis.events)
        CHECK(e.reason.empty());
}

TEST_CASE("Ranks, possessives, genitive first names and short nouns in office phrases",
          "[extract][newentities]")
{
    const auto gazetteer = gazetteerOf({{"ОДКБ", 3}});
    const auto analysis = analyse(
        "Retired General Oleg Markov arrived at the court. The houses of Serbia’s parliament "
        "voted. Истекли полномочия генсека ОДКБ Николая Воронова. Начальник Генштаба "
        "Вооруженных сил Руритании Павел Орлов возглавит штаб.",
        gazetteer);
    CHECK(proposed(analysis) == std::vector<std::string>{"person:Oleg Markov", "state:Serbia",
                                                         "person:Николай Воронов",
                                                         "person:Павел Орлов"});
    const auto &voronov = entityNamed(analysis, "Николай Воронов");
    REQUIRE(voronov.office);
    CHECK(voronov.office->role == "генсек");
    CHECK(voronov.office->entityRowId == 3);
}

TEST_CASE("A plural office title before a list of places and names", "[extract][newentities]")
{
    const auto gazetteer = gazetteerOf({{"Руритания", 1}, {"Олег Светов", 4}});
    const auto analysis =
        analyse("На учения прибыли президенты Руритания - Иван Громов, Бордурии - Олег Светов, "
                "Фридонии - Пётр Лесков, а также министры.",
                gazetteer);
    CHECK(proposed(analysis) ==
          std::vector<std::string>{"person:Иван Громов", "person:Пётр Лесков"});
    const auto &gromov = entityNamed(analysis, "Иван Громов");
    CHECK(gromov.reason == "office title before a list of names: президент");
    REQUIRE(gromov.office);
    CHECK(gromov.office->entityRowId == 1);
    CHECK_FALSE(entityNamed(analysis, "Пётр Лесков").office);
}
