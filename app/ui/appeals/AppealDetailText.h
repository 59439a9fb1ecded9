#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include "domain/AppealState.h"

namespace certdesk {

/// An appeal as the register's detail pane shows it (HTML): who filed what and when, the
/// terms still owed with those missed marked, the points to bring into compliance, the
/// referral, extensions, decision or withdrawal, and any impossible records.
class AppealDetailText
{
    Q_DECLARE_TR_FUNCTIONS(AppealDetailText)

public:
    /// Terms are read on asOf; times are shown in branch time (utcOffsetSeconds).
    static QString html(const AppealState &appeal, const QDate &asOf, int utcOffsetSeconds);
};

} // namespace certdesk
