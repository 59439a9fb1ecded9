#pragma once

#include <QString>

class QRandomGenerator;

namespace certdesk {

/// A person's name as the demo generator makes it: Kazakh or Russian, in the forms of the
/// person's sex.
struct DemoName
{
    QString surname;
    QString givenName;
    QString patronymic;
};

/// Kazakh and Russian names in realistic shares, for demo and benchmark databases only.
class DemoNames
{
public:
    static DemoName make(QRandomGenerator &random, bool male);
};

} // namespace certdesk
