#include "domain/CountryNames.h"

#include <QFile>

#include <algorithm>

// The data files live in a static library: their resource must be registered by hand.
static void initCountryResources()
{
    Q_INIT_RESOURCE(domain);
}

namespace certdesk {

const CountryNames &CountryNames::builtIn()
{
    static const CountryNames names = [] {
        initCountryResources();
        CountryNames n;
        QFile file(QStringLiteral(":/certdesk/data/country-names.tsv"));
        QString error;
        if (!file.open(QIODevice::ReadOnly) || !fromTsv(file.readAll(), &n, &error))
            qFatal("the built-in country names are unreadable: %s", qPrintable(error));
        return n;
    }();
    return names;
}

bool CountryNames::fromTsv(const QByteArray &bytes, CountryNames *out, QString *error)
{
    CountryNames n;
    const QList<QByteArray> lines = bytes.split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QString line = QString::fromUtf8(lines.at(i)).trimmed();
        if (line.isEmpty())
            continue;
        const QStringList cells = line.split(u'\t');
        const QString code = cells.value(0).trimmed().toUpper();
        const Names names {
            cells.value(1).trimmed(), cells.value(2).trimmed(), cells.value(3).trimmed()};
        if (cells.size() != 4 || code.size() != 2 || names.en.isEmpty() || names.kk.isEmpty()
            || names.ru.isEmpty()) {
            if (error)
                *error = QStringLiteral("country names, line %1: expected iso2, en, kk, ru "
                                        "separated by tabs")
                             .arg(i + 1);
            return false;
        }
        n.m_names.insert(code, names);
    }
    *out = std::move(n);
    return true;
}

QStringList CountryNames::codes() const
{
    QStringList list = m_names.keys();
    std::sort(list.begin(), list.end());
    return list;
}

QString CountryNames::name(const QString &code, QLocale::Language language) const
{
    const auto it = m_names.constFind(code.trimmed().toUpper());
    if (it == m_names.constEnd())
        return code;
    switch (language) {
    case QLocale::Kazakh:
        return it->kk;
    case QLocale::Russian:
        return it->ru;
    default:
        return it->en;
    }
}

} // namespace certdesk
