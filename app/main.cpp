#include "application.h"
#include "core/redact.h"

int main(int argc, char *argv[])
{
    // Before anything can log: no key, token or signature reaches stderr or a crash report.
    sucai::core::installRedactingMessageHandler();
    return sucai::Application::run(argc, argv);
}
