#!/usr/bin/env bash
# Runs every scorer on the public data (train/dev only) and our own gold, one JSON line each.
# Usage: scripts/run_all_evals.sh [SHARED_DATA_DIR]   (default ../shared/data)
set -uo pipefail
W=${WIRECHECK:-.venv/bin/wirecheck}
D=${1:-../shared/data}
run() {
    echo "=== wirecheck eval $* --json"
    "$W" eval "$@" --json
}
run metadata examples/gold.json
run findings examples/gold.json
for n in $(seq 2 145); do run findings "tests/data/compare_dev$n/gold.json"; done
run findings tests/data/compare_dev/gold.json
run gum "$D/gum-news"
run ecbplus-entities "$D/ecbplus/ECB+"
run polnear "$D/polnear/data/dev"
run tempeval3 "$D/tempeval3/train/TBAQ-cleaned"
run quantities tests/data/quantities_gold.jsonl
run ecbplus "$D/ecbplus/ECB+"
run ecbplus-pipeline "$D/ecbplus/ECB+"
run plover "$D/plover-gsr/PLOVER_GSR_CAMEO.txt"
