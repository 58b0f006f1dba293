#!/bin/sh
# On demand: the leak and injection property tests of nl.nota.docgen.tests, longer than in every build.
#   releng/scripts/fuzz-outputs.sh leak 200          # 200 notes, each with a redacted secret somewhere
#   releng/scripts/fuzz-outputs.sh injection 3000    # 3000 notes, each with a payload somewhere
# A PDF is rendered for one trial in PDF_EVERY (default 1: every trial). SEED=N repeats a run.
# The seed, the number of places and the result are in
# bundles/nl.nota.docgen.tests/target/surefire-reports/.
set -eu
cd "$(dirname "$0")/../.."
. releng/scripts/select-jdk.sh
case "${1:-}" in
  leak) test=LeakPropertyTest ;;
  injection) test=InjectionPropertyTest ;;
  *) echo "usage: $0 leak|injection [TRIALS]" >&2; exit 2 ;;
esac
trials=${2:-1000}
start=$(date +%s)
./mvnw -B ${MAVEN_OFFLINE--o} verify -DskipMWE2 \
  -pl releng/nl.nota.target,bundles/nl.nota.logging,bundles/nl.nota.lang,bundles/nl.nota.lang.ide,bundles/nl.nota.docgen,bundles/nl.nota.docgen.tests \
  -Dtest="$test" -Dsurefire.failIfNoSpecifiedTests=false \
  -Dnota.properties.trials="$trials" -Dnota.properties.pdf-every="${PDF_EVERY:-1}" -Dnota.properties.seed="${SEED:-}"
echo "$test with $trials trials took $(( $(date +%s) - start )) s"
