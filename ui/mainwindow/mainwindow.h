#pragma once

#include <QMainWindow>

class QAction;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTableView;
class QTreeWidget;
class QTreeWidgetItem;

namespace sucai::ui {

class BrowserController;

// The window people live in. A passive view: it lays out the feature views and the actions;
// the logic lives in controllers (BrowserController) handed in by the composition root.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(BrowserController *browser, QWidget *parent = nullptr);
    ~MainWindow() override;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createCentralArea();
    void restoreWindowState();
    void onBucketsChanged(const QStringList &buckets);
    void onLocationChanged(const QString &address);
    void onSidebarActivated(QTreeWidgetItem *item);
    void updateNavigation();

    BrowserController *m_browser;
    QTreeWidget *m_sidebar = nullptr;
    QTreeWidgetItem *m_profileItem = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_welcome = nullptr;
    QTableView *m_table = nullptr;
    QLineEdit *m_address = nullptr;
    QLabel *m_status = nullptr;
    QAction *m_back = nullptr;
    QAction *m_forward = nullptr;
    QAction *m_up = nullptr;
    QAction *m_refresh = nullptr;
};

} // namespace sucai::ui
