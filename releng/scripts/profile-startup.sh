#!/bin/sh
# Where a first start of the workbench spends its time until the window shows (run on demand; never part of
# the build): one first start of the built product (new configuration and workspace) under a virtual display,
# with its UI thread sampled every 5 ms by releng/scripts/profile/StartupSampler.java, which nota-workbench
# puts in front of Equinox's launcher (NOTA_PROFILE). The start is the product's own, with the start-up cache
# the build made. Prints the phases up to the window; keeps the samples as folded stacks (for flame-graph
# tools such as speedscope or flamegraph.pl) in the folder it names. Sampling makes the start ~20 % slower:
# compare the shares; benchmark-startup.sh measures the times.
# Needs: apt-get install xvfb xauth xdotool; a build (./mvnw -B verify).
# Usage: releng/scripts/profile-startup.sh [OUTPUT-FOLDER]   (default: a new folder under /tmp)
set -eu
here=$(cd "$(dirname "$0")/../.." && pwd)
. "$here/releng/scripts/select-jdk.sh"
for tool in Xvfb xdotool; do
  command -v $tool >/dev/null || { echo "profile-startup: $tool is needed (apt-get install xvfb xdotool)" >&2; exit 2; }
done
out=${1:-$(mktemp -d /tmp/nota-startup-profile.XXXXXX)}
mkdir -p "$out"
work=$(mktemp -d)
display=:$(( 100 + $$ % 9 ))
Xvfb "$display" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null; rm -rf "$work"' EXIT
sleep 1

"$JAVA_HOME/bin/javac" -d "$work/sampler" "$here/releng/scripts/profile/StartupSampler.java"
seconds=12
DISPLAY=$display NOTA_PROFILE="$work/sampler" NOTA_PROFILE_OUT="$out" NOTA_PROFILE_SECONDS=$seconds \
  NOTA_CONFIGURATION="$work/configuration" "$here/nota-workbench" -data "$work/workspace" >"$out/workbench.log" 2>&1 &
pid=$!
# the sampler writes its files after $seconds; then the start is ended (nothing of it is kept)
for _ in $(seq 1 $(( seconds * 10 + 100 ))); do
  [ -f "$out/phases.txt" ] && break
  kill -0 "$pid" 2>/dev/null || break
  sleep 0.1
done
sleep 0.5
kill "$pid" 2>/dev/null || true
wait "$pid" 2>/dev/null || true
if [ ! -f "$out/phases.txt" ]; then
  echo "profile-startup: the workbench ended before the sampler wrote its profile; its output:" >&2
  tail -n 30 "$out/workbench.log" >&2
  exit 1
fi
if grep -q '\[error\]\[aot\]' "$out/workbench.log"; then
  echo "profile-startup: note: the start-up cache was not used (see $out/workbench.log)"
fi
cat "$out/phases.txt"
echo "(samples as folded stacks: $out/ui-thread.folded)"
