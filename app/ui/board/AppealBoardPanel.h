#pragma once

#include <QDate>
#include <QPointer>
#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class QTableView;

namespace certdesk {

class AppealListModel;
class AppealRegisterWindow;
class AppealService;
class Session;

/// The appeals on the supervisor board: every appeal with something still owed, overdue first,
/// evaluated on the board's date, with the count of overdue ones in its heading. Enter (or a
/// double click) opens the appeals register on that appeal.
class AppealBoardPanel : public QWidget
{
    Q_OBJECT

public:
    explicit AppealBoardPanel(Session &session, QWidget *parent = nullptr);
    ~AppealBoardPanel() override;

    AppealListModel *model() const { return m_model; }
    QString headingText() const;
    /// The appeals with a term due on the panel's date or missed before it: they need action.
    int needingAction() const { return m_needingAction; }
    /// Opens the register window on the appeal of the given row.
    void openRow(int row);
    AppealRegisterWindow *registerWindow() const;

public Q_SLOTS:
    void setAsOf(const QDate &asOf);

protected:
    void changeEvent(QEvent *event) override;

private:
    Session &m_session;
    std::unique_ptr<AppealService> m_service;
    AppealListModel *m_model = nullptr;
    QLabel *m_heading = nullptr;
    QPushButton *m_open = nullptr;
    QTableView *m_table = nullptr;
    QPointer<AppealRegisterWindow> m_register;
    QDate m_asOf;
    int m_needingAction = 0;
};

} // namespace certdesk
