#!/usr/bin/env bash
# Opens a dynamos HTML report in headless Chromium, saves a screenshot and fails unless every
# embedded chart image decoded. The report's own script marks <body data-chart-check="charts-ok N">
# after load (or "charts-broken: id,..."); this reads that mark from the rendered DOM.
#
# Usage: scripts/check-report.sh REPORT.html OUT.png [MIN_CHARTS]
#   MIN_CHARTS: fail when fewer charts rendered (default: the number of <img> tags in the file).
# Installs Debian's chromium package when /usr/bin/chromium is missing.
set -euo pipefail

usage() {
  echo "usage: $0 REPORT.html OUT.png [MIN_CHARTS]" >&2
  exit 2
}

[[ $# -ge 2 && $# -le 3 ]] || usage
report="$1"
screenshot="$2"
[[ -f "$report" ]] || { echo "check-report: $report does not exist" >&2; exit 2; }
chromium_bin=/usr/bin/chromium

install_chromium() {
  local sudo=""
  if [[ "$(id -u)" -ne 0 ]]; then
    sudo="sudo"
  fi
  echo "check-report: installing chromium (Debian package)..." >&2
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -q >&2
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium >&2
}

[[ -x "$chromium_bin" ]] || install_chromium

report_url="file://$(cd "$(dirname "$report")" && pwd)/$(basename "$report")"
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
flags=(--headless --no-sandbox --disable-gpu --disable-quic --no-first-run
  --disable-background-networking --disable-component-update --disable-sync
  --disable-dev-shm-usage --hide-scrollbars --user-data-dir="$profile"
  --virtual-time-budget=5000)

expected="$(grep -o '<img' "$report" | wc -l)"
minimum="${3:-$expected}"

dom="$("$chromium_bin" "${flags[@]}" --dump-dom "$report_url" 2>/dev/null)" || {
  echo "check-report: chromium failed to load $report" >&2
  exit 1
}
mark="$(printf '%s' "$dom" | grep -o 'data-chart-check="[^"]*"' | head -n 1 \
  | cut -d'"' -f2 || true)"

rm -f "$screenshot"
"$chromium_bin" "${flags[@]}" --screenshot="$screenshot" --window-size=1400,4000 \
  "$report_url" >/dev/null 2>&1 || true

fail() {
  echo "check-report: FAIL: $*" >&2
  exit 1
}

[[ -n "$mark" ]] ||
  fail "$report has no data-chart-check mark after load (not a report, or its script did not run)"
[[ "$mark" == charts-ok* ]] || fail "broken charts in $report: ${mark#charts-broken: }"
rendered="${mark#charts-ok }"
[[ "$rendered" -eq "$expected" ]] || fail "$rendered of $expected <img> tags rendered in $report"
[[ "$rendered" -ge "$minimum" ]] ||
  fail "$rendered charts rendered in $report, expected at least $minimum"
[[ -s "$screenshot" ]] || fail "screenshot $screenshot is missing or empty"
echo "check-report: ok: $rendered charts rendered in $report; screenshot $screenshot"
