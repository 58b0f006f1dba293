#!/bin/sh
# Start-up of the workbench as a user sees it (run on demand; never part of the build): starts the built
# product under a virtual display (Xvfb, 1600x1000) and watches the screen every 100 ms
# (releng/scripts/profile/screen-watch.c, compiled here).
#   window   the first visible window of the product
#   note     the example note's name in the window title: the first start has made the example project
#            and opened the note in the editor
#   drawn    the screen is complete: outline, editor and the preview's rendered letter; the share of dark
#            pixels on the screen reaches, and keeps, its final value
# "first" is a first start (new configuration and workspace), "warm" the restart of that installation
# after File › Exit, so the workbench restores the open note. Both read the start-up cache the build made in the
# product (train-workbench.sh); with NOTA_AOT=off in the environment they run without it. Each is run RUNS times (default 3); the medians are printed with all runs.
# The workbench runs with a D-Bus session and accessibility bus, as at a desktop (desktop-session.sh).
# Needs: apt-get install xvfb xauth xdotool gcc libx11-dev libxext-dev dbus at-spi2-core; a build (./mvnw -B verify).
# Usage: releng/scripts/benchmark-startup.sh [RUNS]   (NOTA_BENCH_ARGS: more arguments for the workbench, to compare settings)
set -eu
here=$(cd "$(dirname "$0")/../.." && pwd)
. "$here/releng/scripts/desktop-session.sh"
runs=${1:-3}
for tool in Xvfb xdotool cc; do
  command -v $tool >/dev/null || { echo "benchmark-startup: $tool is needed (apt-get install xvfb xdotool gcc libx11-dev libxext-dev)" >&2; exit 2; }
done
[ -f /usr/include/X11/extensions/XShm.h ] || { echo "benchmark-startup: the X headers are needed (apt-get install libx11-dev libxext-dev)" >&2; exit 2; }
work=$(mktemp -d)
display=:$(( 90 + $$ % 9 ))
Xvfb "$display" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null; [ -n "${KEEP:-}" ] || rm -rf "$work"' EXIT
sleep 1
export DISPLAY=$display

now() { date +%s.%N; }
# the watcher: window list and screen pixels from the X server every 100 ms in one small process (two
# ImageMagick processes per screenshot took more than one of the two cores from the start they measured)
cc -O2 -o "$work/screen-watch" "$here/releng/scripts/profile/screen-watch.c" -lXext -lX11 -lm

# File › Exit, as a user quits (the workbench then saves which editors are open); answers a confirmation.
# When the workbench is still there after a while, the keys may have gone astray (an Alt+F lost under load
# types "x" into the note): Escape and an undo take that back, and File › Exit is tried again (three times).
quit() { # $1 pid
  # (no window manager under Xvfb: the workbench window has the focus, keys go to it)
  for attempt in 1 2 3; do
    if [ "$attempt" -gt 1 ]; then
      xdotool key Escape 2>/dev/null || true; sleep 0.3
      xdotool key --clearmodifiers ctrl+z 2>/dev/null || true; sleep 0.3
    fi
    xdotool key --clearmodifiers alt+f 2>/dev/null || true
    sleep 0.5; xdotool key x 2>/dev/null || true
    for _ in $(seq 1 20); do
      kill -0 "$1" 2>/dev/null || return 0
      sleep 0.5
      xdotool search --onlyvisible --name "Confirm Exit" >/dev/null 2>&1 && xdotool key Return 2>/dev/null || true
    done
    # the window gone but the process still there: it is ending (writing the start-up cache takes ~15 s)
    xdotool search --onlyvisible --name "Nota Workbench" >/dev/null 2>&1 || break
  done
  for _ in $(seq 1 60); do
    kill -0 "$1" 2>/dev/null || return 0
    sleep 0.5
  done
  echo "benchmark-startup: the workbench did not exit; killed (the next warm start restores no note)" >&2
  kill "$1" 2>/dev/null || true
  for _ in $(seq 1 20); do
    kill -0 "$1" 2>/dev/null || return 0
    sleep 0.5
  done
  kill -KILL "$1" 2>/dev/null || true # its shutdown waits for a UI thread that does not come back
}

# one start: prints "window note drawn" in seconds, or "-" for what did not happen within 90 s
start() { # $1 configuration dir, $2 workspace dir
  t0=$(now)
  # shellcheck disable=SC2086
  NOTA_CONFIGURATION="$1" "$here/nota-workbench" -data "$2" ${NOTA_BENCH_ARGS:-} >>"$work/workbench.log" 2>&1 &
  pid=$!
  r=$("$work/screen-watch" "$t0" "Nota Workbench" dmm-2025-10-15.nota 90 "$work/ink.$(date +%s%N)" "$work/last.ppm") || true
  [ -n "$r" ] || r="- - -"
  quit "$pid"; wait "$pid" 2>/dev/null || true
  echo "$r"
}

median() { tr ' ' '\n' | grep -v '^-$' | sort -n | awk '{ a[NR] = $1 } END { if (NR == 0) print "-"; else print a[int((NR + 1) / 2)] }'; }

first=""; warm=""
for i in $(seq 1 "$runs"); do
  rm -rf "$work/configuration" "$work/workspace"
  r=$(start "$work/configuration" "$work/workspace"); first="$first|$r"
  r=$(start "$work/configuration" "$work/workspace"); warm="$warm|$r"
done
report() { # $1 label, $2 runs "|w n d|w n d"
  echo "$2" | tr '|' '\n' | grep . >"$work/r"
  printf '%-6s window %5s s   note %5s s   drawn %5s s   (runs: %s)\n' "$1" \
    "$(awk '{ print $1 }' "$work/r" | median)" "$(awk '{ print $2 }' "$work/r" | median)" \
    "$(awk '{ print $3 }' "$work/r" | median)" "$(tr '\n' ';' <"$work/r")"
}
echo "Workbench start-up on $(nproc) cores, $(date -u +%Y-%m-%d), medians of $runs:"
report first "$first"
report warm "$warm"
