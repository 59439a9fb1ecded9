#include "ui/common/PrintProblemDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace certdesk {

PrintProblemDialog::PrintProblemDialog(
    const QString &what, const QString &problem, const QString &kept, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Not printed"));
    QStringList lines {tr("%1 was not printed.").arg(what), problem};
    if (!kept.isEmpty())
        lines.append(kept);
    lines.append(tr("Enter tries again; or save it as a PDF, or choose another printer."));
    m_text = lines.join(u'\n');

    auto *icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(size, size));
    auto *message = new QLabel(m_text, this);
    message->setObjectName(QStringLiteral("messageLabel"));
    message->setWordWrap(true);
    message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *retry = buttons->addButton(tr("&Retry"), QDialogButtonBox::AcceptRole);
    retry->setObjectName(QStringLiteral("retryButton"));
    retry->setDefault(true);
    QPushButton *pdf = buttons->addButton(tr("Save as P&DF…"), QDialogButtonBox::ActionRole);
    pdf->setObjectName(QStringLiteral("pdfButton"));
    QPushButton *printers
        = buttons->addButton(tr("&Choose a printer…"), QDialogButtonBox::ActionRole);
    printers->setObjectName(QStringLiteral("printersButton"));
    QPushButton *giveUp = buttons->addButton(tr("Do&n't print"), QDialogButtonBox::RejectRole);
    giveUp->setObjectName(QStringLiteral("giveUpButton"));
    connect(retry, &QPushButton::clicked, this, [this]() { choose(Choice::Retry); });
    connect(pdf, &QPushButton::clicked, this, [this]() { choose(Choice::SavePdf); });
    connect(printers, &QPushButton::clicked, this, [this]() { choose(Choice::ChoosePrinter); });
    connect(giveUp, &QPushButton::clicked, this, &QDialog::reject);

    auto *row = new QHBoxLayout;
    row->addWidget(icon, 0, Qt::AlignTop);
    row->addWidget(message, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

QString PrintProblemDialog::text() const
{
    return m_text;
}

void PrintProblemDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    activateWindow();
}

void PrintProblemDialog::choose(Choice choice)
{
    m_choice = choice;
    accept();
}

} // namespace certdesk
