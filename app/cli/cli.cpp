#include "cli.h"

#include <QCoreApplication>

namespace sucai::cli {

int run(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    return 2;
}

} // namespace sucai::cli
