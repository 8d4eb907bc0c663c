-- commit: one message's (or one job run's) whole state change, atomically.
-- KEYS[1] = key base "<prefix>:{<scope>}:" (every key of the scope shares its hash tag)
-- ARGV[1] = source id ("" = no dedupe): a transport message id or a job run id
-- ARGV[2] = dedupe TTL in seconds
-- ARGV[3] = docs JSON list [{k=kind, id=0|n, v=expected version, ix=[{s=set, a=true|false}], r=bool}]
--           r: the body may hold the first doc's reference as the JSON-escaped "\u0001REF\u0001"
--           id 0 creates: the number comes from INCR seq:<kind>; otherwise the stored
--           version must equal v. Index ops add or remove the doc number in sorted sets.
-- ARGV[4] = audit JSON list [{at,by,action,note}] (may be "")
-- ARGV[5] = outbound JSON list [{to,kind,prio}]
-- ARGV[6] = counter JSON list [{h=hash, f=field, by=n}] (HINCRBY; may be "")
-- ARGV[7] = kept values JSON list [{k=key, ms=ttl}] (SET with an expiry; may be "")
-- ARGV[8 .. 7+#docs] = the docs' bodies (JSON), then one text per outbound message,
--           then one value per kept value; "\1REF\1" in texts becomes the
--           reference of the first doc ("R12"), "\1REFn\1" that of the n-th doc.
--           Bodies, texts and values travel as plain arguments so that the
--           script never parses them.
-- Returns {"ok", ref1, ref2, ...} | {"dup"} | {"conflict", i, version} | {"missing", i}
local base = KEYS[1]
local seen = base .. "seen:" .. ARGV[1]
if ARGV[1] ~= "" and redis.call("EXISTS", seen) == 1 then
  return {"dup"}
end
local docs = {}
if ARGV[3] ~= "" then docs = cjson.decode(ARGV[3]) end
-- Check every version first, so that a conflict changes nothing.
for i, d in ipairs(docs) do
  if d.id ~= 0 then
    local v = redis.call("HGET", base .. d.k .. ":" .. d.id, "v")
    if not v then return {"missing", i} end
    if tonumber(v) ~= d.v then return {"conflict", i, tonumber(v)} end
  end
end
local refs = {}
for i, d in ipairs(docs) do
  local body = ARGV[7 + i]
  if d.r and refs[1] then
    -- the JSON-escaped placeholder, not preceded by a backslash (which
    -- would make it text someone typed)
    body = string.gsub(body, '([^\\])\\u0001REF\\u0001', '%1' .. refs[1])
  end
  local n, version = d.id, d.v + 1
  if n == 0 then
    n, version = redis.call("INCR", base .. "seq:" .. d.k), 1
  end
  -- the number as text once, rather than formatted again at every use
  local id = tostring(n)
  redis.call("HSET", base .. d.k .. ":" .. id, "v", version, "j", body)
  for _, ix in ipairs(d.ix) do
    if ix.a then
      redis.call("ZADD", base .. ix.s, id, id)
    else
      redis.call("ZREM", base .. ix.s, id)
    end
  end
  refs[i] = string.upper(d.k) .. id
end
local ref1 = refs[1] or ""
if ARGV[4] ~= "" then
  for _, a in ipairs(cjson.decode(ARGV[4])) do
    redis.call("XADD", base .. "audit", "*", "at", a.at, "by", a.by, "action", a.action,
      "ref", ref1, "msg", ARGV[1], "note", a.note)
  end
end
if ARGV[6] ~= "" then
  for _, c in ipairs(cjson.decode(ARGV[6])) do
    redis.call("HINCRBY", base .. c.h, c.f, c.by)
  end
end
local outs = {}
if ARGV[5] ~= "" then outs = cjson.decode(ARGV[5]) end
if #outs > 0 then
  -- the messages take the next #outs sequence numbers, in order
  local first = redis.call("INCRBY", base .. "outseq", #outs) - #outs
  for j, o in ipairs(outs) do
    local seq = tostring(first + j)
    local text = ARGV[7 + #docs + j]
    if string.find(text, "\1", 1, true) then
      text = string.gsub(text, "\1REF\1", ref1)
      for i, r in ipairs(refs) do
        text = string.gsub(text, "\1REF" .. i .. "\1", r)
      end
    end
    redis.call("HSET", base .. "out:" .. seq, "to", o.to, "kind", o.kind, "prio", o.prio,
      "text", text, "src", ARGV[1], "state", "queued")
    redis.call("ZADD", base .. "outq", o.prio * 1000000000000 + first + j, seq)
  end
end
if ARGV[7] ~= "" then
  for k, v in ipairs(cjson.decode(ARGV[7])) do
    redis.call("SET", base .. v.k, ARGV[7 + #docs + #outs + k], "PX", v.ms)
  end
end
if ARGV[1] ~= "" then
  redis.call("SET", seen, ref1, "EX", ARGV[2])
end
local res = {"ok"}
for _, r in ipairs(refs) do table.insert(res, r) end
return res
