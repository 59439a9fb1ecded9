#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

#include "domain/ReceiptNumber.h"
#include "services/CaseService.h"
#include "storage/CaseQueries.h"
#include "intake_fixture.h"
#include "ui/intake/IntakeReviewPage.h"

using namespace certdesk;
using namespace certdesk::test;
using Kind = Application::PresenterKind;

namespace {

const QDate kToday(2026, 3, 2);

void subjectPage(WizardDriver &d, const QString &iin, const QString &surname, const QString &given,
                 const QString &patronymic = QString())
{
    QCOMPARE(d.page(), int(IntakeWizard::SubjectPageId));
    d.type("iinEdit", iin);
    d.type("surnameEdit", surname);
    d.type("givenNameEdit", given);
    d.type("patronymicEdit", patronymic);
    d.enter();
}

void presenterPerson(WizardDriver &d, const QString &iin, const QString &surname, const QString &given)
{
    d.type("presenterIinEdit", iin);
    d.type("presenterSurnameEdit", surname);
    d.type("presenterGivenNameEdit", given);
}

void poa(WizardDriver &d, const QString &issued, const QString &until, const QString &principal,
         const QString &agent)
{
    d.type("poaNotaryEdit", QStringLiteral("Сейткали Айгерим Болатқызы"));
    d.type("poaNumberEdit", QStringLiteral("1234-НА"));
    d.type("poaIssuedEdit", issued);
    d.type("poaUntilEdit", until);
    d.type("poaPrincipalEdit", principal);
    d.type("poaAgentEdit", agent);
}

void identityPage(WizardDriver &d, const QString &number = QStringLiteral("045123456"),
                  const QString &issued = QStringLiteral("14.05.2020"),
                  const QString &expires = QStringLiteral("13.05.2030"))
{
    QCOMPARE(d.page(), int(IntakeWizard::IdentityPageId));
    d.type("docNumberEdit", number);
    d.type("docIssuedEdit", issued);
    d.type("docExpiresEdit", expires);
    d.enter();
}

void domesticPage(WizardDriver &d, const QString &phone = QStringLiteral("8 701 234 56 78"))
{
    QCOMPARE(d.page(), int(IntakeWizard::PurposePageId));
    d.type("phoneEdit", phone);
    d.enter();
}

/// Finish on the review page, checking the wizard saved and closed.
void finish(IntakeWizard &w, WizardDriver &d)
{
    QCOMPARE(d.page(), int(IntakeWizard::ReviewPageId));
    d.enter();
    QVERIFY2(w.isSubmitted(), qPrintable(d.problems()));
    QCOMPARE(w.result(), int(QDialog::Accepted));
}

CaseDetails openCase(GuiCounter &c, const IntakeReceipt &r)
{
    CaseDetails details;
    QString error;
    if (!CaseService(c.clerk).open(r.caseId, &details, &error))
        qWarning("%s", qPrintable(error));
    return details;
}

QString pdfText(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    p.waitForFinished(30000);
    return QString::fromUtf8(p.readAllStandardOutput()).simplified();
}

/// From the start to the purpose page: the person herself, with a valid ID card.
void toPurposePage(WizardDriver &d)
{
    d.enter();
    subjectPage(d, kAdultIin, QStringLiteral("Ахметова"), QStringLiteral("Айгуль"));
    d.enter();
    identityPage(d);
}

/// The supervisor confirms the next override dialog with a reason; refusals gets what it
/// listed.
void supervisorConfirms(QObject *context, const QString &reason, QString *refusals, bool *done)
{
    whenModal<OverrideDialog>(context, [=](OverrideDialog *dialog) {
        *refusals = dialog->findChild<QLabel *>(QStringLiteral("refusalsLabel"))->text();
        auto type = [&](const char *name, const QString &text) {
            auto *e = dialog->findChild<QLineEdit *>(QLatin1String(name));
            e->clear();
            typeText(e, text);
        };
        type("loginEdit", QStringLiteral("boss"));
        type("passwordEdit", kSupervisorPassword);
        type("reasonEdit", reason);
        QTest::keyClick(
            dialog->findChild<QLineEdit *>(QStringLiteral("reasonEdit")), Qt::Key_Return);
        *done = true;
    });
}

} // namespace

/// The intake wizard driven by keyboard through every path to a saved case and a printed
/// receipt, and through an override and a cancel.
class TestIntakeWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { MessageBox::setNextAnswer(QMessageBox::NoButton); }

    void thePersonThemselves()
    {
        GuiCounter c;
        QVERIFY(c.isValid());
        IntakeWizard w(c.clerk);
        QVERIFY(showActive(w));
        WizardDriver d(w);

        QCOMPARE(d.page(), int(IntakeWizard::ApplicantPageId));
        QTRY_VERIFY(QApplication::focusWidget() == d.find("individualRadio"));
        d.enter();
        // Focus starts where the clerk types next; pasted IIN with spaces, a Latin "a" in the name.
        QTRY_COMPARE(QApplication::focusWidget(), d.find("iinEdit"));
        d.type("iinEdit", QStringLiteral(" 8710 0840 1427 "));
        QVERIFY(d.find<QLabel>("iinInfo")->text().contains(QStringLiteral("08.10.1987")));
        QVERIFY(d.find<QLabel>("iinInfo")->text().contains(QStringLiteral("female")));
        d.type("surnameEdit", QStringLiteral("Ахмeтова"));
        d.type("givenNameEdit", QStringLiteral("  Айгуль "));
        d.type("patronymicEdit", QStringLiteral("Серикқызы"));
        d.enter();
        QCOMPARE(d.page(), int(IntakeWizard::PresenterPageId));
        QTRY_COMPARE(QApplication::focusWidget(), d.find("presenterCombo"));
        d.enter();
        QVERIFY(d.find<QLabel>("holderLabel")->text().contains(QStringLiteral("Ахметова Айгуль Серикқызы")));
        QTRY_COMPARE(QApplication::focusWidget(), d.find("docNumberEdit"));
        identityPage(d);
        domesticPage(d);

        auto *review = qobject_cast<IntakeReviewPage *>(w.currentPage());
        QVERIFY(review);
        const QString summary = review->summaryText();
        QVERIFY2(summary.contains(QStringLiteral("Ахметова Айгуль Серикқызы")), qPrintable(summary));
        QVERIFY(summary.contains(QStringLiteral("Latin letters that look Cyrillic (e) were made Cyrillic")));
        QVERIFY(summary.contains(QStringLiteral("+77012345678")));
        QVERIFY(summary.contains(QStringLiteral("02.03.2026 10:10")));
        QVERIFY(c.nothingSaved());
        finish(w, d);

        const IntakeReceipt r = w.receipt();
        QVERIFY(ReceiptNumber::parse(r.receipt).isValid());
        const CaseDetails details = openCase(c, r);
        QCOMPARE(details.state.surname, QStringLiteral("Ахметова"));
        QCOMPARE(details.state.presenterKind, QStringLiteral("self"));
        QCOMPARE(details.events.size(), 1);
        QCOMPARE(details.application.identity.expiresOn, QDate(2030, 5, 13));
        QCOMPARE(c.caseEvents(), 1);
    }

    void representativeWithPowerOfAttorney()
    {
        GuiCounter c;
        IntakeWizard w(c.clerk);
        QVERIFY(showActive(w));
        WizardDriver d(w);
        d.enter();
        subjectPage(d, kAdultIin, QStringLiteral("Ахметова"), QStringLiteral("Айгуль"));
        d.choose("presenterCombo", int(Kind::Representative));
        QVERIFY(d.find("poaGroup")->isVisible());
        QVERIFY(!d.find("birthGroup")->isVisible());
        presenterPerson(d, kAgentIin, QStringLiteral("Бекович"), QStringLiteral("Ержан"));
        poa(d, QStringLiteral("01.06.2025"), QString(), kAdultIin, kAgentIin);
        d.enter();
        QVERIFY2(d.page() == IntakeWizard::IdentityPageId, qPrintable(d.problems()));
        QVERIFY(d.find<QLabel>("holderLabel")->text().contains(QStringLiteral("Бекович Ержан")));
        identityPage(d, QStringLiteral("N12345678"));
        domesticPage(d);
        finish(w, d);
        const CaseDetails details = openCase(c, w.receipt());
        QCOMPARE(details.state.presenterKind, QStringLiteral("representative"));
        QCOMPARE(details.application.presenter.poa.issuedOn, QDate(2025, 6, 1));
        QCOMPARE(details.application.presenter.poa.agentIin, kAgentIin);
        QCOMPARE(details.application.identity.number, QStringLiteral("N12345678"));
    }

    void parentOfAMinor()
    {
        GuiCounter c;
        IntakeWizard w(c.clerk);
        QVERIFY(showActive(w));
        WizardDriver d(w);
        const QString child = makeIin(QDate(2012, 5, 14), true);
        d.enter();
        subjectPage(d, child, QStringLiteral("Ахметов"), QStringLiteral("Тимур"), QStringLiteral("Ержанович"));
        QVERIFY(d.find<QLabel>("ageNote")->text().contains(QStringLiteral("a minor")));
        d.choose("presenterCombo", int(Kind::Parent));
        QVERIFY(d.find("birthGroup")->isVisible());
        QVERIFY(!d.find("poaGroup")->isVisible());
        presenterPerson(d, kAgentIin, QStringLiteral("Ахметов"), QStringLiteral("Ержан"));
        d.type("bcNumberEdit", QStringLiteral("I-АЛ 123456"));
        d.type("bcIssuedEdit", QStringLiteral("01.06.2012"));
        d.type("bcChildIinEdit", child);
        d.type("bcParentSurnameEdit", QStringLiteral("АХМЕТОВ"));
        d.type("bcParentGivenNameEdit", QStringLiteral("Ержан"));
        d.enter();
        QVERIFY2(d.page() == IntakeWizard::IdentityPageId, qPrintable(d.problems()));
        identityPage(d);
        domesticPage(d);
        finish(w, d);
        const CaseDetails details = openCase(c, w.receipt());
        QCOMPARE(details.state.presenterKind, QStringLiteral("parent"));
        QCOMPARE(details.application.presenter.birthCertificate.childIin, child);
    }

    void legalEntity()
    {
        GuiCounter c;
        IntakeWizard w(c.clerk);
        QVERIFY(showActive(w));
        WizardDriver d(w);
        d.press("entityRadio");
        d.type("binEdit", QStringLiteral("9401 4000 0385"));
        d.type("entityNameEdit", QStringLiteral("ТОО «Ромашка»"));
        d.enter();
        subjectPage(d, kAdultIin, QStringLiteral("Ахметова"), QStringLiteral("Айгуль"));
        auto *combo = d.find<QComboBox>("presenterCombo");
        QCOMPARE(Kind(combo->currentData().toInt()), Kind::EntityRepresentative);
        presenterPerson(d, kAgentIin, QStringLiteral("Бекович"), QStringLiteral("Ержан"));
        poa(d, QStringLiteral("10.01.2026"), QStringLiteral("10.01.2027"), kAdultIin, kAgentIin);
        d.enter();
        QVERIFY2(d.page() == IntakeWizard::IdentityPageId, qPrintable(d.problems()));
        identityPage(d);
        domesticPage(d);
        finish(w, d);
        const CaseDetails details = openCase(c, w.receipt());
        QCOMPARE(details.application.applicant.kind, Application::ApplicantKind::LegalEntity);
        QCOMPARE(details.application.applicant.bin, kBin);
        QCOMPARE(details.state.presenterKind, QStringLiteral("entity_representative"));
    }

    void abroadWithApostille()
    {
        GuiCounter c;
        IntakeWizard w(c.clerk);
        QVERIFY(showActive(w));
        WizardDriver d(w);
        d.enter();
        subjectPage(d, kAdultIin, QStringLiteral("Ахметова"), QStringLiteral("Айгуль"));
        d.enter();
        identityPage(d);
        d.press("apostilleRadio");
        d.typeInCombo("countryCombo", QStringLiteral("Germany"));
        QVERIFY(d.find<QLabel>("feeLabel")->text().startsWith(QStringLiteral("2163 ₸")));
        d.type("paymentRefEdit", QStringLiteral("KASPI-778899"));
        d.type("phoneEdit", QStringLiteral("+7 701 234 56 78"));
        d.enter();
        QVERIFY2(d.page() == IntakeWizard::ReviewPageId, qPrintable(d.problems()));
        finish(w, d);
        const IntakeReceipt r = w.receipt();
        const CaseDetails details = openCase(c, r);
        QCOMPARE(details.state.purpose, QStringLiteral("apostille"));
        QCOMPARE(details.state.country, QStringLiteral("DE"));
        QCOMPARE(details.state.dueDate, QDate(2026, 3, 13));
        QCOMPARE(details.application.fee.amount, 2163);
        QCOMPARE(details.application.fee.paymentRef, QStringLiteral("KASPI-778899"));

        // The receipt went to the printer path: here a PDF, read back as text.
        const QString pdf = c.printers.lastFile();
        QVERIFY(pdf.isEmpty() || pdf.startsWith(c.pdfFolder()));
    }

    void previousDataAndEDocument()
    {
        GuiCounter c;
        IntakeWizard w(c.clerk);
        QVERIFY(showActive(w));
        WizardDriver d(w);
        d.enter();
        d.type("iinEdit", kAdultIin);
        d.type("surnameEdit", QStringLiteral("Ахметова"));
        d.type("givenNameEdit", QStringLiteral("Айгуль"));
        d.press("changedCheck");
        QVERIFY(d.find("previousGroup")->isVisible());
        d.type("prevSurnameEdit", QStringLiteral("Серикова"));
        d.enter();
        // The change needs its document.
        QCOMPARE(d.page(), int(IntakeWizard::SubjectPageId));
        QVERIFY2(d.problems().contains(QStringLiteral("Document confirming the change: is empty.")), qPrintable(d.problems()));
        d.typeInCombo("changeDocTypeCombo", QStringLiteral("marriage certificate"));
        d.type("changeDocNumberEdit", QStringLiteral("АА 0012345"));
        d.type("changeDocDateEdit", QStringLiteral("30.02.2015"));
        d.enter();
        QVERIFY2(d.problems().contains(
                     QStringLiteral("\"30.02.2015\" is not a date: February 2015 has 28 day(s)")),
            qPrintable(d.problems()));
        d.type("changeDocDateEdit", QStringLiteral("01082015"));
        d.enter();
        QVERIFY2(d.page() == IntakeWizard::PresenterPageId, qPrintable(d.problems()));
        d.enter();
        d.choose("docTypeCombo", int(Application::IdentityType::EDocument));
        QVERIFY(d.find("eCodeEdit")->isVisible());
        QVERIFY(!d.find("docNumberEdit")->isVisible());
        d.type("eCodeEdit", QStringLiteral("48 21 97"));
        d.enter();
        QVERIFY2(d.page() == IntakeWizard::PurposePageId, qPrintable(d.problems()));
        domesticPage(d);
        finish(w, d);
        const CaseDetails details = openCase(c, w.receipt());
        QVERIFY(details.application.subject.previous.present);
        QCOMPARE(details.application.subject.previous.name.surname, QStringLiteral("Серикова"));
        QCOMPARE(details.application.subject.previous.document.issuedOn, QDate(2015, 8, 1));
        QCOMPARE(details.application.identity.type, Application::IdentityType::EDocument);
        QCOMPARE(details.application.identity.eCode, QStringLiteral("482197"));
    }

    void minskCountryWarnsBeforeAnyFee()
    {
        GuiCounter c;
        IntakeWizard w(c.clerk);
        QVERIFY(showActive(w));
        WizardDriver d(w);
        d.enter();
        subjectPage(d, kAdultIin, QStringLiteral("Ахметова"), QStringLiteral("Айгуль"));
        d.enter();
        identityPage(d);
        d.press("apostilleRadio");
        d.typeInCombo("countryCombo", QStringLiteral("Russia"));
        QVERIFY(d.find<QLabel>("legalAssistanceLabel")->isVisible());
        QVERIFY(d.find<QLabel>("legalAssistanceLabel")->text().contains(QStringLiteral("needs no apostille")));
        QVERIFY(!d.find("paymentRefEdit")->isEnabled()); // no fee before the recipient knows
        d.type("phoneEdit", QStringLiteral("+77012345678"));
        d.enter();
        QCOMPARE(d.page(), int(IntakeWizard::PurposePageId));
        QVERIFY2(d.problems().contains(QStringLiteral("needs no apostille at all")), qPrintable(d.problems()));
        QVERIFY(!d.currentPage()->overrideButton()->isVisible());
        d.press("acknowledgeCheck");
        QVERIFY(d.find("paymentRefEdit")->isEnabled());
        d.type("paymentRefEdit", QStringLiteral("REF-1"));
        d.enter();
        QVERIFY2(d.page() == IntakeWizard::ReviewPageId, qPrintable(d.problems()));
        finish(w, d);
        const CaseDetails details = openCase(c, w.receipt());
        bool warned = false;
        for (const auto &v : details.received.value(QLatin1String("checks")).toArray())
            warned = warned || v.toObject().value(QLatin1String("result")).toString() == QLatin1String("warned");
        QVERIFY(warned);
    }

    void supervisorOverride()
    {
        GuiCounter c;
        IntakeWizard w(c.clerk);
        QVERIFY(showActive(w));
        WizardDriver d(w);
        d.enter();
        subjectPage(d, kAdultIin, QStringLiteral("Ахметова"), QStringLiteral("Айгуль"));
        d.enter();
        identityPage(d, QStringLiteral("045123456"), QStringLiteral("14.05.2016"), QStringLiteral("13.02.2026"));
        QCOMPARE(d.page(), int(IntakeWizard::IdentityPageId));
        QVERIFY(d.problems().contains(QStringLiteral("Identity document: valid until: the document expired on 13.02.2026.")));
        QPushButton *override = d.currentPage()->overrideButton();
        QVERIFY(override->isVisible());

        // The supervisor mistypes once, then confirms with a reason.
        QStringList seen;
        bool done = false;
        whenModal<OverrideDialog>(this, [&](OverrideDialog *dialog) {
            auto type = [&](const char *name, const QString &text) {
                auto *e = dialog->findChild<QLineEdit *>(QLatin1String(name));
                e->clear();
                typeText(e, text);
            };
            type("loginEdit", QStringLiteral("boss"));
            type("passwordEdit", QStringLiteral("not-the-password"));
            type("reasonEdit", QStringLiteral("card renewed, the new one is being made"));
            QTest::keyClick(dialog->findChild<QLineEdit *>(QStringLiteral("reasonEdit")), Qt::Key_Return);
            seen.append(dialog->errorText());
            QVERIFY(dialog->isVisible());
            type("passwordEdit", kSupervisorPassword);
            QTest::keyClick(dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit")), Qt::Key_Return);
            done = true;
        });
        QTest::keyClick(&w, Qt::Key_O, Qt::ControlModifier);
        QTRY_VERIFY(done);
        QVERIFY2(seen.value(0).contains(QStringLiteral("wrong")), qPrintable(seen.value(0)));
        QTRY_COMPARE(d.page(), int(IntakeWizard::PurposePageId));
        domesticPage(d);
        auto *review = qobject_cast<IntakeReviewPage *>(w.currentPage());
        QVERIFY(review->summaryText().contains(QStringLiteral("card renewed")));
        finish(w, d);
        const CaseDetails details = openCase(c, w.receipt());
        QCOMPARE(details.overrides.size(), 1);
        QCOMPARE(details.overrides.first().data.value(QLatin1String("supervisor")).toString(), QStringLiteral("boss"));
        QCOMPARE(details.overrides.first().data.value(QLatin1String("rule")).toString(), QStringLiteral("identity_document_valid"));
        QCOMPARE(details.state.overrides, 1);
    }

    // A refusal stands for the fields as they are now: corrected, it goes at once (no Enter),
    // and the supervisor is never called for it.
    void refusalFollowsTheFields()
    {
        GuiCounter c;
        IntakeWizard w(c.clerk);
        QVERIFY(showActive(w));
        WizardDriver d(w);
        d.enter();
        subjectPage(d, kAdultIin, QStringLiteral("Ахметова"), QStringLiteral("Айгуль"));
        d.enter();
        identityPage(d, QStringLiteral("045123456"), QStringLiteral("14.05.2016"),
            QStringLiteral("13.02.2026"));
        QCOMPARE(d.page(), int(IntakeWizard::IdentityPageId));
        QPushButton *override = d.currentPage()->overrideButton();
        QVERIFY(override->isVisible());
        d.type("docExpiresEdit", QStringLiteral("13.05.2030"));
        QVERIFY2(d.problems().isEmpty(), qPrintable(d.problems()));
        QVERIFY(!override->isVisible());
        QCOMPARE(d.page(), int(IntakeWizard::IdentityPageId)); // nothing moved on by itself
        d.enter();

        QCOMPARE(d.page(), int(IntakeWizard::PurposePageId));
        override = d.currentPage()->overrideButton();
        d.press("apostilleRadio");
        d.typeInCombo("countryCombo", QStringLiteral("Viet Nam"));
        d.type("paymentRefEdit", QStringLiteral("KASPI-778899"));
        d.type("phoneEdit", QStringLiteral("+77012345678"));
        d.enter();
        QCOMPARE(d.page(), int(IntakeWizard::PurposePageId));
        QVERIFY2(d.problems().contains(QStringLiteral("Viet Nam on 11.09.2026")),
            qPrintable(d.problems()));
        QVERIFY(override->isVisible());
        d.typeInCombo("countryCombo", QStringLiteral("Germany"));
        QVERIFY2(d.problems().isEmpty(), qPrintable(d.problems()));
        QVERIFY(!override->isVisible());
        d.enter();
        finish(w, d);
        QCOMPARE(openCase(c, w.receipt()).overrides.size(), 0);
    }

    // The supervisor reads the refusal of the fields as they are when Ctrl+O is pressed.
    void overrideAsksForTheRefusalShownNow()
    {
        GuiCounter c;
        IntakeWizard w(c.clerk);
        QVERIFY(showActive(w));
        WizardDriver d(w);
        d.enter();
        subjectPage(d, kAdultIin, QStringLiteral("Ахметова"), QStringLiteral("Айгуль"));
        d.enter();
        identityPage(d, QStringLiteral("045123456"), QStringLiteral("14.05.2016"),
            QStringLiteral("13.02.2026"));
        QCOMPARE(d.page(), int(IntakeWizard::IdentityPageId));
        d.type("docExpiresEdit", QStringLiteral("20.02.2026")); // another expired date, no Enter
        QVERIFY2(d.problems().contains(QStringLiteral("expired on 20.02.2026")),
            qPrintable(d.problems()));
        QString listed;
        bool done = false;
        supervisorConfirms(
            this, QStringLiteral("card renewed, the new one is being made"), &listed, &done);
        QTest::keyClick(&w, Qt::Key_O, Qt::ControlModifier);
        QTRY_VERIFY(done);
        QVERIFY2(listed.contains(QStringLiteral("expired on 20.02.2026")), qPrintable(listed));
        QVERIFY2(!listed.contains(QStringLiteral("13.02.2026")), qPrintable(listed));
        QTRY_COMPARE(d.page(), int(IntakeWizard::PurposePageId));
        domesticPage(d);
        finish(w, d);
        const CaseDetails details = openCase(c, w.receipt());
        QCOMPARE(details.overrides.size(), 1);
        QCOMPARE(details.application.identity.expiresOn, QDate(2026, 2, 20));
    }

    // The list follows the fields it named; the rest of the form is named on the next Enter,
    // never while the clerk is still typing it.
    void listedProblemsOnlyShrinkWhileTyping()
    {
        GuiCounter c;
        IntakeWizard w(c.clerk);
        QVERIFY(showActive(w));
        WizardDriver d(w);
        d.enter();
        subjectPage(d, kAdultIin, QStringLiteral("Ахметова"), QStringLiteral("Айгуль"));
        d.choose("presenterCombo", int(Kind::Representative));
        presenterPerson(d, kAgentIin, QStringLiteral("Бекович"), QStringLiteral("Ержан"));
        d.enter();
        QVERIFY2(d.problems().contains(QStringLiteral("Power of attorney: none is recorded")),
            qPrintable(d.problems()));
        QVERIFY(d.currentPage()->overrideButton()->isVisible());
        d.type("poaNotaryEdit", QStringLiteral("Сейткали А. Б."));
        QVERIFY2(d.problems().isEmpty(), qPrintable(d.problems()));
        QVERIFY(!d.currentPage()->overrideButton()->isVisible());
        d.enter();
        QCOMPARE(d.page(), int(IntakeWizard::PresenterPageId));
        QVERIFY2(d.problems().contains(
                     QStringLiteral("registration number of the notarial act: is empty")),
            qPrintable(d.problems()));
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::keyClick(&w, Qt::Key_Escape);
    }

    // An override granted for one refusal is not listed, nor recorded, once the data changed
    // so that refusal is gone.
    void noPhantomOverrideOnReview()
    {
        GuiCounter c;
        IntakeWizard w(c.clerk);
        QVERIFY(showActive(w));
        WizardDriver d(w);
        toPurposePage(d);
        d.press("apostilleRadio");
        d.typeInCombo("countryCombo", QStringLiteral("Viet Nam"));
        d.type("paymentRefEdit", QStringLiteral("KASPI-778899"));
        d.type("phoneEdit", QStringLiteral("+77012345678"));
        d.enter();
        QCOMPARE(d.page(), int(IntakeWizard::PurposePageId));
        QString listed;
        bool done = false;
        supervisorConfirms(
            this, QStringLiteral("the embassy accepts it from September"), &listed, &done);
        QTest::keyClick(&w, Qt::Key_O, Qt::ControlModifier);
        QTRY_VERIFY(done);
        QTRY_COMPARE(d.page(), int(IntakeWizard::ReviewPageId));
        auto *review = qobject_cast<IntakeReviewPage *>(w.currentPage());
        QVERIFY(review->summaryText().contains(QStringLiteral("the embassy accepts it")));

        // Back: the recipient goes to Germany instead. (The offscreen platform leaves no window
        // active once the modal dialog is gone; a window manager gives the wizard the keys.)
        QVERIFY(showActive(w));
        QTest::keyClick(&w, Qt::Key_B, Qt::AltModifier);
        QTRY_COMPARE(d.page(), int(IntakeWizard::PurposePageId));
        d.typeInCombo("countryCombo", QStringLiteral("Germany"));
        d.enter();
        QCOMPARE(d.page(), int(IntakeWizard::ReviewPageId));
        const QString summary = review->summaryText();
        QVERIFY2(!summary.contains(QStringLiteral("the embassy accepts it")), qPrintable(summary));
        QVERIFY2(!summary.contains(QStringLiteral("Supervisor overrides")), qPrintable(summary));
        finish(w, d);
        const CaseDetails details = openCase(c, w.receipt());
        QCOMPARE(details.overrides.size(), 0);
        QCOMPARE(details.state.country, QStringLiteral("DE"));
    }

    // A country that is not a party to the Hague Convention: no fee, no override; the
    // application goes abroad without an apostille.
    void nonPartyCountryGoesWithoutApostille()
    {
        GuiCounter c;
        IntakeWizard w(c.clerk);
        QVERIFY(showActive(w));
        WizardDriver d(w);
        toPurposePage(d);
        d.press("apostilleRadio");
        QVERIFY(d.find("paymentRefEdit")->isEnabled()); // no country yet: the fee is open
        d.typeInCombo("countryCombo", QStringLiteral("United Arab Emirates"));
        QVERIFY(!d.find("paymentRefEdit")->isEnabled());
        QVERIFY(!d.find("paymentRefEdit")->isVisible());
        QVERIFY(!d.find("feeLabel")->isVisible());
        auto *offer = d.find<QPushButton>("abroadInsteadButton");
        QVERIFY(offer && offer->isVisible());
        d.type("phoneEdit", QStringLiteral("+77012345678"));
        d.enter();
        QCOMPARE(d.page(), int(IntakeWizard::PurposePageId));
        const QString problems = d.problems();
        QVERIFY2(problems.contains(QStringLiteral("not a party to the Hague Apostille Convention")),
            qPrintable(problems));
        QVERIFY2(problems.contains(QStringLiteral("no override applies")), qPrintable(problems));
        QVERIFY2(!problems.contains(QStringLiteral("State fee")), qPrintable(problems));
        QVERIFY(!d.currentPage()->overrideButton()->isVisible()); // and so no Ctrl+O either

        d.press("abroadInsteadButton");
        QVERIFY(d.find<QRadioButton>("abroadRadio")->isChecked());
        QVERIFY2(d.problems().isEmpty(), qPrintable(d.problems()));
        d.enter();
        QVERIFY2(d.page() == IntakeWizard::ReviewPageId, qPrintable(d.problems()));
        finish(w, d);
        const CaseDetails details = openCase(c, w.receipt());
        QCOMPARE(details.state.purpose, QStringLiteral("abroad"));
        QCOMPARE(details.state.country, QStringLiteral("AE"));
        QCOMPARE(details.application.fee.paymentRef, QString());
        QCOMPARE(details.overrides.size(), 0);
    }

    void escapeAsksBeforeLosingData()
    {
        GuiCounter c;
        {
            // Nothing typed: Esc closes at once.
            IntakeWizard w(c.clerk);
            QVERIFY(showActive(w));
            QTest::keyClick(&w, Qt::Key_Escape);
            QVERIFY(!w.isVisible());
            QCOMPARE(w.result(), int(QDialog::Rejected));
        }
        IntakeWizard w(c.clerk);
        QVERIFY(showActive(w));
        WizardDriver d(w);
        d.enter();
        subjectPage(d, kAdultIin, QStringLiteral("Ахметова"), QStringLiteral("Айгуль"));
        MessageBox::setNextAnswer(QMessageBox::No);
        QTest::keyClick(&w, Qt::Key_Escape);
        QVERIFY(w.isVisible());
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("Nothing has been saved")));
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::keyClick(&w, Qt::Key_Escape);
        QVERIFY(!w.isVisible());
        QVERIFY(c.nothingSaved());
    }

    void receiptPdfReadsBack()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QFAIL("pdftotext is not installed (poppler-utils): scripts/dev.sh installs it");
        GuiCounter c;
        IntakeWizard w(c.clerk);
        QVERIFY(showActive(w));
        WizardDriver d(w);
        d.enter();
        subjectPage(d, kAdultIin, QStringLiteral("Ахметова"), QStringLiteral("Айгуль"), QStringLiteral("Серикқызы"));
        d.enter();
        identityPage(d);
        domesticPage(d);
        finish(w, d);
        QVERIFY(ReceiptPrinter::print(w.receipt(), nullptr).printed());
        const QString text = pdfText(c.printers.lastFile());
        QVERIFY2(text.contains(ReceiptNumber::format(w.receipt().receipt)), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Иванова А.С., specialist")));
        QVERIFY(text.contains(QStringLiteral("Astana, Yesil district (код 0101)")));
        QVERIFY(text.contains(QStringLiteral("до 02.03.2026 10:10")));
        QVERIFY(text.contains(QStringLiteral("Ахметова А.С.")));
    }
};

QTEST_MAIN(TestIntakeWizard)
#include "tst_intakewizard.moc"
