#!/usr/bin/env bash
# Makes the user guide's screenshots of the real app: it runs target/shilu.jar in a private Xvfb
# display with a CJK font, in Chinese, on the built-in sample, drives it with xdotool and saves
# PNGs into src/site/docs/screenshots/. The first run installs Xvfb, xdotool, GTK, ImageMagick and
# the WenQuanYi font from Debian's packages.
#
#   mvn package -DskipTests && bash packaging/screenshots.sh
set -euo pipefail
cd "$(dirname "$0")/.."
out=src/site/docs/screenshots
mkdir -p "$out"
if ! command -v Xvfb >/dev/null || ! command -v xdotool >/dev/null || ! command -v import >/dev/null \
   || ! fc-list 2>/dev/null | grep -qi wqy; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    xvfb xauth xdotool imagemagick libgtk-3-0 fonts-wqy-microhei >/dev/null
fi
[ -f target/shilu.jar ] || mvn -q -B package -DskipTests
sample=src/main/resources/org/shilu/samples/lianyungang-2022-03-23.portal.txt

# Starts the app on the sample in a fresh display and settings folder; sets $app, $xvfb, $wid.
start() {
  home=$(mktemp -d)
  exec 3<> <(:)
  Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
  xvfb=$!
  read -r -u 3 n
  export DISPLAY=:$n
  java -Duser.language=zh -Duser.country=CN -Dshilu.home="$home" -jar target/shilu.jar "$sample" >/dev/null 2>&1 &
  app=$!
  for _ in $(seq 60); do
    wid=$(xdotool search --onlyvisible --name '实录' 2>/dev/null | head -1) && [ -n "$wid" ] && break
    sleep 0.5
  done
  xdotool windowactivate --sync "$wid" >/dev/null 2>&1 || true
  xdotool windowmove "$wid" 0 0 windowsize "$wid" 1280 800
  sleep 2
  xdotool key F8 # the page preview, which the window opens without until it is first shown
  sleep 2
}

stop() {
  kill "$app" 2>/dev/null || true
  kill "$xvfb" 2>/dev/null || true
  wait "$app" 2>/dev/null || true
  rm -rf "$home"
}

shot() {
  sleep "${2:-1}"
  import -window root "$out/$1.png"
  echo "$out/$1.png"
}

keys() { xdotool key --clearmodifiers "$@"; sleep 0.6; }
typing() { xdotool type --delay 150 "$1"; sleep 0.6; }

# The live window with the preview: a turn typed and committed, the next being typed.
start
typing "感谢陆局长。下面请听众朋友提问。"
keys ctrl+Return
typing "我想问一下不动产登记"
shot live 1
stop

# The editor: find and replace, with the matches marked in the list and the page beside it.
start
keys ctrl+h
typing "疫情"
keys Tab Tab
shot find 1
stop

# The export dialog, with the layout and the sample line.
start
keys ctrl+e
shot export 2
stop
