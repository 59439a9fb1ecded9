#include "domain/NoticeFailure.h"

#include <QRegularExpression>

namespace certdesk {

bool NoticeFailure::isCredentials() const
{
    return cause == Cause::Refused && (httpStatus == 401 || httpStatus == 403);
}

QString NoticeFailure::causeName(Cause cause)
{
    switch (cause) {
    case Cause::Refused:
        return QStringLiteral("refused");
    case Cause::NoAnswer:
        return QStringLiteral("no_answer");
    case Cause::Unreachable:
        return QStringLiteral("unreachable");
    }
    return QString();
}

QJsonObject NoticeFailure::toEventData() const
{
    QJsonObject data {{QStringLiteral("cause"), causeName(cause)}, {QStringLiteral("reason"), detail}};
    if (cause == Cause::Refused)
        data.insert(QStringLiteral("status"), httpStatus);
    return data;
}

NoticeFailure NoticeFailure::fromEventData(const QJsonObject &data)
{
    NoticeFailure f;
    f.detail = data.value(QLatin1String("reason")).toString();
    f.httpStatus = data.value(QLatin1String("status")).toInt();
    QString cause = data.value(QLatin1String("cause")).toString();
    if (cause.isEmpty()) {
        // Written before the cause was recorded: the words were ours, "HTTP <status> …" or
        // "no answer within …".
        static const QRegularExpression status(QStringLiteral("^HTTP (\\d{3})\\b"));
        const QRegularExpressionMatch m = status.match(f.detail);
        if (m.hasMatch() && f.httpStatus == 0)
            f.httpStatus = m.captured(1).toInt();
        if (f.detail.startsWith(QLatin1String("no answer within")))
            cause = causeName(Cause::NoAnswer);
    }
    if (cause == causeName(Cause::NoAnswer))
        f.cause = Cause::NoAnswer;
    else if (cause == causeName(Cause::Refused) || (cause.isEmpty() && f.httpStatus > 0))
        f.cause = Cause::Refused;
    else
        f.cause = Cause::Unreachable;
    if (f.cause != Cause::Refused)
        f.httpStatus = 0;
    return f;
}

} // namespace certdesk
