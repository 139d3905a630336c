#include "cli.h"
#include "core/redact.h"

int main(int argc, char *argv[])
{
    sucai::core::installRedactingMessageHandler(); // secrets never reach the log
    return sucai::cli::run(argc, argv);
}
