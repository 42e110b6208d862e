// SPDX-License-Identifier: MIT
#include <core/textkey.h>

#include <catch2/catch.hpp>

#include <string>
#include <thread>
#include <vector>

using namespace csto;

TEST_CASE("Text keys fold case in every script", "[textkey]")
{
    CHECK(textKey("ОДКБ") == textKey("одкб"));
    CHECK(textKey("Совет Коллективной Безопасности") == "совет коллективной безопасности");
    CHECK(textKey("Ῥόδος ΟΔΥΣΣΕΎΣ") == textKey("ῥόδος οδυσσεύς"));
    CHECK(textKey("ΟΔΥΣΣΕΎΣ") == textKey("οδυσσεύσ")); // final sigma folds to sigma
    CHECK(textKey("Straße") == "strasse");
    CHECK(textKey("STRASSE") == textKey("straße"));
    CHECK(textKey("Mercenary") == "mercenary");
    CHECK(textKey("Ԁԁ Ⴀ") == textKey("ԁԁ ⴀ")); // Komi and Georgian capitals
}

TEST_CASE("Text keys treat ё and Ё as е and nothing else as equal", "[textkey]")
{
    CHECK(textKey("Наёмник") == textKey("Наемник"));
    CHECK(textKey("ЁЛКА") == "елка");
    CHECK(textKey("Объединённый штаб") == textKey("ОБЪЕДИНЕННЫЙ ШТАБ"));
    // Only case and ё: й, accents, spaces and punctuation still tell names apart.
    CHECK(textKey("Бой") != textKey("Бои"));
    CHECK(textKey("Café") != textKey("Cafe"));
    CHECK(textKey("Joint Staff") != textKey("Joint-Staff"));
    CHECK(textKey("Joint Staff") != textKey("JointStaff"));
}

TEST_CASE("Decomposed input is composed (NFC) before it is compared", "[textkey]")
{
    const std::string decomposedYo = "\xD0\xB5\xCC\x88"; // е + U+0308
    const std::string decomposedE = "Cafe\xCC\x81";      // e + U+0301
    CHECK(toNfc(decomposedYo) == "ё");
    CHECK(toNfc(decomposedE) == "Café");
    CHECK(toNfc("Plain ASCII stays.") == "Plain ASCII stays.");
    CHECK(textKey("Пол" + decomposedYo + "т") == textKey("ПОЛЁТ"));
    CHECK(textKey(decomposedE) == textKey("CAFÉ"));
    // Case folding may decompose; the key is composed again.
    CHECK(textKey("\xC7\xB0") == toNfc("j\xCC\x8C")); // ǰ
}

TEST_CASE("Invalid UTF-8 gets a key and a transliteration, never a failure", "[textkey]")
{
    const std::string damaged = "Cou\xffncil \xD0";
    CHECK(textKey(damaged) == "cou\xEF\xBF\xBDncil \xEF\xBF\xBD");
    CHECK(toNfc(damaged) == "Cou\xEF\xBF\xBDncil \xEF\xBF\xBD");
    CHECK(textKey("\xC0\xAF\xD0\x9E") == "\xEF\xBF\xBD\xEF\xBF\xBDо");
    CHECK(latinSlug("\xff\xfe Зась") == "zas");
    CHECK_FALSE(latinTransliteration(damaged).empty());
    CHECK(textKey("") == "");
    CHECK(latinSlug("").empty());
}

TEST_CASE("Russian names are transliterated by BGN/PCGN into plain ASCII", "[textkey]")
{
    CHECK(latinTransliteration("Масадыков") == "Masadykov");
    CHECK(latinTransliteration("Таалатбек Масадыков") == "Taalatbek Masadykov");
    CHECK(latinTransliteration("Щукин Хуснутдинов") == "Shchukin Khusnutdinov");
    CHECK(latinTransliteration("Ереван") == "Yerevan");
    CHECK(latinTransliteration("Станислав Зась") == "Stanislav Zas");
    CHECK(latinTransliteration("Подъячев") == "Podyachev");
    CHECK(latinTransliteration("ОДКБ") == "ODKB");
    // The letters of the other alphabets of the region, and other scripts.
    CHECK(latinTransliteration("Қасым-Жомарт Тоқаев") == "Kasym-Zhomart Tokayev");
    CHECK(latinTransliteration("Өмүрбек Әлиев") == "Omurbek Aliyev");
    CHECK(latinTransliteration("Αθήνα") == "Athena");
    CHECK(latinTransliteration("Château d'Eau") == "Chateau d'Eau");
    CHECK(latinTransliteration("Already Latin") == "Already Latin");
}

TEST_CASE("Only names with letters of another script need a Latin form", "[textkey]")
{
    CHECK(hasNonLatinLetters("Масадыков"));
    CHECK(hasNonLatinLetters("CSTO (ОДКБ)"));
    CHECK(hasNonLatinLetters("Αθήνα"));
    CHECK_FALSE(hasNonLatinLetters("Collective Security Council"));
    CHECK_FALSE(hasNonLatinLetters("Ørsted, Łódź — 2019 «»"));
    CHECK_FALSE(hasNonLatinLetters(""));
}

TEST_CASE("Slugs are readable Latin words joined by hyphens", "[textkey]")
{
    CHECK(latinSlug("Таалатбек Масадыков") == "taalatbek-masadykov");
    CHECK(latinSlug("Учение «Взаимодействие-2019»") == "ucheniye-vzaimodeystviye-2019");
    CHECK(latinSlug("Joint Staff") == "joint-staff");
    CHECK(latinSlug("  Ørsted & Łódź!  ") == "orsted-lodz");
    CHECK(latinSlug("Straße") == "strasse");
    CHECK(latinSlug("«—»").empty());
    CHECK(latinSlug("one two three four five", 3) == "one-two-three");
    const std::string longName = "Организация Договора о коллективной безопасности и её "
                                 "Объединённый штаб в Москве и другие органы управления";
    const std::string slug = latinSlug(longName, 20);
    CHECK(slug.size() <= 80);
    CHECK(slug.starts_with("organizatsiya-dogovora-o-kollektivnoy"));
}

TEST_CASE("Transliteration works from many threads at once", "[textkey]")
{
    std::vector<std::string> results(4);
    std::vector<std::thread> threads;
    for (std::size_t i = 0; i < results.size(); ++i) {
        threads.emplace_back([&results, i] {
            std::string last;
            for (int n = 0; n < 200; ++n)
                last = latinSlug("Таалатбек Масадыков " + std::to_string(n));
            results[i] = last;
        });
    }
    for (auto &thread : threads)
        thread.join();
    for (const auto &result : results)
        CHECK(result == "taalatbek-masadykov-199");
}
