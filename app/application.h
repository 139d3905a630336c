#pragma once

namespace sucai {

// The composition root of the `sucai` executable (DESIGN.md): creates the services, hands them
// to the UI, and tears the UI down first.
class Application
{
public:
    static int run(int argc, char *argv[]);
};

} // namespace sucai
