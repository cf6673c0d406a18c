#!/usr/bin/env bash
# Makes sure the Debian packages fengong's tests need are installed, and installs the missing ones:
#   browser      chromium (the viewer's end-to-end tests), fonts-noto-cjk (Chinese text in screenshots)
#   office       libreoffice-writer, libreoffice-calc (converting old .doc/.xls; opening the generated
#                DOCX/XLSX as a real client would), poppler-utils (pdftotext, pdftoppm, pdffonts),
#                fonts-noto-cjk (the Chinese faces the 公文 fonts are aliased to: docs/fonts/),
#                fonts-crosextra-carlito (Calibri's metrics: the workbooks' column widths print as in Excel),
#                python3-uno (a workbook filled in through Calc itself: packages/reports/test/calc-fill.py)
#   taskwarrior  taskwarrior (`npm run bench` only, for the side-by-side)
#   postgres     postgresql (the server's API, authorization and crash tests run on a real PostgreSQL too)
#   calendar     python3-icalendar (the generated ICS calendars are read by a second real parser)
# Usage: scripts/ensure-system-packages.sh [browser] [office] [taskwarrior] [postgres] [calendar]
#        (default: browser office)
#
# `npm test` runs it first (the root package.json's pretest), so every package's tests find what they
# need; the test setups that need a package run it again (a quick check when nothing is missing).
# Exit 0 when everything is there, installed now or before. When something is missing and cannot be
# installed here (not root and no sudo, no apt-get, apt-get failed), it names the missing packages and
# the command that installs them and exits 1: no test is skipped for want of a package.
set -euo pipefail

want=("$@")
[ ${#want[@]} -eq 0 ] && want=(browser office)

# A Debian package is installed (dpkg knows it); false where there is no dpkg.
installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'ok installed'; }
has() { command -v "$1" >/dev/null 2>&1; }

missing=()
check() {
  missing=()
  for set in "${want[@]}"; do
    case "$set" in
      browser)
        has chromium || missing+=(chromium)
        { has fc-list && fc-list 2>/dev/null | grep -qi 'Noto Sans CJK'; } || installed fonts-noto-cjk ||
          missing+=(fonts-noto-cjk)
        ;;
      office)
        # Both filters: Writer converts .doc and opens DOCX, Calc converts .xls and opens XLSX.
        if has dpkg-query; then
          installed libreoffice-writer || missing+=(libreoffice-writer)
          installed libreoffice-calc || missing+=(libreoffice-calc)
        else
          has soffice || missing+=(libreoffice-writer libreoffice-calc)
        fi
        { has pdftotext && has pdftoppm && has pdffonts; } || missing+=(poppler-utils)
        { has fc-list && fc-list 2>/dev/null | grep -qi 'Noto Serif CJK'; } || installed fonts-noto-cjk ||
          missing+=(fonts-noto-cjk)
        installed fonts-crosextra-carlito || { has fc-list && fc-list 2>/dev/null | grep -qi 'Carlito'; } ||
          missing+=(fonts-crosextra-carlito)
        # Debian's own python3, as for python3-icalendar below.
        /usr/bin/python3 -c 'import uno' 2>/dev/null || missing+=(python3-uno)
        ;;
      taskwarrior) has task || missing+=(taskwarrior) ;;
      # The server binaries (initdb, pg_ctl, postgres) live under /usr/lib/postgresql/<version>/bin.
      postgres) compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null || missing+=(postgresql) ;;
      # Debian's own python3 (the tests call /usr/bin/python3, not whichever python3 is first on PATH).
      calendar) /usr/bin/python3 -c 'import icalendar' 2>/dev/null || missing+=(python3-icalendar) ;;
      *)
        echo "ensure-system-packages: unknown package set “$set” (known: browser office taskwarrior postgres calendar)" >&2
        exit 2
        ;;
    esac
  done
}

check
if [ ${#missing[@]} -eq 0 ]; then
  echo "fengong: the Debian packages the tests need are installed (${want[*]})" >&2
  exit 0
fi

install_command="apt-get install -y --no-install-recommends ${missing[*]}"
fail() {
  {
    echo "fengong: the tests need these Debian packages, missing on this machine: ${missing[*]}"
    echo "fengong: $1"
    echo "fengong: install them, then run the tests again:"
    echo "    sudo apt-get update && sudo $install_command"
  } >&2
  exit 1
}

has apt-get || fail "this machine has no apt-get to install them with (the tests run chromium, soffice, pdftotext and pdftoppm)."
if [ "$(id -u)" = 0 ]; then
  SUDO=()
elif has sudo && sudo -n true 2>/dev/null; then
  SUDO=(sudo -n)
elif has sudo && [ -t 0 ]; then
  SUDO=(sudo)
else
  fail "they cannot be installed from here: not root, and no sudo that can run without a password."
fi

echo "fengong: installing the Debian packages the tests need: ${missing[*]} (apt-get; a few minutes the first time)" >&2
started=$SECONDS
log=$(mktemp)
trap 'rm -f "$log"' EXIT
export DEBIAN_FRONTEND=noninteractive
# A lock held by another install (a parallel test task) is waited for, not failed on.
if ! { ${SUDO[@]+"${SUDO[@]}"} apt-get -o DPkg::Lock::Timeout=600 update -qq &&
  ${SUDO[@]+"${SUDO[@]}"} apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends "${missing[@]}"; } >"$log" 2>&1; then
  tail -n 20 "$log" >&2
  fail "apt-get failed (its last lines are above)."
fi
installed_now=("${missing[@]}")
check
[ ${#missing[@]} -eq 0 ] || fail "apt-get ran, yet they are still missing."
echo "fengong: installed ${installed_now[*]} in $((SECONDS - started)) s" >&2
