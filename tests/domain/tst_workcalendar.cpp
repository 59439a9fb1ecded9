#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QTest>

#include "domain/WorkCalendar.h"

using certdesk::DaySwap;
using certdesk::Holiday;
using certdesk::WorkCalendar;
using namespace Qt::Literals::StringLiterals;

/// The working-day calendar against DOMAIN.md section 5: the built-in holiday data, the
/// weekend carry-over rule (never for 7 January and Kurban Ait), decree swaps, and the
/// working-day arithmetic every deadline is built on. Expected days were worked out by hand
/// from the rules, not read back from the calendar.
class TestWorkCalendar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void days_data();
    void days();
    void exactNonWorkingWeekdays2026();
    void exactNonWorkingWeekdays2025();
    void weekendsStayOff();
    void carriedOverNamesItsHoliday();
    void addWorkingDays_data();
    void addWorkingDays();
    void nextWorkingDay_data();
    void nextWorkingDay();
    void workingDaysBetween_data();
    void workingDaysBetween();
    void betweenIsInverseOfAdd();
    void decreeSwapInTestCalendar();
    void decreeNeverWorksAHoliday();
    void carryOverSkipsDecreeDayOff();
    void jsonRoundTrip();
    void jsonBadDate_data();
    void jsonBadDate();
    void covers();

private:
    WorkCalendar m_cal;
};

void TestWorkCalendar::initTestCase()
{
    m_cal = WorkCalendar::builtIn();
    QVERIFY(!m_cal.holidays().isEmpty());
}

void TestWorkCalendar::days_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<bool>("working");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QDate>("holiday"); ///< the holiday behind a holiday or carried-over day

    auto row
        = [](const char *name, QDate d, bool working, const char *kind, QDate holiday = QDate()) {
              QTest::newRow(name) << d << working << QString::fromLatin1(kind) << holiday;
          };

    // 2025: every holiday, carry-over and decree day.
    row("2025-01-01 Wed New Year", {2025, 1, 1}, false, "holiday", {2025, 1, 1});
    row("2025-01-02 Thu New Year", {2025, 1, 2}, false, "holiday", {2025, 1, 2});
    row("2025-01-03 Fri decree off", {2025, 1, 3}, false, "decree");
    row("2025-01-04 Sat", {2025, 1, 4}, false, "weekend");
    row("2025-01-05 Sun decree worked", {2025, 1, 5}, true, "working");
    row("2025-01-06 Mon", {2025, 1, 6}, true, "working");
    row("2025-01-07 Tue Christmas", {2025, 1, 7}, false, "holiday", {2025, 1, 7});
    row("2025-03-08 Sat Women's Day", {2025, 3, 8}, false, "holiday", {2025, 3, 8});
    row("2025-03-10 Mon carried 8 Mar", {2025, 3, 10}, false, "carried_over", {2025, 3, 8});
    row("2025-03-11 Tue", {2025, 3, 11}, true, "working");
    row("2025-03-21 Fri Nauryz", {2025, 3, 21}, false, "holiday", {2025, 3, 21});
    row("2025-03-22 Sat Nauryz", {2025, 3, 22}, false, "holiday", {2025, 3, 22});
    row("2025-03-23 Sun Nauryz", {2025, 3, 23}, false, "holiday", {2025, 3, 23});
    row("2025-03-24 Mon carried 22 Mar", {2025, 3, 24}, false, "carried_over", {2025, 3, 22});
    row("2025-03-25 Tue carried 23 Mar", {2025, 3, 25}, false, "carried_over", {2025, 3, 23});
    row("2025-03-26 Wed", {2025, 3, 26}, true, "working");
    row("2025-05-01 Thu Unity", {2025, 5, 1}, false, "holiday", {2025, 5, 1});
    row("2025-05-07 Wed Defender", {2025, 5, 7}, false, "holiday", {2025, 5, 7});
    row("2025-05-09 Fri Victory", {2025, 5, 9}, false, "holiday", {2025, 5, 9});
    row("2025-06-06 Fri Kurban Ait", {2025, 6, 6}, false, "holiday", {2025, 6, 6});
    row("2025-06-09 Mon", {2025, 6, 9}, true, "working");
    row("2025-07-06 Sun Capital Day", {2025, 7, 6}, false, "holiday", {2025, 7, 6});
    row("2025-07-07 Mon carried 6 Jul", {2025, 7, 7}, false, "carried_over", {2025, 7, 6});
    row("2025-08-30 Sat Constitution", {2025, 8, 30}, false, "holiday", {2025, 8, 30});
    row("2025-09-01 Mon carried 30 Aug", {2025, 9, 1}, false, "carried_over", {2025, 8, 30});
    row("2025-10-25 Sat Republic", {2025, 10, 25}, false, "holiday", {2025, 10, 25});
    row("2025-10-27 Mon carried 25 Oct", {2025, 10, 27}, false, "carried_over", {2025, 10, 25});
    row("2025-12-16 Tue Independence", {2025, 12, 16}, false, "holiday", {2025, 12, 16});
    row("2025-12-31 Wed", {2025, 12, 31}, true, "working");

    // 2026: every holiday and carry-over; no decree is known.
    row("2026-01-01 Thu New Year", {2026, 1, 1}, false, "holiday", {2026, 1, 1});
    row("2026-01-02 Fri New Year", {2026, 1, 2}, false, "holiday", {2026, 1, 2});
    row("2026-01-03 Sat", {2026, 1, 3}, false, "weekend");
    row("2026-01-05 Mon", {2026, 1, 5}, true, "working");
    row("2026-01-07 Wed Christmas", {2026, 1, 7}, false, "holiday", {2026, 1, 7});
    row("2026-03-08 Sun Women's Day", {2026, 3, 8}, false, "holiday", {2026, 3, 8});
    row("2026-03-09 Mon carried 8 Mar", {2026, 3, 9}, false, "carried_over", {2026, 3, 8});
    row("2026-03-21 Sat Nauryz", {2026, 3, 21}, false, "holiday", {2026, 3, 21});
    row("2026-03-22 Sun Nauryz", {2026, 3, 22}, false, "holiday", {2026, 3, 22});
    row("2026-03-23 Mon Nauryz", {2026, 3, 23}, false, "holiday", {2026, 3, 23});
    row("2026-03-24 Tue carried 21 Mar", {2026, 3, 24}, false, "carried_over", {2026, 3, 21});
    row("2026-03-25 Wed carried 22 Mar", {2026, 3, 25}, false, "carried_over", {2026, 3, 22});
    row("2026-03-26 Thu", {2026, 3, 26}, true, "working");
    row("2026-05-01 Fri Unity", {2026, 5, 1}, false, "holiday", {2026, 5, 1});
    row("2026-05-07 Thu Defender", {2026, 5, 7}, false, "holiday", {2026, 5, 7});
    row("2026-05-08 Fri", {2026, 5, 8}, true, "working");
    row("2026-05-09 Sat Victory", {2026, 5, 9}, false, "holiday", {2026, 5, 9});
    row("2026-05-11 Mon carried 9 May", {2026, 5, 11}, false, "carried_over", {2026, 5, 9});
    row("2026-05-27 Wed Kurban Ait", {2026, 5, 27}, false, "holiday", {2026, 5, 27});
    row("2026-07-06 Mon Capital Day", {2026, 7, 6}, false, "holiday", {2026, 7, 6});
    row("2026-08-30 Sun no Constitution Day", {2026, 8, 30}, false, "weekend");
    row("2026-08-31 Mon", {2026, 8, 31}, true, "working");
    row("2026-10-25 Sun Republic", {2026, 10, 25}, false, "holiday", {2026, 10, 25});
    row("2026-10-26 Mon carried 25 Oct", {2026, 10, 26}, false, "carried_over", {2026, 10, 25});
    row("2026-12-16 Wed Independence", {2026, 12, 16}, false, "holiday", {2026, 12, 16});
    row("2026-12-31 Thu", {2026, 12, 31}, true, "working");

    // 2024: a selection, including the two holidays that never move.
    row("2024-01-01 Mon New Year", {2024, 1, 1}, false, "holiday", {2024, 1, 1});
    row("2024-01-07 Sun Christmas", {2024, 1, 7}, false, "holiday", {2024, 1, 7});
    row("2024-01-08 Mon Christmas never moves", {2024, 1, 8}, true, "working");
    row("2024-03-23 Sat Nauryz", {2024, 3, 23}, false, "holiday", {2024, 3, 23});
    row("2024-03-25 Mon carried 23 Mar", {2024, 3, 25}, false, "carried_over", {2024, 3, 23});
    row("2024-06-16 Sun Kurban Ait", {2024, 6, 16}, false, "holiday", {2024, 6, 16});
    row("2024-06-17 Mon Kurban never moves", {2024, 6, 17}, true, "working");
    row("2024-07-08 Mon carried 6 Jul", {2024, 7, 8}, false, "carried_over", {2024, 7, 6});
    row("2024-08-30 Fri Constitution", {2024, 8, 30}, false, "holiday", {2024, 8, 30});

    // 2027: a selection, with the new Constitution Day and Kurban Ait on a Sunday.
    row("2027-01-01 Fri New Year", {2027, 1, 1}, false, "holiday", {2027, 1, 1});
    row("2027-01-02 Sat New Year", {2027, 1, 2}, false, "holiday", {2027, 1, 2});
    row("2027-01-04 Mon carried 2 Jan", {2027, 1, 4}, false, "carried_over", {2027, 1, 2});
    row("2027-01-05 Tue", {2027, 1, 5}, true, "working");
    row("2027-03-15 Mon Constitution", {2027, 3, 15}, false, "holiday", {2027, 3, 15});
    row("2027-03-21 Sun Nauryz", {2027, 3, 21}, false, "holiday", {2027, 3, 21});
    row("2027-03-23 Tue Nauryz", {2027, 3, 23}, false, "holiday", {2027, 3, 23});
    row("2027-03-24 Wed carried 21 Mar", {2027, 3, 24}, false, "carried_over", {2027, 3, 21});
    row("2027-05-03 Mon carried 1 May", {2027, 5, 3}, false, "carried_over", {2027, 5, 1});
    row("2027-05-10 Mon carried 9 May", {2027, 5, 10}, false, "carried_over", {2027, 5, 9});
    row("2027-05-16 Sun Kurban Ait", {2027, 5, 16}, false, "holiday", {2027, 5, 16});
    row("2027-05-17 Mon Kurban never moves", {2027, 5, 17}, true, "working");
    row("2027-08-30 Mon no Constitution Day", {2027, 8, 30}, true, "working");
}

void TestWorkCalendar::days()
{
    QFETCH(QDate, date);
    QFETCH(bool, working);
    QFETCH(QString, kind);
    QFETCH(QDate, holiday);

    const WorkCalendar::DayInfo info = m_cal.dayInfo(date);
    QCOMPARE(info.date, date);
    QCOMPARE(m_cal.isWorkingDay(date), working);
    QCOMPARE(info.kindName(), kind);
    if (holiday.isValid()) {
        QCOMPARE(info.holiday.date, holiday);
        QVERIFY(!info.holiday.nameEn.isEmpty());
        QVERIFY(!info.holiday.nameKk.isEmpty());
        QVERIFY(!info.holiday.nameRu.isEmpty());
    }
    QCOMPARE(info.reasonText().isEmpty(), working);
}

static QSet<QDate> nonWorkingWeekdays(const WorkCalendar &cal, int year)
{
    QSet<QDate> off;
    for (QDate d(year, 1, 1); d.year() == year; d = d.addDays(1)) {
        if (d.dayOfWeek() <= 5 && !cal.isWorkingDay(d))
            off.insert(d);
    }
    return off;
}

static QString listOf(const QSet<QDate> &days)
{
    QList<QDate> sorted(days.cbegin(), days.cend());
    std::sort(sorted.begin(), sorted.end());
    QStringList out;
    for (const QDate &d : std::as_const(sorted))
        out.append(d.toString(Qt::ISODate));
    return out.join(u", "_s);
}

void TestWorkCalendar::exactNonWorkingWeekdays2026()
{
    // DOMAIN.md section 5, word for word.
    const QSet<QDate> expected {{2026, 1, 1}, {2026, 1, 2}, {2026, 1, 7}, {2026, 3, 9},
        {2026, 3, 23}, {2026, 3, 24}, {2026, 3, 25}, {2026, 5, 1}, {2026, 5, 7}, {2026, 5, 11},
        {2026, 5, 27}, {2026, 7, 6}, {2026, 10, 26}, {2026, 12, 16}};
    const QSet<QDate> actual = nonWorkingWeekdays(m_cal, 2026);
    QVERIFY2(actual == expected,
        qPrintable(u"non-working weekdays of 2026: %1\nexpected: %2"_s.arg(
            listOf(actual), listOf(expected))));
}

void TestWorkCalendar::exactNonWorkingWeekdays2025()
{
    // Worked out from the rules: the holidays on weekdays, the carry-overs of 8 Mar (Sat),
    // 22-23 Mar (Sat, Sun), 6 Jul (Sun), 30 Aug (Sat), 25 Oct (Sat), and Fri 3 Jan by decree.
    const QSet<QDate> expected {{2025, 1, 1}, {2025, 1, 2}, {2025, 1, 3}, {2025, 1, 7},
        {2025, 3, 10}, {2025, 3, 21}, {2025, 3, 24}, {2025, 3, 25}, {2025, 5, 1}, {2025, 5, 7},
        {2025, 5, 9}, {2025, 6, 6}, {2025, 7, 7}, {2025, 9, 1}, {2025, 10, 27}, {2025, 12, 16}};
    const QSet<QDate> actual = nonWorkingWeekdays(m_cal, 2025);
    QVERIFY2(actual == expected,
        qPrintable(u"non-working weekdays of 2025: %1\nexpected: %2"_s.arg(
            listOf(actual), listOf(expected))));
}

void TestWorkCalendar::weekendsStayOff()
{
    // The only weekend day worked in 2024-2027 is Sunday 5 January 2025 (the 2025 decree).
    for (QDate d(2024, 1, 1); d.year() <= 2027; d = d.addDays(1)) {
        if (d.dayOfWeek() < 6)
            continue;
        const bool expectWorking = d == QDate(2025, 1, 5);
        QVERIFY2(m_cal.isWorkingDay(d) == expectWorking, qPrintable(d.toString(Qt::ISODate)));
    }
}

void TestWorkCalendar::carriedOverNamesItsHoliday()
{
    const WorkCalendar::DayInfo info = m_cal.dayInfo(QDate(2026, 3, 9));
    QVERIFY(info.reasonText().contains(info.holiday.nameEn));
    QVERIFY(info.reasonText().contains(u"2026-03-08"_s));
    QCOMPARE(m_cal.dayInfo(QDate(2026, 3, 7)).reasonText(), u"weekend"_s);
    QVERIFY(!m_cal.dayInfo(QDate(2025, 1, 3)).reasonText().isEmpty());
}

void TestWorkCalendar::addWorkingDays_data()
{
    QTest::addColumn<QDate>("start");
    QTest::addColumn<int>("n");
    QTest::addColumn<QDate>("expected");

    QTest::newRow("n=0 working day") << QDate(2026, 3, 20) << 0 << QDate(2026, 3, 20);
    QTest::newRow("n=0 holiday stays") << QDate(2026, 3, 23) << 0 << QDate(2026, 3, 23);
    QTest::newRow("n=0 Saturday stays") << QDate(2026, 3, 21) << 0 << QDate(2026, 3, 21);
    QTest::newRow("plain week") << QDate(2026, 2, 2) << 4 << QDate(2026, 2, 6);
    QTest::newRow("Friday +1 is Monday") << QDate(2026, 1, 30) << 1 << QDate(2026, 2, 2);
    QTest::newRow("across Nauryz 2026 +1") << QDate(2026, 3, 20) << 1 << QDate(2026, 3, 26);
    QTest::newRow("across Nauryz 2026 +5") << QDate(2026, 3, 20) << 5 << QDate(2026, 4, 1);
    QTest::newRow("from Nauryz Saturday") << QDate(2026, 3, 21) << 1 << QDate(2026, 3, 26);
    QTest::newRow("from carried day") << QDate(2026, 3, 24) << 1 << QDate(2026, 3, 26);
    QTest::newRow("across Nauryz 2025") << QDate(2025, 3, 20) << 1 << QDate(2025, 3, 26);
    QTest::newRow("around 7-9 May 2026") << QDate(2026, 5, 6) << 1 << QDate(2026, 5, 8);
    QTest::newRow("around 7-11 May 2026") << QDate(2026, 5, 6) << 2 << QDate(2026, 5, 12);
    QTest::newRow("year end 2025 +1") << QDate(2025, 12, 31) << 1 << QDate(2026, 1, 5);
    QTest::newRow("year end 2025 +3 skips 7 Jan") << QDate(2025, 12, 31) << 3 << QDate(2026, 1, 8);
    QTest::newRow("year end 2026 +1") << QDate(2026, 12, 31) << 1 << QDate(2027, 1, 5);
    QTest::newRow("year end 2026 from 30 Dec +2") << QDate(2026, 12, 30) << 2 << QDate(2027, 1, 5);
    QTest::newRow("year end 2024 lands on decreed Sunday")
        << QDate(2024, 12, 31) << 1 << QDate(2025, 1, 5);
    QTest::newRow("year end 2024 +2") << QDate(2024, 12, 31) << 2 << QDate(2025, 1, 6);
    QTest::newRow("a month of 2026") << QDate(2026, 1, 1) << 19 << QDate(2026, 1, 30);
    QTest::newRow("back over Nauryz") << QDate(2026, 3, 26) << -1 << QDate(2026, 3, 20);
    QTest::newRow("back over New Year") << QDate(2026, 1, 5) << -1 << QDate(2025, 12, 31);
    QTest::newRow("back from Sunday") << QDate(2026, 3, 22) << -1 << QDate(2026, 3, 20);
}

void TestWorkCalendar::addWorkingDays()
{
    QFETCH(QDate, start);
    QFETCH(int, n);
    QFETCH(QDate, expected);
    const QDate got = m_cal.addWorkingDays(start, n);
    QCOMPARE(got, expected);
    if (n != 0)
        QVERIFY(m_cal.isWorkingDay(got));
}

void TestWorkCalendar::nextWorkingDay_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QDate>("expected");

    QTest::newRow("working Tuesday") << QDate(2026, 12, 15) << QDate(2026, 12, 17);
    QTest::newRow("New Year's Day") << QDate(2026, 1, 1) << QDate(2026, 1, 5);
    QTest::newRow("8 Mar on Sunday") << QDate(2026, 3, 8) << QDate(2026, 3, 10);
    QTest::newRow("before decree swap") << QDate(2025, 1, 2) << QDate(2025, 1, 5);
    QTest::newRow("Friday") << QDate(2026, 2, 6) << QDate(2026, 2, 9);
    QTest::newRow("before Kurban Ait 2026") << QDate(2026, 5, 26) << QDate(2026, 5, 28);
}

void TestWorkCalendar::nextWorkingDay()
{
    QFETCH(QDate, date);
    QFETCH(QDate, expected);
    QCOMPARE(m_cal.nextWorkingDay(date), expected);
}

void TestWorkCalendar::workingDaysBetween_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<int>("expected");

    QTest::newRow("same day") << QDate(2026, 3, 20) << QDate(2026, 3, 20) << 0;
    QTest::newRow("over Nauryz") << QDate(2026, 3, 20) << QDate(2026, 3, 26) << 1;
    QTest::newRow("into a holiday") << QDate(2026, 3, 20) << QDate(2026, 3, 25) << 0;
    // January 2026 has 22 weekdays; 1, 2 and 7 Jan are off; 1 Jan itself is not counted.
    QTest::newRow("January 2026") << QDate(2026, 1, 1) << QDate(2026, 1, 31) << 19;
    QTest::newRow("back over Nauryz") << QDate(2026, 3, 26) << QDate(2026, 3, 20) << -1;
    QTest::newRow("back from Sunday") << QDate(2026, 3, 22) << QDate(2026, 3, 20) << -1;
}

void TestWorkCalendar::workingDaysBetween()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(int, expected);
    QCOMPARE(m_cal.workingDaysBetween(from, to), expected);
}

void TestWorkCalendar::betweenIsInverseOfAdd()
{
    // The header's promise: addWorkingDays(from, n) == to gives n, both ways, from any day.
    for (QDate from(2025, 1, 1); from.year() <= 2026; from = from.addDays(1)) {
        for (int n = -25; n <= 25; ++n) {
            const QDate to = m_cal.addWorkingDays(from, n);
            const int back = m_cal.workingDaysBetween(from, to);
            if (back != n)
                QFAIL(qPrintable(u"addWorkingDays(%1, %2) = %3, but workingDaysBetween gives %4"_s
                                     .arg(from.toString(Qt::ISODate))
                                     .arg(n)
                                     .arg(to.toString(Qt::ISODate))
                                     .arg(back)));
        }
    }
}

void TestWorkCalendar::decreeSwapInTestCalendar()
{
    // Friday 9 Jan 2026 off, Saturday 10 Jan worked: an imagined decree on plain data.
    const WorkCalendar cal({},
        {DaySwap {{2026, 1, 9}, false, u"bridge day"_s},
            DaySwap {{2026, 1, 10}, true, u"worked for the bridge"_s}});
    QVERIFY(!cal.isWorkingDay(QDate(2026, 1, 9)));
    QCOMPARE(cal.dayInfo(QDate(2026, 1, 9)).kindName(), u"decree"_s);
    QCOMPARE(cal.dayInfo(QDate(2026, 1, 9)).reasonText(), u"bridge day"_s);
    QVERIFY(cal.isWorkingDay(QDate(2026, 1, 10)));
    QVERIFY(!cal.isWorkingDay(QDate(2026, 1, 11)));
    QCOMPARE(cal.addWorkingDays(QDate(2026, 1, 8), 1), QDate(2026, 1, 10));
    QCOMPARE(cal.addWorkingDays(QDate(2026, 1, 8), 2), QDate(2026, 1, 12));
    QCOMPARE(cal.workingDaysBetween(QDate(2026, 1, 8), QDate(2026, 1, 12)), 2);
    // The swaps are kept as given.
    QCOMPARE(cal.swaps().size(), 2);
}

void TestWorkCalendar::decreeNeverWorksAHoliday()
{
    const Holiday newYear {{2026, 1, 1}, u"Жаңа жыл"_s, u"Новый год"_s, u"New Year"_s, true};
    const WorkCalendar cal({newYear}, {DaySwap {{2026, 1, 1}, true, u"mistake"_s}});
    QVERIFY(!cal.isWorkingDay(QDate(2026, 1, 1)));
    QCOMPARE(cal.dayInfo(QDate(2026, 1, 1)).kindName(), u"holiday"_s);
}

void TestWorkCalendar::carryOverSkipsDecreeDayOff()
{
    // A Saturday holiday whose Monday is already off by decree carries to the Tuesday.
    const Holiday h {{2026, 5, 9}, u"Жеңіс күні"_s, u"День Победы"_s, u"Victory Day"_s, true};
    const WorkCalendar cal({h}, {DaySwap {{2026, 5, 11}, false, u"decree"_s}});
    QCOMPARE(cal.dayInfo(QDate(2026, 5, 11)).kindName(), u"decree"_s);
    QCOMPARE(cal.dayInfo(QDate(2026, 5, 12)).kindName(), u"carried_over"_s);
    QVERIFY(cal.isWorkingDay(QDate(2026, 5, 13)));

    // A holiday that does not carry over leaves the Monday working.
    const Holiday fixed {{2026, 5, 9}, {}, {}, u"Fixed"_s, false};
    const WorkCalendar noMove({fixed}, {});
    QVERIFY(noMove.isWorkingDay(QDate(2026, 5, 11)));
}

void TestWorkCalendar::jsonRoundTrip()
{
    const QJsonObject json = m_cal.toJson();
    WorkCalendar copy;
    QString error;
    QVERIFY2(WorkCalendar::fromJson(json, &copy, &error), qPrintable(error));
    QCOMPARE(copy.toJson(), json);
    QCOMPARE(copy.holidays().size(), m_cal.holidays().size());
    QCOMPARE(copy.swaps().size(), m_cal.swaps().size());
    QCOMPARE(copy.firstYear(), m_cal.firstYear());
    QCOMPARE(copy.lastYear(), m_cal.lastYear());
    for (QDate d(2024, 1, 1); d.year() <= 2027; d = d.addDays(1)) {
        const auto a = m_cal.dayInfo(d);
        const auto b = copy.dayInfo(d);
        QVERIFY2(a.kind == b.kind && a.holiday.date == b.holiday.date,
            qPrintable(d.toString(Qt::ISODate)));
    }
    // The flag that keeps 7 January in place survives the trip.
    bool sawFixed = false;
    for (const Holiday &h : copy.holidays()) {
        if (h.date == QDate(2026, 1, 7)) {
            QVERIFY(!h.carriesOver);
            sawFixed = true;
        }
    }
    QVERIFY(sawFixed);
}

void TestWorkCalendar::jsonBadDate_data()
{
    QTest::addColumn<QJsonObject>("json");
    QTest::addColumn<QString>("mentions");

    const QJsonObject good {{u"date"_s, u"2026-01-01"_s}, {u"en"_s, u"New Year"_s}};
    QTest::newRow("holiday 30 Feb") << QJsonObject {{u"holidays"_s,
        QJsonArray {good, QJsonObject {{u"date"_s, u"2026-02-30"_s}}}}}
                                    << u"2026-02-30"_s;
    QTest::newRow("holiday in another format")
        << QJsonObject {{u"holidays"_s, QJsonArray {QJsonObject {{u"date"_s, u"01.05.2026"_s}}}}}
        << u"01.05.2026"_s;
    QTest::newRow("swap without date") << QJsonObject {{u"holidays"_s, QJsonArray {good}},
        {u"swaps"_s, QJsonArray {QJsonObject {{u"working"_s, true}}}}}
                                       << u"swap"_s;
    // Two entries for one day: which name the day shows, and whether it carries over, would
    // depend on the order the file happened to list them in.
    QTest::newRow("holiday listed twice") << QJsonObject {{u"holidays"_s,
        QJsonArray {good, QJsonObject {{u"date"_s, u"2026-03-08"_s}, {u"en"_s, u"Women's Day"_s}},
            QJsonObject {{u"date"_s, u"2026-01-01"_s}, {u"en"_s, u"Other"_s}}}}}
                                          << u"2026-01-01"_s;
    // A day off with no name would be shown without its reason.
    QTest::newRow("holiday without a name")
        << QJsonObject {{u"holidays"_s,
               QJsonArray {good, QJsonObject {{u"date"_s, u"2026-03-08"_s}, {u"en"_s, u""_s}}}}}
        << u"2026-03-08"_s;
    const QJsonObject swap {{u"date"_s, u"2026-05-16"_s}, {u"working"_s, true}};
    QTest::newRow("swap listed twice") << QJsonObject {{u"holidays"_s, QJsonArray {good}},
        {u"swaps"_s, QJsonArray {swap, QJsonObject {{u"date"_s, u"2026-05-16"_s}}}}}
                                       << u"2026-05-16"_s;
}

void TestWorkCalendar::jsonBadDate()
{
    QFETCH(QJsonObject, json);
    QFETCH(QString, mentions);

    WorkCalendar out = m_cal;
    QString error;
    QVERIFY(!WorkCalendar::fromJson(json, &out, &error));
    QVERIFY2(error.contains(mentions), qPrintable(error));
    // A failed read leaves the calendar that was there untouched.
    QCOMPARE(out.toJson(), m_cal.toJson());
}

void TestWorkCalendar::covers()
{
    QCOMPARE(m_cal.firstYear(), 2024);
    QCOMPARE(m_cal.lastYear(), 2027);
    QVERIFY(m_cal.covers(QDate(2024, 1, 1)));
    QVERIFY(m_cal.covers(QDate(2027, 12, 31)));
    QVERIFY(!m_cal.covers(QDate(2023, 12, 31)));
    QVERIFY(!m_cal.covers(QDate(2028, 1, 1)));
    QVERIFY(!m_cal.covers(QDate()));
    QVERIFY(!WorkCalendar().covers(QDate(2026, 1, 1)));
}

QTEST_GUILESS_MAIN(TestWorkCalendar)
#include "tst_workcalendar.moc"
