#!/bin/sh
# On-demand benchmark: how `nota validate` time grows with a note's size (1,000 to 50,000 lines, the last
# just under the 2 MB limit), in one JVM after a warm-up, median of 3, with the cost per line.
# Needs a finished build (./mvnw -B verify). Usage: releng/scripts/benchmark-scale.sh
set -eu
here=$(cd "$(dirname "$0")/../.." && pwd)
cd "$here"
. releng/scripts/select-jdk.sh
plugins="releng/nl.nota.repository/target/repository/plugins"
classes="bundles/nl.nota.cli.tests/target/classes"
[ -d "$plugins" ] && [ -d "$classes" ] || { echo "build first: ./mvnw -B verify" >&2; exit 2; }
flags=""
[ "$(nota_java_major "$JAVA_HOME")" -ge 24 ] && flags="--sun-misc-unsafe-memory-access=allow"
# shellcheck disable=SC2086
exec "$JAVA_HOME/bin/java" $flags -XX:+UseSerialGC -cp "$plugins/*:$classes" nl.nota.cli.bench.ScaleBenchmark
