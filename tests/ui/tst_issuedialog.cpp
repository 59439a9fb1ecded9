// Handing the paper certificate over, through the case view's dialog and driven by keyboard:
// the identity document's dates are typed as at intake (never pre-filled, never ignored), a
// number other than the intake's warns before it passes and both numbers are recorded, and
// the power of attorney is asked of whoever collects for an adult.

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include "intake_fixture.h"
#include "services/CaseService.h"
#include "services/CustodyService.h"
#include "services/IntakeService.h"
#include "services/ResultService.h"
#include "ui/case/CaseActionIssueDialog.h"
#include "ui/case/CaseActions.h"

using namespace certdesk;
using namespace certdesk::test;
using Kind = Application::PresenterKind;

namespace {

const QString kIntakeNumber = QStringLiteral("045123456");

/// A paper certificate at the branch for the person (kAdultIin), who applied in person with
/// the ID card kIntakeNumber.
QString caseAtBranch(GuiCounter &c)
{
    Application a;
    a.subject.iin = kAdultIin;
    a.subject.name = {QStringLiteral("Ахметова"), QStringLiteral("Айгуль"), QString()};
    a.identity.type = Application::IdentityType::IdCard;
    a.identity.number = kIntakeNumber;
    a.identity.issuer = QStringLiteral("МВД РК");
    a.identity.issuedOn = QDate(2016, 5, 14);
    a.identity.expiresOn = QDate(2026, 5, 13);
    a.purpose = Application::Purpose::Abroad;
    a.country = QStringLiteral("DE");
    a.phone = QStringLiteral("+77012345678");
    const IntakeService::Result r = IntakeService(c.clerk).submit(a, {});
    if (!r.ok) {
        qWarning("intake: %s", qPrintable(r.error));
        return QString();
    }
    CertificateResult result;
    result.number = QStringLiteral("10100777001");
    result.date = c.clock().today();
    result.outcome = QStringLiteral("no_record");
    QString error;
    if (!ResultService(c.clerk).recordCertificate(r.receipt.caseId, result, nullptr, &error)
        || !CustodyService(c.clerk).recordArrival(r.receipt.caseId, QDate(), nullptr, &error))
        qWarning("result: %s", qPrintable(error));
    return r.receipt.caseId;
}

QJsonObject issuedEvent(GuiCounter &c, const QString &caseId)
{
    CaseDetails details;
    QString error;
    if (!CaseService(c.clerk).open(caseId, &details, &error))
        qWarning("%s", qPrintable(error));
    for (const Event &e : details.events) {
        if (e.type == EventType::Issued)
            return e.data;
    }
    return QJsonObject();
}

QString checkResult(const QJsonObject &issued, const QString &rule)
{
    for (const QJsonValue &v : issued.value(QLatin1String("checks")).toArray()) {
        if (v.toObject().value(QLatin1String("rule")).toString() == rule)
            return v.toObject().value(QLatin1String("result")).toString();
    }
    return QString();
}

/// Types into a field of the dialog as the clerk does: focus, clear, keys.
void type(QDialog *dialog, const char *name, const QString &text)
{
    auto *edit = dialog->findChild<QLineEdit *>(QLatin1String(name));
    QVERIFY2(edit, name);
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    typeText(edit, text);
}

void enter(QDialog *dialog)
{
    QWidget *focus = QApplication::focusWidget();
    QTest::keyClick(focus && dialog->isAncestorOf(focus) ? focus : dialog, Qt::Key_Return);
}

/// Runs act on the issuance dialog the case view opens, shown and active as at the counter.
bool drive(GuiCounter &c, const QString &caseId, std::function<void(CaseActionIssueDialog *)> act)
{
    CaseActions::setTestDriver([act](QDialog *dialog) {
        auto *issue = qobject_cast<CaseActionIssueDialog *>(dialog);
        if (!issue || !showActive(*dialog))
            return false;
        act(issue);
        const bool accepted = dialog->result() == QDialog::Accepted;
        dialog->hide();
        return accepted;
    });
    CaseActions actions(c.clerk);
    const bool ok = actions.run(EventType::Issued, caseId, nullptr);
    CaseActions::setTestDriver(nullptr);
    return ok;
}

} // namespace

class TestIssueDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Nothing of the document is pre-filled: OK without reading it names every empty field.
    void documentDatesAreNotPrefilled()
    {
        GuiCounter c;
        const QString id = caseAtBranch(c);
        QVERIFY(!id.isEmpty());
        QString error;
        QStringList dates;
        const bool issued = drive(c, id, [&](CaseActionIssueDialog *d) {
            for (const char *name : {"docIssuedEdit", "docExpiresEdit"}) {
                auto *edit = d->findChild<QLineEdit *>(QLatin1String(name));
                dates.append(edit
                        ? edit->text()
                        : QStringLiteral("(no typed date field %1)").arg(QLatin1String(name)));
            }
            type(d, "docNumberEdit", kIntakeNumber);
            enter(d);
            error = d->errorText();
        });
        QVERIFY(!issued);
        QCOMPARE(dates, QStringList({QString(), QString()}));
        QVERIFY2(error.contains(QStringLiteral("Identity document: date of issue: is empty")),
            qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("Identity document: valid until: is empty")),
            qPrintable(error));
        QCOMPARE(issuedEvent(c, id), QJsonObject());
    }

    // Typed dates are read as typed (any separator, or eight digits); a date that does not
    // exist is refused with the reason and the dialog stays.
    void typedDatesAreRead()
    {
        GuiCounter c;
        const QString id = caseAtBranch(c);
        QString error;
        const bool issued = drive(c, id, [&](CaseActionIssueDialog *d) {
            type(d, "docNumberEdit", kIntakeNumber);
            type(d, "docIssuerEdit", QStringLiteral("МВД РК"));
            type(d, "docIssuedEdit", QStringLiteral("14.05.2016"));
            type(d, "docExpiresEdit", QStringLiteral("31.02.2026"));
            enter(d);
            error = d->errorText();
            QVERIFY(d->isVisible());
            type(d, "docExpiresEdit", QStringLiteral("13052026"));
            enter(d);
        });
        QVERIFY2(error.contains(
                     QStringLiteral("\"31.02.2026\" is not a date: February 2026 has 28 day(s)")),
            qPrintable(error));
        QVERIFY(issued);
        const QJsonObject doc
            = issuedEvent(c, id).value(QLatin1String("identity_document")).toObject();
        QCOMPARE(doc.value(QLatin1String("issued_on")).toString(), QStringLiteral("2016-05-14"));
        QCOMPARE(doc.value(QLatin1String("expires_on")).toString(), QStringLiteral("2026-05-13"));
    }

    // The person shows a renewed ID card: the clerk is told, passes it with a second Enter,
    // and both numbers are recorded.
    void renewedDocumentWarnsAndRecordsBoth()
    {
        GuiCounter c;
        const QString id = caseAtBranch(c);
        QString warning;
        bool stayed = false;
        const bool issued = drive(c, id, [&](CaseActionIssueDialog *d) {
            type(d, "docNumberEdit", QStringLiteral("051987654"));
            type(d, "docIssuerEdit", QStringLiteral("МВД РК"));
            type(d, "docIssuedEdit", QStringLiteral("20.02.2026"));
            type(d, "docExpiresEdit", QStringLiteral("19.02.2036"));
            enter(d);
            stayed = d->isVisible() && d->result() != QDialog::Accepted;
            warning = d->errorText();
            enter(d);
        });
        QVERIFY2(stayed, "the first Enter handed the paper over without the warning");
        QVERIFY2(warning.contains(QStringLiteral("051987654")) && warning.contains(kIntakeNumber),
            qPrintable(warning));
        QVERIFY(issued);
        const QJsonObject event = issuedEvent(c, id);
        QCOMPARE(event.value(QLatin1String("identity_document"))
                     .toObject()
                     .value(QLatin1String("number"))
                     .toString(),
            QStringLiteral("051987654"));
        QCOMPARE(event.value(QLatin1String("intake_identity_document"))
                     .toObject()
                     .value(QLatin1String("number"))
                     .toString(),
            kIntakeNumber);
        QCOMPARE(
            checkResult(event, QStringLiteral("identity_document_same")), QStringLiteral("warned"));
    }

    // The same document as at intake: one Enter, nothing to warn about.
    void sameDocumentPassesAtOnce()
    {
        GuiCounter c;
        const QString id = caseAtBranch(c);
        const bool issued = drive(c, id, [&](CaseActionIssueDialog *d) {
            type(d, "docNumberEdit", QStringLiteral("0451 23456"));
            type(d, "docIssuerEdit", QStringLiteral("МВД РК"));
            type(d, "docIssuedEdit", QStringLiteral("14.05.2016"));
            type(d, "docExpiresEdit", QStringLiteral("13.05.2026"));
            enter(d);
        });
        QVERIFY(issued);
        const QJsonObject event = issuedEvent(c, id);
        QVERIFY(!event.contains(QLatin1String("intake_identity_document")));
        QCOMPARE(
            checkResult(event, QStringLiteral("identity_document_same")), QStringLiteral("passed"));
    }

    // A representative's passport is not the person's ID card: nothing to compare; their
    // power of attorney is typed with the same date fields.
    void representativeWithPowerOfAttorney()
    {
        GuiCounter c;
        const QString id = caseAtBranch(c);
        QString error;
        const bool issued = drive(c, id, [&](CaseActionIssueDialog *d) {
            auto *kind = d->findChild<QComboBox *>(QStringLiteral("kindCombo"));
            kind->setFocus();
            while (Kind(kind->currentData().toInt()) != Kind::Representative)
                QTest::keyClick(kind, Qt::Key_Down);
            QVERIFY(d->findChild<QWidget *>(QStringLiteral("poaGroup"))->isVisible());
            type(d, "iinEdit", kAgentIin);
            type(d, "surnameEdit", QStringLiteral("Бекович"));
            type(d, "givenNameEdit", QStringLiteral("Ержан"));
            type(d, "notaryEdit", QStringLiteral("Сейткали А. Б."));
            type(d, "poaNumberEdit", QStringLiteral("1-2345"));
            type(d, "poaIssuedEdit", QStringLiteral("10.01.2026"));
            type(d, "docNumberEdit", QStringLiteral("N12345678"));
            type(d, "docIssuerEdit", QStringLiteral("МВД РК"));
            type(d, "docIssuedEdit", QStringLiteral("01.02.2021"));
            type(d, "docExpiresEdit", QStringLiteral("31.01.2031"));
            enter(d);
            error = d->errorText();
        });
        QVERIFY2(issued, qPrintable(error));
        const QJsonObject event = issuedEvent(c, id);
        const QJsonObject poa = event.value(QLatin1String("collector"))
                                    .toObject()
                                    .value(QLatin1String("poa"))
                                    .toObject();
        QCOMPARE(poa.value(QLatin1String("issued_on")).toString(), QStringLiteral("2026-01-10"));
        QCOMPARE(poa.value(QLatin1String("valid_until")).toString(), QString());
        QVERIFY(!event.contains(QLatin1String("intake_identity_document")));
        QCOMPARE(checkResult(event, QStringLiteral("identity_document_same")), QString());
    }

    // A parent collecting for an adult child needs the child's power of attorney, as at
    // intake: the group shows.
    void parentOfAnAdultShowsThePowerOfAttorney()
    {
        GuiCounter c;
        const QString id = caseAtBranch(c);
        bool shown = false;
        drive(c, id, [&](CaseActionIssueDialog *d) {
            auto *kind = d->findChild<QComboBox *>(QStringLiteral("kindCombo"));
            kind->setFocus();
            while (Kind(kind->currentData().toInt()) != Kind::Parent)
                QTest::keyClick(kind, Qt::Key_Down);
            shown = d->findChild<QWidget *>(QStringLiteral("poaGroup"))->isVisible();
            d->reject();
        });
        QVERIFY(shown);
    }
};

QTEST_MAIN(TestIssueDialog)
#include "tst_issuedialog.moc"
