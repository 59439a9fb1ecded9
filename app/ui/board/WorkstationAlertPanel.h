#pragma once

#include <QGroupBox>

#include "services/BoardService.h"

class QListWidget;

namespace certdesk {

/// The board's record of what this workstation noticed about another computer writing as
/// it (README, "Receipt numbers"): another counter with its number, its database file copied
/// or moved. One line each, in plain words; hidden while there is none. The list takes the
/// keyboard like the buckets do.
class WorkstationAlertPanel : public QGroupBox
{
    Q_OBJECT

public:
    explicit WorkstationAlertPanel(QWidget *parent = nullptr);

    void setAlerts(const QList<BoardAlert> &alerts);
    QStringList texts() const;
    QListWidget *list() const { return m_list; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QListWidget *m_list = nullptr;
    int m_count = 0;
};

} // namespace certdesk
