package understand

import (
	"cmp"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"log/slog"
	"sync"
	"sync/atomic"
	"time"
	"unicode/utf8"

	"gridbot/lru"
	"gridbot/prompts"
	"gridbot/village"
)

// Extractor reads one masked message with a model; *prompts.Client is one.
type Extractor interface {
	Extract(ctx context.Context, req prompts.Request) (prompts.Draft, prompts.Usage, error)
}

// Cache keeps model readings by key and counts token use across restarts
// and replicas; *storage.Store is one. Any error is logged and ignored.
type Cache interface {
	LLMReading(ctx context.Context, key string) ([]byte, bool, error)
	PutLLMReading(ctx context.Context, key string, reading []byte, ttl time.Duration) error
	AddLLMUsage(ctx context.Context, day string, counts map[string]int64) error
}

// The pipeline's defaults, taken where PipelineOptions leaves a field zero.
// They are the only copy: config's llm block applies the same constants,
// so a bot without an llm block and NewPipeline(PipelineOptions{}) agree.
const (
	DefaultTimeout         = 8 * time.Second
	DefaultMaxRetries      = 1
	DefaultBreakerFailures = 3
	DefaultBreakerCooldown = time.Minute
	DefaultBreakerSlow     = 5 * time.Second
	DefaultCacheTTL        = 7 * 24 * time.Hour
	DefaultMinRunes        = 5
	DefaultMaxInputRunes   = 500
	DefaultSettleAbove     = 0.85
)

// PipelineOptions configure a Pipeline. Zero values take the Default
// constants above.
type PipelineOptions struct {
	// Rules read every message first. Required (the zero value works).
	Rules Rules
	// LLM reads what the rules cannot settle. Nil: rules only.
	LLM Extractor
	// Model names the model in cache keys.
	Model string
	// Cache keeps readings by text hash and counts tokens. Optional.
	Cache Cache
	// Timeout bounds the model's work on one message, retries included.
	// Default 8s.
	Timeout time.Duration
	// MaxRetries is how often a failed call is retried within Timeout.
	// Default 1; negative means never (as in go-redis).
	MaxRetries int
	// BreakerFailures failed messages in a row open the breaker for
	// BreakerCooldown. Defaults 3 and 1m.
	BreakerFailures int
	BreakerCooldown time.Duration
	// BreakerSlow: a message whose good answer took this long counts
	// toward BreakerFailures as a failure does (its reading is still
	// used), so that a model slow every time does not hold up every
	// unclear message. Default 5s.
	BreakerSlow time.Duration
	// CacheTTL: how long a reading is cached. Default 7d.
	CacheTTL time.Duration
	// MinRunes and MaxInputRunes: the pre-filter's bounds. Defaults 5, 500.
	MinRunes, MaxInputRunes int
	// SettleAbove: a rules reading this confident is final. Default 0.85.
	SettleAbove float64
	// Now is the clock (breaker, usage days). Default time.Now.
	Now func() time.Time
	// Location names usage days. Default time.Local.
	Location *time.Location
	Logger   *slog.Logger
}

// Pipeline reads free text: rules first; the model only for messages the
// rules cannot settle that pass a cheap pre-filter, with their numbers
// masked, within a timeout, retried once, behind a circuit breaker, cached
// by text hash; the rules' reading on any failure. The model may raise a
// message to an emergency, never lower one.
type Pipeline struct {
	o       PipelineOptions
	llm     Extractor
	base    prompts.Request
	version string
	brk     *breaker
	memo    *memo
	stats   counters
	// probes are the background calls of a half-open breaker.
	probes sync.WaitGroup
	check  startCheck
	// cause is why the breaker last opened: "failing", "slow" or
	// "throttled" (Health.Cause).
	cause atomic.Value
}

// startCheck is the check Probe makes at start, as Health reports it.
type startCheck struct {
	mu    sync.Mutex
	state string // "", "checking", "ok" or "failed"
	err   string
}

func (c *startCheck) set(state string, err error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.state, c.err = state, ""
	if err != nil {
		c.err = err.Error()
	}
}

func (c *startCheck) get() (state, err string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.state, c.err
}

// Stats count what the pipeline did since it started.
type Stats struct {
	Messages         int64 `json:"messages"`
	Settled          int64 `json:"settled_by_rules"`
	Filtered         int64 `json:"filtered"`
	CacheHits        int64 `json:"cache_hits"`
	Calls            int64 `json:"llm_calls"`
	Failures         int64 `json:"llm_failures"`
	Discarded        int64 `json:"llm_discarded"`
	BreakerSkips     int64 `json:"breaker_skips"`
	Slow             int64 `json:"llm_slow"`
	Used             int64 `json:"llm_readings_used"`
	PromptTokens     int64 `json:"prompt_tokens"`
	CompletionTokens int64 `json:"completion_tokens"`
}

type counters struct {
	messages, settled, filtered, cacheHits, calls, failures, discarded, skips, slow, used, prompt, completion atomic.Int64
}

// NewPipeline returns a Pipeline. It starts nothing.
func NewPipeline(o PipelineOptions) *Pipeline {
	o = o.withDefaults()
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.Location == nil {
		o.Location = time.Local
	}
	if o.Logger == nil {
		o.Logger = slog.Default()
	}
	p := &Pipeline{o: o, llm: o.LLM, brk: newBreaker(o.BreakerFailures, o.BreakerCooldown), memo: newMemo(1024)}
	p.base = prompts.Request{Categories: village.Categories}
	for _, t := range village.Types {
		p.base.Types = append(p.base.Types, string(t))
	}
	for _, h := range village.Hazards {
		p.base.Hazards = append(p.base.Hazards, string(h))
	}
	for _, i := range o.Rules.Catalogue {
		if i.Claimable() {
			p.base.Indicators = append(p.base.Indicators, prompts.Indicator{Code: i.Code, Category: i.Category, Name: i.Name})
		}
	}
	// The cache key covers everything the answer depends on: the
	// templates, the model and all the request holds but the text (types,
	// categories, hazards, each indicator's code, category and name), so
	// that a catalogue edited since is asked about afresh.
	h := sha256.New()
	h.Write([]byte(prompts.Version() + "\x00" + o.Model + "\x00"))
	base, _ := json.Marshal(p.base)
	h.Write(base)
	p.version = hex.EncodeToString(h.Sum(nil))[:12]
	return p
}

// withDefaults fills the zero tunables with the Default constants; a
// negative MaxRetries stays (retries reads it as none), so that options
// taken back from a Pipeline give the same Pipeline again.
func (o PipelineOptions) withDefaults() PipelineOptions {
	o.Timeout = cmp.Or(o.Timeout, DefaultTimeout)
	o.MaxRetries = cmp.Or(o.MaxRetries, DefaultMaxRetries)
	o.BreakerFailures = cmp.Or(o.BreakerFailures, DefaultBreakerFailures)
	o.BreakerCooldown = cmp.Or(o.BreakerCooldown, DefaultBreakerCooldown)
	o.BreakerSlow = cmp.Or(o.BreakerSlow, DefaultBreakerSlow)
	o.CacheTTL = cmp.Or(o.CacheTTL, DefaultCacheTTL)
	o.MinRunes = cmp.Or(o.MinRunes, DefaultMinRunes)
	o.MaxInputRunes = cmp.Or(o.MaxInputRunes, DefaultMaxInputRunes)
	o.SettleAbove = cmp.Or(o.SettleAbove, DefaultSettleAbove)
	return o
}

// Stats returns the counters.
func (p *Pipeline) Stats() Stats {
	c := &p.stats
	return Stats{Messages: c.messages.Load(), Settled: c.settled.Load(), Filtered: c.filtered.Load(),
		CacheHits: c.cacheHits.Load(), Calls: c.calls.Load(), Failures: c.failures.Load(), Discarded: c.discarded.Load(),
		BreakerSkips: c.skips.Load(), Slow: c.slow.Load(), Used: c.used.Load(), PromptTokens: c.prompt.Load(), CompletionTokens: c.completion.Load()}
}

// Health is the model's state for the operator (/healthz): State "up"
// while free text is read with it; "checking" while the check made at
// start (Probe) still waits for the model's first answer; "paused" while
// it failed and the rules read free text alone, until RetryAt, since
// DownSince, ReadByRules messages so far; "retrying" when the pause is
// over and the next unclear message tries the model. With the outcome of
// the check made at start and the counts since start.
type Health struct {
	Model string `json:"model"`
	State string `json:"state"`
	// Cause is why it is paused: "failing" (errors, or a whole timeout
	// spent), "slow" (answers too late) or "throttled" (the endpoint asked
	// to wait, HTTP 429); empty while up.
	Cause       string    `json:"cause,omitempty"`
	RetryAt     time.Time `json:"retry_at,omitzero"`
	DownSince   time.Time `json:"down_since,omitzero"`
	ReadByRules int       `json:"read_by_rules,omitempty"`
	// StartCheck is "checking" while Probe waits, then "ok" or
	// "failed", with StartCheckError saying why; empty before any check.
	StartCheck      string `json:"start_check,omitempty"`
	StartCheckError string `json:"start_check_error,omitempty"`
	Stats
}

// Health reports the model's state now.
func (p *Pipeline) Health() Health {
	state, until, since, skipped := p.brk.outage(p.o.Now())
	h := Health{Model: p.o.Model, RetryAt: until, DownSince: since, ReadByRules: skipped, Stats: p.Stats()}
	h.StartCheck, h.StartCheckError = p.check.get()
	switch {
	case state == "closed" && h.StartCheck == "checking":
		// Not known to answer yet: "up" would say more than is known.
		h.State = "checking"
	case state == "closed":
		h.State = "up"
	case state == "open":
		h.State = "paused"
	default:
		h.State = "retrying"
	}
	if state != "closed" {
		h.Cause, _ = p.cause.Load().(string)
	}
	return h
}

// Read classifies text. It never fails and never takes longer than the
// timeout (plus the cache's round trips).
func (p *Pipeline) Read(ctx context.Context, text string) village.Reading {
	p.stats.messages.Add(1)
	rules := p.o.Rules.Read(ctx, text)
	if p.llm == nil || rules.Type == village.Emergency || rules.Confidence >= p.o.SettleAbove {
		p.stats.settled.Add(1)
		return rules
	}
	t := normalize(text)
	// The pre-filter: too short, no Chinese, or an attempt to instruct the
	// bot (which the rules read as data and the model need not see).
	if utf8.RuneCountInString(t) < p.o.MinRunes || !hasHan(t) || instructs(canon(t)) {
		p.stats.filtered.Add(1)
		return rules
	}
	if rs := []rune(t); len(rs) > p.o.MaxInputRunes {
		t = string(rs[:p.o.MaxInputRunes])
	}
	masked := village.Mask(t)
	key := p.key(masked)
	if r, ok := p.cached(ctx, key); ok {
		return merge(rules, r, text)
	}
	ok, probe := p.brk.allow(p.o.Now())
	switch {
	case !ok:
		p.stats.skips.Add(1)
		return rules
	case probe:
		// The breaker is open and its cooldown over: this message tries
		// the model in the background while the rules read it, so that
		// no one waits on a model that may still be down. A good answer
		// closes the breaker and is cached for the next time.
		p.stats.skips.Add(1)
		p.probes.Add(1)
		go func() {
			defer p.probes.Done()
			p.fetch(context.WithoutCancel(ctx), key, masked)
		}()
		return rules
	}
	r, err := p.fetch(ctx, key, masked)
	if err != nil {
		return rules
	}
	return merge(rules, r, text)
}

// RulesAlarm reports whether the rules alone read an emergency in text,
// as Read would before any model call: cheap (microseconds), so that a
// transport may handle such a message ahead of those waiting on the model.
// Of a long text only the head is read, as the router reads it
// (village.Head): the transport asks on its polling goroutine, where the
// rules over a pasted megabyte took seconds and held up every group.
func (p *Pipeline) RulesAlarm(ctx context.Context, text string) bool {
	head, _ := village.Head(text, 0)
	return p.o.Rules.Read(ctx, head).Type == village.Emergency
}

// fetch asks the model about a masked text, logs the outcome, and keeps
// a good reading under key.
func (p *Pipeline) fetch(ctx context.Context, key, masked string) (village.Reading, error) {
	r, ch, err := p.ask(ctx, masked)
	p.logOutcome(ctx, ch, err)
	if err != nil {
		return village.Reading{}, err
	}
	p.memo.put(key, r)
	if p.o.Cache != nil {
		if b, err := json.Marshal(r); err == nil {
			if err := p.o.Cache.PutLLMReading(ctx, key, b, p.o.CacheTTL); err != nil {
				p.o.Logger.WarnContext(ctx, "llm cache write", "err", err)
			}
		}
	}
	return r, nil
}

func (p *Pipeline) key(masked string) string {
	sum := sha256.Sum256([]byte(p.version + "\x00" + masked))
	return hex.EncodeToString(sum[:16])
}

// cached finds a reading in memory or in the cache.
func (p *Pipeline) cached(ctx context.Context, key string) (village.Reading, bool) {
	if r, ok := p.memo.get(key); ok {
		p.stats.cacheHits.Add(1)
		return r, true
	}
	if p.o.Cache == nil {
		return village.Reading{}, false
	}
	b, ok, err := p.o.Cache.LLMReading(ctx, key)
	if err != nil {
		p.o.Logger.WarnContext(ctx, "llm cache read", "err", err)
		return village.Reading{}, false
	}
	if !ok {
		return village.Reading{}, false
	}
	var r village.Reading
	if err := json.Unmarshal(b, &r); err != nil {
		return village.Reading{}, false
	}
	// Validated again: it may have been kept by an older gridbot that
	// let through what this one refuses or cleans.
	r, err = validate(draftOf(r), p.o.Rules.Catalogue)
	if err != nil {
		p.o.Logger.InfoContext(ctx, "llm: a cached reading no longer passes validation; asking again", "err", err)
		return village.Reading{}, false
	}
	p.memo.put(key, r)
	p.stats.cacheHits.Add(1)
	return r, true
}

// draftOf is the draft a validated reading came from, to validate it again.
func draftOf(r village.Reading) prompts.Draft {
	return prompts.Draft{Intent: string(r.Intent), Also: string(r.Also), Type: string(r.Type), Category: r.Category,
		Hazard: string(r.Hazard), Summary: r.Summary, Place: r.Place, People: r.People, Indicator: r.Indicator,
		Confidence: r.Confidence}
}

// probeText is what Probe asks the model: an ordinary village report.
const probeText = "村口的路灯坏了，晚上很黑"

// Probe asks the model about one ordinary message, as Read would (masked,
// within the timeout, with the retry, validated), and returns why it
// failed; nil when no model is configured. The bot calls it at start so
// that a wrong address, model name or key shows up at once instead of as a
// silent fall-back to the rules. Health says "checking" while it waits,
// then its outcome; a check cut short by ctx leaves no outcome.
func (p *Pipeline) Probe(ctx context.Context) error {
	if p.llm == nil {
		return nil
	}
	p.check.set("checking", nil)
	_, _, err := p.ask(ctx, village.Mask(probeText))
	switch {
	case err == nil:
		p.check.set("ok", nil)
	case ctx.Err() != nil:
		p.check.set("", nil)
	default:
		p.check.set("failed", err)
	}
	return err
}

// ask calls the model within the timeout, retrying a failed call while
// time is left, and validates the answer. It records the outcome with the
// breaker and counts tokens.
func (p *Pipeline) ask(ctx context.Context, masked string) (village.Reading, change, error) {
	ctx, cancel := context.WithTimeout(ctx, p.o.Timeout)
	defer cancel()
	req := p.base
	req.Text = masked
	start := p.o.Now()
	var usage prompts.Usage
	var d prompts.Draft
	var err error
	calls := 0
	for attempt := 0; attempt <= max(p.o.MaxRetries, 0); attempt++ {
		var u prompts.Usage
		calls++
		d, u, err = p.llm.Extract(ctx, req)
		usage = usage.Add(u)
		if err == nil || ctx.Err() != nil || !retryable(err) {
			break
		}
	}
	timedOut := ctx.Err() != nil && err != nil
	var r village.Reading
	if err == nil {
		r, err = validate(d, p.o.Rules.Catalogue)
		if err != nil {
			p.stats.discarded.Add(1)
		}
	}
	var throttled *prompts.ThrottledError
	var ch change
	slow := int64(0)
	switch {
	case errors.As(err, &throttled):
		// Asked to wait: no call until then (the cooldown when it did
		// not say how long), never longer than maxHold.
		wait := throttled.RetryAfter
		if wait <= 0 {
			wait = p.o.BreakerCooldown
		}
		ch = p.brk.hold(p.o.Now(), min(wait, maxHold))
	case errors.Is(err, prompts.ErrFiltered):
		// The endpoint works; it refused this one text.
		ch = p.brk.record(true, false, p.o.Now())
	case err == nil && p.o.Now().Sub(start) >= p.o.BreakerSlow:
		// A good answer, but late: counted against the model as a
		// failure would be; the reading is used all the same.
		p.stats.slow.Add(1)
		slow = 1
		ch = p.brk.record(false, false, p.o.Now())
		ch.slow = true
	default:
		ch = p.brk.record(err == nil, timedOut, p.o.Now())
	}
	if ch.kind == opened {
		switch {
		case throttled != nil:
			p.cause.Store("throttled")
		case ch.slow:
			p.cause.Store("slow")
		default:
			p.cause.Store("failing")
		}
	}
	p.stats.calls.Add(int64(calls))
	p.stats.prompt.Add(int64(usage.Prompt))
	p.stats.completion.Add(int64(usage.Completion))
	failed := int64(0)
	if err != nil {
		p.stats.failures.Add(1)
		failed = 1
	} else {
		p.stats.used.Add(1)
	}
	p.o.Logger.InfoContext(ctx, "llm call", "calls", calls, "ok", err == nil, "prompt_tokens", usage.Prompt,
		"completion_tokens", usage.Completion, "cached_tokens", usage.Cached, "reasoning_tokens", usage.Reasoning,
		"ms", p.o.Now().Sub(start).Milliseconds())
	if p.o.Cache != nil {
		day := p.o.Now().In(p.o.Location).Format("2006-01-02")
		counts := map[string]int64{"calls": int64(calls), "failures": failed, "slow": slow,
			"prompt_tokens": int64(usage.Prompt), "completion_tokens": int64(usage.Completion),
			"cached_tokens": int64(usage.Cached), "reasoning_tokens": int64(usage.Reasoning)}
		// Counting must not wait on a model that has used up the timeout.
		if err := p.o.Cache.AddLLMUsage(context.WithoutCancel(ctx), day, counts); err != nil {
			p.o.Logger.WarnContext(ctx, "llm usage count", "err", err)
		}
	}
	if err != nil {
		if timedOut && !errors.Is(err, context.DeadlineExceeded) {
			err = errors.Join(err, context.DeadlineExceeded)
		}
		return village.Reading{}, ch, err
	}
	return r, ch, nil
}

// logOutcome logs a model call's outcome for the operator: each failure
// while the breaker is closed, with why; an outage once when the breaker
// opens and once when it closes again, with how long it lasted and how
// many messages the rules read meanwhile; the probes that fail in between
// at info level only, so that a model down for hours is not a warning a
// minute.
func (p *Pipeline) logOutcome(ctx context.Context, ch change, err error) {
	log := p.o.Logger
	if err == nil {
		switch {
		case ch.slow && ch.kind == opened:
			log.WarnContext(ctx, "llm: the model keeps answering slowly; free text is read by the rules until it answers fast again",
				"slow_after", p.o.BreakerSlow.String(), "retry_at", p.brk.until())
		case ch.slow && ch.kind == reopened:
			log.InfoContext(ctx, "llm: still slow; free text stays with the rules", "retry_at", p.brk.until())
		}
		if ch.kind == recovered {
			log.InfoContext(ctx, "llm: the model answers again; free text is read with it",
				"down_for", p.o.Now().Sub(ch.since).Round(time.Second).String(), "read_by_rules", ch.skipped)
		}
		return
	}
	var throttled *prompts.ThrottledError
	retryAt := p.brk.until()
	switch {
	case errors.Is(err, prompts.ErrFiltered):
		log.WarnContext(ctx, "llm: the endpoint's content filter refused this message; using rules", "err", err)
	case ch.kind == reopened:
		log.InfoContext(ctx, "llm: still failing; free text stays with the rules", "err", err, "retry_at", retryAt)
	case errors.Is(err, prompts.ErrRejected):
		log.ErrorContext(ctx, "llm: the endpoint refuses the request; free text is read by the rules until llm is set right (README, 大模型)",
			"err", err, "retry_at", retryAt)
	case errors.As(err, &throttled):
		log.WarnContext(ctx, "llm: the endpoint is turning calls away; rules only until the breaker lets one through",
			"status", throttled.Status, "retry_after", throttled.RetryAfter, "retry_at", retryAt, "err", err)
	case ch.kind == opened:
		log.WarnContext(ctx, "llm: the model keeps failing; free text is read by the rules until it answers again",
			"err", err, "retry_at", retryAt)
	default:
		log.WarnContext(ctx, "llm reading failed; using rules", "err", err, "breaker", "closed")
	}
}

// maxHold bounds how long a Retry-After stops the calls: a wrong or hostile
// header must not turn the model off for the day.
const maxHold = 10 * time.Minute

// retryable reports whether a failed call is worth asking again within the
// timeout. A refused request is a setting to change, a filtered message is
// refused again, and a throttled endpoint asked to be left alone.
func retryable(err error) bool {
	var throttled *prompts.ThrottledError
	return !errors.Is(err, prompts.ErrRejected) && !errors.Is(err, prompts.ErrFiltered) && !errors.As(err, &throttled)
}

// SourceLLM is Reading.Source of a reading the model's answer decided.
const SourceLLM = "llm"

// merge combines the rules' reading of text with the model's: the
// model's wins, except that it may never lower an emergency (the rules
// settle those before the model is asked, so this is belt and braces) nor
// wave away a danger the rules report (see dismissesDanger), nor silence a
// report or claim the rules read (see silences), and that what it leaves
// out the rules fill in.
func merge(rules, llm village.Reading, text string) village.Reading {
	if rules.Type == village.Emergency || dismissesDanger(rules, llm, text) {
		return rules
	}
	if silences(rules, llm) {
		// "我们组那个垃圾桶好几天没人收了有点臭" read as chatter: the
		// villager is asked (我理解为…回复「1」登记) rather than ignored;
		// the model's doubt only keeps it from being filed unasked.
		rules.Disputed = true
		return rules
	}
	out := chasing(llm, Canon(text))
	out.Source = SourceLLM
	if out.Summary == "" {
		out.Summary = rules.Summary
	}
	if out.Place == "" {
		out.Place = rules.Place
	}
	if out.Type == village.Emergency && out.Hazard == village.HazardNone {
		// "村口两帮人打起来了" read by the model as an emergency of no
		// hazard: a fight or a scam under way is the rules' crime (110),
		// whose reply tells how to keep safe or stop the money.
		if s := Hear(text); Violent(s) || Scam(s) {
			out.Hazard = village.HazardCrime
			if out.Category == "" || out.Category == "其他" {
				out.Category = hazardCategory(out.Hazard)
			}
		}
	}
	return out
}

// dismissesDanger reports whether the model's reading llm would leave
// unreported what the rules read in text as a report of a danger: a
// hazard ("墙往外鼓 怕哪天倒下来砸着人", 安全隐患) or something a passer-by
// may come to harm by before it is fixed (see Caution). However sure the
// model says it is, chatter, a question or a claim alone is no reading of
// those: the model may raise urgency, never lower it.
func dismissesDanger(rules, llm village.Reading, text string) bool {
	if rules.Intent != village.IntentReport || llm.Intent == village.IntentReport || llm.Also == village.IntentReport {
		return false
	}
	return rules.Category == "安全隐患" || caution(Hear(text).Canon) != village.HazardNone
}

// silences reports whether the model's reading llm files nothing (chatter
// or a question) where the rules read a report or a points claim: however
// sure the model says it is, that would leave the sender unanswered.
func silences(rules, llm village.Reading) bool {
	files := func(r village.Reading) bool {
		return r.Intent == village.IntentReport || r.Claims() || r.Also == village.IntentReport
	}
	return files(rules) && !files(llm)
}

// memo is a small in-process LRU of model readings, so that one message
// read twice (free text, then filing) costs one call even with no cache.
type memo struct{ c *lru.Cache[village.Reading] }

func newMemo(max int) *memo { return &memo{c: lru.New[village.Reading](max)} }

func (m *memo) get(key string) (village.Reading, bool) {
	r, ok := m.c.Get(key)
	r.People = append([]string(nil), r.People...)
	return r, ok
}

func (m *memo) put(key string, r village.Reading) { m.c.Put(key, r) }
