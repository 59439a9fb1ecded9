#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class WorkstationNumberDialog;
}

namespace certdesk {

class Session;

/// A supervisor sets (or confirms) this workstation's number at the counter, where a clerk
/// is signed in: it says why receipt numbers are stopped, takes the number and the
/// supervisor's login and password, and refuses a number another computer of the branch
/// uses (WorkstationService).
class WorkstationNumberDialog : public QDialog
{
    Q_OBJECT

public:
    explicit WorkstationNumberDialog(Session &session, QWidget *parent = nullptr);
    ~WorkstationNumberDialog() override;

    QString situationText() const;
    QString errorText() const;
    void setNumber(int number);

public Q_SLOTS:
    void accept() override;

protected:
    void showEvent(QShowEvent *event) override;
    /// Another language was chosen: the form's texts and what is set in code, in it.
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    std::unique_ptr<Ui::WorkstationNumberDialog> m_ui;
    Session &m_session;
};

} // namespace certdesk
