#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace certdesk {

class Session;

/// The clerk's notice above the case list while this workstation issues no receipt numbers
/// (another computer uses its number, or its database file was copied): what happened, in
/// plain words, who can fix it, and the button that opens the supervisor's workstation
/// number dialog. Hidden while everything is in order; read again after every sync.
class ReceiptStopBanner : public QFrame
{
    Q_OBJECT

public:
    explicit ReceiptStopBanner(Session &session, QWidget *parent = nullptr);

    QString text() const;
    QPushButton *fixButton() const { return m_fix; }

public Q_SLOTS:
    /// Reads the workstation's status again; shows or hides the notice.
    void refresh();
    /// Opens the supervisor's dialog (also Tools → Workstation number…).
    void setNumber();

Q_SIGNALS:
    /// The workstation's number or status changed through the dialog.
    void numberChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    Session &m_session;
    QLabel *m_text = nullptr;
    QPushButton *m_fix = nullptr;
};

} // namespace certdesk
