#!/bin/sh
# Makes docs/workbench.png, the README's screenshot: starts the built product on a fresh workspace under a
# virtual display (Xvfb, 1600x1000), lets the first start open the example note with its previews, and
# captures the screen. Needs xvfb and imagemagick (apt-get install xvfb xauth imagemagick) and a build.
# Usage: releng/scripts/screenshot.sh [OUTPUT.png]
set -eu
here=$(cd "$(dirname "$0")/../.." && pwd)
out=${1:-$here/docs/workbench.png}
command -v xvfb-run >/dev/null || { echo "screenshot: xvfb-run is needed: apt-get install xvfb xauth" >&2; exit 2; }
command -v import >/dev/null || { echo "screenshot: ImageMagick's import is needed: apt-get install imagemagick" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$(dirname "$out")"
# shellcheck disable=SC2016
NOTA_CONFIGURATION="$work/configuration" xvfb-run -a -s "-screen 0 1600x1000x24" sh -c '
  "$1/nota-workbench" -data "$2/workspace" >"$2/workbench.log" 2>&1 &
  pid=$!
  # the first start creates the example project, opens the note and renders the previews
  for i in $(seq 1 90); do
    sleep 1
    [ -f "$2/workspace/Voorbeeldnota'"'"'s/dmm-2025-10-15.nota" ] && [ "$i" -ge 25 ] && break
  done
  import -window root "$3"
  kill $pid
' sh "$here" "$work" "$out"
echo "screenshot: $out"
