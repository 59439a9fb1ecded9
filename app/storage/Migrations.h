#pragma once

#include <QStringList>

namespace certdesk {

/// The numbered schema steps. Version N is reached by running step N on version N-1, in one
/// transaction that also sets PRAGMA user_version. Never edit a released step: add one.
struct Migrations
{
    static int latest();
    /// The statements of step version (1-based).
    static QStringList step(int version);
};

} // namespace certdesk
