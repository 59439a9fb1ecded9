#include "domain/RuleChanges.h"

#include <QJsonArray>

#include <algorithm>

namespace certdesk {

namespace {

QJsonValue record(const RuleUnit &unit)
{
    return unit.isValid() ? QJsonValue(unit.toJson()) : QJsonValue(QJsonValue::Null);
}

bool unitOf(const QJsonValue &value, RuleUnit *out, QString *error)
{
    if (value.isNull() || value.isUndefined()) {
        *out = RuleUnit();
        return true;
    }
    return RuleUnit::fromJson(value.toObject(), out, error);
}

} // namespace

QJsonObject RuleChanges::data(const QList<Change> &changes, const QString &source)
{
    QJsonArray list;
    for (const Change &c : changes)
        list.append(QJsonObject{{QStringLiteral("unit"), c.unit},
                                {QStringLiteral("before"), record(c.before)},
                                {QStringLiteral("after"), record(c.after)}});
    QJsonObject data{{QStringLiteral("changes"), list}};
    if (!source.isEmpty())
        data.insert(QStringLiteral("source"), source);
    return data;
}

bool RuleChanges::read(const QJsonObject &data, QList<Change> *changes, QString *error)
{
    const QJsonValue list = data.value(QLatin1String("changes"));
    if (!list.isArray()) {
        *error = QStringLiteral("\"changes\" is not a list");
        return false;
    }
    for (const QJsonValue &v : list.toArray()) {
        const QJsonObject o = v.toObject();
        Change c;
        c.unit = o.value(QLatin1String("unit")).toString();
        QString why;
        if (!unitOf(o.value(QLatin1String("before")), &c.before, &why)
            || !unitOf(o.value(QLatin1String("after")), &c.after, &why)) {
            *error = QStringLiteral("%1: %2").arg(c.unit, why);
            return false;
        }
        if (c.unit.isEmpty() || (c.after.isValid() && c.after.id() != c.unit)) {
            *error = QStringLiteral("\"unit\" \"%1\" does not name the rule after it").arg(c.unit);
            return false;
        }
        changes->append(c);
    }
    return true;
}

RuleSet RuleChanges::fold(QList<Event> events, QStringList *problems)
{
    std::sort(events.begin(), events.end(), [](const Event &a, const Event &b) {
        return a.at != b.at ? a.at < b.at : a.id < b.id;
    });
    RuleSet branch;
    for (const Event &e : std::as_const(events)) {
        if (e.typeName != type())
            continue;
        QList<Change> changes;
        QString error;
        if (!read(e.data, &changes, &error)) {
            if (problems)
                problems->append(QStringLiteral("%1: %2").arg(e.id, error));
            continue;
        }
        for (const Change &c : std::as_const(changes)) {
            if (c.after.isValid())
                branch.set(c.after);
            else
                branch.drop(c.unit);
        }
    }
    return branch;
}

} // namespace certdesk
