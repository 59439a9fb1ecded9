#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>

#include "domain/SafeCount.h"

namespace certdesk {

class Session;

/// What one presented paper did to a running count, in words for the supervisor.
struct SafeScanResult
{
    bool accepted = false; ///< false: the text was no receipt number nor a certificate's QR code
    SafeCount::Outcome outcome = SafeCount::Outcome::Counted;
    SafePaper paper;
    QString message;
    /// Counted once already in this count ("already counted"): nothing changed.
    bool repeated() const
    {
        return accepted
            && (outcome == SafeCount::Outcome::AlreadyCounted
                || outcome == SafeCount::Outcome::AlreadyUnexpected);
    }
};

/// A missing paper on the board: the count's record with the case's name.
struct MissingPaperLine
{
    MissingPaper paper;
    QString name;
    /// The full name of the supervisor who counted (the login when this workstation does not
    /// know the account).
    QString countedByName;
};

/// The end-of-day count of the safe (issue 17) for a supervisor: start reads the ledger's
/// papers in branch custody and shows nothing of them (a blind count); each scan is matched;
/// finish reconciles again with the ledger as it stands and writes the one event of the
/// count; abandon (or destroying the service) drops everything: a count left half-way
/// records nothing. Also the write-off of a missing paper, and the "found" scan.
class SafeCountService
{
    Q_DECLARE_TR_FUNCTIONS(SafeCountService)

public:
    explicit SafeCountService(Session &session);
    ~SafeCountService();

    /// Starts a count (refused for anyone but a supervisor).
    bool start(QString *error);
    bool isRunning() const { return m_count != nullptr; }
    /// One presented paper: a scanner's line or a typed receipt number.
    SafeScanResult scan(const QString &text);
    /// How many different papers were presented so far (all a blind count shows).
    int presented() const;
    /// Reconciles with the ledger now and records the count as one event; dryRun records
    /// nothing (certdeskctl count --dry-run). The count is over either way.
    bool finish(SafeCountReport *out, QString *error, bool dryRun = false);
    /// Drops the running count; nothing was or will be written.
    void abandon();

    /// The papers missing at a count and neither found nor written off, oldest count first.
    bool missingPapers(QList<MissingPaperLine> *out, QString *error);
    /// Writes off a missing paper (named by its case id or receipt number), with the reason.
    bool writeOff(const QString &caseOrReceipt, const QString &reason, QString *error);
    /// Records a missing paper found again outside a count (its QR scanned, its receipt
    /// typed); refused for a paper that is not missing.
    bool found(const QString &text, MissingPaperLine *paper, QString *error);

private:
    bool resolve(const SafeScan &scan, SafePaper *paper, QString *error) const;
    bool openMissing(const QString &caseOrReceipt, MissingPaperLine *line, QString *error);

    Session &m_session;
    std::unique_ptr<SafeCount> m_count;
    QDateTime m_startedAt;
};

} // namespace certdesk
