#!/bin/sh
# On demand: the note fuzz test of nl.nota.lang.tests (NoteFuzzTest), longer than in every build.
#   releng/scripts/fuzz-notes.sh 5000        # 5000 mutated notes (the build runs 150)
# SEED=N repeats a run. A failing mutant is kept in bundles/nl.nota.lang.tests/target/fuzz/; the seed
# and the result are in bundles/nl.nota.lang.tests/target/surefire-reports/.
set -eu
cd "$(dirname "$0")/../.."
. releng/scripts/select-jdk.sh
trials=${1:-2000}
start=$(date +%s)
./mvnw -B ${MAVEN_OFFLINE--o} verify -DskipMWE2 \
  -pl releng/nl.nota.target,bundles/nl.nota.logging,bundles/nl.nota.lang,bundles/nl.nota.lang.ide,bundles/nl.nota.lang.tests \
  -Dtest=NoteFuzzTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Dnota.fuzz.trials="$trials" -Dnota.fuzz.seed="${SEED:-}"
echo "NoteFuzzTest with $trials mutants took $(( $(date +%s) - start )) s"
