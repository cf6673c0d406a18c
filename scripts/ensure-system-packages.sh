#!/usr/bin/env bash
# Installs the Debian packages fengong's browser and document tests need, when missing:
#   chromium (end-to-end tests of the viewer), fonts-noto-cjk (Chinese text in screenshots and PDFs),
#   libreoffice-core/writer/calc (opening generated DOCX/XLSX as a real client would),
#   poppler-utils (pdftotext, pdftoppm).
# Usage: scripts/ensure-system-packages.sh [browser] [office]   (default: both)
set -euo pipefail
want=("$@"); [ ${#want[@]} -eq 0 ] && want=(browser office)
pkgs=()
for w in "${want[@]}"; do
  case "$w" in
    browser) command -v chromium >/dev/null || pkgs+=(chromium); fc-list 2>/dev/null | grep -i 'Noto Sans CJK' >/dev/null || pkgs+=(fonts-noto-cjk) ;;
    office) command -v soffice >/dev/null || pkgs+=(libreoffice-writer libreoffice-calc); command -v pdftotext >/dev/null || pkgs+=(poppler-utils) ;;
    taskwarrior) command -v task >/dev/null || pkgs+=(taskwarrior) ;;
    *) echo "unknown package set: $w" >&2; exit 2 ;;
  esac
done
[ ${#pkgs[@]} -eq 0 ] && exit 0
if [ "$(id -u)" != 0 ] && ! command -v sudo >/dev/null; then
  echo "fengong tests need these Debian packages: ${pkgs[*]} (run as root: apt-get install -y ${pkgs[*]})" >&2
  exit 1
fi
SUDO=""; [ "$(id -u)" != 0 ] && SUDO=sudo
echo "installing ${pkgs[*]} (Debian packages)…" >&2
export DEBIAN_FRONTEND=noninteractive
# A lock held by another install (parallel test tasks) is waited for, not failed on.
$SUDO apt-get -o DPkg::Lock::Timeout=600 update -qq >/dev/null
$SUDO apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends "${pkgs[@]}" >/dev/null
