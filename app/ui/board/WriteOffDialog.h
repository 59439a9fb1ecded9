#pragma once

#include <QDialog>

#include "services/SafeCountService.h"

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace certdesk {

class Session;

/// A supervisor writes off a paper certificate missing at a count of the safe: the paper is
/// named (person, receipt number, the count that missed it) and the reason is required (the
/// act of its loss, say). The write-off is an event; the paper leaves the board's anomalies.
class WriteOffDialog : public QDialog
{
    Q_OBJECT

public:
    WriteOffDialog(Session &session, const MissingPaperLine &paper, QWidget *parent = nullptr);

    void setReason(const QString &reason);
    QString errorText() const;
    /// The paper named at the top (person, receipt, the count and who counted).
    QString paperText() const;

public Q_SLOTS:
    /// Records the write-off; stays open with the reason when it is refused.
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    Session &m_session;
    MissingPaperLine m_paper;
    QLabel *m_paperLabel = nullptr;
    QLabel *m_reasonLabel = nullptr;
    QLineEdit *m_reasonEdit = nullptr;
    QLabel *m_errorLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace certdesk
