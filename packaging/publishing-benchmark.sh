#!/usr/bin/env bash
# Typing with live publishing on against off, measured from outside the window with
# ../shared/tools/xwatch.py under a private Xvfb display: the same project opened by Shilu with a
# home whose settings publish it to a folder (publishing resumes when the programme opens) and with
# a home that does not, alternating; keystroke and Ctrl+Enter round trips (p50, p90) and resident
# memory. Prints each run's JSON, then the medians and the on / off ratios.
#
#   mvn package -DskipTests && bash packaging/publishing-benchmark.sh [ROUNDS]   (default 3)
set -euo pipefail
cd "$(dirname "$0")/.."
source packaging/java-home.sh
rounds=${1:-3}
tools=${SHILU_TOOLS:-../shared/tools}
[ -f "$tools/xwatch.py" ] || { echo "publishing-benchmark: needs $tools/xwatch.py (set SHILU_TOOLS)" >&2; exit 1; }
[ -f target/shilu.jar ] || mvn -q -B package -DskipTests
work=$(mktemp -d)
trap 'kill "${xvfb:-}" 2>/dev/null || true; rm -rf "$work"' EXIT
sample=src/main/resources/org/shilu/samples/lianyungang-2022-03-23.portal.txt
"$JAVA_HOME/bin/java" -jar target/shilu.jar convert "$sample" --to json -o "$work/programme.shilu"
source packaging/xwatch-display.sh

home() { # a fresh home with its own copy of the programme (a killed run leaves a journal beside it);
         # with "on", its settings publish the programme to a folder of its own, $h/web
  local h; h=$(mktemp -d -p "$work")
  cp "$work/programme.shilu" "$h/programme.shilu"
  if [ "$1" = on ]; then
    mkdir -p "$h/config"
    mkdir -p "$h/web"
    python3 - "$h/programme.shilu" "$h/web" "$h/config/settings.json" <<'PY'
import hashlib, json, os, sys
project, web, out = sys.argv[1:]
programme = 'p' + hashlib.sha256(os.path.abspath(project).encode()).hexdigest()[:20]
place = 'folder:' + web
json.dump({'publishing': {'places': [{'name': place, 'address': place}],
           'plans': {programme: {'places': [place], 'delaySeconds': 0, 'approvalGate': False,
                                 'pollSeconds': 5, 'active': True}}}}, open(out, 'w'))
PY
  fi
  echo "$h"
}

for round in $(seq "$rounds"); do
  for mode in off on; do
    h=$(home $mode)
    python3 "$tools/xwatch.py" --title '实录|Shilu' --rss-after 8 --type 40 --commit 12 -- \
      "$JAVA_HOME/bin/java" @packaging/jvm.options -Dshilu.home="$h" -jar target/shilu.jar "$h/programme.shilu" \
      | sed "s/^/$mode /" | tee -a "$work/results"
    pkill -f "shilu.home=$h" 2>/dev/null || true
    if [ "$mode" = on ]; then
      turns=$(python3 -c "import json,sys; print(len(json.load(open(sys.argv[1]))['turns']))" "$h/web/feed.json" 2>/dev/null || echo no)
      echo "on: the published feed holds $turns turns (the sample's 8 and the run's commits)"
    fi
  done
done

python3 packaging/on-off-summary.py "$work/results" publishing
