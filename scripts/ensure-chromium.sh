#!/usr/bin/env bash
# Installs Debian's Chromium (and a CJK font for readable screenshots) when it is missing.
# The browser tests drive it through playwright-core; Playwright's own browser download cannot work offline.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then exit 0; fi
if [ "$(id -u)" != 0 ]; then
  echo "Chromium is missing: run 'sudo apt-get install chromium fonts-noto-cjk' and try again." >&2
  exit 1
fi
echo "Installing Chromium from Debian's packages…" >&2
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk >/dev/null
