#include "transferpanel.h"

#include "models/transfermodel.h"
#include "transferscontroller.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMimeData>
#include <QPainter>
#include <QSettings>
#include <QSpinBox>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace sucai::ui {

namespace {

// A progress bar in the progress column, drawn by the style (so it looks native, and right in
// dark mode); the percentage as its text.
class ProgressDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        const double progress = index.data(models::TransferModel::ProgressRole).toDouble();
        if (index.column() != models::TransferModel::ProgressColumn || progress < 0) {
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        QStyleOptionViewItem background = option;
        initStyleOption(&background, index);
        background.text.clear();
        const QWidget *widget = option.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

        QStyleOptionProgressBar bar;
        bar.rect = option.rect.adjusted(3, 3, -3, -3);
        bar.minimum = 0;
        bar.maximum = 1000;
        bar.progress = int(progress * 1000);
        bar.text = index.data().toString();
        bar.textVisible = true;
        bar.textAlignment = Qt::AlignCenter;
        bar.state = option.state | QStyle::State_Horizontal;
        bar.palette = option.palette;
        bar.fontMetrics = option.fontMetrics;
        bar.direction = option.direction;
        style->drawControl(QStyle::CE_ProgressBar, &bar, painter, widget);
    }
};

QToolButton *button(const QIcon &icon, const QString &text, QWidget *parent)
{
    auto *b = new QToolButton(parent);
    b->setIcon(icon);
    b->setText(text);
    b->setToolTip(text);
    b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    b->setAutoRaise(true);
    return b;
}

} // namespace

TransferPanel::TransferPanel(TransfersController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_view(new QTableView(this))
    , m_summary(new QLabel(this))
{
    setAcceptDrops(true);
    m_view->setModel(controller->model());
    m_view->setItemDelegate(new ProgressDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    QHeaderView *header = m_view->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionResizeMode(models::TransferModel::StatusColumn, QHeaderView::Stretch);
    m_view->setColumnWidth(models::TransferModel::NameColumn, 260);
    m_view->setColumnWidth(models::TransferModel::SizeColumn, 90);
    m_view->setColumnWidth(models::TransferModel::ProgressColumn, 140);
    m_view->setColumnWidth(models::TransferModel::SpeedColumn, 170);

    m_pause = button(style()->standardIcon(QStyle::SP_MediaPause), tr("Pause"), this);
    m_resume = button(style()->standardIcon(QStyle::SP_MediaPlay), tr("Resume"), this);
    m_cancel = button(style()->standardIcon(QStyle::SP_DialogCancelButton), tr("Cancel"), this);
    m_front = button(style()->standardIcon(QStyle::SP_ArrowUp), tr("Move to front"), this);
    m_clear =
        button(style()->standardIcon(QStyle::SP_DialogResetButton), tr("Clear finished"), this);
    m_resume->setToolTip(tr("Resume or retry the selected transfers"));
    m_resumeAll = new QToolButton(this);
    m_resumeAll->setObjectName(QStringLiteral("resumeAll"));
    m_resumeAll->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    m_resumeAll->setText(tr("Resume All"));
    m_resumeAll->setToolTip(tr("Go on with every paused transfer, also those left unfinished "
                               "last time"));
    m_resumeAll->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_resumeAll->setAutoRaise(true);
    m_resumeAll->hide();
    connect(m_resumeAll, &QToolButton::clicked, m_controller, &TransfersController::resumeAll);
    connect(m_pause, &QToolButton::clicked, this, [this] { m_controller->pause(selectedIds()); });
    connect(m_resume, &QToolButton::clicked, this, [this] { m_controller->resume(selectedIds()); });
    connect(m_cancel, &QToolButton::clicked, this, [this] { m_controller->cancel(selectedIds()); });
    connect(m_front, &QToolButton::clicked, this,
            [this] { m_controller->moveToFront(selectedIds()); });
    connect(m_clear, &QToolButton::clicked, m_controller, &TransfersController::clearFinished);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, &TransferPanel::showMenu);

    // Limits that act on the running queue at once, remembered for the next start.
    QSettings settings;
    m_maxTasks = new QSpinBox(this);
    m_maxTasks->setObjectName(QStringLiteral("maxTasks"));
    m_maxTasks->setRange(1, 64);
    m_maxTasks->setValue(settings.value(QStringLiteral("transfers/maxTasks"), 8).toInt());
    m_maxTasks->setToolTip(tr("Transfers at once"));
    m_rate = new QComboBox(this);
    m_rate->setObjectName(QStringLiteral("rateLimit"));
    m_rate->setToolTip(tr("Bandwidth limit, each direction"));
    m_rate->addItem(tr("No limit"), qint64(0));
    for (const qint64 kib : {256, 1024, 5 * 1024, 10 * 1024, 50 * 1024})
        m_rate->addItem(tr("%1/s").arg(QLocale().formattedDataSize(kib * 1024)), kib * 1024);
    const qint64 savedRate = settings.value(QStringLiteral("transfers/rateLimit"), 0).toLongLong();
    m_rate->setCurrentIndex(qMax(0, m_rate->findData(savedRate)));
    connect(m_maxTasks, &QSpinBox::valueChanged, this, [this](int n) {
        QSettings().setValue(QStringLiteral("transfers/maxTasks"), n);
        m_controller->setMaxTasks(n);
    });
    connect(m_rate, &QComboBox::currentIndexChanged, this, [this] {
        const qint64 rate = m_rate->currentData().toLongLong();
        QSettings().setValue(QStringLiteral("transfers/rateLimit"), rate);
        m_controller->setRateLimit(rate);
    });
    m_controller->setMaxTasks(m_maxTasks->value());
    m_controller->setRateLimit(m_rate->currentData().toLongLong());

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(4, 2, 4, 2);
    for (QToolButton *b : {m_pause, m_resume, m_cancel, m_front, m_clear})
        bar->addWidget(b);
    bar->addSpacing(12);
    bar->addWidget(new QLabel(tr("At once:"), this));
    bar->addWidget(m_maxTasks);
    bar->addWidget(new QLabel(tr("Limit:"), this));
    bar->addWidget(m_rate);
    bar->addStretch(1);
    bar->addWidget(m_resumeAll);
    bar->addWidget(m_summary);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TransferPanel::updateButtons);
    connect(controller->model(), &QAbstractItemModel::dataChanged, this,
            &TransferPanel::updateButtons);
    connect(controller->model(), &models::TransferModel::totalsChanged, this,
            &TransferPanel::updateSummary);
    connect(controller->model(), &QAbstractItemModel::rowsInserted, this,
            &TransferPanel::updateSummary);
    updateButtons();
    updateSummary();
}

TransferPanel::~TransferPanel() = default;

void TransferPanel::showMenu(const QPoint &pos)
{
    QList<int> rows;
    for (const QModelIndex &i : m_view->selectionModel()->selectedRows())
        rows.append(i.row());
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    for (QToolButton *b : {m_pause, m_resume, m_cancel, m_front}) {
        QAction *a = menu->addAction(b->icon(), b->text(), b, &QToolButton::click);
        a->setEnabled(b->isEnabled());
    }
    menu->addSeparator();
    const QStringList urls = m_controller->finishedUploadUrls(rows);
    QAction *copy =
        menu->addAction(rows.isEmpty() ? tr("Copy URLs of All Finished Uploads") : tr("Copy URLs"),
                        this, [this, urls] {
                            QGuiApplication::clipboard()->setText(urls.join(u'\n') + u'\n');
                            m_summary->setText(tr("%n URL(s) copied.", nullptr, int(urls.size())));
                        });
    copy->setEnabled(!urls.isEmpty());
    const QStringList cdnUrls = m_controller->finishedUploadCdnUrls(rows);
    if (!cdnUrls.isEmpty()) {
        menu->addAction(
            rows.isEmpty() ? tr("Copy CDN URLs of All Finished Uploads") : tr("Copy CDN URLs"),
            this, [this, cdnUrls] {
                QGuiApplication::clipboard()->setText(cdnUrls.join(u'\n') + u'\n');
                m_summary->setText(tr("%n CDN URL(s) copied.", nullptr, int(cdnUrls.size())));
            });
    }
    const QModelIndex at = m_view->indexAt(pos);
    const QString local = at.data(models::TransferModel::LocalPathRole).toString();
    QAction *open = menu->addAction(tr("Open Containing Folder"), this, [local] {
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(local).absolutePath()));
    });
    open->setEnabled(!local.isEmpty() && QFileInfo(local).absoluteDir().exists());
    menu->popup(m_view->viewport()->mapToGlobal(pos));
}

QList<qint64> TransferPanel::selectedIds() const
{
    QList<qint64> ids;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &i : rows)
        ids.append(i.data(models::TransferModel::IdRole).toLongLong());
    std::sort(ids.begin(), ids.end());
    return ids;
}

void TransferPanel::updateButtons()
{
    bool canPause = false;
    bool canResume = false;
    bool canCancel = false;
    bool canMove = false;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &i : rows) {
        const auto s = core::TransferState(i.data(models::TransferModel::StateRole).toInt());
        canPause |= s == core::TransferState::Queued || s == core::TransferState::Running;
        canResume |= s == core::TransferState::Paused || s == core::TransferState::Failed;
        canCancel |= s != core::TransferState::Done && s != core::TransferState::Cancelled;
        canMove |= s == core::TransferState::Queued;
    }
    m_pause->setEnabled(canPause);
    m_resume->setEnabled(canResume);
    m_cancel->setEnabled(canCancel);
    m_front->setEnabled(canMove);
}

void TransferPanel::updateSummary()
{
    const models::TransferModel *m = m_controller->model();
    bool anyPaused = false;
    for (int r = 0; r < m->rowCount() && !anyPaused; ++r)
        anyPaused = m->snapshot(r).state == core::TransferState::Paused;
    m_resumeAll->setVisible(anyPaused);
    QStringList parts;
    if (m->activeCount() > 0)
        parts << tr("%n transfer(s) left", nullptr, m->activeCount());
    if (m->totalSpeed() > 0)
        parts << tr("%1/s").arg(QLocale().formattedDataSize(qint64(m->totalSpeed())));
    if (m->etaSeconds() >= 0)
        parts << tr("%1 left").arg(models::TransferModel::formatDuration(m->etaSeconds()));
    if (m->failedCount() > 0)
        parts << tr("%n failed", nullptr, m->failedCount());
    if (parts.isEmpty())
        parts << (m->rowCount() == 0 ? tr("Drop files here to upload them to the folder shown.")
                                     : tr("All transfers finished."));
    m_summary->setText(parts.join(QStringLiteral(" · ")));
}

void TransferPanel::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void TransferPanel::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    if (!paths.isEmpty()) {
        event->acceptProposedAction();
        Q_EMIT filesDropped(paths);
    }
}

} // namespace sucai::ui
