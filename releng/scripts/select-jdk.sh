# Sourced by ./mvnw, ./nota and .ci/run: makes JAVA_HOME point at a JDK 21 or newer, and $nota_java hold its
# major version (read once, from its release file).
# Eclipse 2025-xx, Xtext 2.42 and Tycho 5 need Java 21+; Debian's default java may be older.
nota_java_major() {
  # the JDK's release file says it without starting a JVM (a tenth of a second each time ./nota runs),
  # read by the shell itself (the workbench's start waits for every process started before it)
  major=""
  if [ -r "$1/release" ]; then
    while IFS= read -r line; do
      case $line in
        JAVA_VERSION=\"[0-9]*) major=${line#JAVA_VERSION=\"}; major=${major%%[!0-9]*}; break ;;
      esac
    done <"$1/release"
  fi
  if [ -n "$major" ]; then
    echo "$major"
  else
    "$1/bin/java" -XshowSettings:properties -version 2>&1 \
      | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p'
  fi
}
nota_select_jdk() {
  if [ -n "${JAVA_HOME-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
    major=$(nota_java_major "$JAVA_HOME")
    [ "${major:-0}" -ge 21 ] && nota_java=$major && return 0
  fi
  for candidate in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-21-jdk-amd64 \
      /usr/lib/jvm/java-25-openjdk-amd64 /usr/lib/jvm/java-21-openjdk-amd64 /usr/lib/jvm/*; do
    [ -x "$candidate/bin/java" ] || continue
    major=$(nota_java_major "$candidate")
    if [ "${major:-0}" -ge 21 ]; then
      JAVA_HOME=$candidate
      export JAVA_HOME
      nota_java=$major
      return 0
    fi
  done
  echo "Nota Workbench needs a JDK 21 or newer; set JAVA_HOME to one (none found in /usr/lib/jvm)." >&2
  return 1
}
set +f
nota_select_jdk || exit 2
