-- reindex: rebuild the scope's "open" index from its reports, atomically.
-- KEYS[1] = key base; ARGV = the statuses that are not open ("closed", …)
-- Returns how many reports the index holds.
local base = KEYS[1]
local closed = {}
for _, s in ipairs(ARGV) do closed[s] = true end
local ix = base .. "open"
redis.call("DEL", ix)
local n = 0
for _, id in ipairs(redis.call("ZRANGE", base .. "reports", 0, -1)) do
  local j = redis.call("HGET", base .. "r:" .. id, "j")
  if j then
    local ok, doc = pcall(cjson.decode, j)
    if ok and type(doc) == "table" and not closed[doc.status] then
      redis.call("ZADD", ix, id, id)
      n = n + 1
    end
  end
end
return n
