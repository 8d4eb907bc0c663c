-- requeue: put claimed messages that were certainly not sent back in the
-- queue, in their original priority order. KEYS[1] = key base; ARGV = seqs.
local base = KEYS[1]
for _, seq in ipairs(ARGV) do
  local k = base .. "out:" .. seq
  local prio = tonumber(redis.call("HGET", k, "prio") or "1")
  redis.call("HSET", k, "state", "queued")
  redis.call("SREM", base .. "inflight", seq)
  redis.call("ZADD", base .. "outq", prio * 1000000000000 + tonumber(seq), seq)
end
return #ARGV
