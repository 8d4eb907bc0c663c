// Package config is gridbot's one typed configuration: YAML, unknown keys
// rejected with their line number, secrets only from the environment.
package config

import (
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	_ "time/tzdata" // the time zone must load on machines without zoneinfo
	"unicode"
	"unicode/utf8"

	"github.com/robfig/cron/v3"
	"gopkg.in/yaml.v3"

	"gridbot/village"
)

// Config is the whole configuration file.
type Config struct {
	// BotName is the bot's display name in groups; "@BotName" addresses it.
	BotName string `yaml:"bot_name"`
	// TimeZone is an IANA zone name. Default Asia/Shanghai.
	TimeZone   string      `yaml:"time_zone"`
	Township   Township    `yaml:"township"`
	Villages   []Village   `yaml:"villages"`
	Roster     string      `yaml:"roster"`
	SLA        SLA         `yaml:"sla"`
	Procedures []Procedure `yaml:"procedures"`
	// ProcedureDesks say where procedures the guide does not hold are
	// done (退役军人优待证: 退役军人服务站), so that such a question is
	// told whom to ask, with no rule or amount. Optional.
	ProcedureDesks []ProcedureDesk `yaml:"procedure_desks"`
	Redis          Redis           `yaml:"redis"`
	LLM            LLM             `yaml:"llm"`
	Schedules      Schedules       `yaml:"schedules"`
	QuietHours     QuietHours      `yaml:"quiet_hours"`
	Outreach       Outreach        `yaml:"outreach"`
	Notices        Notices         `yaml:"notices"`
	Followup       Followup        `yaml:"followup"`
	Outbound       Outbound        `yaml:"outbound"`
	WeChat         WeChat          `yaml:"wechat"`
	Points         Points          `yaml:"points"`

	loc *time.Location
	cal village.Calendar
	// root is the file as read, for the line of a key (At); nil for a
	// Config built in code.
	root *yaml.Node
	// file is the path Load read, for messages that tell which file to
	// change (File); "" for a Config parsed from bytes.
	file string
	// unfilled are the procedures whose entry in the file still holds the
	// example's commented amount with ○○ for the figure (UnfilledAmounts).
	unfilled []string
}

// File is the path of the config file Load read, as the operator wrote
// it on the command line; "" for a Config parsed from bytes (the bundled
// example).
func (c *Config) File() string { return c.file }

// Township is the township office and its chats.
type Township struct {
	Name string `yaml:"name"`
	// OfficeChat receives escalations and digests.
	OfficeChat string `yaml:"office_chat"`
	// EmergencyChat receives emergencies the minute they are reported.
	EmergencyChat string       `yaml:"emergency_chat"`
	Departments   []Department `yaml:"departments"`
}

// Chat reports whether chat is one of the township's two chats.
func (t Township) Chat(chat string) bool { return chat == t.OfficeChat || chat == t.EmergencyChat }

// Department is a township department that items may be referred to.
type Department struct {
	Name  string `yaml:"name"`
	Duty  string `yaml:"duty"`
	Phone string `yaml:"phone"`
}

// Department finds the department a cadre names: by its name or one of
// the names a "/" separates in it (党群服务中心/综治中心), with or without
// the township's 镇 before it (镇司法所).
func (t Township) Department(name string) (Department, bool) {
	name = strings.TrimPrefix(strings.TrimSpace(name), "镇")
	for _, d := range t.Departments {
		for n := range strings.SplitSeq(d.Name, "/") {
			if n = strings.TrimPrefix(strings.TrimSpace(n), "镇"); n != "" && n == name {
				return d, true
			}
		}
	}
	return Department{}, false
}

// Village is one village and its grids.
type Village struct {
	Name string `yaml:"name"`
	// Mediators are roster names who join every mediation item of the village.
	Mediators []string `yaml:"mediators"`
	Grids     []Grid   `yaml:"grids"`
}

// Grid is one grid and its WeChat group.
type Grid struct {
	Name string `yaml:"name"`
	// Group is the exact WeChat group name.
	Group string `yaml:"group"`
}

// SLA holds time limits per report type.
type SLA struct {
	// EscalateAfter: an overdue item whose handler was reminded and which is
	// still overdue this long after goes to the township. Default 1d.
	EscalateAfter Duration `yaml:"escalate_after"`
	// AskRemindAfter: a township question to the grid (镇里问) still
	// unanswered this long after it was asked is reminded of, once, to the
	// grid's leaders, by schedules.ask_reminder (in its working hours: one
	// asked late in the day is reminded of the next morning). Default 4h.
	AskRemindAfter Duration `yaml:"ask_remind_after"`
	// PromiseLimit: a handler's promised day (进展 「预计4月30日前办结」)
	// becomes the item's deadline only up to this long after the deadline
	// the type's limit set; a later day is refused. The on-time statistics
	// keep that deadline whatever was promised. Default 7d.
	PromiseLimit Duration `yaml:"promise_limit"`
	General      Limit    `yaml:"general"`
	Mediation    Limit    `yaml:"mediation"`
	Emergency    Limit    `yaml:"emergency"`
	Approval     Limit    `yaml:"approval"`
	// BusinessDays counts limits of a day or more (24h counts as 1d) in
	// working days in TimeZone: Monday to Friday, minus Holidays, plus
	// Workdays (see village.Calendar). Emergencies always count clock time.
	// Default false: plain clock time.
	BusinessDays bool `yaml:"business_days"`
	// Holidays are days off besides weekends. Default none. A year counts
	// as listed (Config.HolidaysMissing, warned about at start-up and daily)
	// when it has its Spring Festival (a day off from 15 January to the
	// end of February) and its National Day (1 October): any one day is
	// not enough, as a notice's 元旦 can start on 31 December of the year
	// before.
	Holidays Holidays `yaml:"holidays"`
	// Workdays are weekend days worked in exchange for a holiday (调休上班).
	// Default none.
	Workdays Workdays `yaml:"workdays"`
}

// Limit is how long acceptance and resolution may take.
type Limit struct {
	Accept  Duration `yaml:"accept"`
	Resolve Duration `yaml:"resolve"`
}

// Procedure is one entry of the approval knowledge base.
type Procedure struct {
	Name      string   `yaml:"name"`
	Keywords  []string `yaml:"keywords"`
	Steps     []string `yaml:"steps"`
	Materials []string `yaml:"materials"`
	Where     string   `yaml:"where"`
	TimeLimit string   `yaml:"time_limit"`
	Note      string   `yaml:"note"`
	// Department names the township department (township.departments)
	// where it is done: its phone is told with the guide's 去哪办 line and
	// to a further question the guide does not answer. Optional.
	Department string `yaml:"department"`
	// Check tells how a villager looks up his own record himself (a fee
	// paid, a payout arrived): one line told beside the leader's answer
	// to "今年的医保交了没有", "养老金这个月到账了吗", which no guide
	// answers. Optional.
	Check string `yaml:"check"`
	// Amount is what it costs or pays (个人缴费每人每年400元, 每月50元),
	// told to a villager who asks 多少钱, 交多少 or 标准; AmountYear is
	// the year it was set for, said beside it. Optional; with Amount,
	// AmountYear is required.
	Amount     string `yaml:"amount"`
	AmountYear int    `yaml:"amount_year"`
	// AmountKind says which way Amount goes: AmountFee (the villager pays
	// it) or AmountBenefit (he receives it). Default: read from the words
	// of Amount and Name (交, 缴费 a fee; 发, 领, 补贴 a benefit), which
	// may guess wrong: write it.
	AmountKind string `yaml:"amount_kind"`
	// Amounts are the amounts of a procedure that has both ways (养老保险:
	// a yearly fee, a monthly pension), each with its kind (required) and
	// year. Optional; beside Amount or instead of it.
	Amounts []Amount `yaml:"amounts"`
}

// ProcedureDesk is where procedures the guide lacks are usually done.
type ProcedureDesk struct {
	// Keywords are the villagers' words for those procedures (优待证, 农机补贴).
	Keywords []string `yaml:"keywords"`
	// Where is the office told, as a villager would look for it (镇退役军人服务站).
	Where string `yaml:"where"`
	// Department is the township department of Where (township.departments),
	// whose phone is told with it. Optional.
	Department string `yaml:"department"`
}

// Desk is the first entry of procedure_desks whose keywords text names.
func (c *Config) Desk(text string) (ProcedureDesk, bool) {
	for _, d := range c.ProcedureDesks {
		for _, k := range d.Keywords {
			if k != "" && strings.Contains(text, k) {
				return d, true
			}
		}
	}
	return ProcedureDesk{}, false
}

// Amount is one sum of money a procedure costs or pays.
type Amount struct {
	// Text is the amount as told: 个人缴费每人每年400元.
	Text string `yaml:"text"`
	// Kind is AmountFee or AmountBenefit; empty only for a procedure's
	// single Amount, whose kind is then guessed from words.
	Kind string `yaml:"kind"`
	// Year is the year the amount was set for (2026).
	Year int `yaml:"year"`
}

// The kinds of an Amount.
const (
	AmountFee     = "fee"     // the villager pays it: 医保 个人缴费
	AmountBenefit = "benefit" // the villager receives it: 高龄补贴, 养老金
)

// AllAmounts are p's amounts: Amount (as an Amount of AmountKind) first,
// then Amounts.
func (p *Procedure) AllAmounts() []Amount {
	if p.Amount == "" {
		return p.Amounts
	}
	return append([]Amount{{Text: p.Amount, Kind: p.AmountKind, Year: p.AmountYear}}, p.Amounts...)
}

// Redis says where state lives.
type Redis struct {
	// URL such as redis://127.0.0.1:6379/0 or unix:///run/redis.sock.
	// Empty: sandbox and replay use an in-process store; run refuses.
	URL string `yaml:"url"`
	// Prefix starts every key. Default "gb".
	Prefix string `yaml:"prefix"`
	// PasswordEnv names the environment variable holding the password.
	PasswordEnv string `yaml:"password_env"`
}

// LLM is an optional OpenAI-compatible endpoint for free text.
// The keys after timeout (defaults and checks in llm.go) tune the free-text
// pipeline; the thresholds and duplicate settings apply with rules only too.
type LLM struct {
	Enabled   bool     `yaml:"enabled"`
	BaseURL   string   `yaml:"base_url"`
	Model     string   `yaml:"model"`
	APIKeyEnv string   `yaml:"api_key_env"`
	Timeout   Duration `yaml:"timeout"`
	// Mode is how the model answers: json (JSON mode), tools (a forced
	// tool call) or plain (neither; for servers that refuse both). Default
	// json.
	Mode string `yaml:"mode"`
	// MaxTokens bounds the model's answer, a thinking model's thinking
	// included. Default 400.
	MaxTokens int `yaml:"max_tokens"`
	// ExtraBody are top-level fields added to every request, for vendor
	// switches go-openai has no name for: {enable_thinking: false} for
	// Qwen3 on DashScope, {chat_template_kwargs: {enable_thinking: false}}
	// for Qwen3 on vLLM. Default none.
	ExtraBody map[string]any `yaml:"extra_body"`
	// MaxRetries is how many times a failed call is retried within the
	// timeout. Default 1; 0 = never.
	MaxRetries *int `yaml:"max_retries"`
	// BreakerFailures failed messages in a row open the circuit breaker
	// (a timed-out message opens it at once); BreakerCooldown later one
	// message tries again. Defaults 3 and 1m.
	BreakerFailures int      `yaml:"breaker_failures"`
	BreakerCooldown Duration `yaml:"breaker_cooldown"`
	// BreakerSlow: a good answer that took this long counts toward
	// BreakerFailures as a failure does. Default 5s.
	BreakerSlow Duration `yaml:"breaker_slow"`
	// CacheTTL keeps a reading by text hash in Redis. Default 7d.
	CacheTTL Duration `yaml:"cache_ttl"`
	// MinRunes: shorter messages never go to the model; MaxInputRunes:
	// longer ones are cut. Defaults 5 and 500.
	MinRunes      int `yaml:"min_runes"`
	MaxInputRunes int `yaml:"max_input_runes"`
	// SettleAbove: a rules reading this confident is final. Default 0.85.
	SettleAbove float64 `yaml:"settle_above"`
	// ConfirmAbove and RegisterAbove: the confidence at which a free-text
	// report is confirmed back, and registered without asking. Defaults
	// 0.6 and 0.8.
	ConfirmAbove  float64 `yaml:"confirm_above"`
	RegisterAbove float64 `yaml:"register_above"`
	// ConfirmTTL is how long a confirm-back question waits for its answer.
	// Default 30m.
	ConfirmTTL Duration `yaml:"confirm_ttl"`
	// DuplicateWindow and DuplicateSimilarity: an open report of the same
	// grid and category from this far back whose text is this similar
	// (0–1) is offered as the same matter. Defaults 3d and 0.5.
	DuplicateWindow     Duration `yaml:"duplicate_window"`
	DuplicateSimilarity float64  `yaml:"duplicate_similarity"`
}

// Schedules are cron expressions (minute hour dom month dow) in TimeZone.
// An empty schedule takes its default; "off" turns the job off.
type Schedules struct {
	EveningDigest string `yaml:"evening_digest"`
	MorningDigest string `yaml:"morning_digest"`
	Overdue       string `yaml:"overdue"`
	// Watchdog re-alerts unacknowledged emergencies. Default "*/5 * * * *".
	Watchdog string `yaml:"watchdog"`
	// Followup reminds reporters of resolved items and auto-closes. Default "0 10 * * *".
	Followup string `yaml:"followup"`
	// NoticeFollowup chases unacknowledged notices and posts the ones
	// held over the night. Default "15 * * * *"; "off" stops the chase
	// only (NoticeReleaseSpec).
	NoticeFollowup string `yaml:"notice_followup"`
	// Calls sends the day's phone-call reminders. Default "0 8 * * *".
	Calls string `yaml:"calls"`
	// Coverage posts last month's call coverage. Default "0 9 1 * *".
	Coverage string `yaml:"coverage"`
	// MonthlyReport posts last month's items per grid. Default "5 9 1 * *".
	MonthlyReport string `yaml:"monthly_report"`
	// YearlyReport posts last year's items (【年度事项】): counts by type,
	// by village (by grid in a township of one village), resolved in
	// time, still open at the year's end. Default "10 9 1 1 *" (January
	// 1st, after the December 【上月事项】: the year is whole by then).
	YearlyReport string `yaml:"yearly_report"`
	// AskReminder reminds a grid's leaders, once, of a township question
	// (镇里问) left unanswered sla.ask_remind_after. Default "0 9-17 * * *"
	// (working hours, hourly).
	AskReminder string `yaml:"ask_reminder"`
	// Unclaimed reminds the township office of the items sent up to it
	// that no officer took over past their sla.<type>.accept, at most
	// once a day, on working days. Default "0 10 * * *".
	Unclaimed string `yaml:"unclaimed"`
	// CatchUp is how far back `run` still runs the occurrences it missed
	// while down; older ones are skipped, so a bot down for a week does not
	// post a week of digests. Default 1d; 0 < catch_up <= 7d.
	CatchUp Duration `yaml:"catch_up"`
}

// Outreach says how often people who use no WeChat are phoned.
type Outreach struct {
	// Intervals per care tier. Defaults 高 7d, 重点 30d, 一般 90d.
	High   Duration `yaml:"high"`
	Focus  Duration `yaml:"focus"`
	Normal Duration `yaml:"normal"`
	// MaxMisses unanswered calls go to the grid leader. Default 2.
	MaxMisses int `yaml:"max_misses"`
	// VisitReminders is how many mornings the grid leader is asked again
	// for a visit not logged after MaxMisses; the morning after the last,
	// the township office hears the person could not be reached and the
	// task is closed. Default 2.
	VisitReminders int `yaml:"visit_reminders"`
	// ExtraDays are dates with an extra call to everyone: festivals,
	// severe weather warnings, each with what the call is about when the
	// file says (ExtraDay).
	ExtraDays []ExtraDay `yaml:"extra_days"`
	// RemindAgain is how often a call not logged yet is listed again to
	// the worker when nothing new comes with it, per care tier (no tier:
	// as 高). Defaults 高 1d, 重点 3d, 一般 7d.
	RemindAgain Tiers `yaml:"remind_again"`
	// TellLeaderAfter is how long after it came due a call not logged yet
	// is mentioned to the grid leader (again each care interval it stays
	// unlogged), per care tier (no tier: as 高). Defaults 高 3d, 重点 7d,
	// 一般 14d.
	TellLeaderAfter Tiers `yaml:"tell_leader_after"`
}

// Tiers is a duration per care tier: 高, 重点, 一般.
type Tiers struct {
	High   Duration `yaml:"high"`
	Focus  Duration `yaml:"focus"`
	Normal Duration `yaml:"normal"`
}

// For is t's duration for care tier c; a person without a tier (phoned
// only to pass on a notice, or on an extra day) counts as 高.
func (t Tiers) For(c village.Care) time.Duration {
	if d := village.CareInterval(c, t.High.Std(), t.Focus.Std(), t.Normal.Std()); d > 0 {
		return d
	}
	return t.High.Std()
}

// ListedAgain is how long after the worker's list last named c it names c
// again when nothing new comes with it (remind_again; once the grid
// leader was told of c, or asked to visit after too many misses, not
// sooner than tell_leader_after: he follows it up).
func (o Outreach) ListedAgain(c village.Call) time.Duration {
	again := o.RemindAgain.For(c.Care)
	if !c.LeaderToldAt.IsZero() || c.Status == village.CallEscalated {
		again = max(again, o.TellLeaderAfter.For(c.Care))
	}
	return again
}

// Notices configures township and village notices.
type Notices struct {
	// FollowupAfter is when households that did not answer 收到 are chased. Default 24h.
	FollowupAfter Duration `yaml:"followup_after"`
}

// Followup configures the reporter follow-up after 办结.
type Followup struct {
	// RemindAfter is how long after 办结 an unanswered reporter is reminded. Default 3d.
	RemindAfter Duration `yaml:"remind_after"`
	// CloseAfter is how long after the reminder the item closes by itself. Default 3d.
	CloseAfter Duration `yaml:"close_after"`
	// ProcedureCloseAfter is how long a procedure question the bot
	// answered with its procedure stays 待受理 when the villager does not
	// ask again; then it closes as 已告知办理流程. Default 14d.
	ProcedureCloseAfter Duration `yaml:"procedure_close_after"`
	// ReopenWithin is how long after an item closed (满意, or closed
	// unanswered) its reporter's short 「还是不亮」「又漏水了」 is offered
	// as that item not done, to reopen with 「是」, rather than filed as a
	// new one. Default 7d: a fix that held a week was a fix; later words
	// are a new breakdown (a new item linked to the old one).
	ReopenWithin Duration `yaml:"reopen_within"`
}

// QuietHours is when the bot posts nothing but emergencies, as "HH:MM".
type QuietHours struct {
	Start string `yaml:"start"`
	End   string `yaml:"end"`
}

// Contains reports whether t, read in its own zone, falls in the quiet
// hours. Unparsable hours (Load rejects them) are never quiet.
func (q QuietHours) Contains(t time.Time) bool {
	s, e, ok := q.minutes()
	if !ok {
		return false
	}
	m := t.Hour()*60 + t.Minute()
	if s <= e {
		return m >= s && m < e
	}
	return m >= s || m < e
}

// Until returns when the quiet hours that t falls in end, in t's zone;
// the zero time when t is not in quiet hours.
func (q QuietHours) Until(t time.Time) time.Time {
	if !q.Contains(t) {
		return time.Time{}
	}
	_, e, _ := q.minutes()
	end := time.Date(t.Year(), t.Month(), t.Day(), e/60, e%60, 0, 0, t.Location())
	if !end.After(t) {
		end = time.Date(t.Year(), t.Month(), t.Day()+1, e/60, e%60, 0, 0, t.Location())
	}
	return end
}

// NoticeReleaseSpec is the schedule held notices go out on: the notice
// follow-up's, or its default when that job is off (it then only posts
// what waits for the morning, chasing nobody: a notice the bot said it
// would post in the morning is never lost).
func (c *Config) NoticeReleaseSpec() string {
	if c.Schedules.NoticeFollowup == "off" {
		return DefaultNoticeFollowup
	}
	return c.Schedules.NoticeFollowup
}

// DefaultNoticeFollowup is schedules.notice_followup unless configured.
const DefaultNoticeFollowup = "15 * * * *"

// NoticeRelease is when an ordinary notice written at t, in quiet hours,
// goes out, and when the summary of an urgent one's answers met in them
// is posted: at the first run of NoticeReleaseSpec, in the configured
// time zone, after the quiet hours end that is not itself in quiet hours
// (07:15 with the defaults, and with the notice follow-up off). Read at t
// out of quiet hours, it is that job's next run. ok is false when its
// schedule does not parse (Load rejects that).
func (c *Config) NoticeRelease(t time.Time) (at time.Time, ok bool) {
	sched, err := cron.ParseStandard(c.NoticeReleaseSpec())
	if err != nil {
		return time.Time{}, false
	}
	from := t.In(c.Location())
	if until := c.QuietHours.Until(from); !until.IsZero() {
		from = until.Add(-time.Second)
	}
	at = sched.Next(from)
	for c.QuietHours.Contains(at) && at.Before(from.Add(48*time.Hour)) { // a run in the quiet hours posts nothing
		at = sched.Next(at)
	}
	return at, !at.IsZero()
}

// NextCallList is when the call lists (schedules.calls) next go out
// after t on a later day, in the configured time zone: when a worker who
// could not get through today is reminded to try again. ok is false when
// they are off or their schedule says no day.
func (c *Config) NextCallList(t time.Time) (next time.Time, ok bool) {
	sched, err := cron.ParseStandard(c.Schedules.Calls)
	if err != nil {
		return time.Time{}, false
	}
	day := t.In(c.Location())
	next = sched.Next(time.Date(day.Year(), day.Month(), day.Day()+1, 0, 0, 0, 0, c.Location()).Add(-time.Second))
	return next, !next.IsZero()
}

// WarningCalls is when the calls of a severe-weather warning (village.Notice.Warning)
// read at t are due, and whether a call list asks for them (listed) rather
// than a message of their own at once: today's list when it is still to
// come; else now, before CallsUntilHour and out of quiet hours (the same
// day: the cold comes tonight or tomorrow); else the next morning's list
// (a call at bedtime frightens more than it warns). With the call lists off
// they are due at t, listed false.
func (c *Config) WarningCalls(t time.Time) (due time.Time, listed bool) {
	local := t.In(c.Location())
	if today, ok := c.NextCallList(local.AddDate(0, 0, -1)); ok && today.After(t) &&
		today.Year() == local.Year() && today.YearDay() == local.YearDay() {
		return today, true
	}
	if local.Hour() < CallsUntilHour && !c.QuietHours.Contains(local) {
		return t, false
	}
	if next, ok := c.NextCallList(local); ok {
		return next, true
	}
	return t, false
}

// CallsUntilHour is the hour from which no call is asked for the same day
// (the scheduler's lists caught up late, a warning's calls): 18:00.
const CallsUntilHour = 18

// CallListedAgain is when the worker's call list next names c, still to
// make, if he logs nothing on it (he put it off: "等天晴了再打"): the
// same-day retry (Call.RetryAt) when still to come; else the next list on
// a later day for a call missed since it was last listed (also the miss
// that asked the leader to visit), one passing notices on or one not
// listed yet;
// else the first list Outreach.ListedAgain after the day it was last
// listed. ok is false when the call lists are off.
func (c *Config) CallListedAgain(call village.Call, now time.Time) (time.Time, bool) {
	if call.RetryAt.After(now) {
		return call.RetryAt, true
	}
	loc := c.Location()
	from := now.In(loc)
	news := call.RemindedAt.IsZero() || len(call.NoticeIDs()) > 0 ||
		call.Outcome == village.OutcomeMissed && call.LoggedAt.After(call.RemindedAt)
	if !news {
		last := call.RemindedAt.In(loc)
		days := int((c.Outreach.ListedAgain(call) + 24*time.Hour - time.Nanosecond) / (24 * time.Hour))
		if due := time.Date(last.Year(), last.Month(), last.Day()+days-1, 12, 0, 0, 0, loc); due.After(from) {
			from = due // the day before it is due: NextCallList takes the next day's
		}
	}
	return c.NextCallList(from)
}

// SameDayRetry is when a worker who missed, at t, a call that passes a
// notice on is reminded to try again the same day: the first run of the
// notice follow-up (NoticeReleaseSpec) SameDayRetryGap or more after t,
// out of quiet hours. A notice cannot wait for tomorrow's list when a
// whole day is left: ok is false for a miss at SameDayRetryUntil or
// later (evening calls disturb the elderly; tomorrow's list has it), and
// when no such run falls on t's day.
func (c *Config) SameDayRetry(t time.Time) (at time.Time, ok bool) {
	local := t.In(c.Location())
	if local.Hour() >= SameDayRetryUntil {
		return time.Time{}, false
	}
	sched, err := cron.ParseStandard(c.NoticeReleaseSpec())
	if err != nil {
		return time.Time{}, false
	}
	at = sched.Next(local.Add(SameDayRetryGap - time.Second))
	if y, m, d := local.Date(); at.IsZero() || !at.Before(time.Date(y, m, d+1, 0, 0, 0, 0, local.Location())) ||
		at.Hour() >= callsEvening || c.QuietHours.Contains(at) {
		return time.Time{}, false
	}
	return at, true
}

// SameDayRetryGap and SameDayRetryUntil: a notice's call missed before
// SameDayRetryUntil o'clock is tried again SameDayRetryGap later at the
// soonest (an elder out in the field is back by then); callsEvening is the
// hour no reminder to phone an elder is sent from (the call list's own
// evening cut-off).
const (
	SameDayRetryGap   = 2 * time.Hour
	SameDayRetryUntil = 16
	callsEvening      = 18
)

// minutes are the start and end as minutes after midnight.
func (q QuietHours) minutes() (start, end int, ok bool) {
	s, err1 := time.Parse("15:04", q.Start)
	e, err2 := time.Parse("15:04", q.End)
	if err1 != nil || err2 != nil {
		return 0, 0, false
	}
	return s.Hour()*60 + s.Minute(), e.Hour()*60 + e.Minute(), true
}

// Outbound paces messages per bot account.
type Outbound struct {
	// Interval between two messages of one account. Default 1s.
	Interval Duration `yaml:"interval"`
	// Jitter is a random extra wait up to this long. Default 500ms.
	Jitter Duration `yaml:"jitter"`
	// MaxChars splits longer texts into several messages. Default 600.
	MaxChars int `yaml:"max_chars"`
}

// WeChat configures the WeChat transport of `gridbot run` (one bot account
// per process).
type WeChat struct {
	// Account labels this bot account; it namespaces the account's keys in
	// Redis, so several processes (one per account) can share one Redis.
	// Default "default".
	Account string `yaml:"account"`
	// HotLogin keeps the login in Redis so that a restart needs no new scan.
	// Default true.
	HotLogin *bool `yaml:"hot_login"`
	// DataDir holds the login QR code (PNG) and received images; gridbot
	// resolves a relative one against the config file's folder. Default
	// "data/wechat".
	DataDir string `yaml:"data_dir"`
	// MaxImageMB: larger images are not saved. Default 10.
	MaxImageMB int `yaml:"max_image_mb"`
	// ImageDays: saved images older than this many days are deleted (they
	// are villagers' photos: keep them no longer than the work needs).
	// Default 180.
	ImageDays int `yaml:"image_days"`
	// ImageBudgetMB caps the disk the saved images use; the oldest days are
	// deleted first. Default 2048.
	ImageBudgetMB int `yaml:"image_budget_mb"`
	// EvidenceWindow: a photo belongs to the claim or report its sender
	// makes in the same chat this long after it, or made this long before
	// it. Default 10m; 1m to 2h.
	EvidenceWindow Duration `yaml:"evidence_window"`
	// MaxMessageAge: older messages (delivered late, e.g. after a restart)
	// are skipped. Default 10m.
	MaxMessageAge Duration `yaml:"max_message_age"`
	// PerMinute caps outbound messages per minute on top of
	// outbound.interval. Default 20.
	PerMinute int `yaml:"per_minute"`
	// Backoff is the first pause after WeChat answers "too frequent" (1205);
	// it doubles on each repeat, up to 16 times. Default 2m.
	Backoff Duration `yaml:"backoff"`
	// Liveness: alert when WeChat has not answered a sync for this long.
	// Default 5m.
	Liveness Duration `yaml:"liveness"`
	// HandleTimeout bounds the handling of one incoming message (Redis, the
	// LLM): a hung call holds up its group this long at most, and the
	// message is then given up. Default 2m; 10s to 30m, and longer than
	// llm.timeout when the LLM is on.
	HandleTimeout Duration `yaml:"handle_timeout"`
	// Township: this account handles the township office and emergency
	// chats and sends the township's messages. With several accounts, set
	// it true on exactly one. Default true.
	Township *bool `yaml:"township"`
	// Villages lists the villages whose grid groups this account serves:
	// it binds their groups and sends their messages. Messages for the
	// groups of other villages (a township notice, say) are handed to the
	// account that serves them, through Redis. Empty: every village.
	Villages []string `yaml:"villages"`
	// Healthz is the local address of /healthz; "off" disables it.
	// Default 127.0.0.1:9090.
	Healthz string `yaml:"healthz"`
	Alert   Alert  `yaml:"alert"`
}

// Alert is the webhook the bot calls when its transport stops working.
type Alert struct {
	// URLEnv names the environment variable holding the webhook URL (it
	// contains a key: never in the file). Unset or empty: log only.
	// Default GRIDBOT_ALERT_WEBHOOK.
	URLEnv string `yaml:"url_env"`
	// Kind is "wecom" (企业微信群机器人) or "json" ({"text": …}). Default wecom.
	Kind string `yaml:"kind"`
}

// HotLoginOn reports whether hot login is enabled (default true).
func (w WeChat) HotLoginOn() bool { return w.HotLogin == nil || *w.HotLogin }

// TownshipOn reports whether this account serves the township chats
// (default true).
func (w WeChat) TownshipOn() bool { return w.Township == nil || *w.Township }

// Serves reports whether this account serves village v's grid groups.
func (w WeChat) Serves(v string) bool {
	return len(w.Villages) == 0 || slices.Contains(w.Villages, v)
}

// ServedVillages lists the villages this account serves, in config order.
func (c *Config) ServedVillages() []Village {
	var out []Village
	for _, v := range c.Villages {
		if c.WeChat.Serves(v.Name) {
			out = append(out, v)
		}
	}
	return out
}

// SeveralGrids tells the villages of more than one grid: there a household
// of a list of the township is named with its grid (青山村三组张三户).
func (c *Config) SeveralGrids() map[string]bool {
	several := make(map[string]bool, len(c.Villages))
	for _, v := range c.Villages {
		several[v.Name] = len(v.Grids) > 1
	}
	return several
}

// AlertURL reads the alert webhook URL from the environment.
func (c *Config) AlertURL() string { return os.Getenv(c.WeChat.Alert.URLEnv) }

// Duration is a time.Duration that also accepts days, as in "3d".
type Duration time.Duration

// UnmarshalYAML accepts Go durations ("90m", "24h") and days ("3d").
func (d *Duration) UnmarshalYAML(n *yaml.Node) error {
	v, err := ParseDuration(n.Value)
	if err != nil {
		return &durationError{line: n.Line, value: n.Value}
	}
	*d = Duration(v)
	return nil
}

// durationError is a value that is no duration, at line of the file;
// explainYAML names its key, which UnmarshalYAML does not know.
type durationError struct {
	line  int
	value string
	key   string // "llm.timeout"; "" when not known
}

func (e *durationError) Error() string {
	what := fmt.Sprintf("%q 不是时长", e.value)
	if e.key != "" {
		what = fmt.Sprintf("%s 写的是 %q，不是时长", e.key, e.value)
	}
	if n := strings.TrimSpace(e.value); n != "" && strings.Trim(n, "0123456789") == "" {
		// A bare number: the unit is missing, which one the key's comment in
		// config.example.yaml tells.
		return fmt.Sprintf("第 %d 行：%s：数字后面要写单位，如 %[3]ss（秒）、%[3]sm（分钟）、%[3]sh（小时）或 %[3]sd（天），看这一项的注释选", e.line, what, n)
	}
	return fmt.Sprintf("第 %d 行：%s，请写成 15m（分钟）、24h（小时）或 3d（天）这样", e.line, what)
}

// ParseDuration parses a Go duration or a whole number of days ("3d").
func ParseDuration(s string) (time.Duration, error) {
	s = strings.TrimSpace(s)
	if days, ok := strings.CutSuffix(s, "d"); ok {
		n, err := strconv.Atoi(days)
		if err != nil || n < 0 {
			return 0, fmt.Errorf("bad day count %q", s)
		}
		return time.Duration(n) * 24 * time.Hour, nil
	}
	return time.ParseDuration(s)
}

// human writes d the way the file does: 3d, 2h, 30m, 1h30m, 500ms.
func human(d time.Duration) string {
	if d > 0 && d%(24*time.Hour) == 0 {
		return strconv.Itoa(int(d/(24*time.Hour))) + "d"
	}
	s := d.String()
	if strings.HasSuffix(s, "m0s") {
		s = strings.TrimSuffix(s, "0s")
	}
	if strings.HasSuffix(s, "h0m") {
		s = strings.TrimSuffix(s, "0m")
	}
	return s
}

// Std returns d as a time.Duration.
func (d Duration) Std() time.Duration { return time.Duration(d) }

// Load reads and validates the file at path.
func Load(path string) (*Config, error) {
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		if near := nearConfigs(path); len(near) > 0 {
			return nil, fmt.Errorf("config: 找不到配置文件 %s：这个文件夹里有 %s，是不是它？请把 -config 后面照它的名字写（%w）", path, strings.Join(near, "、"), err)
		}
		return nil, fmt.Errorf("config: 找不到配置文件 %s：请检查文件名，或先复制示例再改，例如 cp config.example.yaml 我的配置.yaml（%w）", path, err)
	}
	if err != nil {
		return nil, fmt.Errorf("config: 读不了配置文件 %s：请检查它是不是一个文件、当前用户能不能读（%w）", path, err)
	}
	c, err := Parse(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	c.file = path
	return c, nil
}

// nearConfigs are the config files (.yaml, .yml, and those an editor
// saved with .txt after it) in the folder of path, which is not there:
// most often the name was mistyped (我得配置.yaml, .yml for .yaml) or
// Notepad added .txt. The example is left out; at most three, as the
// folder has them.
func nearConfigs(path string) []string {
	dir := filepath.Dir(path)
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil
	}
	var near []string
	for _, e := range entries {
		name := strings.TrimSuffix(e.Name(), ".txt")
		if e.IsDir() || e.Name() == "config.example.yaml" || !strings.HasSuffix(name, ".yaml") && !strings.HasSuffix(name, ".yml") {
			continue
		}
		if near = append(near, filepath.Join(dir, e.Name())); len(near) == 3 {
			break
		}
	}
	return near
}

// Parse decodes YAML, rejects unknown keys, applies defaults and validates.
func Parse(data []byte) (*Config, error) {
	if line := notUTF8(data); line > 0 {
		return nil, fmt.Errorf("config: 第 %d 行的字不是 UTF-8 编码：配置文件要存成 UTF-8（记事本或 WPS“另存为”时编码选 UTF-8；常见是中文按 GBK/ANSI 存了）", line)
	}
	var c Config
	if err := decode(data, &c); err != nil {
		return nil, fmt.Errorf("config: %w", explainYAML(err, data))
	}
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil { // decoded above: not reached
		return nil, fmt.Errorf("config: %w", explainYAML(err, data))
	}
	c.root = &root
	c.unfilled = unfilledAmounts(&root, data)
	if errs := fractions(&root, reflect.TypeFor[Config]()); len(errs) > 0 {
		return nil, fmt.Errorf("config: %w", errors.Join(errs...))
	}
	c.applyDefaults()
	if err := c.validate(); err != nil {
		return nil, err
	}
	return &c, nil
}

// notUTF8 is the line of data's first byte that is not UTF-8, or 0. YAML
// is UTF-8, and a Chinese file saved as GBK otherwise fails as "invalid
// trailing UTF-8 octet".
func notUTF8(data []byte) int {
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size == 1 {
			return bytes.Count(data[:i], []byte("\n")) + 1
		}
		i += size
	}
	return 0
}

func (c *Config) applyDefaults() {
	orDefault(&c.BotName, "网格小助手")
	orDefault(&c.TimeZone, "Asia/Shanghai")
	orDefault(&c.Redis.Prefix, "gb")
	c.LLM.applyDefaults()
	orDefault(&c.Outbound.Interval, Duration(time.Second))
	orDefault(&c.Outbound.Jitter, Duration(500*time.Millisecond))
	orDefault(&c.Outbound.MaxChars, 600)
	c.WeChat = c.WeChat.WithDefaults()
	c.Points.applyDefaults()
	def := func(l *Limit, accept, resolve time.Duration) {
		orDefault(&l.Accept, Duration(accept))
		orDefault(&l.Resolve, Duration(resolve))
	}
	setDur := func(d *Duration, v time.Duration) { orDefault(d, Duration(v)) }
	sc := &c.Schedules
	orDefault(&sc.EveningDigest, "0 20 * * *")
	orDefault(&sc.MorningDigest, "30 8 * * *")
	orDefault(&sc.Overdue, "0 9-18 * * *")
	orDefault(&sc.Watchdog, "*/5 * * * *")
	orDefault(&sc.Followup, "0 10 * * *")
	orDefault(&sc.NoticeFollowup, DefaultNoticeFollowup)
	orDefault(&sc.Calls, "0 8 * * *")
	orDefault(&sc.Coverage, "0 9 1 * *")
	orDefault(&sc.MonthlyReport, "5 9 1 * *")
	orDefault(&sc.YearlyReport, "10 9 1 1 *")
	orDefault(&sc.AskReminder, "0 9-17 * * *")
	orDefault(&sc.Unclaimed, "0 10 * * *")
	setDur(&sc.CatchUp, 24*time.Hour)
	setDur(&c.SLA.EscalateAfter, 24*time.Hour)
	setDur(&c.SLA.AskRemindAfter, 4*time.Hour)
	setDur(&c.SLA.PromiseLimit, 7*24*time.Hour)
	setDur(&c.Outreach.High, 7*24*time.Hour)
	setDur(&c.Outreach.Focus, 30*24*time.Hour)
	setDur(&c.Outreach.Normal, 90*24*time.Hour)
	day := 24 * time.Hour
	setDur(&c.Outreach.RemindAgain.High, day)
	setDur(&c.Outreach.RemindAgain.Focus, 3*day)
	setDur(&c.Outreach.RemindAgain.Normal, 7*day)
	setDur(&c.Outreach.TellLeaderAfter.High, 3*day)
	setDur(&c.Outreach.TellLeaderAfter.Focus, 7*day)
	setDur(&c.Outreach.TellLeaderAfter.Normal, 14*day)
	setDur(&c.Notices.FollowupAfter, 24*time.Hour)
	setDur(&c.Followup.RemindAfter, 3*24*time.Hour)
	setDur(&c.Followup.CloseAfter, 3*24*time.Hour)
	setDur(&c.Followup.ProcedureCloseAfter, 14*24*time.Hour)
	setDur(&c.Followup.ReopenWithin, 7*24*time.Hour)
	orDefault(&c.Outreach.MaxMisses, 2)
	orDefault(&c.Outreach.VisitReminders, 2)
	if c.QuietHours.Start == "" && c.QuietHours.End == "" {
		c.QuietHours = QuietHours{Start: "21:00", End: "07:00"}
	}
	def(&c.SLA.General, 24*time.Hour, 3*24*time.Hour)
	def(&c.SLA.Mediation, 24*time.Hour, 7*24*time.Hour)
	def(&c.SLA.Emergency, 15*time.Minute, 24*time.Hour)
	def(&c.SLA.Approval, 24*time.Hour, 10*24*time.Hour)
}

// zoneAstray says, in Chinese, why a zone that loads is still not a
// Chinese village's clock, or "" when it is: "Local" is whatever the
// server is set to (UTC on most cloud machines), and a zone whose clock is
// not Beijing time (UTC, or Etc/GMT+8, which POSIX makes UTC-8) shifts
// every deadline and schedule. Xinjiang's own zone is let be.
func zoneAstray(name string, loc *time.Location) string {
	if name == "Local" {
		return "Local 是这台服务器自己设的时区（云服务器上多半是 UTC，比北京时间慢 8 小时），换一台服务器就变"
	}
	switch name {
	case "Asia/Urumqi", "Asia/Kashgar":
		return ""
	}
	// Beijing time has kept no summer time since 1991: both halves of a
	// year say whether the zone keeps it.
	for _, at := range []time.Time{time.Date(2026, 1, 15, 0, 0, 0, 0, time.UTC), time.Date(2026, 7, 15, 0, 0, 0, 0, time.UTC)} {
		_, off := at.In(loc).Zone()
		if off == 8*3600 {
			continue
		}
		slow, word := 8-float64(off)/3600, "慢"
		if slow < 0 {
			slow, word = -slow, "快"
		}
		return fmt.Sprintf("这个时区比北京时间%s %s 小时", word, strconv.FormatFloat(slow, 'f', -1, 64))
	}
	return ""
}

// problems collects what is wrong with a configuration, each saying how
// to fix it.
type problems []error

func (p *problems) add(format string, args ...any) { *p = append(*p, fmt.Errorf(format, args...)) }

func (c *Config) validate() error {
	var errs problems
	bad := errs.add
	loc, err := time.LoadLocation(c.TimeZone)
	if err != nil {
		bad("time_zone 写的是 %q，没有这个时区：请写 Asia/Shanghai（全国都用它）", c.TimeZone)
	} else if off := zoneAstray(c.TimeZone, loc); off != "" {
		bad("time_zone 写的是 %q：%s，期限、定时任务和夜里不打扰的时间都会错开几个小时：请写 Asia/Shanghai（全国都用它）", c.TimeZone, off)
	}
	c.loc = loc
	errs = append(errs, c.validatePlaces()...)
	for _, lim := range []struct {
		name string
		l    Limit
	}{{"general", c.SLA.General}, {"mediation", c.SLA.Mediation}, {"emergency", c.SLA.Emergency}, {"approval", c.SLA.Approval}} {
		if lim.l.Accept < 0 || lim.l.Resolve < 0 {
			bad("sla.%s 的期限是负数：请写 24h、3d 这样的时长", lim.name)
		}
	}
	if c.Schedules.CatchUp.Std() < time.Hour || c.Schedules.CatchUp.Std() > 7*24*time.Hour {
		bad("schedules.catch_up 写的是 %s：请写 1h 到 7d 之间的时长（默认 1d）", human(c.Schedules.CatchUp.Std()))
	}
	if c.SLA.PromiseLimit < 0 {
		bad("sla.promise_limit 是负数：请写承诺的日期最多能比期限晚多久，如 7d")
	}
	errs = append(errs, c.SLA.validateCalendar()...)
	c.cal = c.SLA.calendar(loc)
	if qs, qe, ok := c.QuietHours.minutes(); ok {
		c.cal = c.cal.WithQuiet(loc, qs, qe)
	}
	for i, p := range c.Procedures {
		if p.Name == "" || len(p.Keywords) == 0 || len(p.Steps) == 0 {
			bad("procedures[%d] 缺少 name、keywords 或 steps：这三项都要写（名称、关键词、办理步骤）", i)
		}
		switch {
		case p.Amount != "" && p.AmountYear == 0:
			bad("procedures[%d]（%s）写了 amount，没写 amount_year：请写这个金额是哪一年的标准，如 amount_year: 2026", i, p.Name)
		case p.Amount == "" && p.AmountYear != 0:
			bad("procedures[%d]（%s）写了 amount_year，没写 amount：请写金额，如 amount: 个人缴费每人每年400元；不写金额就把 amount_year 也删掉", i, p.Name)
		case p.AmountYear != 0 && (p.AmountYear < 2000 || p.AmountYear > 2100):
			bad("procedures[%d]（%s）的 amount_year 写的是 %d：请写四位数的年份，如 2026", i, p.Name, p.AmountYear)
		case p.AmountKind != "" && p.Amount == "":
			bad("procedures[%d]（%s）写了 amount_kind，没写 amount：请写金额，或把 amount_kind 删掉", i, p.Name)
		case p.AmountKind != "" && p.AmountKind != AmountFee && p.AmountKind != AmountBenefit:
			bad("procedures[%d]（%s）的 amount_kind 写的是 %q：村民要交的钱写 fee，村民能领的钱写 benefit", i, p.Name, p.AmountKind)
		}
		if _, ok := c.Township.Department(p.Department); p.Department != "" && !ok {
			bad("procedures[%d]（%s）的 department 写的是 %q，township.departments 里没有这个部门：请写那里的部门名，或把 department 删掉", i, p.Name, p.Department)
		}
		for j, a := range p.Amounts {
			switch {
			case a.Text == "":
				bad("procedures[%d]（%s）amounts[%d] 缺少 text：请写金额，如 text: 个人缴费每人每年400元", i, p.Name, j)
			case a.Kind != AmountFee && a.Kind != AmountBenefit:
				bad("procedures[%d]（%s）amounts[%d] 的 kind 写的是 %q：村民要交的钱写 fee，村民能领的钱写 benefit", i, p.Name, j, a.Kind)
			case a.Year < 2000 || a.Year > 2100:
				bad("procedures[%d]（%s）amounts[%d] 的 year 写的是 %d：请写这个金额是哪一年的标准（四位数），如 year: 2026", i, p.Name, j, a.Year)
			}
		}
		for _, a := range p.AllAmounts() {
			if strings.Contains(a.Text, "○") {
				// the example's commented line, uncommented with its
				// figure left out: villagers would be told "○○元"
				bad("procedures[%d]（%s）的金额「%s」里还有 ○○：请换成本县当年文件里的数字；不知道的就把这几行删掉，村民问多少钱时机器人请网格长答复", i, p.Name, a.Text)
				break
			}
		}
	}
	for i, d := range c.ProcedureDesks {
		if len(d.Keywords) == 0 || d.Where == "" {
			bad("procedure_desks[%d] 缺少 keywords 或 where：请写村民怎么说这类事，和一般去哪里办", i)
		}
		if _, ok := c.Township.Department(d.Department); d.Department != "" && !ok {
			bad("procedure_desks[%d]（%s）的 department 写的是 %q，township.departments 里没有这个部门：请写那里的部门名，或把 department 删掉", i, d.Where, d.Department)
		}
	}
	if c.LLM.Enabled && (c.LLM.BaseURL == "" || c.LLM.Model == "") {
		bad("llm.enabled 是 true，但 base_url 或 model 是空的：两项都写上，或者改成 enabled: false")
	}
	for _, hm := range []struct{ key, v string }{{"start", c.QuietHours.Start}, {"end", c.QuietHours.End}} {
		if _, err := time.Parse("15:04", hm.v); err != nil {
			bad("quiet_hours.%s 写的是 %q，不是时间：请写成 21:00 这样（24 小时制）", hm.key, hm.v)
		}
	}
	errs = append(errs, c.Outreach.validate()...)
	if c.Outbound.MaxChars < 100 {
		bad("outbound.max_chars 写的是 %d：至少写 100（更长的消息会自动分成几条）", c.Outbound.MaxChars)
	}
	errs = append(errs, c.WeChat.validate()...)
	errs = append(errs, c.validateServed()...)
	errs = append(errs, c.validateHandleTimeout()...)
	errs = append(errs, c.LLM.validate()...)
	errs = append(errs, c.Points.validate()...)
	errs = append(errs, c.validateSchedules()...)
	errs = append(errs, c.validateEnvNames()...)
	if len(errs) > 0 {
		for i, err := range errs {
			errs[i] = atLine(c.root, err)
		}
		return fmt.Errorf("config: %w", errors.Join(errs...))
	}
	return nil
}

// validatePlaces checks the township, its departments, and the villages
// with their grids: each named, none twice, and every grid with a group of
// its own.
func (c *Config) validatePlaces() []error {
	var errs problems
	bad := errs.add
	if c.Township.Name == "" {
		bad("township.name 是空的：请写镇的名字，如 青山镇")
	}
	if c.Township.OfficeChat == "" {
		bad("township.office_chat 是空的：请写镇网格工作群的微信群名，一字不差")
	}
	if c.Township.EmergencyChat == "" {
		bad("township.emergency_chat 是空的：请写应急值班群的微信群名，一字不差（可以和 office_chat 是同一个群）")
	}
	if len(c.Villages) == 0 {
		bad("villages 是空的：请至少写一个村和它的网格，写法见 config.example.yaml")
	}
	seenDept := map[string]bool{}
	for i, d := range c.Township.Departments {
		switch {
		case d.Name == "":
			bad("township.departments[%d].name 是空的：请写部门的名字，如 司法所（指派时写的就是它）", i)
		case seenDept[d.Name]:
			bad("township.departments[%d].name %q 写了两次：每个部门只写一次，请删掉一处或改成别的部门", i, d.Name)
		}
		seenDept[d.Name] = true
		if d.Phone == "" {
			continue
		}
		phone, err := DepartmentPhone(d.Phone)
		if err != nil {
			bad("township.departments[%d].phone（%s）：%v。%s", i, d.Name, err, phoneHow)
			continue
		}
		c.Township.Departments[i].Phone = phone
	}
	groups := map[string]string{c.Township.OfficeChat: "township.office_chat", c.Township.EmergencyChat: "township.emergency_chat"}
	seenVillage := map[string]bool{}
	for i, v := range c.Villages {
		if v.Name == "" {
			bad("villages[%d].name 是空的：请写村的名字，如 青山村", i)
		}
		if seenVillage[v.Name] {
			bad("villages[%d].name %q 写了两次：每个村只写一次，村名不能重复", i, v.Name)
		}
		seenVillage[v.Name] = true
		if len(v.Grids) == 0 {
			bad("villages[%d]（%s）没有 grids：请在 grids 下面写每个网格的 name 和 group（网格名和微信群名）", i, v.Name)
		}
		seenGrid := map[string]bool{}
		for j, g := range v.Grids {
			where := fmt.Sprintf("villages[%d].grids[%d]", i, j)
			if g.Name == "" {
				of := v.Name
				if g.Group != "" {
					of += "，群「" + g.Group + "」"
				}
				bad("%s.name 是空的（%s）：请写网格的名字，和花名册「网格」一列一样，如 三组", where, of)
			}
			if seenGrid[g.Name] {
				bad("%s.name %q 在%s写了两次：同一个村的网格名不能重复", where, g.Name, v.Name)
			}
			seenGrid[g.Name] = true
			if g.Group == "" {
				bad("%s.group 是空的：请写这个网格的微信群名，一字不差", where)
				continue
			}
			if prev, ok := groups[g.Group]; ok {
				bad("%s.group %q 已经用在 %s%s：每个网格要有自己的群，请改成这个网格的群名", where, g.Group, prev, c.lineNote(prev))
			}
			groups[g.Group] = where
		}
	}
	return errs
}

// validate checks the outreach reminders and counts.
func (o *Outreach) validate() []error {
	var errs problems
	bad := errs.add
	for _, t := range []struct {
		key string
		d   Duration
	}{
		{"remind_again.high", o.RemindAgain.High}, {"remind_again.focus", o.RemindAgain.Focus},
		{"remind_again.normal", o.RemindAgain.Normal}, {"tell_leader_after.high", o.TellLeaderAfter.High},
		{"tell_leader_after.focus", o.TellLeaderAfter.Focus}, {"tell_leader_after.normal", o.TellLeaderAfter.Normal},
	} {
		if t.d.Std() < 24*time.Hour {
			bad("outreach.%s 写的是 %s：至少写 1d（电话清单一天只发一次）", t.key, human(t.d.Std()))
		}
	}
	for _, n := range []struct {
		key string
		v   int
	}{{"max_misses", o.MaxMisses}, {"visit_reminders", o.VisitReminders}} {
		if n.v < 1 || n.v > 10 {
			bad("outreach.%s 写的是 %d：请写 1 到 10 之间的次数（默认 2）", n.key, n.v)
		}
	}
	seen := map[string]int{}
	for i, d := range o.ExtraDays {
		if _, err := time.Parse("2006-01-02", d.Date); err != nil {
			said := cmp.Or(d.said, d.Date)
			bad("outreach.extra_days[%d] 写的是 %q，开头不是日期：请写成 2026-12-07 这样（月、日都写两位），后面可以空一格写这次电话说什么，如 2026-12-07 寒潮：提醒取暖、防煤气中毒", i, said)
			continue
		}
		if j, ok := seen[d.Date]; ok {
			bad("outreach.extra_days[%d] 的 %s 写了两次（另一次在第 %d 项）：一天只加打一次电话，请把两项合成一项", i, d.Date, j+1)
		}
		seen[d.Date] = i
	}
	return errs
}

// ExtraDay is one of outreach.extra_days: its date (YYYY-MM-DD) and what
// the call is about (寒潮：提醒取暖、防煤气中毒), "" when the file gives the
// date alone. The file writes it "2026-12-07 寒潮：提醒取暖、防煤气中毒" (a
// plain "2026-12-07" as before), or as a one-key mapping
// "2026-12-07: 寒潮：…", which a colon after the date makes.
type ExtraDay struct {
	Date   string
	Reason string
	said   string // the item as written, which validate names when it is no date
}

// UnmarshalYAML reads an ExtraDay from a date with or without its reason
// after it, or from a one-key mapping of the date to the reason; what is
// no date is left for validate to name.
func (e *ExtraDay) UnmarshalYAML(n *yaml.Node) error {
	switch {
	case n.Kind == yaml.ScalarNode:
		s := strings.TrimSpace(n.Value)
		end := strings.IndexFunc(s, func(r rune) bool { return r != '-' && (r < '0' || r > '9') })
		if end < 0 {
			end = len(s)
		}
		e.Date, e.Reason, e.said = s[:end], extraReason(s[end:]), s
	case n.Kind == yaml.MappingNode && len(n.Content) == 2 && n.Content[0].Kind == yaml.ScalarNode && n.Content[1].Kind == yaml.ScalarNode:
		e.Date, e.Reason = strings.TrimSpace(n.Content[0].Value), extraReason(n.Content[1].Value)
		e.said = e.Date + ": " + n.Content[1].Value
	default:
		return fmt.Errorf("第 %d 行：outreach.extra_days 的这一项看不懂：请写成 - 2026-12-07 寒潮：提醒取暖、防煤气中毒 这样，一项一行", n.Line)
	}
	return nil
}

// extraReason is what an extra day's call is about, as the file writes it
// after the date: the spaces and the punctuation between them dropped.
func extraReason(s string) string {
	return strings.TrimLeftFunc(strings.TrimSpace(s), func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune(":：,，、;；", r)
	})
}

// ExtraDay is day's entry (YYYY-MM-DD) in ExtraDays; ok is false when day
// has no extra call.
func (o Outreach) ExtraDay(day string) (d ExtraDay, ok bool) {
	i := slices.IndexFunc(o.ExtraDays, func(d ExtraDay) bool { return d.Date == day })
	if i < 0 {
		return ExtraDay{}, false
	}
	return o.ExtraDays[i], true
}

// orDefault sets *v to def when it is the zero value.
func orDefault[T comparable](v *T, def T) {
	var zero T
	if *v == zero {
		*v = def
	}
}

// WithDefaults returns w with each unset field at its documented default.
// Parse applies it; a transport given a Config built otherwise applies it
// too, so each default lives here only.
func (w WeChat) WithDefaults() WeChat {
	orDefault(&w.Account, "default")
	orDefault(&w.DataDir, "data/wechat")
	orDefault(&w.MaxImageMB, 10)
	orDefault(&w.ImageDays, 180)
	orDefault(&w.ImageBudgetMB, 2048)
	orDefault(&w.MaxMessageAge, Duration(10*time.Minute))
	orDefault(&w.EvidenceWindow, Duration(10*time.Minute))
	orDefault(&w.PerMinute, 20)
	orDefault(&w.Backoff, Duration(2*time.Minute))
	orDefault(&w.Liveness, Duration(5*time.Minute))
	orDefault(&w.HandleTimeout, Duration(2*time.Minute))
	orDefault(&w.Healthz, "127.0.0.1:9090")
	orDefault(&w.Alert.URLEnv, "GRIDBOT_ALERT_WEBHOOK")
	orDefault(&w.Alert.Kind, "wecom")
	if len(w.Villages) == 0 {
		w.Villages = nil // "villages: []" is the default, every village
	}
	return w
}

func (w *WeChat) validate() []error {
	var errs problems
	bad := errs.add
	for _, r := range w.Account {
		if r == '{' || r == '}' || r == ':' || r <= ' ' {
			bad("wechat.account 写的是 %q：不能有空格、大括号或冒号，请只用字母、数字、- 和 _，如 qingshan-1", w.Account)
			break
		}
	}
	if w.MaxImageMB < 0 || w.MaxImageMB > 100 {
		bad("wechat.max_image_mb 写的是 %d：请写 1 到 100", w.MaxImageMB)
	}
	if w.ImageDays < 0 || w.ImageDays > 3650 {
		bad("wechat.image_days 写的是 %d：请写 1 到 3650（天）", w.ImageDays)
	}
	if w.ImageBudgetMB < 0 || w.ImageBudgetMB < w.MaxImageMB {
		bad("wechat.image_budget_mb 写的是 %d：不能比 max_image_mb（%d）小", w.ImageBudgetMB, w.MaxImageMB)
	}
	if ew := w.EvidenceWindow.Std(); ew != 0 && (ew < time.Minute || ew > 2*time.Hour) {
		bad("wechat.evidence_window 写的是 %s：请写 1m 到 2h（如 10m）", ew)
	}
	if w.PerMinute < 0 || w.PerMinute > 60 {
		bad("wechat.per_minute 写的是 %d：请写 1 到 60（个人微信号发得太快会被限制）", w.PerMinute)
	}
	if w.MaxMessageAge < 0 || w.Backoff < 0 || w.Liveness < 0 {
		bad("wechat.max_message_age、wechat.backoff、wechat.liveness 不能是负数：请写 10m、2m、5m 这样的时长")
	}
	if h := w.HandleTimeout.Std(); h < minHandleTimeout || h > maxHandleTimeout {
		bad("wechat.handle_timeout 写的是 %s：请写 %s 到 %s（处理一条消息最多等多久，默认 2m）",
			human(h), human(minHandleTimeout), human(maxHandleTimeout))
	}
	if w.Liveness > 0 && w.Liveness.Std() < time.Minute {
		bad("wechat.liveness 写的是 %s：至少写 1m（微信大约每 25 秒才回应一次）", human(w.Liveness.Std()))
	}
	if w.Alert.Kind != "wecom" && w.Alert.Kind != "json" {
		bad("wechat.alert.kind 写的是 %q：请写 wecom（企业微信群机器人）或 json（通用 Webhook）", w.Alert.Kind)
	}
	return errs
}

// The bounds of wechat.handle_timeout: shorter cuts off a message that
// waits on Redis or the LLM for an ordinary few seconds; longer holds up a
// group behind one hung message for too long.
const (
	minHandleTimeout = 10 * time.Second
	maxHandleTimeout = 30 * time.Minute
)

// validateHandleTimeout checks that a message may wait for the LLM: the
// whole of llm.timeout (both tries) must fit in wechat.handle_timeout.
func (c *Config) validateHandleTimeout() []error {
	// An llm.timeout out of its own bounds is told once, by LLM.validate.
	if !c.LLM.Enabled || c.WeChat.HandleTimeout > c.LLM.Timeout || !c.LLM.timeoutInRange() {
		return nil
	}
	h := human(c.WeChat.HandleTimeout.Std())
	return []error{fmt.Errorf("wechat.handle_timeout（%s）没有比 llm.timeout（%s）长：请把 wechat.handle_timeout 调大（如 %s），或把 llm.timeout 调小（比 %s 短）",
		h, human(c.LLM.Timeout.Std()), human(c.LLM.Timeout.Std()+time.Minute), h)}
}

// validateServed checks that wechat.villages names configured villages.
func (c *Config) validateServed() []error {
	var errs []error
	for _, name := range c.WeChat.Villages {
		if !slices.ContainsFunc(c.Villages, func(v Village) bool { return v.Name == name }) {
			errs = append(errs, fmt.Errorf("wechat.villages 里的 %q 不在 villages 里：请写 villages 下面已有的村名", name))
		}
	}
	return errs
}

// envName is what an environment variable's name may be.
var envName = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*$`)

// secretLike says whether name, which may be an environment variable's
// name, reads rather as a password written in its place ("s3cr3tPassw0rd":
// lower case and digits, where names are GRIDBOT_REDIS_PASSWORD) and no
// variable of that name is set.
func secretLike(name string) bool {
	if _, set := os.LookupEnv(name); set {
		return false
	}
	return strings.ContainsFunc(name, unicode.IsLower) && strings.ContainsFunc(name, unicode.IsDigit)
}

// validateEnvNames checks that the keys naming where a secret lives name
// an environment variable, not the secret itself pasted in: the message
// says which variable to use and never repeats what was written, so the
// secret goes no further into a terminal or a log.
func (c *Config) validateEnvNames() []error {
	var errs []error
	for _, e := range []struct{ key, value, what, env string }{
		{"redis.password_env", c.Redis.PasswordEnv, "Redis 密码", "GRIDBOT_REDIS_PASSWORD"},
		{"llm.api_key_env", c.LLM.APIKeyEnv, "大模型的密钥", "GRIDBOT_LLM_API_KEY"},
		{"wechat.alert.url_env", c.WeChat.Alert.URLEnv, "报警的 Webhook 地址", "GRIDBOT_ALERT_WEBHOOK"},
	} {
		if e.value == "" || envName.MatchString(e.value) && !secretLike(e.value) {
			continue
		}
		errs = append(errs, fmt.Errorf("%s 要写环境变量的名字（只用英文字母、数字和下划线，如 %s），这里写的不是，像是把%s本身写进来了："+
			"%s不能写在配置文件里。请改成 %s，再 export %s=%s（写进过文件的，最好到对方那里换一个新的）",
			e.key, e.env, e.what, e.what, e.env, e.env, e.what))
	}
	return errs
}

// Location is the configured time zone.
func (c *Config) Location() *time.Location { return c.loc }

// RedisPassword reads the Redis password from the environment variable the
// config names; secrets never live in the file.
func (c *Config) RedisPassword() string {
	if c.Redis.PasswordEnv == "" {
		return ""
	}
	return os.Getenv(c.Redis.PasswordEnv)
}

// LLMKey reads the LLM API key from the environment.
func (c *Config) LLMKey() string { return os.Getenv(c.LLM.APIKeyEnv) }

// Places are the township's grids, for reading place words
// (village.Places.Named).
func (c *Config) Places() village.Places {
	var out village.Places
	for _, v := range c.Villages {
		for _, g := range v.Grids {
			out = append(out, village.Grid{Village: v.Name, Name: g.Name, Group: g.Group})
		}
	}
	return out
}

// GridOfGroup finds the village and grid a WeChat group belongs to.
func (c *Config) GridOfGroup(group string) (village, grid string, ok bool) {
	for _, v := range c.Villages {
		for _, g := range v.Grids {
			if g.Group == group {
				return v.Name, g.Name, true
			}
		}
	}
	return "", "", false
}

// Limit returns the SLA of a report type by its name.
func (s SLA) Limit(typ string) Limit {
	switch typ {
	case "mediation":
		return s.Mediation
	case "emergency":
		return s.Emergency
	case "approval":
		return s.Approval
	}
	return s.General
}
