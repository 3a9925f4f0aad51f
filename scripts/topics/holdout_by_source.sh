#!/usr/bin/env bash
# Held-out-by-source evaluation of the shipped training recipe (build_model.sh's options): for each corpus of the shared topic data, train on the TRAIN
# parts of the other corpora only, then score every article of the held-out corpus (another outlet, other
# years, another kind of text). Abstentions count as wrong. Prints one line per held-out corpus and
# the evaluation's full report (per-topic P/R/F1, reliability table) above it.
#   scripts/topics/holdout_by_source.sh [../shared/data/topics] [work dir]
set -euo pipefail
cd "$(dirname "$0")/../.."
data="${1:-../shared/data/topics}"
work="${2:-$(mktemp -d)}"
mkdir -p "$work"
corpora=(bbc huffpost wcep2025)
summary=()
for held in "${corpora[@]}"; do
  args=()
  for c in "${corpora[@]}"; do
    [ "$c" = "$held" ] || args+=(--articles "$data/$c.articles.jsonl" --gold "$data/$c.gold.jsonl")
  done
  echo "== held out: $held (trained on the TRAIN parts of the others)"
  ./newsstream train topics "${args[@]}" --part TRAIN --test-percent 20 --concat 2 --balance 1 --cost 0.5 \
    --out "$work/without-$held.topics" 2>&1 | grep "^trained on"
  report=$(./newsstream eval topics --articles "$data/$held.articles.jsonl" --gold "$data/$held.gold.jsonl" \
    --topics-model "$work/without-$held.topics" 2>/dev/null)
  echo "$report"
  summary+=("$(printf '%-9s %s | %s' "$held" "$(echo "$report" | sed -n 2p | sed 's/ *[0-9.]* s$//')" \
    "$(echo "$report" | grep -o 'answered [0-9]* of [0-9]*'), $(echo "$report" | grep -o 'ECE [0-9.]*')")")
done
echo "== held-out-by-source summary (recipe of build_model.sh; test corpus never in training)"
printf '%s\n' "${summary[@]}"
