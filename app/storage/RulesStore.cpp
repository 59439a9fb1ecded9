#include "storage/RulesStore.h"

#include "domain/Clock.h"
#include "domain/Event.h"
#include "storage/CalendarStore.h"
#include "storage/Database.h"
#include "storage/EventStore.h"
#include "storage/SettingsStore.h"
#include "storage/SqlError.h"
#include "storage/Transaction.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace certdesk {

namespace {

const QString kCentralKey = QStringLiteral("rules_central");
const QString kStampKey = QStringLiteral("rules_calendar");
const QString kSeededKey = QStringLiteral("calendar_seeded");

QString metaValue(Database &database, const QString &key)
{
    QSqlQuery q(database.db());
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return QString();
}

bool setMeta(Database &database, const QString &key, const QString &value, QString *error)
{
    QSqlQuery q(database.db());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)"));
    q.addBindValue(key);
    q.addBindValue(value);
    return execOrFail(q, QStringLiteral("saving %1").arg(key), error);
}

/// What identifies the calendar in force: its units, as written.
QString calendarStamp(const RuleSet &rules)
{
    QByteArray all;
    for (const RuleUnit &u : rules.units()) {
        if (u.kind() == RuleUnit::Kind::Calendar)
            all += QJsonDocument(u.toJson()).toJson(QJsonDocument::Compact) + '\n';
    }
    return QString::fromLatin1(QCryptographicHash::hash(all, QCryptographicHash::Sha256).toHex());
}

/// The central document's units; false with the reason when one cannot be read.
bool centralUnits(const QJsonObject &document, RuleSet *rules, QString *error)
{
    const QJsonValue units = document.value(QLatin1String("units"));
    if (!units.isArray()) {
        *error = RulesStore::tr("the central rules document has no list of units");
        return false;
    }
    for (const QJsonValue &v : units.toArray()) {
        RuleUnit unit;
        QString why;
        if (!RuleUnit::fromJson(v.toObject(), &unit, &why)) {
            *error = RulesStore::tr("a central rule cannot be read: %1").arg(why);
            return false;
        }
        rules->set(unit);
    }
    return true;
}

} // namespace

RulesStore::RulesStore(Database &database)
    : m_database(database)
{
}

QString RulesStore::centralDatabase(const QString &country)
{
    return QStringLiteral("certdesk_rules_") + country.toLower();
}

RuleSet RulesStore::legacyLayer() const
{
    // Values an older CertDesk kept as settings (never written since): the branch's own, below
    // any change made as an event.
    RuleSet legacy;
    const SettingsStore settings(m_database);
    const QDate from(2020, 5, 18);
    for (const RuleUnit::TermName &name : RuleUnit::termNames()) {
        QString key = QStringLiteral("term.%1_%2").arg(QLatin1String(name.name),
                                                       name.minutes ? QStringLiteral("minutes")
                                                                    : QStringLiteral("days"));
        bool ok = false;
        const int value = settings.value(key).toInt(&ok);
        if (ok)
            legacy.set(RuleUnit::term(QLatin1String(name.name), from, value));
    }
    bool ok = false;
    const int tenths = settings.value(QStringLiteral("fee.apostille_mci_tenths")).toInt(&ok);
    if (ok)
        legacy.set(RuleUnit::apostilleFee(from, tenths / 10.0));
    QSqlQuery q(m_database.db());
    if (q.exec(QStringLiteral("SELECT key, value FROM settings WHERE key LIKE 'fee.mci.%'"))) {
        while (q.next()) {
            bool yearOk = false;
            bool valueOk = false;
            const int year = q.value(0).toString().mid(8).toInt(&yearOk);
            const int tenge = q.value(1).toString().toInt(&valueOk);
            if (yearOk && valueOk && year >= 1900 && year <= 2200)
                legacy.set(RuleUnit::mci(year, tenge));
        }
    }
    return legacy;
}

RuleSet RulesStore::branchLayer(QStringList *problems) const
{
    EventStore store(m_database, SystemClock(0));
    return RuleChanges::fold(store.caseEvents(RuleChanges::stream()), problems);
}

RulesStore::Central RulesStore::central() const
{
    Central c;
    const QString json = metaValue(m_database, kCentralKey);
    if (json.isEmpty())
        return c;
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    QString ignored;
    if (!centralUnits(o, &c.rules, &ignored))
        c.rules = RuleSet();
    c.source = o.value(QLatin1String("source")).toString();
    c.publishedAt = o.value(QLatin1String("published_at")).toString();
    c.publishedBy = o.value(QLatin1String("published_by")).toString();
    c.revision = o.value(QLatin1String("_rev")).toString();
    return c;
}

RuleSet RulesStore::inForce() const
{
    return RuleSet::builtIn().overlaid(legacyLayer()).overlaid(branchLayer()).overlaid(central().rules);
}

QStringList RulesStore::shadowedByCentral() const
{
    QStringList ids;
    const RuleSet centralRules = central().rules;
    for (const RuleUnit &u : branchLayer().units()) {
        if (centralRules.contains(u.id()))
            ids.append(u.id());
    }
    return ids;
}

bool RulesStore::change(const RuleSet &set, const QStringList &withdraw, const QString &login,
                        const Clock &clock, const QString &source,
                        QList<RuleCheck::Issue> *issues, QList<RuleChanges::Change> *changes,
                        QString *error)
{
    const RuleSet base = RuleSet::builtIn().overlaid(legacyLayer());
    const RuleSet branch = branchLayer();
    const RuleSet centralRules = central().rules;
    const RuleSet before = base.overlaid(branch).overlaid(centralRules);

    RuleSet newBranch = branch.overlaid(set);
    for (const QString &id : withdraw)
        newBranch.drop(id);
    QList<RuleCheck::Issue> found;
    for (const RuleUnit &u : set.units())
        found.append(RuleCheck::unit(u));
    if (found.isEmpty())
        found.append(RuleCheck::whole(base.overlaid(newBranch).overlaid(centralRules)));
    if (issues)
        *issues = found;
    if (!found.isEmpty()) {
        if (error)
            *error = tr("The rules were not changed: %n problem(s).", nullptr, int(found.size()));
        return false;
    }

    QList<RuleChanges::Change> list;
    for (const RuleUnit &u : set.units()) {
        // A rule as it already is in force, and not the branch's own, changes nothing: it is
        // not recorded (a file exported and imported again does not freeze the built-in
        // values under the branch's name).
        if (branch.contains(u.id()) ? branch.unit(u.id()) == u : before.unit(u.id()) == u)
            continue;
        list.append({u.id(), before.unit(u.id()), u});
    }
    for (const QString &id : withdraw) {
        if (branch.contains(id) && !set.contains(id))
            list.append({id, before.unit(id), RuleUnit()});
    }
    if (changes)
        *changes = list;
    if (list.isEmpty())
        return true;

    return Transaction::run(m_database, error, [&](Transaction &tx) {
        Event e;
        e.id = Event::newId();
        e.typeName = RuleChanges::type(); // not a case type: the folds of cases never see it
        e.caseId = RuleChanges::stream();
        e.data = RuleChanges::data(list, source);
        QList<Event> events{e};
        const Actor actor{login, m_database.deviceId(), SettingsStore(m_database).branchCode()};
        return EventStore(m_database, clock).appendInTransaction(tx, events, actor, error)
               && projectInTransaction(tx, error);
    });
}

bool RulesStore::setCentral(const QJsonObject &document, bool *changed, QString *error)
{
    RuleSet rules;
    if (!centralUnits(document, &rules, error))
        return false;
    const QString country = document.value(QLatin1String("country")).toString();
    if (country != RulesStore::country()) {
        *error = tr("the central rules are for \"%1\", not for %2").arg(country, RulesStore::country());
        return false;
    }
    QList<RuleCheck::Issue> issues;
    for (const RuleUnit &u : rules.units())
        issues.append(RuleCheck::unit(u));
    issues.append(RuleCheck::whole(RuleSet::builtIn().overlaid(rules)));
    if (!issues.isEmpty()) {
        *error = tr("the central rules were not taken: %1").arg(issues.first().message);
        return false;
    }
    QJsonObject kept = document;
    kept.remove(QStringLiteral("_id"));
    return writeCentral(QJsonDocument(kept).toJson(QJsonDocument::Compact), changed, error);
}

bool RulesStore::clearCentral(bool *changed, QString *error)
{
    return writeCentral(QByteArray(), changed, error);
}

bool RulesStore::writeCentral(const QByteArray &json, bool *changed, QString *error)
{
    const QString text = QString::fromUtf8(json);
    *changed = metaValue(m_database, kCentralKey) != text;
    if (!*changed)
        return true;
    return Transaction::run(m_database, error, [&](Transaction &tx) {
        if (text.isEmpty()) {
            QSqlQuery q(m_database.db());
            q.prepare(QStringLiteral("DELETE FROM meta WHERE key = ?"));
            q.addBindValue(kCentralKey);
            if (!execOrFail(q, QStringLiteral("removing the central rules"), error))
                return false;
        } else if (!setMeta(m_database, kCentralKey, text, error)) {
            return false;
        }
        return projectInTransaction(tx, error);
    });
}

bool RulesStore::projectInTransaction(Transaction &tx, QString *error)
{
    const RuleSet rules = inForce();
    return CalendarStore(m_database).write(tx, rules.calendar(), error)
           && setMeta(m_database, kSeededKey, QStringLiteral("1"), error)
           && setMeta(m_database, kStampKey, calendarStamp(rules), error);
}

bool RulesStore::ensureProjected(QString *error)
{
    const QString seeded = metaValue(m_database, kSeededKey);
    const QString stamp = metaValue(m_database, kStampKey);
    const QString current = calendarStamp(inForce());
    if (!seeded.isEmpty() && stamp == current)
        return true;
    if (!seeded.isEmpty() && stamp.isEmpty()) {
        // Seeded by a version before the rules: its tables are the calendar it had; stamped
        // as the one in force, written again at the next change.
        return setMeta(m_database, kStampKey, current, error);
    }
    return Transaction::run(m_database, error,
                            [&](Transaction &tx) { return projectInTransaction(tx, error); });
}

} // namespace certdesk
