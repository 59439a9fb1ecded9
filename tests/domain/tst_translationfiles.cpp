// The committed translations are complete and current: every entry finished (numerus forms
// included), nothing obsolete or vanished, and lupdate over today's sources would not change
// a byte. A string added with tr() and not translated fails here, not in front of a clerk.
// Counts go through numerus forms ("21 год, 2 года, 5 лет"): a count written with %1 before
// a counted noun, or a translation that puts a counted noun after a plain %1, fails here.

#include <QFile>
#include <QLibraryInfo>
#include <QProcess>
#include <QRegularExpression>
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

/// One message of a .ts file as the tests below read it.
struct Message
{
    QString context;
    QString source;
    bool numerus = false;
    QString type; ///< the translation's type: unfinished, obsolete, vanished; empty when done
    QStringList forms; ///< the translation, or each numerus form
};

QList<Message> messagesIn(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            Message m;
            m.context = context;
            m.numerus = xml.attributes().value(QLatin1String("numerus")) == u"yes";
            messages.append(m);
        } else if (name == u"source" && !messages.isEmpty()) {
            messages.last().source = xml.readElementText();
        } else if (name == u"translation" && !messages.isEmpty()) {
            messages.last().type = xml.attributes().value(QLatin1String("type")).toString();
            if (!messages.last().numerus)
                messages.last().forms = {xml.readElementText()};
        } else if (name == u"numerusform" && !messages.isEmpty()) {
            messages.last().forms.append(xml.readElementText());
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
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
    QList<Problem> problems;
    for (const Message &m : messagesIn(path, error)) {
        if (!m.type.isEmpty())
            problems.append(Problem {m.context, m.source, m.type});
        else if (!m.numerus && m.forms.value(0).isEmpty())
            problems.append(Problem {m.context, m.source, QStringLiteral("empty")});
        for (qsizetype i = 0; m.numerus && i < m.forms.size(); ++i) {
            if (m.forms.at(i).isEmpty())
                problems.append(Problem {
                    m.context, m.source, QStringLiteral("numerus form %1 empty").arg(i + 1)});
        }
    }
    return problems;
}

/// A plain %1..%9 right before a counted noun: "%1 days", "%2 working days", "%1 лет".
const QRegularExpression &countedEnglish()
{
    static const QRegularExpression re(
        QStringLiteral("%[1-9]\\)?\\s+(?:(?:working|calendar|wrong|more|other)\\s+)?"
                       "(?:years?|days?|months?|weeks?|hours?|minutes?|seconds?|digits?|"
                       "characters?|letters?|cases?|events?|lines?|rows?|chains?|sheets?|"
                       "certificates?|papers?|points?|problems?|overrides?|anomal\\w+|appeals?|"
                       "complaints?|accounts?|passwords?|entries|entry|files?|pages?|times|"
                       "receipts?|items?|persons?|people)\\b"));
    return re;
}

/// The same in a Russian translation, whose nouns change with the number (Kazakh nouns after
/// a number do not).
const QRegularExpression &countedRussian()
{
    static const QRegularExpression re(
        QStringLiteral("%[1-9]\\)?\\s+(?:(?:рабоч|календарн|неверн|ещё)\\w*\\s+)?"
                       "(?:лет|год\\w*|дн\\w*|день|месяц\\w*|недел\\w*|час\\w*|минут\\w*|"
                       "секунд\\w*|цифр\\w*|символ\\w*|букв\\w*|дел[оа]?\\b|событи\\w*|"
                       "строк\\w*|цепоч\\w*|лист\\w*|справ\\w*|пункт\\w*|проблем\\w*|"
                       "обращени\\w*|жалоб\\w*|парол\\w*|учётн\\w*|раз\\b)"));
    return re;
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

    /// Every count goes through Qt's numerus forms (tr("%n day(s)", nullptr, n)): Russian
    /// needs three forms (1 день, 2 дня, 5 дней) that no "%1 дней" can give.
    void countsUseNumerusForms()
    {
        QStringList offenders;
        for (const QString &language : languages) {
            QString error;
            const QList<Message> messages = messagesIn(
                tsPath(sourceDir() + QStringLiteral("/translations"), language), &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QVERIFY(!messages.isEmpty());
            for (const Message &m : messages) {
                if (m.numerus)
                    continue;
                if (language == QLatin1String("en")
                    && (countedEnglish().match(m.source).hasMatch()
                        || m.source.contains(QLatin1String("(s)"))))
                    offenders.append(QStringLiteral("[%1] %2").arg(m.context, m.source));
                if (language == QLatin1String("ru") && !m.forms.isEmpty()
                    && countedRussian().match(m.forms.first()).hasMatch())
                    offenders.append(
                        QStringLiteral("%1: [%2] %3").arg(language, m.context, m.forms.first()));
            }
        }
        for (const QString &o : std::as_const(offenders))
            qWarning("count without numerus forms: %s", qPrintable(o));
        QVERIFY2(offenders.isEmpty(),
            qPrintable(QStringLiteral("%1 counts are formatted without numerus forms (listed "
                                      "above): write tr(\"%n day(s)\", nullptr, n), or a "
                                      "label and a number (\"days: %1\")")
                           .arg(offenders.size())));
    }

    /// Every numerus form is the same message: it shows the number and keeps the source's
    /// spaces at both ends (a form without the leading space glues itself to the text before).
    void numerusFormsAreWholeMessages()
    {
        QStringList offenders;
        static const QRegularExpression leading(QStringLiteral("^\\s*"));
        static const QRegularExpression trailing(QStringLiteral("\\s*$"));
        for (const QString &language : languages) {
            QString error;
            const QList<Message> messages = messagesIn(
                tsPath(sourceDir() + QStringLiteral("/translations"), language), &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            for (const Message &m : messages) {
                if (!m.numerus)
                    continue;
                const QString start = leading.match(m.source).captured();
                const QString end = trailing.match(m.source).captured();
                for (const QString &form : m.forms) {
                    if (!form.contains(QLatin1String("%n")) || !form.startsWith(start)
                        || leading.match(form).captured() != start
                        || trailing.match(form).captured() != end)
                        offenders.append(
                            QStringLiteral("%1: [%2] \"%3\"").arg(language, m.context, form));
                }
            }
        }
        for (const QString &o : std::as_const(offenders))
            qWarning("numerus form: %s", qPrintable(o));
        QVERIFY2(offenders.isEmpty(),
            qPrintable(QStringLiteral("%1 numerus forms lack %n or the source's spaces at "
                                      "either end (listed above)")
                           .arg(offenders.size())));
    }

    /// The same script a developer runs, writing into a temporary folder: what it writes must
    /// be what is committed.
    void lupdateWouldNotChangeThem()
    {
        const QString lupdate = findLupdate();
        if (lupdate.isEmpty())
            QFAIL("lupdate is not installed (qt6-l10n-tools): scripts/dev.sh installs it");
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
