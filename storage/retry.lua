-- retry: claimed messages certainly not delivered by a cause of their own
-- (WeChat refused them, their chat is not known): count the attempt and
-- queue each again after a delay that doubles, or, at the last attempt, set
-- it aside as a dead letter. KEYS[1] = key base; ARGV[1] = now (unix s);
-- ARGV[2] = first delay (s); ARGV[3] = attempts before a dead letter;
-- ARGV[4..] = seqs. Returns the seqs set aside.
local base = KEYS[1]
local now, delay, most = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
local dead = {}
for i = 4, #ARGV do
  local seq = ARGV[i]
  local k = base .. "out:" .. seq
  redis.call("SREM", base .. "inflight", seq)
  local n = redis.call("HINCRBY", k, "attempts", 1)
  if n >= most then
    redis.call("HSET", k, "state", "dead")
    redis.call("ZADD", base .. "dead", now, seq)
    table.insert(dead, seq)
  else
    redis.call("HSET", k, "state", "retry")
    redis.call("ZADD", base .. "retry", now + delay * 2 ^ (n - 1), seq)
  end
end
return dead
