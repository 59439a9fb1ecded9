// The committed translations are complete and current: every entry finished (numerus forms
// included), nothing obsolete or vanished, and lupdate over today's sources would not change
// a byte. A string added with tr() and not translated fails here, not in front of a clerk.

#include <QFile>
#include <QLibraryInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

const QStringList languages{QStringLiteral("kk"), QStringLiteral("ru"), QStringLiteral("en")};

QString sourceDir()
{
    return QString::fromLocal8Bit(qgetenv("CERTDESK_SOURCE_DIR"));
}

QString tsPath(const QString &folder, const QString &language)
{
    return QStringLiteral("%1/certdesk_%2.ts").arg(folder, language);
}

QString findLupdate()
{
    const QStringList candidates{
        QLibraryInfo::path(QLibraryInfo::BinariesPath) + QStringLiteral("/lupdate"),
        QLibraryInfo::path(QLibraryInfo::LibraryExecutablesPath) + QStringLiteral("/lupdate"),
        QStringLiteral("/usr/lib/qt6/bin/lupdate")};
    for (const QString &candidate : candidates) {
        if (QFile::exists(candidate))
            return candidate;
    }
    return QString();
}

/// What is wrong with one message of a .ts file, or nothing.
struct Problem
{
    QString context;
    QString source;
    QString what;
};

QList<Problem> problemsIn(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Problem> problems;
    QXmlStreamReader xml(&file);
    QString context;
    QString source;
    bool numerus = false;
    int filledForms = 0;
    int forms = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            numerus = xml.attributes().value(QLatin1String("numerus")) == u"yes";
            forms = 0;
            filledForms = 0;
        } else if (name == u"source") {
            source = xml.readElementText();
        } else if (name == u"translation") {
            const auto type = xml.attributes().value(QLatin1String("type"));
            if (!type.isEmpty())
                problems.append(Problem{context, source, type.toString()});
            else if (!numerus && xml.readElementText().isEmpty())
                problems.append(Problem{context, source, QStringLiteral("empty")});
        } else if (name == u"numerusform") {
            ++forms;
            if (!xml.readElementText().isEmpty())
                ++filledForms;
            if (forms != filledForms)
                problems.append(Problem{context, source, QStringLiteral("numerus form %1 empty").arg(forms)});
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return problems;
}

} // namespace

class TestTranslationFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void entriesAreFinished_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString &language : languages)
            QTest::newRow(qPrintable(language)) << language;
    }

    void entriesAreFinished()
    {
        QFETCH(QString, language);
        QString error;
        const QList<Problem> problems
            = problemsIn(tsPath(sourceDir() + QStringLiteral("/translations"), language), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        for (const Problem &p : problems)
            qWarning("%s: [%s] %s: %s", qPrintable(language), qPrintable(p.context),
                     qPrintable(p.source), qPrintable(p.what));
        QVERIFY2(problems.isEmpty(),
                 qPrintable(QStringLiteral("%1 entries of certdesk_%2.ts are not finished (listed "
                                           "above); translate them (docs/translations.md)")
                                .arg(problems.size())
                                .arg(language)));
    }

    /// The same script a developer runs, writing into a temporary folder: what it writes must
    /// be what is committed.
    void lupdateWouldNotChangeThem()
    {
        const QString lupdate = findLupdate();
        if (lupdate.isEmpty())
            QSKIP("lupdate is not installed (qt6-l10n-tools / Qt Linguist tools)");
        QTemporaryDir temp;
        QVERIFY(temp.isValid());
        QProcess script;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LUPDATE"), lupdate);
        script.setProcessEnvironment(env);
        script.start(QStringLiteral("bash"),
                     {sourceDir() + QStringLiteral("/scripts/update-translations.sh"),
                      QStringLiteral("--into"), temp.path()});
        QVERIFY2(script.waitForFinished(120000), qPrintable(script.errorString()));
        QVERIFY2(script.exitStatus() == QProcess::NormalExit && script.exitCode() == 0,
                 script.readAllStandardError().constData());
        for (const QString &language : languages) {
            QFile committed(tsPath(sourceDir() + QStringLiteral("/translations"), language));
            QFile updated(tsPath(temp.path(), language));
            QVERIFY2(committed.open(QIODevice::ReadOnly), qPrintable(committed.fileName()));
            QVERIFY2(updated.open(QIODevice::ReadOnly), qPrintable(updated.fileName()));
            const QList<QByteArray> before = committed.readAll().split('\n');
            const QList<QByteArray> after = updated.readAll().split('\n');
            if (before == after)
                continue;
            // Name the first difference so the failure says which string moved.
            qsizetype line = 0;
            while (line < before.size() && line < after.size() && before[line] == after[line])
                ++line;
            QFAIL(qPrintable(QStringLiteral("translations/certdesk_%1.ts is out of date with the "
                                            "sources (first difference at line %2: \"%3\" would "
                                            "become \"%4\"); run scripts/update-translations.sh "
                                            "and translate the new entries")
                                 .arg(language)
                                 .arg(line + 1)
                                 .arg(QString::fromUtf8(before.value(line).trimmed()),
                                      QString::fromUtf8(after.value(line).trimmed()))));
        }
    }
};

QTEST_GUILESS_MAIN(TestTranslationFiles)
#include "tst_translationfiles.moc"
