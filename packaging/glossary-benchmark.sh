#!/usr/bin/env bash
# Typing at 5,000 turns with a 20,000-term glossary against without one, measured from outside the
# window with ../shared/tools/xwatch.py under a private Xvfb display: keystroke and Ctrl+Enter round
# trips (a _NET_WM_PING the event thread must answer) and memory. The glossary's terms include ones
# the typed letters keep matching (GlossaryForBenchmark), so every keystroke looks them up and the
# suggestions under the draft show. Alternates without ("off") and with ("on"); prints each run's
# JSON, then medians with min and max and the ratios on ÷ off.
#
#   mvn package -DskipTests && bash packaging/glossary-benchmark.sh [ROUNDS]   (default 3)
set -euo pipefail
cd "$(dirname "$0")/.."
source packaging/java-home.sh
rounds=${1:-3}
name=glossary-benchmark
source packaging/five-thousand-turns.sh
bench_java org.shilu.bench.GlossaryForBenchmark "$work/5000.shilu" "$work/glossary.shilu" 20000
source packaging/xwatch-display.sh

for round in $(seq "$rounds"); do
  for run in off on; do
    h=$(mktemp -d -p "$work")
    file=$work/5000.shilu
    [ "$run" = on ] && file=$work/glossary.shilu
    cp "$file" "$h/programme.shilu"
    watch "$run" --title '实录|Shilu' --rss-after 8 --settle 5 --type 40 --commit 12 -- \
      "$JAVA_HOME/bin/java" @packaging/jvm.options -Dshilu.home="$h" -jar target/shilu.jar "$h/programme.shilu"
  done
done

python3 packaging/on-off-summary.py "$work/results" "the 20,000-term glossary"
