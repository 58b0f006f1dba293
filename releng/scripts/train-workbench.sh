#!/bin/sh
# Makes the workbench's start-up cache in the built product; the build runs it (releng/nl.nota.repository)
# after the product is materialised. A first start as a user's, under a virtual display of its own, with a new
# configuration and workspace: it makes the example project, opens the note with outline and preview, closes
# itself once its work has settled (FirstStart, nota.training) and leaves Java 25's ahead-of-time cache of
# what it loaded in the product's aot/ folder, which ./nota-workbench then reads on every start, the first one
# included. It is also the build's check that the product starts and opens the example: if no cache is made,
# the build fails with the workbench's log; and that the new workspace got the plain look (theming off).
# Without Java 25 or Xvfb nothing is made (a user's first session then writes a cache of its own).
set -eu
here=$(cd "$(dirname "$0")/../.." && pwd)
. "$here/releng/scripts/select-jdk.sh"
product="$here/releng/nl.nota.repository/target/products/nl.nota.workbench.product/linux/gtk/x86_64"
# the launcher's JVM settings as nota-workbench reads them (under set -e), for both JIT choices: this start takes
# only the one of this machine, and a sourced file whose last test fails stops the launcher without a word
for jit in quick full; do
  if [ "$(NOTA_JIT=$jit sh -c 'set -eu; . "$1"; echo "$workbench_jvm"' sh "$here/releng/scripts/workbench-jvm.sh")" = "" ]; then
    echo "train-workbench: releng/scripts/workbench-jvm.sh stops a launcher under set -e with NOTA_JIT=$jit" >&2
    exit 1
  fi
done
if [ "$nota_java" -lt 25 ]; then
  echo "train-workbench: $JAVA_HOME is older than Java 25: no start-up cache made"
  exit 0
fi
# the OSGi framework without its signature, which nota-workbench puts on the class path so that the cache
# holds the framework's classes too (Java's AOT cache leaves out the classes of signed jars); made by the
# same code as the nota command's unsigned jars (nl.nota.cli.UnsignedJars, which copies a folder's jars)
rm -rf "$product/aot/framework" "$product/aot/framework-signed"
mkdir -p "$product/aot/framework-signed"
cp "$(ls "$product"/plugins/org.eclipse.osgi_*.jar | head -1)" "$product/aot/framework-signed/"
"$JAVA_HOME/bin/java" -cp "$(ls "$product"/plugins/nl.nota.cli_*.jar | head -1)" nl.nota.cli.UnsignedJars \
  "$product/aot/framework-signed" "$product/aot/framework"
rm -rf "$product/aot/framework-signed"
if ! command -v Xvfb >/dev/null 2>&1; then
  echo "train-workbench: no Xvfb (apt-get install xvfb): no start-up cache made; a user's first session makes one"
  exit 0
fi

work=$(mktemp -d)
# a display number nobody uses (never the user's own display: no window pops up during a build)
n=$(( 110 + $$ % 80 ))
while [ -e "/tmp/.X$n-lock" ] || [ -e "/tmp/.X11-unix/X$n" ]; do n=$(( n + 1 )); done
Xvfb ":$n" -screen 0 1600x1000x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 50); do [ -e "/tmp/.X11-unix/X$n" ] && break; sleep 0.1; done

start=$(date +%s)
status=0
DISPLAY=":$n" NOTA_AOT=train NOTA_CONFIGURATION="$work/configuration" \
  "$here/nota-workbench" -data "$work/workspace" >"$work/workbench.log" 2>&1 &
pid=$!
# at most 240 s (it takes ~25; NOTA_TRAIN_SECONDS sets another limit); one that is still there then gets its
# threads written down before it is stopped (killed if it does not end within 10 s)
limit=${NOTA_TRAIN_SECONDS:-240}
waited=0
while kill -0 "$pid" 2>/dev/null && [ "$waited" -lt "$limit" ]; do sleep 1; waited=$((waited + 1)); done
if kill -0 "$pid" 2>/dev/null; then
  "$JAVA_HOME/bin/jstack" "$pid" >"$work/threads.txt" 2>&1 || true
  kill "$pid" 2>/dev/null || true
  for _ in $(seq 1 10); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
  kill -KILL "$pid" 2>/dev/null || true
  status=124
fi
wait "$pid" || status=$?
cache=$(ls "$product"/aot/workbench-*.aot 2>/dev/null | head -1 || true)
if [ "$status" -ne 0 ] || [ -z "$cache" ]; then
  echo "train-workbench: the workbench's first start did not open the example and close (exit status $status);" >&2
  echo "its output (without the start-up cache's own messages):" >&2
  grep -v '\[aot\]' "$work/workbench.log" | tail -n 60 >&2
  if [ -s "$work/threads.txt" ]; then
    echo "its threads after $limit s:" >&2
    cat "$work/threads.txt" >&2
  fi
  exit 1
fi
# the first start gave the new workspace the plain look (nl.nota.workbench.Activator): theming off unless chosen
prefs="$work/workspace/.metadata/.plugins/org.eclipse.core.runtime/.settings/org.eclipse.e4.ui.workbench.renderers.swt.prefs"
if ! grep -qx 'themeEnabled=false' "$prefs" 2>/dev/null; then
  echo "train-workbench: the first start did not turn Eclipse's CSS theming off in the new workspace ($prefs)" >&2
  exit 1
fi
echo "train-workbench: start-up cache $(basename "$cache") ($(( $(stat -c %s "$cache") / 1048576 )) MiB) made in $(( $(date +%s) - start )) s"
