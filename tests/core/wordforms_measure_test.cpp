// SPDX-License-Identifier: MIT
// Which way of finding Russian word forms finds more with fewer false matches: the gazetteer's
// own paradigms (wordforms.h) against Snowball's Russian stemmer applied to every word of names
// and text (two words match when their stems do; stems under four letters must match exactly).
// Both keep the rule that a one-word name written with a capital is found inflected only when
// capitalised. Measured on sentences of our own, each with the names it really mentions, and
// counted over the Russian news corpus; the test fails if the paradigms do worse.
#include "support/corpus.h"

#include <core/extract/gazetteer.h>
#include <core/extract/wordforms.h>

#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <iostream>
#include <libstemmer.h>
#include <map>
#include <memory>
#include <set>
#include <sstream>

using namespace csto;
using namespace csto::extract;

namespace {

const std::vector<std::pair<std::string, std::int64_t>> kNames = {
    {"Казахстан", 1},
    {"Совет коллективной безопасности", 2},
    {"Коллективные силы оперативного реагирования", 3},
    {"ОДКБ", 4},
    {"Грузия", 5},
    {"Канал", 6},
    {"Россия", 7},
    {"Касым-Жомарт Токаев", 8},
    {"Беларусь", 9},
    {"Белоруссия", 9},
    {"Армения", 10},
    {"Иран", 11},
    {"Китай", 12},
    {"Сирия", 13},
    {"Сергей Лавров", 14},
    {"Нерушимое братство-2020", 15},
    {"Организация Договора о коллективной безопасности", 16},
    {"Миротворческие силы ОДКБ", 17},
    {"Государственная дума", 18},
    {"Наёмник", 19},
    {"Таджикистан", 21},
    {"Кыргызстан", 22},
    {"Киргизия", 22},
    {"Владимир Путин", 23},
    {"Объединённый штаб", 24},
    {"Мир", 25},
};

// Sentences of our own and the names each one really mentions, in order.
const std::vector<std::pair<std::string, std::vector<std::int64_t>>> kSentences = {
    {"Президент Казахстана прибыл в столицу.", {1}},
    {"В Казахстане прошли учения, переговоры с Казахстаном завершены.", {1, 1}},
    {"Казахстану передано председательство.", {1}},
    {"Решение Совета коллективной безопасности вступило в силу.", {2}},
    {"Главы государств на Совете коллективной безопасности обсудили бюджет.", {2}},
    {"Советом коллективной безопасности утверждён план.", {2}},
    {"Подразделения Коллективных сил оперативного реагирования прибыли на полигон.", {3}},
    {"Коллективным силам оперативного реагирования поставлена задача.", {3}},
    {"Учения коллективных сил оперативного реагирования завершились.", {3}},
    {"Грузы для армии доставлены, груз принят, грузом займутся завтра.", {}},
    {"Отношения с Грузией остаются сложными, делегация Грузии уехала.", {5, 5}},
    {"Телевизионные каналы сообщили новость, по каналу связи передали приказ.", {}},
    {"Операция «Канал» дала результат, в ходе «Канала» изъяты наркотики.", {6, 6}},
    {"Визит в Россию и переговоры в России.", {7, 7}},
    {"Россыпь огней над рекой.", {}},
    {"Встреча с Касымом-Жомартом Токаевым прошла в Москве.", {8}},
    {"Делегация Белоруссии и представители Беларуси.", {9, 9}},
    {"Армении передали председательство, в Армению прибыли гости.", {10, 10}},
    {"Армяне за рубежом следили за новостями.", {}},
    {"Ирану и Ираку предложили переговоры.", {11}},
    {"Из Китая прибыла делегация, а в море видели кита.", {12}},
    {"Конфликт в Сирии продолжается, Сирию посетили наблюдатели.", {13, 13}},
    {"С Сергеем Лавровым встретился министр.", {14}},
    {"Итоги учения «Нерушимое братство-2020» и «Нерушимого братства-2020».", {15, 15}},
    {"Генеральный секретарь Организации Договора о коллективной безопасности выступил.", {16}},
    {"Подразделения Миротворческих сил ОДКБ вернулись.", {17}},
    {"Депутаты Государственной думы одобрили закон.", {18}},
    {"Итоги операции «Наёмник» подвели в декабре.", {19}},
    {"В Таджикистане и перед Таджикистаном стоят задачи.", {21, 21}},
    {"Киргизии и Кыргызстану выделили средства.", {22, 22}},
    {"Владимира Путина поддержали коллеги.", {23}},
    {"Генерал Объединённого штаба доложил.", {24}},
    {"Мира и мира не бывает, мировое сообщество молчит.", {}},
    {"Советы ветеранов и советник министра приехали.", {}},
    {"Коллективной безопасности в регионе ничто не угрожает.", {}},
    {"Казахстанцы следили за новостями.", {}},
    {"ГРУЗИЯ И АРМЕНИЯ ПОДПИСАЛИ СОГЛАШЕНИЕ.", {5, 10}},
    {"Пакет документов ОДКБ и ОДКБшные дела.", {4}},
    {"Силы быстрого реагирования и миротворческие силы переброшены.", {}},
    {"Китаец и китайцы приехали на ярмарку.", {}},
};

std::string readFile(const std::filesystem::path &path)
{
    std::ifstream in(path, std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

struct Word
{
    std::size_t start;
    std::string folded;
    bool capital;
};

std::vector<Word> words(std::string_view text)
{
    std::vector<Word> result;
    std::size_t at = 0;
    const auto letterAt = [&](std::size_t i) {
        const auto c = static_cast<unsigned char>(text[i]);
        return c < 0x80 ? std::isalnum(c) != 0 : (c == 0xD0 || c == 0xD1);
    };
    while (at < text.size()) {
        if (!letterAt(at)) {
            ++at;
            continue;
        }
        const std::size_t start = at;
        while (at < text.size() && letterAt(at))
            at += static_cast<unsigned char>(text[at]) < 0x80 ? 1 : 2;
        const auto word = text.substr(start, at - start);
        result.push_back({start, foldCase(word), foldCase(word.substr(0, 2)) != word.substr(0, 2)});
    }
    return result;
}

// Names matched word by word through Snowball stems, longest first at each word.
class SnowballMatcher
{
public:
    SnowballMatcher() : m_stemmer(sb_stemmer_new("russian", "UTF_8"), &sb_stemmer_delete)
    {
        REQUIRE(m_stemmer);
        for (const auto &[name, row] : kNames) {
            const auto nameWords = words(name);
            std::vector<std::string> keys;
            for (const auto &w : nameWords)
                keys.push_back(key(w.folded));
            const bool capitalised =
                nameWords.size() == 1 && nameWords[0].capital && foldCase(name) != name &&
                name.find_first_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ") == std::string::npos;
            m_names.push_back({keys, nameWords, row, capitalised, name});
        }
    }

    // The byte offset and row of each name found.
    std::vector<std::pair<std::size_t, std::int64_t>> find(std::string_view text)
    {
        const auto textWords = words(text);
        std::vector<std::string> keys;
        for (const auto &w : textWords)
            keys.push_back(key(w.folded));
        std::vector<std::pair<std::size_t, std::int64_t>> found;
        for (std::size_t i = 0; i < textWords.size();) {
            std::size_t longest = 0;
            std::int64_t row = 0;
            for (const auto &name : m_names) {
                const auto n = name.keys.size();
                if (n <= longest || i + n > textWords.size() ||
                    !std::equal(name.keys.begin(), name.keys.end(), keys.begin() + i))
                    continue;
                const bool exact = textWords[i].folded == name.words[0].folded;
                if (name.capitalised && !exact && !textWords[i].capital)
                    continue;
                // Acronyms of four letters in capitals («ОДКБ») only as written.
                if (n == 1 && isAcronym(name.original) && !exact)
                    continue;
                longest = n;
                row = name.row;
            }
            if (longest > 0) {
                found.emplace_back(textWords[i].start, row);
                i += longest;
            } else {
                ++i;
            }
        }
        return found;
    }

private:
    struct Name
    {
        std::vector<std::string> keys;
        std::vector<Word> words;
        std::int64_t row;
        bool capitalised;
        std::string original;
    };

    // "ОДКБ": no lower-case letter, Latin or Cyrillic.
    static bool isAcronym(const std::string &name)
    {
        for (std::size_t i = 0; i < name.size(); ++i) {
            const auto c = static_cast<unsigned char>(name[i]);
            const auto d = i + 1 < name.size() ? static_cast<unsigned char>(name[i + 1]) : 0;
            if ((c >= 'a' && c <= 'z') || (c == 0xD0 && d >= 0xB0) || (c == 0xD1 && d < 0xA0))
                return false;
        }
        return true;
    }

    std::string key(const std::string &folded)
    {
        const auto *stem =
            sb_stemmer_stem(m_stemmer.get(), reinterpret_cast<const sb_symbol *>(folded.data()),
                            static_cast<int>(folded.size()));
        std::string stemmed(reinterpret_cast<const char *>(stem),
                            static_cast<std::size_t>(sb_stemmer_length(m_stemmer.get())));
        // Stems of fewer than four letters (eight bytes of Cyrillic) only as written.
        return stemmed.size() < 8 ? folded : stemmed;
    }

    std::unique_ptr<sb_stemmer, void (*)(sb_stemmer *)> m_stemmer;
    std::vector<Name> m_names;
};

struct Score
{
    std::size_t truePositives = 0;
    std::size_t falsePositives = 0;
    std::size_t falseNegatives = 0;

    void add(std::vector<std::int64_t> found, std::vector<std::int64_t> expected)
    {
        std::sort(found.begin(), found.end());
        std::sort(expected.begin(), expected.end());
        std::vector<std::int64_t> both;
        std::set_intersection(found.begin(), found.end(), expected.begin(), expected.end(),
                              std::back_inserter(both));
        truePositives += both.size();
        falsePositives += found.size() - both.size();
        falseNegatives += expected.size() - both.size();
    }
};

} // namespace

TEST_CASE("Russian word forms: the gazetteer's paradigms against Snowball stems",
          "[extract][wordforms][measure]")
{
    Gazetteer gazetteer;
    for (const auto &[name, row] : kNames)
        gazetteer.add(name, row);
    gazetteer.build();
    SnowballMatcher snowball;

    Score paradigms;
    Score stems;
    for (const auto &[sentence, expected] : kSentences) {
        std::vector<std::int64_t> found;
        for (const auto &m : gazetteer.find(sentence))
            found.push_back(m.entityRowId);
        CAPTURE(sentence);
        paradigms.add(found, expected);
        std::vector<std::int64_t> stemmed;
        for (const auto &[offset, row] : snowball.find(sentence))
            stemmed.push_back(row);
        stems.add(stemmed, expected);
    }

    // Over the corpus: how many mentions each finds, and where they differ.
    std::set<std::string> adjectives;
    for (const auto &[name, row] : kNames) {
        for (auto &form : stateAdjectiveForms(foldCase(name)))
            adjectives.insert(std::move(form));
    }
    std::size_t corpusParadigms = 0;
    std::size_t corpusStems = 0;
    for (const auto &entry : std::filesystem::directory_iterator(test::corpusDir() / "ru")) {
        const auto text = readFile(entry.path());
        // Mentions by a state's adjective («российской») are another rule, not word forms.
        std::set<std::pair<std::size_t, std::int64_t>> own;
        for (const auto &m : gazetteer.find(text)) {
            if (!adjectives.contains(foldCase(text.substr(m.offset, m.length))))
                own.emplace(m.offset, m.entityRowId);
        }
        const auto stemmed = snowball.find(text);
        corpusParadigms += own.size();
        corpusStems += stemmed.size();
        const std::set<std::pair<std::size_t, std::int64_t>> other(stemmed.begin(), stemmed.end());
        const auto wordAt = [&](std::size_t offset) {
            return text.substr(offset, text.find_first_of(" ,.;:\"\n", offset) - offset);
        };
        for (const auto &[offset, row] : own) {
            if (!other.contains({offset, row}))
                std::cout << "only paradigms: " << wordAt(offset) << " (" << row << ")\n";
        }
        for (const auto &[offset, row] : other) {
            if (!own.contains({offset, row}))
                std::cout << "only Snowball: " << wordAt(offset) << " (" << row << ")\n";
        }
    }
    std::cout << "word forms, own sentences: paradigms " << paradigms.truePositives << " true, "
              << paradigms.falsePositives << " false, " << paradigms.falseNegatives
              << " missed; Snowball " << stems.truePositives << " true, " << stems.falsePositives
              << " false, " << stems.falseNegatives
              << " missed. Russian corpus mentions: paradigms " << corpusParadigms << ", Snowball "
              << corpusStems << "\n";
    CHECK(paradigms.truePositives >= stems.truePositives);
    CHECK(paradigms.falsePositives <= stems.falsePositives);
    CHECK(paradigms.falseNegatives == 0);
    CHECK(paradigms.falsePositives == 0);
}
