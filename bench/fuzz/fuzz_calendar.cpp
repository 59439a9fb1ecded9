// The working-day calendar resource (resources/calendar/kz-holidays.json) and the files a
// supervisor loads in its place (WorkCalendar::fromJson): never a crash or a hang, a
// calendar that is read writes back to the same calendar, and working days count the way
// the deadlines rely on (addWorkingDays and workingDaysBetween agree).
#include "FuzzInput.h"

#include "domain/WorkCalendar.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace certdesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonDocument doc = QJsonDocument::fromJson(fuzz::bytesOf(data, size));
    WorkCalendar calendar;
    QString error;
    if (!WorkCalendar::fromJson(doc.object(), &calendar, &error)) {
        CERTDESK_FUZZ_EXPECT(!error.isEmpty(), QString());
        return 0;
    }
    // Written once and compared once: the writing is most of an execution's time.
    const QJsonObject written = calendar.toJson();
    WorkCalendar again;
    CERTDESK_FUZZ_EXPECT(WorkCalendar::fromJson(written, &again, &error), error);
    CERTDESK_FUZZ_EXPECT(again.toJson() == written, QString());
    CERTDESK_FUZZ_EXPECT(
        again.firstYear() == calendar.firstYear() && again.lastYear() == calendar.lastYear(),
        QString());
    // Days around what the data covers, and a few working-day sums from them.
    const int year = calendar.holidays().isEmpty() && calendar.swaps().isEmpty()
        ? 2026
        : std::clamp(calendar.firstYear(), 1900, 2200);
    for (const QDate &start : {QDate(year, 1, 1), QDate(year, 3, 20), QDate(year, 12, 28)}) {
        const WorkCalendar::DayInfo info = calendar.dayInfo(start);
        CERTDESK_FUZZ_EXPECT(info.date == start, start.toString(Qt::ISODate));
        CERTDESK_FUZZ_EXPECT(again.dayInfo(start).kind == info.kind, start.toString(Qt::ISODate));
        if (!info.isWorking())
            CERTDESK_FUZZ_EXPECT(!info.reasonText().isEmpty(), start.toString(Qt::ISODate));
        for (const int n : {0, 1, 5, 20}) {
            const QDate end = calendar.addWorkingDays(start, n);
            CERTDESK_FUZZ_EXPECT(end.isValid() && (n == 0 ? end == start : end > start),
                start.toString(Qt::ISODate));
            CERTDESK_FUZZ_EXPECT(n == 0 || calendar.isWorkingDay(end), end.toString(Qt::ISODate));
            CERTDESK_FUZZ_EXPECT(calendar.workingDaysBetween(start, end) == n,
                start.toString(Qt::ISODate) + u' ' + QString::number(n));
        }
    }
    return 0;
}
