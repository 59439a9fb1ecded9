// Exponential backoff with jitter: grows, stays within its bounds, and differs between
// workstations so they do not come back in lockstep.
#include <QTest>

#include "sync/Backoff.h"

using namespace certdesk;

class TstBackoff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void growsWithinHalfAndFullOfTheCeiling()
    {
        Backoff b(100, 3000, 42);
        const int ceilings[] = {100, 200, 400, 800, 1600, 3000, 3000, 3000};
        for (int ceiling : ceilings) {
            const int d = b.nextDelayMs();
            QVERIFY2(d >= ceiling / 2 && d <= ceiling,
                qPrintable(
                    QStringLiteral("%1 not in [%2, %3]").arg(d).arg(ceiling / 2).arg(ceiling)));
        }
        QCOMPARE(b.failures(), 8);
        b.reset();
        QVERIFY(b.nextDelayMs() <= 100);
    }

    void manyFailuresDoNotOverflow()
    {
        Backoff b(1000, 300000, 7);
        for (int i = 0; i < 100; ++i) {
            const int d = b.nextDelayMs();
            QVERIFY(d >= 500 && d <= 300000);
        }
    }

    void jitterSpreadsWorkstations()
    {
        QSet<int> delays;
        for (quint32 seed = 1; seed <= 20; ++seed) {
            Backoff b(1000, 60000, seed);
            b.nextDelayMs();
            b.nextDelayMs();
            delays.insert(b.nextDelayMs());
        }
        QVERIFY(delays.size() > 10);
    }
};

QTEST_GUILESS_MAIN(TstBackoff)
#include "tst_backoff.moc"
