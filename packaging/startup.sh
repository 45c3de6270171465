#!/usr/bin/env bash
# Start-up of the packaged launcher against java -jar, to the main window shown, under Xvfb:
# ten alternating starts each, the median reported. Needs xvfb-run (apt-get install xvfb xauth
# libgtk-3-0). Run after packaging/build.sh app-image:  bash packaging/startup.sh
set -euo pipefail
cd "$(dirname "$0")/.."
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
once() {
  SHILU_STARTUP_PROBE=1 JDK_JAVA_OPTIONS="-Dshilu.home=$home" xvfb-run -a -s "-screen 0 1280x800x24" "$@" 2>/dev/null \
    | sed -n 's/^window shown after \([0-9]*\) ms.*$/\1/p'
}
jar=(); launcher=()
for i in $(seq 10); do
  jar+=("$(once java -jar target/shilu.jar)")
  launcher+=("$(once target/packaging/Shilu/bin/Shilu)")
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (a[int((NR+1)/2)] + a[int(NR/2)+1]) / 2}'; }
echo "first window: java -jar $(median "${jar[@]}") ms, packaged launcher $(median "${launcher[@]}") ms (medians of 10)"
