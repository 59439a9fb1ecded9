#pragma once

#include <QDialog>

#include "services/SafeCountService.h"

class QLabel;
class QLineEdit;
class QPushButton;

namespace certdesk {

class Session;

/// A paper certificate missing at a count of the safe turns up between counts (misfiled,
/// handed back by a colleague): the supervisor scans its QR code or types its receipt number
/// here and it is recorded as found at once, without counting the whole safe again. Several
/// may be presented one after another; each one found leaves the board's anomalies.
class FoundPaperDialog : public QDialog
{
    Q_OBJECT

public:
    explicit FoundPaperDialog(Session &session, QWidget *parent = nullptr);

    /// What the last presented paper did, as shown under the field.
    QString messageText() const;
    /// How many papers were recorded as found in this window.
    int foundCount() const { return m_found; }

Q_SIGNALS:
    /// A paper was recorded as found (the board refreshes).
    void paperFound();

protected:
    void changeEvent(QEvent *event) override;

private:
    void present(const QString &text);
    void retranslate();

    Session &m_session;
    SafeCountService m_service;
    QLabel *m_introLabel = nullptr;
    QLabel *m_scanLabel = nullptr;
    QLineEdit *m_scanEdit = nullptr;
    QLabel *m_messageLabel = nullptr;
    QPushButton *m_closeButton = nullptr;
    int m_found = 0;
};

} // namespace certdesk
