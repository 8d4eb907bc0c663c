-- recent: the docs an index scored by time lists (NoticesPostedTo) from a
-- time on, and always its latest, with docs named by number, in one round trip.
-- KEYS[1] = key base; ARGV[1] = index; ARGV[2] = doc kind; ARGV[3] = the
-- time (unix s, the lowest score wanted); ARGV[4] = the key set once the
-- index was built; ARGV[5] = the followed index whose generation the
-- read is guarded by ("" = none); ARGV[6..] = numbers of further docs to load.
-- Returns {"unbuilt"} when the index was never built and docs of the kind
-- exist (written before it existed: the caller reads them all and builds
-- it); otherwise {generation, number, version, json, ...} (generation "0"
-- without ARGV[5], or never raised), each doc once, in
-- no particular order (json "" for a number without a doc). A scope with
-- no doc of the kind yet has its index kept by every commit from the
-- first: it is marked built.
local base, ix, kind = KEYS[1], KEYS[1] .. ARGV[1], ARGV[2]
if redis.call("EXISTS", base .. ARGV[4]) == 0 then
  if redis.call("EXISTS", base .. "seq:" .. kind) == 1 then
    return {"unbuilt"}
  end
  redis.call("SET", base .. ARGV[4], "1")
end
local since = ARGV[3]
local top = redis.call("ZRANGE", ix, -1, -1, "WITHSCORES")
if top[2] and tonumber(top[2]) < tonumber(since) then
  since = top[2]
end
local ids = redis.call("ZRANGEBYSCORE", ix, since, "+inf")
for i = 6, #ARGV do
  ids[#ids + 1] = ARGV[i]
end
local gen = "0"
if ARGV[5] ~= "" then
  gen = redis.call("GET", base .. "gen:" .. ARGV[5]) or "0"
end
local out, seen = {gen}, {}
for _, n in ipairs(ids) do
  if not seen[n] then
    seen[n] = true
    local f = redis.call("HMGET", base .. kind .. ":" .. n, "v", "j")
    out[#out + 1] = n
    out[#out + 1] = f[1] or "0"
    out[#out + 1] = f[2] or ""
  end
end
return out
