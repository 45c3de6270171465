# Sourced by .ci/run and the packaging scripts: points JAVA_HOME and PATH at a JDK 25, which Shilu
# builds and runs with. The default java may be older; a JDK 25 then lives beside it under
# /usr/lib/jvm. Fails with the reason when there is none.
java_major() { "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p'; }
if [ -z "${JAVA_HOME:-}" ] || [ ! -x "$JAVA_HOME/bin/javac" ] || [ "$(java_major "$JAVA_HOME")" != 25 ]; then
  JAVA_HOME=
  for jdk in /usr/lib/jvm/*; do
    if [ -x "$jdk/bin/javac" ] && [ "$(java_major "$jdk")" = 25 ]; then JAVA_HOME=$jdk; break; fi
  done
  if [ -z "$JAVA_HOME" ] && command -v javac >/dev/null 2>&1; then
    home=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
    [ "$(java_major "$home")" = 25 ] && JAVA_HOME=$home
  fi
  if [ -z "$JAVA_HOME" ]; then
    echo "Shilu builds with Java 25 (LTS), and no JDK 25 was found (JAVA_HOME, /usr/lib/jvm, javac on the PATH)." >&2
    echo "Install one, for example Eclipse Temurin 25, and set JAVA_HOME to it." >&2
    exit 1
  fi
fi
export JAVA_HOME
export PATH="$JAVA_HOME/bin:$PATH"
