#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QList>
#include <QString>

#include "domain/Appeal.h"

namespace certdesk {

/// One detail the applicant must bring into compliance. Stable words only, so the stored
/// event reads the same in any language; the texts come from AppealChecks.
struct CompliancePoint
{
    QString field;   ///< applicant.name, applicant.iin, addressee, signature, ...
    QString problem; ///< missing | invalid

    bool operator==(const CompliancePoint &other) const = default;
};

/// What an appeal states (DOMAIN.md section 7: full name, IIN and postal address, or BIN for a
/// legal entity, the body or official addressed, the essence, the date, the signature; a
/// representative's authority). A gap never blocks acceptance: it becomes a point the applicant
/// must bring into compliance by a term, printed on the receipt in Kazakh and Russian.
class AppealChecks
{
    Q_DECLARE_TR_FUNCTIONS(AppealChecks)

public:
    /// Trimmed text, IIN/BIN digits without separators, names with single spaces.
    static Appeal normalized(const Appeal &appeal);
    /// The points of an appeal received on the given day, in the order the form asks.
    static QList<CompliancePoint> points(const Appeal &appeal, const QDate &received);

    /// For the clerk, in the installed language: the field, what is wrong, what to do.
    static QString text(const CompliancePoint &point);
    /// The English source of the point's text (context "AppealChecks"), or null for a point
    /// this version does not know: the receipt prints its Kazakh and Russian from the
    /// translation files through it.
    static const char *source(const CompliancePoint &point);

    static QJsonArray toJson(const QList<CompliancePoint> &points);
    static QList<CompliancePoint> fromJson(const QJsonArray &json);
};

} // namespace certdesk
