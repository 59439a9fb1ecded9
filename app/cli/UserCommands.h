#pragma once

#include <QString>

#include <optional>

#include "services/Session.h"

namespace certdesk {

class Cli;
class Database;

/// Reading secrets and signing in for the commands that act as a person.
namespace commands {

/// A password from the terminal without echo (prompt on stderr), or one line of stdin when
/// stdin is not a terminal. Never from the command line, where ps and shell history see it.
bool readPassword(Cli &cli, const QString &prompt, QString *password);
/// Takes "--as LOGIN" out of the arguments (before the positional ones are read).
QString takeActor(Cli &cli);
/// Signs in login (from takeActor), reading its password as above. Prints the refusal and
/// sets *exitCode when it fails, also when login is empty.
std::optional<User> signInAs(Cli &cli, Database &database, const QString &login, int *exitCode);

} // namespace commands

} // namespace certdesk
