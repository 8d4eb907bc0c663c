-- load: the version and JSON of docs listed in a sorted set, in order, in one round trip.
-- KEYS[1] = key base; ARGV[1] = index name ("reports", "open:<grid>", …); ARGV[2] = doc kind
-- Returns a flat list: number, version, json, ...
local base = KEYS[1]
local ids = redis.call("ZRANGE", base .. ARGV[1], 0, -1)
local out = {}
for _, n in ipairs(ids) do
  local f = redis.call("HMGET", base .. ARGV[2] .. ":" .. n, "v", "j")
  table.insert(out, n)
  table.insert(out, f[1] or "0")
  table.insert(out, f[2] or "")
end
return out
