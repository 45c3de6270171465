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
tools=${SHILU_TOOLS:-../shared/tools}
[ -f "$tools/xwatch.py" ] || { echo "sensitive-words-benchmark: needs $tools/xwatch.py (set SHILU_TOOLS)" >&2; exit 1; }
[ -f target/shilu.jar ] || mvn -q -B package -DskipTests
mvn -q -B test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
work=$(mktemp -d)
trap 'kill "${xvfb:-}" 2>/dev/null || true; rm -rf "$work"' EXIT
sample=src/main/resources/org/shilu/samples/lianyungang-2022-03-23.portal.txt
python3 "$tools/gen-turns.py" 5000 "$work/5000.txt" "$sample"
"$JAVA_HOME/bin/java" -jar target/shilu.jar convert "$work/5000.txt" --to json -o "$work/programme.shilu"
"$JAVA_HOME/bin/java" -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
  org.shilu.bench.SensitiveListForBenchmark "$work/words.txt" 20000
source packaging/xwatch-display.sh

for round in $(seq "$rounds"); do
  for run in off on; do
    h=$(mktemp -d -p "$work")
    mkdir -p "$h/config"
    if [ "$run" = on ]; then
      printf '{"clockOffsetSeconds":0,"sensitiveLists":["%s"]}' "$work/words.txt" > "$h/config/settings.json"
    fi
    cp "$work/programme.shilu" "$h/programme.shilu"
    watch "$run" --title '实录|Shilu' --rss-after 8 --settle 5 --type 40 --commit 12 -- \
      "$JAVA_HOME/bin/java" @packaging/jvm.options -Dshilu.home="$h" -jar target/shilu.jar "$h/programme.shilu"
  done
done

python3 packaging/on-off-summary.py "$work/results" "the 20,000-word sensitive-word list"
