#!/usr/bin/env bash
# Typing while the programme is recorded against typing without, measured from outside the window
# with ../shared/tools/xwatch.py under a private Xvfb display: keystroke and Ctrl+Enter round trips
# and memory, at 5,000 turns. There is no sound card: the input is a WAV file fed in real time
# (-Dshilu.soundInput.file, media.FileInput), and the recording is started as the operator would,
# by Ctrl+Shift+M (xdotool, once the window is up), before xwatch types. Alternates without ("off")
# and with ("on"); prints each run's JSON, then medians with min and max and the ratios on ÷ off.
#
#   mvn package -DskipTests && bash packaging/recording-benchmark.sh [ROUNDS]   (default 3)
set -euo pipefail
cd "$(dirname "$0")/.."
source packaging/java-home.sh
rounds=${1:-3}
name=recording-benchmark
source packaging/five-thousand-turns.sh
python3 - "$work/feed.wav" <<'PY'
import math, struct, sys
rate, seconds = 16000, 10
data = b''.join(struct.pack('<h', int(12000 * math.sin(2 * math.pi * 220 * i / rate))) for i in range(rate * seconds))
with open(sys.argv[1], 'wb') as f:
    f.write(b'RIFF' + struct.pack('<I', 36 + len(data)) + b'WAVEfmt ' + struct.pack('<IHHIIHH', 16, 1, 1, rate, rate * 2, 2, 16)
            + b'data' + struct.pack('<I', len(data)) + data)
PY
source packaging/xwatch-display.sh

for round in $(seq "$rounds"); do
  for run in off on; do
    h=$(mktemp -d -p "$work")
    cp "$work/5000.shilu" "$h/programme.shilu"
    if [ "$run" = on ]; then
      # Ctrl+Shift+M once the window is there (xwatch settles 8 s before it types).
      ( for _ in $(seq 60); do
          w=$(xdotool search --name 'programme.shilu' 2>/dev/null | head -1) && [ -n "$w" ] && break; sleep 0.5
        done; sleep 2; xdotool key --window "$w" ctrl+shift+m ) &
    fi
    watch "$run" --title '实录|Shilu' --rss-after 10 --settle 8 --type 40 --commit 12 -- \
      "$JAVA_HOME/bin/java" @packaging/jvm.options -Dshilu.soundInput.file="$work/feed.wav" -Dshilu.home="$h" \
      -jar target/shilu.jar "$h/programme.shilu"
    if [ "$run" = on ]; then
      ls "$h"/programme.recording-*.wav >/dev/null 2>&1 || { echo "recording-benchmark: nothing was recorded" >&2; exit 1; }
    fi
  done
done

python3 packaging/on-off-summary.py "$work/results" "recording"
