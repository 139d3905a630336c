#include "mainwindow.h"

#include "browser/browsercontroller.h"
#include "browser/bucketiconproxy.h"
#include "models/bucketmodel.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QToolBar>
#include <QTreeWidget>

namespace sucai::ui {

namespace {
constexpr int kBucketRole = Qt::UserRole + 1;
}

MainWindow::MainWindow(BrowserController *browser, QWidget *parent)
    : QMainWindow(parent)
    , m_browser(browser)
{
    setWindowTitle(tr("Sucai"));
    createActions();
    createCentralArea();
    createMenus();
    m_status = new QLabel(this);
    statusBar()->addWidget(m_status, 1);

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

    m_welcome = new QLabel(this);
    m_welcome->setAlignment(Qt::AlignCenter);
    m_welcome->setWordWrap(true);
    m_welcome->setText(
        m_browser->client()
            ? tr("Choose a bucket on the left to browse its materials.")
            : tr("<h2>Welcome to Sucai</h2><p>No account is connected yet.</p>"
                 "<p>Set <tt>AWS_ACCESS_KEY_ID</tt>, <tt>AWS_SECRET_ACCESS_KEY</tt> and "
                 "<tt>AWS_ENDPOINT_URL</tt> in the environment to open an S3-compatible "
                 "store, or run <tt>packaging/demo.sh</tt> for the local demo.</p>"));

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
    m_table->setColumnWidth(models::BucketModel::SizeColumn, 100);
    m_table->setColumnWidth(models::BucketModel::ModifiedColumn, 150);
    m_table->setColumnWidth(models::BucketModel::TypeColumn, 150);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        m_browser->activateKey(index.data(models::BucketModel::KeyRole).toString());
    });

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_welcome);
    m_stack->addWidget(m_table);

    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(m_sidebar);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({220, 900});
    setCentralWidget(splitter);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    // Edit and Transfers menus come with their actions (object operations, the queue panel):
    // an empty menu looks broken.
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_refresh);
    QMenu *go = menuBar()->addMenu(tr("&Go"));
    go->addAction(m_back);
    go->addAction(m_forward);
    go->addAction(m_up);

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
    const QString bucket = item ? item->data(0, kBucketRole).toString() : QString();
    if (!bucket.isEmpty())
        m_browser->open(bucket, {});
}

void MainWindow::onLocationChanged(const QString &address)
{
    m_address->setText(address);
    m_stack->setCurrentWidget(address.isEmpty() ? static_cast<QWidget *>(m_welcome) : m_table);
    setWindowTitle(address.isEmpty() ? tr("Sucai") : tr("%1 — Sucai").arg(address));
    updateNavigation();
}

void MainWindow::updateNavigation()
{
    const bool open = !m_browser->address().isEmpty();
    m_back->setEnabled(m_browser->canGoBack());
    m_forward->setEnabled(m_browser->canGoForward());
    m_up->setEnabled(open && !m_browser->model()->prefix().isEmpty());
    m_refresh->setEnabled(open);
    m_address->setEnabled(m_browser->client() != nullptr);
}

void MainWindow::restoreWindowState()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1200, 760);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    event->accept();
}

} // namespace sucai::ui
