#include <QTest>

#include "intake_fixture.h"

using namespace certdesk;
using namespace certdesk::test;
using Kind = Application::PresenterKind;

namespace {

/// What each refusal case types; empty values keep the good defaults below.
struct Input
{
    QString bin;                   ///< non-empty: a legal entity applies
    QString iin = kAdultIin;
    QString surname = QStringLiteral("Ахметова");
    QString givenName = QStringLiteral("Айгуль");
    int presenter = int(Kind::Self);
    QString presenterIin = kAgentIin;
    bool withPoa = true;
    QString poaIssued = QStringLiteral("01.06.2025");
    QString poaUntil;
    QString poaPrincipal = kAdultIin;
    QString poaAgent = kAgentIin;
    bool withBirthCertificate = false;
    QString childIin;
    QString docIssued = QStringLiteral("14.05.2020");
    QString docExpires = QStringLiteral("13.05.2030");
    QString purpose = QStringLiteral("domesticRadio");
    QString country;
    QString paymentRef = QStringLiteral("REF-1");
    QString phone = QStringLiteral("+77012345678");
};

} // namespace

Q_DECLARE_METATYPE(Input)

/// Every refusal of the counter, driven through the wizard: the page stays, the message names
/// the field and the rule, and nothing at all reaches the database.
class TestIntakeRefusals : public QObject
{
    Q_OBJECT

private:
    /// Fills pages until one refuses; returns the page it stopped on (-1: it saved).
    int drive(IntakeWizard &w, const Input &in)
    {
        WizardDriver d(w);
        if (!in.bin.isEmpty()) {
            d.press("entityRadio");
            d.type("binEdit", in.bin);
            d.type("entityNameEdit", QStringLiteral("ТОО «Ромашка»"));
        }
        d.enter();
        if (d.page() != IntakeWizard::SubjectPageId)
            return d.page();
        d.type("iinEdit", in.iin);
        d.type("surnameEdit", in.surname);
        d.type("givenNameEdit", in.givenName);
        d.enter();
        if (d.page() != IntakeWizard::PresenterPageId)
            return d.page();
        if (in.bin.isEmpty())
            d.choose("presenterCombo", in.presenter);
        if (in.presenter != int(Kind::Self) || !in.bin.isEmpty()) {
            d.type("presenterIinEdit", in.presenterIin);
            d.type("presenterSurnameEdit", QStringLiteral("Бекович"));
            d.type("presenterGivenNameEdit", QStringLiteral("Ержан"));
        }
        if (in.withPoa && d.find("poaGroup")->isVisible()) {
            d.type("poaNotaryEdit", QStringLiteral("Сейткали А. Б."));
            d.type("poaNumberEdit", QStringLiteral("1234"));
            d.type("poaIssuedEdit", in.poaIssued);
            d.type("poaUntilEdit", in.poaUntil);
            d.type("poaPrincipalEdit", in.poaPrincipal);
            d.type("poaAgentEdit", in.poaAgent);
        }
        if (in.withBirthCertificate) {
            d.type("bcNumberEdit", QStringLiteral("123456"));
            d.type("bcIssuedEdit", QStringLiteral("01.06.2012"));
            d.type("bcChildIinEdit", in.childIin);
            d.type("bcParentSurnameEdit", QStringLiteral("Бекович"));
            d.type("bcParentGivenNameEdit", QStringLiteral("Ержан"));
        }
        d.enter();
        if (d.page() != IntakeWizard::IdentityPageId)
            return d.page();
        d.type("docNumberEdit", QStringLiteral("045123456"));
        d.type("docIssuedEdit", in.docIssued);
        d.type("docExpiresEdit", in.docExpires);
        d.enter();
        if (d.page() != IntakeWizard::PurposePageId)
            return d.page();
        d.press(in.purpose.toLatin1().constData());
        if (!in.country.isEmpty())
            d.typeInCombo("countryCombo", in.country);
        if (in.purpose == QLatin1String("apostilleRadio") && d.find("paymentRefEdit")->isEnabled())
            d.type("paymentRefEdit", in.paymentRef);
        d.type("phoneEdit", in.phone);
        d.enter();
        if (d.page() != IntakeWizard::ReviewPageId)
            return d.page();
        d.enter();
        return w.isSubmitted() ? -1 : d.page();
    }

private Q_SLOTS:
    void refuses_data()
    {
        QTest::addColumn<Input>("input");
        QTest::addColumn<int>("page");
        QTest::addColumn<QString>("message");
        QTest::addColumn<bool>("overridable");
        const int subject = IntakeWizard::SubjectPageId;
        const int presenter = IntakeWizard::PresenterPageId;
        const int identity = IntakeWizard::IdentityPageId;
        const int purpose = IntakeWizard::PurposePageId;
        Input in;

        in = Input();
        in.iin = QStringLiteral("87100840142");
        QTest::newRow("11-digit IIN")
            << in << subject
            << QStringLiteral(
                   "IIN of the person: the number has 11 digit(s); it must have exactly 12.")
            << false;
        in.iin = QStringLiteral("871008401428");
        QTest::newRow("IIN check digit") << in << subject << QStringLiteral("IIN of the person: the check digit (the last) does not match") << false;
        in.iin = QStringLiteral("870231401427");
        QTest::newRow("IIN born 31.02") << in << subject << QStringLiteral("the birth date 31.02.1987, which does not exist") << false;

        in = Input();
        in.bin = QStringLiteral("940140000386");
        QTest::newRow("invalid BIN") << in << int(IntakeWizard::ApplicantPageId) << QStringLiteral("BIN of the legal entity: the check digit") << false;

        in = Input();
        in.surname.clear();
        QTest::newRow("empty surname") << in << subject << QStringLiteral("Surname of the person: is empty. Fill it in.") << false;
        in = Input();
        in.surname = QStringLiteral("Ахметова2");
        QTest::newRow("digit in a name") << in << subject << QStringLiteral("Surname of the person: contains the digit \"2\"") << false;
        in.surname = QStringLiteral("Жanna");
        QTest::newRow("mixed alphabets") << in << subject << QStringLiteral("mixes Cyrillic (\"Ж\") and Latin (\"n\") letters") << false;

        in = Input();
        in.docExpires = QStringLiteral("01.03.2026");
        QTest::newRow("document expired") << in << identity << QStringLiteral("Identity document: valid until: the document expired on 01.03.2026. Rule: the identity document must be valid on the day of application.") << true;
        in = Input();
        in.docIssued = QStringLiteral("05.03.2026");
        in.docExpires = QStringLiteral("05.03.2036");
        QTest::newRow("document from the future") << in << identity << QStringLiteral("Identity document: date of issue: the document is dated 05.03.2026, after today.") << true;
        in = Input();
        in.docExpires = QStringLiteral("31.02.2030");
        QTest::newRow("date 31.02")
            << in << identity
            << QStringLiteral("Identity document: valid until: \"31.02.2030\" is not a date: "
                              "February 2030 has 28 day(s).")
            << false;

        in = Input();
        in.presenter = int(Kind::Representative);
        in.poaIssued.clear();
        QTest::newRow("POA undated") << in << presenter << QStringLiteral("Power of attorney: date of issue: the power of attorney has no date of issue. Rule: an undated power of attorney is void") << true;
        in.poaIssued = QStringLiteral("10.01.2022");
        in.poaUntil = QStringLiteral("10.01.2027");
        QTest::newRow("POA over 3 years") << in << presenter << QStringLiteral("longer than the 3 years the law allows, so it ended on 10.01.2025") << true;
        in.poaIssued = QStringLiteral("01.03.2025");
        in.poaUntil.clear();
        QTest::newRow("POA no term, 1 year") << in << presenter << QStringLiteral("it states no term, so it lasted 1 year from 01.03.2025 and ended on 01.03.2026") << true;
        in = Input();
        in.presenter = int(Kind::Representative);
        in.poaPrincipal = makeIin(QDate(1990, 1, 1), true);
        QTest::newRow("POA principal") << in << presenter << QStringLiteral("Power of attorney: IIN of the principal: the power of attorney was issued by IIN") << true;
        in = Input();
        in.presenter = int(Kind::Representative);
        in.poaAgent = makeIin(QDate(1990, 1, 1), true);
        QTest::newRow("POA agent") << in << presenter << QStringLiteral("Power of attorney: IIN of the agent: the power of attorney names IIN") << true;
        in = Input();
        in.presenter = int(Kind::Representative);
        in.withPoa = false;
        QTest::newRow("adult without POA")
            << in << presenter
            << QStringLiteral("Power of attorney: none is recorded, and the person is an adult (38 "
                              "year(s) old) presented by someone else.")
            << true;

        in = Input();
        in.iin = makeIin(QDate(2012, 5, 14), true);
        in.presenter = int(Kind::Representative);
        in.poaPrincipal = in.iin;
        QTest::newRow("minor without birth certificate")
            << in << presenter
            << QStringLiteral("Who is at the counter: the person is a minor (13 year(s) old today) "
                              "and the one at the counter shows no birth certificate linking them.")
            << true;
        in.presenter = int(Kind::Parent);
        in.withBirthCertificate = true;
        in.childIin = makeIin(QDate(2013, 1, 1), false);
        QTest::newRow("birth certificate of another child") << in << presenter << QStringLiteral("Birth certificate: IIN of the child: the birth certificate is for the child with IIN") << true;

        in = Input();
        in.purpose = QStringLiteral("apostilleRadio");
        in.country = QStringLiteral("Viet Nam");
        QTest::newRow("apostille before entry into force") << in << purpose << QStringLiteral("Country of destination: the Hague Apostille Convention enters into force between Kazakhstan and Viet Nam on 11.09.2026") << true;
        in.country = QStringLiteral("United Arab Emirates");
        QTest::newRow("apostille non-party")
            << in << purpose
            << QStringLiteral("is not a party to the Hague Apostille Convention: a document for it "
                              "needs consular legalization")
            << false;
        in.country = QStringLiteral("Germany");
        in.paymentRef.clear();
        QTest::newRow("apostille unpaid") << in << purpose << QStringLiteral("State fee: payment reference: no payment of the state fee of 2163 tenge is recorded. Rule: the apostille is affixed only after the state fee is paid.") << true;
        in = Input();
        in.purpose = QStringLiteral("apostilleRadio");
        in.country = QStringLiteral("Atlantis");
        QTest::newRow("unknown country") << in << purpose << QStringLiteral("Country of destination: \"Atlantis\" is not in the list.") << false;
        in = Input();
        in.phone = QStringLiteral("12345");
        QTest::newRow("bad phone") << in << purpose << QStringLiteral("Phone for notices: \"12345\" is not a phone number.") << false;
        in.phone.clear();
        QTest::newRow("no phone") << in << purpose << QStringLiteral("Phone for notices: is empty.") << false;
    }

    void refuses()
    {
        QFETCH(Input, input);
        QFETCH(int, page);
        QFETCH(QString, message);
        QFETCH(bool, overridable);
        GuiCounter c;
        QVERIFY(c.isValid());
        IntakeWizard w(c.clerk);
        QVERIFY(showActive(w));
        const int stopped = drive(w, input);
        WizardDriver d(w);
        QVERIFY2(stopped == page, qPrintable(QStringLiteral("stopped on %1: %2").arg(stopped).arg(d.problems())));
        QVERIFY2(d.problems().contains(message), qPrintable(d.problems()));
        QCOMPARE(d.currentPage()->overrideButton()->isVisible(), overridable);
        // Enter again changes nothing: the page stays until corrected or overridden.
        d.enter();
        QCOMPARE(d.page(), page);
        QVERIFY(c.nothingSaved());
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::keyClick(&w, Qt::Key_Escape);
        QVERIFY(!w.isVisible());
        QVERIFY(c.nothingSaved());
    }
};

QTEST_MAIN(TestIntakeRefusals)
#include "tst_intakerefusals.moc"
