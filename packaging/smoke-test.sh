#!/usr/bin/env bash
# Builds the Linux app-image and runs its launcher without a display: --version, and convert on
# the sample, whose portal text must come back byte for byte; then, under Xvfb, the window as the
# launcher, java -jar and mvn javafx:run start it. CI runs it after the tests.
set -euo pipefail
cd "$(dirname "$0")/.."
source packaging/java-home.sh
bash packaging/build.sh app-image >/dev/null
launcher=target/packaging/Shilu/bin/Shilu
sample=src/main/resources/org/shilu/samples/lianyungang-2022-03-23.portal.txt
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
version=$(env -u DISPLAY "$launcher" --version)
echo "launcher --version: $version"
[[ "$version" == shilu\ * ]] || { echo "smoke test: unexpected --version output: $version" >&2; exit 1; }
env -u DISPLAY "$launcher" convert "$sample" --to json -o "$work/sample.shilu"
env -u DISPLAY "$launcher" convert "$work/sample.shilu" --to portal-text -o "$work/back.txt"
cmp "$sample" "$work/back.txt" || { echo "smoke test: the sample did not survive convert" >&2; exit 1; }
echo "launcher convert: the sample went to JSON and back, byte for byte"
# Publishing, whose libraries load only then: to a folder, and to an SFTP server and S3 storage that
# are not there (each must fail with its reason, not with a class missing from the runtime).
mkdir -p "$work/web"
env -u DISPLAY "$launcher" publish "$work/sample.shilu" --to "folder:$work/web"
cmp -s "$sample" "$work/web/transcript.txt" || { echo "smoke test: the published text is not the sample" >&2; exit 1; }
for target in "sftp://web@127.0.0.1:9/live" "s3://portal/live --endpoint http://127.0.0.1:9 --access-key shilu"; do
  # shellcheck disable=SC2086 # the target's words
  said=$(SHILU_PUBLISH_SECRET=x env -u DISPLAY "$launcher" publish "$work/sample.shilu" --to $target 2>&1 || true)
  echo "$said" | grep -q 'refused the connection' \
    || { echo "smoke test: publishing to ${target%% *} did not fail as it should: $said" >&2; exit 1; }
done
echo "launcher publish: to a folder, byte for byte; SFTP and S3 load and report a refused connection"
# Without a graphics device JavaFX paints in software, and neither it nor GTK may load Mesa's OpenGL
# (RenderingPipeline): 50 to 60 MB of resident memory that painted nothing.
no_gpu=
if [ ! -e /dev/nvidia0 ] && [ -z "$(ls -A /dev/dri 2>/dev/null)" ]; then no_gpu=1; fi
without_mesa() { # WAY, then what its start printed
  if [ -n "$no_gpu" ] && ! echo "$2" | grep -q "Mesa's OpenGL loaded: no"; then
    echo "smoke test: $1 loaded Mesa's OpenGL on a machine without a graphics device:" >&2; echo "$2" >&2; exit 1
  fi
}
if command -v xvfb-run >/dev/null 2>&1; then
  # The window starts with JavaFX as named modules of the runtime: no warning at all.
  started=$(SHILU_STARTUP_PROBE=1 HOME="$work" XDG_CONFIG_HOME="$work/.config" XDG_DATA_HOME="$work/.local/share" xvfb-run -a -s "-screen 0 1280x800x24" "$launcher" 2>&1)
  echo "launcher window: $(echo "$started" | grep 'window shown')"
  if echo "$started" | grep -q 'WARNING'; then
    echo "smoke test: the launcher printed warnings:" >&2; echo "$started" >&2; exit 1
  fi
  without_mesa launcher "$started"
fi
if command -v xvfb-run >/dev/null 2>&1; then
  # The README's two ways in: java -jar (JavaFX as named modules of a layer: no JavaFX warning),
  # and mvn javafx:run (whose plugin leaves some jars off the class path: the window must still come).
  for way in jar javafx-run; do
    if [ "$way" = jar ]; then
      cmd=("$JAVA_HOME/bin/java" @packaging/jvm.options -Dshilu.home="$work/$way" -jar target/shilu.jar --sample)
    else
      cmd=(mvn -B -q javafx:run)
    fi
    started=$(SHILU_STARTUP_PROBE=1 XDG_CONFIG_HOME="$work/$way/config" XDG_DATA_HOME="$work/$way/data" xvfb-run -a -s "-screen 0 1280x800x24" "${cmd[@]}" 2>&1 || true)
    echo "$started" | grep -q 'window shown' \
      || { echo "smoke test: the window did not come with $way:" >&2; echo "$started" >&2; exit 1; }
    if echo "$started" | grep -q 'Unsupported JavaFX configuration\|NoClassDefFoundError'; then
      echo "smoke test: $way started JavaFX wrongly:" >&2; echo "$started" >&2; exit 1
    fi
    without_mesa "$way" "$started"
    echo "$way window: $(echo "$started" | grep 'window shown')"
  done
fi
echo "app-image: $(du -sh target/packaging/Shilu | cut -f1), runtime $(du -sh target/packaging/runtime | cut -f1)"
