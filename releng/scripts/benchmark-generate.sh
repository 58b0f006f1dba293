#!/bin/sh
# On-demand benchmark of batch generation (#15), side by side in one run, as a user runs the tools: one
# `./nota generate FOLDER --format docx` (all cores; a nota and its Kamerbrief per note) against pandoc on
# the same content as Markdown, two processes at a time (xargs -P2, both cores): one DOCX per document, as
# nota makes them and as issue #15 measured pandoc, and also one DOCX per note (nota and letter in one
# file, half the pandoc runs). Also: the same batch one note at a time (-j 1), the peak memory of a batch
# of 10 notes against that of COUNT, and the batch answered by the resident process (the way `./nota`
# runs by default; its memory is the resident process's). Needs a finished build (./mvnw -B verify) and
# Debian's pandoc. Usage: releng/scripts/benchmark-generate.sh [COUNT]
set -eu
# the batch is measured in processes of its own (with their memory), and then as a user runs it: answered
# by the resident process (see README, "The nota command"), whose memory is not the command's
NOTA_SERVER=off
export NOTA_SERVER
here=$(cd "$(dirname "$0")/../.." && pwd)
cd "$here"
. releng/scripts/select-jdk.sh
command -v pandoc >/dev/null || { echo "pandoc is needed: apt-get install pandoc" >&2; exit 2; }
plugins="releng/nl.nota.repository/target/repository/plugins"
classes="bundles/nl.nota.cli.tests/target/classes"
[ -d "$plugins" ] && [ -d "$classes" ] || { echo "build first: ./mvnw -B verify" >&2; exit 2; }
count=${1:-1000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$JAVA_HOME/bin/java" -cp "$plugins/*:$classes" nl.nota.cli.bench.GenerateBenchmark "$count" "$work/batch"
"$JAVA_HOME/bin/java" -cp "$plugins/*:$classes" nl.nota.cli.bench.GenerateBenchmark 10 "$work/small"
# the AOT cache (made in the background by the first run after a build) before anything is timed
./nota validate examples/dmm-2025-10-15.nota >/dev/null 2>&1 || true
for i in $(seq 1 90); do ls "${XDG_CACHE_HOME:-$HOME/.cache}"/nota/cli-*/nota.aot >/dev/null 2>&1 && break; sleep 1; done

timed() { # name command... : wall seconds, CPU seconds, peak RSS
  name=$1; shift
  /usr/bin/time -f "%e %U %S %M" -o "$work/t" "$@" >/dev/null 2>"$work/err" || { cat "$work/err" >&2; exit 1; }
  awk -v n="$name" '{printf "%-62s wall %6.2f s  cpu %6.2f s  peak rss %5d MiB\n", n, $1, $2 + $3, $4 / 1024}' "$work/t"
  cut -d' ' -f1 "$work/t" > "$work/wall"
}
echo "$(date +%F), $(nproc) cores, $count notes of the seed's size (beslisnota + Kamerbrief, ~900 words), DOCX"
./nota generate "$work/small/notes" -o "$work/warm" --format docx >/dev/null 2>&1 # warm-up (file cache)
# the first run after a build makes the AOT cache in the background: measured beside it, a batch took
# 24 s instead of 15 s; wait until it is there
for i in $(seq 1 120); do ls "${XDG_CACHE_HOME:-$HOME/.cache}"/nota/cli-*.training >/dev/null 2>&1 || break; sleep 1; done
timed "nota generate: 10 notes -> 20 DOCX" ./nota generate "$work/small/notes" -o "$work/out-small" --format docx
timed "nota generate: $count notes -> $((count * 2)) DOCX (all cores)" ./nota generate "$work/batch/notes" -o "$work/out" --format docx
nota=$(cat "$work/wall")
timed "nota generate -j 1: the same, one note at a time" ./nota generate "$work/batch/notes" -o "$work/out1" --format docx -j 1
mkdir -p "$work/pandoc"
# shellcheck disable=SC2016
timed "pandoc: $count notes -> $count DOCX, two at a time (xargs -P2)" sh -c 'cd "$0" && ls | xargs -P2 -I{} pandoc -f markdown -t docx -o "$1/{}.docx" {}' "$work/batch/markdown" "$work/pandoc"
pandoc=$(cat "$work/wall")
mkdir -p "$work/pandoc-documents"
# shellcheck disable=SC2016
timed "pandoc: the same as $((count * 2)) documents -> $((count * 2)) DOCX, two at a time" sh -c 'cd "$0" && ls | xargs -P2 -I{} pandoc -f markdown -t docx -o "$1/{}.docx" {}' "$work/batch/markdown-documents" "$work/pandoc-documents"
documents=$(cat "$work/wall")
# as a user runs it: the first ./nota run starts the resident process; one batch of 10 through it first
NOTA_SERVER=on ./nota validate examples/dmm-2025-10-15.nota >/dev/null 2>&1 || true
for i in $(seq 1 60); do NOTA_SERVER=on ./nota --server-status >/dev/null 2>&1 && break; sleep 1; done
NOTA_SERVER=on ./nota generate "$work/small/notes" -o "$work/warm-resident" --format docx >/dev/null 2>&1
timed "nota generate, answered by the resident process: $count notes" env NOTA_SERVER=on ./nota generate "$work/batch/notes" -o "$work/out-resident" --format docx
resident=$(cat "$work/wall")
echo "documents written: nota $(ls "$work/out" | wc -l) (resident process $(ls "$work/out-resident" | wc -l)), pandoc $(ls "$work/pandoc" | wc -l) and $(ls "$work/pandoc-documents" | wc -l)"
awk -v n="$nota" -v r="$resident" -v p="$pandoc" -v d="$documents" -v c="$count" 'BEGIN {
  printf "throughput: nota %.1f notes/s in a process of its own, %.1f through the resident process; pandoc %.1f notes/s (a file per note), %.1f (a file per document)\n", c / n, c / r, c / p, c / d
  printf "nota against pandoc making the same documents (a DOCX per document, as issue #15 measured): %.1f x in a process of its own, %.1f x through the resident process (target >= 10 x)\n", d / n, d / r
  printf "nota against pandoc making one DOCX per note (half the pandoc runs): %.1f x in a process of its own, %.1f x through the resident process\n", p / n, p / r
}'
