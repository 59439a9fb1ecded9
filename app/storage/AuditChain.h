#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace certdesk {

class Database;

/// One thing audit verification found wrong, with the row it concerns.
struct AuditFinding
{
    QString kind; ///< edited | link_broken | reordered | fork | rows_missing | projection
                  ///< | protection | schema | account
    qint64 n = 0; ///< storage row number (0 when the finding is about no single row)
    QString eventId;
    QString device;
    QString message; ///< plain words: what is wrong and what it means
    QJsonObject toJson() const;
};

/// What verification of the per-workstation hash chains found.
struct AuditReport
{
    qint64 events = 0;
    int chains = 0;            ///< one per device and origin (written here / received)
    int redacted = 0;          ///< rows whose personal data a recorded purge removed
    QList<AuditFinding> problems;
    /// Received chains whose earlier events are not here yet: not an error (not pulled yet).
    QList<AuditFinding> gaps;
    /// What the chains show happened to a database file, told instead of called tampering:
    /// a file copied to another computer, restored, or given a new device id (kinds renewed,
    /// copied, continued). Not an error either.
    QList<AuditFinding> stories;

    bool ok() const { return problems.isEmpty(); }
    QJsonObject toJson() const;
};

/// Verifies the event log against the hash chains its writers built (docs/events.md):
/// every row's content against its hash, every link of each workstation's chain, the row
/// numbering (a deleted row leaves a hole), the storage order of the chains written here,
/// the schema (the triggers that make the log refuse edits above all), and the cases and
/// appeals tables against a fresh fold of the events by ProjectionFold — the rebuild's fold.
/// Writes nothing to the database (the fresh fold goes to a temporary table of a second
/// connection).
class AuditChain
{
    Q_DECLARE_TR_FUNCTIONS(AuditChain)

public:
    explicit AuditChain(Database &database);

    /// False only when the database cannot be read; findings are in the report.
    bool verify(AuditReport *report, QString *error);

private:
    struct Row
    {
        qint64 n = 0;
        QString id;
        QString prev;
        QString hash;
    };
    bool checkRows(AuditReport *report, QString *error);
    /// A device_renewed event: a database took a new id continuing an older one.
    struct Renewal
    {
        QString eventId;
        QString device;
        QString previous;
        QString previousHead;
        QString reason;
        QDateTime at;
        bool local = false;
    };
    bool readRenewals(QList<Renewal> *renewals, QString *error);
    void tellRenewals(const QList<Renewal> &renewals, AuditReport *report);
    void checkWrittenHere(const QString &device, const QList<Row> &rows, AuditReport *report);
    void checkReceived(const QString &device, const QList<Row> &rows, const QList<Row> &local,
        const QList<Renewal> &renewals, AuditReport *report);
    /// A table folded from the events, and how its disagreements are reported.
    struct ProjectionTable
    {
        QString name;
        QString key;
        QString rowMissing;    ///< %1: the stream id
        QString eventsMissing; ///< %1: the stream id
        QString differs;       ///< %1: the stream id, %2: the differing columns
    };
    static ProjectionTable casesTable();
    static ProjectionTable appealsTable();
    bool checkProjection(AuditReport *report, QString *error);
    bool compareProjection(
        Database &shadow, const ProjectionTable &table, AuditReport *report, QString *error);
    bool checkProtection(AuditReport *report, QString *error);
    QHash<QString, QString> recordedRedactions(QString *error);

    Database &m_database;
};

} // namespace certdesk
