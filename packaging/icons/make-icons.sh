#!/usr/bin/env bash
# Draws Shilu's icon at every size the desktops ask for: a white 实 on a blue rounded square,
# drawn afresh at each size (not scaled down) so that it stays sharp at 16 px. Needs ImageMagick
# and the WenQuanYi Micro Hei font (apt-get install imagemagick fonts-wqy-microhei).
# The PNGs are committed; run this only to change the icon:  bash packaging/icons/make-icons.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
out=src/main/resources/org/shilu/ui/icons
font=$(fc-match -f '%{file}' 'WenQuanYi Micro Hei')
mkdir -p "$out"
for size in 16 24 32 48 64 128 256 512; do
  radius=$(( size * 3 / 16 ))
  point=$(( size * 80 / 100 ))
  convert -size "${size}x${size}" xc:none -fill '#1b5fa8' \
    -draw "roundrectangle 0,0 $((size - 1)),$((size - 1)) $radius,$radius" \
    -font "$font" -pointsize "$point" -fill white -gravity center -annotate +0+0 '实' \
    "PNG32:$out/shilu-$size.png"
done
convert "$out"/shilu-{16,24,32,48,64,256}.png packaging/icons/shilu.ico
echo "icons written to $out and packaging/icons/shilu.ico"
