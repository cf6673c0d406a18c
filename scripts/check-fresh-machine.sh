#!/usr/bin/env bash
# The README's two commands on a machine that has never seen fengong: a throwaway Debian chroot
# (debootstrap minbase: no Chromium, no LibreOffice, no poppler, no CJK fonts, no npm cache), with
# this machine's Node and npm copied in (Debian 12 ships Node 18) and a copy of this working tree;
# scripts/check-fresh-clone.sh runs inside it as root, so `npm test` has to install the Debian
# packages it needs by itself. The chroot is deleted afterwards (--keep keeps it).
# Needs root, debootstrap and network access to the Debian mirror and the npm registry.
# Usage: scripts/check-fresh-machine.sh [--keep] [test] [start]   (steps as in check-fresh-clone.sh)
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
keep=0
steps=()
for arg in "$@"; do
  case "$arg" in
    --keep) keep=1 ;;
    *) steps+=("$arg") ;;
  esac
done
[ "$(id -u)" = 0 ] || {
  echo "check-fresh-machine: needs root (debootstrap, chroot, mount)" >&2
  exit 2
}
command -v debootstrap >/dev/null || {
  echo "check-fresh-machine: needs debootstrap (apt-get install debootstrap)" >&2
  exit 2
}
suite=${FENGONG_CHECK_SUITE:-bookworm}
mirror=${FENGONG_CHECK_MIRROR:-http://deb.debian.org/debian}

base=$(mktemp -d /var/tmp/fengong-machine-XXXXXX)
machine=$base/root
cleanup() {
  for m in dev proc sys; do
    if mountpoint -q "$machine/$m"; then umount -R "$machine/$m" || umount -R -l "$machine/$m" || true; fi
  done
  if [ "$keep" = 1 ]; then echo "check-fresh-machine: kept $machine" >&2; else rm -rf --one-file-system "$base"; fi
}
trap cleanup EXIT

echo "== debootstrap $suite (minbase) into $machine" >&2
debootstrap --variant=minbase --include=ca-certificates,git,procps "$suite" "$machine" "$mirror" >"$base/debootstrap.log" 2>&1 ||
  {
    tail -n 20 "$base/debootstrap.log" >&2
    exit 1
  }
# Sources as on a stock Debian image: the release, its updates, security.
rm -f "$machine/etc/apt/sources.list"
cat >"$machine/etc/apt/sources.list.d/debian.sources" <<EOF
Types: deb
URIs: $mirror
Suites: $suite $suite-updates
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg

Types: deb
URIs: ${mirror%/debian}/debian-security
Suites: $suite-security
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
EOF
cp /etc/resolv.conf "$machine/etc/resolv.conf"
# A network whose TLS needs extra certificate authorities (NODE_EXTRA_CA_CERTS here) needs them there.
extra_ca=()
if [ -n "${NODE_EXTRA_CA_CERTS:-}" ] && [ -f "$NODE_EXTRA_CA_CERTS" ]; then
  cp "$NODE_EXTRA_CA_CERTS" "$machine/etc/ssl/extra-ca-certificates.crt"
  extra_ca=(NODE_EXTRA_CA_CERTS=/etc/ssl/extra-ca-certificates.crt)
fi

# Node and npm from this machine.
cp "$(command -v node)" "$machine/usr/bin/node"
npm_dir=$(cd "$(dirname "$(readlink -f "$(command -v npm)")")/.." && pwd)
mkdir -p "$machine/usr/lib/node_modules"
cp -a "$npm_dir" "$machine/usr/lib/node_modules/npm"
ln -sf ../lib/node_modules/npm/bin/npm-cli.js "$machine/usr/bin/npm"
ln -sf ../lib/node_modules/npm/bin/npx-cli.js "$machine/usr/bin/npx"

# The working tree, as a repository of its own (check-fresh-clone.sh copies it again from there).
mkdir -p "$machine/src/fengong"
(cd "$root" && git ls-files -z --cached --others --exclude-standard |
  while IFS= read -r -d '' f; do [ -e "$f" ] && printf '%s\0' "$f"; done |
  tar --null -T - -cf -) | tar -xf - -C "$machine/src/fengong"
git -C "$machine/src/fengong" init -q
git -C "$machine/src/fengong" add -A
git -C "$machine/src/fengong" -c user.name=check-fresh-machine -c user.email=check@localhost commit -qm 'working tree'

mount -t proc proc "$machine/proc"
mount -t sysfs sysfs "$machine/sys"
mount --rbind /dev "$machine/dev"
mount --make-rslave "$machine/dev"

found=$(chroot "$machine" bash -c 'command -v chromium soffice pdftotext pdftoppm fc-list || true' | tr '\n' ' ')
echo "== in the chroot: node $(chroot "$machine" node -v), npm $(chroot "$machine" npm -v);" \
  "chromium, soffice, pdftotext, pdftoppm, fc-list on PATH: ${found:-none}" >&2
chroot "$machine" /usr/bin/env -i PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin HOME=/root \
  LANG=C.UTF-8 TERM="${TERM:-dumb}" ${extra_ca[@]+"${extra_ca[@]}"} \
  bash /src/fengong/scripts/check-fresh-clone.sh ${steps[@]+"${steps[@]}"}
