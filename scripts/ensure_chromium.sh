#!/usr/bin/env bash
# Make sure Debian's chromium is at /usr/bin/chromium for the Playwright browser tests.
# Installs it with apt-get when it is missing and we are root; otherwise says what to do and
# exits 0, so `make test` goes on and the browser tests skip with their own message.
# Never runs `playwright install`: Playwright drives the system browser.
set -euo pipefail

if [ -x /usr/bin/chromium ]; then
    exit 0
fi
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    echo "chromium is missing and this is not root on Debian: the browser tests will be skipped" \
         "(install it with: apt-get install -y chromium)" >&2
    exit 0
fi
export DEBIAN_FRONTEND=noninteractive
if apt-get update -qq && apt-get install -y -qq chromium >/dev/null; then
    echo "installed $(/usr/bin/chromium --version 2>/dev/null || echo chromium)" >&2
else
    echo "could not install chromium with apt-get: the browser tests will be skipped" >&2
fi
