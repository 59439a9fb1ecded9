#pragma once

class QString;

namespace certdesk {

class Cli;

/// One function per certdeskctl command; Cli::run() dispatches on the first word.
namespace commands {
int iin(Cli &cli);
int workdays(Cli &cli);
int term(Cli &cli);
int custody(Cli &cli);
int events(Cli &cli);
int rebuild(Cli &cli);
int demo(Cli &cli);
int board(Cli &cli);
int sweep(Cli &cli);
int user(Cli &cli);
int audit(Cli &cli);
int backup(Cli &cli);
int restore(Cli &cli);
int purge(Cli &cli);
int sync(Cli &cli);
int appeals(Cli &cli);
int branch(Cli &cli);
int device(Cli &cli);
int application(Cli &cli);
int notices(Cli &cli);
int rules(Cli &cli);
int count(Cli &cli);

/// A secret: the environment variable when set, otherwise a prompt on the terminal without
/// echo (or one line of stdin when it is not a terminal).
bool readSecret(Cli &cli, const char *variable, const QString &prompt, QString *secret);
} // namespace commands

} // namespace certdesk
