#!/usr/bin/env bash
# The disk made to fail under the live engine, as a user's disk fails: filled by another program
# and then kill -9, the journal removed, the USB stick pulled (the project's file system unmounted
# while the programme runs). It needs root (it mounts small tmpfs file systems) and the built test
# classes: `mvn verify` first; `.ci/run` runs it after the tests.
#
#   bash src/test/disk/disk-scenarios.sh
set -euo pipefail
cd "$(dirname "$0")/../../.."
source packaging/java-home.sh
if [ "$(id -u)" != 0 ]; then
  echo "disk-scenarios: needs root to mount the test file systems" >&2
  exit 1
fi
[ -f target/test-classpath.txt ] || mvn -q -B dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt >/dev/null
cp="target/classes:target/test-classes:$(cat target/test-classpath.txt)"
root=$(mktemp -d)
mounts=()
failed=0
cleanup() {
  for m in "${mounts[@]:-}"; do [ -n "$m" ] && umount -l "$m" 2>/dev/null || true; done
  [ -n "${pid:-}" ] && kill -9 "$pid" 2>/dev/null || true
  rm -rf "$root"
}
trap cleanup EXIT

mountStick() { # a small file system of its own: $1 its folder, $2 its size
  mkdir -p "$1"
  mount -t tmpfs -o size="$2" tmpfs "$1"
  mounts+=("$1")
}

start() { # the engine, with its data folder (where second copies go) at $1
  data=$1
  coproc ENGINE { "$JAVA_HOME/bin/java" -cp "$cp" org.shilu.live.DiskScenarioChild "$data" 2>"$root/engine.err"; }
  pid=$ENGINE_PID
}

say() { # one command, its answer in $answer
  echo "$1" >&"${ENGINE[1]}"
  if ! read -r -t 60 answer <&"${ENGINE[0]}"; then
    echo "disk-scenarios: no answer to '$1'"; cat "$root/engine.err"; exit 1
  fi
}

killEngine() {
  kill -9 "$pid"; wait "$pid" 2>/dev/null || true; pid=
}

recovered() { # how many turns a journal brings back
  "$JAVA_HOME/bin/java" -cp "$cp" org.shilu.live.DiskScenarioChild recovered "$1"
}

check() { # $1 what, $2 expected, $3 actual
  if [ "$2" == "$3" ]; then echo "disk-scenarios: ok: $1 ($3)"; else echo "disk-scenarios: FAILED: $1: expected $2, got $3"; failed=1; fi
}

begin() { # a stick of 16 MB at $root/$1, the engine with its data folder at $2, the project opened on the stick
  stick=$root/$1; mountStick "$stick" 16m
  start "$2"
  say "open $stick"
}

finish() { # kill -9, then what the journal $3 brings back must be $2 ($1 says what is checked)
  killEngine
  check "$1" "$2" "$(recovered "$3")"
}

fill() { # fills a file system as another program would, to its last block
  dd if=/dev/zero of="$1/filler" bs=64k status=none 2>/dev/null || true
  dd if=/dev/zero of="$1/filler2" bs=512 status=none 2>/dev/null || true
}

# 1. Full, then kill -9: a disk another program fills does not stop commits reaching it.
begin full "$root/data-full"
say "commit 第一条，在磁盘写满之前"
fill "$stick"
ok=1
for i in $(seq 1 100); do
  say "commit 磁盘满了以后的第${i}条发言，照样要写进日志。"
  case "$answer" in *"failing=false notOnDisk=0"*) ;; *) ok=0; echo "  commit $i: $answer";; esac
done
check "100 commits on a full disk reported on disk" 1 "$ok"
finish "after kill -9 on a full disk, every turn comes back" "turns=101 torn=false" "$stick/hotline.shilu.journal"

# 2. Full, and the reserved space used up by very long turns: the turns that did not reach the
#    disk are counted (and marked in the window), and the journal is mended once there is room.
#    The data folder is on the same disk here, so there is no second copy to hold them.
begin exhausted "$root/exhausted/data"
say "commit 写满之前"
fill "$stick"
long=$(python3 -c "print('很长的一段发言' * 80000)")
for i in 1 2 3; do say "commit 第${i}段$long"; done
say "commit 短的一条"
check "past the reserved space the turns not on disk are counted" "turns=5 failing=true notOnDisk=2" "$answer"
rm -f "$stick/filler" "$stick/filler2"
say "tick"
check "once there is room, the journal is mended and every turn is on disk" "turns=5 failing=false notOnDisk=0" "$answer"
finish "and every turn comes back after kill -9" "turns=5 torn=false" "$stick/hotline.shilu.journal"

# 3. The journal removed under the running programme is written again.
begin removed "$root/data-removed"
say "commit 删除之前"
rm -f "$stick/hotline.shilu.journal"
say "tick"
say "commit 删除之后"
finish "a removed journal is written again, whole" "turns=2 torn=false" "$stick/hotline.shilu.journal"

# 4. The stick pulled: noticed, nothing journalled into the empty mount point, and the second
#    copy in the data folder brings every turn back after kill -9.
begin stick "$root/data-pulled"
say "commit 拔出之前的第一条"
say "commit 拔出之前的第二条"
umount -l "$stick"
say "commit 拔出之后的第三条"
check "a pulled stick is noticed, and the turn is on disk in the second copy" "turns=3 failing=true notOnDisk=0" "$answer"
say "tick"
say "commit 拔出之后的第四条"
check "nothing is written into the empty folder the stick leaves" "" "$(ls -A "$stick")"
finish "after kill -9 the second copy brings every turn back" "turns=4 torn=false" \
  "$(ls "$root"/data-pulled/journals/copy-of-*hotline.shilu.journal | head -1)"

# 5. Publishing live to a folder on a disk that fills: the publish says the place is full and
#    fails, and the page and feed already there stay whole (the old version).
web=$root/web; mountStick "$web" 1m
"$JAVA_HOME/bin/java" -cp "$cp" org.shilu.Main convert src/main/resources/org/shilu/samples/lianyungang-2022-03-23.portal.txt \
  --to json -o "$root/programme.shilu"
set +e
"$JAVA_HOME/bin/java" -cp "$cp" org.shilu.Main publish "$root/programme.shilu" --to "folder:$web" 2>"$root/publish.err"
check "publishing to a folder with room" 0 "$?"
cp "$web/feed.json" "$root/feed-before.json"
fill "$web"
"$JAVA_HOME/bin/java" -cp "$cp" org.shilu.Main publish "$root/programme.shilu" --to "folder:$web" 2>"$root/publish.err"
code=$?
set -e
check "publishing to a full folder fails" 1 "$code"
check "and says the place is full" 1 "$(grep -c 'full' "$root/publish.err")"
check "the feed there is the old one, whole" same "$(cmp -s "$root/feed-before.json" "$web/feed.json" && echo same)"

# 6. Publishing to a share mounted read-only: it fails saying so, and nothing else stops.
readonly_web=$root/web-ro; mkdir -p "$readonly_web"
mount -t tmpfs -o size=1m,ro tmpfs "$readonly_web"; mounts+=("$readonly_web")
set +e
"$JAVA_HOME/bin/java" -cp "$cp" org.shilu.Main publish "$root/programme.shilu" --to "folder:$readonly_web" 2>"$root/publish.err"
code=$?
set -e
check "publishing to a read-only share fails" 1 "$code"
check "and gives the system's reason" 1 "$(grep -ci 'read-only' "$root/publish.err" | head -1)"

[ "$failed" == 0 ] && echo "disk-scenarios: all passed" || { echo "disk-scenarios: some failed"; exit 1; }
