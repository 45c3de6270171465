#!/usr/bin/env bash
# The operator's view, measured from outside the window with ../shared/tools/xwatch.py under a
# private Xvfb display: start until the window is free for typing (against an empty 1100x760 JavaFX
# stage, ../shared/tools/empty-stage), the worst stall after it shows, keystroke and Ctrl+Enter
# round trips (a _NET_WM_PING the event thread must answer, so layout, painting and any disk wait
# count) and resident memory, for the 8-turn sample and a 5,000-turn page; the empty stage and Shilu
# alternate; 120 keystrokes and 12 Ctrl+Enter per start, so that a p90 is not the 4th-slowest of
# 40. Prints each run's JSON and then the medians with min and max.
#
#   mvn package -DskipTests && bash packaging/outside-benchmark.sh [ROUNDS]   (default 3)
#   bash packaging/build.sh app-image && bash packaging/outside-benchmark.sh [ROUNDS] --installed
#
# By default Shilu starts as `java @packaging/jvm.options -jar target/shilu.jar`; with --installed,
# as the installers' launcher (target/packaging/Shilu/bin/Shilu: JavaFX linked into its runtime, an
# ahead-of-time cache).
set -euo pipefail
cd "$(dirname "$0")/.."
source packaging/java-home.sh
rounds=${1:-3}
installed=${2:-}
tools=${SHILU_TOOLS:-../shared/tools}
[ -f "$tools/xwatch.py" ] || { echo "outside-benchmark: needs $tools/xwatch.py (set SHILU_TOOLS)" >&2; exit 1; }
[ -f target/shilu.jar ] || mvn -q -B package -DskipTests
work=$(mktemp -d)
trap 'kill "${xvfb:-}" 2>/dev/null || true; rm -rf "$work"' EXIT
mkdir -p "$work/empty"
"$JAVA_HOME/bin/javac" -cp "target/lib/*" -d "$work/empty" "$tools/empty-stage/EmptyMain.java"
sample=src/main/resources/org/shilu/samples/lianyungang-2022-03-23.portal.txt
python3 "$tools/gen-turns.py" 5000 "$work/5000.txt" "$sample"
source packaging/xwatch-display.sh

# Shilu with a home of its own: -Dshilu.home for the jar; for the launcher, the XDG folders (Java
# takes user.home from the password file).
shilu() {
  local h; h=$(mktemp -d -p "$work")
  if [ "$installed" = --installed ]; then
    echo env XDG_CONFIG_HOME="$h/.config" XDG_DATA_HOME="$h/.local/share" target/packaging/Shilu/bin/Shilu
  else
    echo "$JAVA_HOME/bin/java" @packaging/jvm.options -Dshilu.home="$h" -jar target/shilu.jar
  fi
}
[ "$installed" != --installed ] || [ -x target/packaging/Shilu/bin/Shilu ] \
  || { echo "outside-benchmark: --installed needs bash packaging/build.sh app-image first" >&2; exit 1; }

# Each start finds its files in memory (see warm in xwatch-display.sh): the empty stage's JDK and
# JavaFX, and Shilu's runtime or jars and the file it opens.
if [ "$installed" = --installed ]; then
  shilu_files=(target/packaging/Shilu)
else
  shilu_files=("$JAVA_HOME/lib" target/lib target/shilu.jar)
fi

for round in $(seq "$rounds"); do
  warm "$JAVA_HOME/lib" target/lib "$work/empty"
  watch empty --title empty --rss-after 5 -- "$JAVA_HOME/bin/java" -cp "$work/empty:target/lib/*" EmptyMain
  warm "${shilu_files[@]}"
  # shellcheck disable=SC2046 # the command's words, none with spaces
  watch sample --title '实录|Shilu' --rss-after 8 --type 120 --commit 12 -- $(shilu) --sample
  warm "${shilu_files[@]}" "$work/5000.txt"
  # shellcheck disable=SC2046
  watch turns5000 --title '实录|Shilu' --rss-after 8 --type 120 --commit 12 -- $(shilu) "$work/5000.txt"
done

python3 - "$work/results" <<'PY'
import json, sys, statistics
runs = {}
for line in open(sys.argv[1]):
    name, _, data = line.partition(' ')
    runs.setdefault(name, []).append(json.loads(data))
def figure(name, key, sub=None):
    values = []
    for r in runs.get(name, []):
        v = r.get(key)
        if isinstance(v, dict):
            v = v.get(sub)
        if isinstance(v, (int, float)):
            values.append(v)
    if not values:
        return 'n/a'
    return '%.1f (%.1f–%.1f)' % (statistics.median(values), min(values), max(values))
print('\nmedians (min–max) of', len(runs.get('empty', [])), 'rounds:')
for name in ('empty', 'sample', 'turns5000'):
    if name in runs:
        keys = sorted(k for k in runs[name][0].keys() if k not in ('pid', 'title', 'final_title', 'size'))
        print(name + ':')
        for key in keys:
            v = runs[name][0][key]
            if isinstance(v, dict):
                for sub in v:
                    print('  %s.%s: %s' % (key, sub, figure(name, key, sub)))
            else:
                print('  %s: %s' % (key, figure(name, key)))
ready = lambda n: [r.get('ready_ms') for r in runs.get(n, []) if isinstance(r.get('ready_ms'), (int, float))]
e, s = ready('empty'), ready('sample')
if e and s:
    ratios = [b / a for a, b in zip(e, s)]
    print('start until free for typing, sample / empty stage, pairwise: median %.2f (%.2f–%.2f)'
          % (statistics.median(ratios), min(ratios), max(ratios)))
PY
