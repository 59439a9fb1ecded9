#include "ui/board/WriteOffDialog.h"

#include "domain/ReceiptNumber.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace certdesk {

WriteOffDialog::WriteOffDialog(Session &session, const MissingPaperLine &paper, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_paper(paper)
    , m_paperLabel(new QLabel(this))
    , m_reasonLabel(new QLabel(this))
    , m_reasonEdit(new QLineEdit(this))
    , m_errorLabel(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    auto *layout = new QVBoxLayout(this);
    m_paperLabel->setWordWrap(true);
    m_paperLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_reasonLabel->setBuddy(m_reasonEdit);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
    layout->addWidget(m_paperLabel);
    layout->addWidget(m_reasonLabel);
    layout->addWidget(m_reasonEdit);
    layout->addWidget(m_errorLabel);
    layout->addStretch();
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &WriteOffDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &WriteOffDialog::reject);
    connect(m_reasonEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.trimmed().isEmpty());
    });
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    resize(620, 260);
    retranslate();
    m_reasonEdit->setFocus();
}

void WriteOffDialog::retranslate()
{
    setWindowTitle(tr("Write off a missing paper certificate"));
    m_paperLabel->setText(
        tr("%1, receipt %2: missing at the count of the safe on %3 (counted by %4). A write-off "
           "ends the search for it on the board; it stays in the log with your name and the "
           "reason.")
            .arg(m_paper.name, ReceiptNumber::format(m_paper.paper.receipt),
                m_paper.paper.date.toString(QStringLiteral("dd.MM.yyyy")), m_paper.countedByName));
    m_reasonLabel->setText(tr("&Reason (required):"));
    m_reasonEdit->setPlaceholderText(tr("for example, the act of loss No. and date"));
    // The button box sets its own texts on a language change: ours after it (docs/translations.md).
    QMetaObject::invokeMethod(this, [this]() {
        m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Write off"));
    }, Qt::QueuedConnection);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Write off"));
}

void WriteOffDialog::setReason(const QString &reason)
{
    m_reasonEdit->setText(reason);
}

QString WriteOffDialog::paperText() const
{
    return m_paperLabel->text();
}

QString WriteOffDialog::errorText() const
{
    return m_errorLabel->text();
}

void WriteOffDialog::accept()
{
    QString error;
    if (!SafeCountService(m_session).writeOff(m_paper.paper.caseId, m_reasonEdit->text(), &error)) {
        m_errorLabel->setText(error);
        m_reasonEdit->setFocus();
        return;
    }
    QDialog::accept();
}

void WriteOffDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace certdesk
