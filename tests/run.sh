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
# The keyring lives in a throw-away folder (never the user's own) and gets a non-empty
# password: with an empty one gnome-keyring creates no "login" collection to write into.
# SUCAI_REQUIRE_KEYCHAIN=1 makes a keychain test fail instead of skip when it has none.
keyrings=$(mktemp -d)
trap 'rm -rf "$keyrings"' EXIT
export SUCAI_REQUIRE_KEYCHAIN=1
dbus-run-session -- bash -c '
  printf sucai-test | XDG_DATA_HOME="$1" gnome-keyring-daemon --unlock --components=secrets \
    >/dev/null 2>&1 || true
  shift
  ctest --preset "$0" "${@}"' "$preset" "$keyrings" "$@"
