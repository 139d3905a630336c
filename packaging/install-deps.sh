#!/usr/bin/env bash
# Installs what Sucai needs to build, test and run the demo on Debian 12, as root.
# Idempotent: asks apt only for the packages that are not installed yet.
#   packaging/install-deps.sh            build + tests + demo
#   packaging/install-deps.sh --bench    also the peer tools for tests/bench (aws-cli, rclone, s3cmd)
set -euo pipefail

build=(cmake ninja-build g++ pkg-config git
       qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
       libqt6sql6-sqlite qt6-svg-dev qt6-translations-l10n qtkeychain-qt6-dev zlib1g-dev libqrencode-dev)
servers=(ceph-mon ceph-osd radosgw ceph-common python3 curl openssl)
# The sign-in tests' OpenID Connect provider runs on Node.js (npm package, tests/servers/oidc).
# A Node.js from elsewhere (e.g. NodeSource, which bundles npm) is used as it is: Debian's npm
# package would conflict with it.
command -v node >/dev/null 2>&1 || servers+=(nodejs)
command -v npm >/dev/null 2>&1 || servers+=(npm)
desktop=(xvfb xauth fonts-wqy-microhei gnome-keyring dbus libsecret-tools zbar-tools)
bench=(awscli rclone s3cmd hyperfine time)

want=("${build[@]}" "${servers[@]}" "${desktop[@]}")
[[ "${1:-}" == "--bench" ]] && want+=("${bench[@]}")

missing=()
for p in "${want[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

if [[ $(id -u) -ne 0 ]]; then
  echo "Missing packages: ${missing[*]}" >&2
  echo "Run this script as root (or install them with sudo apt-get install)." >&2
  exit 1
fi
echo "Installing: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -q
apt-get install -y -q --no-install-recommends "${missing[@]}"
