#!/bin/sh
# On-demand benchmark of `nota` as a user runs it, side by side in one run with a bare JVM start and pandoc
# on the same note as Markdown: a cold run (a new JVM, NOTA_SERVER=off) without and with the AOT cache,
# and a run answered by the resident process; wall and CPU seconds (the CPU of the resident process is not
# counted: it is another process), median of RUNS (default 5) after a warm-up. Needs a finished build
# (./mvnw -B verify); pandoc is optional.
# Usage: releng/scripts/benchmark-cli.sh [RUNS]
set -eu
here=$(cd "$(dirname "$0")/../.." && pwd)
cd "$here"
. releng/scripts/select-jdk.sh
runs=${1:-5}
note=examples/dmm-2025-10-15.nota
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
printf 'public class Hello { public static void main(String[] a) { System.out.println("hallo"); } }\n' > "$work/Hello.java"
"$JAVA_HOME/bin/javac" -d "$work" "$work/Hello.java"
# the same note as Markdown for pandoc: headings, points and paragraphs as they are
sed -e '/^\/\//d' -e 's/{lak [^:]*: \([^}]*\)}/\1/g' -e 's/{[a-z]*: \([^}]*\)}/\1/g' -e 's/{\([^}]*\)}/\1/g' "$note" > "$work/note.md"
# make sure the AOT cache exists (the first run starts its training in the background)
NOTA_SERVER=off ./nota validate "$note" >/dev/null 2>&1 || true
for i in $(seq 1 90); do ls "${XDG_CACHE_HOME:-$HOME/.cache}"/nota/cli-*/nota.aot >/dev/null 2>&1 && break; sleep 1; done
# and a resident process made with it (a run without one starts it)
./nota --stop-server
sleep 6
./nota validate "$note" >/dev/null 2>&1 || true
for i in $(seq 1 60); do ./nota --server-status >/dev/null && break; sleep 1; done
sleep 10 # its warm-up
measure() { # name command...
  name=$1; shift
  "$@" >/dev/null 2>&1 || true # warm-up (file cache)
  for i in $(seq 1 "$runs"); do
    /usr/bin/time -f "%e %U %S %M" -o "$work/t" "$@" >/dev/null 2>&1 || true
    awk '{printf "%.2f %.2f %d\n", $1, $2 + $3, $4 / 1024}' "$work/t"
  done | sort -n | awk -v n="$name" '{w[NR]=$1; c[NR]=$2; m[NR]=$3} END {i=int((NR+1)/2); printf "%-58s wall %5.2f s  cpu %5.2f s  rss %4d MiB\n", n, w[i], c[i], m[i]}'
}
echo "cold runs, median of $runs, $(date +%F), $(nproc) cores"
measure "bare JVM: java Hello" "$JAVA_HOME/bin/java" -cp "$work" Hello
measure "nota validate, cold (NOTA_AOT=off)" env NOTA_SERVER=off NOTA_AOT=off ./nota validate "$note"
measure "nota validate, cold (AOT cache)" env NOTA_SERVER=off ./nota validate "$note"
measure "nota validate, resident process" ./nota validate "$note"
measure "nota generate --format docx, cold (NOTA_AOT=off)" env NOTA_SERVER=off NOTA_AOT=off ./nota generate "$note" --format docx -o "$work/out"
measure "nota generate --format docx, cold (AOT cache)" env NOTA_SERVER=off ./nota generate "$note" --format docx -o "$work/out"
measure "nota generate --format docx, resident process" ./nota generate "$note" --format docx -o "$work/out"
if command -v pandoc >/dev/null; then
  measure "pandoc note.md -o note.docx" pandoc "$work/note.md" -o "$work/note.docx"
fi
