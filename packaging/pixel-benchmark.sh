#!/usr/bin/env bash
# What the operator's eye sees at 5,000 turns: from a key sent (XTest) to the first pixels that
# change in the draft, polled every millisecond from outside the window with
# ../shared/tools/keypress/kp.py (numpy: apt-get install python3-numpy). Shilu, holding a
# 5,000-turn programme, against the toolkit's floor in the same run: a bare JavaFX window
# (../shared/tools/keypress/barefx: a read-only TextArea holding the same text above a draft
# TextArea, Ctrl+Enter appending the draft to it), both under the same JVM options and side by
# side on one private Xvfb display. Per round, each subject in turn: KEYS keys 'a' each followed
# by a BackSpace (both measured), then COMMITS Ctrl+Enter after 12 typed letters, measured until
# the draft starts to clear, and COMMITS more each followed at once by the next turn's first three
# letters, measured until the third is drawn. Prints p50, p90, p99 and worst per subject and
# Shilu ÷ the bare window.
#
#   mvn package -DskipTests && bash packaging/pixel-benchmark.sh [ROUNDS]        (default 3)
#   bash packaging/build.sh app-image && bash packaging/pixel-benchmark.sh [ROUNDS] --installed
set -euo pipefail
cd "$(dirname "$0")/.."
source packaging/java-home.sh
rounds=${1:-3}
installed=${2:-}
tools=${SHILU_TOOLS:-../shared/tools}
[ -f "$tools/keypress/kp.py" ] || { echo "pixel-benchmark: needs $tools/keypress/kp.py (set SHILU_TOOLS)" >&2; exit 1; }
python3 -c 'import numpy' 2>/dev/null || { echo "pixel-benchmark: needs numpy (apt-get install python3-numpy)" >&2; exit 1; }
[ -f target/shilu.jar ] || mvn -q -B package -DskipTests
[ "$installed" != --installed ] || [ -x target/packaging/Shilu/bin/Shilu ] \
  || { echo "pixel-benchmark: --installed needs bash packaging/build.sh app-image first" >&2; exit 1; }
work=$(mktemp -d)
trap 'kill ${subjects:-} "${xvfb:-}" 2>/dev/null || true; rm -rf "$work"' EXIT
python3 "$tools/gen-turns.py" 5000 "$work/5000.txt" src/main/resources/org/shilu/samples/lianyungang-2022-03-23.portal.txt
mkdir -p "$work/barefx" "$work/home"
"$JAVA_HOME/bin/javac" -cp "target/lib/*" -d "$work/barefx" "$tools/keypress/barefx/BareFx.java"
screen=2400x800x24 # the two 1100x760 windows side by side
source packaging/xwatch-display.sh

cp "$work/5000.txt" "$work/home/5000.txt"
if [ "$installed" = --installed ]; then
  env XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local/share" \
    target/packaging/Shilu/bin/Shilu "$work/home/5000.txt" >"$work/shilu.log" 2>&1 &
else
  "$JAVA_HOME/bin/java" @packaging/jvm.options -Dshilu.home="$work/home" -jar target/shilu.jar \
    "$work/home/5000.txt" >"$work/shilu.log" 2>&1 &
fi
subjects=$!
"$JAVA_HOME/bin/java" @packaging/jvm.options -cp "target/lib/*:$work/barefx" BareFx "$work/5000.txt" >"$work/barefx.log" 2>&1 &
subjects="$subjects $!"
for title in '^Shilu' '^bare-fx$'; do
  timeout 60 xdotool search --sync --onlyvisible --name "$title" >/dev/null \
    || { echo "pixel-benchmark: no window $title within 60 s" >&2; cat "$work"/*.log >&2; exit 1; }
done
sleep 3 # the turns listed and the first frames painted
ROUNDS=$rounds KP_DIR=$work python3 packaging/pixel-benchmark.py "$tools/keypress" "$work/raw.jsonl"
