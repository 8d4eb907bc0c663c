#!/usr/bin/env bash
# bench.sh OLDBIN NEWBIN: `gridbot bench` of two binaries against one private
# durable redis-server (AOF, fsync always), alternating 3 times; prints medians.
set -euo pipefail
old=$1 new=$2
d=$(mktemp -d)
redis-server --port 16999 --dir "$d" --appendonly yes --appendfsync always --daemonize yes --save "" >/dev/null
sleep 0.5
trap 'redis-cli -p 16999 shutdown nosave >/dev/null 2>&1 || true; rm -rf "$d"' EXIT
for i in 1 2 3; do
  for b in "$old" "$new"; do
    redis-cli -p 16999 flushall >/dev/null
    "$b" bench -redis redis://127.0.0.1:16999 -n 20000 2>/dev/null | tail -1 > "$d/$(basename "$b").$i.json"
  done
done
python3 - "$d" "$old" "$new" <<'PY'
import json, os, sys, statistics
d, bins = sys.argv[1], sys.argv[2:]
keys = ["round_trips_per_msg", "msgs_per_s", "baseline_lua_tx_per_s", "ratio", "client_cpu_us_per_msg", "redis_cpu_us_per_msg"]
for b in bins:
    rows = []
    for i in (1, 2, 3):
        try: rows.append(json.load(open(os.path.join(d, "%s.%d.json" % (os.path.basename(b), i)))))
        except Exception as e: print("bad run", b, i, e)
    out = {}
    for k in keys:
        vals = [r[k] for r in rows if k in r]
        if vals: out[k] = round(statistics.median(vals), 4)
    print(os.path.basename(b), json.dumps(out))
PY
