#!/usr/bin/env bash
# Runs Sucai against a local demo: installs what is missing, builds, starts a real S3 server
# (Ceph RADOS Gateway on 127.0.0.1, tests/servers/rgw.sh) holding a "demo" bucket of sample
# materials, shows it with sucai-cli, and opens the sucai window connected to it.
# Idempotent: a second run reuses the build, the running server and the uploaded bucket.
#   packaging/demo.sh           open the window (under Xvfb with a screenshot if there is no display)
#   packaging/demo.sh --stop    stop the demo server
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
state="$root/build/demo"
server="$state/rgw"

if [[ "${1:-}" == "--stop" ]]; then
  exec tests/servers/rgw.sh stop "$server"
fi

packaging/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release

tests/servers/rgw.sh start "$server" >/dev/null
# shellcheck disable=SC1091
source "$server/env"
export AWS_ENDPOINT_URL="$SUCAI_S3_ENDPOINT" AWS_REGION="$SUCAI_S3_REGION"
export AWS_ACCESS_KEY_ID="$SUCAI_S3_ACCESS_KEY" AWS_SECRET_ACCESS_KEY="$SUCAI_S3_SECRET_KEY"
cli=(build/release/bin/sucai-cli --path-style)

if ! "${cli[@]}" ls s3://demo/ 2>/dev/null | grep -q .; then
  echo "Creating the demo bucket with sample materials..."
  python3 tests/servers/make-demo-data.py "$state/materials" >/dev/null
  "${cli[@]}" ls s3://demo/ >/dev/null 2>&1 || "${cli[@]}" mb s3://demo >/dev/null
  for entry in "$state/materials"/*; do # the glob skips the generator's dot-file stamp
    name=$(basename "$entry")
    if [[ -d "$entry" ]]; then
      "${cli[@]}" put -r "$entry" "s3://demo/$name/" >/dev/null
    else
      "${cli[@]}" put "$entry" "s3://demo/" >/dev/null
    fi
  done
fi

echo
echo "Demo bucket at $SUCAI_S3_ENDPOINT (sucai-cli ls s3://demo/):"
"${cli[@]}" ls s3://demo/
echo
echo "Try: AWS_ENDPOINT_URL=$AWS_ENDPOINT_URL AWS_ACCESS_KEY_ID=$AWS_ACCESS_KEY_ID \\"
echo "     AWS_SECRET_ACCESS_KEY=… build/release/bin/sucai-cli --path-style ls -r s3://demo/images/"
echo "Stop the server with: packaging/demo.sh --stop"
echo

app=(build/release/sucai "s3://demo/")
if [[ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]]; then
  exec "${app[@]}"
fi
# No display (a server or a container): run the window on a virtual screen and save a
# screenshot a person can open.
shot="$state/sucai-window.png"
echo "No display found: running the window under Xvfb; screenshot: $shot"
SUCAI_SCREENSHOT="$shot" SUCAI_QUIT_AFTER_SCREENSHOT=1 xvfb-run -a -s "-screen 0 1400x900x24" "${app[@]}"
echo "Saved $shot"
