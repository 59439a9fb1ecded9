#include "ui/board/FoundPaperDialog.h"

#include "domain/ReceiptNumber.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace certdesk {

FoundPaperDialog::FoundPaperDialog(Session &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_service(session)
    , m_introLabel(new QLabel(this))
    , m_scanLabel(new QLabel(this))
    , m_scanEdit(new QLineEdit(this))
    , m_messageLabel(new QLabel(this))
    , m_closeButton(new QPushButton(this))
{
    auto *layout = new QVBoxLayout(this);
    m_introLabel->setWordWrap(true);
    m_scanLabel->setBuddy(m_scanEdit);
    m_scanEdit->setObjectName(QStringLiteral("scanEdit"));
    m_messageLabel->setObjectName(QStringLiteral("messageLabel"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_introLabel);
    layout->addWidget(m_scanLabel);
    layout->addWidget(m_scanEdit);
    layout->addWidget(m_messageLabel);
    layout->addStretch();
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_closeButton);
    layout->addLayout(buttons);
    // A scanner ends each code with Enter: the field takes it, never the Close button.
    m_closeButton->setAutoDefault(false);
    m_closeButton->setDefault(false);
    connect(m_scanEdit, &QLineEdit::returnPressed, this, [this]() {
        const QString text = m_scanEdit->text();
        m_scanEdit->clear();
        present(text);
    });
    connect(m_closeButton, &QPushButton::clicked, this, &QDialog::accept);
    resize(640, 280);
    retranslate();
    m_scanEdit->setFocus();
}

QString FoundPaperDialog::messageText() const
{
    return m_messageLabel->text();
}

void FoundPaperDialog::present(const QString &text)
{
    if (text.trimmed().isEmpty())
        return;
    MissingPaperLine line;
    QString error;
    if (!m_service.found(text, &line, &error)) {
        m_messageLabel->setText(error);
        m_messageLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
        return;
    }
    ++m_found;
    m_messageLabel->setText(
        tr("Found: %1, receipt %2 (missing at the count of %3). Recorded; it leaves the "
           "board's anomalies. Put it back in the safe.")
            .arg(line.name, ReceiptNumber::format(line.paper.receipt),
                line.paper.date.toString(QStringLiteral("dd.MM.yyyy"))));
    m_messageLabel->setStyleSheet(QStringLiteral("color: #1b5e20;"));
    Q_EMIT paperFound();
}

void FoundPaperDialog::retranslate()
{
    setWindowTitle(tr("A missing paper found"));
    m_introLabel->setText(
        tr("Scan the QR code of a paper certificate missing at a count of the safe, or type its "
           "receipt number and press Enter: it is recorded as found with your name. A paper "
           "that is not missing is refused and nothing is recorded."));
    m_scanLabel->setText(tr("&QR code or receipt number:"));
    m_closeButton->setText(tr("&Close"));
}

void FoundPaperDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace certdesk
