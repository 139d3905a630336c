#pragma once

#include <QMainWindow>

class QLabel;

namespace sucai::ui {

// The window people live in. A passive view: it lays out the feature views and the actions;
// the logic lives in controllers and app/ services handed in by the composition root.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void restoreWindowState();

    QLabel *m_placeholder = nullptr;
};

} // namespace sucai::ui
