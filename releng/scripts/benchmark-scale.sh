#!/bin/sh
# On-demand benchmark: how `nota validate` time grows with a note's size (1,000 to 61,000 lines, the last
# just under the 2 MB limit), in one JVM after a warm-up, median of 3, with the cost per line; then
# `./nota validate` of the 2 MB note and of its worst case (one markup left open after the header, all
# prose inside it) as a user runs it: cold (a new JVM) and answered by the resident process.
# Needs a finished build (./mvnw -B verify). Usage: releng/scripts/benchmark-scale.sh
set -eu
here=$(cd "$(dirname "$0")/../.." && pwd)
cd "$here"
. releng/scripts/select-jdk.sh
plugins="releng/nl.nota.repository/target/repository/plugins"
classes="bundles/nl.nota.cli.tests/target/classes"
[ -d "$plugins" ] && [ -d "$classes" ] || { echo "build first: ./mvnw -B verify" >&2; exit 2; }
flags=""
[ "$nota_java" -ge 24 ] && flags="--sun-misc-unsafe-memory-access=allow"
# shellcheck disable=SC2086
"$JAVA_HOME/bin/java" $flags -XX:+UseSerialGC -cp "$plugins/*:$classes" nl.nota.cli.bench.ScaleBenchmark | tee "${TMPDIR:-/tmp}/nota-scale.txt"
work=$(sed -n 's/^work folder: //p' "${TMPDIR:-/tmp}/nota-scale.txt")
trap 'rm -rf "$work"' EXIT
./nota validate examples/dmm-2025-10-15.nota >/dev/null 2>&1 || true # starts the resident process
sleep 15
for note in "$work/nota-61000.nota" "$work/open-markup.nota"; do
  size=$(wc -c < "$note")
  for mode in off on; do
    median=$(for i in 1 2 3; do
      start=$(date +%s%N)
      NOTA_SERVER=$mode ./nota validate "$note" >/dev/null 2>&1 || true
      echo $(( ($(date +%s%N) - start) / 1000000 ))
    done | sort -n | sed -n 2p)
    echo "./nota validate $(basename "$note") ($size bytes), resident process $mode: median of 3 $median ms"
  done
done
