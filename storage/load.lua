-- load: the version and JSON of docs listed in a sorted set, in order, in one round trip.
-- KEYS[1] = key base; ARGV[1] = index name ("reports", "open:<grid>", …); ARGV[2] = doc kind;
-- ARGV[3] = how many of the highest-numbered (latest) to load, 0 or absent: all
-- Returns a flat list: the index's generation (see commit.lua; "0" when it
-- has none), then number, version, json, ...
local base = KEYS[1]
local last = tonumber(ARGV[3] or "0")
local ids
if last > 0 then
  ids = redis.call("ZRANGE", base .. ARGV[1], -last, -1)
else
  ids = redis.call("ZRANGE", base .. ARGV[1], 0, -1)
end
local out = {redis.call("GET", base .. "gen:" .. ARGV[1]) or "0"}
for _, n in ipairs(ids) do
  local f = redis.call("HMGET", base .. ARGV[2] .. ":" .. n, "v", "j")
  table.insert(out, n)
  table.insert(out, f[1] or "0")
  table.insert(out, f[2] or "")
end
return out
