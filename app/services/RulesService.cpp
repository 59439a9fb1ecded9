#include "services/RulesService.h"

#include "services/Session.h"
#include "storage/RulesStore.h"

#include <QLocale>

namespace certdesk {

RulesService::RulesService(Session &session)
    : m_session(session)
{
}

RuleSet RulesService::inForce() const
{
    return RulesStore(m_session.database()).inForce();
}

RuleSet RulesService::branchLayer() const
{
    return RulesStore(m_session.database()).branchLayer();
}

RuleSet RulesService::centralLayer() const
{
    return RulesStore(m_session.database()).central().rules;
}

RulesService::Result RulesService::change(const RuleSet &set, const QStringList &withdraw,
                                          const QString &source)
{
    Result r;
    if (!m_session.require(Permission::EditCalendar, &r.error))
        return r;
    QList<RuleCheck::Issue> issues;
    r.ok = RulesStore(m_session.database())
               .change(set, withdraw, m_session.user().login, m_session.clock(), source, &issues,
                       &r.changes, &r.error);
    for (const RuleCheck::Issue &issue : std::as_const(issues))
        r.problems.append(RuleProblem{0, issue.unit, issue.message});
    return r;
}

RulesService::Result RulesService::importFile(const QByteArray &bytes, const QString &source)
{
    Result r;
    if (!m_session.require(Permission::EditCalendar, &r.error))
        return r;
    RulesFile::Contents contents;
    if (!RulesFile::parse(bytes, &contents, &r.problems)) {
        r.error = tr("The rules file was refused: %n problem(s); nothing was changed.", nullptr,
                     int(r.problems.size()));
        return r;
    }
    if (contents.country != RulesStore::country()) {
        r.problems.append(RuleProblem{1, QString(),
                                      tr("the file holds the rules of %1; this branch follows "
                                         "those of %2")
                                          .arg(contents.country, RulesStore::country())});
        r.error = tr("The rules file was refused: %n problem(s); nothing was changed.", nullptr,
                     int(r.problems.size()));
        return r;
    }
    QList<RuleCheck::Issue> issues;
    const QString why = source.isEmpty() ? contents.source : source;
    r.ok = RulesStore(m_session.database())
               .change(contents.rules, {}, m_session.user().login, m_session.clock(), why,
                       &issues, &r.changes, &r.error);
    if (!issues.isEmpty()) {
        r.problems = contents.problems(issues);
        r.error = tr("The rules file was refused: %n problem(s); nothing was changed.", nullptr,
                     int(r.problems.size()));
    }
    return r;
}

QByteArray RulesService::exportFile(bool branchOnly) const
{
    const RulesStore store(m_session.database());
    return RulesFile::write(branchOnly ? store.branchLayer() : store.inForce(), RulesStore::country());
}

QString RulesService::calendarWarning(const WorkCalendar &calendar, const QDate &from,
                                      const QDate &to)
{
    if (!from.isValid() || !to.isValid())
        return QString();
    QList<int> years;
    for (int y = std::min(from.year(), to.year()); y <= std::max(from.year(), to.year()); ++y) {
        if (!calendar.covers(QDate(y, 1, 1)))
            years.append(y);
    }
    return calendarWarning(years);
}

QString RulesService::calendarWarning(const QList<int> &yearList)
{
    QStringList years;
    for (int y : yearList)
        years.append(QString::number(y));
    if (years.isEmpty())
        return QString();
    return tr("The working-day calendar has no holidays for %1: the deadline is counted with "
              "weekends alone and may be wrong. A supervisor enters the year under Tools → "
              "Rules.")
        .arg(years.join(QStringLiteral(", ")));
}

} // namespace certdesk
