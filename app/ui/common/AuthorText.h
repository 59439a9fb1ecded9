#pragma once

#include <QCoreApplication>
#include <QString>

namespace certdesk {

/// Who wrote an event, as people read it wherever events are listed (the case timeline, the
/// audit log): a login as it is; what the workstation did on its own (queued an SMS notice,
/// made a scheduled backup) or what came from certdeskctl, in words of the screen's language.
class AuthorText
{
    Q_DECLARE_TR_FUNCTIONS(AuthorText)

public:
    static QString of(const QString &by);
};

} // namespace certdesk
