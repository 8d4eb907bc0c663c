-- commit: one message's whole state change, atomically.
-- KEYS[1] = key base "<prefix>:{<scope>}:" (every key of the scope shares its hash tag)
-- ARGV[1] = source message id ("" = no dedupe)
-- ARGV[2] = dedupe TTL in seconds
-- ARGV[3] = op: "create" | "update" | "none"
-- ARGV[4] = report number (update)
-- ARGV[5] = expected report version (update)
-- ARGV[6] = report JSON (create, update)
-- ARGV[7] = grid of the report
-- ARGV[8] = "1" when the report is open after the change
-- ARGV[9] = audit JSON {at,by,action,note} (may be "")
-- ARGV[10] = outbound JSON list [{to,kind,prio,text}]; "\1REF\1" in texts becomes the reference
-- Returns {"ok", n} | {"dup", 0} | {"conflict", version} | {"missing", 0}
local base = KEYS[1]
local seen = base .. "seen:" .. ARGV[1]
if ARGV[1] ~= "" and redis.call("EXISTS", seen) == 1 then
  return {"dup", 0}
end
local op = ARGV[3]
local n = tonumber(ARGV[4]) or 0
if op == "create" then
  n = redis.call("INCR", base .. "seq:R")
  redis.call("HSET", base .. "r:" .. n, "v", ARGV[5], "j", ARGV[6])
  redis.call("ZADD", base .. "reports", n, n)
elseif op == "update" then
  local rk = base .. "r:" .. n
  local v = redis.call("HGET", rk, "v")
  if not v then
    return {"missing", 0}
  end
  if v ~= ARGV[5] then
    return {"conflict", tonumber(v)}
  end
  redis.call("HSET", rk, "v", tostring(tonumber(v) + 1), "j", ARGV[6])
end
if op ~= "none" then
  local open = base .. "open:" .. ARGV[7]
  if ARGV[8] == "1" then
    redis.call("ZADD", open, n, n)
  else
    redis.call("ZREM", open, n)
  end
end
local ref = ""
if n > 0 then
  ref = "R" .. n
end
if ARGV[9] ~= "" then
  local a = cjson.decode(ARGV[9])
  redis.call("XADD", base .. "audit", "*", "at", a.at, "by", a.by, "action", a.action,
    "ref", ref, "msg", ARGV[1], "note", a.note)
end
if ARGV[10] ~= "" then
  local outs = cjson.decode(ARGV[10])
  for _, o in ipairs(outs) do
    local seq = redis.call("INCR", base .. "outseq")
    local text = string.gsub(o.text, "\1REF\1", ref)
    redis.call("HSET", base .. "out:" .. seq, "to", o.to, "kind", o.kind, "prio", o.prio,
      "text", text, "src", ARGV[1], "state", "queued")
    redis.call("ZADD", base .. "outq", o.prio * 1000000000000 + seq, seq)
  end
end
if ARGV[1] ~= "" then
  redis.call("SET", seen, ref, "EX", tonumber(ARGV[2]))
end
return {"ok", n}
