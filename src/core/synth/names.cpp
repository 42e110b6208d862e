// SPDX-License-Identifier: MIT
#include "names.h"

#include <array>
#include <cmath>

namespace csto::synth {
namespace {

struct Syllable
{
    const char *latin;
    const char *cyrillic;
    const char *cyrillicCapital; // the same with its first letter upper-case
};

constexpr std::array<Syllable, 40> kSyllables = {{
    {"ka", "ка", "Ка"},      {"ra", "ра", "Ра"},    {"vo", "во", "Во"},    {"lin", "лин", "Лин"},
    {"sta", "ста", "Ста"},   {"mir", "мир", "Мир"}, {"gor", "гор", "Гор"}, {"dan", "дан", "Дан"},
    {"ni", "ни", "Ни"},      {"ko", "ко", "Ко"},    {"tal", "тал", "Тал"}, {"bek", "бек", "Бек"},
    {"zar", "зар", "Зар"},   {"ov", "ов", "Ов"},    {"sa", "са", "Са"},    {"bor", "бор", "Бор"},
    {"tu", "ту", "Ту"},      {"men", "мен", "Мен"}, {"dor", "дор", "Дор"}, {"ya", "я", "Я"},
    {"lo", "ло", "Ло"},      {"ar", "ар", "Ар"},    {"kan", "кан", "Кан"}, {"tem", "тем", "Тем"},
    {"vel", "вель", "Вель"}, {"shi", "ши", "Ши"},   {"nur", "нур", "Нур"}, {"pol", "пол", "Пол"},
    {"rus", "рус", "Рус"},   {"yer", "ер", "Ер"},   {"gan", "ган", "Ган"}, {"mak", "мак", "Мак"},
    {"sol", "сол", "Сол"},   {"chi", "чи", "Чи"},   {"dil", "дил", "Дил"}, {"ost", "ост", "Ост"},
    {"zhan", "жан", "Жан"},  {"ba", "ба", "Ба"},    {"ter", "тер", "Тер"}, {"ksan", "ксан", "Ксан"},
}};

struct FirstName
{
    const char *latin;
    const char *cyrillic;
};

constexpr std::array<FirstName, 24> kFirstNames = {{
    {"Aleksandr", "Александр"}, {"Nikolai", "Николай"},  {"Yuri", "Юрий"},
    {"Stanislav", "Станислав"}, {"Marat", "Марат"},      {"Rustam", "Рустам"},
    {"Valery", "Валерий"},      {"Sergei", "Сергей"},    {"Bakhyt", "Бахыт"},
    {"Imangali", "Имангали"},   {"Andrei", "Андрей"},    {"Tigran", "Тигран"},
    {"Elena", "Елена"},         {"Olga", "Ольга"},       {"Aigul", "Айгуль"},
    {"Natalya", "Наталья"},     {"Gulnara", "Гульнара"}, {"Anna", "Анна"},
    {"Fyodor", "Фёдор"},        {"Semyon", "Семён"},     {"Artyom", "Артём"},
    {"Pyotr", "Пётр"},          {"Kirill", "Кирилл"},    {"Zarina", "Зарина"},
}};

constexpr std::array<FirstName, 5> kSurnameEndings = {{
    {"ov", "ов"},
    {"enko", "енко"},
    {"ev", "ев"},
    {"sky", "ский"},
    {"yan", "ян"},
}};

} // namespace

std::uint64_t Random::next()
{
    std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

std::uint64_t Random::powerLaw(std::uint64_t n, double power)
{
    const auto k = static_cast<std::uint64_t>(static_cast<double>(n) * std::pow(unit(), power));
    return k < n ? k : n - 1;
}

Name properName(Random &random, int minSyllables, int maxSyllables)
{
    const auto count =
        minSyllables +
        static_cast<int>(random.below(static_cast<std::uint64_t>(maxSyllables - minSyllables + 1)));
    Name name;
    for (int i = 0; i < count; ++i) {
        const Syllable &s = kSyllables[random.below(kSyllables.size())];
        if (i == 0) {
            name.latin += static_cast<char>(s.latin[0] - 'a' + 'A');
            name.latin += s.latin + 1;
            name.cyrillic += s.cyrillicCapital;
        } else {
            name.latin += s.latin;
            name.cyrillic += s.cyrillic;
        }
    }
    return name;
}

Name personName(Random &random)
{
    const FirstName &first = kFirstNames[random.below(kFirstNames.size())];
    const Name stem = properName(random, 2, 2);
    const FirstName &ending = kSurnameEndings[random.below(kSurnameEndings.size())];
    return {std::string(first.latin) + " " + stem.latin + ending.latin,
            std::string(first.cyrillic) + " " + stem.cyrillic + ending.cyrillic};
}

} // namespace csto::synth
