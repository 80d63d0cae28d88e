#!/usr/bin/env bash
# Debian packages the full test suite uses: Chromium (browser tests) and PostgreSQL
# (store tests against a real server). Installed only when running as root with apt;
# otherwise those tests skip with a reason.
set -uo pipefail
if [ "$(id -u)" != "0" ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "system-deps: not root or no apt-get; browser and PostgreSQL tests will be skipped"
  exit 0
fi
need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
command -v initdb >/dev/null 2>&1 || ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
if [ ${#need[@]} -gt 0 ]; then
  echo "system-deps: installing ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null && apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null \
    || echo "system-deps: could not install ${need[*]}; the tests that need them will skip"
fi
exit 0
