#include "domain/ApostilleCountries.h"

#include "domain/CountryNames.h"

#include <QCollator>
#include <QFile>

#include <algorithm>

// The data files live in a static library: their resource must be registered by hand.
static void initApostilleResources()
{
    Q_INIT_RESOURCE(domain);
}

namespace certdesk {

namespace {

QList<QStringList> readCsv(const QByteArray &bytes)
{
    // The files are simple: no quoted commas, one header line.
    QList<QStringList> rows;
    const QList<QByteArray> lines = bytes.split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QString line = QString::fromUtf8(lines.at(i)).trimmed();
        if (line.isEmpty())
            continue;
        QStringList cells = line.split(u',');
        for (QString &cell : cells)
            cell = cell.trimmed();
        rows.append(cells);
    }
    return rows;
}

QString date(const QDate &d)
{
    return d.toString(QStringLiteral("dd.MM.yyyy"));
}

} // namespace

const ApostilleCountries &ApostilleCountries::builtIn()
{
    static const ApostilleCountries countries = [] {
        initApostilleResources();
        ApostilleCountries c;
        QFile hague(QStringLiteral(":/certdesk/data/hague-apostille-parties.csv"));
        QFile legal(QStringLiteral(":/certdesk/data/legal-assistance-conventions.csv"));
        QString error;
        if (!hague.open(QIODevice::ReadOnly) || !legal.open(QIODevice::ReadOnly)
            || !fromCsv(hague.readAll(), legal.readAll(), &c, &error))
            qFatal("the built-in apostille country lists are unreadable: %s", qPrintable(error));
        return c;
    }();
    return countries;
}

bool ApostilleCountries::fromCsv(const QByteArray &hagueParties, const QByteArray &legal,
                                 ApostilleCountries *out, QString *error)
{
    ApostilleCountries c;
    int line = 1;
    for (const QStringList &row : readCsv(hagueParties)) {
        ++line;
        ApostilleParty p;
        p.code = row.value(0).toUpper();
        p.nameEn = row.value(1);
        p.entryIntoForce = QDate::fromString(row.value(2), Qt::ISODate);
        p.note = row.value(3);
        if (p.code.size() != 2 || !p.entryIntoForce.isValid()) {
            if (error)
                *error = QStringLiteral("Hague parties, line %1: expected iso2,name,YYYY-MM-DD")
                             .arg(line);
            return false;
        }
        c.m_parties.insert(p.code, p);
    }
    line = 1;
    for (const QStringList &row : readCsv(legal)) {
        ++line;
        const QString code = row.value(0).toUpper();
        if (code.size() != 2 || row.value(2).isEmpty()) {
            if (error)
                *error = QStringLiteral("legal-assistance conventions, line %1: expected "
                                        "iso2,name,conventions")
                             .arg(line);
            return false;
        }
        c.m_legalAssistance.insert(code, row.value(2));
    }
    if (!c.m_parties.contains(QLatin1String(HomeCountry))) {
        if (error)
            *error = QStringLiteral("Hague parties: Kazakhstan (KZ) is missing, so no date of "
                                    "entry into force with it is known");
        return false;
    }
    *out = std::move(c);
    return true;
}

bool ApostilleCountries::fromLists(const QList<ApostilleParty> &parties,
                                   const QList<LegalAssistanceParty> &legalAssistance,
                                   ApostilleCountries *out, QString *error)
{
    ApostilleCountries c;
    for (const ApostilleParty &p : parties)
        c.m_parties.insert(p.code.toUpper(), p);
    for (const LegalAssistanceParty &p : legalAssistance) {
        c.m_legalAssistance.insert(p.code.toUpper(), p.conventions);
        if (p.from.isValid())
            c.m_legalAssistanceFrom.insert(p.code.toUpper(), p.from);
    }
    if (!c.m_parties.contains(QLatin1String(HomeCountry))) {
        if (error)
            *error = tr("Kazakhstan (KZ) is not among the Hague parties, so no apostille could "
                        "be in force with any country");
        return false;
    }
    *out = std::move(c);
    return true;
}

ApostilleCountries::Answer ApostilleCountries::check(const QString &rawCode, const QDate &on) const
{
    Answer a;
    const QString code = rawCode.trimmed().toUpper();
    const QDate legalFrom = m_legalAssistanceFrom.value(code);
    if (!legalFrom.isValid() || on >= legalFrom)
        a.legalAssistance = conventionsText(code);
    const QString name = countryName(code);
    if (code == QLatin1String(HomeCountry)) {
        a.status = Status::Home;
        a.reason = tr("an apostille certifies a document for use abroad, not in Kazakhstan");
        return a;
    }
    if (!m_parties.contains(code)) {
        const bool known = CountryNames::builtIn().contains(code);
        a.status = known ? Status::NotParty : Status::Unknown;
        a.reason = known ? tr("%1 is not a party to the Hague Apostille Convention: a document "
                              "for it needs consular legalization, which is not this service")
                               .arg(name)
                         : tr("\"%1\" is not a known country code").arg(rawCode);
        return a;
    }
    // Between two parties the Convention applies from the later of their two dates.
    const QDate home = m_parties.value(QLatin1String(HomeCountry)).entryIntoForce;
    const QDate theirs = m_parties.value(code).entryIntoForce;
    a.inForceFrom = std::max(home, theirs);
    if (on < a.inForceFrom) {
        a.status = Status::NotYetInForce;
        a.reason = tr("the Hague Apostille Convention enters into force between Kazakhstan "
                      "and %1 on %2; on %3 an apostille would not be recognised there")
                       .arg(name, date(a.inForceFrom), date(on));
        return a;
    }
    a.status = Status::InForce;
    return a;
}

QList<ApostilleParty> ApostilleCountries::parties() const
{
    QList<ApostilleParty> list = m_parties.values();
    std::sort(list.begin(), list.end(), [](const ApostilleParty &x, const ApostilleParty &y) {
        return x.nameEn < y.nameEn;
    });
    return list;
}

QList<LegalAssistanceParty> ApostilleCountries::legalAssistanceParties() const
{
    QList<LegalAssistanceParty> list;
    for (auto it = m_legalAssistance.cbegin(); it != m_legalAssistance.cend(); ++it)
        list.append({it.key(), it.value(), m_legalAssistanceFrom.value(it.key())});
    std::sort(list.begin(), list.end(),
              [](const LegalAssistanceParty &x, const LegalAssistanceParty &y) {
                  return x.code < y.code;
              });
    return list;
}

QString ApostilleCountries::conventionsText(const QString &code) const
{
    // The data names each convention by its place and year; the sentence names it in the
    // interface's language.
    static const std::pair<const char *, const char *> known[] = {
        {"Minsk 1993", QT_TR_NOOP("the Minsk Convention of 1993")},
        {"Chisinau 2002", QT_TR_NOOP("the Chisinau Convention of 2002")},
    };
    QStringList names;
    for (const QString &convention : legalAssistance(code).split(u';', Qt::SkipEmptyParts)) {
        const QString key = convention.trimmed();
        QString name = key;
        for (const auto &[data, text] : known)
            if (key == QLatin1String(data))
                name = tr(text);
        names.append(name);
    }
    return names.join(QStringLiteral(", "));
}

QString ApostilleCountries::noApostilleNeeded(const QString &code) const
{
    const QString conventions = conventionsText(code);
    if (conventions.isEmpty())
        return QString();
    return tr("%1 is a party to the legal-assistance conventions (%2): a certificate for it "
              "needs no apostille at all")
        .arg(countryName(code), conventions);
}

QString ApostilleCountries::countryName(const QString &rawCode) const
{
    const QString code = rawCode.trimmed().toUpper();
    const QLocale::Language language = QLocale().language();
    // In English the Hague list's own names ("Viet Nam"), as the HCCH status table has them.
    if (language != QLocale::Kazakh && language != QLocale::Russian && m_parties.contains(code))
        return m_parties.value(code).nameEn;
    return CountryNames::builtIn().name(code, language);
}

QList<std::pair<QString, QString>> ApostilleCountries::allCountries()
{
    const ApostilleCountries &known = builtIn();
    QList<std::pair<QString, QString>> list;
    for (const QString &code : CountryNames::builtIn().codes())
        list.append({code, known.countryName(code)});
    for (const ApostilleParty &p : known.m_parties)
        if (!CountryNames::builtIn().contains(p.code))
            list.append({p.code, known.countryName(p.code)});
    QCollator collator; // the interface's language: Kazakh letters sort where Kazakh has them
    std::sort(list.begin(), list.end(), [&collator](const auto &x, const auto &y) {
        return collator.compare(x.second, y.second) < 0;
    });
    return list;
}

} // namespace certdesk
