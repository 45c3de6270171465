#!/usr/bin/env bash
# Wraps the jpackage app-image in a .deb with what jpackage's own .deb lacks: a Depends line naming
# the GUI libraries and a CJK font, icons at every size from 16 to 512 px, a desktop entry, and the
# .shilu MIME type so that double-clicking a project opens it in Shilu.
#   bash packaging/linux/make-deb.sh APP_IMAGE VERSION OUT_DIR
set -euo pipefail
image=$1; version=$2; out=$3
here=$(cd "$(dirname "$0")" && pwd)
icons=$(cd "$here/../../src/main/resources/org/shilu/ui/icons" && pwd)
root=$out/deb-root
rm -rf "$root"
mkdir -p "$root/DEBIAN" "$root/opt" "$root/usr/bin" "$root/usr/share/applications" "$root/usr/share/mime/packages"
cp -a "$image" "$root/opt/shilu"
ln -s /opt/shilu/bin/Shilu "$root/usr/bin/shilu"
for size in 16 24 32 48 64 128 256 512; do
  mkdir -p "$root/usr/share/icons/hicolor/${size}x${size}/apps" "$root/usr/share/icons/hicolor/${size}x${size}/mimetypes"
  cp "$icons/shilu-$size.png" "$root/usr/share/icons/hicolor/${size}x${size}/apps/shilu.png"
  cp "$icons/shilu-$size.png" "$root/usr/share/icons/hicolor/${size}x${size}/mimetypes/application-x-shilu.png"
done
cp "$here/shilu.desktop" "$root/usr/share/applications/shilu.desktop"
cp "$here/shilu-mime.xml" "$root/usr/share/mime/packages/shilu.xml"
size_kb=$(du -sk "$root" | cut -f1)
sed -e "s/@VERSION@/$version/" -e "s/@SIZE@/$size_kb/" "$here/control" > "$root/DEBIAN/control"
install -m 755 "$here/postinst" "$root/DEBIAN/postinst"
install -m 755 "$here/postinst" "$root/DEBIAN/postrm"
dpkg-deb --root-owner-group --build "$root" "$out/shilu_${version}_amd64.deb" >/dev/null
rm -rf "$root"
echo "deb: $out/shilu_${version}_amd64.deb ($(du -h "$out/shilu_${version}_amd64.deb" | cut -f1))"
