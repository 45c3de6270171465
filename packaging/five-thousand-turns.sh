# Sourced by the benchmarks that type at a 5,000-turn programme from outside the window, once they
# have set $name (for messages): checks for ../shared/tools/xwatch.py (or SHILU_TOOLS) in $tools,
# builds the jar if it is missing and writes the test class path, makes $work (removed at exit,
# with the display xwatch-display.sh starts) and $work/5000.shilu, 5,000 turns from the sample,
# and defines
#   bench_java CLASS ARGS...   which runs a helper of src/test/java/org/shilu/bench.
tools=${SHILU_TOOLS:-../shared/tools}
[ -f "$tools/xwatch.py" ] || { echo "$name: needs $tools/xwatch.py (set SHILU_TOOLS)" >&2; exit 1; }
[ -f target/shilu.jar ] || mvn -q -B package -DskipTests
mvn -q -B test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
work=$(mktemp -d)
trap 'kill "${xvfb:-}" 2>/dev/null || true; rm -rf "$work"' EXIT
python3 "$tools/gen-turns.py" 5000 "$work/5000.txt" src/main/resources/org/shilu/samples/lianyungang-2022-03-23.portal.txt
"$JAVA_HOME/bin/java" -jar target/shilu.jar convert "$work/5000.txt" --to json -o "$work/5000.shilu"

bench_java() {
  "$JAVA_HOME/bin/java" -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" "$@"
}
