#!/usr/bin/env bash
# Typing at 5,000 turns with a 20,000-word sensitive-word list against without one, measured from
# outside the window with ../shared/tools/xwatch.py under a private Xvfb display: keystroke and
# Ctrl+Enter round trips (a _NET_WM_PING the event thread must answer) and memory. The list holds
# words the typed letters keep matching (SensitiveListForBenchmark), so every keystroke checks the
# draft and draws its marks again, and words of the programme's own text, so that turns of it are
# held and counted at every commit. Alternates without ("off") and with ("on"); prints each run's
# JSON, then medians with min and max and the ratios on ÷ off.
#
#   mvn package -DskipTests && bash packaging/sensitive-words-benchmark.sh [ROUNDS]   (default 3)
set -euo pipefail
cd "$(dirname "$0")/.."
source packaging/java-home.sh
rounds=${1:-3}
name=sensitive-words-benchmark
source packaging/five-thousand-turns.sh
bench_java org.shilu.bench.SensitiveListForBenchmark "$work/words.txt" 20000
source packaging/xwatch-display.sh

for round in $(seq "$rounds"); do
  for run in off on; do
    h=$(mktemp -d -p "$work")
    mkdir -p "$h/config"
    if [ "$run" = on ]; then
      printf '{"clockOffsetSeconds":0,"sensitiveLists":["%s"]}' "$work/words.txt" > "$h/config/settings.json"
    fi
    cp "$work/5000.shilu" "$h/programme.shilu"
    watch "$run" --title '实录|Shilu' --rss-after 8 --settle 5 --type 40 --commit 12 -- \
      "$JAVA_HOME/bin/java" @packaging/jvm.options -Dshilu.home="$h" -jar target/shilu.jar "$h/programme.shilu"
  done
done

python3 packaging/on-off-summary.py "$work/results" "the 20,000-word sensitive-word list"
