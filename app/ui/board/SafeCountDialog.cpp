#include "ui/board/SafeCountDialog.h"

#include "domain/Clock.h"
#include "domain/ReceiptNumber.h"
#include "print/SafeCountReportDocument.h"
#include "services/Session.h"
#include "ui/common/DocumentPrinter.h"
#include "ui/common/MessageBox.h"

#include "ui_SafeCountDialog.h"

#include <QApplication>
#include <QEvent>
#include <QHeaderView>
#include <QShortcut>

namespace certdesk {

namespace {

enum Column { Section, Receipt, Name, Where, ColumnCount };

} // namespace

QString SafeCountDialog::whereText(const SafePaper &p)
{
    const QString &s = p.status;
    if (p.caseId.isEmpty())
        return tr("no case of the branch");
    if (s == QLatin1String("issued"))
        return tr("issued to the recipient");
    if (s == QLatin1String("at_provider") || s == QLatin1String("return_requested"))
        return tr("handed over to the service provider");
    if (s == QLatin1String("archived"))
        return tr("archived by the service provider");
    if (s == QLatin1String("result_ready"))
        return tr("arrival at the branch not recorded");
    return tr("not in the branch's custody");
}

SafeCountDialog::SafeCountDialog(Session &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_ui(std::make_unique<Ui::SafeCountDialog>())
    , m_service(session)
{
    m_ui->setupUi(this);
    m_ui->resultTable->setColumnCount(ColumnCount);
    m_ui->resultTable->verticalHeader()->hide();
    m_ui->resultTable->horizontalHeader()->setSectionResizeMode(Name, QHeaderView::Stretch);
    m_ui->resultTable->horizontalHeader()->setSectionResizeMode(Where, QHeaderView::Stretch);
    m_ui->resultTable->hide();
    m_ui->layout->setStretch(m_ui->layout->indexOf(m_ui->resultTable), 0);
    m_ui->printButton->hide();
    // A scanner ends each code with Enter: the field takes it, never a button of the window.
    connect(m_ui->scanEdit, &QLineEdit::returnPressed, this, [this]() {
        const QString text = m_ui->scanEdit->text();
        m_ui->scanEdit->clear();
        present(text);
    });
    connect(m_ui->finishButton, &QPushButton::clicked, this, &SafeCountDialog::finishCount);
    connect(m_ui->printButton, &QPushButton::clicked, this, &SafeCountDialog::printReport);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &SafeCountDialog::reject);
    auto *print = new QShortcut(QKeySequence::Print, this);
    connect(print, &QShortcut::activated, this, [this]() {
        if (m_finished)
            printReport();
    });

    if (!m_service.start(&m_startError)) {
        m_ui->scanEdit->setEnabled(false);
        m_ui->finishButton->setEnabled(false);
    }
    retranslate();
    if (!m_startError.isEmpty())
        showMessage(m_startError, QStringLiteral("#b00020"));
    m_ui->scanEdit->setFocus();
}

SafeCountDialog::~SafeCountDialog() = default;

QString SafeCountDialog::countText() const
{
    return m_ui->countLabel->text();
}

QString SafeCountDialog::messageText() const
{
    return m_ui->messageLabel->text();
}

QString SafeCountDialog::summaryText() const
{
    return m_ui->summaryLabel->text();
}

void SafeCountDialog::retranslate()
{
    m_ui->introLabel->setText(
        tr("Scan the QR code of every paper certificate in the safe, or type its receipt number "
           "and press Enter. The number the records expect is not shown. When every paper was "
           "presented, press Finish the count: the missing and the unexpected papers "
           "are listed and the count is recorded. Esc drops the count without recording "
           "anything."));
    m_ui->resultTable->setHorizontalHeaderLabels(
        {tr("List"), tr("Receipt"), tr("Name"), tr("According to the records")});
    if (m_finished) {
        m_ui->closeButton->setText(tr("&Close"));
        showResult();
    } else {
        m_ui->countLabel->setText(tr("Counted: %1").arg(m_service.presented()));
    }
}

void SafeCountDialog::showMessage(const QString &text, const QString &color)
{
    m_ui->messageLabel->setText(text);
    m_ui->messageLabel->setStyleSheet(
        color.isEmpty() ? QString() : QStringLiteral("color: %1;").arg(color));
}

void SafeCountDialog::present(const QString &text)
{
    if (m_finished || !m_service.isRunning() || text.trimmed().isEmpty())
        return;
    const SafeScanResult r = m_service.scan(text);
    m_ui->countLabel->setText(tr("Counted: %1").arg(m_service.presented()));
    if (!r.accepted) {
        showMessage(r.message, QStringLiteral("#b00020"));
        QApplication::beep();
        return;
    }
    switch (r.outcome) {
    case SafeCount::Outcome::Counted:
        showMessage(r.message, QStringLiteral("#1b5e20"));
        break;
    case SafeCount::Outcome::AlreadyCounted:
    case SafeCount::Outcome::AlreadyUnexpected:
        showMessage(r.message, QStringLiteral("#8a5a00"));
        break;
    case SafeCount::Outcome::Unexpected:
        showMessage(r.message, QStringLiteral("#b00020"));
        QApplication::beep();
        break;
    }
}

bool SafeCountDialog::finishCount()
{
    if (m_finished || !m_service.isRunning())
        return false;
    if (MessageBox::question(this, tr("Count the safe"),
            tr("Finish the count with %n paper certificate(s) presented? Every paper in the "
               "branch's custody that was not presented is recorded as missing.",
                nullptr, m_service.presented()),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        != QMessageBox::Yes)
        return false;
    QString error;
    if (!m_service.finish(&m_report, &error)) {
        showMessage(error, QStringLiteral("#b00020"));
        return false;
    }
    m_finished = true;
    m_ui->scanEdit->setEnabled(false);
    m_ui->finishButton->setEnabled(false);
    m_ui->printButton->show();
    m_ui->resultTable->show();
    // The lists take the room the scanning left empty.
    const int table = m_ui->layout->indexOf(m_ui->resultTable);
    m_ui->layout->setStretch(table, 1);
    m_ui->layout->setStretch(table + 1, 0);
    m_ui->closeButton->setText(tr("&Close"));
    showMessage(QString(), QString());
    showResult();
    m_ui->printButton->setFocus();
    return true;
}

void SafeCountDialog::showResult()
{
    const SafeCountReport &r = m_report;
    m_ui->countLabel->setText(tr("Counted: %1").arg(r.counted.size() + r.unexpected.size()));
    m_ui->summaryLabel->setText(
        tr("The count is recorded (%1). In the branch's custody according to the records: %2; "
           "counted: %3; missing: %4; not expected in the safe: %5.")
            .arg(m_session.clock().toLocal(r.finishedAt).toString(QStringLiteral("dd.MM.yyyy HH:mm")))
            .arg(r.expected)
            .arg(r.counted.size())
            .arg(r.missing.size())
            .arg(r.unexpected.size()));
    QTableWidget *t = m_ui->resultTable;
    t->setRowCount(0);
    auto add = [t](const QString &section, const SafePaper &p, const QString &where) {
        const int row = t->rowCount();
        t->insertRow(row);
        const QStringList cells {section,
            p.receipt.isEmpty() ? p.scanned : ReceiptNumber::format(p.receipt), p.name, where};
        for (int c = 0; c < ColumnCount; ++c)
            t->setItem(row, c, new QTableWidgetItem(cells.at(c)));
    };
    for (const SafePaper &p : r.missing)
        add(tr("Missing"), p, tr("in the safe"));
    for (const SafePaper &p : r.unexpected)
        add(tr("Not expected"), p, whereText(p));
    t->resizeColumnToContents(Section);
    t->resizeColumnToContents(Receipt);
    t->resizeRowsToContents();
}

bool SafeCountDialog::printReport()
{
    if (!m_finished)
        return false;
    const auto d = SafeCountReportDocument::Data::from(m_report, m_session.clock());
    const PrintResult printed = DocumentPrinter::print(SafeCountReportDocument(d), this,
        tr("The report of the count of the safe"), tr("The count is recorded whatever the printer does."));
    showMessage(tr("The report: %1").arg(printed.summary()), QString());
    return printed.printed();
}

void SafeCountDialog::reject()
{
    if (!m_finished && m_service.presented() > 0) {
        if (MessageBox::question(this, tr("Count the safe"),
                tr("Drop this count? The %n paper certificate(s) counted so far are not "
                   "recorded; a new count starts from nothing.",
                    nullptr, m_service.presented()),
                QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            != QMessageBox::Yes) {
            m_ui->scanEdit->setFocus();
            return;
        }
    }
    m_service.abandon();
    QDialog::reject();
}

void SafeCountDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}

} // namespace certdesk
