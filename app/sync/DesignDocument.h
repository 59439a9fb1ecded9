#pragma once

#include <QJsonObject>
#include <QStringList>

namespace certdesk {

/// The branch database's design document: its validate_doc_update is the server's half of
/// the event contract (docs/sync.md). Only well-formed events, written by the account that
/// sends them — or, from a workstation account, by a listed member of the branch — and
/// never an update or a delete.
class DesignDocument
{
public:
    static QString id(); ///< _design/certdesk
    /// The role a workstation account has: it may send events of the branch's members.
    static QString workstationRole();
    /// The JavaScript of validate_doc_update with the members list built in.
    static QString validateFunction(const QStringList &members);
    static QJsonObject document(const QStringList &members);
};

} // namespace certdesk
