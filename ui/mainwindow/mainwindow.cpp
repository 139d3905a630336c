#include "mainwindow.h"

#include "browser/batchcopy.h"
#include "browser/browsercontroller.h"
#include "browser/bucketiconproxy.h"
#include "browser/objectactions.h"
#include "browser/propertiesdialog.h"
#include "browser/thumbnailview.h"
#include "cloud/storagejobs.h"
#include "models/bucketmodel.h"
#include "models/transfermodel.h"
#include "preview/previewpane.h"
#include "sidebarroles.h"
#include "transfers/transferpanel.h"
#include "transfers/transferscontroller.h"
#include "welcomepage.h"
#include "widgets/qrcodedialog.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QCloseEvent>
#include <QDateTime>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sucai::ui {

namespace {
// Objects copied or cut in a Sucai window (JSON: profile, bucket, prefix, keys, sizes, move).
constexpr char kObjectsMime[] = "application/x-sucai-objects";
} // namespace

MainWindow::MainWindow(BrowserController *browser, TransfersController *transfers, QWidget *parent)
    : QMainWindow(parent)
    , m_browser(browser)
    , m_transfers(transfers)
{
    setWindowTitle(tr("Sucai"));
    createActions();
    createCentralArea();
    createTransferArea();
    createPreviewArea();
    createObjectActions();
    createMenus();
    m_status = new QLabel(this);
    statusBar()->addWidget(m_status, 1);
    m_selection = new QLabel(this);
    statusBar()->addPermanentWidget(m_selection);
    if (m_transferStatus)
        statusBar()->addPermanentWidget(m_transferStatus);

    createTray();
    if (m_transfers) {
        connect(m_transfers, &TransfersController::batchFinished, this,
                [this](core::TransferDirection direction, int done, int failed,
                       const QString &firstError) {
                    const bool up = direction == core::TransferDirection::Upload;
                    const QString title =
                        failed == 0 ? (up ? tr("Uploads finished") : tr("Downloads finished"))
                                    : (up ? tr("Uploads finished with errors")
                                          : tr("Downloads finished with errors"));
                    QString text = tr("%n file(s) done", nullptr, done);
                    if (failed > 0)
                        text +=
                            tr(", %n failed", nullptr, failed) + QStringLiteral(": ") + firstError;
                    notify(title, text, failed > 0);
                });
        connect(m_transfers->model(), &models::TransferModel::totalsChanged, this,
                &MainWindow::updateTrayStatus);
        connect(m_transfers, &TransfersController::replacedObjects, this, &MainWindow::offerPurge);
    }
    connect(m_browser, &BrowserController::bucketsChanged, this, &MainWindow::onBucketsChanged);
    connect(m_browser, &BrowserController::locationChanged, this, &MainWindow::onLocationChanged);
    connect(m_browser, &BrowserController::statusChanged, m_status, &QLabel::setText);
    connect(m_browser, &BrowserController::errorOccurred, this,
            [this](const QString &text) { statusBar()->showMessage(text, 15'000); });

    if (m_browser->client()) {
        m_profileItem = new QTreeWidgetItem(m_sidebar, {m_browser->profileName()});
        m_profileItem->setIcon(0, style()->standardIcon(QStyle::SP_DriveNetIcon));
        m_profileItem->setExpanded(true);
        m_browser->refreshBuckets();
    }
    updateNavigation();
    restoreWindowState();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    m_back = new QAction(style()->standardIcon(QStyle::SP_ArrowBack), tr("Back"), this);
    m_back->setShortcut(QKeySequence::Back);
    connect(m_back, &QAction::triggered, m_browser, &BrowserController::back);
    m_forward = new QAction(style()->standardIcon(QStyle::SP_ArrowForward), tr("Forward"), this);
    m_forward->setShortcut(QKeySequence::Forward);
    connect(m_forward, &QAction::triggered, m_browser, &BrowserController::forward);
    m_up = new QAction(style()->standardIcon(QStyle::SP_ArrowUp), tr("Up"), this);
    m_up->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    connect(m_up, &QAction::triggered, m_browser, &BrowserController::up);
    m_refresh = new QAction(style()->standardIcon(QStyle::SP_BrowserReload), tr("Refresh"), this);
    m_refresh->setShortcut(QKeySequence::Refresh);
    connect(m_refresh, &QAction::triggered, m_browser, &BrowserController::refresh);

    QToolBar *bar = addToolBar(tr("Navigation"));
    bar->setObjectName(QStringLiteral("navigationToolBar"));
    bar->setMovable(false);
    bar->addAction(m_back);
    bar->addAction(m_forward);
    bar->addAction(m_up);
    m_address = new QLineEdit(this);
    m_address->setObjectName(QStringLiteral("addressEdit"));
    m_address->setPlaceholderText(tr("bucket/folder/"));
    m_address->setClearButtonEnabled(true);
    connect(m_address, &QLineEdit::returnPressed, this,
            [this] { m_browser->openAddress(m_address->text()); });
    bar->addWidget(m_address);
    bar->addAction(m_refresh);

    auto *focusAddress = new QAction(this);
    focusAddress->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(focusAddress, &QAction::triggered, this, [this] {
        m_address->setFocus();
        m_address->selectAll();
    });
    addAction(focusAddress);
}

void MainWindow::createCentralArea()
{
    m_sidebar = new QTreeWidget(this);
    m_sidebar->setHeaderLabel(tr("Profiles"));
    m_sidebar->setMinimumWidth(180);
    connect(m_sidebar, &QTreeWidget::itemClicked, this, &MainWindow::onSidebarActivated);
    m_sidebar->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_sidebar, &QWidget::customContextMenuRequested, this, &MainWindow::showSidebarMenu);

    m_welcome = new WelcomePage(this);
    m_welcome->setHasAccounts(m_browser->client());

    m_table = new QTableView(this);
    auto *proxy = new BucketIconProxy(this);
    proxy->setSourceModel(m_browser->model());
    m_table->setModel(proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // Uniform row heights keep a million-row table cheap (qt-performance.md).
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(models::BucketModel::NameColumn,
                                                      QHeaderView::Stretch);
    m_table->horizontalHeader()->setHighlightSections(false);
    // Header clicks sort inside the model (off the event loop for big folders); no indicator
    // at first: the server's order.
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    m_table->setColumnWidth(models::BucketModel::SizeColumn, 100);
    m_table->setColumnWidth(models::BucketModel::ModifiedColumn, 150);
    m_table->setColumnWidth(models::BucketModel::TypeColumn, 150);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        m_browser->activateKey(index.data(models::BucketModel::KeyRole).toString());
    });
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, &MainWindow::showTableMenu);
    // Files dropped from the desktop are uploaded (event filter below).
    m_table->viewport()->setAcceptDrops(true);
    m_table->viewport()->installEventFilter(this);

    // The same folder as a grid of thumbnails (View ▸ Icons): one selection for both views.
    m_grid = new ThumbnailView(this);
    m_grid->setObjectName(QStringLiteral("thumbnailView"));
    m_grid->setBucketModel(m_browser->model(), proxy);
    m_grid->setSelectionModel(m_table->selectionModel());
    m_grid->setClient(m_browser->client());
    m_grid->setCacheDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation) +
                        QStringLiteral("/thumbnails"));
    connect(m_grid, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        m_browser->activateKey(index.data(models::BucketModel::KeyRole).toString());
    });
    m_grid->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_grid, &QWidget::customContextMenuRequested, this, &MainWindow::showTableMenu);
    m_grid->viewport()->setAcceptDrops(true);
    m_grid->viewport()->installEventFilter(this);
    m_views = new QStackedWidget(this);
    m_views->addWidget(m_table);
    m_views->addWidget(m_grid);
    m_sidebar->viewport()->setAcceptDrops(true);
    m_sidebar->viewport()->installEventFilter(this);

    auto *browserPage = new QWidget(this);
    auto *pageLayout = new QVBoxLayout(browserPage);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->setSpacing(0);
    pageLayout->addWidget(createFilterBar());
    pageLayout->addWidget(m_views);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_welcome);
    m_stack->addWidget(browserPage);

    m_splitter = new QSplitter(this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_sidebar);
    m_splitter->addWidget(m_stack);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({220, 900});
    setCentralWidget(m_splitter);
}

void MainWindow::createPreviewArea()
{
    m_preview = new PreviewPane(this);
    m_preview->setClient(m_browser->client());
    m_preview->setCacheDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation) +
                           QStringLiteral("/previews"));
    m_previewDock = new QDockWidget(tr("Details"), this);
    m_previewDock->setObjectName(QStringLiteral("previewDock"));
    m_previewDock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    m_previewDock->setWidget(m_preview);
    addDockWidget(Qt::RightDockWidgetArea, m_previewDock);
    resizeDocks({m_previewDock}, {340}, Qt::Horizontal);
    m_previewDock->hide(); // Ctrl+I; the saved window state brings it back if it was open
    m_previewTimer = new QTimer(this);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(150);
    connect(m_previewTimer, &QTimer::timeout, this, &MainWindow::updatePreview);
    // Hidden, it asks the server nothing; shown again, it catches up with the selection.
    connect(m_previewDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            m_previewTimer->start();
    });
}

void MainWindow::updatePreview()
{
    if (!m_previewDock->isVisible())
        return;
    QList<qint64> sizes;
    const QStringList keys = selectedKeys(&sizes);
    const QString bucket = m_browser->model()->bucket();
    if (keys.size() == 1 && !keys.first().endsWith(u'/') && !bucket.isEmpty()) {
        if (m_preview->state() != u"summary" && m_previewKey == keys.first())
            return; // already shown (or loading)
        m_previewKey = keys.first();
        m_preview->setCdnBase(cdnBase());
        m_preview->showObject(bucket, keys.first());
        return;
    }
    m_previewKey.clear();
    m_preview->showSummary(keys.isEmpty() ? tr("Select a file to see its details and a preview.")
                                          : m_selection->text());
}

QWidget *MainWindow::createFilterBar()
{
    m_filterBar = new QWidget(this);
    m_filterBar->setObjectName(QStringLiteral("filterBar"));
    auto *row = new QHBoxLayout(m_filterBar);
    row->setContentsMargins(6, 4, 6, 4);
    m_filter = new QLineEdit(m_filterBar);
    m_filter->setObjectName(QStringLiteral("filterEdit"));
    m_filter->setPlaceholderText(tr("Filter the names listed here"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (!m_browser->model()->isSearch())
            m_browser->model()->setFilter(text);
    });
    // Enter: ask the server for every object below this folder starting with the text.
    auto *search = new QPushButton(tr("Search Subfolders"), m_filterBar);
    search->setObjectName(QStringLiteral("searchButton"));
    search->setToolTip(tr("Ask the server for every object in this folder and all its "
                          "subfolders whose path starts with the text (Enter)"));
    const auto runSearch = [this] {
        m_browser->model()->setFilter({});
        m_browser->search(m_filter->text());
    };
    connect(search, &QPushButton::clicked, this, runSearch);
    connect(m_filter, &QLineEdit::returnPressed, this, runSearch);
    auto *close = new QToolButton(m_filterBar);
    close->setAutoRaise(true);
    close->setIcon(style()->standardIcon(QStyle::SP_DialogCloseButton));
    close->setToolTip(tr("Close the filter (Esc)"));
    connect(close, &QToolButton::clicked, this, &MainWindow::closeFilterBar);
    auto *escape = new QAction(m_filter);
    escape->setShortcut(QKeySequence(Qt::Key_Escape));
    escape->setShortcutContext(Qt::WidgetShortcut);
    connect(escape, &QAction::triggered, this, &MainWindow::closeFilterBar);
    m_filter->addAction(escape);
    row->addWidget(new QLabel(tr("Filter:"), m_filterBar));
    row->addWidget(m_filter, 1);
    row->addWidget(search);
    row->addWidget(close);
    m_filterBar->hide();

    m_find = new QAction(tr("&Filter..."), this);
    m_find->setShortcut(QKeySequence::Find);
    connect(m_find, &QAction::triggered, this, [this] {
        if (m_browser->model()->bucket().isEmpty())
            return;
        m_filterBar->show();
        m_filter->setFocus();
        m_filter->selectAll();
    });
    return m_filterBar;
}

void MainWindow::closeFilterBar()
{
    const bool wasSearch = m_browser->model()->isSearch();
    m_filter->clear();
    m_browser->model()->setFilter({});
    if (wasSearch)
        m_browser->search({}); // back to the folder itself
    m_filterBar->hide();
    currentView()->setFocus();
}

void MainWindow::createTransferArea()
{
    if (!m_transfers)
        return;
    m_transferPanel = new TransferPanel(m_transfers, this);
    m_transferDock = new QDockWidget(tr("Transfers"), this);
    m_transferDock->setObjectName(QStringLiteral("transfersDock"));
    m_transferDock->setWidget(m_transferPanel);
    m_transferDock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    addDockWidget(Qt::BottomDockWidgetArea, m_transferDock);
    connect(m_transferPanel, &TransferPanel::filesDropped, this, [this](const QStringList &paths) {
        uploadTo(paths, m_browser->model()->bucket(), m_browser->model()->prefix());
    });

    m_uploadFiles =
        new QAction(style()->standardIcon(QStyle::SP_ArrowUp), tr("&Upload Files..."), this);
    m_uploadFiles->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_U));
    connect(m_uploadFiles, &QAction::triggered, this, [this] { chooseUploadFiles(false); });
    m_uploadFolder = new QAction(tr("Upload F&older..."), this);
    connect(m_uploadFolder, &QAction::triggered, this, [this] { chooseUploadFiles(true); });
    m_download = new QAction(style()->standardIcon(QStyle::SP_ArrowDown), tr("&Download..."), this);
    m_download->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    connect(m_download, &QAction::triggered, this, &MainWindow::chooseDownload);

    m_transferStatus = new QLabel(this);
    const auto summarize = [this] {
        const models::TransferModel *m = m_transfers->model();
        QString text;
        if (m->activeCount() > 0) {
            text = tr("%n transfer(s)", nullptr, m->activeCount());
            if (m->totalSpeed() > 0)
                text += QStringLiteral(" · ") +
                        tr("%1/s").arg(QLocale().formattedDataSize(qint64(m->totalSpeed())));
        }
        if (m->failedCount() > 0)
            text += (text.isEmpty() ? QString() : QStringLiteral(" · ")) +
                    tr("%n failed", nullptr, m->failedCount());
        m_transferStatus->setText(text);
    };
    connect(m_transfers->model(), &models::TransferModel::totalsChanged, this, summarize);
    connect(m_transfers, &TransfersController::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 15'000); });
    connect(m_transfers, &TransfersController::conflict, this, &MainWindow::askConflict);
    connect(m_transfers, &TransfersController::folderChanged, this,
            [this](const QString &bucket, const QString &prefix) {
                if (m_browser->model()->bucket() == bucket &&
                    m_browser->model()->prefix() == prefix)
                    m_browser->refresh();
            });
    // New transfers show the queue (once; the user may close it again).
    connect(m_transfers->model(), &QAbstractItemModel::rowsInserted, this, [this] {
        if (!m_transferDock->isVisible() && !m_transferDock->property("shownOnce").toBool()) {
            m_transferDock->setProperty("shownOnce", true);
            m_transferDock->show();
        }
    });
}

void MainWindow::uploadTo(const QStringList &paths, const QString &bucket, const QString &prefix)
{
    if (!m_transfers || paths.isEmpty())
        return;
    if (bucket.isEmpty()) {
        statusBar()->showMessage(tr("Open a bucket first: files are uploaded to the folder shown."),
                                 10'000);
        return;
    }
    m_transfers->upload(paths, bucket, prefix);
    statusBar()->showMessage(
        tr("Uploading %n item(s) to %1", nullptr, int(paths.size())).arg(bucket + u'/' + prefix),
        5'000);
}

QAbstractItemView *MainWindow::currentView() const
{
    return static_cast<QAbstractItemView *>(m_views->currentWidget());
}

void MainWindow::setIconMode(bool icons)
{
    const bool hadFocus = currentView()->hasFocus();
    m_views->setCurrentWidget(icons ? static_cast<QWidget *>(m_grid) : m_table);
    (icons ? m_iconsMode : m_detailsMode)->setChecked(true);
    if (hadFocus)
        currentView()->setFocus();
}

void MainWindow::addToViews(QAction *action)
{
    m_table->addAction(action);
    m_grid->addAction(action);
}

QString MainWindow::dropPrefix(const QPoint &pos) const
{
    const QModelIndex index = currentView()->indexAt(pos);
    if (index.isValid() && index.data(models::BucketModel::IsFolderRole).toBool())
        return index.data(models::BucketModel::KeyRole).toString();
    return m_browser->model()->prefix();
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_dashboardWindow && event->type() == QEvent::Hide) {
        // Closed: only what is cheap to watch stays watched (updateDashboardSource).
        QTimer::singleShot(0, this, &MainWindow::updateDashboardSource);
        return false;
    }
    const bool onTable = watched == m_table->viewport() || watched == m_grid->viewport();
    const bool onSidebar = watched == m_sidebar->viewport();
    if (!m_transfers || (!onTable && !onSidebar))
        return QMainWindow::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        auto *e = static_cast<QDragMoveEvent *>(event);
        bool ok = e->mimeData()->hasUrls() && m_transfers->hasProfile();
        if (onSidebar) {
            const QTreeWidgetItem *item = m_sidebar->itemAt(e->position().toPoint());
            ok = ok && item && !item->data(0, kBucketRole).toString().isEmpty();
        } else {
            ok = ok && !m_browser->model()->bucket().isEmpty();
        }
        if (ok)
            e->acceptProposedAction();
        else
            e->ignore();
        return true;
    }
    case QEvent::Drop: {
        auto *e = static_cast<QDropEvent *>(event);
        QStringList paths;
        for (const QUrl &url : e->mimeData()->urls()) {
            if (url.isLocalFile())
                paths.append(url.toLocalFile());
        }
        if (onSidebar) {
            const QTreeWidgetItem *item = m_sidebar->itemAt(e->position().toPoint());
            if (item) {
                // A bucket of another account: that account becomes the one in use first.
                const QString account = accountOf(item);
                if (m_accounts && !account.isEmpty() && account != m_currentAccount)
                    selectAccount(account);
                uploadTo(paths, item->data(0, kBucketRole).toString(),
                         item->data(0, kPrefixRole).toString());
            }
        } else {
            uploadTo(paths, m_browser->model()->bucket(), dropPrefix(e->position().toPoint()));
        }
        e->acceptProposedAction();
        return true;
    }
    default:
        return QMainWindow::eventFilter(watched, event);
    }
}

void MainWindow::chooseUploadFiles(bool folder)
{
    const QString bucket = m_browser->model()->bucket();
    const QString prefix = m_browser->model()->prefix();
    if (bucket.isEmpty()) {
        statusBar()->showMessage(tr("Open a bucket first: files are uploaded to the folder shown."),
                                 10'000);
        return;
    }
    // open(), not exec(): no nested event loop (DESIGN.md).
    auto *dialog =
        new QFileDialog(this, folder ? tr("Upload a folder to %1").arg(bucket + u'/' + prefix)
                                     : tr("Upload files to %1").arg(bucket + u'/' + prefix));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(folder ? QFileDialog::Directory : QFileDialog::ExistingFiles);
    if (folder)
        dialog->setOption(QFileDialog::ShowDirsOnly);
    connect(dialog, &QFileDialog::filesSelected, this,
            [this, bucket, prefix](const QStringList &files) { uploadTo(files, bucket, prefix); });
    dialog->open();
}

void MainWindow::chooseDownload()
{
    QStringList keys;
    QList<qint64> sizes;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &i : rows) {
        keys.append(i.data(models::BucketModel::KeyRole).toString());
        sizes.append(i.data(models::BucketModel::SizeRole).toLongLong());
    }
    if (keys.isEmpty()) {
        statusBar()->showMessage(tr("Select the files or folders to download."), 10'000);
        return;
    }
    const QString bucket = m_browser->model()->bucket();
    const QString prefix = m_browser->model()->prefix();
    auto *dialog = new QFileDialog(this, tr("Download %n item(s) to", nullptr, int(keys.size())));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    connect(dialog, &QFileDialog::fileSelected, this,
            [this, bucket, prefix, keys, sizes](const QString &dir) {
                m_transfers->download(bucket, keys, sizes, prefix, dir);
            });
    dialog->open();
}

void MainWindow::showTableMenu(const QPoint &pos)
{
    if (m_browser->model()->bucket().isEmpty())
        return;
    QMenu *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    const bool selected = !m_table->selectionModel()->selectedRows().isEmpty();
    if (selected) {
        if (m_download)
            menu->addAction(m_download);
        menu->addAction(m_copyUrl);
        menu->addMenu(m_copyPresigned);
        menu->addMenu(m_showQr);
        addCdnActions(menu);
        menu->addSeparator();
    }
    if (m_transfers) { // uploads need the transfer engine
        menu->addAction(m_uploadFiles);
        menu->addAction(m_uploadFolder);
    }
    menu->addAction(m_newFolder);
    menu->addSeparator();
    if (selected) {
        menu->addAction(m_cut);
        menu->addAction(m_copy);
    }
    menu->addAction(m_paste);
    if (selected) {
        menu->addAction(m_rename);
        menu->addAction(m_delete);
        menu->addAction(m_properties);
    }
    menu->addSeparator();
    menu->addAction(m_refresh);
    menu->popup(currentView()->viewport()->mapToGlobal(pos));
}

void MainWindow::askConflict(qint64 id, const QString &text)
{
    // Non-modal: transfers that do not conflict go on meanwhile.
    auto *box = new QMessageBox(QMessageBox::Question, tr("Already exists"), text,
                                QMessageBox::NoButton, this);
    box->setInformativeText(tr("Replace it, skip this file, or keep both (the new one is saved "
                               "as \"name (1)\")?"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *replace = box->addButton(tr("Replace"), QMessageBox::AcceptRole);
    QPushButton *skip = box->addButton(tr("Skip"), QMessageBox::RejectRole);
    QPushButton *both = box->addButton(tr("Keep Both"), QMessageBox::ActionRole);
    box->setDefaultButton(both);
    auto *forAll = new QCheckBox(tr("Do this for all conflicts in this session"), box);
    box->setCheckBox(forAll);
    connect(box, &QMessageBox::buttonClicked, this,
            [this, id, replace, skip, forAll](QAbstractButton *clicked) {
                const core::ConflictPolicy decision =
                    clicked == replace ? core::ConflictPolicy::Overwrite
                    : clicked == skip  ? core::ConflictPolicy::Skip
                                       : core::ConflictPolicy::KeepBoth;
                m_transfers->resolveConflict(id, decision, forAll->isChecked());
            });
    box->open();
}

void MainWindow::createObjectActions()
{
    ObjectActions *ops = m_browser->actions();
    m_newFolder = new QAction(style()->standardIcon(QStyle::SP_FileDialogNewFolder),
                              tr("New &Folder..."), this);
    m_newFolder->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    connect(m_newFolder, &QAction::triggered, this, &MainWindow::newFolder);
    m_delete = new QAction(style()->standardIcon(QStyle::SP_TrashIcon), tr("&Delete..."), this);
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addToViews(m_delete); // Del in the address bar edits text, not the bucket
    connect(m_delete, &QAction::triggered, this, &MainWindow::deleteSelection);
    m_rename = new QAction(tr("&Rename..."), this);
    m_rename->setShortcut(QKeySequence(Qt::Key_F2));
    m_rename->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addToViews(m_rename);
    connect(m_rename, &QAction::triggered, this, &MainWindow::renameSelection);
    connect(ops, &ObjectActions::renamed, this,
            [this](const QString &bucket, const QString &, const QString &newKey) {
                statusBar()->showMessage(tr("Renamed to %1").arg(newKey), 5'000);
                if (m_browser->model()->bucket() == bucket)
                    m_browser->refresh();
            });
    // Ctrl+C/X/V on the list only: in the address bar they edit text.
    m_copy = new QAction(tr("&Copy"), this);
    m_copy->setShortcut(QKeySequence::Copy);
    m_copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addToViews(m_copy);
    connect(m_copy, &QAction::triggered, this, [this] { copySelection(false); });
    m_cut = new QAction(tr("Cu&t"), this);
    m_cut->setShortcut(QKeySequence::Cut);
    m_cut->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addToViews(m_cut);
    connect(m_cut, &QAction::triggered, this, [this] { copySelection(true); });
    m_paste = new QAction(tr("&Paste"), this);
    m_paste->setShortcut(QKeySequence::Paste);
    m_paste->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addToViews(m_paste);
    connect(m_paste, &QAction::triggered, this, &MainWindow::paste);
    m_batchProgress = new QProgressBar(this);
    m_batchProgress->setMaximumWidth(220);
    m_batchProgress->setTextVisible(true);
    m_batchProgress->hide();
    m_batchCancel = new QToolButton(this);
    m_batchCancel->setText(tr("Cancel"));
    m_batchCancel->setAutoRaise(true);
    m_batchCancel->hide();
    statusBar()->addPermanentWidget(m_batchProgress);
    statusBar()->addPermanentWidget(m_batchCancel);

    m_properties = new QAction(tr("P&roperties..."), this);
    m_properties->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Return));
    m_properties->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addToViews(m_properties);
    connect(m_properties, &QAction::triggered, this, &MainWindow::editProperties);
    connect(ops, &ObjectActions::headersChanged, this,
            [this](const QString &bucket, const QString &key) {
                statusBar()->showMessage(tr("Properties of %1 saved.").arg(key), 6'000);
                if (m_browser->model()->bucket() == bucket)
                    m_browser->refresh();
            });

    m_copyUrl = new QAction(tr("Copy &URL"), this);
    m_copyUrl->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    connect(m_copyUrl, &QAction::triggered, this, [this] { copyUrl(0); });
    m_copyPresigned = new QMenu(tr("Copy &Presigned URL"), this);
    for (const auto &[seconds, label] : {std::pair{qint64(3600), tr("Valid for 1 Hour")},
                                         std::pair{qint64(86400), tr("Valid for 1 Day")},
                                         std::pair{qint64(7 * 86400), tr("Valid for 7 Days")}}) {
        const qint64 s = seconds;
        m_copyPresigned->addAction(label, this, [this, s] { copyUrl(s); });
    }
    m_showQr = new QMenu(tr("Show URL as &QR Code"), this);
    m_showQr->addAction(tr("Public URL"), this, [this] { showQrCode(0); });
    for (const auto &[seconds, label] :
         {std::pair{qint64(3600), tr("Presigned, Valid for 1 Hour")},
          std::pair{qint64(86400), tr("Presigned, Valid for 1 Day")},
          std::pair{qint64(7 * 86400), tr("Presigned, Valid for 7 Days")}}) {
        const qint64 s = seconds;
        m_showQr->addAction(label, this, [this, s] { showQrCode(s); });
    }

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::updateSelectionStatus);
    connect(m_browser->model(), &QAbstractItemModel::modelReset, this,
            &MainWindow::updateSelectionStatus);
    connect(ops, &ObjectActions::error, this,
            [this](const QString &text) { statusBar()->showMessage(text, 15'000); });
    connect(ops, &ObjectActions::folderCreated, this,
            [this](const QString &bucket, const QString &key) {
                statusBar()->showMessage(tr("Created %1").arg(bucket + u'/' + key), 5'000);
                if (m_browser->model()->bucket() == bucket)
                    m_browser->refresh();
            });
    connect(ops, &ObjectActions::deletePlanned, this,
            [this](const QString &bucket, const QStringList &keys, qint64 bytes) {
                if (keys.isEmpty()) {
                    statusBar()->showMessage(tr("Nothing to delete."), 5'000);
                    return;
                }
                auto *box = new QMessageBox(
                    QMessageBox::Warning, tr("Delete"),
                    tr("Delete %n object(s) (%1) from %2?", nullptr, int(keys.size()))
                        .arg(QLocale().formattedDataSize(bytes), bucket),
                    QMessageBox::NoButton, this);
                box->setInformativeText(tr("This cannot be undone."));
                box->setAttribute(Qt::WA_DeleteOnClose);
                QPushButton *yes = box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
                box->addButton(QMessageBox::Cancel);
                box->setDefaultButton(QMessageBox::Cancel);
                connect(box, &QMessageBox::buttonClicked, this,
                        [this, yes, bucket, keys](QAbstractButton *clicked) {
                            if (clicked == yes)
                                m_browser->actions()->deleteObjects(bucket, keys);
                        });
                box->open();
            });
    connect(ops, &ObjectActions::deleted, this,
            [this](const QString &bucket, int count, const QStringList &failures) {
                if (m_browser->model()->bucket() == bucket)
                    m_browser->refresh();
                if (failures.isEmpty()) {
                    statusBar()->showMessage(tr("Deleted %n object(s).", nullptr, count), 8'000);
                    return;
                }
                auto *box = new QMessageBox(
                    QMessageBox::Warning, tr("Delete"),
                    tr("Deleted %n object(s); some could not be deleted.", nullptr, count),
                    QMessageBox::Ok, this);
                box->setDetailedText(failures.join(u'\n'));
                box->setAttribute(Qt::WA_DeleteOnClose);
                box->open();
            });
}

QStringList MainWindow::selectedKeys(QList<qint64> *sizes) const
{
    QStringList keys;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &i : rows) {
        keys.append(i.data(models::BucketModel::KeyRole).toString());
        if (sizes)
            sizes->append(i.data(models::BucketModel::SizeRole).toLongLong());
    }
    return keys;
}

void MainWindow::updateSelectionStatus()
{
    QList<qint64> sizes;
    const QStringList keys = selectedKeys(&sizes);
    qint64 bytes = 0;
    int folders = 0;
    for (qsizetype i = 0; i < keys.size(); ++i) {
        if (keys[i].endsWith(u'/'))
            ++folders;
        else
            bytes += qMax<qint64>(0, sizes[i]);
    }
    const int files = int(keys.size()) - folders;
    QString text;
    if (files > 0)
        text =
            tr("%n file(s) selected (%1)", nullptr, files).arg(QLocale().formattedDataSize(bytes));
    if (folders > 0)
        text += (text.isEmpty() ? QString() : QStringLiteral(", ")) +
                tr("%n folder(s) selected", nullptr, folders);
    m_selection->setText(text);
    const bool open = !m_browser->model()->bucket().isEmpty();
    m_delete->setEnabled(open && !keys.isEmpty());
    m_copyUrl->setEnabled(files == 1 && folders == 0);
    m_rename->setEnabled(keys.size() == 1);
    m_copyPresigned->setEnabled(files == 1 && folders == 0);
    m_showQr->setEnabled(files == 1 && folders == 0);
    m_properties->setEnabled(files == 1 && folders == 0);
    m_copy->setEnabled(open && !keys.isEmpty());
    m_cut->setEnabled(open && !keys.isEmpty());
    m_previewTimer->start(); // after the selection settles: arrow keys do not HEAD every row
}

void MainWindow::newFolder()
{
    const QString bucket = m_browser->model()->bucket();
    const QString prefix = m_browser->model()->prefix();
    if (bucket.isEmpty())
        return;
    auto *dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("New Folder"));
    dialog->setLabelText(tr("Name of the new folder in %1:").arg(bucket + u'/' + prefix));
    connect(dialog, &QInputDialog::textValueSelected, this,
            [this, bucket, prefix](const QString &name) {
                m_browser->actions()->createFolder(bucket, prefix, name);
            });
    dialog->open();
}

void MainWindow::renameSelection()
{
    const QStringList keys = selectedKeys();
    if (keys.size() != 1)
        return;
    const QString bucket = m_browser->model()->bucket();
    const QString prefix = m_browser->model()->prefix();
    const QString key = keys.first();
    const bool folder = key.endsWith(u'/');
    const QString name =
        folder ? key.mid(prefix.size()).chopped(1) : key.mid(key.lastIndexOf(u'/') + 1);
    auto *dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Rename"));
    dialog->setLabelText(tr("New name for %1:").arg(name));
    dialog->setTextValue(name);
    connect(dialog, &QInputDialog::textValueSelected, this,
            [this, bucket, prefix, key, folder](const QString &newName) {
                if (!folder) {
                    m_browser->actions()->rename(bucket, key, newName);
                    return;
                }
                if (newName.trimmed().isEmpty()) {
                    statusBar()->showMessage(tr("A name cannot be empty."), 6'000);
                    return;
                }
                // A folder is every object under it: moved one by one, as a batch.
                BatchCopy::Request r;
                r.srcBucket = r.dstBucket = bucket;
                r.srcPrefix = r.dstPrefix = prefix;
                r.keys = {key};
                r.move = true;
                r.renameTo = newName.trimmed();
                r.takenNames = m_browser->model()->loadedNames();
                runBatch(r);
            });
    dialog->open();
}

void MainWindow::deleteSelection()
{
    QList<qint64> sizes;
    const QStringList keys = selectedKeys(&sizes);
    if (keys.isEmpty() || m_browser->model()->bucket().isEmpty())
        return;
    statusBar()->showMessage(tr("Counting what would be deleted..."));
    m_browser->actions()->planDelete(m_browser->model()->bucket(), keys, sizes);
}

void MainWindow::copyUrl(qint64 presignSeconds)
{
    const QStringList keys = selectedKeys();
    if (keys.size() != 1 || keys.first().endsWith(u'/'))
        return;
    const QString bucket = m_browser->model()->bucket();
    const QString url =
        presignSeconds > 0
            ? m_browser->actions()->presignedUrl(bucket, keys.first(), presignSeconds)
            : m_browser->actions()->publicUrl(bucket, keys.first());
    QGuiApplication::clipboard()->setText(url);
    statusBar()->showMessage(presignSeconds > 0 ? tr("Presigned URL copied: anyone with it can "
                                                     "download the file until it expires.")
                                                : tr("URL copied."),
                             8'000);
}

void MainWindow::copySelection(bool cut)
{
    QList<qint64> sizes;
    const QStringList keys = selectedKeys(&sizes);
    const QString bucket = m_browser->model()->bucket();
    if (keys.isEmpty() || bucket.isEmpty())
        return;
    QJsonObject o;
    o.insert(QStringLiteral("profile"), m_browser->profileName());
    o.insert(QStringLiteral("bucket"), bucket);
    o.insert(QStringLiteral("prefix"), m_browser->model()->prefix());
    o.insert(QStringLiteral("move"), cut);
    QJsonArray k, s;
    QStringList urls;
    for (qsizetype i = 0; i < keys.size(); ++i) {
        k.append(keys[i]);
        s.append(double(sizes.value(i)));
        urls.append(QStringLiteral("s3://") + bucket + u'/' + keys[i]);
    }
    o.insert(QStringLiteral("keys"), k);
    o.insert(QStringLiteral("sizes"), s);
    auto *data = new QMimeData;
    data->setData(QString::fromLatin1(kObjectsMime),
                  QJsonDocument(o).toJson(QJsonDocument::Compact));
    data->setText(urls.join(u'\n')); // other programs get the addresses
    QGuiApplication::clipboard()->setMimeData(data);
    statusBar()->showMessage(cut ? tr("%n item(s) cut: paste them into another folder to move "
                                      "them.",
                                      nullptr, int(keys.size()))
                                 : tr("%n item(s) copied.", nullptr, int(keys.size())),
                             6'000);
}

void MainWindow::paste()
{
    const QString bucket = m_browser->model()->bucket();
    if (bucket.isEmpty())
        return;
    const QString prefix = m_browser->model()->prefix();
    const QMimeData *data = QGuiApplication::clipboard()->mimeData();
    if (!data)
        return;
    if (!data->hasFormat(QString::fromLatin1(kObjectsMime))) {
        // Files copied in a file manager: uploaded here, like a drop.
        QStringList paths;
        for (const QUrl &url : data->urls()) {
            if (url.isLocalFile())
                paths.append(url.toLocalFile());
        }
        if (!paths.isEmpty() && m_transfers)
            uploadTo(paths, bucket, prefix);
        else
            statusBar()->showMessage(tr("Nothing to paste: copy files or objects first."), 6'000);
        return;
    }
    const QJsonObject o =
        QJsonDocument::fromJson(data->data(QString::fromLatin1(kObjectsMime))).object();
    if (o.value(QStringLiteral("profile")).toString() != m_browser->profileName()) {
        QMessageBox::information(this, tr("Paste"),
                                 tr("These objects belong to another account. Download them and "
                                    "upload them here instead."));
        return;
    }
    BatchCopy::Request r;
    r.srcBucket = o.value(QStringLiteral("bucket")).toString();
    r.srcPrefix = o.value(QStringLiteral("prefix")).toString();
    r.move = o.value(QStringLiteral("move")).toBool();
    for (const auto &v : o.value(QStringLiteral("keys")).toArray())
        r.keys.append(v.toString());
    for (const auto &v : o.value(QStringLiteral("sizes")).toArray())
        r.sizes.append(qint64(v.toDouble()));
    r.dstBucket = bucket;
    r.dstPrefix = prefix;
    r.takenNames = m_browser->model()->loadedNames();
    runBatch(r);
}

void MainWindow::runBatch(const BatchCopy::Request &r)
{
    if (m_batch) {
        statusBar()->showMessage(tr("Another copy or move is still running."), 6'000);
        return;
    }
    if (const QString why = BatchCopy::check(r); !why.isEmpty()) {
        statusBar()->showMessage(why, 8'000);
        return;
    }
    m_batch = new BatchCopy(m_browser->client(), r, this);
    const bool move = r.move;
    m_batchProgress->setRange(0, 0); // listing folders first
    m_batchProgress->setFormat(move ? tr("Moving…") : tr("Copying…"));
    m_batchProgress->show();
    m_batchCancel->show();
    connect(m_batchCancel, &QToolButton::clicked, m_batch, &BatchCopy::cancel);
    connect(m_batch, &BatchCopy::progressChanged, this,
            [this, move](int done, int total, qint64, qint64) {
                m_batchProgress->setRange(0, qMax(1, total));
                m_batchProgress->setValue(done);
                m_batchProgress->setFormat(
                    (move ? tr("Moving %1 of %2") : tr("Copying %1 of %2")).arg(done).arg(total));
            });
    connect(m_batch, &BatchCopy::finished, this,
            [this, move](int done, const QStringList &failures, bool cancelled) {
                const BatchCopy::Request req = m_batch->request();
                m_batch->deleteLater();
                m_batch = nullptr;
                m_batchCancel->disconnect(this);
                m_batchProgress->hide();
                m_batchCancel->hide();
                if (move && failures.isEmpty() && !cancelled && req.renameTo.isEmpty())
                    QGuiApplication::clipboard()->clear(); // what was cut is gone from there
                const QString text = cancelled ? tr("Stopped after %n object(s).", nullptr, done)
                                     : move    ? tr("Moved %n object(s).", nullptr, done)
                                               : tr("Copied %n object(s).", nullptr, done);
                statusBar()->showMessage(text, 10'000);
                const QString shown = m_browser->model()->bucket();
                const QString shownPrefix = m_browser->model()->prefix();
                if ((shown == req.dstBucket && shownPrefix == req.dstPrefix) ||
                    (move && shown == req.srcBucket && shownPrefix == req.srcPrefix))
                    m_browser->refresh();
                if (!failures.isEmpty()) {
                    auto *box =
                        new QMessageBox(QMessageBox::Warning, move ? tr("Move") : tr("Copy"),
                                        tr("%n object(s) could not be copied; the rest was done.",
                                           nullptr, int(failures.size())),
                                        QMessageBox::Ok, this);
                    box->setDetailedText(failures.join(u'\n'));
                    box->setAttribute(Qt::WA_DeleteOnClose);
                    box->open();
                }
            });
    m_batch->start();
}

void MainWindow::editProperties()
{
    const QStringList keys = selectedKeys();
    if (keys.size() != 1 || keys.first().endsWith(u'/') || !m_browser->client())
        return;
    const QString bucket = m_browser->model()->bucket();
    const QString key = keys.first();
    // What the server holds now, not what the listing said a while ago.
    auto *head = m_browser->client()->headObject(bucket, key);
    connect(head, &cloud::StorageJob::finished, this,
            [this, head, bucket, key](const cloud::StorageError &e) {
                head->deleteLater();
                if (!e.ok()) {
                    statusBar()->showMessage(e.toUserText(), 10'000);
                    return;
                }
                auto *dialog = new PropertiesDialog(
                    key, head->meta(), m_browser->client()->endpoint().provider(), this);
                dialog->setAttribute(Qt::WA_DeleteOnClose);
                connect(dialog, &QDialog::accepted, this, [this, dialog, bucket, key] {
                    if (const auto h = dialog->headers())
                        m_browser->actions()->setHeaders(bucket, key, *h);
                });
                dialog->open();
            });
    head->start();
}

void MainWindow::showQrCode(qint64 presignSeconds)
{
    const QStringList keys = selectedKeys();
    if (keys.size() != 1 || keys.first().endsWith(u'/'))
        return;
    const QString bucket = m_browser->model()->bucket();
    const QString url =
        presignSeconds > 0
            ? m_browser->actions()->presignedUrl(bucket, keys.first(), presignSeconds)
            : m_browser->actions()->publicUrl(bucket, keys.first());
    const QString note =
        presignSeconds > 0
            ? tr("Scan it with a phone's camera. Anyone with this link can download the file "
                 "until %1.")
                  .arg(QLocale().toString(QDateTime::currentDateTime().addSecs(presignSeconds),
                                          QLocale::ShortFormat))
            : tr("Scan it with a phone's camera. The link opens only if the file is public.");
    auto *dialog =
        new QrCodeDialog(keys.first().mid(keys.first().lastIndexOf(u'/') + 1), url, note, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    if (m_transfers) {
        file->addAction(m_uploadFiles);
        file->addAction(m_uploadFolder);
        file->addAction(m_download);
        file->addSeparator();
    }
    file->addAction(tr("&New Profile…"), this, [this] { newProfile(false); });
    file->addAction(tr("Sign In with &QR Code…"), this, [this] { newProfile(true); });
    file->addAction(tr("&Import AWS CLI Profiles…"), this, &MainWindow::importAwsProfiles);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_cut);
    edit->addAction(m_copy);
    edit->addAction(m_paste);
    edit->addSeparator();
    edit->addAction(m_newFolder);
    edit->addAction(m_rename);
    edit->addAction(m_delete);
    edit->addSeparator();
    edit->addAction(m_properties);
    edit->addSeparator();
    edit->addAction(m_copyUrl);
    edit->addMenu(m_copyPresigned);
    edit->addMenu(m_showQr);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    auto *modes = new QActionGroup(this);
    m_detailsMode = view->addAction(tr("&Details"), this, [this] { setIconMode(false); });
    m_detailsMode->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    m_iconsMode = view->addAction(tr("&Icons"), this, [this] { setIconMode(true); });
    m_iconsMode->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    for (QAction *a : {m_detailsMode, m_iconsMode}) {
        a->setCheckable(true);
        modes->addAction(a);
    }
    m_detailsMode->setChecked(true);
    view->addSeparator();
    view->addAction(m_refresh);
    view->addAction(m_find);
    QAction *details = m_previewDock->toggleViewAction();
    details->setText(tr("&Details and Preview"));
    details->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    view->addAction(details);
    if (m_transferDock) {
        QAction *toggle = m_transferDock->toggleViewAction();
        toggle->setText(tr("&Transfers"));
        toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_J));
        view->addAction(toggle);
    }
    view->addSeparator();
    QAction *usage = view->addAction(tr("&Usage Dashboard"), this, &MainWindow::showDashboard);
    usage->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    QMenu *go = menuBar()->addMenu(tr("&Go"));
    go->addAction(m_back);
    go->addAction(m_forward);
    go->addAction(m_up);
    go->addSeparator();
    m_bookmark = go->addAction(tr("Add &Bookmark"), this, &MainWindow::toggleBookmark);
    m_bookmark->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    showBookmarks();

    if (m_transfers) {
        QMenu *transfers = menuBar()->addMenu(tr("&Transfers"));
        transfers->addAction(tr("&Pause All"), m_transfers, &TransfersController::pauseAll);
        transfers->addAction(tr("&Resume All"), m_transfers, &TransfersController::resumeAll);
        transfers->addSeparator();
        transfers->addAction(tr("&Clear Finished"), m_transfers,
                             &TransfersController::clearFinished);
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Sucai"), this, [this] {
        // open(), not exec(): no nested event loop on the GUI thread (DESIGN.md).
        auto *box = new QMessageBox(QMessageBox::Information, tr("About Sucai"),
                                    tr("<b>Sucai %1</b><br>Desktop asset manager for object "
                                       "storage and CDN.")
                                        .arg(QApplication::applicationVersion()),
                                    QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
}

void MainWindow::onBucketsChanged(const QStringList &buckets)
{
    if (!m_profileItem)
        return;
    qDeleteAll(m_profileItem->takeChildren());
    for (const QString &b : buckets) {
        auto *item = new QTreeWidgetItem(m_profileItem, {b});
        item->setIcon(0, style()->standardIcon(QStyle::SP_DirHomeIcon));
        item->setData(0, kBucketRole, b);
    }
    m_profileItem->setExpanded(true);
}

void MainWindow::onSidebarActivated(QTreeWidgetItem *item)
{
    if (m_accounts && item) {
        const QString account = accountOf(item);
        if (!account.isEmpty() && account != m_currentAccount)
            selectAccount(account);
        else if (item == m_accountItems.value(account))
            selectAccount(account); // again: retries opening or signs in
    }
    const QString bucket = item ? item->data(0, kBucketRole).toString() : QString();
    if (!bucket.isEmpty())
        m_browser->open(bucket, item->data(0, kPrefixRole).toString());
}

QString MainWindow::bookmarksKey() const
{
    // Per profile; addresses only (QSettings never holds secrets).
    return QStringLiteral("bookmarks/") +
           QString::fromLatin1(m_browser->profileName().toUtf8().toBase64(
               QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QStringList MainWindow::bookmarks() const
{
    return QSettings().value(bookmarksKey()).toStringList();
}

void MainWindow::toggleBookmark()
{
    const QString address = m_browser->address();
    if (address.isEmpty())
        return;
    QStringList marks = bookmarks();
    if (marks.removeAll(address) == 0)
        marks.append(address);
    QSettings().setValue(bookmarksKey(), marks);
    showBookmarks();
}

void MainWindow::showBookmarks()
{
    const QStringList marks = bookmarks();
    if (marks.isEmpty()) {
        delete m_bookmarksItem;
        m_bookmarksItem = nullptr;
    } else {
        if (!m_bookmarksItem) {
            m_bookmarksItem = new QTreeWidgetItem({tr("Bookmarks")});
            m_sidebar->insertTopLevelItem(0, m_bookmarksItem);
            m_bookmarksItem->setIcon(0, style()->standardIcon(QStyle::SP_DirLinkIcon));
            m_bookmarksItem->setFlags(Qt::ItemIsEnabled);
        }
        qDeleteAll(m_bookmarksItem->takeChildren());
        for (const QString &address : marks) {
            const qsizetype slash = address.indexOf(u'/');
            const QString bucket = address.left(slash);
            const QString prefix = slash < 0 ? QString() : address.mid(slash + 1);
            QString label = prefix.isEmpty() ? bucket : prefix.chopped(1);
            label = label.mid(label.lastIndexOf(u'/') + 1);
            auto *item = new QTreeWidgetItem(m_bookmarksItem, {label});
            item->setIcon(0, style()->standardIcon(QStyle::SP_DirIcon));
            item->setToolTip(0, address);
            item->setData(0, kBucketRole, bucket);
            item->setData(0, kPrefixRole, prefix);
        }
        m_bookmarksItem->setExpanded(true);
    }
    const bool marked = marks.contains(m_browser->address());
    m_bookmark->setText(marked ? tr("Remove &Bookmark") : tr("Add &Bookmark"));
    m_bookmark->setEnabled(!m_browser->address().isEmpty());
}

void MainWindow::onLocationChanged(const QString &address)
{
    m_address->setText(address);
    if (m_dashboardWindow && m_dashboardWindow->isVisible())
        updateDashboardSource();
    m_stack->setCurrentWidget(address.isEmpty() ? m_welcome : m_stack->widget(1));
    // A filter belongs to the folder it was typed for; a search shows its own results.
    if (!m_browser->model()->isSearch() && !m_filter->text().isEmpty())
        m_filter->clear();
    setWindowTitle(address.isEmpty() ? tr("Sucai") : tr("%1 — Sucai").arg(address));
    updateNavigation();
    if (m_bookmark)
        showBookmarks();
}

void MainWindow::updateNavigation()
{
    const bool open = !m_browser->address().isEmpty();
    m_back->setEnabled(m_browser->canGoBack());
    m_forward->setEnabled(m_browser->canGoForward());
    m_up->setEnabled(open && !m_browser->model()->prefix().isEmpty());
    m_refresh->setEnabled(open);
    m_address->setEnabled(m_browser->client() != nullptr);
    m_newFolder->setEnabled(open);
    updateSelectionStatus();
    if (m_uploadFiles) {
        const bool canUpload = open && m_transfers->hasProfile();
        m_uploadFiles->setEnabled(canUpload);
        m_uploadFolder->setEnabled(canUpload);
        m_download->setEnabled(canUpload);
    }
}

void MainWindow::restoreWindowState()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1200, 760);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    // Never secrets here (DESIGN.md): only how the window is laid out.
    m_splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
    m_table->horizontalHeader()->restoreState(
        settings.value(QStringLiteral("window/browserColumns")).toByteArray());
    setIconMode(settings.value(QStringLiteral("window/iconView"), false).toBool());
    if (m_transferPanel)
        m_transferPanel->view()->horizontalHeader()->restoreState(
            settings.value(QStringLiteral("window/transferColumns")).toByteArray());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("window/browserColumns"),
                      m_table->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("window/iconView"), m_views->currentWidget() == m_grid);
    if (m_transferPanel)
        settings.setValue(QStringLiteral("window/transferColumns"),
                          m_transferPanel->view()->horizontalHeader()->saveState());
    event->accept();
}

} // namespace sucai::ui
