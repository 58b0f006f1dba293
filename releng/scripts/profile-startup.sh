#!/bin/sh
# Where a first start of the workbench spends its time until the window shows (run on demand; never part of
# the build): one first start of the built product (new configuration and workspace) under a virtual display,
# with its UI thread sampled every 5 ms by releng/scripts/profile/StartupSampler.java, which nota-workbench
# puts in front of Equinox's launcher (NOTA_PROFILE). The start is the product's own, with the start-up cache
# the build made. Prints the phases up to the window; keeps the samples as folded stacks (for flame-graph
# tools such as speedscope or flamegraph.pl) in the folder it names. Sampling makes the start ~20 % slower:
# compare the shares; benchmark-startup.sh measures the times.
# Needs: apt-get install xvfb xauth dbus at-spi2-core (the session bus, as at a desktop: desktop-session.sh); a build.
# Usage: releng/scripts/profile-startup.sh [OUTPUT-FOLDER]   (default: a new folder under /tmp)
set -eu
here=$(cd "$(dirname "$0")/../.." && pwd)
. "$here/releng/scripts/desktop-session.sh"
. "$here/releng/scripts/select-jdk.sh"
command -v xvfb-run >/dev/null || { echo "profile-startup: xvfb-run is needed: apt-get install xvfb xauth" >&2; exit 2; }
out=${1:-$(mktemp -d /tmp/nota-startup-profile.XXXXXX)}
mkdir -p "$out"
rm -f "$out/phases.txt"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$JAVA_HOME/bin/javac" -d "$work/sampler" "$here/releng/scripts/profile/StartupSampler.java"
# the sampler ends the start once it has written its files (after 12 s; nothing of the start is kept)
NOTA_PROFILE="$work/sampler" NOTA_PROFILE_OUT="$out" NOTA_PROFILE_SECONDS=12 NOTA_CONFIGURATION="$work/configuration" \
  timeout 120 xvfb-run -a -s "-screen 0 1600x1000x24" "$here/nota-workbench" -data "$work/workspace" \
  >"$out/workbench.log" 2>&1 || true
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
