#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

namespace certdesk {

/// A state where the Hague Apostille Convention of 5 October 1961 is in force.
struct ApostilleParty
{
    QString code;          ///< ISO 3166-1 alpha-2
    QString nameEn;
    QDate entryIntoForce;  ///< for that state (HCCH status table)
    QString note;          ///< e.g. "territory of CN"
};

/// A state that needs no apostille at all: a party, with Kazakhstan, of the Minsk (1993) or
/// Chisinau (2002) legal-assistance conventions.
struct LegalAssistanceParty
{
    QString code;        ///< ISO 3166-1 alpha-2
    QString conventions; ///< as the data names them: "Minsk 1993; Chisinau 2002"
    QDate from;          ///< the day it applies from; invalid: always
};

/// Which destination countries an apostille serves on a given day (DOMAIN.md section 6):
/// the parties of the Hague Convention with their entry-into-force dates, and the parties
/// of the Minsk and Chisinau legal-assistance conventions, for which no apostille is needed.
/// Data, not code: read from resources/data/*.csv, which change when states accede.
class ApostilleCountries
{
    Q_DECLARE_TR_FUNCTIONS(ApostilleCountries)

public:
    static constexpr const char *HomeCountry = "KZ";

    enum class Status {
        InForce,       ///< an apostille is recognised on that day
        NotYetInForce, ///< the Convention is in force with Kazakhstan only from a later day
        NotParty,      ///< consular legalization instead: not this service
        Home,          ///< Kazakhstan itself: no apostille for use at home
        Unknown,       ///< not an ISO country code
    };

    struct Answer
    {
        Status status = Status::Unknown;
        QDate inForceFrom;      ///< the day it applies between Kazakhstan and that country
        /// The conventions that spare the apostille, named in the interface's language, when
        /// no apostille is needed
        QString legalAssistance;
        /// A clerk's sentence for anything but InForce.
        QString reason;

        /// No apostille can serve there at all (not a party: consular legalization instead),
        /// so no supervisor may let one through; the paper goes abroad without it.
        bool isBarred() const { return status == Status::NotParty; }
        /// Whether the state fee may be taken: only where an apostille can be affixed (or be
        /// let through by a supervisor until the Convention is in force), and for a Minsk or
        /// Chisinau country only once the recipient was told they need none.
        bool feeMayBeTaken(bool toldNoneIsNeeded) const
        {
            if (status != Status::InForce && status != Status::NotYetInForce)
                return false;
            return legalAssistance.isEmpty() || toldNoneIsNeeded;
        }
    };

    /// The lists shipped with the application (resources/data).
    static const ApostilleCountries &builtIn();
    /// Reads the two CSV formats of resources/data; false with a line-numbered reason.
    static bool fromCsv(const QByteArray &hagueParties, const QByteArray &legalAssistance,
                        ApostilleCountries *out, QString *error);
    /// The lists as the rules in force hold them (RuleSet::countries()); false with a reason
    /// when Kazakhstan is not among the parties.
    static bool fromLists(const QList<ApostilleParty> &parties,
                          const QList<LegalAssistanceParty> &legalAssistance,
                          ApostilleCountries *out, QString *error);

    Answer check(const QString &code, const QDate &on) const;
    bool isParty(const QString &code) const { return m_parties.contains(code.toUpper()); }
    ApostilleParty party(const QString &code) const { return m_parties.value(code.toUpper()); }
    /// The conventions that spare the apostille for this country as the data names them
    /// ("Minsk 1993; Chisinau 2002"), or empty.
    QString legalAssistance(const QString &code) const
    {
        return m_legalAssistance.value(code.toUpper());
    }
    /// The same conventions named in the interface's language, or empty.
    QString conventionsText(const QString &code) const;
    /// The clerk's sentence for a country that needs no apostille at all, or empty.
    QString noApostilleNeeded(const QString &code) const;
    QList<ApostilleParty> parties() const;
    /// The Minsk/Chisinau parties, by code.
    QList<LegalAssistanceParty> legalAssistanceParties() const;

    /// Every country the clerk may choose, by ISO code, with its name in the interface's
    /// language, by name ascending (CountryNames plus the Hague list).
    static QList<std::pair<QString, QString>> allCountries();
    /// The name of a country code in the interface's language (CountryNames; in English the
    /// Hague list's name, "Viet Nam"), or the code when unknown.
    QString countryName(const QString &code) const;

private:
    QHash<QString, ApostilleParty> m_parties;
    QHash<QString, QString> m_legalAssistance;
    QHash<QString, QDate> m_legalAssistanceFrom; ///< only the entries with a date
};

} // namespace certdesk
