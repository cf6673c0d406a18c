#!/usr/bin/env bash
# The README's two commands, the way a new user runs them: in fresh copies of this working tree (what
# a clone would hold, uncommitted edits included; no node_modules, no dist, no .turbo), with an empty
# npm cache and an empty fengong cache.
#   test   npm install && npm test            — must pass on the first try; the Debian packages the tests
#                                               need are installed by npm test itself (its pretest)
#   start  npm install && npm start           — the seed's summary and the viewer; then, in that copy,
#                                               npx fengong tasks … and npx fengong-report, as the README says
# Usage: scripts/check-fresh-clone.sh [test] [start]   (default: both, test first)
# Prints each step's output and time, and a summary; exit 1 when a step fails.
# For a machine without the packages (the issue's case) run it there; it says which are missing first.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
steps=("$@")
[ ${#steps[@]} -eq 0 ] && steps=(test start)
summary=()
say() { printf '\n\033[1m== %s\033[0m\n' "$*"; }
note() { summary+=("$*"); }

# A fresh copy of the working tree: the files git would clone, uncommitted edits and new files included.
fresh_copy() {
  local dir
  dir=$(mktemp -d "${TMPDIR:-/tmp}/fengong-fresh-XXXXXX")
  # Files deleted from the working tree but not yet from the index are left out.
  (cd "$root" && git ls-files -z --cached --others --exclude-standard |
    while IFS= read -r -d '' f; do [ -e "$f" ] && printf '%s\0' "$f"; done |
    tar --null -T - -cf -) | tar -xf - -C "$dir"
  # A repository of its own, as a clone is (turbo hashes files through git).
  git -C "$dir" init -q && git -C "$dir" add -A &&
    git -C "$dir" -c user.name=check-fresh-clone -c user.email=check@localhost commit -qm 'fresh copy' >/dev/null
  echo "$dir"
}

# Which of the tests' Debian packages this machine lacks (only reported here; npm test installs them).
report_packages() {
  local absent=()
  for p in chromium fonts-noto-cjk libreoffice-writer libreoffice-calc poppler-utils; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed' || absent+=("$p")
  done
  local commands=()
  for c in chromium soffice pdftotext; do command -v "$c" >/dev/null || commands+=("$c"); done
  echo "Debian packages absent before the run: ${absent[*]:-(none)}; commands not on PATH: ${commands[*]:-(none)}"
  note "before: absent packages: ${absent[*]:-(none)}"
}

# Run a step in `dir`, timed; its output goes to the terminal and to .fresh-<name>.log there.
timed() {
  local dir=$1 name=$2
  shift 2
  local started=$SECONDS status=0
  say "$name  (in $dir)"
  (cd "$dir" && "$@") 2>&1 | tee "$dir/.fresh-${name// /-}.log" || status=${PIPESTATUS[0]}
  local took=$((SECONDS - started))
  note "$name: exit $status, $((took / 60)) min $((took % 60)) s"
  return "$status"
}

# An empty npm cache (every package comes from the registry) and an empty fengong cache.
isolate() {
  local caches
  caches=$(mktemp -d "${TMPDIR:-/tmp}/fengong-fresh-caches-XXXXXX")
  export npm_config_cache="$caches/npm" XDG_CACHE_HOME="$caches/xdg"
  unset FENGONG_CACHE_DIR FENGONG_NO_CACHE
  echo "empty caches: $caches"
}

check_test() {
  local dir
  dir=$(fresh_copy)
  isolate
  report_packages
  timed "$dir" "npm install" npm install --no-audit --no-fund || return 1
  timed "$dir" "npm test" npm test
}

check_start() {
  local dir port log pid status=0
  dir=$(fresh_copy)
  isolate
  timed "$dir" "npm install" npm install --no-audit --no-fund || return 1
  port=$((20000 + RANDOM % 20000))
  log="$dir/.fresh-npm-start.log"
  say "npm start  (in $dir, PORT=$port)"
  local started=$SECONDS
  # In a session of its own, so that it (npm, turbo, the server) is stopped as one process group.
  (cd "$dir" && PORT=$port setsid bash -c 'echo $$ >.fresh-npm-start.pid; exec npm start' >"$log" 2>&1) &
  pid=$!
  until grep -q 'fengong viewer: http' "$log" 2>/dev/null; do
    if ! kill -0 "$pid" 2>/dev/null; then
      cat "$log"
      note "npm start: exited before serving the viewer"
      return 1
    fi
    sleep 1
  done
  cat "$log"
  note "npm start: the seed's summary printed and the viewer served after $((SECONDS - started)) s"
  if node -e 'fetch(process.argv[1]).then((r) => r.text()).then((t) => process.exit(t.includes("<div id=\"root\">") ? 0 : 1), () => process.exit(1))' \
    "http://127.0.0.1:$port/"; then
    note "viewer: http://127.0.0.1:$port/ answers with the app"
  else
    note "viewer: http://127.0.0.1:$port/ did not answer with the app"
    status=1
  fi
  kill -- -"$(cat "$dir/.fresh-npm-start.pid")" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true

  timed "$dir" "npx fengong tasks" npx fengong tasks seeds/zhanjiang-2021/plan.yaml --unit 市财政局 --role lead ||
    status=1
  local numbers
  numbers=$(grep -E '^[0-9]+ ' "$dir/.fresh-npx-fengong-tasks.log" | awk '{print $1}' | tr '\n' ' ')
  if [ "$numbers" = "7 8 9 " ]; then note "npx fengong tasks … --unit 市财政局 --role lead: tasks 7 8 9"; else
    note "npx fengong tasks … printed tasks: ${numbers:-none}"
    status=1
  fi
  timed "$dir" "npm exec -- fengong tasks --count" npm exec -- fengong tasks seeds/zhanjiang-2021/plan.yaml --count || status=1
  timed "$dir" "npx fengong-report" npx fengong-report seeds/zhanjiang-2021/plan.yaml --as-of 2021-10-01 \
    --kinds ledger,overdue --formats xlsx,md --out out/reports || status=1
  return "$status"
}

failed=0
for step in "${steps[@]}"; do
  case "$step" in
    test) check_test || failed=1 ;;
    start) check_start || failed=1 ;;
    *)
      echo "unknown step: $step (test, start)" >&2
      exit 2
      ;;
  esac
done
say "summary"
printf '%s\n' "${summary[@]}"
exit "$failed"
