#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class NoticeSettingsDialog;
}

namespace certdesk {

class NoticeController;
class Session;

/// Tools → SMS notices: the gateway's address, sender name, login and secret, and the
/// supervisor's choice of this workstation as the branch's notifier (with who sends now).
/// Keyboard: the fields in order, Alt+T for the notifier, Enter saves, Esc closes.
class NoticeSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    NoticeSettingsDialog(Session &session, NoticeController &notices, QWidget *parent = nullptr);
    ~NoticeSettingsDialog() override;

    QString errorText() const;
    QString notifierText() const;

private:
    void showNotifier();
    void makeNotifier();
    void save();

    Session &m_session;
    NoticeController &m_notices;
    std::unique_ptr<Ui::NoticeSettingsDialog> m_ui;
};

} // namespace certdesk
