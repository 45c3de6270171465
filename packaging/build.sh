#!/usr/bin/env bash
# Builds Shilu's installers from `mvn package` output: the one entry point for every system.
#
#   bash packaging/build.sh [app-image|deb|msi|dmg]
#
# With no argument it builds what this system can: on Linux the app-image and the .deb, on
# Windows the .msi, on macOS the .dmg. The runtime bundled with each is trimmed with jdeps and
# jlink, and JavaFX is linked into it as named modules, so that JavaFX starts from the module path
# (no "Unsupported JavaFX configuration" warning) while the application stays on the class path.
# Everything goes to target/packaging/. Needs a JDK 25 with jlink and jpackage (and on Linux
# dpkg-deb; on Windows the WiX toolset 3; on macOS Xcode's command-line tools).
set -euo pipefail
cd "$(dirname "$0")/.."
source packaging/java-home.sh

os=$(uname -s)
case "$os" in Linux) platform=linux ;; Darwin) platform=mac ;; *) platform=win ;; esac
case "${1:-}" in
  "") case "$os" in Linux) kinds=(app-image deb) ;; Darwin) kinds=(dmg) ;; *) kinds=(msi) ;; esac ;;
  app-image|deb|msi|dmg) kinds=("$1") ;;
  *) echo "usage: packaging/build.sh [app-image|deb|msi|dmg]" >&2; exit 2 ;;
esac

[ -f target/shilu.jar ] && [ -d target/lib ] || mvn -q -B package -DskipTests
version=$(sed -n 's/^version=//p' target/classes/org/shilu/version.properties)
number=${version%%-*}                     # jpackage wants digits and dots: 0.1.0-SNAPSHOT -> 0.1.0
out=target/packaging
rm -rf "$out"
mkdir -p "$out/input"
# The application and its libraries on the class path; JavaFX (and its jdk.jsobject) in the runtime.
for jar in target/shilu.jar target/lib/*.jar; do
  case "$(basename "$jar")" in javafx-*|jdk-jsobject-*) ;; *) cp "$jar" "$out/input/" ;; esac
done
javafx=$(ls target/lib/javafx-*-"$platform".jar | tr '\n' ':')
fxmodules=javafx.controls,javafx.fxml,javafx.web

# The JDK modules the code uses (jdeps), plus those found only at run time: locale data for
# Chinese dates and numbers, the extra charsets (GB18030), and what WebKit calls back into.
modules=$(jdeps --ignore-missing-deps --multi-release 25 --print-module-deps \
  --module-path "$javafx" --add-modules "$fxmodules" --class-path "$out/input/*" target/shilu.jar)
modules="$modules,$fxmodules,jdk.localedata,jdk.charsets,jdk.jsobject,jdk.xml.dom,jdk.unsupported,java.scripting"
# Live publishing's libraries, which jdeps does not look into: MINA SSHD (logging, management, RMI
# and GSS-API classes it refers to) and the AWS SDK's XML.
modules="$modules,java.logging,java.management,java.rmi,java.security.jgss,java.xml"
# Sharing's: the PostgreSQL driver, HikariCP and Flyway (JDBC, and the JNDI names they refer to).
modules="$modules,java.sql,java.naming"
# ALL-UNNAMED: Shilu's own classes, on the class path, set GTK's environment through the C library
# before the toolkit starts (RenderingPipeline).
native_access=--enable-native-access=javafx.graphics,javafx.web,javafx.media,ALL-UNNAMED
# JavaFX's native libraries go where JavaFX looks first in a runtime (lib/, bin/ on Windows), not
# into the modules file as resources: from there every start read WebKit's 120 MB library out of
# the modules file, checksummed it against a copy cached in the user's home and loaded that (0.8 s
# of stall after the window showed, and 130 MB more resident memory). mvn package unpacked them
# into target/lib.
case "$platform" in win) native=dll; native_dir=bin ;; mac) native=dylib; native_dir=lib ;; *) native=so; native_dir=lib ;; esac
jlink --module-path "$javafx" --add-modules "$modules" --include-locales=en,zh \
  --exclude-resources="glob:/javafx.*/*.$native" \
  --strip-debug --no-header-files --no-man-pages --output "$out/runtime"
cp target/lib/*."$native" "$out/runtime/$native_dir/"
# The runtime's own class-data archive, dumped with the options the launcher runs with: an archive
# dumped without them is refused at every start ("Mismatched values for property ...").
"$out/runtime/bin/java" -Xshare:dump "$native_access" >/dev/null
echo "runtime: $(du -sh "$out/runtime" | cut -f1) (modules: $modules)"

# JavaFX is named here, the application is not: native access for JavaFX's own libraries, and the
# JavaFX internals that ControlsFX reaches into, opened to the class path.
java_options=(--java-options "$native_access")
# And the window's JVM options, as mvn javafx:run starts it.
while read -r option; do
  java_options+=(--java-options "$option")
done < <(grep -v '^#' packaging/jvm.options | grep -v '^[[:space:]]*$')

common=("${java_options[@]}" --name Shilu --app-version "$number" --vendor "Shilu" --input "$out/input" --main-jar shilu.jar
        --main-class org.shilu.Main --runtime-image "$out/runtime" --dest "$out"
        --description "实录 Shilu: transcripts of live broadcasts")

# An ahead-of-time cache (JDK 25, JEP 483/514): one start of the window under Xvfb, with the sample
# open until its turns are listed and a turn is committed (SHILU_STARTUP_PROBE=train; the page
# preview, hidden until the user shows it, is left out of the cache),
# records the classes it loads and links into lib/app/shilu.aot, which later starts map instead of
# loading and linking. Measured from outside with xwatch (see README, Performance): free for typing
# about 1.1 s against 1.36 s with the class-data archive that came before it. Without xvfb-run this
# is skipped, and the launcher starts as java -jar does.
train_ahead_of_time_cache() {
  local image=$1 cfg=$1/lib/app/Shilu.cfg home try
  if ! command -v xvfb-run >/dev/null 2>&1; then
    echo "no xvfb-run: the app-image has no ahead-of-time cache (start-up as java -jar)"
    return
  fi
  home=$(mktemp -d)
  # No classes loaded ahead (ClassWarmUp): the cache is to hold what the window uses, and it loads
  # them faster than the warm-up thread would.
  echo 'java-options=-Dshilu.warmUp=false' >> "$cfg"
  cp "$cfg" "$cfg.plain"
  # A crash report goes to the scratch folder, never into the working tree.
  echo 'java-options=-XX:AOTCacheOutput=$APPDIR/shilu.aot' >> "$cfg"
  echo "java-options=-XX:ErrorFile=$home/hs_err_%p.log" >> "$cfg"
  for try in 1 2 3; do
    # A home of its own (Java takes user.home from the password file, so XDG_* it is): no journal
    # a crash left elsewhere may put a recovery question in front of the training start.
    if XDG_CONFIG_HOME="$home/.config" XDG_DATA_HOME="$home/.local/share" HOME="$home" SHILU_STARTUP_PROBE=train \
         xvfb-run -a -s "-screen 0 1280x800x24" "$image/bin/Shilu" --sample >"$home/training.log" 2>&1 \
       && [ -f "$image/lib/app/shilu.aot" ]; then
      break
    fi
    echo "ahead-of-time training start $try failed (exit or no cache): $(grep -m1 -E 'SIGSEGV|Error|Exception' "$home/training.log" "$home"/hs_err_*.log 2>/dev/null || true)" >&2
    rm -f "$image/lib/app/shilu.aot" "$image/lib/app/shilu.aot.config"
  done
  mv "$cfg.plain" "$cfg"
  if [ ! -f "$image/lib/app/shilu.aot" ]; then
    echo "build.sh: the ahead-of-time training start failed three times; see $home" >&2
    exit 1
  fi
  rm -rf "$home"
  echo 'java-options=-XX:AOTCache=$APPDIR/shilu.aot' >> "$cfg"
  echo "ahead-of-time cache: $(du -h "$image/lib/app/shilu.aot" | cut -f1)"
}

for kind in "${kinds[@]}"; do
  case "$kind" in
    app-image|deb)
      if [ ! -d "$out/Shilu" ]; then
        jpackage --type app-image "${common[@]}" --icon src/main/resources/org/shilu/ui/icons/shilu-256.png
        train_ahead_of_time_cache "$out/Shilu"
      fi
      echo "app-image: $out/Shilu ($(du -sh "$out/Shilu" | cut -f1))"
      if [ "$kind" = deb ]; then bash packaging/linux/make-deb.sh "$out/Shilu" "$number" "$out"; fi
      ;;
    msi)
      jpackage --type msi "${common[@]}" --icon packaging/icons/shilu.ico \
        --win-menu --win-menu-group Shilu --win-shortcut --win-dir-chooser \
        --file-associations packaging/windows/shilu-file.properties
      ;;
    dmg)
      icon=(); [ -f packaging/macos/shilu.icns ] && icon=(--icon packaging/macos/shilu.icns)
      jpackage --type dmg "${common[@]}" "${icon[@]}" \
        --file-associations packaging/macos/shilu-file.properties
      ;;
  esac
done
ls -la "$out"
