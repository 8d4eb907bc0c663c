-- claim: take up to ARGV[1] queued outbound messages in priority order and
-- mark them in flight (members of the inflight set; their hashes are not
-- written), so a crash leaves them visible as "unknown", never re-sent blindly.
-- Summaries (priority 2) are coalesced: with the first one taken, the other
-- queued summaries for the same chat (at most ARGV[3]) are taken too, so the
-- sender can post them as one message. Likewise each message taken with a
-- "join" (bot.Outbound.Join) takes the other queued messages with a join
-- (any: the kinds mix) for the same chat, of any priority but urgent (at
-- most ARGV[3] more): the notes held overnight for one person, released
-- together in the morning, go out as one (storage.Joined).
-- KEYS[1] = key base; ARGV[1] = how many; ARGV[2] = now (unix s); ARGV[3] = how
-- many more summaries (and joined messages); ARGV[4] = claim token. Returns a flat list: seq, to, kind, prio, text, src,
-- hold (the unix s a message held in quiet hours was held until, "" = none;
-- "/" and the unix s it expires after it),
-- at (the unix s a message not held was written, "" = not known), join, ...
local base = KEYS[1]
-- ARGV[4] = a token of this claim: a claim retried after a lost answer
-- (go-redis retries a timed-out EVALSHA) returns what the first one took
-- rather than take more and strand those in flight.
-- The token keeps the claimed sequence numbers only; a retry reads the
-- messages again (they stay in flight until acknowledged).
local token = base .. "claim:" .. ARGV[4]
-- fields appends seq and its message's fields to out (their number is
-- kept in out.n, rather than each append a table.insert of its own)
local function fields(out, seq)
  local f = redis.call("HMGET", base .. "out:" .. seq, "to", "kind", "prio", "text", "src", "hold", "at", "join")
  local n = out.n
  out[n + 1] = seq
  for j = 1, 8 do
    out[n + 1 + j] = f[j] or ""
  end
  out.n = n + 9
end
local before = redis.call("GET", token)
if before then
  local out = {n = 0}
  for seq in string.gmatch(before, "[^,]+") do fields(out, seq) end
  out.n = nil
  return out
end
-- messages whose retry is due (retry.lua), and messages held in quiet
-- hours (commit.lua) whose time has come, go in the queue first
for _, set in ipairs({"retry", "held"}) do
  for _, seq in ipairs(redis.call("ZRANGEBYSCORE", base .. set, "-inf", ARGV[2])) do
    local prio = tonumber(redis.call("HGET", base .. "out:" .. seq, "prio") or "1")
    redis.call("ZREM", base .. set, seq)
    if set == "retry" then
      redis.call("HDEL", base .. "out:" .. seq, "state")
    end
    redis.call("ZADD", base .. "outq", prio * 1000000000000 + tonumber(seq), seq)
  end
end
local popped = redis.call("ZPOPMIN", base .. "outq", tonumber(ARGV[1]))
local seqs = {}
for i = 1, #popped, 2 do
  table.insert(seqs, {popped[i], tonumber(popped[i + 1])})
end
local bulk = 2000000000000
local most = tonumber(ARGV[3] or "0")
-- alike takes from the queue, among the messages of the priority bands
-- from band (its scores band·10¹²) up to last's end, at most most more to
-- the chat first's fields to, kind name and, joined, with a join
local function alike(first, band, last, joined)
  local more = redis.call("ZRANGEBYSCORE", base .. "outq", band, "(" .. (last + 1000000000000), "LIMIT", 0, 200)
  local taken = 0
  for _, seq in ipairs(more) do
    if taken >= most then break end
    local f = redis.call("HMGET", base .. "out:" .. seq, "to", "kind", "join")
    if f[1] == first[1] and f[2] == first[2] and (not joined or f[3]) then
      redis.call("ZREM", base .. "outq", seq)
      table.insert(seqs, {seq, 0})
      taken = taken + 1
    end
  end
end
if #seqs == 1 and seqs[1][2] >= bulk and most > 0 then
  alike(redis.call("HMGET", base .. "out:" .. seqs[1][1], "to", "kind"), bulk, bulk, false)
end
if most > 0 then
  local joined = {}
  for i = 1, #seqs do
    if seqs[i][2] > 0 then -- one popped, not one taken along
      local f = redis.call("HMGET", base .. "out:" .. seqs[i][1], "to", "kind", "join")
      local key = (f[1] or "") .. "\0" .. (f[2] or "")
      if f[3] and not joined[key] then
        joined[key] = true
        alike(f, 1000000000000, bulk, true)
      end
    end
  end
end
local out, claimed = {n = 0}, {}
for i, s in ipairs(seqs) do
  claimed[i] = s[1]
  fields(out, s[1])
end
out.n = nil
-- one SADD per 1000 members (unpack has a limit)
for i = 1, #claimed, 1000 do
  redis.call("SADD", base .. "inflight", unpack(claimed, i, math.min(i + 999, #claimed)))
end
redis.call("SET", token, table.concat(claimed, ","), "EX", 600)
return out
