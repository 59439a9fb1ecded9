#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace certdesk {

/// The types of the whole lifecycle. Their names are a contract with the central server and
/// the provider (docs/events.md): never rename one; add new ones.
enum class EventType {
    Unknown,
    Received, ///< application taken at the counter
    OnlineOrder, ///< a provider-sent paper result of an online order, for this branch
    ResultRecorded, ///< the provider's certificate: number, date, outcome
    AdditionalCheck, ///< the provider runs an additional identification check
    InterimNotice, ///< the interim response was given to the person
    Refused, ///< the provider's motivated refusal on the composite service
    Arrived, ///< the paper certificate is at the branch: branch custody starts
    Printed, ///< a paper certificate printed at the branch (a reprint is a duplicate)
    Issued, ///< handed to the person or their representative
    Transferred, ///< sent to the provider after branch custody
    ReturnRequested, ///< the person came while the paper was at the provider
    Returned, ///< back at the branch from the provider
    Archived, ///< filed by the provider into its separate registered record
    Withdrawn, ///< the applicant withdrew the application
    Override, ///< a supervisor let a refused check pass, with a reason
    Note, ///< a free remark on the case (or on an appeal)
    ApplicationPrinted, ///< the application was printed for signature (a reprint is a copy)
    // SMS notices to the person (docs/events.md, "Notices"); no effect on the case's state.
    NoticeQueued, ///< a notice is due; its id is derived from what made it due
    NoticeSent, ///< the branch's notifier workstation handed it to the SMS gateway
    NoticeFailed, ///< the gateway was down or refused; retried later
    // Appeals and complaints, each in its own stream "appeal:<uuid>" (docs/appeals.md).
    AppealReceived, ///< accepted at the counter; the receipt was given
    AppealAmended, ///< the applicant supplied missing details
    AppealReferred, ///< sent on to the competent body
    AppealNotified, ///< the applicant was told of a referral or an extension
    AppealExtended, ///< the decision term extended by a reasoned decision
    AppealTermRestored, ///< the missed filing term of a complaint restored
    AppealDecided, ///< the decision on the appeal
    AppealWithdrawn, ///< withdrawn by the applicant's written application
};

QString eventTypeName(EventType type);
EventType eventTypeFromName(const QString &name);
/// The appeal types: they fold in AppealFold over "appeal:" streams, never in a case.
bool isAppealEventType(EventType type);
/// The notice types: written by the workstation itself (Event::systemAuthor()).
bool isNoticeEventType(EventType type);

/// One immutable fact. Never updated or deleted: a correction is a new event.
struct Event
{
    static constexpr int SchemaVersion = 1;

    QString id; ///< UUID without braces; the CouchDB _id
    EventType type = EventType::Unknown;
    QString typeName; ///< kept as received, so unknown future types survive a round trip
    QString caseId;
    QString branch;
    QDateTime at; ///< UTC, millisecond precision
    QString by; ///< user login
    QString device; ///< workstation id
    int v = SchemaVersion;
    QJsonObject data;
    QString prev; ///< audit chain: hash of the previous event this device wrote

    /// The author of what a workstation records on its own (a scheduled backup, a check): not
    /// a person, never a login (UserService refuses it as one), accepted by the branch's server
    /// from a workstation account on "system:" streams only (docs/sync.md).
    static QString systemAuthor() { return QStringLiteral("system"); }
    /// The author of what the database file's owner does with certdeskctl without signing in
    /// (a backup, a restore): the same rules as systemAuthor().
    static QString commandLineAuthor() { return QStringLiteral("certdeskctl"); }
    /// Both of the above: the authors that are no person.
    static QStringList machineAuthors() { return {systemAuthor(), commandLineAuthor()}; }
    static QString newId();
    static Event make(EventType type, const QString &caseId, const QJsonObject &data = {});

    /// The document as stored and sent: {_id, type, case_id, branch, at, by, device, v, data,
    /// prev}.
    QJsonObject toJson() const;
    /// Reads a document; false with a reason when a required field is missing or wrong.
    static bool fromJson(const QJsonObject &json, Event *out, QString *error);
    /// SHA-256 (hex) over the canonical form: the link of the per-device audit chain.
    QByteArray hash() const;

    static QString formatTime(const QDateTime &utc);
    static QDateTime parseTime(const QString &text);
    /// A date as events and the projections store it (yyyy-MM-dd); invalid for anything else.
    static QDate parseDate(QStringView text);
    /// The same form written (an empty text for an invalid date); what toString(Qt::ISODate)
    /// gives for the years 1 to 9999.
    static QString formatDate(const QDate &date);
};

} // namespace certdesk
