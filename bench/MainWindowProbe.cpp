#include "MainWindowProbe.h"

#include "GuiMemory.h"

#include "domain/Clock.h"
#include "services/AuthService.h"
#include "services/Session.h"
#include "storage/CalendarStore.h"
#include "storage/Database.h"
#include "storage/SettingsStore.h"
#include "ui/case/CaseListModel.h"
#include "ui/shell/CounterTools.h"
#include "ui/shell/Language.h"
#include "ui/shell/MainWindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTableView>
#include <QTextStream>

namespace certdesk::bench {

int mainWindowMemoryProbe(const QString &path, int maxSeconds)
{
    QTextStream out(stdout);
    Language language;
    language.apply(Language::remembered());
    Database database;
    QString error;
    if (database.openCheckingLater(path, &error) != Database::OpenResult::Ok) {
        out << "error: cannot open " << path << ": " << error << Qt::endl;
        return 1;
    }
    if (!CalendarStore(database).ensureSeeded(&error)) {
        out << "error: " << error << Qt::endl;
        return 1;
    }
    SystemClock clock(SettingsStore(database).utcOffsetSeconds());
    const SignInResult signIn = AuthService(database, clock)
                                    .signIn(QStringLiteral("clerk"), QStringLiteral("Tanba-2026!"));
    if (!signIn.ok()) {
        out << "error: the demo clerk could not sign in" << Qt::endl;
        return 1;
    }
    Session session(database, clock, signIn.user);
    MainWindow window(session);
    CounterTools tools(window, session);
    window.show();
    window.activateWindow();
    QApplication::processEvents();

    QAbstractItemView *list = nullptr;
    const QList<QTableView *> views = window.findChildren<QTableView *>();
    for (QTableView *view : views) {
        if (view->model() == window.caseModel())
            list = view;
    }
    if (!list) {
        out << "error: the main window shows no case list" << Qt::endl;
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    bool complete = false;
    const int rows = scrollToEnd(list, maxSeconds, &complete);
    const Memory m = Memory::now();
    out << "rows=" << rows << " complete=" << (complete ? 1 : 0)
        << " seconds=" << QString::number(double(timer.elapsed()) / 1000.0, 'f', 1)
        << " held=" << window.caseModel()->heldRows() << " rss_kb=" << m.rssKb
        << " hwm_kb=" << m.hwmKb << Qt::endl;
    return 0;
}

} // namespace certdesk::bench
