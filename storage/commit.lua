-- commit: one message's (or one job run's) whole state change, atomically.
-- KEYS[1] = key base "<prefix>:{<scope>}:" (every key of the scope shares its hash tag)
-- ARGV[1] = source id ("" = no dedupe): a transport message id or a job run id
-- ARGV[2] = dedupe TTL in seconds
-- ARGV[3..7] = how many docs, audit entries, outbound messages, counters
--           and kept values follow, in that order,
-- ARGV[8], ARGV[9] = an index and the generation it was read at ("" = no
--           guard): the change was decided on that read, so it commits
--           only while the index's members are as they were; several,
--           each a line (the first may be "": no guard of its own); a
--           generation may be followed by a space and the kind of the
--           documents read, which a "stale" refusal returns as they are now;
-- ARGV[10], ARGV[11] = a kept key and the value it must hold ("" = no
--           guard; value "" = the key must not exist): the change was
--           decided on that value;
-- ARGV[12] = the item ("R12", or "\1REF\1" for the first doc's) the held
--           messages below are about ("" = none): they are listed in
--           heldabout:<item>, to be withdrawn if it is settled first;
-- ARGV[13] = items settled by this change, comma-separated ("" = none):
--           their held messages still waiting are withdrawn (state
--           "withdrawn", out of the held set), before this change's own;
-- ARGV[14] = "1" when an acknowledgement record comes first (see below);
-- ARGV[15..19] = the message's sender where he wrote it ("" = no message:
--           nothing of the rest is read), its words' hash, its own id, the
--           id it is handled under (its own, or the first's when this
--           process took it as a resend) and the resend memo's TTL in
--           seconds: the memo resend:<sender> ("hash\nfirst id[\ntaker]",
--           written by storage.Made after a commit went unanswered) makes
--           the same words from him the first message again: a source id
--           that is the handled-under id, or begins with it and ":", is
--           made under the first's instead, and marked under its own
--           too (taken by one message, once; other words of his drop the
--           memo);
-- ARGV[20] = the millisecond, on Redis's clock, after which the process
--           that sent this commit has stopped waiting for its answer ("" =
--           unknown): run after it, with no memo of the same words left, it
--           leaves the memo itself, as storage.Made would (its process may
--           be gone: restarted while Redis still stalled);
-- then the records, as flat fields (plain
--           arguments: the script decodes no JSON and never parses a body
--           or a text):
--   doc:     kind, number (0 creates: the number comes from INCR seq:<kind>;
--            otherwise the stored version must equal the next field),
--            version, refs ("1": the body may hold the first doc's
--            reference as the JSON-escaped "\u0001REF\u0001", or an
--            earlier n-th doc's as "\u0001REFn\u0001"), count of
--            index ops, then per op: sorted set, "1" add | "0" remove |
--            "@<score>" add with that score (otherwise the score is the number);
--            then the body (JSON; "": the doc is only checked, not written)
--   audit:   at, by, action, note, ref ("" = the first doc's reference)
--   out:     to, kind, prio, hold (unix s; "" = send at once; "@" and unix s:
--            at once, written then; otherwise
--            the message waits in the "held" set until then, see claim.lua;
--            "/" and unix s after it: when it expires, kept in the hash),
--            about (the item a held message is about when not ARGV[12]'s:
--            one change on several reports; "" = ARGV[12]'s),
--            text ("\1REF\1" becomes the first doc's
--            reference, "\1REFn\1" the n-th doc's),
--            join (bot.Outbound.Join: kept as the message's "join", which
--            claim.lua takes its alike along by; "" = none)
--   ack:     a 收到 of the notices of one group (storage.NoticeAck):
--            posted index (scored by when each was posted), live index
--            (scored by when each stops being followed up), the key set
--            once the live index holds every notice, the sequence key of
--            notices, counter hash prefix, fields (households, one a
--            line: a 接龙 names several), quoted notice number
--            ("" = none), now, prune (unix s: live entries that ended
--            before it are dropped), since (unix s, "" = no guard), before
--            (unix s, "" = none: a bare one answers only notices posted at
--            or before it, call99). It
--            answers the quoted notice when it was posted there; else the
--            one posted there last (the highest number among those posted
--            at that time), and every one still live at now; each counts
--            1 in the hash prefix..number under field. With since, a change
--            whose group had no notice posted at or after it commits
--            nothing. Out texts may hold "\1ACKED\1", the answered notices
--            ("#N3、#N4"): such a message is not queued when none is.
--   counter: hash, field, by (HINCRBY)
--   kept:    key, ttl in ms (0 deletes the key), mode ("1": the value may hold the first doc's
--            reference as in a doc body; "drop": its lines are taken from the key's
--            value, see storage.Kept.Drop; "gen": a plain write that raises
--            gen:<key>, see storage.Kept.Followed), value (SET with an expiry), after
--            ("" = none: otherwise the value is kept after the old one, on a
--            line of its own, when the old one begins with after), was ("" =
--            no guard: otherwise the value the key held when the change was
--            decided on it, questions read from a process's copy; the change
--            commits only while the key holds exactly that, checked before
--            any write; "\0": the key must not exist)
-- Every followed index carries a generation, gen:<index>, raised at every
-- record that names it: the scope's open reports ("open") and a grid's
-- ("open:<grid>"), its reports ("reports": every write of a report names
-- it, so that its generation is raised at every change of one), a
-- household's account ("hh:<户号>") and approved claims
-- ("claims:approved:<户号>") and claims ("claims:of:<户号>"), the claims an
-- objection froze ("claims:objected"), those waiting for review
-- ("claims:pending") and those approved ("claims:approved"), a year's
-- ranking counter hashes ("pts:<year>", "veto:<year>": raised at every
-- counter record of them, see below), a year's archived ranking ("rank:<year>"),
-- the calls still to make ("calls:open"), a person's ("calls:of:<key>") and
-- those holding an elder's open question ("calls:asked": every write of a call names it),
-- the supermarket's counted stock ("stock"), every notice ("notices": every
-- write of a notice names it), a sale's redemption and refund ("sale:<n>");
-- storage's followed() names the same.
-- Returns {"ok", n, ref1, ..., refn, index, generation, ..., withdrawn}
-- (the n documents' references, then the followed indexes it changed and
-- their generations now, the documents' first, then the counter records', then the numbers of the notices the ack answered
-- and how many, then how many held messages ARGV[13] withdrew, then per
-- kept record with an after or in drop mode, in order, the value it left
-- under its key ("" = none) and that value's time to live in ms:
-- one flat list, which Redis turns into a reply faster than nested ones) | {"dup"} | {"stale", (index, kind, generation, n, (number, version, json) * n) * …}
-- (each read with a kind, as it is now) | {"conflict", i, version} |
-- {"missing", i} | {"changed"} | {"was"} (a kept record's was guard) | {"unbuilt"} (the ack's live index was
-- never built and notices exist: build it, commit again) | {"older"}
-- (the ack's since guard)
-- Numbers stay the text they came as where they can: every number the
-- script turns into text (tostring, or a number passed to redis.call) is
-- a printf in Redis.
local base = KEYS[1]
local function followed(set)
  return set == "open" or string.sub(set, 1, 5) == "open:" or set == "reports" or string.sub(set, 1, 3) == "hh:" or string.sub(set, 1, 16) == "claims:approved:" or string.sub(set, 1, 10) == "claims:of:" or set == "claims" or set == "claims:objected" or set == "claims:pending" or
    set == "claims:approved" or string.sub(set, 1, 4) == "pts:" or string.sub(set, 1, 5) == "veto:" or string.sub(set, 1, 5) == "rank:" or set == "calls:open" or set == "calls:asked" or string.sub(set, 1, 9) == "calls:of:" or set == "stock" or set == "notices" or
    string.sub(set, 1, 5) == "sale:"
end
local src, alias = ARGV[1], nil
if ARGV[15] ~= "" and src ~= "" then
  local key, hash, own, under = base .. "resend:" .. ARGV[15], ARGV[16], ARGV[17], ARGV[18]
  local memo = redis.call("GET", key)
  local free = not memo -- no memo of these words stands
  if memo then
    local h, first, taker = string.match(memo, "^([^\n]*)\n([^\n]*)\n?([^\n]*)$")
    if h ~= hash then
      redis.call("DEL", key) -- he moved on: other words
      free = true
    elseif first == own then
      -- the first message itself, run late: the memo stays for its resend
    elseif taker ~= "" and taker ~= own then
      redis.call("DEL", key) -- these words once more: his own message
      free = true
    else
      -- his resend: made under the first message's id, and marked under
      -- its own too (delivered again once the memo is gone)
      if taker == "" then
        redis.call("SET", key, memo .. "\n" .. own, "KEEPTTL")
      end
      if src == under then
        src = first
      elseif string.sub(src, 1, #under + 1) == under .. ":" then
        src = first .. string.sub(src, #under + 1)
      end
      if src ~= ARGV[1] then
        alias = base .. "seen:" .. ARGV[1]
      end
    end
  elseif under ~= own then
    -- taken by this process before the memo was written: so it stays taken
    redis.call("SET", key, hash .. "\n" .. under .. "\n" .. own, "EX", ARGV[19])
    free = false
  end
  if free and ARGV[20] ~= "" then
    local t = redis.call("TIME")
    if tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000) > tonumber(ARGV[20]) then
      -- run late: its sender may have been told to send it again
      redis.call("SET", key, hash .. "\n" .. under, "EX", ARGV[19])
    end
  end
end
local seen = base .. "seen:" .. src
if src ~= "" and redis.call("EXISTS", seen) == 1 then
  if alias then
    redis.call("SET", alias, redis.call("GET", seen), "EX", ARGV[2])
  end
  return {"dup"}
end
if ARGV[8] ~= "" then
  -- a line of ARGV[9] is a generation, then, when the read was of a
  -- followed index's documents, a space and their kind
  local gens, kinds = {}, {}
  for g in string.gmatch(ARGV[9], "[^\n]+") do
    local gen, kind = string.match(g, "^(%S+) ?(%S*)$")
    kinds[#gens + 1] = kind
    gens[#gens + 1] = gen
  end
  local indexes, stale = {}, false
  for index in string.gmatch(ARGV[8] .. "\n", "([^\n]*)\n") do
    indexes[#indexes + 1] = index
    if index ~= "" and tonumber(redis.call("GET", base .. "gen:" .. index) or "0") ~= tonumber(gens[#indexes]) then
      stale = true
    end
  end
  if stale then
    -- refused: each read of documents as it stands now (load.lua's answer,
    -- after the index, its kind and how many), so that the change is decided
    -- again with no read of its own
    local out = {"stale"}
    for i, index in ipairs(indexes) do
      if index ~= "" and kinds[i] ~= "" then
        local ids = redis.call("ZRANGE", base .. index, 0, -1)
        table.insert(out, index)
        table.insert(out, kinds[i])
        table.insert(out, redis.call("GET", base .. "gen:" .. index) or "0")
        table.insert(out, #ids)
        for _, n in ipairs(ids) do
          local f = redis.call("HMGET", base .. kinds[i] .. ":" .. n, "v", "j")
          table.insert(out, n)
          table.insert(out, f[1] or "0")
          table.insert(out, f[2] or "")
        end
      end
    end
    return out
  end
end
if ARGV[10] ~= "" and (redis.call("GET", base .. ARGV[10]) or "") ~= ARGV[11] then
  return {"changed"}
end
-- p is the first argument of the next record
local p = 21
local ack
if ARGV[14] == "1" then
  ack = {posted = base .. ARGV[p], live = base .. ARGV[p + 1], built = base .. ARGV[p + 2], seq = base .. ARGV[p + 3],
    hash = ARGV[p + 4], field = ARGV[p + 5], quoted = ARGV[p + 6], now = ARGV[p + 7], prune = ARGV[p + 8], since = ARGV[p + 9],
    before = ARGV[p + 10]}
  p = p + 11
end
local docs, ndocs = {}, 0
if ARGV[3] ~= "0" then
  ndocs = tonumber(ARGV[3])
end
for i = 1, ndocs do
  -- id and v as text: "0" creates
  local d = {k = ARGV[p], id = ARGV[p + 1], v = ARGV[p + 2], r = ARGV[p + 3] == "1", ix = {}}
  local nix = ARGV[p + 4]
  p = p + 5
  if nix ~= "0" then
    for j = 1, tonumber(nix) do
      local add = ARGV[p + 1]
      d.ix[j] = {ARGV[p], add ~= "0", string.sub(add, 1, 1) == "@" and string.sub(add, 2) or nil}
      p = p + 2
    end
  end
  d.body = ARGV[p]
  p = p + 1
  docs[i] = d
end
local nincr, nkeep = 0, 0
if ARGV[6] ~= "0" then
  nincr = tonumber(ARGV[6])
end
if ARGV[7] ~= "0" then
  nkeep = tonumber(ARGV[7])
end
-- The kept records' guards (they come last: after the audit entries, the
-- messages and the counters), before any write.
if nkeep > 0 then
  local q = p + 5 * tonumber(ARGV[4]) + 7 * tonumber(ARGV[5]) + 3 * nincr
  for _ = 1, nkeep do
    local was = ARGV[q + 5]
    if was ~= "" then
      -- "\0": the key must not exist (storage.AskAbsent)
      local cur = redis.call("GET", base .. ARGV[q])
      if was == "\0" and cur or was ~= "\0" and cur ~= was then
        return {"was"}
      end
    end
    q = q + 6
  end
end
-- Check every version first, so that a conflict changes nothing.
for i, d in ipairs(docs) do
  if d.id ~= "0" then
    local v = redis.call("HGET", base .. d.k .. ":" .. d.id, "v")
    if not v then return {"missing", i} end
    if v ~= d.v and tonumber(v) ~= tonumber(d.v) then return {"conflict", i, tonumber(v)} end
  end
end
-- The notices an acknowledgement answers (read only, before any write).
local acked, ackedText = {}, ""
if ack then
  if redis.call("EXISTS", ack.built) == 0 then
    if redis.call("EXISTS", ack.seq) == 1 then
      return {"unbuilt"}
    end
    -- no notice yet: every commit from the first keeps the index
    redis.call("SET", ack.built, "1")
  end
  if ack.quoted ~= "" then
    if redis.call("ZSCORE", ack.posted, ack.quoted) then
      acked[1] = ack.quoted
    end
  else
    local top
    if ack.before ~= "" then
      top = redis.call("ZREVRANGEBYSCORE", ack.posted, ack.before, "-inf", "WITHSCORES", "LIMIT", 0, 1)
    else
      top = redis.call("ZRANGE", ack.posted, -1, -1, "WITHSCORES")
    end
    if ack.since ~= "" and (not top[2] or tonumber(top[2]) < tonumber(ack.since)) then
      return {"older"}
    end
    local seen = {}
    local function add(n)
      if not seen[n] then
        seen[n] = true
        acked[#acked + 1] = n
      end
    end
    if top[2] then
      local latest
      for _, n in ipairs(redis.call("ZRANGEBYSCORE", ack.posted, top[2], top[2])) do
        if not latest or tonumber(n) > tonumber(latest) then latest = n end
      end
      add(latest)
    end
    for _, n in ipairs(redis.call("ZRANGEBYSCORE", ack.live, "(" .. ack.now, "+inf")) do
      if ack.before == "" or tonumber(redis.call("ZSCORE", ack.posted, n) or "0") <= tonumber(ack.before) then
        add(n)
      end
    end
    table.sort(acked, function(a, b) return tonumber(a) < tonumber(b) end)
  end
  local shown = {}
  for i, n in ipairs(acked) do
    shown[i] = "#N" .. n
  end
  ackedText = table.concat(shown, "、")
end
local refs, gens = {}, {}
for i, d in ipairs(docs) do
  local id = d.id
  -- a doc without a body is only checked (above), never written: a read
  -- the change was decided on
  if d.body ~= "" then
    local body = d.body
    if d.r and refs[1] then
      -- the JSON-escaped placeholder, not preceded by a backslash (which
      -- would make it text someone typed): the first doc's, or an
      -- earlier n-th doc's (a claim filed after reports in one change)
      body = string.gsub(body, '([^\\])\\u0001REF(%d*)\\u0001', function(pre, n)
        return pre .. (refs[tonumber(n) or 1] or refs[1])
      end)
    end
    local version
    if id == "0" then
      -- the number as text once, rather than formatted again at every use
      id, version = tostring(redis.call("INCR", base .. "seq:" .. d.k)), "1"
    else
      version = tonumber(d.v) + 1
    end
    redis.call("HSET", base .. d.k .. ":" .. id, "v", version, "j", body)
    for _, ix in ipairs(d.ix) do
      if ix[2] then
        redis.call("ZADD", base .. ix[1], ix[3] or id, id)
      else
        redis.call("ZREM", base .. ix[1], id)
      end
      if followed(ix[1]) then
        gens[#gens + 1] = ix[1]
        gens[#gens + 1] = redis.call("INCR", base .. "gen:" .. ix[1])
      end
    end
  end
  refs[i] = string.upper(d.k) .. id
end
local ref1 = refs[1] or ""
-- the reference a placeholder names: "\1REF\1" the first doc's, "\1REFn\1"
-- the n-th's; any other text is a reference as it is
local function refNamed(s)
  if string.sub(s, 1, 4) ~= "\1REF" then return s end
  local n = string.sub(s, 5, -2)
  if n == "" then return ref1 end
  return refs[tonumber(n)] or ref1
end
local withdrawn = 0
if ARGV[13] ~= "" then
  for item in string.gmatch(ARGV[13], "[^,]+") do
    local key = base .. "heldabout:" .. item
    for _, seq in ipairs(redis.call("SMEMBERS", key)) do
      if redis.call("ZREM", base .. "held", seq) == 1 then
        redis.call("HSET", base .. "out:" .. seq, "state", "withdrawn")
        redis.call("EXPIRE", base .. "out:" .. seq, 604800)
        withdrawn = withdrawn + 1
      end
    end
    redis.call("DEL", key)
  end
end
local about = refNamed(ARGV[12])
if ARGV[4] ~= "0" then
  for _ = 1, tonumber(ARGV[4]) do
    local aref = ARGV[p + 4]
    if aref == "" then aref = ref1 else aref = refNamed(aref) end
    redis.call("XADD", base .. "audit", "*", "at", ARGV[p], "by", ARGV[p + 1], "action", ARGV[p + 2],
      "ref", aref, "msg", src, "note", ARGV[p + 3])
    p = p + 5
  end
end
if ARGV[5] ~= "0" then
  local nouts = tonumber(ARGV[5])
  -- an ack that answered no notice queues no message naming them
  local drop = ack and #acked == 0
  local function dropped(text)
    return drop and string.find(text, "\1ACKED\1", 1, true)
  end
  local queued = nouts
  if drop then
    for k = 1, nouts do
      if dropped(ARGV[p + 7 * k - 2]) then queued = queued - 1 end
    end
  end
  -- the messages take the next sequence numbers, in order
  local first = redis.call("INCRBY", base .. "outseq", queued) - queued
  local j = 0
  for _ = 1, nouts do
    local to, kind, prio, hold, itsAbout, text, join = ARGV[p], ARGV[p + 1], ARGV[p + 2], ARGV[p + 3], ARGV[p + 4], ARGV[p + 5], ARGV[p + 6]
    p = p + 7
    if itsAbout == "" then itsAbout = about else itsAbout = refNamed(itsAbout) end
    if not dropped(text) then
      j = j + 1
      local seq = tostring(first + j)
      if string.find(text, "\1", 1, true) then
        text = string.gsub(text, "\1REF\1", ref1)
        for i, r in ipairs(refs) do
          text = string.gsub(text, "\1REF" .. i .. "\1", r)
        end
        text = string.gsub(text, "\1ACKED\1", ackedText)
      end
      -- no state field: a message is queued or, in the inflight set, in
      -- flight until its outcome is written
      if string.sub(hold, 1, 1) == "@" then
        -- not held: "@" and when its text was written, for the claim
        -- that finds it late (Outbox.reword)
        redis.call("HSET", base .. "out:" .. seq, "to", to, "kind", kind, "prio", prio,
          "text", text, "src", src, "at", string.sub(hold, 2))
        hold = ""
      else
        redis.call("HSET", base .. "out:" .. seq, "to", to, "kind", kind, "prio", prio,
          "text", text, "src", src)
      end
      if join ~= "" then
        redis.call("HSET", base .. "out:" .. seq, "join", join)
      end
      if hold ~= "" then
        -- held (quiet hours): the claim that finds it due queues it, with
        -- the score it would have had
        redis.call("HSET", base .. "out:" .. seq, "hold", hold)
        hold = string.match(hold, "^[^/]*") -- "<hold>/<expires>": held by the first
        redis.call("ZADD", base .. "held", hold, seq)
        if itsAbout ~= "" then
          redis.call("SADD", base .. "heldabout:" .. itsAbout, seq)
          -- kept two days past the latest hold, so that a message held
          -- for days (a 我是's lapse notice) can still be withdrawn
          local keep = math.max(172800, tonumber(hold) - tonumber(redis.call("TIME")[1]) + 172800)
          if redis.call("TTL", base .. "heldabout:" .. itsAbout) < keep then
            redis.call("EXPIRE", base .. "heldabout:" .. itsAbout, keep)
          end
        end
      else
        -- the score priority·10¹² + seq, written as text: the priority's
        -- digit, then seq in twelve digits
        local score
        if #seq <= 12 and #prio == 1 then
          score = prio .. string.rep("0", 12 - #seq) .. seq
        else
          score = tonumber(prio) * 1000000000000 + first + j
        end
        redis.call("ZADD", base .. "outq", score, seq)
      end
    end
  end
end
for _ = 1, nincr do
  redis.call("HINCRBY", base .. ARGV[p], ARGV[p + 1], ARGV[p + 2])
  if followed(ARGV[p]) then
    -- a followed counter hash (a year's scores and vetoes): its
    -- generation, returned after the documents' indexes'
    gens[#gens + 1] = ARGV[p]
    gens[#gens + 1] = redis.call("INCR", base .. "gen:" .. ARGV[p])
  end
  p = p + 3
end
if ack then
  for _, n in ipairs(acked) do
    for field in string.gmatch(ack.field, "[^\n]+") do
      redis.call("HINCRBY", base .. ack.hash .. n, field, 1)
    end
  end
  redis.call("ZREMRANGEBYSCORE", ack.live, "-inf", "(" .. ack.prune)
end
-- lefts: what each record with an after or in drop mode left, and how
-- long it lives
local lefts = {}
for _ = 1, nkeep do
  local key, value, more = base .. ARGV[p], ARGV[p + 3], ARGV[p + 4]
  if ARGV[p + 2] == "drop" then
    -- take the lines of value, once each, from the key's value; lines
    -- kept meanwhile stay
    local old = redis.call("GET", key)
    local kept, ttl = "", 0
    if old then
      local gone, left = {}, {}
      for line in string.gmatch(value, "[^\n]+") do
        gone[line] = (gone[line] or 0) + 1
      end
      for line in string.gmatch(old, "[^\n]+") do
        if (gone[line] or 0) > 0 then
          gone[line] = gone[line] - 1
        else
          left[#left + 1] = line
        end
      end
      if #left == 0 then
        redis.call("DEL", key)
      else
        kept = table.concat(left, "\n")
        redis.call("SET", key, kept, "KEEPTTL")
        ttl = redis.call("PTTL", key)
      end
    end
    lefts[#lefts + 1] = kept
    lefts[#lefts + 1] = ttl
  else
    if ARGV[p + 2] == "1" and refs[1] then
      -- the first doc's reference, or the n-th's ("\u0001REFn\u0001")
      value = string.gsub(value, '([^\\])\\u0001REF(%d*)\\u0001', function(pre, n)
        return pre .. refNamed("\1REF" .. n .. "\1")
      end)
    end
    if more ~= "" and tonumber(ARGV[p + 1]) > 0 then
      local old = redis.call("GET", key)
      if old and string.sub(old, 1, #more) == more then
        value = old .. "\n" .. value
        -- at most 8 lines: the oldest go first
        local _, breaks = string.gsub(value, "\n", "")
        for _ = 9, breaks + 1 do
          value = string.sub(value, string.find(value, "\n", 1, true) + 1)
        end
      end
    end
    if tonumber(ARGV[p + 1]) > 0 then
      redis.call("SET", key, value, "PX", ARGV[p + 1])
    else
      redis.call("DEL", key)
      value = ""
    end
    if ARGV[p + 2] == "gen" then
      redis.call("INCR", base .. "gen:" .. ARGV[p])
    end
    if more ~= "" then
      lefts[#lefts + 1] = value
      lefts[#lefts + 1] = ARGV[p + 1]
    end
  end
  p = p + 6
end
if src ~= "" then
  redis.call("SET", seen, ref1, "EX", ARGV[2])
  if alias then
    redis.call("SET", alias, ref1, "EX", ARGV[2])
  end
end
local res = {"ok", #refs}
for i = 1, #refs do
  res[i + 2] = refs[i]
end
for i = 1, #gens do
  res[#refs + 2 + i] = gens[i]
end
for i = 1, #acked do
  res[#res + 1] = acked[i]
end
res[#res + 1] = #acked
res[#res + 1] = withdrawn
for i = 1, #lefts do
  res[#res + 1] = lefts[i]
end
return res
