#include "ui/case/CaseTexts.h"

#include "domain/Application.h"
#include "domain/ReceiptNumber.h"
#include "ui/common/CheckTexts.h"
#include "ui/common/DateText.h"

#include <QJsonObject>

namespace certdesk {

namespace {

QString text(const QJsonObject &data, const char *key)
{
    return data.value(QLatin1String(key)).toString().trimmed();
}

/// A stored YYYY-MM-DD date as the clerk reads dates; what is not a date stays as it was.
QString date(const QJsonObject &data, const char *key)
{
    const QString raw = text(data, key);
    const QDate d = QDate::fromString(raw.left(10), Qt::ISODate);
    return d.isValid() ? DateText::format(d) : raw;
}

} // namespace

QString CaseTexts::status(CaseStatus s)
{
    switch (s) {
    case CaseStatus::None:
        return tr("not received");
    case CaseStatus::Submitted:
        return tr("submitted");
    case CaseStatus::AdditionalCheck:
        return tr("additional check");
    case CaseStatus::ResultReady:
        return tr("result ready");
    case CaseStatus::AtBranch:
        return tr("at the branch");
    case CaseStatus::AtProvider:
        return tr("with the provider");
    case CaseStatus::ReturnRequested:
        return tr("return requested");
    case CaseStatus::Issued:
        return tr("issued");
    case CaseStatus::Completed:
        return tr("completed");
    case CaseStatus::Refused:
        return tr("refused");
    case CaseStatus::Archived:
        return tr("archived");
    case CaseStatus::Withdrawn:
        return tr("withdrawn");
    }
    return QString();
}

QString CaseTexts::purpose(const QString &p)
{
    if (p == QLatin1String("domestic"))
        return tr("domestic");
    if (p == QLatin1String("abroad"))
        return tr("abroad");
    if (p == QLatin1String("apostille"))
        return tr("abroad, apostille");
    return p;
}

QString CaseTexts::event(const QString &typeName)
{
    switch (eventTypeFromName(typeName)) {
    case EventType::Received:
        return tr("Application received");
    case EventType::OnlineOrder:
        return tr("Online order for this branch");
    case EventType::ResultRecorded:
        return tr("Result recorded");
    case EventType::AdditionalCheck:
        return tr("Additional identification check");
    case EventType::InterimNotice:
        return tr("Interim response given");
    case EventType::Refused:
        return tr("Refused by the provider");
    case EventType::Arrived:
        return tr("Paper arrived at the branch");
    case EventType::Printed:
        return tr("Certificate printed");
    case EventType::Issued:
        return tr("Issued");
    case EventType::Transferred:
        return tr("Transferred to the provider");
    case EventType::ReturnRequested:
        return tr("Return requested");
    case EventType::Returned:
        return tr("Returned to the branch");
    case EventType::Archived:
        return tr("Archived by the provider");
    case EventType::Withdrawn:
        return tr("Withdrawn");
    case EventType::Override:
        return tr("Supervisor override");
    case EventType::Note:
        return tr("Note");
    case EventType::ApplicationPrinted:
        return tr("Application printed");
    case EventType::NoticeQueued:
        return tr("SMS notice queued");
    case EventType::NoticeSent:
        return tr("SMS notice sent");
    case EventType::NoticeFailed:
        return tr("SMS notice not sent: gateway failed");
    default:
        break; // appeal events and types newer than this build: their stored name
    }
    return typeName;
}

QString CaseTexts::eventDetails(const Event &e, const QDate &writtenOn)
{
    const QJsonObject &d = e.data;
    QStringList parts;
    auto add = [&parts](bool when, const QString &part) {
        if (when)
            parts.append(part);
    };
    switch (e.type) {
    case EventType::Received:
    case EventType::OnlineOrder:
        add(!text(d, "receipt").isEmpty(),
            tr("Receipt %1.").arg(ReceiptNumber::format(text(d, "receipt"))));
        if (e.type == EventType::Received)
            break;
        [[fallthrough]];
    case EventType::ResultRecorded:
        add(!text(d, "certificate_number").isEmpty(),
            tr("Certificate № %1 of %2.")
                .arg(text(d, "certificate_number"), date(d, "certificate_date")));
        add(text(d, "outcome") == QLatin1String("no_record"), tr("No criminal record."));
        add(text(d, "outcome") == QLatin1String("record_found"),
            tr("A criminal record was found."));
        add(!text(d, "apostille_number").isEmpty(),
            tr("Apostille № %1 of %2.")
                .arg(text(d, "apostille_number"), date(d, "apostille_date")));
        break;
    case EventType::AdditionalCheck:
        add(!text(d, "due").isEmpty(), tr("Result due %1.").arg(date(d, "due")));
        add(!text(d, "interim_due").isEmpty(),
            tr("Interim response due %1.").arg(date(d, "interim_due")));
        add(!text(d, "reapply_from").isEmpty(),
            tr("May apply again from %1.").arg(date(d, "reapply_from")));
        break;
    case EventType::Refused:
    case EventType::Withdrawn:
        add(!text(d, "reason").isEmpty(), tr("Reason: %1").arg(text(d, "reason")));
        break;
    case EventType::Printed:
        add(d.value(QLatin1String("copy")).toInt() > 1,
            tr("Duplicate: copy %1.").arg(d.value(QLatin1String("copy")).toInt()));
        break;
    case EventType::ApplicationPrinted:
        add(d.value(QLatin1String("copy")).toInt() > 1,
            tr("Copy %1.").arg(d.value(QLatin1String("copy")).toInt()));
        break;
    case EventType::Issued: {
        const QJsonObject c = d.value(QLatin1String("collector")).toObject();
        const QString name
            = PersonName {text(c, "surname"), text(c, "given_name"), text(c, "patronymic")}
                  .fullName();
        Application::PresenterKind kind = Application::PresenterKind::Self;
        Application::presenterKindFromName(text(c, "kind"), &kind);
        add(true,
            name.isEmpty()
                ? tr("Handed over to %1.").arg(Application::presenterKindText(kind))
                : tr("Handed over to %1, %2.").arg(name, Application::presenterKindText(kind)));
        break;
    }
    case EventType::Transferred:
        add(!text(d, "act").isEmpty(), tr("Transfer act № %1.").arg(text(d, "act")));
        break;
    case EventType::ReturnRequested:
        add(!text(d, "due").isEmpty(), tr("Due back at the branch %1.").arg(date(d, "due")));
        break;
    case EventType::Archived:
        add(!text(d, "record").isEmpty(), tr("Registered record № %1.").arg(text(d, "record")));
        break;
    case EventType::Override:
        add(true,
            tr("%1: allowed by %2. Reason: %3")
                .arg(CheckTexts::rule(text(d, "rule")), text(d, "supervisor"), text(d, "reason")));
        break;
    case EventType::Note:
        add(!text(d, "text").isEmpty(), text(d, "text"));
        break;
    case EventType::NoticeQueued: {
        Notice::Kind kind = Notice::Kind::Arrived;
        Notice::kindFromName(text(d, "notice"), &kind);
        add(true, tr("%1, to %2: «%3»").arg(noticeKind(kind), text(d, "phone"), text(d, "text")));
        break;
    }
    case EventType::NoticeSent:
        add(true,
            tr("To %1; the gateway's reference %2.").arg(text(d, "phone"), text(d, "reference")));
        break;
    case EventType::NoticeFailed:
        add(true,
            tr("Attempt %1: %2.")
                .arg(d.value(QLatin1String("attempt")).toInt())
                .arg(noticeFailure(NoticeFailure::fromEventData(d))));
        break;
    default:
        break;
    }
    // A business date other than the day it was written (a back-dated arrival, say).
    const QDate on = QDate::fromString(text(d, "date"), Qt::ISODate);
    if (on.isValid() && on != writtenOn && e.type != EventType::AdditionalCheck)
        parts.prepend(tr("Dated %1.").arg(DateText::format(on)));
    return parts.join(u' ');
}

QString CaseTexts::action(EventType type)
{
    switch (type) {
    case EventType::ResultRecorded:
        return tr("Record result");
    case EventType::AdditionalCheck:
        return tr("Additional check");
    case EventType::InterimNotice:
        return tr("Interim response given");
    case EventType::Refused:
        return tr("Record refusal");
    case EventType::Arrived:
        return tr("Paper arrived");
    case EventType::Printed:
        return tr("Print certificate");
    case EventType::Issued:
        return tr("Issue");
    case EventType::Transferred:
        return tr("Transfer to provider");
    case EventType::ReturnRequested:
        return tr("Request return");
    case EventType::Returned:
        return tr("Returned");
    case EventType::Archived:
        return tr("Archived");
    case EventType::Withdrawn:
        return tr("Withdraw");
    case EventType::Note:
        return tr("Add note");
    default:
        return event(eventTypeName(type));
    }
}

QKeySequence CaseTexts::shortcut(EventType type)
{
    switch (type) {
    case EventType::ResultRecorded:
        return QKeySequence(Qt::CTRL | Qt::Key_R);
    case EventType::AdditionalCheck:
        return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K);
    case EventType::InterimNotice:
        return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N);
    case EventType::Refused:
        return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F);
    case EventType::Arrived:
        return QKeySequence(Qt::CTRL | Qt::Key_A);
    case EventType::Printed:
        return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P);
    case EventType::Issued:
        return QKeySequence(Qt::CTRL | Qt::Key_I);
    case EventType::Transferred:
        return QKeySequence(Qt::CTRL | Qt::Key_T);
    case EventType::ReturnRequested:
        return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R);
    case EventType::Returned:
        return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B);
    // Not Ctrl+Shift+A: that opens the appeals register from the same window, and two
    // actions on one key make Qt run neither.
    case EventType::Archived:
        return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X);
    case EventType::Withdrawn:
        return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W);
    case EventType::Note:
        return QKeySequence(Qt::CTRL | Qt::Key_M);
    default:
        return QKeySequence();
    }
}

QString CaseTexts::noticeKind(Notice::Kind kind)
{
    switch (kind) {
    case Notice::Kind::Arrived:
        return tr("the certificate is at the branch");
    case Notice::Kind::CustodyReminder:
        return tr("reminder: the branch keeps it one more week");
    case Notice::Kind::Returned:
        return tr("the certificate is back at the branch");
    }
    return QString();
}

QString CaseTexts::noticeState(const NoticeRecord &n, const Clock &clock, const QString &phone)
{
    auto at = [&clock](const QDateTime &t) {
        return clock.toLocal(t).toString(QStringLiteral("dd.MM.yyyy HH:mm"));
    };
    switch (n.state()) {
    case NoticeRecord::State::Sent:
        return n.sends > 1 ? tr("sent %1 to %2 (%n times: an SMS went twice)", nullptr, n.sends)
                                 .arg(at(n.sentAt), phone)
                           : tr("sent %1 to %2").arg(at(n.sentAt), phone);
    case NoticeRecord::State::Failing:
        return tr("not sent yet: %n attempt(s) failed (%1); next try %2", nullptr, n.failures)
            .arg(noticeFailure(n.lastFailure), at(n.nextAttemptAt));
    case NoticeRecord::State::Queued:
        return tr("queued %1, waiting for the notifier workstation").arg(at(n.queuedAt));
    }
    return QString();
}

QString CaseTexts::noticeFailure(const NoticeFailure &failure)
{
    switch (failure.cause) {
    case NoticeFailure::Cause::Refused:
        return failure.isCredentials()
            ? tr("the SMS gateway did not accept the login and secret, HTTP %1: check them "
                 "in Tools → SMS notices")
                  .arg(failure.httpStatus)
            : tr("the SMS gateway refused it, HTTP %1").arg(failure.httpStatus);
    case NoticeFailure::Cause::NoAnswer:
        return tr("the SMS gateway did not answer in time");
    case NoticeFailure::Cause::Unreachable:
        return tr("the SMS gateway could not be reached");
    }
    return QString();
}

} // namespace certdesk
