#pragma once

// Applications as the counter takes them, made up for the bench and the kill soak: a valid
// IIN of an adult, an identity card in force, the domestic purpose.

#include <QDate>
#include <QRandomGenerator>
#include <QString>

#include "domain/Application.h"

namespace certdesk::bench {

/// A valid IIN of a person born between 1960 and 2000; serial varies the number.
QString makeIin(QRandomGenerator &random, int serial);
/// An application the intake checks accept on today.
Application freshApplication(
    QRandomGenerator &random, int serial, const QString &surname, const QDate &today);

} // namespace certdesk::bench
