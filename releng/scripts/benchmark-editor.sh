#!/bin/sh
# On-demand benchmark of the workbench editor (issue: workbench): on a 5,000-line note open in the real
# editor, keystroke -> updated markers and completion time. Runs the UI test runtime (under Xvfb when there
# is no display). Usage: releng/scripts/benchmark-editor.sh   (after one ./mvnw -B verify for a warm repository)
set -eu
here=$(cd "$(dirname "$0")/../.." && pwd)
cd "$here"
modules=releng/nl.nota.target,bundles/nl.nota.lang,bundles/nl.nota.lang.ide,bundles/nl.nota.docgen,bundles/nl.nota.cli
modules=$modules,bundles/nl.nota.ui,bundles/nl.nota.workbench,features/nl.nota.feature,features/nl.nota.ui.feature
modules=$modules,features/nl.nota.workbench.feature,bundles/nl.nota.ui.tests
./mvnw -B -o -q verify -DskipMWE2 -pl "$modules" -Dtest=nl.nota.ui.tests.bench.EditorBenchmark \
  -Dsurefire.failIfNoSpecifiedTests=false
cat bundles/nl.nota.ui.tests/target/benchmark-editor.txt
