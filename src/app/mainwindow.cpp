// SPDX-License-Identifier: MIT
#include "mainwindow.h"

#include "articleview.h"
#include "atlaslink.h"
#include "backgroundjobs.h"
#include "cardhtml.h"
#include "databaseguard.h"
#include "detailview.h"
#include "editactions.h"
#include "exportdialog.h"
#include "importdialog.h"
#include "knowledgebasecheck.h"
#include "membershipview.h"
#include "orgtreemodel.h"
#include "panesplitter.h"
#include "reviewpane.h"
#include "searchpopup.h"
#include "settingsdialog.h"
#include "timelineview.h"

#include <core/error.h>
#include <core/importer.h>
#include <core/knowledgebase.h>
#include <render/labels.h>

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDate>
#include <QDockWidget>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMouseEvent>
#include <QProgressDialog>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

#include <atomic>
#include <map>

namespace csto::app {
namespace {

// Up to this many events the timeline is read at once; beyond, on a worker thread, so the window
// appears and answers while a million events load.
constexpr int kEventsLoadedInline = 2000;
// A card lists this many of its entity's events; the timeline highlights every one.
constexpr std::size_t kCardEvents = 200;
// The side panes' widths, in average characters: the least that still shows their content, and
// what they take when the window has room (the timeline always gets at least half).
constexpr int kTreeMinimumCharacters = 24;
constexpr int kTreePreferredCharacters = 48;
constexpr int kCardMinimumCharacters = 36;
constexpr int kCardPreferredCharacters = 70;

// Where a tree row is: the ids of the entities above it and its own ("#<row>" for a group, which
// has no id), so the open branches can be opened again after the model is rebuilt.
QString branchKey(const QModelIndex &index)
{
    QString key;
    for (QModelIndex at = index; at.isValid(); at = at.parent()) {
        const QString id = at.data(OrgTreeModel::EntityIdRole).toString();
        key.prepend(QLatin1Char('/') + (id.isEmpty() ? QStringLiteral("#%1").arg(at.row()) : id));
    }
    return key;
}

QStringList expandedBranches(const QTreeView *tree)
{
    QStringList keys;
    std::vector<QModelIndex> pending{QModelIndex()};
    while (!pending.empty()) {
        const QModelIndex parent = pending.back();
        pending.pop_back();
        for (int row = 0; row < tree->model()->rowCount(parent); ++row) {
            const QModelIndex child = tree->model()->index(row, 0, parent);
            if (tree->isExpanded(child)) {
                keys << branchKey(child);
                pending.push_back(child);
            }
        }
    }
    return keys;
}

// Opens the branches again, parents before children (opening one loads its rows).
void expandBranches(QTreeView *tree, const QStringList &keys)
{
    const QSet<QString> wanted(keys.begin(), keys.end());
    std::vector<QModelIndex> pending{QModelIndex()};
    while (!pending.empty()) {
        const QModelIndex parent = pending.back();
        pending.pop_back();
        for (int row = 0; row < tree->model()->rowCount(parent); ++row) {
            const QModelIndex child = tree->model()->index(row, 0, parent);
            if (wanted.contains(branchKey(child))) {
                if (tree->model()->canFetchMore(child))
                    tree->model()->fetchMore(child);
                tree->expand(child);
                pending.push_back(child);
            }
        }
    }
}

} // namespace

MainWindow::MainWindow(std::unique_ptr<KnowledgeBase> kb, std::filesystem::path path,
                       QWidget *parent)
    : QMainWindow(parent), m_guard(new DatabaseGuard(this)), m_jobs(new BackgroundJobs(this)),
      m_check(new KnowledgeBaseCheck(*m_jobs, m_guard, this)), m_kb(std::move(kb)),
      m_path(std::move(path))
{
    connect(m_guard, &DatabaseGuard::problemReported, this,
            [this](const QString &message) { statusBar()->showMessage(message, 15000); });
    connect(m_guard, &DatabaseGuard::openAnotherRequested, this,
            &MainWindow::chooseAndOpenDatabase);
    connect(m_guard, &DatabaseGuard::closeRequested, this, &QWidget::close);
    createWidgets();
    setUpCuration();
    createActions();
    loadKnowledgeBase();
    restoreState();
    qApp->installEventFilter(this);
    watchForOtherWriters();
}

void MainWindow::watchForOtherWriters()
{
    // Another process (csto-kb import, a second window) may write to the same file: WAL lets
    // both work, and PRAGMA data_version tells when the others have committed.
    m_guard->run(tr("Reading the knowledge base"), [this] { m_dataVersion = m_kb->dataVersion(); });
    auto *timer = new QTimer(this);
    timer->setInterval(1000);
    connect(timer, &QTimer::timeout, this, [this] {
        std::int64_t version = 0;
        try {
            version = m_kb->dataVersion();
        } catch (const Error &) {
            // Busy for longer than the timeout: try again at the next tick.
            return;
        }
        if (version == m_dataVersion)
            return;
        m_dataVersion = version;
        m_guard->run(tr("Reading the proposals"), [this] { m_review->reload(); });
        refreshAfterChange();
        statusBar()->showMessage(tr("The knowledge base was changed by another program; "
                                    "the view is up to date."),
                                 6000);
    });
    timer->start();
}

MainWindow::~MainWindow()
{
    m_jobs->stopAll();
    qApp->removeEventFilter(this);
}

void MainWindow::createWidgets()
{
    m_filter = new QLineEdit;
    m_filter->setPlaceholderText(tr("Filter the tree"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setObjectName(QStringLiteral("treeFilter"));
    m_tree = new QTreeView;
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setAnimated(false);
    m_tree->setExpandsOnDoubleClick(true);
    m_tree->setObjectName(QStringLiteral("organisationTree"));
    m_treeFilter = new QSortFilterProxyModel(this);
    m_treeFilter->setRecursiveFilteringEnabled(true);
    m_treeFilter->setFilterCaseSensitivity(Qt::CaseSensitive); // keys are case-folded
    m_treeFilter->setFilterRole(OrgTreeModel::FilterKeyRole);
    m_tree->setModel(m_treeFilter);

    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->setSpacing(4);
    leftLayout->addWidget(m_filter);
    leftLayout->addWidget(m_tree);

    m_timeline = new TimelineView;
    m_detail = new DetailView;
    m_detail->setObjectName(QStringLiteral("detailCard"));

    // Side panes in characters of the window's font: the tree shows the bodies' names and the
    // filter box its hint at the least, the card keeps lines of a few words.
    const int character = fontMetrics().averageCharWidth();
    left->setMinimumWidth(kTreeMinimumCharacters * character);
    m_detail->setMinimumWidth(kCardMinimumCharacters * character);
    m_splitter = new PaneSplitter(left, m_timeline, m_detail);
    m_splitter->setPreferredSideWidths(kTreePreferredCharacters * character,
                                       kCardPreferredCharacters * character);
    setCentralWidget(m_splitter);

    m_status = new QLabel;
    m_status->setTextFormat(Qt::PlainText);
    statusBar()->addPermanentWidget(m_status);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (!text.isEmpty())
            m_treeModel->fetchAll();
        m_treeFilter->setFilterFixedString(OrgTreeModel::filterKey(text));
        if (!text.isEmpty())
            m_tree->expandAll();
    });
    connect(m_detail, &DetailView::linkActivated, this, [this](const QString &link) {
        // The card's Revert and relation links act; the others show.
        if (!m_editActions->handleLink(link))
            navigate(link);
    });
    const auto showEvent = [this](qint64 rowId) {
        QString link;
        m_guard->run(tr("Showing the event"), [&] {
            if (const auto card = m_kb->eventCard(rowId))
                link = AtlasLink::event(QString::fromStdString(card->header.id));
        });
        if (!link.isEmpty())
            navigate(link);
    };
    connect(m_timeline, &TimelineView::eventSelected, this, showEvent);
    connect(m_timeline, &TimelineView::eventActivated, this, showEvent);

    m_membership = new MembershipView;
    auto *membershipScroll = new QScrollArea;
    membershipScroll->setWidget(m_membership);
    membershipScroll->setWidgetResizable(true);
    membershipScroll->setFrameShape(QFrame::NoFrame);
    m_membershipDock = new QDockWidget(tr("Membership and Chairmanships"), this);
    m_membershipDock->setObjectName(QStringLiteral("membershipDock"));
    m_membershipDock->setWidget(membershipScroll);
    addDockWidget(Qt::BottomDockWidgetArea, m_membershipDock);
    m_membershipDock->hide();
    connect(m_membership, &MembershipView::linkActivated, this, &MainWindow::navigate);
    // The chart reads its relations when first shown, not at start-up.
    connect(m_membershipDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        // Docked at the bottom, the chart wants room for its rows, not a strip of one.
        if (visible && !m_membershipDock->isFloating() && m_membershipDock->height() < 240)
            resizeDocks({m_membershipDock}, {height() * 2 / 5}, Qt::Vertical);
        if (visible && m_membershipStale) {
            m_membershipStale = false;
            m_guard->run(tr("Reading the membership chart"), [this] { m_membership->load(*m_kb); });
        }
    });
}

EntityNamer MainWindow::linkedNames() const
{
    return [this](const EntityHeader &entity) { return render::displayName(*m_kb, entity); };
}

void MainWindow::showMembershipChart()
{
    m_membershipDock->show();
    m_membershipDock->raise();
}

void MainWindow::refreshMembershipChart()
{
    m_membershipStale = true;
    if (m_membershipDock->isVisible()) {
        m_membershipStale = false;
        m_guard->run(tr("Reading the membership chart"), [this] { m_membership->load(*m_kb); });
    }
}

// Every shortcut is the key the README documents, given once: the platform's standard keys
// (QKeySequence::Back, ::Quit, ...) differ between platforms, some have none on Linux, and a key
// registered twice makes Qt call the shortcut ambiguous and do nothing.
void MainWindow::createActions()
{
    auto *fileMenu = menuBar()->addMenu(tr("&File"));
    auto *open = fileMenu->addAction(tr("&Open Knowledge Base\u2026"), this,
                                     &MainWindow::chooseAndOpenDatabase);
    open->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_O));
    auto *importFiles = fileMenu->addAction(tr("&Import Articles\u2026"), this, [this] {
        const QStringList files = QFileDialog::getOpenFileNames(
            this, tr("Import Articles"), QString(), tr("Article text (*.txt);;All files (*)"));
        if (!files.isEmpty())
            chooseImport(files);
    });
    importFiles->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    fileMenu->addAction(tr("Import a &Folder of Articles\u2026"), this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Import Articles"));
        if (folder.isEmpty())
            return;
        QStringList files;
        for (const auto &entry : std::filesystem::directory_iterator(folder.toStdString())) {
            if (entry.is_regular_file() && entry.path().extension() == ".txt")
                files << QString::fromStdString(entry.path().string());
        }
        files.sort();
        chooseImport(files);
    });
    auto *exportAction =
        fileMenu->addAction(tr("&Export Summary…"), this, &MainWindow::exportSummary);
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    fileMenu->addSeparator();
    auto *quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));

    auto *editMenu = menuBar()->addMenu(tr("&Edit"));
    m_editActions->addToMenu(editMenu);
    editMenu->addSeparator();
    auto *find = editMenu->addAction(tr("&Search\u2026"), this, &MainWindow::openSearch);
    find->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_K), QKeySequence(Qt::CTRL | Qt::Key_F)});
    auto *filter = editMenu->addAction(tr("&Filter Tree"), this, [this] {
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
    });
    filter->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));

    auto *goMenu = menuBar()->addMenu(tr("&Go"));
    m_back = goMenu->addAction(QIcon::fromTheme(QStringLiteral("go-previous")), tr("&Back"), this,
                               &MainWindow::goBack);
    m_back->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    m_forward = goMenu->addAction(QIcon::fromTheme(QStringLiteral("go-next")), tr("&Forward"), this,
                                  &MainWindow::goForward);
    m_forward->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Right));
    auto *home = goMenu->addAction(tr("The &Organisation"), this,
                                   [this] { navigate(AtlasLink::entity(QStringLiteral("csto"))); });
    home->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Home));

    auto *viewMenu = menuBar()->addMenu(tr("&View"));
    auto *review = viewMenu->addAction(tr("&Review Imports"), this, [this] {
        m_reviewDock->show();
        m_reviewDock->raise();
    });
    review->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    auto *membership = m_membershipDock->toggleViewAction();
    membership->setText(tr("&Membership and Chairmanships"));
    membership->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    viewMenu->addAction(membership);
    auto *fit = viewMenu->addAction(tr("&Fit Timeline"), m_timeline, &TimelineView::fitAll);
    fit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    auto *fitSelection = viewMenu->addAction(tr("Fit Timeline to &Selection"), m_timeline,
                                             &TimelineView::fitHighlighted);
    fitSelection->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_0));
    // Ctrl+= is Ctrl and the key marked "+" without Shift; Ctrl++ comes from the keypad.
    viewMenu->addAction(tr("Zoom &In"), this, [this] { m_timeline->zoomBy(1.5); })
        ->setShortcuts(
            {QKeySequence(Qt::CTRL | Qt::Key_Equal), QKeySequence(Qt::CTRL | Qt::Key_Plus)});
    viewMenu->addAction(tr("Zoom &Out"), this, [this] { m_timeline->zoomBy(1 / 1.5); })
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Minus));
    viewMenu->addSeparator();
    m_laneActions = new QActionGroup(this);
    auto *byKind =
        viewMenu->addAction(tr("Lanes by &Kind"), this, [this] { setLaneMode(LaneMode::ByKind); });
    auto *byOperation = viewMenu->addAction(tr("Lanes by &Operation"), this,
                                            [this] { setLaneMode(LaneMode::ByOperation); });
    for (auto *action : {byKind, byOperation}) {
        action->setCheckable(true);
        m_laneActions->addAction(action);
    }
    byKind->setChecked(true);

    auto *toolsMenu = menuBar()->addMenu(tr("&Tools"));
    toolsMenu->addAction(tr("&Check Knowledge Base"), this, [this] { m_check->start(m_path); });
    toolsMenu->addSeparator();
    auto *settingsAction = toolsMenu->addAction(SettingsDialog::actionText(), this, [this] {
        SettingsDialog dialog(m_laneMode, this);
        if (dialog.exec() == QDialog::Accepted)
            setLaneMode(dialog.laneMode());
    });
    settingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settingsAction->setMenuRole(QAction::PreferencesRole);

    auto *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About CSTO Atlas"), this, [this] {
        QString sources;
        std::vector<SourceInfo> known;
        m_guard->run(tr("Reading the sources"), [&] { known = m_kb->sources(); });
        for (const auto &s : known) {
            sources += QStringLiteral("<li>%1%2: %3</li>")
                           .arg(QString::fromStdString(s.publisher).toHtmlEscaped(),
                                s.published ? QStringLiteral(", ") +
                                                  render::humanDate(*s.published).toHtmlEscaped()
                                            : QString(),
                                QString::fromStdString(s.title).toHtmlEscaped());
        }
        QMessageBox::about(
            this, tr("About CSTO Atlas"),
            tr("<h3>CSTO Atlas %1</h3><p>A knowledge-base browser for the Collective Security "
               "Treaty Organization: its bodies, member states, forces, operations, people, "
               "documents and events, each fact with its source.</p><p>Knowledge base: "
               "%2</p><p>Sources:</p><ul>%3</ul><p>MIT licence.</p>")
                .arg(QApplication::applicationVersion(),
                     QString::fromStdString(m_path.string()).toHtmlEscaped(), sources));
    });

    auto *toolbar = addToolBar(tr("Navigation"));
    toolbar->setObjectName(QStringLiteral("navigationToolbar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(m_back);
    toolbar->addAction(m_forward);
    toolbar->addSeparator();
    toolbar->addAction(find);
    toolbar->addAction(fit);
    for (auto *action : {find, fit, m_back, m_forward})
        action->setToolTip(QStringLiteral("%1 (%2)").arg(
            action->text().remove(QLatin1Char('&')).remove(QStringLiteral("\u2026")),
            action->shortcut().toString(QKeySequence::NativeText)));
}

void MainWindow::chooseAndOpenDatabase()
{
    const QString file = QFileDialog::getOpenFileName(
        this, tr("Open Knowledge Base"), QString::fromStdString(m_path.parent_path()),
        tr("CSTO Atlas knowledge bases (*.db);;All files (*)"));
    if (!file.isEmpty())
        openDatabase(file.toStdString());
}

void MainWindow::chooseImport(const QStringList &files)
{
    if (files.isEmpty())
        return;
    ImportDialog dialog(files, this);
    if (dialog.exec() == QDialog::Accepted)
        importArticles(files, dialog.published());
}

void MainWindow::loadKnowledgeBase()
{
    m_guard->setFile(QString::fromStdString(m_path.string()));
    m_editActions->setKnowledgeBase(*m_kb);
    delete m_search;
    m_search = new SearchPopup(*m_kb, this, m_guard);

    // The review pane and article viewer work on this knowledge base: made anew with it.
    if (!m_reviewDock) {
        m_reviewDock = new QDockWidget(tr("Review"), this);
        m_reviewDock->setObjectName(QStringLiteral("reviewDock"));
        m_articleDock = new QDockWidget(tr("Article"), this);
        m_articleDock->setObjectName(QStringLiteral("articleDock"));
        addDockWidget(Qt::BottomDockWidgetArea, m_reviewDock);
        addDockWidget(Qt::BottomDockWidgetArea, m_articleDock);
        m_reviewDock->hide();
        m_articleDock->hide();
        resizeDocks({m_reviewDock, m_articleDock}, {1, 1}, Qt::Horizontal);
    }
    delete m_review;
    m_review = new ReviewPane(*m_kb, nullptr, m_guard);
    m_reviewDock->setWidget(m_review);
    connect(m_review, &ReviewPane::evidenceSelected, this, &MainWindow::showArticle);
    connect(m_review, &ReviewPane::knowledgeBaseChanged, this, &MainWindow::refreshAfterChange);
    // Accepting and rejecting are changes like any edit: Undo takes them back.
    connect(m_review, &ReviewPane::changeMade, m_editActions,
            [this](const ChangeResult &result) { m_editActions->recordChange(result.changeId); });
    if (!m_article) {
        m_article = new ArticleView;
        m_articleDock->setWidget(m_article);
        connect(m_article, &ArticleView::linkActivated, this, &MainWindow::navigate);
    }
    connect(m_search, &SearchPopup::linkActivated, this, &MainWindow::navigate);

    auto *oldModel = m_treeModel;
    m_treeModel = new OrgTreeModel(*m_kb, OrgTreeModel::GroupCounts::Later, this, m_guard);
    m_treeFilter->setSourceModel(m_treeModel);
    delete oldModel;
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::onTreeSelection);
    m_tree->expand(m_treeFilter->index(0, 0));

    m_history.clear();
    m_fitTimelineWhenLoaded = true;
    m_counts.reset();
    refreshMembershipChart();
    m_detail->setHtml(welcomeHtml(m_counts));
    refreshTimeline();
    const QString fileName = QString::fromStdString(m_path.filename().string());
    setWindowTitle(m_kb->isReadOnly() ? tr("%1 (read-only) \u2014 CSTO Atlas").arg(fileName)
                                      : tr("%1 \u2014 CSTO Atlas").arg(fileName));
    updateStatusBar();
    updateNavigationActions();
}

void MainWindow::refreshTimeline()
{
    stopTimelineLoading();
    const int generation = ++m_timelineGeneration;
    std::optional<TimelineData> loadedNow;
    const bool read = m_guard->run(tr("Reading the timeline"), [&] {
        if (m_kb->eventCountBound() <= kEventsLoadedInline) {
            const std::atomic_bool never{false};
            loadedNow = loadTimelineData(*m_kb, m_laneMode, never);
        }
    });
    if (!read) {
        m_timeline->setPlaceholderText(tr("The timeline could not be read"));
        return;
    }
    if (loadedNow) {
        applyTimeline(std::move(*loadedNow));
        return;
    }
    statusBar()->showMessage(tr("Loading the timeline\u2026"));
    m_timeline->setPlaceholderText(tr("Loading the timeline\u2026"));
    m_timelineLoading = true;
    auto loaded = std::make_shared<TimelineData>();
    m_timelineJob = m_jobs->start(
        QStringLiteral("Loading the timeline"),
        [path = m_path, mode = m_laneMode, loaded](const std::atomic_bool &stop) {
            const auto kb = KnowledgeBase::open(path, schema::Access::ReadOnly);
            *loaded = loadTimelineData(*kb, mode, stop);
        },
        [this, loaded, generation](std::exception_ptr escaped) {
            if (generation != m_timelineGeneration)
                return;
            m_timelineJob = 0;
            m_timelineLoading = false;
            // Told through the same guard as every other read.
            if (!m_guard->run(tr("Reading the timeline"), [&] {
                    if (escaped)
                        std::rethrow_exception(escaped);
                })) {
                m_timeline->setPlaceholderText(tr("The timeline could not be read"));
                return;
            }
            applyTimeline(std::move(*loaded));
        });
}

void MainWindow::stopTimelineLoading()
{
    // A stopped job's `done` never runs: nothing half-loaded reaches the view.
    if (m_timelineJob)
        m_jobs->stop(std::exchange(m_timelineJob, 0));
}

void MainWindow::applyTimeline(TimelineData timeline)
{
    m_timeline->setPlaceholderText(timeline.items.empty() ? tr("No events yet") : QString());
    m_timeline->setLanes(timeline.lanes);
    m_timeline->setItems(std::move(timeline.items));
    m_timeline->setHighlighted(m_highlighted);
    m_timelineLoading = false;
    m_counts = timeline.counts;
    m_treeModel->setKindCounts(m_counts->entities);
    if (currentLink().isEmpty())
        m_detail->setHtml(welcomeHtml(m_counts));
    updateStatusBar();
    if (m_fitTimelineWhenLoaded) {
        m_fitTimelineWhenLoaded = false;
        m_timeline->fitAll();
    }
    emit timelineLoaded();
}

void MainWindow::setLaneMode(LaneMode mode)
{
    m_laneMode = mode;
    m_laneActions->actions().at(mode == LaneMode::ByKind ? 0 : 1)->setChecked(true);
    refreshTimeline();
}

bool MainWindow::navigate(const QString &link)
{
    if (!display(link))
        return false;
    if (AtlasLink::parse(link)->target == AtlasLink::Target::Article)
        return true;
    m_history.visit(link);
    updateNavigationActions();
    return true;
}

void MainWindow::goBack()
{
    if (const auto place = m_history.back())
        display(*place);
    updateNavigationActions();
}

void MainWindow::goForward()
{
    if (const auto place = m_history.forward())
        display(*place);
    updateNavigationActions();
}

bool MainWindow::display(const QString &link)
{
    const auto target = AtlasLink::parse(link);
    if (!target || target->target == AtlasLink::Target::Relation ||
        target->target == AtlasLink::Target::Revert)
        return false;
    const std::string id = target->id.toStdString();
    bool shown = true;
    const QString action = target->target == AtlasLink::Target::Article ? tr("Showing the article")
                                                                        : tr("Showing the card");
    const bool read = m_guard->run(action, [&] {
        if (target->target == AtlasLink::Target::Entity) {
            const auto entity = m_kb->findEntity(id);
            if (!entity) {
                shown = false;
                return;
            }
            const auto card = m_kb->entityCard(entity->rowId, kCardEvents);
            m_detail->setHtml(
                entityCardHtml(*card, linkedNames(), m_editActions->cardCuration(card->header.id)));
            m_highlighted.clear();
            for (const auto eventId : m_kb->eventIdsOf(entity->rowId, true))
                m_highlighted.insert(eventId);
            m_timeline->setHighlighted(m_highlighted);
            m_timeline->setSelected(std::nullopt);
            selectInTree(entity->rowId);
        } else if (target->target == AtlasLink::Target::Article) {
            // The passage behind the fact shown now, if it came from this article.
            std::vector<std::pair<std::size_t, std::size_t>> highlights;
            if (const auto current = AtlasLink::parse(currentLink())) {
                if (current->target == AtlasLink::Target::Event) {
                    if (const auto event = m_kb->findEvent(current->id.toStdString()))
                        highlights = m_kb->evidence(id, "event", event->rowId);
                } else if (current->target == AtlasLink::Target::Entity) {
                    if (const auto entity = m_kb->findEntity(current->id.toStdString()))
                        highlights = m_kb->evidence(id, "entity", entity->rowId);
                }
            }
            const auto article = m_kb->article(id);
            if (!article) {
                shown = false;
                return;
            }
            m_article->showArticle(*article, highlights);
            m_articleDock->show();
            m_articleDock->raise();
        } else {
            const auto event = m_kb->findEvent(id);
            if (!event) {
                shown = false;
                return;
            }
            const auto card = m_kb->eventCard(event->rowId);
            m_detail->setHtml(
                eventCardHtml(*card, linkedNames(), m_editActions->cardCuration(card->header.id)));
            m_highlighted = {event->rowId};
            m_timeline->setHighlighted(m_highlighted);
            m_timeline->setSelected(event->rowId);
        }
    });
    return read && shown;
}

void MainWindow::selectInTree(std::int64_t entityRowId)
{
    const QModelIndex source = m_treeModel->indexOfEntity(entityRowId);
    const QModelIndex index = m_treeFilter->mapFromSource(source);
    if (!index.isValid())
        return;
    m_syncingTree = true;
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
    m_syncingTree = false;
}

void MainWindow::onTreeSelection()
{
    if (m_syncingTree)
        return;
    const QModelIndex index = m_tree->currentIndex();
    const QString id = index.data(OrgTreeModel::EntityIdRole).toString();
    if (!id.isEmpty())
        navigate(AtlasLink::entity(id));
}

QString MainWindow::currentLink() const
{
    return m_history.current().value_or(QString());
}

void MainWindow::exportSummary()
{
    ExportDialog::Subject subject{
        std::nullopt, {}, PartialDate::year(1992), PartialDate::year(2020)};
    if (const auto link = AtlasLink::parse(currentLink());
        link && link->target == AtlasLink::Target::Entity) {
        const bool read = m_guard->run(tr("Preparing the summary"), [&] {
            if (const auto entity = m_kb->findEntity(link->id.toStdString())) {
                subject.entityRowId = entity->rowId;
                subject.entityName = QString::fromStdString(entity->name);
            }
        });
        if (!read)
            return;
    }
    // The brief covers the days the timeline shows now.
    const auto &layout = m_timeline->layout();
    const QDate first = QDate::fromJulianDay(static_cast<qint64>(layout.firstVisibleDay()));
    const QDate last = QDate::fromJulianDay(static_cast<qint64>(layout.lastVisibleDay()));
    if (first.isValid() && last.isValid() && first.year() > 0 && last.year() < 10000) {
        subject.from = PartialDate::day(first.year(), first.month(), first.day());
        subject.to = PartialDate::day(last.year(), last.month(), last.day());
    }
    ExportDialog dialog(*m_kb, subject, this);
    dialog.exec();
}

void MainWindow::showArticle(const QString &sourceId, std::size_t offset, std::size_t length)
{
    m_guard->run(tr("Showing the article"), [&] {
        const auto article = m_kb->article(sourceId.toStdString());
        if (!article)
            return;
        m_article->showArticle(*article, {{offset, length}});
        m_articleDock->show();
    });
}

void MainWindow::setUpCuration()
{
    m_editActions = new EditActions(this, m_guard, [this] { return currentLink(); });
    m_editActions->attachContextMenus(m_tree, m_timeline, m_detail);
    connect(m_editActions, &EditActions::changed, this, &MainWindow::refreshAfterChange);
    connect(m_editActions, &EditActions::navigateRequested, this, &MainWindow::navigate);
}

void MainWindow::refreshAfterChange()
{
    const QString current = currentLink();
    const QStringList expanded = expandedBranches(m_tree);
    const int treeScroll = m_tree->verticalScrollBar()->value();
    const int cardScroll = m_detail->verticalScrollBar()->value();
    m_treeModel->reload();
    m_tree->expand(m_treeFilter->index(0, 0));
    expandBranches(m_tree, expanded);
    refreshTimeline();
    refreshMembershipChart();
    // A deleted item leaves nothing to show: the welcome card, and nothing selected.
    if (!current.isEmpty() && !display(current)) {
        m_detail->setHtml(welcomeHtml(m_counts));
        m_highlighted.clear();
        m_timeline->setHighlighted(m_highlighted);
        m_timeline->setSelected(std::nullopt);
    }
    m_tree->verticalScrollBar()->setValue(treeScroll);
    m_detail->verticalScrollBar()->setValue(cardScroll);
    m_editActions->updateActions();
}

void MainWindow::importArticles(const QStringList &files, std::optional<PartialDate> published)
{
    auto *progress = new QProgressDialog(tr("Importing articles\u2026"), tr("Cancel"), 0,
                                         static_cast<int>(files.size()), this);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(0);
    progress->setValue(0);
    auto cancelled = std::make_shared<std::atomic<bool>>(false);
    auto reports = std::make_shared<std::vector<ImportReport>>();
    // The worker has its own connection; the batch is one transaction, so Cancel (or an error,
    // or closing the window, which stops the job) leaves the knowledge base exactly as it was.
    // The progress dialog outlives the worker: it goes when the job has ended (jobEnded).
    const auto job = m_jobs->start(
        QStringLiteral("Importing articles"),
        [=, path = m_path](const std::atomic_bool &stop) {
            const auto kb = KnowledgeBase::open(path, schema::Access::ReadWrite);
            ImportOptions options;
            options.published = published;
            std::vector<std::filesystem::path> paths;
            for (const auto &file : files)
                paths.emplace_back(file.toStdString());
            *reports =
                Importer(*kb)
                    .importBatch(
                        paths, options, [&] { return !*cancelled && !stop; },
                        [progress](std::size_t done) {
                            QMetaObject::invokeMethod(
                                progress,
                                [progress, done] { progress->setValue(static_cast<int>(done)); },
                                Qt::QueuedConnection);
                        })
                    .reports;
        },
        [=, this](std::exception_ptr escaped) {
            int imported = 0;
            int duplicates = 0;
            int failed = 0;
            QStringList problems;
            for (const auto &r : *reports) {
                imported += r.status == ImportReport::Status::Imported;
                duplicates += r.status == ImportReport::Status::Duplicate;
                if (r.status == ImportReport::Status::Error) {
                    ++failed;
                    problems << QString::fromStdString(r.file + ": " + r.error);
                }
            }
            QString failure;
            try {
                if (escaped)
                    std::rethrow_exception(escaped);
            } catch (const std::exception &error) {
                failure = DatabaseGuard::describe(error);
            } catch (...) {
                failure = tr("an unknown error");
            }
            if (!failure.isEmpty()) {
                QMessageBox::critical(this, tr("Import failed"),
                                      tr("Nothing was imported: %1").arg(failure));
            } else if (*cancelled) {
                statusBar()->showMessage(tr("Import cancelled: nothing was added."), 8000);
            } else {
                statusBar()->showMessage(tr("Imported %1, %2 already known, %3 failed.")
                                             .arg(imported)
                                             .arg(duplicates)
                                             .arg(failed),
                                         8000);
                if (!problems.isEmpty())
                    QMessageBox::warning(this, tr("Some articles were not imported"),
                                         problems.join(QLatin1Char('\n')));
            }
            m_guard->run(tr("Reading the imported articles"), [this] {
                m_review->reload();
                m_dataVersion = m_kb->dataVersion();
            });
            refreshAfterChange();
            if (m_review->pendingCount() > 0) {
                m_reviewDock->show();
                m_reviewDock->raise();
                resizeDocks({m_reviewDock, m_articleDock}, {width() / 2, width() / 2},
                            Qt::Horizontal);
                resizeDocks({m_reviewDock}, {height() / 3}, Qt::Vertical);
                m_review->showFirst();
            }
            emit importFinished(imported, duplicates, failed, *cancelled || !failure.isEmpty());
        });
    connect(progress, &QProgressDialog::canceled, this, [this, cancelled, job] {
        *cancelled = true;
        m_jobs->cancel(job);
    });
    connect(m_jobs, &BackgroundJobs::jobEnded, progress, [progress, job](int ended) {
        if (ended == job)
            progress->deleteLater();
    });
}

void MainWindow::openSearch()
{
    m_search->showOver(geometry());
}

bool MainWindow::openDatabase(const std::filesystem::path &path)
{
    try {
        auto kb = KnowledgeBase::open(path, schema::Access::ReadWrite);
        // Work on the old file (an import, a check, its timeline) ends with it.
        m_jobs->stopAll();
        m_timelineJob = 0;
        m_kb = std::move(kb);
        m_path = path;
        loadKnowledgeBase();
        return true;
    } catch (const Error &error) {
        QMessageBox::critical(this, tr("Cannot open the knowledge base"),
                              QString::fromStdString(error.what()));
        return false;
    }
}

void MainWindow::updateStatusBar()
{
    if (m_counts) {
        int entities = 0;
        for (const auto &[kind, n] : m_counts->entities)
            entities += n;
        m_status->setText(
            tr("%L1 entities \u00b7 %L2 events \u00b7 %L3 relations \u00b7 %L4 sources")
                .arg(entities)
                .arg(m_counts->events)
                .arg(m_counts->relations)
                .arg(m_counts->sources));
    } else {
        m_status->clear();
    }
    if (!m_timelineLoading)
        statusBar()->showMessage(QString::fromStdString(m_path.string()));
}

void MainWindow::updateNavigationActions()
{
    m_back->setEnabled(m_history.canGoBack());
    m_forward->setEnabled(m_history.canGoForward());
    // What Edit, Delete, Merge and Add Alias act on: the place now current.
    m_editActions->updateActions();
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    // The mouse's back and forward buttons, wherever the pointer is in this window.
    if (event->type() == QEvent::MouseButtonPress) {
        auto *widget = qobject_cast<QWidget *>(watched);
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (widget && widget->window() == this) {
            if (mouse->button() == Qt::BackButton) {
                goBack();
                return true;
            }
            if (mouse->button() == Qt::ForwardButton) {
                goForward();
                return true;
            }
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::restoreState()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())) {
        const QRect screen = QApplication::primaryScreen()->availableGeometry();
        resize(std::min(1500, screen.width() - 40), std::min(880, screen.height() - 60));
    }
    QMainWindow::restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    const QList<QVariant> sides = settings.value(QStringLiteral("window/sidePanes")).toList();
    if (sides.size() == 2)
        m_splitter->setPreferredSideWidths(sides[0].toInt(), sides[1].toInt());
    if (settings.value(QStringLiteral("timeline/lanes")).toString() == QLatin1String("operation"))
        setLaneMode(LaneMode::ByOperation);
    const QString last = settings.value(QStringLiteral("navigation/last")).toString();
    if (!last.isEmpty())
        navigate(last);
}

void MainWindow::saveState()
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), QMainWindow::saveState());
    const auto [left, right] = m_splitter->preferredSideWidths();
    settings.setValue(QStringLiteral("window/sidePanes"), QList<QVariant>{left, right});
    settings.setValue(QStringLiteral("timeline/lanes"), m_laneMode == LaneMode::ByOperation
                                                            ? QStringLiteral("operation")
                                                            : QStringLiteral("kind"));
    settings.setValue(QStringLiteral("navigation/last"), currentLink());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveState();
    // An import in progress is rolled back, a check or a timeline load abandoned; every worker
    // is joined before the window goes.
    m_jobs->stopAll();
    m_timelineJob = 0;
    event->accept();
}

} // namespace csto::app
