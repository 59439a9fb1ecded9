#include "ui/case/CaseTexts.h"

namespace certdesk {

QString CaseTexts::status(CaseStatus s)
{
    switch (s) {
    case CaseStatus::None: return tr("not received");
    case CaseStatus::Submitted: return tr("submitted");
    case CaseStatus::AdditionalCheck: return tr("additional check");
    case CaseStatus::ResultReady: return tr("result ready");
    case CaseStatus::AtBranch: return tr("at the branch");
    case CaseStatus::AtProvider: return tr("with the provider");
    case CaseStatus::ReturnRequested: return tr("return requested");
    case CaseStatus::Issued: return tr("issued");
    case CaseStatus::Completed: return tr("completed");
    case CaseStatus::Refused: return tr("refused");
    case CaseStatus::Archived: return tr("archived");
    case CaseStatus::Withdrawn: return tr("withdrawn");
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
    case EventType::Received: return tr("Application received");
    case EventType::OnlineOrder: return tr("Online order for this branch");
    case EventType::ResultRecorded: return tr("Result recorded");
    case EventType::AdditionalCheck: return tr("Additional identification check");
    case EventType::InterimNotice: return tr("Interim response given");
    case EventType::Refused: return tr("Refused by the provider");
    case EventType::Arrived: return tr("Paper arrived at the branch");
    case EventType::Printed: return tr("Certificate printed");
    case EventType::Issued: return tr("Issued");
    case EventType::Transferred: return tr("Transferred to the provider");
    case EventType::ReturnRequested: return tr("Return requested");
    case EventType::Returned: return tr("Returned to the branch");
    case EventType::Archived: return tr("Archived by the provider");
    case EventType::Withdrawn: return tr("Withdrawn");
    case EventType::Override: return tr("Supervisor override");
    case EventType::Note: return tr("Note");
    default: break; // appeal events and types newer than this build: their stored name
    }
    return typeName;
}

QString CaseTexts::action(EventType type)
{
    switch (type) {
    case EventType::ResultRecorded: return tr("Record result");
    case EventType::AdditionalCheck: return tr("Additional check");
    case EventType::InterimNotice: return tr("Interim response given");
    case EventType::Refused: return tr("Record refusal");
    case EventType::Arrived: return tr("Paper arrived");
    case EventType::Printed: return tr("Print certificate");
    case EventType::Issued: return tr("Issue");
    case EventType::Transferred: return tr("Transfer to provider");
    case EventType::ReturnRequested: return tr("Request return");
    case EventType::Returned: return tr("Returned");
    case EventType::Archived: return tr("Archived");
    case EventType::Withdrawn: return tr("Withdraw");
    case EventType::Note: return tr("Add note");
    default: return event(eventTypeName(type));
    }
}

QKeySequence CaseTexts::shortcut(EventType type)
{
    switch (type) {
    case EventType::ResultRecorded: return QKeySequence(Qt::CTRL | Qt::Key_R);
    case EventType::AdditionalCheck: return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K);
    case EventType::InterimNotice: return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N);
    case EventType::Refused: return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F);
    case EventType::Arrived: return QKeySequence(Qt::CTRL | Qt::Key_A);
    case EventType::Printed: return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P);
    case EventType::Issued: return QKeySequence(Qt::CTRL | Qt::Key_I);
    case EventType::Transferred: return QKeySequence(Qt::CTRL | Qt::Key_T);
    case EventType::ReturnRequested: return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R);
    case EventType::Returned: return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B);
    case EventType::Archived: return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A);
    case EventType::Withdrawn: return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W);
    case EventType::Note: return QKeySequence(Qt::CTRL | Qt::Key_M);
    default: return QKeySequence();
    }
}

} // namespace certdesk
