# shellcheck shell=sh
# The workbench's JVM settings, in one place for the product's start (nota-workbench, and through it the
# build's training start and the start-up benchmark) and the editor benchmark, which measures the editor as
# the product runs. Sourced; sets $workbench_jvm.
#
# JIT: on a machine with two cores, the quick compiler only (C1). A start there spent more CPU compiling
# with C2 (9.6 s in the first 13 s) than on its own work, on the core the UI thread needed: without C2 the
# first start is ~30 % faster and the editor on a 5,000-line note answers as fast (benchmark-startup.sh and
# benchmark-editor.sh, side by side). The price is steady-state speed on very large notes: validating
# 5,000 lines takes ~20 % longer, 50,000 lines twice as long (benchmark-scale.sh's harness, same day).
# With more cores C2 compiles beside the UI thread and stays. NOTA_JIT=quick or NOTA_JIT=full chooses.
#
# Heap: G1 with 4 MB regions and 256 MB to start with. With a 2 GB heap G1 takes 1 MB regions, and every
# object of half a region or more is "humongous": put straight into the old generation. A 5,000-line note
# makes several per keystroke (the parser's copy of the text, the preview's page and its UTF-8 copy for
# the browser, the renderer's buffers), so the old generation filled in seconds and G1 ran a concurrent
# marking cycle every ~2 s while the writer typed (100-160 ms of a core each, with 10-25 ms pauses
# around it): a core taken from the UI thread. With 4 MB regions they are ordinary young objects and die
# young; the larger start heap keeps the young generation from being collected every second. Editor
# benchmark, five alternating pairs: longest UI-thread stall 67 / 79 / 70 / 50 / 75 ms -> 42 / 47 / 33 /
# 28 / 156 ms, collections while typing 137-272 ms -> 62-96 ms (README, Speed).
# (sourced by scripts under `set -e`: its last command must not fail, so no `[ ] && ...` at the end)
jit=${NOTA_JIT:-}
if [ -z "$jit" ]; then
  if [ "$(nproc 2>/dev/null || echo 1)" -le 2 ]; then jit=quick; else jit=full; fi
fi
workbench_jvm="-Xms256m -Xmx2g -XX:G1HeapRegionSize=4m"
if [ "$jit" = quick ]; then
  workbench_jvm="$workbench_jvm -XX:TieredStopAtLevel=1"
fi
