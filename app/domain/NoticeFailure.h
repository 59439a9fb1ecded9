#pragma once

#include <QJsonObject>
#include <QString>

namespace certdesk {

/// Why the SMS gateway did not take a notice. The screens say it in the reader's language from
/// the cause (and the HTTP status); the gateway's own words, or the network error as Qt gives
/// it, are kept beside it for the provider's support and never shown as the message itself.
/// In notice_failed's data: `cause`, `status` (refused only), `reason` (docs/events.md).
struct NoticeFailure
{
    enum class Cause {
        Refused, ///< the gateway answered with a status other than 2xx
        NoAnswer, ///< no answer within the timeout
        Unreachable, ///< no connection: refused, name not found, TLS failed, cut
    };

    Cause cause = Cause::Unreachable;
    int httpStatus = 0; ///< Refused: the gateway's HTTP status
    QString detail; ///< the gateway's words or the network error, as they came

    /// The gateway did not accept the login and secret (HTTP 401 or 403).
    bool isCredentials() const;

    static QString causeName(Cause cause); ///< refused | no_answer | unreachable
    /// The fields notice_failed carries; fromEventData reads them back (an unknown or absent
    /// cause reads as unreachable, a status alone as refused).
    QJsonObject toEventData() const;
    static NoticeFailure fromEventData(const QJsonObject &data);
};

} // namespace certdesk
