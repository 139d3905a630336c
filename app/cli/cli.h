#pragma once

namespace sucai::cli {

// sucai-cli: the storage engine without a window. Exit codes: 0 all done, 1 some operations
// failed (each named on stderr), 2 usage error.
int run(int argc, char *argv[]);

} // namespace sucai::cli
