#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QString>

#include "domain/Application.h"

namespace certdesk {

/// An appeal or a complaint as filed at the counter (DOMAIN.md section 7): a value free of
/// widgets and SQL. Nothing in it is mandatory for acceptance: a missing detail becomes a
/// point the applicant must bring into compliance (AppealChecks), never a refusal.
/// toJson() is the core of the `appeal_received` event's data (docs/appeals.md).
struct Appeal
{
    Q_DECLARE_TR_FUNCTIONS(Appeal)

public:
    /// An appeal (a statement, request or proposal about the service) is decided within 15
    /// working days; a complaint about a decision, an action or an inaction is filed within
    /// 3 months of learning of it and decided within 20 working days.
    enum class Kind { Appeal, Complaint };
    /// What it is about. The kind follows from it: the service -> appeal, the rest -> complaint.
    enum class About { Service, Decision, Action, Inaction };
    enum class ApplicantKind { Individual, LegalEntity };
    /// On what authority a representative acts: a power of attorney, or (for a legal entity)
    /// as its head, by its charter.
    enum class Basis { PowerOfAttorney, Head };

    struct Applicant
    {
        ApplicantKind kind = ApplicantKind::Individual;
        PersonName name;    ///< individual
        QString iin;        ///< individual
        QString entityName; ///< legal entity
        QString bin;        ///< legal entity
        QString address;    ///< postal address for the reply
        QString phone;
    };

    struct Representative
    {
        bool present = false;
        PersonName name;
        QString iin;
        Basis basis = Basis::PowerOfAttorney;
        QString poaNumber;
        QDate poaIssuedOn;
        QString poaIssuer; ///< notary or the organisation that issued it
    };

    About about = About::Service;
    Applicant applicant;
    Representative representative;
    QString addressee;    ///< the body or official the appeal is addressed to
    bool otherBody = false; ///< addressed to a body other than this one: to be referred
    QString essence;
    QDate date;           ///< the date written on the appeal
    bool isSigned = false;
    QString caseReceipt;  ///< the case it concerns, when there is one (receipt number)
    QString act;          ///< complaint: the decision or action complained of, in words
    QDate learnedOn;      ///< complaint: when the applicant learned of the act

    Kind kind() const { return kindOf(about); }
    static Kind kindOf(About about)
    {
        return about == About::Service ? Kind::Appeal : Kind::Complaint;
    }
    /// The applicant as registers list them: the entity's name, or the person's full name.
    QString applicantName() const;

    QJsonObject toJson() const;
    /// Reads what toJson() wrote; unknown words keep the defaults.
    static Appeal fromJson(const QJsonObject &json);
    /// The same, over a copy of base: only the keys present in json change it (amendments).
    static Appeal merged(const Appeal &base, const QJsonObject &json);

    // The stable words of docs/appeals.md.
    static QString kindName(Kind kind);
    static QString aboutName(About about);
    static bool aboutFromName(const QString &name, About *about);
    static QString applicantKindName(ApplicantKind kind);
    static QString basisName(Basis basis);

    // What a clerk reads (translated).
    static QString kindText(Kind kind);
    static QString aboutText(About about);
};

} // namespace certdesk
