#include "ui/board/WorkstationAlertPanel.h"

#include <QEvent>
#include <QListWidget>
#include <QVBoxLayout>

namespace certdesk {

WorkstationAlertPanel::WorkstationAlertPanel(QWidget *parent)
    : QGroupBox(parent)
    , m_list(new QListWidget(this))
{
    setObjectName(QStringLiteral("workstationAlerts"));
    setStyleSheet(QStringLiteral("#workstationAlerts { color: #b00020; font-weight: bold; }"));
    m_list->setWordWrap(true);
    m_list->setStyleSheet(QStringLiteral("color: #5f0010; font-weight: normal;"));
    m_list->setMaximumHeight(120);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    retranslate();
    hide();
}

void WorkstationAlertPanel::setAlerts(const QList<BoardAlert> &alerts)
{
    m_list->clear();
    for (const BoardAlert &a : alerts)
        m_list->addItem(a.message);
    m_count = int(alerts.size());
    retranslate();
    setVisible(!alerts.isEmpty());
}

QStringList WorkstationAlertPanel::texts() const
{
    QStringList out;
    for (int i = 0; i < m_list->count(); ++i)
        out.append(m_list->item(i)->text());
    return out;
}

void WorkstationAlertPanel::retranslate()
{
    setTitle(tr("This workstation and the other computers (%n alert(s)): receipt numbers wait "
                "for a supervisor",
        nullptr, m_count));
}

void WorkstationAlertPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QGroupBox::changeEvent(event);
}

} // namespace certdesk
