-- requeue: put claimed messages that were certainly not sent back in the
-- queue, in their original priority order. KEYS[1] = key base; ARGV[1] =
-- a new text for the first message ("" keeps it: see Resume); ARGV[2] =
-- the messages joined into the first one (Queued.Also), comma-separated
-- ("" = none): their texts went out or are in the new text, so they are
-- out of flight with the state "joined", kept ARGV[3] seconds; ARGV[4..] =
-- seqs.
local base = KEYS[1]
for seq in string.gmatch(ARGV[2], "[^,]+") do
  local k = base .. "out:" .. seq
  redis.call("HSET", k, "state", "joined")
  redis.call("EXPIRE", k, ARGV[3])
  redis.call("SREM", base .. "inflight", seq)
end
for i = 4, #ARGV do
  local seq = ARGV[i]
  local k = base .. "out:" .. seq
  local prio = tonumber(redis.call("HGET", k, "prio") or "1")
  if i == 4 and ARGV[1] ~= "" then
    -- the rest of a text cut off is as it was sent: its day words were
    -- already said from the day of the claim (Outbox.reword), not again;
    -- a joined text's rest is no more joined
    redis.call("HSET", k, "text", ARGV[1])
    redis.call("HDEL", k, "hold", "at", "join")
  end
  redis.call("HDEL", k, "state") -- queued again: no outcome
  redis.call("SREM", base .. "inflight", seq)
  redis.call("ZADD", base .. "outq", prio * 1000000000000 + tonumber(seq), seq)
end
return #ARGV - 3
