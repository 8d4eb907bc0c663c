#!/usr/bin/env bash
# browsercheck.sh: an optional, manual check of the sandbox page in a real
# (headless) browser; `go test` does not run it. It installs what it needs
# outside the repository, starts three fresh `gridbot sandbox` on free ports,
# drives the page through a tour of its features and a volunteer's first
# ten minutes on a desktop and on a phone (browsercheck.mjs), and leaves
# screenshots to look at.
#
#   bash bot/sandbox/testdata/browsercheck.sh          # from the repository root
#
# Needs Node.js and npm, and Debian's chromium (apt-get install chromium
# fonts-noto-cjk; fonts-noto-color-emoji for the emoji). UICHECK_DIR
# (default /tmp/gridbot-uicheck) keeps playwright-core, the built binary,
# the sandboxes' logs and the screenshots (shots/).
set -euo pipefail
root=$(cd "$(dirname "$0")/../../.." && pwd)
dir=${UICHECK_DIR:-/tmp/gridbot-uicheck}
mkdir -p "$dir/shots"
if [ ! -d "$dir/node_modules/playwright-core" ]; then
  (cd "$dir" && { [ -f package.json ] || npm init -y >/dev/null; } && npm install --silent playwright-core)
fi
cp "$root/bot/sandbox/testdata/browsercheck.mjs" "$dir/"
(cd "$root" && go build -o "$dir/gridbot" .)
# start runs a fresh sandbox on a free port and prints its address: one
# for the tour of features, one for each size of the first ten minutes.
pids=()
trap 'kill "${pids[@]}" 2>/dev/null || true' EXIT
start() {
  local port
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  "$dir/gridbot" sandbox -addr "127.0.0.1:$port" >"$dir/sandbox-$1.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 50); do
    curl -fsS "http://127.0.0.1:$port/api/clock" >/dev/null 2>&1 && break
    sleep 0.2
  done
  url="http://127.0.0.1:$port/"
}
start tour; tour=$url
start desktop; desktop=$url
start phone; phone=$url
cd "$dir" && SANDBOX_URL="$tour" WALK_DESKTOP_URL="$desktop" WALK_PHONE_URL="$phone" SHOTS="$dir/shots" node browsercheck.mjs
