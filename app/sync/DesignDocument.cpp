#include "sync/DesignDocument.h"

#include "domain/Event.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace certdesk {

namespace {

// ES5 only: CouchDB 3 runs design functions in QuickJS or SpiderMonkey (1.8.5 on many
// installations). A refusal of something already stored starts with "immutable": the
// replicator reads that reason as "the server has it" (ARCHITECTURE.md, push rules).
//
// CouchDB calls the function once per written document, in a separate JavaScript process:
// that round trip is most of a push's cost and no body makes it cheaper (bench/sync). What the
// body can do it does: no closure, array or object is made per call, each check is one
// comparison or one regular expression, and the usual document (a member's new event) passes
// every check once. The machine's own authors (a workstation's scheduled backup, its SMS
// notices) pass on the system streams and on the notice types. The members are one string searched
// for "\n" + login + "\n" (a login never holds a line break).
const char *const kValidate = R"JS(function (newDoc, oldDoc, userCtx, secObj) {
  var id = newDoc._id;
  var roles = userCtx.roles || [];
  if (id.charCodeAt(0) === 95 && id.indexOf('_design/') === 0) {
    if (roles.indexOf('_admin') === -1) throw({forbidden: 'only a server administrator may change the design'});
    return;
  }
  if (oldDoc) throw({forbidden: 'immutable: events are never updated or deleted; ' + id + ' is already stored'});
  var admin = roles.indexOf('_admin') !== -1;
  if (!admin && (newDoc._rev !== undefined || newDoc._revisions !== undefined)) {
    throw({forbidden: 'a revision may not be supplied: an event is sent as a new document, without _rev'});
  }
  if (newDoc._deleted) throw({forbidden: 'events are never deleted'});
  for (var key in newDoc) {
    switch (key) {
    case '_id': case '_rev': case '_revisions': case 'type': case 'case_id': case 'branch':
    case 'at': case 'by': case 'device': case 'v': case 'data': case 'prev': break;
    default: throw({forbidden: 'not a valid event: unknown field "' + key + '"'});
    }
  }
  var type = newDoc.type, caseId = newDoc.case_id, at = newDoc.at, by = newDoc.by;
  var device = newDoc.device, v = newDoc.v, data = newDoc.data, prev = newDoc.prev;
  var bad = !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(id) ? '_id must be a UUID'
    : typeof type !== 'string' || !/^[a-z_]+$/.test(type) ? 'type must be a lower-case word'
    : typeof caseId !== 'string' || caseId.length === 0 ? 'case_id is required'
    : typeof newDoc.branch !== 'string' ? 'branch must be text'
    : typeof at !== 'string' || !/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,3})?Z$/.test(at) ? 'at must be a UTC time'
    : typeof by !== 'string' || by.length === 0 ? 'by is required'
    : typeof device !== 'string' || device.length === 0 ? 'device is required'
    : typeof v !== 'number' || v < 1 || Math.floor(v) !== v ? 'v must be a version number'
    : data === null || typeof data !== 'object' || Array.isArray(data) ? 'data must be an object'
    : prev !== undefined && typeof prev !== 'string' ? 'prev must be text' : '';
  if (bad) throw({forbidden: 'not a valid event: ' + bad});
  if (by === userCtx.name || admin) return;
  if (roles.indexOf('%WORKSTATION%') !== -1) {
    if (%MEMBERS%.indexOf('\n' + by + '\n') !== -1) return;
    if (%MACHINE%.indexOf('\n' + by + '\n') !== -1
        && (caseId.indexOf('system:') === 0 || type.indexOf('notice_') === 0)) return;
  }
  throw({forbidden: 'by "' + by + '" is not the signed-in account "' + userCtx.name +
                    '" nor a member of the branch it may send for'});
})JS";

/// One JavaScript string literal "\nname\nname\n", searched for "\n" + name + "\n" (a login
/// never holds a line break); written by the JSON writer so that any character is escaped as
/// the language wants it.
QString lines(const QStringList &names)
{
    const QString joined = QLatin1Char('\n') + names.join(QLatin1Char('\n')) + QLatin1Char('\n');
    const QByteArray array
        = QJsonDocument(QJsonArray {QJsonValue(joined)}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}

} // namespace

QString DesignDocument::id()
{
    return QStringLiteral("_design/certdesk");
}

QString DesignDocument::workstationRole()
{
    return QStringLiteral("certdesk_workstation");
}

QString DesignDocument::validateFunction(const QStringList &members)
{
    QStringList people = members;
    people.removeAll(QString());
    // The machine's authors are no member, whatever --members says: they pass on system
    // streams only.
    for (const QString &machine : Event::machineAuthors())
        people.removeAll(machine);
    people.sort();
    people.removeDuplicates();
    return QString::fromUtf8(kValidate)
        .replace(QLatin1String("%MEMBERS%"), lines(people))
        .replace(QLatin1String("%WORKSTATION%"), workstationRole())
        .replace(QLatin1String("%MACHINE%"), lines(Event::machineAuthors()));
}

QJsonObject DesignDocument::document(const QStringList &members)
{
    return {{QLatin1String("_id"), id()}, {QLatin1String("language"), QLatin1String("javascript")},
        {QLatin1String("validate_doc_update"), validateFunction(members)}};
}

} // namespace certdesk
