#pragma once

#include <QDialog>
#include <QStandardItemModel>

#include <memory>

namespace Ui {
class ServerDocumentsDialog;
}

namespace certdesk {

class Session;

/// The supervisor's list of what sync would not take as the server holds it: documents set
/// aside as unreadable (with the reason and when first seen; they are read again after an
/// upgrade) and events the server holds changed or deleted (also on the board). Reading only,
/// by keyboard: Tab moves between the two lists, Esc closes.
class ServerDocumentsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ServerDocumentsDialog(Session &session, QWidget *parent = nullptr);
    ~ServerDocumentsDialog() override;

    /// Reads both lists again; false with a reason (shown in the dialog) when refused.
    bool reload(QString *error = nullptr);
    int quarantinedRows() const { return m_quarantine.rowCount(); }
    int anomalyRows() const { return m_anomalies.rowCount(); }
    /// The text of a cell, for tests.
    QString quarantineText(int row, int column) const;
    QString anomalyText(int row, int column) const;

private:
    std::unique_ptr<Ui::ServerDocumentsDialog> m_ui;
    Session &m_session;
    QStandardItemModel m_quarantine;
    QStandardItemModel m_anomalies;
};

} // namespace certdesk
