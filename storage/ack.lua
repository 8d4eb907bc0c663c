-- ack: mark claimed messages with a final state ("sent" or "unknown") and
-- let them expire after ARGV[2] seconds. KEYS[1] = key base; ARGV[3..] = seqs.
local base = KEYS[1]
for i = 3, #ARGV do
  local k = base .. "out:" .. ARGV[i]
  redis.call("HSET", k, "state", ARGV[1])
  redis.call("EXPIRE", k, ARGV[2])
end
-- one SREM per 1000 members (unpack has a limit)
for i = 3, #ARGV, 1000 do
  redis.call("SREM", base .. "inflight", unpack(ARGV, i, math.min(i + 999, #ARGV)))
end
return #ARGV - 2
