// SPDX-License-Identifier: MIT
// The Russian translation is complete and consistent: every message of
// resources/translations/csto-atlas_ru.ts is translated, none is left over from strings the code
// no longer has, placeholders and shortcuts survive, and the compiled file is in the program.
#include <render/labels.h>
#include <render/translation.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QRegularExpression>
#include <QTranslator>
#include <QXmlStreamReader>

#include <catch2/catch.hpp>

#include <set>

namespace {

struct Message
{
    QString context;
    QString source;
    QString type;             // of <translation>: "", "unfinished", "vanished", "obsolete"
    QStringList translations; // one, or one per plural form
    bool numerus = false;
};

std::vector<Message> readTs(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    std::vector<Message> messages;
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current = Message{context, {}, {}, {}, false};
            current.numerus =
                xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            if (current.numerus) {
                while (xml.readNextStartElement())
                    current.translations << xml.readElementText();
            } else {
                current.translations << xml.readElementText();
            }
            messages.push_back(current);
        }
    }
    REQUIRE_FALSE(xml.hasError());
    return messages;
}

// "%1", "%L2", "%n": what QString::arg and plural forms replace.
std::set<QString> placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?[1-9n]"));
    std::set<QString> found;
    for (const auto &match : pattern.globalMatch(text))
        found.insert(match.captured());
    return found;
}

// Menu shortcuts: "&File"; "&&" is a literal ampersand.
int shortcutCount(QString text)
{
    text.remove(QStringLiteral("&&"));
    return static_cast<int>(text.count(QRegularExpression(QStringLiteral("&[^\\s;&]"))));
}

} // namespace

TEST_CASE("The Russian translation translates every message", "[translations]")
{
    const auto messages = readTs(QStringLiteral(CSTO_TS_RU));
    REQUIRE(messages.size() > 200);
    for (const auto &m : messages) {
        INFO(m.context.toStdString() << ": " << m.source.toStdString());
        CHECK(m.type.isEmpty()); // not unfinished, vanished or obsolete
        REQUIRE_FALSE(m.translations.isEmpty());
        if (m.numerus)
            CHECK(m.translations.size() == 3); // Russian: one, few, many
        for (const auto &translation : m.translations) {
            CHECK_FALSE(translation.trimmed().isEmpty());
            // Every placeholder of the source is in the translation (a plural form may spell out
            // "one" instead of %n, so %n is only required of the "many" form).
            auto wanted = placeholders(m.source);
            if (m.numerus && &translation != &m.translations.back())
                wanted.erase(QStringLiteral("%n"));
            const auto have = placeholders(translation);
            for (const auto &p : wanted)
                CHECK(have.count(p) == 1);
            CHECK(shortcutCount(translation) == shortcutCount(m.source));
        }
    }
}

TEST_CASE("The translation file holds exactly the messages lupdate finds in the sources",
          "[translations]")
{
    // What `cmake --build <dir> --target update_translations` runs, on a copy: a message the code
    // gained and the file lacks (never translated), or one the file keeps and the code lost,
    // shows here rather than in the next translator's diff.
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString copy = dir.filePath(QStringLiteral("ru.ts"));
    REQUIRE(QFile::copy(QStringLiteral(CSTO_TS_RU), copy));
    const QDir sources(QStringLiteral(CSTO_SOURCE_DIR));
    QProcess lupdate;
    lupdate.start(QStringLiteral(CSTO_LUPDATE),
                  {QStringLiteral("-locations"), QStringLiteral("none"),
                   QStringLiteral("-no-obsolete"), QStringLiteral("-tr-function-alias"),
                   QStringLiteral("QT_TR_NOOP+=CSTO_HELP"), sources.filePath(QStringLiteral("app")),
                   sources.filePath(QStringLiteral("render")),
                   sources.filePath(QStringLiteral("report")),
                   sources.filePath(QStringLiteral("cli")), QStringLiteral("-ts"), copy});
    REQUIRE(lupdate.waitForFinished(120000));
    REQUIRE(lupdate.exitCode() == 0);

    const auto key = [](const Message &m) { return m.context + QChar(0) + m.source; };
    std::set<QString> kept;
    for (const auto &m : readTs(QStringLiteral(CSTO_TS_RU)))
        kept.insert(key(m));
    std::set<QString> found;
    for (const auto &m : readTs(copy)) {
        found.insert(key(m));
        INFO("in the code, not in the translation file: " << m.context.toStdString() << ": "
                                                          << m.source.toStdString());
        CHECK(kept.count(key(m)) == 1);
    }
    for (const auto &k : kept) {
        INFO("in the translation file, not in the code: " << k.toStdString());
        CHECK(found.count(k) == 1);
    }
}

TEST_CASE("The compiled Russian translation is in the program", "[translations]")
{
    const auto translator = csto::render::loadProgramTranslator(QLocale::Russian);
    REQUIRE(translator);
    CHECK(translator->translate("csto::app::MainWindow", "&File") == QStringLiteral("&Файл"));
    CHECK(translator->translate("csto::render", "Body") == QStringLiteral("Орган"));
    CHECK_FALSE(csto::render::loadProgramTranslator(QLocale::English));
}

TEST_CASE("The interface language follows the choice, else the system", "[translations]")
{
    using csto::render::resolveUiLanguage;
    using csto::render::UiLanguage;
    const QLocale russian(QLocale::Russian, QLocale::Russia);
    const QLocale german(QLocale::German, QLocale::Germany);
    CHECK(resolveUiLanguage(UiLanguage::System, russian) == QLocale::Russian);
    CHECK(resolveUiLanguage(UiLanguage::System, german) == QLocale::English);
    CHECK(resolveUiLanguage(UiLanguage::English, russian) == QLocale::English);
    CHECK(resolveUiLanguage(UiLanguage::Russian, german) == QLocale::Russian);
}

TEST_CASE("Installed Russian: labels, dates and names in Russian", "[translations]")
{
    auto &app = *QCoreApplication::instance();
    REQUIRE(csto::render::installTranslations(app, csto::render::UiLanguage::Russian) ==
            QLocale::Russian);
    CHECK(csto::render::kindLabel(csto::EntityKind::Body) == QStringLiteral("Орган"));
    CHECK(csto::render::relationPhrase("member_of") == QStringLiteral("входит в"));
    const auto date = csto::PartialDate::parse("2002-05-14");
    CHECK(csto::render::humanDate(date) == QStringLiteral("14 мая 2002 г."));
    CHECK(csto::render::humanSince(csto::PartialDate::parse("2002-05")) ==
          QStringLiteral("с мая 2002 г."));
    CHECK(csto::render::humanUntil(csto::PartialDate::parse("2025")) ==
          QStringLiteral("до 2025 г."));
    CHECK(csto::render::displayName("Collective Security Council",
                                    {"Совет коллективной безопасности", "СКБ"}) ==
          QStringLiteral("Совет коллективной безопасности"));
    csto::render::removeTranslations(app);
    CHECK(csto::render::uiLanguage() == QLocale::English);
    CHECK(csto::render::kindLabel(csto::EntityKind::Body) == QStringLiteral("Body"));
    CHECK(csto::render::humanDate(date) == QStringLiteral("14 May 2002"));
}

TEST_CASE("The display name is the Russian alias in Russian, else the name", "[translations]")
{
    using csto::render::displayName;
    constexpr auto ru = QLocale::Russian;
    CHECK(displayName("Collective Rapid Reaction Forces",
                      {"CRRF", "КСОР", "Коллективные силы оперативного реагирования"},
                      ru) == QStringLiteral("Коллективные силы оперативного реагирования"));
    CHECK(displayName("United Nations Office on Drugs and Crime", {"UNODC", "УНП ООН"}, ru) ==
          QStringLiteral("УНП ООН"));
    CHECK(displayName("Crisis Response Centre", {}, ru) ==
          QStringLiteral("Crisis Response Centre"));
    CHECK(displayName("Channel", {"Kanal", "Канал"}, QLocale::English) ==
          QStringLiteral("Channel"));
    CHECK(csto::render::isMostlyCyrillic(QStringLiteral("ПА ОДКБ")));
    CHECK_FALSE(csto::render::isMostlyCyrillic(QStringLiteral("CSTO (ОДКБ) Parliamentary")));
}
