#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

#include "domain/Event.h"

namespace certdesk {

/// What a supervisor presented at the count: a scanner's keystrokes (the QR code of a
/// certificate, the QR code or bar of a receipt) or a receipt number typed by hand, read into
/// the reference that leads to a case.
struct SafeScan
{
    Q_DECLARE_TR_FUNCTIONS(SafeScan)

public:
    enum class Kind { Invalid, Receipt, Certificate };

    Kind kind = Kind::Invalid;
    QString text; ///< what was presented, trimmed
    QString receipt; ///< Receipt: the 17 digits
    QString certificateNumber; ///< Certificate
    QDate certificateDate; ///< Certificate, when the code carries it
    QString error; ///< Invalid: why, naming the rule

    bool isValid() const { return kind != Kind::Invalid; }
    /// One paper, however it was presented: "receipt:<digits>" or "certificate:<number>".
    QString key() const;

    /// Reads a scan or a typed number. A certificate's QR code holds "CERT <number> <date>"
    /// or, where the branch set one, the verification link made from verifyUrlTemplate
    /// (%1 = number, %2 = date: CertificateDocument::verificationPayload); anything else must
    /// be a receipt number with a valid check digit (ReceiptNumber).
    static SafeScan parse(const QString &text, const QString &verifyUrlTemplate = QString());
};

/// One paper as the count knows it: the case the ledger says it belongs to, and where the
/// ledger says it is.
struct SafePaper
{
    QString caseId; ///< empty: no case of this branch matches what was presented
    QString receipt; ///< 17 digits
    QString certificateNumber;
    QString name; ///< the person the certificate is about
    QString status; ///< the case's status as stored (at_branch, issued, ...), empty when unknown
    QString scanned; ///< what was presented (counted and unexpected papers)

    /// The paper's identity in a count: its case, or for a paper of no case its receipt or
    /// certificate number (what was presented when it carries neither).
    QString key() const;
};

/// A finished count: what the report prints and certdeskctl count writes out.
struct SafeCountReport
{
    QString countId; ///< the safe_counted event; empty for a dry run, which records nothing
    QDateTime startedAt; ///< UTC
    QDateTime finishedAt; ///< UTC
    QDate date; ///< branch date
    QString branchName;
    QString branchCode;
    QString supervisorLogin;
    QString supervisorName;
    QString supervisorPosition;
    int expected = 0;
    QList<SafePaper> counted;
    QList<SafePaper> missing;
    QList<SafePaper> unexpected;

    bool recorded() const { return !countId.isEmpty(); }
    /// {count_id, recorded, date, started_at, finished_at, by, expected, counted: [..],
    /// missing: [..], unexpected: [..]} (docs/certdeskctl.md, "count").
    QJsonObject toJson() const;
};

/// The end-of-day count of the safe (issue 17): the papers the ledger says are in branch
/// custody, against the papers the supervisor presents, one by one. A blind count: nothing
/// here is shown before the count is finished except how many were presented. Pure: the
/// service reads the ledger and writes the one event of a finished count.
class SafeCount
{
public:
    enum class Outcome {
        Counted, ///< an expected paper, counted now
        AlreadyCounted, ///< presented before in this count: counted once
        Unexpected, ///< not in branch custody per the ledger (or no such case)
        AlreadyUnexpected, ///< the same unexpected paper presented again
    };

    explicit SafeCount(const QList<SafePaper> &expected = {});

    /// The expected paper the scan names (by receipt number or certificate number), or null.
    const SafePaper *expectedFor(const SafeScan &scan) const;
    /// Records one presented paper, resolved to its case by the caller.
    Outcome add(const SafePaper &paper);

    /// How many different papers were presented (what a blind count may show).
    int presented() const { return int(m_counted.size() + m_unexpected.size()); }
    bool isEmpty() const { return presented() == 0; }
    int expectedCount() const { return int(m_expected.size()); }
    /// Expected papers presented, in the order they were.
    QList<SafePaper> counted() const { return m_counted; }
    /// Expected papers not presented, by receipt number.
    QList<SafePaper> missing() const;
    /// Presented papers the ledger does not put in branch custody, in the order presented.
    QList<SafePaper> unexpected() const { return m_unexpected; }

    /// The same presented papers against the ledger as it stands at another moment (the
    /// count is reconciled again when it is finished).
    SafeCount reconciledWith(const QList<SafePaper> &expected) const;

    // The event (docs/events.md, "The count of the safe").
    static QString stream() { return QStringLiteral("system:safe"); }
    static QString countedType() { return QStringLiteral("safe_counted"); }
    static QString writtenOffType() { return QStringLiteral("safe_paper_written_off"); }
    static QString foundType() { return QStringLiteral("safe_paper_found"); }
    /// The board's anomaly code of a paper missing at a count.
    static QString missingCode() { return QStringLiteral("missing_at_count"); }
    /// The data of the safe_counted event: no names (they stay in the cases).
    QJsonObject eventData(const QDate &date, const QDateTime &startedAtUtc) const;
    /// The data of a write-off.
    static QJsonObject writeOffData(
        const QString &caseId, const QString &receipt, const QString &countId, const QString &reason);

private:
    QList<SafePaper> m_expected;
    QHash<QString, qsizetype> m_expectedByCase;
    QHash<QString, qsizetype> m_expectedByReceipt;
    QHash<QString, qsizetype> m_expectedByCertificate;
    QList<SafePaper> m_counted;
    QList<SafePaper> m_unexpected;
    QSet<QString> m_seen; ///< keys of the papers presented
    QList<SafePaper> m_presented; ///< every different paper, in order (for reconciledWith)
};

/// A paper found missing at a count and neither found since nor written off: an anomaly on
/// the supervisor board.
struct MissingPaper
{
    QString caseId;
    QString receipt;
    QString countId; ///< the safe_counted event that last found it missing
    QDateTime countedAt; ///< UTC
    QDate date; ///< the count's branch date
    QString countedBy;
};

/// The open missing papers from the events of the stream "system:safe", whatever order they
/// come in: a count that misses a paper opens it; a later count that has it presented
/// (expected or not), a "found" scan or a write-off closes it. Events are taken in (at, _id) order.
QList<MissingPaper> openMissingPapers(QList<Event> events);

} // namespace certdesk
