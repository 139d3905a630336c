#include "cli.h"

int main(int argc, char *argv[])
{
    return sucai::cli::run(argc, argv);
}
