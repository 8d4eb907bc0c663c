-- reindex: rebuild the scope's "open" index from its reports, atomically.
-- KEYS[1] = key base; ARGV[1] = "once" to do nothing when the index was
-- rebuilt before (the commits have kept it since), "" to rebuild anyway;
-- ARGV[2..] = the statuses that are not open ("closed", …).
-- Returns how many reports the index holds, or -1 when it did nothing.
local base = KEYS[1]
local built = base .. "openbuilt"
if ARGV[1] == "once" and redis.call("EXISTS", built) == 1 then
  return -1
end
local closed = {}
for i = 2, #ARGV do closed[ARGV[i]] = true end
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
redis.call("SET", built, "1")
return n
