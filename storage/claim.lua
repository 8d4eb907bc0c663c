-- claim: take up to ARGV[1] queued outbound messages in priority order and
-- mark them in flight, so a crash leaves them visible as "unknown", never re-sent blindly.
-- KEYS[1] = key base. Returns a flat list: seq, to, kind, prio, text, src, ...
local base = KEYS[1]
local popped = redis.call("ZPOPMIN", base .. "outq", tonumber(ARGV[1]))
local out = {}
for i = 1, #popped, 2 do
  local seq = popped[i]
  local k = base .. "out:" .. seq
  redis.call("HSET", k, "state", "inflight", "claimed", ARGV[2])
  redis.call("SADD", base .. "inflight", seq)
  local f = redis.call("HMGET", k, "to", "kind", "prio", "text", "src")
  table.insert(out, seq)
  for j = 1, 5 do
    table.insert(out, f[j] or "")
  end
end
return out
