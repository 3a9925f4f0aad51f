#!/usr/bin/env bash
# Runs `newsstream bench` once per setting and prints one line per run: the setting, the load
# average before it, and the BENCH line. Settings are enrich.* keys as NEWSSTREAM_* env assignments.
# Usage: scripts/bench/sweep.sh [--quick] 'SETTING=VALUE ...' ['SETTING=VALUE ...' ...]
#   e.g. scripts/bench/sweep.sh --quick '' NEWSSTREAM_ENRICH_NUM_STREAM_THREADS=2 NEWSSTREAM_ENRICH_PRODUCER_COMPRESSION_TYPE=none
set -euo pipefail
cd "$(dirname "$0")/../.."
mode=()
if [[ "${1:-}" == "--quick" ]]; then mode=(--quick); shift; fi
for setting in "$@"; do
  load="$(cut -d' ' -f1 /proc/loadavg)"
  line="$(env $setting ./newsstream bench "${mode[@]}" 2>/dev/null | grep '^BENCH ' || echo 'BENCH failed')"
  echo "setting=[${setting:-defaults}] load_before=$load $line"
done
