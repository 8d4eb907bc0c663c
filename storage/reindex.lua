-- reindex: rebuild an index of the scope from its documents, atomically.
-- KEYS[1] = key base; ARGV[1] = "once" to do nothing when the index was
-- built before (the commits have kept it since), "" to rebuild anyway;
-- ARGV[2] = which index:
--   "open":       the "open" index from the reports; ARGV[3..] are the
--                 statuses that are not open ("closed", …);
--   "approvedof": every household's "claims:approved:<户号>" from the
--                 approved claims (ApprovedOf);
--   "callsof":    every person's "calls:of:<person key>" from the call
--                 tasks (CallsOf);
--   "claimsof":   every household's "claims:of:<户号>" from the claims
--                 (ClaimsOf);
--   "redeemedby": every shopkeeper's "redeemed:by:<name>" from the
--                 ledger's redemptions (RedeemedBy), and
--                 "redeemed:back:<name>" from its refunds, each scored by
--                 the number of the redemption it gives back (RefundedOf).
-- Returns how many documents the index holds, or -1 when it did nothing.
local base, which = KEYS[1], ARGV[2]
local built = base .. which .. "built"
if ARGV[1] == "once" and redis.call("EXISTS", built) == 1 then
  return -1
end
-- each calls fn with every decodable document of kind k in index ix
local function each(ix, k, fn)
  for _, id in ipairs(redis.call("ZRANGE", base .. ix, 0, -1)) do
    local j = redis.call("HGET", base .. k .. ":" .. id, "j")
    if j then
      local ok, doc = pcall(cjson.decode, j)
      if ok and type(doc) == "table" then
        fn(id, doc)
      end
    end
  end
end
local n = 0
-- follow adds document id to the followed index ix (see commit.lua) and
-- moves the index's generation when it was not there: a copy read before
-- is behind now
local function follow(ix, id)
  if redis.call("ZADD", base .. ix, id, id) == 1 then
    redis.call("INCR", base .. "gen:" .. ix)
  end
  n = n + 1
end
-- byHousehold follows every claim of index ix in its household's index,
-- prefix .. 户号
local function byHousehold(ix, prefix)
  each(ix, "c", function(id, doc)
    if type(doc.household) == "string" and doc.household ~= "" then
      follow(prefix .. doc.household, id)
    end
  end)
end
if which == "open" then
  local closed = {}
  for i = 3, #ARGV do closed[ARGV[i]] = true end
  local ix = base .. "open"
  redis.call("DEL", ix)
  -- followed (see commit.lua): a copy read before is behind now
  redis.call("INCR", base .. "gen:open")
  each("reports", "r", function(id, doc)
    if not closed[doc.status] then
      redis.call("ZADD", ix, id, id)
      n = n + 1
    end
  end)
elseif which == "approvedof" then
  byHousehold("claims:approved", "claims:approved:")
elseif which == "claimsof" then
  byHousehold("claims", "claims:of:")
elseif which == "callsof" then
  each("calls", "t", function(id, doc)
    if type(doc.person_key) == "string" then
      follow("calls:of:" .. doc.person_key, id)
    end
  end)
elseif which == "redeemedby" then
  each("ledger", "l", function(id, doc)
    if doc.event == "redeem" and type(doc.by) == "string" and doc.by ~= "" then
      follow("redeemed:by:" .. doc.by, id)
    elseif doc.event == "refund" and type(doc.reverses) == "string" then
      local r = string.match(doc.reverses, "^L(%d+)$")
      local j = r and redis.call("HGET", base .. "l:" .. r, "j")
      local ok, red = false, nil
      if j then ok, red = pcall(cjson.decode, j) end
      if ok and type(red) == "table" and type(red.by) == "string" and red.by ~= "" then
        redis.call("ZADD", base .. "redeemed:back:" .. red.by, tonumber(r), id)
        n = n + 1
      end
    end
  end)
else
  return redis.error_reply("reindex: unknown index " .. tostring(which))
end
redis.call("SET", built, "1")
return n
