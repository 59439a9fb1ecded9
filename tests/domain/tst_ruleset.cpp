// The rules that change by decree as data (docs/rules.md): the built-in set answers exactly as
// the built-in calendar, terms and fee did; the MCI of a year without one is a refusal naming
// the year; layers are put one over the other by unit id; a rules file with any problem is
// refused whole, every problem with its line; a written file reads back the same.
#include <QTest>

#include "domain/RuleCheck.h"
#include "domain/RuleSet.h"
#include "domain/RuleUnit.h"
#include "domain/RulesFile.h"
#include "domain/ServiceTerms.h"

using namespace certdesk;
using namespace Qt::Literals::StringLiterals;

namespace {

QByteArray header()
{
    return R"({"certdesk_rules":1,"country":"KZ","source":"test"})"_ba "\n";
}

QStringList texts(const QList<RuleProblem> &problems)
{
    QStringList out;
    for (const RuleProblem &p : problems)
        out.append(p.text());
    return out;
}

} // namespace

class TestRuleSet : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtInAnswersAsBefore()
    {
        const RuleSet &rules = RuleSet::builtIn();
        const WorkCalendar before = WorkCalendar::builtIn();
        const WorkCalendar now = rules.calendar();
        QCOMPARE(now.holidays().size(), before.holidays().size());
        QCOMPARE(now.swaps().size(), before.swaps().size());
        for (QDate d(2024, 1, 1); d.year() <= 2028; d = d.addDays(1)) {
            QCOMPARE(now.dayInfo(d).kind, before.dayInfo(d).kind);
            QCOMPARE(now.covers(d), before.covers(d));
        }
        QCOMPARE(rules.calendarYears(), (QList<int>{2024, 2025, 2026, 2027}));

        // Every term as the service page says, on any day.
        const TermSettings defaults;
        for (const QDate &day : {QDate(2019, 1, 1), QDate(2026, 3, 2), QDate(2030, 1, 1)}) {
            const TermSettings t = rules.termsOn(day);
            QCOMPARE(t.electronicMinutes, defaults.electronicMinutes);
            QCOMPARE(t.additionalCheckDays, defaults.additionalCheckDays);
            QCOMPARE(t.interimNoticeDays, defaults.interimNoticeDays);
            QCOMPARE(t.reapplyAfterDays, defaults.reapplyAfterDays);
            QCOMPARE(t.paperRegionalDays, defaults.paperRegionalDays);
            QCOMPARE(t.paperDistrictDays, defaults.paperDistrictDays);
            QCOMPARE(t.apostilleDays, defaults.apostilleDays);
        }
        // A deadline: apostille submitted on Friday 20 March 2026 (Nauryz follows).
        const ServiceTerms terms(now, rules.termsOn({2026, 3, 20}));
        QCOMPARE(terms.due(ServiceTerms::Kind::Apostille, QDateTime({2026, 3, 20}, {10, 0})).dueDate,
                 WorkCalendar::builtIn().addWorkingDays({2026, 3, 20}, 8));

        RuleSet::Fee fee;
        QString error;
        QVERIFY2(rules.apostilleFee({2026, 3, 2}, &fee, &error), qPrintable(error));
        QCOMPARE(fee.amount, 2163); // 0.5 x 4325, rounded half up
        QCOMPARE(fee.mci, 4325);
        QVERIFY(rules.apostilleFee({2025, 6, 2}, &fee, &error));
        QCOMPARE(fee.amount, 1966);
        QCOMPARE(rules.countries().check(u"VN"_s, {2026, 9, 11}).status,
                 ApostilleCountries::Status::InForce);
        QVERIFY(RuleCheck::whole(rules).isEmpty());
    }

    void mciOfAYearWithoutOneIsRefused()
    {
        const RuleSet &rules = RuleSet::builtIn();
        QVERIFY(!rules.mci(2027).has_value());
        RuleSet::Fee fee;
        QString error;
        QVERIFY(!rules.apostilleFee({2027, 1, 11}, &fee, &error));
        QVERIFY2(error.contains(u"2027"_s), qPrintable(error));
        QCOMPARE(fee.amount, 0);

        RuleSet withMci = rules;
        withMci.set(RuleUnit::mci(2027, 4500));
        QVERIFY2(withMci.apostilleFee({2027, 1, 11}, &fee, &error), qPrintable(error));
        QCOMPARE(fee.amount, 2250);
    }

    void layersGoByUnitId()
    {
        RuleSet branch;
        branch.set(RuleUnit::mci(2027, 4400));
        branch.set(RuleUnit::mci(2028, 4600));
        RuleSet central;
        central.set(RuleUnit::mci(2027, 4500));
        const RuleSet inForce = RuleSet::builtIn().overlaid(branch).overlaid(central);
        QCOMPARE(inForce.mci(2027), std::optional<int>(4500)); // central has it
        QCOMPARE(inForce.mci(2028), std::optional<int>(4600)); // central has none
        QCOMPARE(inForce.mci(2026), std::optional<int>(4325)); // built in

        // A term from a later date applies from that date; the one before stays before it.
        RuleSet later;
        later.set(RuleUnit::term(u"apostille"_s, {2027, 1, 1}, 10));
        const RuleSet terms = RuleSet::builtIn().overlaid(later);
        QCOMPARE(terms.termsOn({2026, 12, 31}).apostilleDays, 8);
        QCOMPARE(terms.termsOn({2027, 1, 1}).apostilleDays, 10);

        // A removed unit hides the one below: a year's calendar withdrawn.
        RuleSet withdrawn;
        withdrawn.set(RuleSet::builtIn().unit(u"calendar/2027"_s).removed());
        const RuleSet without = RuleSet::builtIn().overlaid(withdrawn);
        QCOMPARE(without.calendarYears(), (QList<int>{2024, 2025, 2026}));
        QCOMPARE(without.yearsWithoutCalendar({2026, 12, 1}, {2027, 1, 20}), QList<int>{2027});
        QVERIFY(!without.calendar().covers({2027, 3, 1}));
    }

    void fileRoundTrip()
    {
        const QByteArray written = RulesFile::write(RuleSet::builtIn(), u"KZ"_s, u"test"_s);
        RulesFile::Contents contents;
        QList<RuleProblem> problems;
        QVERIFY2(RulesFile::parse(written, &contents, &problems),
                 qPrintable(texts(problems).join(u'\n')));
        QCOMPARE(contents.country, u"KZ"_s);
        QCOMPARE(contents.rules.size(), RuleSet::builtIn().size());
        QVERIFY(contents.rules == RuleSet::builtIn());
        QCOMPARE(RulesFile::write(contents.rules, u"KZ"_s, u"test"_s), written);
    }

    void fileWithADecree()
    {
        const QByteArray file = header() + R"(# MCI and one term changed by decree
{"mci":2027,"tenge":4500}
{"term":"apostille","from":"2027-01-01","working_days":10}
{"fee":"apostille","from":"2027-01-01","mci":0.5}
{"hague":"TH","in_force":"2027-02-28","name":"Thailand"}
{"legal_assistance":"AM","conventions":"Minsk 1993; Chisinau 2002"}
{"mci":2024,"removed":true}
)"_ba;
        RulesFile::Contents c;
        QList<RuleProblem> problems;
        QVERIFY2(RulesFile::parse(file, &c, &problems), qPrintable(texts(problems).join(u'\n')));
        QCOMPARE(c.rules.size(), 6);
        QCOMPARE(c.lines.value(u"mci/2027"_s), 3);
        QCOMPARE(c.lines.value(u"term/apostille/2027-01-01"_s), 4);
        QVERIFY(c.rules.unit(u"mci/2024"_s).isRemoved());
    }

    void refusedFiles_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("reason");

        QTest::newRow("no such day") << R"({"holiday":"2027-02-30","kk":"a","ru":"b","en":"c"})"_ba
                                     << 2 << u"2027-02-30 does not exist"_s;
        QTest::newRow("no such month") << R"({"term":"apostille","from":"2027-13-01","working_days":8})"_ba
                                       << 2 << u"there is no month 13"_s;
        QTest::newRow("mci 0") << "\n"_ba R"({"mci":2027,"tenge":0})"_ba << 3
                               << u"the MCI of 2027 is 0"_s;
        QTest::newRow("unknown country") << R"({"hague":"XX","in_force":"2027-01-01"})"_ba << 2
                                         << u"\"XX\" is not a known country code"_s;
        QTest::newRow("unknown term") << R"({"term":"express","from":"2027-01-01","working_days":1})"_ba
                                      << 2 << u"\"express\" is not a service term"_s;
        QTest::newRow("not json") << "{mci:2027}"_ba << 2 << u"not a JSON object"_s;
        QTest::newRow("twice") << R"({"mci":2027,"tenge":4500})"_ba "\n"_ba R"({"mci":2027,"tenge":4600})"_ba
                               << 3 << u"first on line 2"_s;
        QTest::newRow("working day off a weekday")
            << R"({"holiday":"2027-01-01","kk":"a","ru":"b","en":"c"})"_ba "\n"_ba
               R"({"swap":"2027-01-04","working":true})"_ba
            << 3 << u"only of a Saturday or Sunday"_s;
        // Every weekday of 2027 a holiday: no working day is left.
        QByteArray emptied;
        for (QDate d(2027, 1, 1); d.year() == 2027; d = d.addDays(1)) {
            if (d.dayOfWeek() <= 5)
                emptied += "{\"holiday\":\"" + d.toString(Qt::ISODate).toLatin1()
                           + "\",\"kk\":\"a\",\"ru\":\"b\",\"en\":\"c\",\"carries_over\":false}\n";
        }
        QTest::newRow("empties the year") << emptied << 2
                                          << u"leaves no working day in the year"_s;
    }

    void refusedFiles()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, line);
        QFETCH(QString, reason);
        RulesFile::Contents c;
        c.country = u"untouched"_s;
        QList<RuleProblem> problems;
        QVERIFY(!RulesFile::parse(header() + body, &c, &problems));
        QCOMPARE(c.country, u"untouched"_s);
        QVERIFY(!problems.isEmpty());
        bool found = false;
        for (const RuleProblem &p : problems)
            found = found || (p.line == line && p.message.contains(reason));
        QVERIFY2(found, qPrintable(texts(problems).join(u'\n')));
        QVERIFY(problems.first().text().startsWith(u"Line "_s));
    }

    void everyProblemIsNamed()
    {
        const QByteArray file = header() + R"({"mci":2027,"tenge":0}
{"hague":"QQ","in_force":"2027-01-01"}
{"holiday":"2027-02-29","kk":"a","ru":"b","en":"c"}
)"_ba;
        RulesFile::Contents c;
        QList<RuleProblem> problems;
        QVERIFY(!RulesFile::parse(file, &c, &problems));
        QList<int> lines;
        for (const RuleProblem &p : problems)
            lines.append(p.line);
        QCOMPARE(lines, (QList<int>{2, 3, 4}));
    }

    void headerIsRequired()
    {
        RulesFile::Contents c;
        QList<RuleProblem> problems;
        QVERIFY(!RulesFile::parse(R"({"mci":2027,"tenge":4500})"_ba, &c, &problems));
        QCOMPARE(problems.value(0).line, 1);
        QVERIFY(!RulesFile::parse(R"({"certdesk_rules":1,"country":"ZZ"})"_ba, &c, &problems));
        QVERIFY(!RulesFile::parse(R"({"certdesk_rules":2,"country":"KZ"})"_ba, &c, &problems));
        QVERIFY(!RulesFile::parse(QByteArray(), &c, &problems));
    }

    void wholeChecks()
    {
        RuleSet noKz;
        noKz.set(RuleSet::builtIn().unit(u"hague/KZ"_s).removed());
        QVERIFY(!RuleCheck::whole(RuleSet::builtIn().overlaid(noKz)).isEmpty());
        RuleSet noTerm;
        noTerm.set(RuleSet::builtIn().unit(u"term/apostille/2020-05-18"_s).removed());
        QVERIFY(!RuleCheck::whole(RuleSet::builtIn().overlaid(noTerm)).isEmpty());
        QVERIFY(!RuleCheck::unit(RuleUnit::mci(2027, 0)).isEmpty());
        QVERIFY(!RuleCheck::unit(RuleUnit::mci(2027, -5)).isEmpty());
        QVERIFY(RuleCheck::unit(RuleUnit::mci(2027, 4500)).isEmpty());
        QVERIFY(!RuleCheck::unit(RuleUnit::apostilleFee({2027, 1, 1}, 0)).isEmpty());
        QVERIFY(!RuleCheck::unit(RuleUnit::term(u"apostille"_s, {2027, 1, 1}, 0)).isEmpty());
    }

    void unitRecordsReadBack()
    {
        for (const RuleUnit &u : RuleSet::builtIn().units()) {
            RuleUnit back;
            QString error;
            QVERIFY2(RuleUnit::fromJson(u.toJson(), &back, &error), qPrintable(error));
            QCOMPARE(back.id(), u.id());
            QVERIFY(back == u);
            QVERIFY(!u.describe().isEmpty());
        }
        RuleUnit back;
        QString error;
        QVERIFY(!RuleUnit::fromJson(QJsonObject{{u"mci"_s, 2027}, {u"tenge"_s, u"4500"_s}}, &back,
                                    &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRuleSet)
#include "tst_ruleset.moc"
