// SPDX-License-Identifier: MIT
// Every key the README's keyboard table lists, pressed as a user presses it: to the focused
// widget of the window in its start-up state (focus in the tree filter), or of the timeline for
// the timeline's own keys. The README's table and this one must name the same keys.
#include "support/bundledkb.h"

#include <QApplication>
#include <QDialog>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QTest>
#include <QTimer>
#include <QTreeView>

#include <catch2/catch.hpp>

#include <app/aliasdialog.h>
#include <app/editactions.h>
#include <app/exportdialog.h>
#include <app/mainwindow.h>
#include <app/searchpopup.h>
#include <app/settingsdialog.h>
#include <app/timelineview.h>
#include <functional>
#include <map>

using csto::app::MainWindow;
using csto::render::TimelineLayout;

namespace {

// Qt's warnings while a test runs, e.g. "QAction::event: Ambiguous shortcut overload: Alt+Left".
class WarningCollector
{
public:
    WarningCollector()
    {
        s_messages.clear();
        s_previous = qInstallMessageHandler(&collect);
    }
    ~WarningCollector() { qInstallMessageHandler(s_previous); }
    WarningCollector(const WarningCollector &) = delete;
    WarningCollector &operator=(const WarningCollector &) = delete;
    [[nodiscard]] static QStringList containing(const QString &text)
    {
        return s_messages.filter(text, Qt::CaseInsensitive);
    }

private:
    static void collect(QtMsgType type, const QMessageLogContext &context, const QString &message)
    {
        s_messages << message;
        if (s_previous)
            s_previous(type, context, message);
    }
    static inline QStringList s_messages;
    static inline QtMessageHandler s_previous = nullptr;
};

// The modal dialog a key opens (closed again at once), or nullptr if none opened.
class ModalWatcher
{
public:
    ModalWatcher()
    {
        m_poll.setInterval(10);
        QObject::connect(&m_poll, &QTimer::timeout, [this] {
            if (auto *modal = qobject_cast<QDialog *>(QApplication::activeModalWidget())) {
                m_seen = modal->metaObject()->className();
                modal->reject();
            }
        });
        m_poll.start();
    }
    [[nodiscard]] QString seen() const { return m_seen; }

private:
    QTimer m_poll;
    QString m_seen;
};

struct Fixture
{
    csto::test::BundledCopy copy;
    std::unique_ptr<csto::KnowledgeBase> reference = copy.open();
    MainWindow window{copy.open(), copy.path()};
    QLineEdit *filter = nullptr;

    Fixture()
    {
        window.resize(1280, 800);
        window.show();
        REQUIRE(QTest::qWaitForWindowActive(&window));
        filter = window.findChild<QLineEdit *>(QStringLiteral("treeFilter"));
        REQUIRE(filter);
    }
    ~Fixture()
    {
        // Ctrl+Q closes the window, which saves its state: the next test starts afresh.
        QSettings().clear();
    }
    Fixture(const Fixture &) = delete;
    Fixture &operator=(const Fixture &) = delete;

    [[nodiscard]] QString eventLink(qint64 rowId) const
    {
        return "atlas:event/" + QString::fromStdString(reference->eventCard(rowId)->header.id);
    }
    [[nodiscard]] const TimelineLayout &timeline() const { return window.timelineView()->layout(); }
    [[nodiscard]] double visibleDays() const
    {
        return timeline().lastVisibleDay() - timeline().firstVisibleDay();
    }
    // The dated event drawn earliest: far from the middle, where a zoom around the centre of
    // the view would lose it.
    [[nodiscard]] qint64 earliestEvent() const
    {
        const csto::render::TimelineItem *earliest = nullptr;
        for (const auto &item : timeline().items()) {
            if (item.start.hasYear() &&
                (!earliest || TimelineLayout::startDay(item) < TimelineLayout::startDay(*earliest)))
                earliest = &item;
        }
        REQUIRE(earliest);
        return earliest->id;
    }
    [[nodiscard]] bool inView(qint64 rowId) const
    {
        for (const auto &item : timeline().items()) {
            if (item.id == rowId)
                return TimelineLayout::startDay(item) >= timeline().firstVisibleDay() &&
                       TimelineLayout::endDay(item) <= timeline().lastVisibleDay();
        }
        return false;
    }
    [[nodiscard]] std::vector<std::string> jointStaffAliases() const
    {
        return reference->aliases(reference->findEntity("joint-staff")->rowId);
    }
    const std::vector<std::string> aliasesAtStart = jointStaffAliases();
    // Adds an alias to the Joint Staff through the Edit menu's Add Alias… (on the undo stack).
    void addAlias(const QString &alias)
    {
        REQUIRE(window.navigate("atlas:entity/joint-staff"));
        window.editActions()->setDialogRunner([alias](csto::app::CurationDialog &dialog) {
            auto *aliasDialog = dynamic_cast<csto::app::AliasDialog *>(&dialog);
            if (!aliasDialog)
                return false;
            aliasDialog->aliasEdit()->setText(alias);
            return aliasDialog->okButton()->isEnabled();
        });
        window.editActions()->addAliasToCurrent();
        REQUIRE(jointStaffAliases().size() == aliasesAtStart.size() + 1);
    }
    [[nodiscard]] QDockWidget *dock(const char *name) const
    {
        return window.findChild<QDockWidget *>(QString::fromLatin1(name));
    }
    // Selects the earliest event and shows it near the left edge of a few years, where a zoom
    // around the middle of the view would lose it.
    qint64 selectEarliestZoomedIn()
    {
        const qint64 event = earliestEvent();
        REQUIRE(window.navigate(eventLink(event)));
        const int year = reference->eventCard(event)->header.date.yearValue();
        window.timelineView()->zoomToYears(year, year + 8);
        REQUIRE(inView(event));
        return event;
    }
};

// Presses `keys` where the keyboard focus is, as a user's key press arrives, and returns the
// class name of the modal dialog it opened (closed again), if any.
QString press(Fixture &f, const QKeyCombination &keys)
{
    const ModalWatcher watcher;
    QWidget *target = QApplication::focusWidget();
    QTest::keyClick(target ? target : &f.window, keys.key(), keys.keyboardModifiers());
    QApplication::processEvents();
    return watcher.seen();
}

struct Shortcut
{
    QKeyCombination keys;
    // In the timeline (its own keys), or anywhere in the window with focus in the tree filter.
    bool inTimeline = false;
    // Brings the window to where the key has something to do; returns the check of its effect.
    std::function<std::function<void(const QString &dialog)>(Fixture &)> arrange;
};

const std::map<QString, Shortcut> &shortcuts()
{
    using Check = std::function<void(const QString &)>;
    const auto searchOpens = [](Fixture &f) -> Check {
        return [&f](const QString &) {
            CHECK(f.window.searchPopup()->isVisible());
            CHECK(f.window.searchPopup()->isAncestorOf(QApplication::focusWidget()));
        };
    };
    const auto opensDialog = [](const char *className) {
        return [className](Fixture &) -> Check {
            return [className](const QString &dialog) { CHECK(dialog == className); };
        };
    };
    const auto zoomsAroundSelection = [](double factor) {
        return [factor](Fixture &f) -> Check {
            const qint64 event = f.selectEarliestZoomedIn();
            const double before = f.visibleDays();
            return [&f, event, before, factor](const QString &) {
                CHECK(f.visibleDays() == Approx(before / factor).epsilon(0.01));
                CHECK(f.inView(event));
            };
        };
    };
    const auto fitsAll = [](Fixture &f) -> Check {
        f.selectEarliestZoomedIn();
        f.window.timelineView()->zoomBy(4);
        return [&f](const QString &) {
            for (const auto &item : f.timeline().items()) {
                if (item.start.hasYear())
                    CHECK(f.inView(item.id));
            }
        };
    };
    const auto movesInTime = [](bool later) {
        return [later](Fixture &f) -> Check {
            const qint64 first = f.selectEarliestZoomedIn();
            const auto next = f.timeline().neighbour(first, TimelineLayout::Direction::Later);
            REQUIRE(next);
            if (!later)
                REQUIRE(f.window.navigate(f.eventLink(*next)));
            return [&f, first, next, later](const QString &) {
                CHECK(f.window.timelineView()->selected() == (later ? *next : first));
                CHECK(f.window.currentLink() == f.eventLink(later ? *next : first));
            };
        };
    };
    const auto movesAcrossLanes = [](TimelineLayout::Direction direction) {
        return [direction](Fixture &f) -> Check {
            // An event with a lane beside it in that direction.
            std::optional<qint64> next;
            for (const auto &item : f.timeline().items()) {
                next = f.timeline().neighbour(item.id, direction);
                if (next && *next != item.id) {
                    REQUIRE(f.window.navigate(f.eventLink(item.id)));
                    break;
                }
                next.reset();
            }
            REQUIRE(next);
            return [&f, next](const QString &) {
                CHECK(f.window.timelineView()->selected() == *next);
                CHECK(f.window.currentLink() == f.eventLink(*next));
            };
        };
    };

    static const std::map<QString, Shortcut> table = {
        {"Alt+Left",
         {Qt::ALT | Qt::Key_Left, false,
          [](Fixture &f) -> Check {
              REQUIRE(f.window.navigate("atlas:entity/mercenary"));
              REQUIRE(f.window.navigate("atlas:entity/armenia"));
              f.filter->setFocus();
              return [&f](const QString &) {
                  CHECK(f.window.currentLink() == "atlas:entity/mercenary");
              };
          }}},
        {"Alt+Right",
         {Qt::ALT | Qt::Key_Right, false,
          [](Fixture &f) -> Check {
              REQUIRE(f.window.navigate("atlas:entity/mercenary"));
              REQUIRE(f.window.navigate("atlas:entity/armenia"));
              f.window.goBack();
              f.filter->setFocus();
              return [&f](const QString &) {
                  CHECK(f.window.currentLink() == "atlas:entity/armenia");
              };
          }}},
        {"Alt+Home",
         {Qt::ALT | Qt::Key_Home, false,
          [](Fixture &f) -> Check {
              REQUIRE(f.window.navigate("atlas:entity/armenia"));
              f.filter->setFocus();
              return
                  [&f](const QString &) { CHECK(f.window.currentLink() == "atlas:entity/csto"); };
          }}},
        {"Ctrl+K", {Qt::CTRL | Qt::Key_K, false, searchOpens}},
        {"Ctrl+F", {Qt::CTRL | Qt::Key_F, false, searchOpens}},
        {"Ctrl+L",
         {Qt::CTRL | Qt::Key_L, false,
          [](Fixture &f) -> Check {
              f.filter->setText("council");
              f.filter->deselect();
              f.window.treeView()->setFocus();
              return [&f](const QString &) {
                  CHECK(QApplication::focusWidget() == f.filter);
                  CHECK(f.filter->selectedText() == "council");
              };
          }}},
        {"Ctrl+E", {Qt::CTRL | Qt::Key_E, false, opensDialog("csto::app::ExportDialog")}},
        {"Ctrl+I", {Qt::CTRL | Qt::Key_I, false, opensDialog("QFileDialog")}},
        {"Ctrl+O", {Qt::CTRL | Qt::Key_O, false, opensDialog("QFileDialog")}},
        {"Ctrl+,", {Qt::CTRL | Qt::Key_Comma, false, opensDialog("csto::app::SettingsDialog")}},
        {"Ctrl+M",
         {Qt::CTRL | Qt::Key_M, false,
          [](Fixture &f) -> Check {
              REQUIRE_FALSE(f.dock("membershipDock")->isVisible());
              return [&f](const QString &) { CHECK(f.dock("membershipDock")->isVisible()); };
          }}},
        {"Ctrl+R",
         {Qt::CTRL | Qt::Key_R, false,
          [](Fixture &f) -> Check {
              REQUIRE_FALSE(f.dock("reviewDock")->isVisible());
              return [&f](const QString &) { CHECK(f.dock("reviewDock")->isVisible()); };
          }}},
        {"Ctrl+0", {Qt::CTRL | Qt::Key_0, false, fitsAll}},
        {"Ctrl+Shift+0",
         {Qt::CTRL | Qt::SHIFT | Qt::Key_0, false,
          [](Fixture &f) -> Check {
              REQUIRE(f.window.navigate("atlas:entity/mercenary"));
              f.window.timelineView()->fitAll();
              const double all = f.visibleDays();
              return [&f, all](const QString &) {
                  CHECK(f.visibleDays() < all / 2);
                  for (const auto &item : f.timeline().items()) {
                      if (item.start.hasYear() && f.window.highlightedEvents().contains(item.id))
                          CHECK(f.inView(item.id));
                  }
              };
          }}},
        {"Ctrl+=", {Qt::CTRL | Qt::Key_Equal, false, zoomsAroundSelection(1.5)}},
        {"Ctrl++", {Qt::CTRL | Qt::Key_Plus, false, zoomsAroundSelection(1.5)}},
        {"Ctrl+-", {Qt::CTRL | Qt::Key_Minus, false, zoomsAroundSelection(1 / 1.5)}},
        {"F2",
         {Qt::Key_F2, false,
          [](Fixture &f) -> Check {
              REQUIRE(f.window.navigate("atlas:entity/joint-staff"));
              f.filter->setFocus();
              return [](const QString &dialog) { CHECK(dialog == "csto::app::EntityDialog"); };
          }}},
        {"Del",
         {Qt::Key_Delete, false,
          [](Fixture &f) -> Check {
              REQUIRE(f.window.navigate("atlas:entity/vladimir-zainetdinov"));
              f.window.treeView()->setFocus();
              // The question, answered Cancel by the watcher: nothing is deleted.
              return [&f](const QString &dialog) {
                  CHECK(dialog == "QMessageBox");
                  CHECK(f.reference->findEntity("vladimir-zainetdinov"));
              };
          }}},
        {"Ctrl+Z",
         {Qt::CTRL | Qt::Key_Z, false,
          [](Fixture &f) -> Check {
              f.addAlias("JS");
              f.window.treeView()->setFocus();
              return [&f](const QString &) { CHECK(f.jointStaffAliases() == f.aliasesAtStart); };
          }}},
        {"Ctrl+Shift+Z",
         {Qt::CTRL | Qt::SHIFT | Qt::Key_Z, false,
          [](Fixture &f) -> Check {
              f.addAlias("JS");
              f.window.editActions()->undo();
              REQUIRE(f.jointStaffAliases() == f.aliasesAtStart);
              f.window.treeView()->setFocus();
              return [&f](const QString &) {
                  CHECK(f.jointStaffAliases().size() == f.aliasesAtStart.size() + 1);
              };
          }}},
        {"Ctrl+Q",
         {Qt::CTRL | Qt::Key_Q, false,
          [](Fixture &f) -> Check {
              return [&f](const QString &) { CHECK_FALSE(f.window.isVisible()); };
          }}},
        // The timeline's own keys.
        {"Left", {Qt::Key_Left, true, movesInTime(false)}},
        {"Right", {Qt::Key_Right, true, movesInTime(true)}},
        {"Up", {Qt::Key_Up, true, movesAcrossLanes(TimelineLayout::Direction::LaneUp)}},
        {"Down", {Qt::Key_Down, true, movesAcrossLanes(TimelineLayout::Direction::LaneDown)}},
        {"Enter",
         {Qt::Key_Return, true,
          [](Fixture &f) -> Check {
              const qint64 event = f.earliestEvent();
              f.window.timelineView()->setSelected(event);
              REQUIRE(f.window.currentLink().isEmpty());
              return [&f, event](const QString &) {
                  CHECK(f.window.currentLink() == f.eventLink(event));
              };
          }}},
        {"+", {Qt::Key_Plus, true, zoomsAroundSelection(1.5)}},
        {"=", {Qt::Key_Equal, true, zoomsAroundSelection(1.5)}},
        {"-", {Qt::Key_Minus, true, zoomsAroundSelection(1 / 1.5)}},
        {"Home", {Qt::Key_Home, true, fitsAll}},
        {"0", {Qt::Key_0, true, fitsAll}},
    };
    return table;
}

// The first cells of the rows of the README's keyboard table, split at " / " (keys that do the
// same) and stripped of the backquotes around each key.
QStringList readmeKeys()
{
    QFile readme(QStringLiteral(CSTO_README));
    REQUIRE(readme.open(QIODevice::ReadOnly | QIODevice::Text));
    const QStringList lines = QString::fromUtf8(readme.readAll()).split(QLatin1Char('\n'));
    const auto heading = lines.indexOf(QStringLiteral("### Keyboard"));
    REQUIRE(heading >= 0);
    QStringList keys;
    bool inTable = false;
    for (qsizetype i = heading + 1; i < lines.size(); ++i) {
        const QString line = lines[i].trimmed();
        if (!line.startsWith(QLatin1Char('|'))) {
            if (inTable)
                break;
            continue;
        }
        inTable = true;
        const QString cell = line.section(QLatin1Char('|'), 1, 1).trimmed();
        if (cell.startsWith(QLatin1String("---")) || cell == QLatin1String("Keys"))
            continue;
        for (QString key : cell.split(QStringLiteral(" / ")))
            keys << key.remove(QLatin1Char('`')).trimmed();
    }
    return keys;
}

} // namespace

TEST_CASE("The README's keyboard table lists exactly the keys tested here", "[window][keys]")
{
    QStringList tested;
    for (const auto &[name, shortcut] : shortcuts())
        tested << name;
    QStringList listed = readmeKeys();
    listed.sort();
    tested.sort();
    CHECK(listed.join(QStringLiteral("  ")).toStdString() ==
          tested.join(QStringLiteral("  ")).toStdString());
}

TEST_CASE("Every shortcut works from the window's start-up state, without ambiguity",
          "[window][keys]")
{
    for (const auto &[name, shortcut] : shortcuts()) {
        DYNAMIC_SECTION(name.toStdString())
        {
            const WarningCollector warnings;
            Fixture f;
            // At start-up the keyboard is in the tree filter.
            CHECK(QApplication::focusWidget() == f.filter);
            const auto check = shortcut.arrange(f);
            if (shortcut.inTimeline)
                f.window.timelineView()->setFocus();
            const QPointer<QWidget> focused = QApplication::focusWidget();
            REQUIRE(focused);
            const QString dialog = press(f, shortcut.keys);
            check(dialog);
            CHECK(WarningCollector::containing(QStringLiteral("ambiguous")).isEmpty());
        }
    }
}

TEST_CASE("Del in the tree's filter deletes text, not the item shown", "[window][keys]")
{
    Fixture f;
    REQUIRE(f.window.navigate("atlas:entity/vladimir-zainetdinov"));
    f.filter->setFocus();
    f.filter->setText("council");
    f.filter->setCursorPosition(0);
    const QString dialog = press(f, QKeyCombination(Qt::Key_Delete));
    CHECK(dialog.isEmpty());
    CHECK(f.filter->text() == "ouncil");
    CHECK(f.reference->findEntity("vladimir-zainetdinov"));
}
