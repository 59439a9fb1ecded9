#include "domain/Event.h"

#include "domain/EventText.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QTimeZone>
#include <QUuid>

#include <array>
#include <utility>

namespace certdesk {

namespace {

constexpr std::array<std::pair<EventType, const char *>, 28> kNames {{
    {EventType::Received, "received"},
    {EventType::OnlineOrder, "online_order"},
    {EventType::ResultRecorded, "result"},
    {EventType::AdditionalCheck, "additional_check"},
    {EventType::InterimNotice, "interim_notice"},
    {EventType::Refused, "refused"},
    {EventType::Arrived, "arrived"},
    {EventType::Printed, "printed"},
    {EventType::Issued, "issued"},
    {EventType::Transferred, "transferred"},
    {EventType::ReturnRequested, "return_requested"},
    {EventType::Returned, "returned"},
    {EventType::Archived, "archived"},
    {EventType::Withdrawn, "withdrawn"},
    {EventType::Override, "override"},
    {EventType::Note, "note"},
    {EventType::ApplicationPrinted, "application_printed"},
    {EventType::NoticeQueued, "notice_queued"},
    {EventType::NoticeSent, "notice_sent"},
    {EventType::NoticeFailed, "notice_failed"},
    {EventType::AppealReceived, "appeal_received"},
    {EventType::AppealAmended, "appeal_amended"},
    {EventType::AppealReferred, "appeal_referred"},
    {EventType::AppealNotified, "appeal_notified"},
    {EventType::AppealExtended, "appeal_extended"},
    {EventType::AppealTermRestored, "appeal_term_restored"},
    {EventType::AppealDecided, "appeal_decided"},
    {EventType::AppealWithdrawn, "appeal_withdrawn"},
}};

} // namespace

QString eventTypeName(EventType type)
{
    for (const auto &[t, name] : kNames) {
        if (t == type)
            return QString::fromLatin1(name);
    }
    return QString();
}

EventType eventTypeFromName(const QString &name)
{
    for (const auto &[t, n] : kNames) {
        if (name == QLatin1String(n))
            return t;
    }
    return EventType::Unknown;
}

bool isAppealEventType(EventType type)
{
    return type >= EventType::AppealReceived && type <= EventType::AppealWithdrawn;
}

bool isNoticeEventType(EventType type)
{
    return type == EventType::NoticeQueued || type == EventType::NoticeSent
           || type == EventType::NoticeFailed;
}

QString Event::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

Event Event::make(EventType type, const QString &caseId, const QJsonObject &data)
{
    Event e;
    e.id = newId();
    e.type = type;
    e.typeName = eventTypeName(type);
    e.caseId = caseId;
    e.data = data;
    return e;
}

namespace {

/// Writes value as count ASCII digits at pos (value is known to fit).
void putDigits(char16_t *text, int pos, int value, int count)
{
    for (int i = pos + count - 1; i >= pos; --i, value /= 10)
        text[i] = char16_t(u'0' + value % 10);
}

} // namespace

QString Event::formatTime(const QDateTime &utc)
{
    // Written by hand for the years 1 to 9999 (every time an event may hold): Qt's formatter
    // reads its pattern again at every call, and storing a pulled event formats its time
    // twice (the row and the hash). Anything else is left to Qt, whose text this is.
    const QDateTime t = utc.toUTC();
    const QDate date = t.date();
    const QTime time = t.time();
    if (!date.isValid() || !time.isValid() || date.year() < 1 || date.year() > 9999)
        return t.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
    char16_t text[] = u"0000-00-00T00:00:00.000Z";
    putDigits(text, 0, date.year(), 4);
    putDigits(text, 5, date.month(), 2);
    putDigits(text, 8, date.day(), 2);
    putDigits(text, 11, time.hour(), 2);
    putDigits(text, 14, time.minute(), 2);
    putDigits(text, 17, time.second(), 2);
    putDigits(text, 20, time.msec(), 3);
    return QString::fromUtf16(text, 24);
}

namespace {

/// The value of count ASCII digits at pos, or -1.
int digitsAt(QStringView text, qsizetype pos, int count)
{
    int value = 0;
    for (qsizetype i = pos; i < pos + count; ++i) {
        const char16_t c = text.at(i).unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

} // namespace

QString Event::formatDate(const QDate &date)
{
    // By hand for the reason formatTime is: a rebuild writes eight dates a case, and Qt's
    // formatter goes through a printf.
    if (!date.isValid())
        return QString();
    if (date.year() < 1 || date.year() > 9999)
        return date.toString(Qt::ISODate);
    char16_t text[] = u"0000-00-00";
    putDigits(text, 0, date.year(), 4);
    putDigits(text, 5, date.month(), 2);
    putDigits(text, 8, date.day(), 2);
    return QString::fromUtf16(text, 10);
}

QDate Event::parseDate(QStringView text)
{
    // Read by hand: the lists read two or three dates per row, and Qt's general parser costs
    // more than the SQL that fetched them.
    if (text.size() != 10 || text.at(4) != u'-' || text.at(7) != u'-')
        return QDate();
    const int year = digitsAt(text, 0, 4);
    const int month = digitsAt(text, 5, 2);
    const int day = digitsAt(text, 8, 2);
    if (year < 0 || month < 0 || day < 0)
        return QDate();
    return QDate(year, month, day); // invalid when the day does not exist
}

QDateTime Event::parseTime(const QString &text)
{
    // The form CertDesk writes (formatTime), read by hand for the same reason as dates.
    if (text.size() == 24 && text.at(10) == u'T' && text.at(13) == u':' && text.at(16) == u':'
        && text.at(19) == u'.' && text.at(23) == u'Z') {
        static const QTimeZone utc = QTimeZone::utc();
        const QDate date = parseDate(QStringView(text).left(10));
        const int hour = digitsAt(text, 11, 2);
        const int minute = digitsAt(text, 14, 2);
        const int second = digitsAt(text, 17, 2);
        const int ms = digitsAt(text, 20, 3);
        const QTime time(hour, minute, second, ms);
        if (date.isValid() && hour >= 0 && minute >= 0 && second >= 0 && ms >= 0 && time.isValid())
            return QDateTime(date, time, utc).toUTC();
    }
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    if (!t.isValid())
        return QDateTime();
    // Event times are UTC by contract. Qt reads a time without a zone as the machine's
    // local time, which would make the same document mean different instants (and fold
    // differently) on workstations in different zones.
    if (t.timeSpec() == Qt::LocalTime)
        return QDateTime(t.date(), t.time(), QTimeZone::utc()).toUTC();
    return t.toUTC();
}

QJsonObject Event::toJson() const
{
    QJsonObject o{
        {QLatin1String("_id"), id},
        {QLatin1String("type"), typeName.isEmpty() ? eventTypeName(type) : typeName},
        {QLatin1String("case_id"), caseId},
        {QLatin1String("branch"), branch},
        {QLatin1String("at"), formatTime(at)},
        {QLatin1String("by"), by},
        {QLatin1String("device"), device},
        {QLatin1String("v"), v},
        {QLatin1String("data"), data},
    };
    if (!prev.isEmpty())
        o.insert(QLatin1String("prev"), prev);
    return o;
}

bool Event::fromJson(const QJsonObject &json, Event *out, QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    Event e;
    e.id = json.value(QLatin1String("_id")).toString();
    if (e.id.isEmpty())
        return fail(QStringLiteral("the event has no _id"));
    e.typeName = json.value(QLatin1String("type")).toString();
    if (e.typeName.isEmpty())
        return fail(QStringLiteral("event %1 has no type").arg(e.id));
    e.type = eventTypeFromName(e.typeName);
    e.caseId = json.value(QLatin1String("case_id")).toString();
    if (e.caseId.isEmpty())
        return fail(QStringLiteral("event %1 has no case_id").arg(e.id));
    e.branch = json.value(QLatin1String("branch")).toString();
    e.at = parseTime(json.value(QLatin1String("at")).toString());
    if (!e.at.isValid())
        return fail(QStringLiteral("event %1 has no valid time in \"at\"").arg(e.id));
    e.by = json.value(QLatin1String("by")).toString();
    if (e.by.isEmpty())
        return fail(QStringLiteral("event %1 does not say who wrote it (\"by\")").arg(e.id));
    e.device = json.value(QLatin1String("device")).toString();
    e.v = json.value(QLatin1String("v")).toInt(1);
    if (!json.value(QLatin1String("data")).isObject() && json.contains(QLatin1String("data")))
        return fail(QStringLiteral("event %1 has \"data\" that is not an object").arg(e.id));
    e.data = json.value(QLatin1String("data")).toObject();
    e.prev = json.value(QLatin1String("prev")).toString();
    // Decided once, here: what is stored is what is read back and hashed again.
    if (parseTime(formatTime(e.at)) != e.at)
        return fail(QStringLiteral("event %1 has a time in \"at\" outside the years 1 to 9999 "
                                   "(UTC), which cannot be stored as written")
                        .arg(e.id));
    QString textError;
    if (!EventText::check(e, &textError))
        return fail(QStringLiteral("event %1: %2").arg(e.id, textError));
    *out = e;
    return true;
}

QByteArray Event::hash() const
{
    QJsonObject o = toJson();
    o.insert(QLatin1String("prev"), prev); // always present in the hashed form
    // QJsonDocument writes object keys sorted, which makes this form canonical.
    return QCryptographicHash::hash(QJsonDocument(o).toJson(QJsonDocument::Compact),
                                    QCryptographicHash::Sha256)
        .toHex();
}

} // namespace certdesk
