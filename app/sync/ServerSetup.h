#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

namespace certdesk {

class CouchClient;

/// What "certdeskctl sync init" does on the central server with an administrator's session:
/// creates the branch database, limits it to the branch role, installs the design document
/// that validates every write, and creates the accounts that sync with it.
class ServerSetup
{
    Q_DECLARE_TR_FUNCTIONS(ServerSetup)

public:
    /// admin: a client signed in (or about to sign in) as a server administrator, with its
    /// database set to the branch database.
    explicit ServerSetup(CouchClient &admin);

    /// Creates the database when missing (an existing one keeps its events), sets its
    /// _security to role, (re)installs the design document with the members a workstation
    /// account may send events for. report: what was done, as JSON.
    bool initDatabase(
        const QString &role, const QStringList &members, QJsonObject *report, QString *error);
    /// Creates or updates a server account with these roles (the password is replaced).
    bool putUser(
        const QString &name, const QString &password, const QStringList &roles, QString *error);

private:
    bool putDocument(const QString &id, QJsonObject doc, QString *rev, QString *error);

    CouchClient &m_admin;
};

} // namespace certdesk
