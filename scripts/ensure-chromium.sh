#!/usr/bin/env bash
# Browser tests drive Debian's Chromium. Install it when it is missing and we may (root with apt-get);
# otherwise say exactly what to install. Never downloads a browser build of its own.
set -euo pipefail
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$CHROMIUM" ]; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "ensure-chromium: $CHROMIUM not found; installing Debian's chromium package"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium >/dev/null
  [ -x "$CHROMIUM" ] && exit 0
fi
echo "ensure-chromium: no Chromium at $CHROMIUM." >&2
echo "Install it with: sudo apt-get install chromium   (Debian/Ubuntu), or set CHROMIUM_PATH to a Chromium binary." >&2
exit 1
