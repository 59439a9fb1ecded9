#include "ui/shell/ReceiptStopBanner.h"

#include "services/Session.h"
#include "services/WorkstationService.h"
#include "ui/shell/WorkstationNumberDialog.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace certdesk {

ReceiptStopBanner::ReceiptStopBanner(Session &session, QWidget *parent)
    : QFrame(parent)
    , m_session(session)
    , m_text(new QLabel(this))
    , m_fix(new QPushButton(this))
{
    setObjectName(QStringLiteral("receiptStopBanner"));
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(QStringLiteral("#receiptStopBanner { background: #fdecea; border: 1px solid "
                                 "#b00020; } #receiptStopBanner QLabel { color: #5f0010; }"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_fix, 0, Qt::AlignTop);
    connect(m_fix, &QPushButton::clicked, this, &ReceiptStopBanner::setNumber);
    refresh();
}

QString ReceiptStopBanner::text() const
{
    return isHidden() ? QString() : m_text->text();
}

void ReceiptStopBanner::refresh()
{
    m_fix->setText(tr("Workstation &number… (supervisor)"));
    const WorkstationStatus status = WorkstationService(m_session).status();
    m_text->setText(status.message());
    setVisible(status.stopped);
}

void ReceiptStopBanner::setNumber()
{
    WorkstationNumberDialog dialog(m_session, window());
    if (dialog.exec() != QDialog::Accepted)
        return;
    refresh();
    Q_EMIT numberChanged();
}

void ReceiptStopBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QFrame::changeEvent(event);
}

} // namespace certdesk
