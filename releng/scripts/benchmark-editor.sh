#!/bin/sh
# On-demand benchmark of the workbench editor (issue: workbench): on a 5,000-line note open in the real
# editor, keystroke -> updated markers and completion time. Runs the UI test runtime (under Xvfb when there
# is no display). Usage: releng/scripts/benchmark-editor.sh [JVM-OPTIONS]   (after one ./mvnw -B verify for a warm
# repository). The workbench under test runs with the product's JIT and heap settings (workbench-jvm.sh);
# JVM-OPTIONS are added after them, e.g. "-XX:TieredStopAtLevel=4" (C2 as well) or a GC log, to compare settings.
# The workbench runs with a D-Bus session and accessibility bus, as at a desktop (desktop-session.sh: needs
# apt-get install dbus at-spi2-core).
set -eu
here=$(cd "$(dirname "$0")/../.." && pwd)
. "$here/releng/scripts/desktop-session.sh"
. "$here/releng/scripts/workbench-jvm.sh"
cd "$here"
modules=releng/nl.nota.target,bundles/nl.nota.logging,bundles/nl.nota.lang,bundles/nl.nota.lang.ide,bundles/nl.nota.docgen
modules=$modules,bundles/nl.nota.cli,bundles/nl.nota.ui,bundles/nl.nota.workbench,features/nl.nota.feature
modules=$modules,features/nl.nota.ui.feature,features/nl.nota.platform.feature,releng/nl.nota.platform,bundles/nl.nota.ui.tests
./mvnw -B -o -q verify -DskipMWE2 -pl "$modules" -Dtest=nl.nota.ui.tests.bench.EditorBenchmark \
  -Dsurefire.failIfNoSpecifiedTests=false "-Dnota.test.jvm=$workbench_jvm ${1:-}"
cat bundles/nl.nota.ui.tests/target/benchmark-editor.txt
