-- load: the JSON of reports listed in a sorted set, in order, in one round trip.
-- KEYS[1] = key base; ARGV[1] = index name ("reports" or "open:<grid>"); ARGV[2] = max count (0 = all)
local base = KEYS[1]
local stop = tonumber(ARGV[2]) - 1
local ids = redis.call("ZRANGE", base .. ARGV[1], 0, stop)
local out = {}
for _, n in ipairs(ids) do
  table.insert(out, n)
  table.insert(out, redis.call("HGET", base .. "r:" .. n, "j") or "")
end
return out
