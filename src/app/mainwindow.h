// SPDX-License-Identifier: MIT
#pragma once

#include "cardhtml.h"
#include "navigationhistory.h"
#include "timelinedata.h"

#include <QMainWindow>

#include <filesystem>
#include <memory>
#include <optional>

class QLineEdit;
class QSortFilterProxyModel;
class QTreeView;
class QLabel;
class QActionGroup;
class QDockWidget;

namespace csto {
class KnowledgeBase;
}

namespace csto::app {

class ArticleView;
class BackgroundJobs;
class DatabaseGuard;
class KnowledgeBaseCheck;
class DetailView;
class EditActions;
class MembershipView;
class ReviewPane;
class OrgTreeModel;
class PaneSplitter;
class SearchPopup;
class TimelineView;

// The browser window: organisation tree (left), timeline (centre), detail card (right), all
// linked. Every selection is a navigation step on an "atlas:" link, recorded in a history that
// Back/Forward walk like a browser's.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(std::unique_ptr<KnowledgeBase> kb, std::filesystem::path path,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    // Shows the place `link` names in all three panes; records it in the history unless the
    // move is itself a step back or forward. Returns false for links to nothing.
    bool navigate(const QString &link);
    void goBack();
    void goForward();
    void openSearch();
    void showMembershipChart();
    void exportSummary();
    // Imports article files on a worker thread, with a progress dialog; Cancel rolls the whole
    // batch back. `published` (the import dialog's publication date, like `csto-kb import
    // --published`) overrides the articles' datelines. Returns at once; importFinished() is
    // emitted when done.
    void importArticles(const QStringList &files,
                        std::optional<PartialDate> published = std::nullopt);
    void showArticle(const QString &sourceId, std::size_t offset, std::size_t length);
    bool openDatabase(const std::filesystem::path &path);

    void setLaneMode(LaneMode mode);

    // For tests and the screenshot script.
    [[nodiscard]] QString currentLink() const;
    [[nodiscard]] QTreeView *treeView() const { return m_tree; }
    [[nodiscard]] DetailView *detailView() const { return m_detail; }
    [[nodiscard]] TimelineView *timelineView() const { return m_timeline; }
    [[nodiscard]] bool timelineLoading() const { return m_timelineLoading; }
    [[nodiscard]] SearchPopup *searchPopup() const { return m_search; }
    [[nodiscard]] const NavigationHistory &history() const { return m_history; }
    [[nodiscard]] QSet<qint64> highlightedEvents() const { return m_highlighted; }
    [[nodiscard]] ReviewPane *reviewPane() const { return m_review; }
    [[nodiscard]] ArticleView *articleView() const { return m_article; }
    // Where every read of the knowledge base after start-up reports a failure.
    [[nodiscard]] DatabaseGuard *databaseGuard() const { return m_guard; }
    // The Edit menu's curation and its undo stack.
    [[nodiscard]] EditActions *editActions() const { return m_editActions; }
    // Background work: every worker the window starts, stopped and joined on close.
    [[nodiscard]] BackgroundJobs *backgroundJobs() const { return m_jobs; }
    // Tools > Check Knowledge Base, on a worker.
    [[nodiscard]] KnowledgeBaseCheck *knowledgeBaseCheck() const { return m_check; }

public slots:
    // Rereads the knowledge base into the tree, timeline, card and membership chart after a
    // change, keeping the selection, the tree's open branches and every pane's scroll position.
    void refreshAfterChange();

signals:
    void importFinished(int imported, int duplicates, int failed, bool cancelled);
    // The timeline holds the knowledge base's events (at once for small ones, later for large).
    void timelineLoaded();

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createWidgets();
    void createActions();
    // File > Open, and the choice offered when the knowledge base cannot be read.
    void chooseAndOpenDatabase();
    // File > Import: the files, then the import dialog (publication date).
    void chooseImport(const QStringList &files);
    void loadKnowledgeBase();
    void refreshTimeline();
    void applyTimeline(TimelineData timeline);
    void refreshMembershipChart();
    // Names for the entities a card links to: Russian ones in a Russian interface.
    [[nodiscard]] EntityNamer linkedNames() const;
    void stopTimelineLoading();
    void updateStatusBar();
    void updateNavigationActions();
    bool display(const QString &link);
    void selectInTree(std::int64_t entityRowId);
    void onTreeSelection();
    // The curation (issue 14): EditActions owns the actions, dialogs and undo stack.
    void setUpCuration();
    void watchForOtherWriters();
    void restoreState();
    void saveState();

    DatabaseGuard *m_guard;
    BackgroundJobs *m_jobs;
    KnowledgeBaseCheck *m_check;
    EditActions *m_editActions = nullptr;
    std::unique_ptr<KnowledgeBase> m_kb;
    std::filesystem::path m_path;
    NavigationHistory m_history;
    LaneMode m_laneMode = LaneMode::ByKind;
    QSet<qint64> m_highlighted;
    bool m_syncingTree = false;
    std::int64_t m_dataVersion = 0;
    // Large knowledge bases load their timeline on a worker thread with its own connection
    // (a job of m_jobs; 0 when none runs).
    int m_timelineJob = 0;
    int m_timelineGeneration = 0;
    bool m_fitTimelineWhenLoaded = false;
    std::optional<Counts> m_counts; // known once the timeline has loaded
    bool m_timelineLoading = false;

    OrgTreeModel *m_treeModel = nullptr;
    QSortFilterProxyModel *m_treeFilter = nullptr;
    QTreeView *m_tree = nullptr;
    QLineEdit *m_filter = nullptr;
    TimelineView *m_timeline = nullptr;
    DetailView *m_detail = nullptr;
    PaneSplitter *m_splitter = nullptr;
    SearchPopup *m_search = nullptr;
    QLabel *m_status = nullptr;
    QAction *m_back = nullptr;
    QAction *m_forward = nullptr;
    QActionGroup *m_laneActions = nullptr;
    ReviewPane *m_review = nullptr;
    ArticleView *m_article = nullptr;
    QDockWidget *m_reviewDock = nullptr;
    QDockWidget *m_articleDock = nullptr;
    MembershipView *m_membership = nullptr;
    QDockWidget *m_membershipDock = nullptr;
    bool m_membershipStale = true;
};

} // namespace csto::app
