#include "services/WorkstationService.h"

#include "domain/AppealNumber.h"
#include "domain/Clock.h"
#include "domain/Event.h"
#include "domain/ReceiptNumber.h"
#include "domain/ServiceTerms.h"
#include "services/AuditTrail.h"
#include "services/AuthService.h"
#include "services/Refusal.h"
#include "services/Session.h"
#include "storage/CloneDetector.h"
#include "storage/Database.h"
#include "storage/DeviceLineage.h"
#include "storage/SettingsStore.h"
#include "storage/WorkstationSightings.h"

#include <QJsonObject>
#include <QTimeZone>

namespace certdesk {

namespace {

QString localTime(const QDateTime &utc, Database &database)
{
    if (!utc.isValid())
        return QString();
    return utc.toTimeZone(QTimeZone(SettingsStore(database).utcOffsetSeconds()))
        .toString(QStringLiteral("dd.MM.yyyy HH:mm"));
}

QString numberText(const QString &number)
{
    if (number.startsWith(AppealNumber::Prefix))
        return AppealNumber::format(number);
    return ReceiptNumber::format(number);
}

QString joined(const QList<int> &numbers)
{
    QStringList out;
    for (int n : numbers)
        out.append(QString::number(n));
    return out.join(QStringLiteral(", "));
}

} // namespace

QString WorkstationStatus::message() const
{
    if (!stopped)
        return QString();
    QStringList parts {WorkstationService::tr("Receipt numbers are stopped on this workstation.")};
    parts += reasons;
    parts.append(remedy);
    return parts.join(u' ');
}

WorkstationService::WorkstationService(Session &session)
    : m_session(session)
{
}

WorkstationStatus WorkstationService::status() const
{
    return status(m_session.database());
}

QString WorkstationService::describeHolder(const WorkstationSighting &holder, Database &database)
{
    const WorkstationSightings::Evidence evidence
        = WorkstationSightings(database).latestOf(holder.device);
    if (evidence.number.isEmpty())
        return tr("its last record was written by %1 at %2")
            .arg(evidence.by, localTime(evidence.at, database));
    return tr("its number %1 was written by %2 at %3")
        .arg(numberText(evidence.number), evidence.by, localTime(evidence.at, database));
}

QString WorkstationService::sharedNumber(const WorkstationSighting &holder, Database &database)
{
    return tr("Another computer issues numbers as workstation %1 of branch %2 (%3). Two "
              "counters with one number give two people the same receipt number.")
        .arg(holder.workstation)
        .arg(holder.branch, describeHolder(holder, database));
}

QString WorkstationService::describe(const WorkstationAlert &alert, Database &database)
{
    if (alert.kind == WorkstationAlert::workstationShared()) {
        WorkstationSighting holder;
        holder.branch = alert.branch;
        holder.workstation = alert.workstation;
        holder.device = alert.device;
        return sharedNumber(holder, database);
    }
    if (alert.kind == WorkstationAlert::deviceShared())
        return tr("Another computer wrote events under this database's own workstation id: "
                  "the database file was copied and both copies worked. This database took an "
                  "id of its own (%1) on %2, as certdeskctl device renew does by hand; what it "
                  "wrote before stays under the old id.")
            .arg(alert.newDevice, localTime(alert.detectedAt, database));
    if (alert.kind == WorkstationAlert::newMachine())
        return tr("This database file was used on another computer and was started on this "
                  "one on %1 (copied or moved here). It took a workstation id of its own (%2), as "
                  "certdeskctl device renew does by hand; what it wrote before stays under the "
                  "old id.")
            .arg(localTime(alert.detectedAt, database), alert.newDevice);
    if (alert.kind == WorkstationAlert::deviceRenewed())
        return tr("This database was given a new workstation id by hand on %1 (%2).")
            .arg(localTime(alert.detectedAt, database), alert.newDevice);
    return alert.kind;
}

WorkstationStatus WorkstationService::status(Database &database)
{
    WorkstationStatus s;
    const SettingsStore settings(database);
    s.branch = settings.branchCode();
    s.workstation = settings.workstationNumber();
    s.device = database.deviceId();
    const WorkstationClaims claims = WorkstationSightings(database).claims(s.branch);
    s.holders = claims.holders(s.branch, s.workstation);
    for (const WorkstationAlert &a : WorkstationAlerts(database).open()) {
        if (a.kind != WorkstationAlert::workstationShared())
            s.alerts.append(a);
    }
    s.stopped = !s.holders.isEmpty() || !s.alerts.isEmpty();
    if (!s.stopped)
        return s;
    for (const WorkstationSighting &h : std::as_const(s.holders))
        s.reasons.append(sharedNumber(h, database));
    for (const WorkstationAlert &a : std::as_const(s.alerts))
        s.reasons.append(describe(a, database));
    const QList<int> held = claims.heldNumbers(s.branch);
    const QString inUse = held.isEmpty() ? tr("none seen yet") : joined(held);
    if (!s.holders.isEmpty())
        s.remedy = tr("A supervisor gives this workstation a number no other workstation of the "
                      "branch uses (Tools → Workstation number…, or certdeskctl branch set "
                      "--workstation N). Numbers in use: %1.")
                       .arg(inUse);
    else
        s.remedy = tr("If the other computer still takes applications, a supervisor gives this "
                      "one another workstation number; if it does not, the supervisor confirms "
                      "number %1 (Tools → Workstation number…, or certdeskctl branch set "
                      "--workstation %1). Numbers in use: %2.")
                       .arg(s.workstation)
                       .arg(inUse);
    return s;
}

bool WorkstationService::setWorkstation(const QString &code, int workstation, QString *error)
{
    BranchChange change;
    change.code = code;
    change.workstation = workstation;
    return setBranch(change, error);
}

bool WorkstationService::setBranch(const BranchChange &change, QString *error, bool *refused)
{
    auto no = [&](const QString &why) {
        if (refused)
            *refused = true;
        return refuse(error, why);
    };
    if (refused)
        *refused = false;
    QString why;
    if (!m_session.require(Permission::EditSettings, &why))
        return no(why);
    Database &db = m_session.database();
    SettingsStore settings(db);
    const QString previousCode = settings.branchCode();
    const int previousNumber = settings.workstationNumber();
    const QString code = change.code.isEmpty() ? previousCode : change.code;
    const int number = change.workstation > 0 ? change.workstation : previousNumber;
    if (ReceiptNumber::compose(code, number, QDate(2026, 1, 1), 1, &why).isEmpty())
        return no(why);
    ServiceTerms::BranchCategory category;
    if (!change.category.isEmpty() && !ServiceTerms::categoryFromName(change.category, &category))
        return no(tr("Category: \"%1\" is neither regional nor district.").arg(change.category));

    const bool numbering = !change.code.isEmpty() || change.workstation > 0;
    return Transaction::run(db, error, [&](Transaction &tx) {
        if (numbering) {
            const WorkstationClaims claims = WorkstationSightings(db).claims(code);
            const QList<WorkstationSighting> holders = claims.holders(code, number);
            if (!holders.isEmpty())
                return no(
                    tr("Workstation %1 of branch %2 is already used by another computer (%3). Two "
                       "workstations with one number would give two people the same receipt "
                       "number: choose a number no other workstation of the branch uses (in use: "
                       "%4).")
                        .arg(number)
                        .arg(code, describeHolder(holders.first(), db),
                            joined(claims.heldNumbers(code))));
        }
        const QString login = m_session.user().login;
        const QList<std::pair<QString, QString>> values {{QStringLiteral("branch.code"), change.code},
            {QStringLiteral("branch.workstation"),
                change.workstation > 0 ? QString::number(change.workstation) : QString()},
            {QStringLiteral("branch.name"), change.name.simplified()},
            {QStringLiteral("branch.category"), change.category},
            {SettingsStore::utcOffsetKey(), change.utcOffsetMinutes}};
        for (const auto &[key, value] : values) {
            if (!value.isEmpty() && !settings.setValue(key, value, login, error))
                return false;
        }
        if (numbering) {
            // The supervisor's answer to every open alert, and the news for the other counters
            // that this one now uses this number (or confirmed the one it had).
            const QJsonObject data {{QStringLiteral("branch"), code},
                {QStringLiteral("workstation"), number},
                {QStringLiteral("previous_branch"), previousCode},
                {QStringLiteral("previous_workstation"), previousNumber}};
            if (!AuditTrail::record(
                    tx, m_session.clock(), login, stream(), settingEventType(), data, error))
                return false;
            WorkstationAlerts alerts(db);
            const QDateTime now = m_session.clock().nowUtc();
            for (const WorkstationAlert &a : alerts.open()) {
                if (!alerts.clear(a.id, now, login, QStringLiteral("number_set"), error))
                    return false;
            }
            if (!CloneDetector::reconcile(tx, m_session.clock(), error))
                return false;
        }
        return true;
    });
}

bool WorkstationService::setWorkstationConfirmed(
    const QString &login, const QString &password, int workstation, QString *error)
{
    if (login.trimmed().isEmpty() || password.isEmpty())
        return refuse(error, tr("Supervisor: enter the supervisor's login and password."));
    const SignInResult result
        = AuthService(m_session.database(), m_session.clock()).confirm(login, password);
    if (!result.ok())
        return refuse(error, result.error);
    Session supervisor(m_session.database(), m_session.clock(), result.user);
    return WorkstationService(supervisor).setWorkstation(QString(), workstation, error);
}

bool WorkstationService::renewDevice(QString *newId, QString *error)
{
    if (!m_session.require(Permission::EditSettings, error))
        return false;
    Database &db = m_session.database();
    // The computer it runs on is, from now on, the one it belongs to.
    DeviceLineage lineage(db, m_session.clock());
    return Transaction::run(db, error, [&](Transaction &tx) {
        return lineage.renew(tx, DeviceLineage::Reason::Command, m_session.user().login,
                   QString(), newId, error)
            && lineage.adoptMachine(tx, DeviceLineage::currentMachine(), error);
    });
}

} // namespace certdesk
