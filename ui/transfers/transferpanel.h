#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QSpinBox;
class QTableView;
class QToolButton;

namespace sucai::ui {

class TransfersController;

// The transfer queue: one row per upload/download with a progress bar, and the buttons to
// pause, resume, cancel, move to the front and clear what is finished. Files dropped on it are
// uploaded to the folder the browser shows (the window decides where that is).
class TransferPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TransferPanel)

public:
    explicit TransferPanel(TransfersController *controller, QWidget *parent = nullptr);
    ~TransferPanel() override;

    QTableView *view() const { return m_view; }

Q_SIGNALS:
    void filesDropped(const QStringList &localPaths);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    QList<qint64> selectedIds() const;
    void showMenu(const QPoint &pos);
    void updateButtons();
    void updateSummary();

    TransfersController *m_controller;
    QTableView *m_view;
    QLabel *m_summary;
    QSpinBox *m_maxTasks = nullptr;
    QComboBox *m_rate = nullptr;
    QToolButton *m_pause;
    QToolButton *m_resume;
    QToolButton *m_cancel;
    QToolButton *m_front;
    QToolButton *m_clear;
    QToolButton *m_resumeAll;
};

} // namespace sucai::ui
