-- ack: mark claimed messages with a final state ("sent" or "unknown") and
-- let them expire after ARGV[2] seconds. KEYS[1] = key base; ARGV[3..] = seqs.
local base = KEYS[1]
for i = 3, #ARGV do
  local seq = ARGV[i]
  local k = base .. "out:" .. seq
  redis.call("HSET", k, "state", ARGV[1])
  redis.call("EXPIRE", k, tonumber(ARGV[2]))
  redis.call("SREM", base .. "inflight", seq)
end
return #ARGV - 2
