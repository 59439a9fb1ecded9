#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include "domain/RuleCheck.h"
#include "domain/RulesFile.h"

namespace certdesk {

class CouchClient;

/// The central rules database of a country (docs/rules.md, "The central rules database"): one
/// CouchDB database on the branches' server, `certdesk_rules_kz`, holding one document,
/// "rules", with the units a central administrator published. Every workstation account
/// (role certdesk_workstation) may read it and none may write it: its validate function lets
/// only a server administrator or an account with the role certdesk_rules_admin change it.
class CentralRules
{
    Q_DECLARE_TR_FUNCTIONS(CentralRules)

public:
    static QString documentId() { return QStringLiteral("rules"); }
    static QString adminRole() { return QStringLiteral("certdesk_rules_admin"); }
    static QString validateFunction();

    /// Creates the database when absent, limits it to readers with the workstation role and
    /// writers with the rules administrator's role, installs the validate function. admin is
    /// a server administrator's client on that database.
    static bool init(CouchClient &admin, QJsonObject *report, QString *error);

    /// Puts the file's units over the published ones (unit by unit; a removal record says the
    /// central rules have none) and writes the document, when the result passes the checks.
    /// False with the problems (each with its line in the file) or the server's reason.
    static bool publish(CouchClient &client, const RulesFile::Contents &file,
                        const QString &publishedBy, const QString &publishedAt,
                        QJsonObject *report, QList<RuleProblem> *problems, QString *error);

    /// Takes units out of the central document (by id: "mci/2027"), so that each workstation
    /// falls back to its branch's own value or the built-in one — unlike a removal record,
    /// which says the rule is none. Every id must be published; the rest must still pass the
    /// checks; nothing is written otherwise. False with the reason.
    static bool unpublish(CouchClient &client, const QStringList &unitIds,
                          const QString &publishedBy, const QString &publishedAt,
                          QJsonObject *report, QList<RuleCheck::Issue> *issues, QString *error);
};

} // namespace certdesk
