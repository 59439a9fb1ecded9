#include "sync/DesignDocument.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace certdesk {

namespace {

// ES5 only: CouchDB 3 runs design functions in SpiderMonkey 1.8.5 on many installations.
// A refusal of something already stored starts with "immutable": the replicator reads that
// reason as "the server has it" (ARCHITECTURE.md, push rules).
const char *const kValidate = R"JS(function (newDoc, oldDoc, userCtx, secObj) {
  var members = %MEMBERS%;
  var roles = userCtx.roles || [];
  var isAdmin = roles.indexOf('_admin') !== -1;
  if (newDoc._id.indexOf('_design/') === 0) {
    if (!isAdmin) throw({forbidden: 'only a server administrator may change the design'});
    return;
  }
  if (oldDoc) {
    throw({forbidden: 'immutable: events are never updated or deleted; ' + newDoc._id + ' is already stored'});
  }
  if (newDoc._deleted) throw({forbidden: 'events are never deleted'});
  function need(ok, what) { if (!ok) throw({forbidden: 'not a valid event: ' + what}); }
  function text(v) { return typeof v === 'string' && v.length > 0; }
  var allowed = ['_id', '_rev', '_revisions', 'type', 'case_id', 'branch', 'at', 'by',
                 'device', 'v', 'data', 'prev'];
  for (var key in newDoc) {
    need(allowed.indexOf(key) !== -1, 'unknown field "' + key + '"');
  }
  need(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(newDoc._id), '_id must be a UUID');
  need(text(newDoc.type) && /^[a-z_]+$/.test(newDoc.type), 'type must be a lower-case word');
  need(text(newDoc.case_id), 'case_id is required');
  need(typeof newDoc.branch === 'string', 'branch must be text');
  need(typeof newDoc.at === 'string' &&
       /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,3})?Z$/.test(newDoc.at), 'at must be a UTC time');
  need(text(newDoc.by), 'by is required');
  need(text(newDoc.device), 'device is required');
  need(typeof newDoc.v === 'number' && newDoc.v >= 1 && Math.floor(newDoc.v) === newDoc.v, 'v must be a version number');
  need(newDoc.data !== null && typeof newDoc.data === 'object' && !Array.isArray(newDoc.data), 'data must be an object');
  need(newDoc.prev === undefined || typeof newDoc.prev === 'string', 'prev must be text');
  if (newDoc.by === userCtx.name) return;
  if (roles.indexOf('%WORKSTATION%') !== -1 && members.indexOf(newDoc.by) !== -1) return;
  if (roles.indexOf('%WORKSTATION%') !== -1 && newDoc.by === 'system' &&
      newDoc.case_id.indexOf('system:') === 0) return;
  throw({forbidden: 'by "' + newDoc.by + '" is not the signed-in account "' + userCtx.name +
                    '" nor a member of the branch it may send for'});
})JS";

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
    QStringList sorted = members;
    sorted.removeAll(QString());
    sorted.sort();
    sorted.removeDuplicates();
    const QByteArray list
        = QJsonDocument(QJsonArray::fromStringList(sorted)).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(kValidate)
        .replace(QLatin1String("%MEMBERS%"), QString::fromUtf8(list))
        .replace(QLatin1String("%WORKSTATION%"), workstationRole());
}

QJsonObject DesignDocument::document(const QStringList &members)
{
    return {{QLatin1String("_id"), id()}, {QLatin1String("language"), QLatin1String("javascript")},
        {QLatin1String("validate_doc_update"), validateFunction(members)}};
}

} // namespace certdesk
