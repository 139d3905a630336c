#include "application.h"

int main(int argc, char *argv[])
{
    return sucai::Application::run(argc, argv);
}
