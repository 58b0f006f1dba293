#!/bin/sh
# On-demand benchmark of document generation (issue: Kamerbrief and nota generation). Needs a finished
# build (./mvnw -B verify) and Debian's pandoc. Usage: releng/scripts/benchmark-generate.sh [COUNT]
set -eu
here=$(cd "$(dirname "$0")/../.." && pwd)
cd "$here"
. releng/scripts/select-jdk.sh
command -v pandoc >/dev/null || { echo "pandoc is needed: apt-get install pandoc" >&2; exit 2; }
plugins="releng/nl.nota.repository/target/repository/plugins"
classes="bundles/nl.nota.cli.tests/target/classes"
[ -d "$plugins" ] && [ -d "$classes" ] || { echo "build first: ./mvnw -B verify" >&2; exit 2; }

echo "== cold single note: ./nota generate examples/dmm-2025-10-15.nota --format docx (5 runs, new JVM each)"
out=$(mktemp -d)
for i in 1 2 3 4 5; do
  start=$(date +%s%N)
  ./nota generate examples/dmm-2025-10-15.nota -o "$out" --format docx >/dev/null 2>&1
  end=$(date +%s%N)
  echo "run $i: $(( (end - start) / 1000000 )) ms"
done
rm -rf "$out"

echo "== batch: ${1:-1000} synthetic notes, nota generate (one JVM) vs pandoc (one process per note)"
flags=""
[ "$(nota_java_major "$JAVA_HOME")" -ge 24 ] && flags="--sun-misc-unsafe-memory-access=allow"
exec "$JAVA_HOME/bin/java" $flags -cp "$plugins/*:$classes" nl.nota.cli.bench.GenerateBenchmark "${1:-1000}" examples
