#!/usr/bin/env bash
# The whole test suite: installs what is missing, builds the `ci` preset (warnings are errors)
# and runs every test with CTest — unit, ui and integration (against a real Ceph RGW started
# by tests/servers/rgw.sh as a CTest fixture). Prints CTest's summary; exit code is CTest's.
#   tests/run.sh [extra ctest args, e.g. -L unit or -R storage]
# SUCAI_PRESET=asan tests/run.sh runs the same suite under AddressSanitizer + UBSan.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
preset=${SUCAI_PRESET:-ci}

packaging/install-deps.sh
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset"

# The keychain tests need a session bus and an unlocked gnome-keyring; the rest don't mind.
exec dbus-run-session -- bash -c '
  printf "" | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1 || true
  ctest --preset "$0" "${@}"' "$preset" "$@"
