#include <QCoreApplication>

#include "cli/Cli.h"

int main(int argc, char *argv[])
{
    return certdesk::Cli::main(argc, argv);
}
