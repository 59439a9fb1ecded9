#include "services/DemoGenerator.h"

#include "domain/CaseState.h"
#include "domain/Clock.h"
#include "domain/Custody.h"
#include "domain/IdNumber.h"
#include "domain/ReceiptNumber.h"
#include "domain/ServiceTerms.h"
#include "services/DemoNames.h"
#include "services/UserService.h"
#include "storage/BulkEncoder.h"
#include "storage/BulkLoad.h"
#include "storage/BulkWriter.h"
#include "storage/CalendarStore.h"
#include "storage/Database.h"
#include "storage/SettingsStore.h"
#include "storage/WorkstationSightings.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QUuid>

#include <future>
#include <vector>

namespace certdesk {

namespace {

constexpr int kBatch = 2000; ///< cases encoded on the worker while the previous batch is written

/// A branch-local wall time. Held with the UTC spec so that no comparison or addition ever
/// converts through the machine's own time zone (Qt's local time reads the zone files, per
/// call); Clock::toUtc reads only its date and time.
QDateTime wallTime(const QDate &day, const QTime &time)
{
    return QDateTime(day, time, Qt::UTC);
}

/// Builds the events of one case along its lifecycle, stopping at "now".
class CaseBuilder
{
public:
    CaseBuilder(QRandomGenerator &random, const WorkCalendar &calendar, const Clock &clock,
                const QString &branch, const QStringList &devices, const QDateTime &nowUtc)
        : m_random(random)
        , m_calendar(calendar)
        , m_clock(clock)
        , m_branch(branch)
        , m_devices(devices)
        , m_now(nowUtc)
    {}

    QList<Event> build(const QString &caseId, const QString &receipt, const QDateTime &submittedLocal,
                       int workstation);
    /// Ids made from now on carry this time (the case's submission).
    void startIds(const QDateTime &utc);
    QString uuid();

private:
    int percent() { return int(m_random.bounded(100)); }
    QDateTime at(const QDate &day, int fromHour = 9, int toHour = 18);
    bool add(EventType type, const QDateTime &localTime, const QString &by, const QString &device,
             const QJsonObject &data = {});
    QString clerk() { return m_random.bounded(3) == 0 ? QStringLiteral("clerk2") : QStringLiteral("clerk"); }
    QString device() { return m_devices.at(int(m_random.bounded(qsizetype(m_devices.size())))); }
    QJsonObject person(bool adult, QString *iin);
    QString certificateNumber(const QDate &day);
    void paperLifecycle(const QDate &resultDay);

    QRandomGenerator &m_random;
    const WorkCalendar &m_calendar;
    const Clock &m_clock;
    QString m_branch;
    QStringList m_devices;
    QDateTime m_now;
    QString m_caseId;
    QList<Event> m_events;
    QDateTime m_last; ///< local time of the latest event of the case
    quint64 m_idMilliseconds = 0;
    int m_idSequence = 0;
};

void CaseBuilder::startIds(const QDateTime &utc)
{
    m_idMilliseconds = quint64(utc.toMSecsSinceEpoch());
    m_idSequence = 0;
}

QString CaseBuilder::uuid()
{
    // Derived from the seeded generator, so the same seed gives the same ids. Time-ordered
    // like many servers make them: 48 bits of the case's submission time (ms), the version
    // (4), a 12-bit sequence within the case, the variant and 62 random bits. A branch's ids
    // then grow with time, so the id indexes take appends, and a rebuild reading the events
    // in case order reads the file nearly front to back.
    QByteArray bytes(16, Qt::Uninitialized);
    m_random.fillRange(reinterpret_cast<quint32 *>(bytes.data()), 4);
    for (int i = 0; i < 6; ++i)
        bytes[i] = char((m_idMilliseconds >> (8 * (5 - i))) & 0xff);
    bytes[6] = char(0x40 | ((m_idSequence >> 8) & 0x0f));
    bytes[7] = char(m_idSequence & 0xff);
    ++m_idSequence;
    bytes[8] = char((bytes[8] & 0x3f) | 0x80);
    return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
}

QDateTime CaseBuilder::at(const QDate &day, int fromHour, int toHour)
{
    const int seconds = fromHour * 3600 + int(m_random.bounded((toHour - fromHour) * 3600));
    const QDateTime t = wallTime(day, QTime(0, 0).addSecs(seconds));
    // A step of a case always comes after the one before it.
    return t > m_last ? t : m_last.addSecs(60 + int(m_random.bounded(3600)));
}

bool CaseBuilder::add(EventType type, const QDateTime &localTime, const QString &by,
                      const QString &device, const QJsonObject &data)
{
    const QDateTime utc = m_clock.toUtc(localTime);
    if (utc > m_now)
        return false; // not happened yet: the case stays in progress
    Event e;
    e.id = uuid();
    e.type = type;
    e.typeName = eventTypeName(type);
    e.caseId = m_caseId;
    e.branch = m_branch;
    e.at = utc;
    e.by = by;
    e.device = device;
    e.data = data;
    m_events.append(e);
    m_last = localTime;
    return true;
}

QJsonObject CaseBuilder::person(bool adult, QString *iin)
{
    const bool male = m_random.bounded(2) == 0;
    const int age = adult ? 18 + int(m_random.bounded(55)) : 6 + int(m_random.bounded(11));
    const QDate birth = m_clock.today().addYears(-age).addDays(-qint64(m_random.bounded(365)));
    const int centuryDigit = (birth.year() >= 2000 ? 5 : 3) + (male ? 0 : 1);
    QString digits;
    int check = -1;
    while (check < 0) {
        digits = birth.toString(QStringLiteral("yyMMdd")) + QString::number(centuryDigit)
                 + QStringLiteral("%1").arg(m_random.bounded(10000), 4, 10, QLatin1Char('0'));
        check = IdNumber::checkDigit(digits);
    }
    *iin = digits + QString::number(check);
    const DemoName name = DemoNames::make(m_random, male);
    return QJsonObject{{QStringLiteral("iin"), *iin},
                       {QStringLiteral("surname"), name.surname},
                       {QStringLiteral("given_name"), name.givenName},
                       {QStringLiteral("patronymic"), name.patronymic},
                       {QStringLiteral("birth_date"), birth.toString(Qt::ISODate)},
                       {QStringLiteral("sex"), male ? QStringLiteral("male") : QStringLiteral("female")}};
}

QString CaseBuilder::certificateNumber(const QDate &day)
{
    return QStringLiteral("%1-%2").arg(day.toString(QStringLiteral("yyMMdd"))).arg(m_random.bounded(10000000), 7, 10, QLatin1Char('0'));
}

QList<Event> CaseBuilder::build(const QString &caseId, const QString &receipt,
                                const QDateTime &submitted, int workstation)
{
    m_caseId = caseId;
    m_events.clear();
    m_last = QDateTime();
    const QDate day = submitted.date();
    const int p = percent();
    const QString purpose = p < 70 ? QStringLiteral("domestic")
                                   : (p < 92 ? QStringLiteral("abroad") : QStringLiteral("apostille"));
    const bool minor = percent() < 4;
    QString iin;
    const QJsonObject subject = person(!minor, &iin);
    QJsonObject presenter{{QStringLiteral("kind"), QStringLiteral("self")}};
    if (minor) {
        QString parentIin;
        presenter = person(true, &parentIin);
        presenter.insert(QStringLiteral("kind"), QStringLiteral("parent"));
        presenter.insert(QStringLiteral("birth_certificate"),
                         QJsonObject{{QStringLiteral("number"), QString::number(m_random.bounded(1000000, 9999999))},
                                     {QStringLiteral("child_iin"), iin}});
    } else if (percent() < 8) {
        QString agentIin;
        presenter = person(true, &agentIin);
        presenter.insert(QStringLiteral("kind"), QStringLiteral("representative"));
        presenter.insert(QStringLiteral("poa"),
                         QJsonObject{{QStringLiteral("notary"), QStringLiteral("Сейтова А. Қ.")},
                                     {QStringLiteral("registration_number"), QString::number(m_random.bounded(100000, 999999))},
                                     {QStringLiteral("issued_on"), day.addDays(-qint64(m_random.bounded(300))).toString(Qt::ISODate)}});
    }
    const ServiceTerms terms(m_calendar);
    ServiceTerms::Due due;
    QJsonObject data{{QStringLiteral("receipt"), receipt},
                     {QStringLiteral("purpose"), purpose},
                     {QStringLiteral("subject"), subject},
                     {QStringLiteral("presenter"), presenter},
                     {QStringLiteral("identity_document"),
                      QJsonObject{{QStringLiteral("type"), QStringLiteral("id_card")},
                                  {QStringLiteral("number"), QString::number(m_random.bounded(10000000, 99999999))},
                                  {QStringLiteral("issuer"), QStringLiteral("МВД РК")}}},
                     {QStringLiteral("phone"), QStringLiteral("+7 70%1 %2").arg(m_random.bounded(10)).arg(m_random.bounded(1000000, 9999999))},
                     {QStringLiteral("branch_category"), QStringLiteral("regional")}};
    if (purpose == QLatin1String("domestic")) {
        due = terms.due(ServiceTerms::Kind::Electronic, submitted);
        data.insert(QStringLiteral("result_form"), QStringLiteral("electronic"));
        data.insert(QStringLiteral("due"), Event::formatTime(m_clock.toUtc(due.dueAt)));
    } else {
        due = terms.due(purpose == QLatin1String("apostille") ? ServiceTerms::Kind::Apostille
                                                              : ServiceTerms::Kind::Paper,
                        submitted);
        data.insert(QStringLiteral("result_form"), QStringLiteral("paper"));
        data.insert(QStringLiteral("due"), due.dueDate.toString(Qt::ISODate));
        static const QStringList countries{QStringLiteral("DE"), QStringLiteral("KR"), QStringLiteral("US"),
                                           QStringLiteral("TR"), QStringLiteral("CZ"), QStringLiteral("IT")};
        data.insert(QStringLiteral("country"), countries.at(int(m_random.bounded(qsizetype(countries.size())))));
    }
    const QString desk = m_devices.at(workstation);
    const QString by = clerk();
    if (!add(EventType::Received, submitted, by, desk, data))
        return m_events;
    if (percent() == 0) {
        add(EventType::Override, submitted.addSecs(1), QStringLiteral("supervisor"), desk,
            {{QStringLiteral("rule"), QStringLiteral("identity_document_expired")},
             {QStringLiteral("reason"), QStringLiteral("document renewed, new card not yet issued")}});
    }
    if (percent() == 0) {
        add(EventType::Withdrawn, submitted.addSecs(600), by, desk);
        return m_events;
    }

    const QString provider = QStringLiteral("provider");
    if (purpose == QLatin1String("domestic")) {
        if (percent() < 3) {
            const ServiceTerms::Due check = terms.due(ServiceTerms::Kind::AdditionalCheck, submitted);
            if (!add(EventType::AdditionalCheck, submitted.addSecs(900), provider, provider,
                     {{QStringLiteral("due"), check.dueDate.toString(Qt::ISODate)},
                      {QStringLiteral("interim_due"), check.interimDue.toString(Qt::ISODate)},
                      {QStringLiteral("reapply_from"), check.reapplyFrom.toString(Qt::ISODate)}}))
                return m_events;
            if (percent() < 90
                && !add(EventType::InterimNotice, at(m_calendar.addWorkingDays(day, 1 + int(m_random.bounded(3)))), clerk(), device()))
                return m_events;
            const QDate resultDay = m_calendar.addWorkingDays(day, 2 + int(m_random.bounded(3)));
            add(EventType::ResultRecorded, at(resultDay), provider, provider,
                {{QStringLiteral("certificate_number"), certificateNumber(resultDay)},
                 {QStringLiteral("certificate_date"), resultDay.toString(Qt::ISODate)},
                 {QStringLiteral("outcome"), percent() < 97 ? QStringLiteral("no_record") : QStringLiteral("record_found")}});
            return m_events;
        }
        add(EventType::ResultRecorded, submitted.addSecs(60 + int(m_random.bounded(480))), provider, provider,
            {{QStringLiteral("certificate_number"), certificateNumber(day)},
             {QStringLiteral("certificate_date"), day.toString(Qt::ISODate)},
             {QStringLiteral("outcome"), percent() < 97 ? QStringLiteral("no_record") : QStringLiteral("record_found")}});
        return m_events;
    }

    const QDate resultDay = m_calendar.addWorkingDays(day, 1 + int(m_random.bounded(qMax(1, m_calendar.workingDaysBetween(day, due.dueDate)))));
    if (purpose == QLatin1String("apostille") && percent() < 2) {
        add(EventType::Refused, at(resultDay), provider, provider,
            {{QStringLiteral("reason"), QStringLiteral("the apostille cannot be affixed: the certificate data do not match the request")}});
        return m_events;
    }
    if (!add(EventType::ResultRecorded, at(resultDay), provider, provider,
             {{QStringLiteral("certificate_number"), certificateNumber(resultDay)},
              {QStringLiteral("certificate_date"), resultDay.toString(Qt::ISODate)},
              {QStringLiteral("outcome"), percent() < 97 ? QStringLiteral("no_record") : QStringLiteral("record_found")}}))
        return m_events;
    paperLifecycle(resultDay);
    return m_events;
}

void CaseBuilder::paperLifecycle(const QDate &resultDay)
{
    const QDate arrived = percent() < 60 ? resultDay : m_calendar.nextWorkingDay(resultDay);
    const QString desk = device();
    if (!add(EventType::Arrived, at(arrived, 9, 11), clerk(), desk)
        || !add(EventType::Printed, at(arrived, 11, 12), clerk(), desk))
        return;
    const QDate custodyEnd = Custody::branchCustodyUntil(arrived);
    auto issue = [&](const QDate &on) {
        const QString collectorDesk = device();
        if (!add(EventType::Issued, at(on), clerk(), collectorDesk,
                 {{QStringLiteral("collector"), QJsonObject{{QStringLiteral("kind"), QStringLiteral("self")}}}}))
            return;
        if (m_random.bounded(1000) < 2) {
            // Two counters issued the same certificate while their databases were apart.
            QString other = device();
            add(EventType::Issued, at(on).addSecs(120), QStringLiteral("clerk2"), other,
                {{QStringLiteral("collector"), QJsonObject{{QStringLiteral("kind"), QStringLiteral("representative")}}}});
        }
    };
    if (percent() < 72) {
        const int span = qMax(1, m_calendar.workingDaysBetween(arrived, custodyEnd));
        issue(m_calendar.addWorkingDays(arrived, int(m_random.bounded(span))));
        return;
    }
    const QDate transferOn = m_calendar.addWorkingDays(Custody::transferDue(arrived, m_calendar), percent() < 85 ? 0 : 1 + int(m_random.bounded(3)));
    if (!add(EventType::Transferred, at(transferOn, 16, 18), QStringLiteral("supervisor"), desk,
             {{QStringLiteral("act"), QStringLiteral("TA-%1").arg(transferOn.toString(QStringLiteral("yyyyMMdd")))}}))
        return;
    const QDate providerEnd = Custody::providerCustodyUntil(arrived);
    if (percent() < 40) {
        const int span = qMax(1, int(transferOn.daysTo(providerEnd)));
        const QDate requested = m_calendar.addWorkingDays(transferOn, 1 + int(m_random.bounded(qMax(1, span * 5 / 7 - 1))));
        const QDate returnDue = Custody::returnDue(requested, m_calendar);
        if (!add(EventType::ReturnRequested, at(requested), clerk(), device(),
                 {{QStringLiteral("due"), returnDue.toString(Qt::ISODate)}}))
            return;
        const QDate returned = percent() < 90 ? returnDue : m_calendar.addWorkingDays(returnDue, 1 + int(m_random.bounded(3)));
        if (!add(EventType::Returned, at(returned, 9, 12), clerk(), device()))
            return;
        issue(m_calendar.addWorkingDays(returned, int(m_random.bounded(4))));
        return;
    }
    add(EventType::Archived, at(m_calendar.addWorkingDays(providerEnd, 1 + int(m_random.bounded(5)))),
        QStringLiteral("provider"), QStringLiteral("provider"),
        {{QStringLiteral("record"), QStringLiteral("AR-%1").arg(m_random.bounded(100000, 999999))}});
}

} // namespace

bool DemoGenerator::createUsers(Transaction &tx, QString *error)
{
    // The accounts the README names; the same password rules as any other account.
    const struct
    {
        const char *login;
        const char *fullName;
        const char *position;
        Role role;
        const char *password;
    } users[] = {
        {"clerk", "Сейткалиева Айгүл Маратқызы", "Главный менеджер", Role::Clerk, "Tanba-2026!"},
        {"clerk2", "Иванов Сергей Петрович", "Менеджер", Role::Clerk, "Ornek-2026!"},
        {"supervisor", "Омаров Ерлан Болатович", "Руководитель отдела", Role::Supervisor, "Bakylau-2026!"},
        {"admin", "Ахметова Динара Серікқызы", "Администратор", Role::Administrator, "Baptau-2026!"},
    };
    for (const auto &u : users) {
        User user;
        user.login = QString::fromLatin1(u.login);
        user.fullName = QString::fromUtf8(u.fullName);
        user.position = QString::fromUtf8(u.position);
        user.role = u.role;
        if (!UserService::createAccount(
                tx, m_clock, user, QString::fromLatin1(u.password), QStringLiteral("demo"), error))
            return false;
    }
    return true;
}

DemoGenerator::DemoGenerator(Database &database, const Clock &clock)
    : m_database(database)
    , m_clock(clock)
{
}

bool DemoGenerator::generate(const Options &options, Stats *stats, QString *error,
                             const std::function<void(qint64, qint64)> &progress)
{
    CalendarStore calendarStore(m_database);
    if (!calendarStore.ensureSeeded(error))
        return false;
    const WorkCalendar calendar = calendarStore.load();

    // The branch's workstations, numbered as their receipts are. None is this database's own
    // device: what this database writes itself (the accounts below, everything after the
    // demo) is a chain of its own, and two chains under one device would read as a forged
    // one once the events are exported and imported elsewhere.
    QStringList devices;
    for (int i = 0; i < options.workstations; ++i)
        devices.append(
            QStringLiteral("%1-ws%2").arg(options.branchCode).arg(i + 1, 2, 10, QLatin1Char('0')));

    // Submissions spread evenly over the working days of the period.
    const QDate today = m_clock.today();
    QList<QDate> days;
    for (QDate d = today.addYears(-options.years); d <= today; d = d.addDays(1)) {
        if (calendar.isWorkingDay(d))
            days.append(d);
    }
    const QDateTime nowUtc = m_clock.nowUtc();
    const QDateTime nowLocal = m_clock.nowLocal();
    const int offset = SettingsStore(m_database).utcOffsetSeconds();

    // Two stages on two cores: a worker builds, folds and encodes the next batch of cases
    // while this thread (the connection's) writes the previous one. One worker at a time, in
    // case order, so the random stream and the audit chains are those of a plain loop: the
    // same seed gives the same database.
    QRandomGenerator random(options.seed);
    CaseBuilder builder(random, calendar, m_clock, options.branchCode, devices, nowUtc);
    BulkEncoder encoder;
    QHash<QString, int> perDay; ///< receipts of a workstation on a day
    struct Batch
    {
        std::vector<BulkCase> cases;
        Stats stats;
        QString error;
    };
    auto produce = [&](int from, int to) {
        Batch batch;
        batch.cases.reserve(size_t(to - from));
        for (int i = from; i < to; ++i) {
            // Older cases first, so events are written roughly in time order.
            const QDate day = days.at(qsizetype(qint64(i) * days.size() / options.cases));
            QDateTime submitted = wallTime(day, QTime(9, 0).addSecs(int(random.bounded(9 * 3600))));
            if (m_clock.toUtc(submitted) > nowUtc)
                submitted = wallTime(nowLocal.date(), nowLocal.time()).addSecs(-60);
            const int workstation = int(random.bounded(qsizetype(devices.size())));
            const int sequence = ++perDay[QStringLiteral("%1 %2").arg(workstation).arg(day.toJulianDay())];
            const QString receipt = ReceiptNumber::compose(options.branchCode, workstation + 1,
                                                           submitted.date(), sequence, &batch.error);
            if (receipt.isEmpty())
                return batch;
            builder.startIds(m_clock.toUtc(submitted));
            const QString caseId = builder.uuid();
            QList<Event> events = builder.build(caseId, receipt, submitted, workstation);
            const CaseState state = CaseFold::fold(events, offset);
            ++batch.stats.cases;
            batch.stats.events += events.size();
            batch.stats.anomalies += state.anomalies.size();
            batch.cases.push_back(encoder.encode(events, state));
        }
        return batch;
    };

    // One transaction for the whole demo: killed at any moment, it leaves the file as it was.
    Stats s;
    const bool loaded
        = BulkLoad::run(m_database, {QStringLiteral("cases")}, error, [&](Transaction &tx) {
              // The events' indexes stay: their keys arrive nearly in order (time-ordered ids,
              // times, devices), so keeping them costs less than building them again. Most of the
              // cases' indexes have random keys (IIN, surname): those are built once at the end.
              SettingsStore settings(m_database);
              if (!settings.setValue(QStringLiteral("branch.code"), options.branchCode,
                      QStringLiteral("demo"), error)
                  || !settings.setValue(QStringLiteral("branch.name"), options.branchName,
                      QStringLiteral("demo"), error)
                  // This database is a counter of its own beside the ones whose history it
                  // holds: sharing one's number would stop its receipts as a clone's would.
                  || !settings.setValue(QStringLiteral("branch.workstation"),
                      QString::number(options.workstations + 1), QStringLiteral("demo"), error))
                  return false;
              BulkWriter writer(m_database);
              int written = 0;
              std::future<Batch> next
                  = std::async(std::launch::async, produce, 0, qMin(kBatch, options.cases));
              // The accounts' password stretching takes a second: the first batch is built
              // meanwhile.
              if (!createUsers(tx, error)) {
                  next.wait(); // the worker uses this frame's state
                  return false;
              }
              while (written < options.cases) {
                  Batch batch = next.get();
                  const int end = written + int(batch.cases.size());
                  if (!batch.error.isEmpty()) {
                      if (error)
                          *error = batch.error;
                      return false;
                  }
                  if (end < options.cases)
                      next = std::async(
                          std::launch::async, produce, end, qMin(end + kBatch, options.cases));
                  for (const BulkCase &c : batch.cases) {
                      if (!writer.write(c, error)) {
                          if (next.valid())
                              next.wait();
                          return false;
                      }
                  }
                  s.cases += batch.stats.cases;
                  s.events += batch.stats.events;
                  s.anomalies += batch.stats.anomalies;
                  const int before = written;
                  written = end;
                  if (progress && (written / 5000 != before / 5000))
                      progress(written, options.cases);
              }
              // The neighbours' receipt numbers, as a pull would have noted them.
              return WorkstationSightings(m_database).rebuild(tx, error);
          });
    if (!loaded)
        return false;
    if (progress)
        progress(options.cases, options.cases);
    if (stats)
        *stats = s;
    return true;
}

} // namespace certdesk
