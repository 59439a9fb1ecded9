#include "sync/CentralRules.h"

#include "domain/RuleCheck.h"
#include "sync/CouchClient.h"
#include "sync/DesignDocument.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace certdesk {

namespace {

// ES5, as the branch databases' function (DesignDocument). Readers are the _security members;
// writing is for the rules administrator alone.
const char *const kValidate = R"JS(function (newDoc, oldDoc, userCtx, secObj) {
  var roles = userCtx.roles || [];
  if (roles.indexOf('_admin') === -1 && roles.indexOf('%ADMIN%') === -1)
    throw({forbidden: 'the central rules are written by the central rules administrator only'});
  if (newDoc._id.indexOf('_design/') === 0) {
    if (roles.indexOf('_admin') === -1) throw({forbidden: 'only a server administrator may change the design'});
    return;
  }
  if (newDoc._deleted) return;
  if (newDoc._id !== 'rules') throw({forbidden: 'the central rules database holds the document "rules" only'});
  if (typeof newDoc.country !== 'string' || !/^[A-Z]{2}$/.test(newDoc.country))
    throw({forbidden: 'country must be a two-letter code'});
  if (!Array.isArray(newDoc.units)) throw({forbidden: 'units must be a list'});
})JS";

RuleSet unitsOf(const QJsonObject &doc)
{
    RuleSet units;
    for (const QJsonValue &v : doc.value(QLatin1String("units")).toArray()) {
        RuleUnit unit;
        if (RuleUnit::fromJson(v.toObject(), &unit, nullptr))
            units.set(unit);
    }
    return units;
}

/// Writes doc (with the revision it was read with, so a publication made in between is a
/// 409, never overwritten) holding units; the new revision, or false with the reason.
bool writeUnits(CouchClient &client, QJsonObject doc, const RuleSet &units,
                const QString &publishedBy, const QString &publishedAt, QString *rev,
                QString *error)
{
    QJsonArray list;
    for (const RuleUnit &u : units.units())
        list.append(u.toJson());
    doc.insert(QLatin1String("published_by"), publishedBy);
    doc.insert(QLatin1String("published_at"), publishedAt);
    doc.insert(QLatin1String("units"), list);
    const CouchResponse put = client.call(
        QByteArrayLiteral("PUT"), client.dbUrl(QLatin1Char('/') + CentralRules::documentId()),
        QJsonDocument(doc));
    if (!put.ok()) {
        if (error)
            *error = CentralRules::tr("Writing the central rules failed: %1").arg(put.describe());
        return false;
    }
    *rev = put.json.object().value(QLatin1String("rev")).toString();
    return true;
}

} // namespace

QString CentralRules::validateFunction()
{
    return QString::fromUtf8(kValidate).replace(QLatin1String("%ADMIN%"), adminRole());
}

bool CentralRules::init(CouchClient &admin, QJsonObject *report, QString *error)
{
    auto fail = [error](const QString &step, const CouchResponse &r) {
        if (error)
            *error = tr("%1 failed: %2").arg(step, r.describe());
        return false;
    };
    const QString db = admin.database();
    bool created = false;
    const CouchResponse info = admin.call(QByteArrayLiteral("GET"), admin.dbUrl(QString()));
    if (info.status == 404) {
        const CouchResponse put = admin.call(QByteArrayLiteral("PUT"), admin.dbUrl(QString()));
        if (!put.ok() && put.status != 412)
            return fail(tr("Creating the database %1").arg(db), put);
        created = put.ok();
    } else if (!info.ok()) {
        return fail(tr("Reading the database %1").arg(db), info);
    }
    const QJsonObject nobody{{QLatin1String("names"), QJsonArray()},
                             {QLatin1String("roles"), QJsonArray()}};
    const QJsonObject security{
        {QLatin1String("admins"), nobody},
        {QLatin1String("members"),
         QJsonObject{{QLatin1String("names"), QJsonArray()},
                     {QLatin1String("roles"),
                      QJsonArray{DesignDocument::workstationRole(), adminRole()}}}}};
    const CouchResponse sec = admin.call(QByteArrayLiteral("PUT"),
                                         admin.dbUrl(QStringLiteral("/_security")),
                                         QJsonDocument(security));
    if (!sec.ok())
        return fail(tr("Limiting %1 to the workstations").arg(db), sec);

    const QUrl designUrl = admin.dbUrl(QStringLiteral("/_design/certdesk_rules"));
    QJsonObject design{{QLatin1String("_id"), QStringLiteral("_design/certdesk_rules")},
                       {QLatin1String("language"), QLatin1String("javascript")},
                       {QLatin1String("validate_doc_update"), validateFunction()}};
    const CouchResponse current = admin.call(QByteArrayLiteral("GET"), designUrl);
    if (current.ok())
        design.insert(QLatin1String("_rev"), current.json.object().value(QLatin1String("_rev")));
    const CouchResponse put = admin.call(QByteArrayLiteral("PUT"), designUrl, QJsonDocument(design));
    if (!put.ok())
        return fail(tr("Writing the validate function of %1").arg(db), put);
    if (report)
        *report = {{QLatin1String("database"), db},
                   {QLatin1String("created"), created},
                   {QLatin1String("readers"), DesignDocument::workstationRole()},
                   {QLatin1String("writers"), adminRole()}};
    return true;
}

bool CentralRules::publish(CouchClient &client, const RulesFile::Contents &file,
                           const QString &publishedBy, const QString &publishedAt,
                           QJsonObject *report, QList<RuleProblem> *problems, QString *error)
{
    const QUrl url = client.dbUrl(QLatin1Char('/') + documentId());
    const CouchResponse current = client.call(QByteArrayLiteral("GET"), url);
    RuleSet published;
    QJsonObject doc;
    if (current.ok()) {
        doc = current.json.object();
        published = unitsOf(doc);
        if (doc.value(QLatin1String("country")).toString() != file.country) {
            if (error)
                *error = tr("The central rules database holds the rules of %1, the file those of "
                            "%2.")
                             .arg(doc.value(QLatin1String("country")).toString(), file.country);
            return false;
        }
    } else if (current.status != 404) {
        if (error)
            *error = tr("Reading the central rules failed: %1").arg(current.describe());
        return false;
    }
    const RuleSet merged = published.overlaid(file.rules);
    const QList<RuleCheck::Issue> issues = RuleCheck::whole(RuleSet::builtIn().overlaid(merged));
    if (!issues.isEmpty()) {
        if (problems)
            *problems = file.problems(issues);
        if (error)
            *error = tr("The rules were not published: %n problem(s).", nullptr, int(issues.size()));
        return false;
    }
    doc.insert(QLatin1String("_id"), documentId());
    doc.insert(QLatin1String("country"), file.country);
    doc.insert(QLatin1String("source"), file.source);
    QString rev;
    if (!writeUnits(client, doc, merged, publishedBy, publishedAt, &rev, error))
        return false;
    if (report)
        *report = {{QLatin1String("database"), client.database()},
                   {QLatin1String("rev"), rev},
                   {QLatin1String("units"), int(merged.size())},
                   {QLatin1String("from_file"), int(file.rules.size())}};
    return true;
}

bool CentralRules::unpublish(CouchClient &client, const QStringList &unitIds,
                             const QString &publishedBy, const QString &publishedAt,
                             QJsonObject *report, QList<RuleCheck::Issue> *issues, QString *error)
{
    const QUrl url = client.dbUrl(QLatin1Char('/') + documentId());
    const CouchResponse current = client.call(QByteArrayLiteral("GET"), url);
    if (current.status == 404) {
        if (error)
            *error = tr("Nothing is published in %1: there is nothing to take back.")
                         .arg(client.database());
        return false;
    }
    if (!current.ok()) {
        if (error)
            *error = tr("Reading the central rules failed: %1").arg(current.describe());
        return false;
    }
    const QJsonObject doc = current.json.object();
    const RuleSet published = unitsOf(doc);
    QStringList missing;
    for (const QString &id : unitIds) {
        if (!published.contains(id))
            missing.append(id);
    }
    if (!missing.isEmpty()) {
        if (error)
            *error = tr("%1 is not published in %2 (nothing was changed): the ids are those of "
                        "rules export --layer central.")
                         .arg(missing.join(QStringLiteral(", ")), client.database());
        return false;
    }
    RuleSet kept = published;
    for (const QString &id : unitIds)
        kept.drop(id);
    // Unpublishing cannot make the branches' own values wrong, but it can reveal a built-in
    // rule set that no longer passes as a whole (a term with no value left): checked as a
    // branch would check it.
    const QList<RuleCheck::Issue> found = RuleCheck::whole(RuleSet::builtIn().overlaid(kept));
    if (!found.isEmpty()) {
        if (issues)
            *issues = found;
        if (error)
            *error = tr("The rules were not taken back: %n problem(s).", nullptr, int(found.size()));
        return false;
    }
    QString rev;
    if (!writeUnits(client, doc, kept, publishedBy, publishedAt, &rev, error))
        return false;
    if (report)
        *report = {{QLatin1String("database"), client.database()},
                   {QLatin1String("rev"), rev},
                   {QLatin1String("units"), int(kept.size())},
                   {QLatin1String("unpublished"), QJsonArray::fromStringList(unitIds)}};
    return true;
}

} // namespace certdesk
