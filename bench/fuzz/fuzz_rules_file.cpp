// The rules file (docs/rules.md): what a supervisor imports, certdeskctl exports and the
// central administrator publishes, so bytes from outside. Never a crash or a hang; a refusal
// always names a reason; a file that is read writes back to the same rules; and rules in force
// that pass the whole-set checks count working days the way the deadlines rely on.
#include "FuzzInput.h"

#include "domain/RuleCheck.h"
#include "domain/RuleSet.h"
#include "domain/RulesFile.h"

using namespace certdesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    RulesFile::Contents contents;
    QList<RuleProblem> problems;
    if (!RulesFile::parse(fuzz::bytesOf(data, size), &contents, &problems)) {
        CERTDESK_FUZZ_EXPECT(!problems.isEmpty(), QString());
        for (const RuleProblem &p : problems)
            CERTDESK_FUZZ_EXPECT(!p.text().isEmpty(), QString::number(p.line));
        return 0;
    }
    const QByteArray written = RulesFile::write(contents.rules, contents.country, contents.source);
    RulesFile::Contents again;
    CERTDESK_FUZZ_EXPECT(RulesFile::parse(written, &again, &problems),
                         problems.value(0).text());
    CERTDESK_FUZZ_EXPECT(again.rules == contents.rules, QString::fromUtf8(written.left(200)));

    // Put over the built-in rules as an import would; only sound rules count deadlines.
    const RuleSet inForce = RuleSet::builtIn().overlaid(contents.rules);
    if (!RuleCheck::whole(inForce).isEmpty())
        return 0;
    const WorkCalendar calendar = inForce.calendar();
    for (const int year : inForce.calendarYears()) {
        if (year < 1900 || year > 2200)
            continue;
        const QDate start(year, 3, 20);
        for (const int n : {1, 5, 20}) {
            const QDate end = calendar.addWorkingDays(start, n);
            CERTDESK_FUZZ_EXPECT(end.isValid() && end > start, start.toString(Qt::ISODate));
            CERTDESK_FUZZ_EXPECT(calendar.workingDaysBetween(start, end) == n,
                                 start.toString(Qt::ISODate) + u' ' + QString::number(n));
        }
    }
    for (const int year : {2026, 2027})
        (void)inForce.mci(year);
    return 0;
}
