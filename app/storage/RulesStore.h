#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include "domain/RuleChanges.h"
#include "domain/RuleCheck.h"
#include "domain/RuleSet.h"

namespace certdesk {

class Clock;
class Database;
class Transaction;

/// The rules in force at this branch (docs/rules.md), from one place: the rules CertDesk ships
/// with, under the values an older version kept in its settings, under the branch's own changes
/// (the fold of its `rules_changed` events), under the central rules database's, which the
/// workstation pulls at every sync and keeps in the `meta` row "rules_central". Each layer
/// replaces the one below unit by unit, so a branch's own change applies only where the central
/// rules have none. The working-day calendar in force is also written into the calendar tables
/// (CalendarStore), in the transaction that changes it, for every screen that counts days.
class RulesStore
{
    Q_DECLARE_TR_FUNCTIONS(RulesStore)

public:
    explicit RulesStore(Database &database);

    /// The country of the rules this build serves, and the name of its central rules database.
    static QString country() { return QStringLiteral("KZ"); }
    static QString centralDatabase(const QString &country = RulesStore::country());

    /// What the central rules database sent last (empty rules when none).
    struct Central
    {
        RuleSet rules;
        QString source;       ///< the decree or reason the administrator gave
        QString publishedAt;  ///< UTC, as the administrator's tool wrote it
        QString publishedBy;
        QString revision;     ///< the server document's _rev
    };

    RuleSet legacyLayer() const;
    RuleSet branchLayer(QStringList *problems = nullptr) const;
    Central central() const;
    /// Built in < older settings < the branch's own < central.
    RuleSet inForce() const;
    /// The rules in force without the central layer's effect on ids the branch set: for the
    /// dialog's "set here but the central rules decide" note.
    QStringList shadowedByCentral() const;

    /// A supervisor's change: every unit of set becomes the branch's own, every id of withdraw
    /// stops being the branch's own. Checks each unit and the rules in force after it
    /// (RuleCheck); with any issue nothing is written and false is returned with the issues.
    /// Otherwise one `rules_changed` event by login (nothing when nothing differs) and the
    /// calendar tables, in one transaction; changes says what changed.
    bool change(const RuleSet &set, const QStringList &withdraw, const QString &login,
                const Clock &clock, const QString &source, QList<RuleCheck::Issue> *issues,
                QList<RuleChanges::Change> *changes, QString *error);

    /// Takes the central rules database's document ({country, source, published_at,
    /// published_by, units: [...]}); refuses (keeping the previous) one that cannot be read or
    /// whose rules fail the checks. changed: the central layer is another than before.
    bool setCentral(const QJsonObject &document, bool *changed, QString *error);
    /// The central database has no rules document (any more): the central layer is emptied.
    bool clearCentral(bool *changed, QString *error);

    /// Writes the calendar in force into the calendar tables when it is another than the one
    /// written last (on open, after a pull); a database seeded by an older version keeps its
    /// tables and is only stamped.
    bool ensureProjected(QString *error);
    /// The same inside the caller's transaction, unconditionally.
    bool projectInTransaction(Transaction &tx, QString *error);

private:
    bool writeCentral(const QByteArray &json, bool *changed, QString *error);

    Database &m_database;
};

} // namespace certdesk
