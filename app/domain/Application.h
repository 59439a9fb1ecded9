#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QString>

namespace certdesk {

/// A person's surname, given name and patronymic (the patronymic may be empty).
struct PersonName
{
    QString surname;
    QString givenName;
    QString patronymic;

    bool isEmpty() const { return surname.isEmpty() && givenName.isEmpty() && patronymic.isEmpty(); }
    /// "Surname Name Patronymic"
    QString fullName() const;
    /// "Surname N. P." as receipts and registers print it.
    QString surnameInitials() const;
};

/// What the clerk took at the counter: the application as a value, free of widgets and SQL.
/// toJson() is the data of the `received` event (docs/events.md); the service adds the
/// receipt number, due date, branch category and the checks performed.
struct Application
{
    Q_DECLARE_TR_FUNCTIONS(Application)

public:
    enum class ApplicantKind { Individual, LegalEntity };
    enum class PresenterKind { Self, Representative, Parent, EntityRepresentative };
    enum class Purpose { Domestic, Abroad, Apostille };
    enum class IdentityType { IdCard, Passport, ResidencePermit, Stateless, EDocument };

    struct Applicant
    {
        ApplicantKind kind = ApplicantKind::Individual;
        QString bin;  ///< legal entity only
        QString name; ///< legal entity only
    };

    /// The document confirming a change of name or birth date (marriage, court decision...).
    struct ChangeDocument
    {
        QString type;
        QString number;
        QDate issuedOn;
        QString issuer;
    };

    /// Data the person had before a change the information systems may not know.
    struct Previous
    {
        bool present = false;
        PersonName name; ///< only the parts that changed
        QDate birthDate;
        ChangeDocument document;
    };

    struct Subject
    {
        QString iin;
        PersonName name;
        QDate birthDate; ///< always the IIN's
        QString sex;     ///< male | female, always the IIN's
        Previous previous;
    };

    /// A notarized power of attorney (Civil Code arts. 168-170).
    struct PowerOfAttorney
    {
        QString notary;
        QString registrationNumber; ///< of the notarial act
        QDate issuedOn;             ///< empty: undated, hence void
        QDate validUntil;           ///< empty: no term stated (1 year)
        QString principalIin;       ///< who gave it: must be the subject
        QString agentIin;           ///< who holds it: must be the one at the counter

        bool isEmpty() const
        {
            return notary.isEmpty() && registrationNumber.isEmpty() && !issuedOn.isValid()
                   && !validUntil.isValid() && principalIin.isEmpty() && agentIin.isEmpty();
        }
    };

    /// The birth certificate linking a minor with the parent at the counter.
    struct BirthCertificate
    {
        QString number;
        QDate issuedOn;
        QString childIin;
        QString parentIin;  ///< may be empty on old certificates
        PersonName parent;  ///< the parent named on it

        bool isEmpty() const
        {
            return number.isEmpty() && !issuedOn.isValid() && childIin.isEmpty()
                   && parentIin.isEmpty() && parent.isEmpty();
        }
    };

    /// Who is at the counter.
    struct Presenter
    {
        PresenterKind kind = PresenterKind::Self;
        QString iin;     ///< for Self: the subject's
        PersonName name; ///< for Self: the subject's
        PowerOfAttorney poa;
        BirthCertificate birthCertificate;
    };

    /// The identity document of the one at the counter; no copy is taken (Law 44-VIII).
    struct IdentityDocument
    {
        IdentityType type = IdentityType::IdCard;
        QString number;
        QString issuer;
        QDate issuedOn;
        QDate expiresOn;
        QString eCode; ///< e-document only: the code from the digital documents service
    };

    struct Fee
    {
        int amount = 0; ///< tenge
        int mci = 0;    ///< the MCI of the year it was computed with
        QString paymentRef;
    };

    Applicant applicant;
    Subject subject;
    Presenter presenter;
    IdentityDocument identity;
    Purpose purpose = Purpose::Domestic;
    QString country; ///< ISO code; abroad (optional) and apostille
    /// The recipient was told that the destination needs no apostille (Minsk/Chisinau) and
    /// still wants one.
    bool noApostilleNeededAcknowledged = false;
    Fee fee; ///< apostille only
    QString phone;
    /// The person agreed to SMS notices to phone (arrival, custody reminder, return). No
    /// consent unless the clerk ticked it: nothing is ever sent without it.
    bool noticeConsent = false;
    /// The language of the notices: "kk" or "ru" (Kazakh unless the person chose Russian).
    QString noticeLanguage = QStringLiteral("kk");

    bool isPaper() const { return purpose != Purpose::Domestic; }
    QString resultForm() const { return isPaper() ? QStringLiteral("paper") : QStringLiteral("electronic"); }

    QJsonObject toJson() const;
    /// Reads what toJson() wrote (the case view shows it); unknown values keep the defaults.
    static Application fromJson(const QJsonObject &json);

    // The stable words of docs/events.md.
    static QString applicantKindName(ApplicantKind kind);
    static QString presenterKindName(PresenterKind kind);
    static QString purposeName(Purpose purpose);
    static QString identityTypeName(IdentityType type);
    static bool presenterKindFromName(const QString &name, PresenterKind *kind);
    static bool purposeFromName(const QString &name, Purpose *purpose);
    static bool identityTypeFromName(const QString &name, IdentityType *type);

    // What a clerk reads (translated).
    static QString presenterKindText(PresenterKind kind);
    static QString purposeText(Purpose purpose);
    static QString identityTypeText(IdentityType type);
};

} // namespace certdesk
