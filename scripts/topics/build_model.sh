#!/usr/bin/env bash
# Rebuilds the topic model shipped in the enrich jar from openly licensed data only:
#   HuffPost News Category (Misra 2022, CC BY 4.0) and Wikipedia Current Events 2025 (CC BY-SA 4.0),
#   their TRAIN parts of the id-hash split (the TEST parts stay held out for evaluation), plus the
#   project's own keyword lexicon as calibrated prior. BBC News is never used for training.
# Usage: scripts/topics/build_model.sh [SHARED_TOPICS_DIR]   (default ../shared/data/topics)
set -euo pipefail
cd "$(dirname "$0")/../.."
data="${1:-../shared/data/topics}"
./newsstream train topics \
  --articles "$data/huffpost.articles.jsonl" --gold "$data/huffpost.gold.jsonl" \
  --articles "$data/wcep2025.articles.jsonl" --gold "$data/wcep2025.gold.jsonl" \
  --part TRAIN --test-percent 20 --concat 2 --balance 1 --cost 0.5 \
  --out enrich/src/main/resources/io/newsstream/enrich/topics/model.bin
