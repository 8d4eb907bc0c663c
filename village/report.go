package village

import (
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
)

// SystemActor is who the scheduled jobs act as in history and audit
// entries (an item closed with no answer, escalated when overdue).
const SystemActor = "系统"

// Type is how the township plan says a problem is handled.
type Type string

const (
	General   Type = "general"   // 一般性工作: accept on the spot, register
	Mediation Type = "mediation" // 调解性工作: mediate between the parties inside the grid
	Emergency Type = "emergency" // 突发性事件: report upward immediately
	Approval  Type = "approval"  // 审批性工作: tell the villager the procedure
)

// Types lists every report type.
var Types = []Type{General, Mediation, Emergency, Approval}

// Label is the Chinese name of the type shown to users.
func (t Type) Label() string {
	switch t {
	case Mediation:
		return "调解事项"
	case Emergency:
		return "突发事件"
	case Approval:
		return "办事咨询"
	}
	return "一般事项"
}

// Valid reports whether t is one of Types.
func (t Type) Valid() bool {
	for _, v := range Types {
		if v == t {
			return true
		}
	}
	return false
}

// Status is where a report is in its lifecycle.
type Status string

const (
	StatusNew        Status = "new"
	StatusAccepted   Status = "accepted"
	StatusInProgress Status = "in_progress"
	StatusResolved   Status = "resolved"
	StatusClosed     Status = "closed"
	StatusReopened   Status = "reopened"
	StatusEscalated  Status = "escalated"
	StatusRejected   Status = "rejected"
	StatusDuplicate  Status = "duplicate"
	// StatusWaiting is paused while the grid waits for the villager
	// (等待村民): the SLA clock stops.
	StatusWaiting Status = "waiting"
)

// Statuses lists every status.
func Statuses() []Status {
	return []Status{StatusNew, StatusAccepted, StatusInProgress, StatusResolved, StatusClosed,
		StatusReopened, StatusEscalated, StatusRejected, StatusDuplicate, StatusWaiting}
}

// Label is the Chinese name of the status shown to users.
func (s Status) Label() string {
	switch s {
	case StatusNew:
		return "待受理"
	case StatusAccepted:
		return "已受理"
	case StatusInProgress:
		return "处理中"
	case StatusResolved:
		return "已办结待确认"
	case StatusClosed:
		return "已完结"
	case StatusReopened:
		return "重新处理"
	case StatusEscalated:
		return "已上报镇"
	case StatusRejected:
		return "已驳回"
	case StatusDuplicate:
		return "已合并"
	case StatusWaiting:
		return "等待村民"
	}
	return string(s)
}

// Open reports whether the report still needs work from someone.
func (s Status) Open() bool {
	switch s {
	case StatusClosed, StatusRejected, StatusDuplicate:
		return false
	}
	return true
}

// Action is a change a person makes to a report.
type Action string

const (
	ActCreate    Action = "create"
	ActAccept    Action = "accept"
	ActAssign    Action = "assign"
	ActProgress  Action = "progress"
	ActResolve   Action = "resolve"
	ActConfirm   Action = "confirm"
	ActReopen    Action = "reopen"
	ActEscalate  Action = "escalate"
	ActReject    Action = "reject"
	ActDuplicate Action = "duplicate"
	ActPause     Action = "pause"
	// ActReturn is the township sending an item that went up back to its
	// grid (镇里退回), with the reason.
	ActReturn Action = "return"
	// ActAnswer is a grid cadre's answer to a procedure question the
	// bot could not answer alone (答复): the villager is told again, and
	// the item waits for him as one told its procedure does
	// (Report.ProcedureAnswered).
	ActAnswer Action = "answer"
	// ActUnanswer takes back the last answer (撤回答复): words read as one
	// that were not ("要下雨了 大家收衣服" right after the question). The
	// question waits for an answer again.
	ActUnanswer Action = "unanswer"
	// ActSaid is what someone who does not handle an item (a neighbour,
	// its reporter) said of it naming it ("R1 那个灯昨天晚上又灭了"): kept in its
	// history for those who work on it, it changes nothing else.
	ActSaid Action = "said"
	// ActAsk is a township officer's question to the grid about an item
	// that went up (镇里问): its grid's leader is asked, and his 进展
	// answers it. It changes nothing else.
	ActAsk Action = "ask"
	// ActRetype is a grid leader's or a township officer's judgement that
	// an emergency is none (改为一般): the item goes on as an ordinary one
	// (General), its history kept, on general's deadline from then on.
	// Rules never lower urgency on their own: only a cadre's word does.
	ActRetype Action = "retype"
)

// actionLabels name the actions as the chat commands do.
var actionLabels = map[Action]string{
	ActCreate: "登记", ActAccept: "受理", ActAssign: "指派", ActProgress: "进展",
	ActResolve: "办结", ActConfirm: "确认满意", ActReopen: "未解决", ActEscalate: "上报镇",
	ActReject: "驳回", ActDuplicate: "合并", ActPause: "暂停计时", ActReturn: "退回村里",
	ActAnswer: "答复", ActUnanswer: "撤回答复", ActSaid: "反映", ActAsk: "镇里问", ActRetype: "改为一般",
}

// Label names a in Chinese; an action it does not know (the audit stream
// carries others) is the action itself.
func (a Action) Label() string {
	if l, ok := actionLabels[a]; ok {
		return l
	}
	return string(a)
}

// transitions maps each status to the actions allowed from it and the
// status each action leads to. An empty target keeps the current status.
var transitions = map[Status]map[Action]Status{
	StatusNew: {
		ActAccept: StatusAccepted, ActAssign: StatusAccepted, ActProgress: StatusInProgress,
		ActResolve: StatusResolved, ActEscalate: StatusEscalated, ActReject: StatusRejected,
		ActDuplicate: StatusDuplicate, ActAnswer: "", ActUnanswer: "", ActAsk: "",
		// judged no emergency, it is taken on as an ordinary item is on
		// the spot (一般性工作: accept, register), by its handlers
		ActRetype: StatusAccepted,
	},
	StatusAccepted: {
		ActAssign: "", ActProgress: StatusInProgress, ActResolve: StatusResolved,
		ActEscalate: StatusEscalated, ActReject: StatusRejected, ActDuplicate: StatusDuplicate,
		ActPause: StatusWaiting, ActAsk: "", ActRetype: "",
	},
	StatusInProgress: {
		ActAssign: "", ActProgress: "", ActResolve: StatusResolved, ActEscalate: StatusEscalated,
		ActPause: StatusWaiting, ActAsk: "", ActRetype: "",
		// work begun may find the matter false or nobody's (误报, 不属于
		// 本网格): its 驳回 with a reason ends it, the reporter told; a
		// 办结 would ask him to confirm what never was
		ActReject: StatusRejected,
	},
	StatusWaiting: {
		ActAssign: "", ActProgress: StatusInProgress, ActResolve: StatusResolved, ActEscalate: StatusEscalated,
		ActReject: StatusRejected, ActAsk: "",
		// still waiting ("还在等挖机"): noted, the clock stays stopped
		// since the first pause (enter keeps PausedAt)
		ActPause: "",
	},
	StatusReopened: {
		ActAccept: StatusAccepted, ActAssign: StatusAccepted, ActProgress: StatusInProgress,
		ActResolve: StatusResolved, ActEscalate: StatusEscalated, ActReject: StatusRejected, ActAsk: "", ActRetype: "",
		// reopened, it may wait on the villager again ("等陈二在家开门")
		ActPause: StatusWaiting,
	},
	StatusEscalated: {
		// the township takes it over (确认) and works on it where it is;
		// sent back untaken, it is new again (Report.Next)
		ActAccept: "", ActAssign: "", ActProgress: "", ActResolve: StatusResolved,
		ActReturn: StatusInProgress, ActAsk: "", ActRetype: "",
	},
	StatusResolved: {
		ActConfirm: StatusClosed, ActReopen: StatusReopened,
	},
}

// TransitionError says an action is not allowed in the report's status.
type TransitionError struct {
	From   Status
	Action Action
}

func (e *TransitionError) Error() string {
	return fmt.Sprintf("action %s not allowed in status %s", e.Action, e.From)
}

// ErrTransition matches every *TransitionError with errors.Is.
var ErrTransition = errors.New("transition not allowed")

func (e *TransitionError) Is(target error) bool { return target == ErrTransition }

// Next returns the status action leads to from s, or a *TransitionError.
func Next(s Status, a Action) (Status, error) {
	to, ok := transitions[s][a]
	if !ok {
		return "", &TransitionError{From: s, Action: a}
	}
	if to == "" {
		to = s
	}
	return to, nil
}

// Next returns the status action a leads r to, or a *TransitionError: as
// the package's Next, but an item closed last by a 满意 read from its
// reporter's words (Entry.Implied) may be reopened (未解决), one
// reopened last by a 未解决 read from them may be closed (满意), and one
// resolved last by a 办结 read from its handler's words may be worked on
// again (进展), should the words have been misread; and an emergency is never paused (等待):
// the duty chat follows it to its end, waiting or not.
func (r *Report) Next(a Action) (Status, error) {
	if a == ActPause && r.Type == Emergency || a == ActRetype && r.Type != Emergency {
		// only an emergency is made an ordinary item (改为一般)
		return "", &TransitionError{From: r.Status, Action: a}
	}
	to, err := Next(r.Status, a)
	if err == nil && a == ActReturn && r.UpUntaken() {
		// sent back before its grid ever took it on: its leader is to
		// 确认 it, as any new item
		return StatusNew, nil
	}
	n := len(r.History)
	if err == nil || n == 0 || !r.History[n-1].Implied {
		return to, err
	}
	switch last := r.History[n-1].Action; {
	case a == ActReopen && r.Status == StatusClosed && last == ActConfirm:
		return StatusReopened, nil
	case a == ActConfirm && r.Status == StatusReopened && last == ActReopen:
		return StatusClosed, nil
	case a == ActProgress && r.Status == StatusResolved && last == ActResolve:
		// resolved on a handler's words ("R4 搞定了"): his 进展 says
		// it is not done after all, and puts it back in hand
		return StatusInProgress, nil
	}
	return to, err
}

// Unconfirmed reports whether r is an emergency nobody has confirmed
// (确认) yet: its handlers were alerted, none of them has acted.
func (r *Report) Unconfirmed() bool { return r.Type == Emergency && r.Status == StatusNew }

// UpUntaken reports whether r is with the township since the overdue job
// filed it when nobody of its grid had taken it on (超期没人受理: the
// system's 上报镇 from 新). Sent back (退回村里), it is new again: its
// leader is to 确认 it, on a fresh deadline to accept it, rather than work
// on what nobody took. A leader who sent a new item up himself decided on
// it: sent back, it is in his hands (处理中). An emergency is the duty
// chat's, taken on or not: never.
func (r *Report) UpUntaken() bool {
	if r.Status != StatusEscalated || r.Type == Emergency {
		return false
	}
	for i := len(r.History) - 1; i >= 0; i-- {
		if e := r.History[i]; e.Action == ActEscalate {
			return e.From == StatusNew && e.By == SystemActor
		}
	}
	return false
}

// Allowed lists the actions r.Next allows, for help texts.
func (r *Report) Allowed() []Action {
	return slices.DeleteFunc(Allowed(r.Status), func(a Action) bool { _, err := r.Next(a); return err != nil })
}

// Allowed lists the actions allowed from s, for help texts.
func Allowed(s Status) []Action {
	var out []Action
	for _, a := range []Action{ActAccept, ActAssign, ActProgress, ActResolve, ActConfirm, ActReopen, ActEscalate, ActReject, ActDuplicate, ActPause} {
		if _, ok := transitions[s][a]; ok {
			out = append(out, a)
		}
	}
	return out
}

// Entry is one line of a report's history.
type Entry struct {
	At     time.Time `json:"at"`
	By     string    `json:"by"`
	Action Action    `json:"action"`
	Note   string    `json:"note,omitempty"`
	From   Status    `json:"from,omitempty"`
	To     Status    `json:"to"`
	// Due is the deadline in force when the item was resolved (办结),
	// taken on (受理) from 新, or sent up (上报镇), for judging later
	// whether it was dealt with in time (ResolvedInTime).
	Due time.Time `json:"due,omitzero"`
	// Implied: the action was read from the actor's own words ("好了谢谢"
	// in reply to 办结, for 满意; "还是不亮" for 未解决), not typed as its
	// command; an implied 满意 may be taken back with 未解决, an implied
	// 未解决 with 满意 (Report.Next).
	Implied bool `json:"implied,omitempty"`
	// Aside: a 未解决 whose note the reporter (or the one who filed it
	// for him) said privately of an item filed in a group: its words are
	// for those who handle the item, not for the group (what is still
	// wrong, and what he thinks of the work).
	Aside bool `json:"aside,omitempty"`
	// Urge: a township question (ActAsk) that is an order to the grid
	// (督办: 「抓紧处理」), not a question; its answer is a 回复 of the order.
	Urge bool `json:"urge,omitempty"`
	// Chat: the township chat a question (ActAsk) was asked in, where its
	// answer goes when no township chat follows the item (one the grid
	// never sent up).
	Chat string `json:"chat,omitempty"`
	// Quiet: words said of the item (ActSaid) kept on it without telling
	// its handlers: a party's repeat within the hour they heard from him
	// (handlers.partyHeard). They are what was said, not what was heard.
	Quiet bool `json:"quiet,omitempty"`
}

// Label names the entry's action in Chinese, as a history line shows it:
// an item the system closed when no one answered (SystemActor's
// ActConfirm) was closed, not found satisfactory: 自动结案; a procedure
// question the system closed after the villager had its procedure was
// not resolved by anyone: 结案 (its note says 已告知办理流程).
func (e Entry) Label() string {
	switch {
	case e.Told():
		return "结案"
	case e.Action == ActConfirm && e.By == SystemActor:
		return "自动结案"
	case e.Action == ActAsk && e.Urge:
		return "镇里督办" // an order, not a question (Entry.Urge)
	}
	return e.Action.Label()
}

// StepLabel names the entry as 查's card reads it: the township's taking
// over an item sent up (受理 from 已上报镇, Report.TownHolders) is 镇里接手;
// anything else as Label, which the export's history keeps.
func (e Entry) StepLabel() string {
	if e.Action == ActAccept && e.From == StatusEscalated {
		return "镇里接手"
	}
	return e.Label()
}

// ProcedureTold is the note with which the system closes a procedure
// question the bot answered with its procedure when the villager never
// asked again (the followup job): he was told how to apply, nobody did
// grid work on it.
const ProcedureTold = "已告知办理流程"

// Told reports whether e is the system's closing of an answered procedure
// question (ProcedureTold): its 办结 or 满意 entry.
func (e Entry) Told() bool {
	return e.By == SystemActor && e.Note == ProcedureTold && (e.Action == ActResolve || e.Action == ActConfirm)
}

// ProcedureAnswered reports whether r is a procedure question the bot
// answered with its procedure and nobody acted on since: no acceptance
// deadline runs until the villager asks again (handlers.Router.report),
// nobody is to 确认 it, and it closes as ProcedureTold if he never does.
func (r *Report) ProcedureAnswered() bool {
	return r.Type == Approval && r.Status == StatusNew && r.DueAt.IsZero()
}

// AwaitsAnswer reports whether r is a procedure question a grid cadre
// is to answer: nobody took it on, and the bot could not answer it alone
// (the knowledge base lacks it, or the villager asked further: its
// acceptance deadline runs). His answer (ActAnswer) makes it
// ProcedureAnswered again.
func (r *Report) AwaitsAnswer() bool {
	return r.Type == Approval && r.Status == StatusNew && !r.DueAt.IsZero()
}

// CadreAnswered reports whether a cadre's answer (答复) to r stands: not
// taken back since (撤回答复).
func (r *Report) CadreAnswered() bool {
	_, ok := StandingAnswer(r.History)
	return ok
}

// StandingAnswer is the latest answer (答复) of history that was not
// taken back (撤回答复), if any.
func StandingAnswer(history []Entry) (Entry, bool) {
	for _, e := range slices.Backward(history) {
		switch e.Action {
		case ActAnswer:
			return e, true
		case ActUnanswer:
			return Entry{}, false
		}
	}
	return Entry{}, false
}

// StatusLabel is r's status as lists show it: an answered procedure
// question is not 待受理 (nobody is to 确认 it) but 已告知流程 (the bot
// gave the procedure) or 已答复 (a cadre answered it), waiting for the
// villager to ask again.
func (r *Report) StatusLabel() string {
	if r.ProcedureAnswered() {
		if r.CadreAnswered() {
			return "已答复"
		}
		return "已告知流程"
	}
	if why := r.pausedFor(); why != "" {
		return "暂停（" + why + "）"
	}
	return r.Status.Label()
}

// PausedFor is the whole of what r waits for when its label names it
// (StatusLabel: 暂停（等挖机…）): "等挖机来了再挖"; "" when the label names
// none (not paused, or waiting on the villager).
func (r *Report) PausedFor() string {
	if r.pausedFor() == "" {
		return ""
	}
	return TrimStill(strings.TrimSpace(pauseNote(r)))
}

// pauseNote is the note of r's last pause.
func pauseNote(r *Report) string {
	for i := len(r.History) - 1; i >= 0; i-- {
		if r.History[i].Action == ActPause {
			return r.History[i].Note
		}
	}
	return ""
}

// pausedFor is the last pause's note, cut short, when it waits on a
// thing rather than on the villager ("等挖机来了再挖": 等挖机…): the
// stored status stays 等待 (等待村民), the label says what it waits for.
// A note naming people or their doings keeps 等待村民.
func (r *Report) pausedFor() string {
	if r.Status != StatusWaiting {
		return ""
	}
	note := TrimStill(strings.TrimSpace(pauseNote(r))) // "还在等挖机": 等挖机
	rest, ok := strings.CutPrefix(note, "等")
	if !ok || rest == "" {
		return ""
	}
	for _, w := range villagerWait {
		if strings.Contains(note, w) {
			return ""
		}
	}
	if runes := []rune(note); len(runes) > 4 {
		return string(runes[:3]) + "…"
	}
	return note
}

// stillWords open a note that a wait goes on: "还在等挖机", "仍在等回复".
var stillWords = []string{"还是在", "还在", "仍在", "仍然在", "继续", "还得", "还要", "还"}

// TrimStill is note without the words opening it that its wait goes on
// (stillWords) when a wait (等) follows them: "还在等挖机" is "等挖机";
// other notes are as they are.
func TrimStill(note string) string {
	for _, w := range stillWords {
		if rest, ok := strings.CutPrefix(note, w); ok && strings.HasPrefix(rest, "等") {
			return rest
		}
	}
	return note
}

// villagerWait are words of a wait on people (pausedFor): the villager,
// his family, his word or papers, a meeting.
var villagerWait = []string{"村民", "他", "她", "人家", "家里", "本人", "户主", "老人", "儿子", "女儿", "子女", "回来", "回家",
	"同意", "签字", "材料", "回复", "回话", "在家", "谈", "商量", "调解", "答复", "表态", "通知", "电话", "出差", "打工"}

// Told reports whether r was last closed as an answered procedure question
// (ProcedureTold): not grid work done, so the reports' 办结 and 按期 counts
// and rates leave it out and count it apart.
func (r *Report) Told() bool {
	h, ok := r.LastResolve()
	return ok && h.Told()
}

// Report is one issue raised in a grid.
type Report struct {
	ID      string `json:"id"` // "R12"; assigned by the store
	Village string `json:"village"`
	Grid    string `json:"grid"`
	Chat    string `json:"chat"` // group the report came from
	// ToldIn is where its reporter told it when that is not its group
	// and he is no member of it (ToldElsewhere): a township officer's
	// emergency told in the office's chat or the duty chat (the chat's
	// name), or privately (ToldPrivately), or a cadre's privately of
	// another grid. Its steps reach him there, not with an @ in a group
	// he never reads.
	ToldIn   string `json:"told_in,omitempty"`
	Type     Type   `json:"type"`
	Category string `json:"category"`
	Hazard   Hazard `json:"hazard,omitempty"`
	// ByModel: an emergency only the model saw (the rules read the
	// message as less urgent). It is raised at once all the same, marked
	// for checking, and takes no rules-detected alarm as news of itself.
	ByModel bool `json:"by_model,omitempty"`
	// AboutCadre: a complaint of a village or grid cadre's conduct, sent
	// straight to the township; the grid's cadres may not read it.
	AboutCadre  bool   `json:"about_cadre,omitempty"`
	Status      Status `json:"status"`
	Text        string `json:"text"`
	Reporter    string `json:"reporter"`
	ReporterKey string `json:"reporter_key,omitempty"` // Person.Key: tells namesakes apart (see ReportedBy)
	// Unlisted: its reporter is on no roster; Reporter is his name as
	// WeChat shows it in the group (群昵称), and nobody has his phone.
	Unlisted bool   `json:"unlisted,omitempty"`
	Recorder string `json:"recorder,omitempty"` // who typed it, when not the reporter
	// For is the villager a relative reported it for ("我是王奶奶的孙子，
	// 她家水管冻裂了"), as the handlers address her; ForKey her Person.Key
	// (her household's). The relative stays its reporter: he said it, and
	// is asked whether it was done; nobody confirmed whose relative he is.
	For         string   `json:"for,omitempty"`
	ForKey      string   `json:"for_key,omitempty"`
	Handlers    []string `json:"handlers,omitempty"`
	Followers   []string `json:"followers,omitempty"` // later reporters who agreed it is the same matter
	DuplicateOf string   `json:"duplicate_of,omitempty"`
	// Recurs is the earlier item whose matter this one is come back ("R3"):
	// the same parties quarrel again after their mediation item was
	// settled; a closed general item's thing is undone again; an emergency
	// broke out again at the same place after its item was closed or a day
	// after it was raised (a new alarm all the same). Its leader and the
	// township read the two as one history.
	Recurs string `json:"recurs,omitempty"`
	// Along is the mediation item, still open when this one was filed,
	// between the same households ("R3"): a new quarrel of theirs while
	// the first is mediated. Its mediators take the two up together; 查
	// of either names the other.
	Along string `json:"along,omitempty"`
	// Danger is, of an emergency, the safety danger (OpenDanger) still
	// open at the same place when it was raised ("R1"): 老刘家's cracked
	// wall reported, then the house come down (town108). The alarm names
	// it, and the danger's lists name the alarm.
	Danger string `json:"danger,omitempty"`
	// CameTrue is, of a safety danger, the newest emergency raised at its
	// place since (whose Danger names this one), CameTrueAt when (town109):
	// written in that alarm's filing commit, so that the danger's 查, the
	// 早报 and its reminders name it without reading the grid's reports.
	CameTrue   string    `json:"came_true,omitempty"`
	CameTrueAt time.Time `json:"came_true_at,omitzero"`
	// Department is the township department the township referred it
	// to (指派 #R 司法所); the officer who did stays its handler.
	Department string    `json:"department,omitempty"`
	CreatedAt  time.Time `json:"created_at"`
	DueAt      time.Time `json:"due_at,omitzero"`
	// SLADue is the deadline the type's SLA set (moved on by pauses) while
	// a handler's promise (Promise) has moved DueAt; zero while none has.
	// On-time statistics judge by it (SLADueAt).
	SLADue time.Time `json:"sla_due,omitzero"`
	// Promises counts the promised days that moved DueAt since the SLA
	// set it; from the second on, the day was put off (改期).
	Promises int    `json:"promises,omitempty"`
	Source   string `json:"source"` // transport message id that created it
	// FollowerKeys are the followers' Person.Keys, index by index; where
	// it is shorter than Followers or has "", the follower was stored
	// before keys existed (see FollowedBy).
	FollowerKeys []string `json:"follower_keys,omitempty"`
	// HandlerKeys are the handlers' Person.Keys, like FollowerKeys (see
	// HandledBy).
	HandlerKeys []string `json:"handler_keys,omitempty"`
	// Images are the photos the reporter sent with the report.
	Images []string `json:"images,omitempty"`
	// PausedAt is when the item started waiting for the villager.
	PausedAt time.Time `json:"paused_at,omitzero"`
	// Overdue is how far the SLA chase went: 1 the handler was reminded,
	// 2 the item was filed with the township.
	Overdue    int       `json:"overdue,omitempty"`
	RemindedAt time.Time `json:"reminded_at,omitzero"`
	// RepeatedAt is when its handlers last heard privately that its
	// reporter or a follower said it again in the group (Router.ownRepeat).
	RepeatedAt time.Time `json:"repeated_at,omitzero"`
	// RepeatWaitAt is when the group last heard, within the hour after
	// RepeatedAt, that the handlers already knew: after that one answer,
	// saying it again that hour gets no answer in the group.
	RepeatWaitAt time.Time `json:"repeat_wait_at,omitzero"`
	// WaitNewsAt is when its handlers last heard privately that its
	// reporter or a follower said in the group what may end its waiting
	// (Router.waitNews): once a pause (after PausedAt).
	WaitNewsAt time.Time `json:"wait_news_at,omitzero"`
	// Alerts counts watchdog re-alerts of an unacknowledged emergency.
	Alerts    int       `json:"alerts,omitempty"`
	AlertedAt time.Time `json:"alerted_at,omitzero"`
	// OverSaid is when someone first said an open emergency is over
	// before its 办结 ("找到了 在他闺女家", "火灭了", "气味没了"): its
	// reporter or one who joined it, or, once it is taken on, a villager
	// of its group or a cadre whose words were its 进展. Its alarm sent
	// again after it is it come back (handlers: comesBack). Said while
	// nobody had taken it on, the watchdog raises it no more, and its
	// leader is asked to check and close it (办结).
	OverSaid time.Time `json:"over_said,omitzero"`
	// AskedAgainAt is when the villager last asked further about a
	// procedure question (handlers.Router.askedAgain); MentionedAt when
	// its handlers were last @-mentioned in the group for it, at most
	// once a day.
	AskedAgainAt time.Time `json:"asked_again_at,omitzero"`
	MentionedAt  time.Time `json:"mentioned_at,omitzero"`
	// AidTold are the Person.Keys of those told how to apply for aid after
	// this emergency (its reporter who asked for it in the alarm, a
	// neighbour who asked after it): each is told once.
	AidTold []string `json:"aid_told,omitempty"`
	// SpreadTo are the households (户号; a name for one of no household)
	// an emergency that spreads (a fire, a flood) reached after its alarm,
	// as told in its group by someone of that household ("我家也着了"):
	// each is told to the duty chat once as the same emergency spread.
	SpreadTo []string `json:"spread_to,omitempty"`
	// FollowUps counts reminders after 办结: the reporter's, then each
	// other creditor's asked on a later day of his own (med102);
	// FollowedUpAt is when the last one went out.
	FollowUps    int       `json:"follow_ups,omitempty"`
	FollowedUpAt time.Time `json:"followed_up_at,omitzero"`
	// CreditorsAwaited are the other creditors of a debt settlement
	// (handlers/words.OtherCreditors, as named in Followers) whom its 回访
	// asked whether their money came and who have not answered yet: once
	// followup.close_after passed since FollowedUpAt with no word of
	// theirs, its mediators are told (med104); an answer or that notice
	// takes the name off.
	CreditorsAwaited []string `json:"creditors_awaited,omitempty"`
	// CreditorsAskedEarly are the other creditors of a debt settlement
	// whose own day came before its reporter's, asked on theirs, before
	// the reporter was (FollowUps still 0), and when (med111): each is
	// asked once, not again with the reporter.
	CreditorsAskedEarly []Asked `json:"creditors_asked_early,omitempty"`
	// CreditorsToldAt is when followup.close_after passed since the
	// creditors were last asked, and the mediators were told of those
	// who had not answered (med105): an item asked before
	// CreditorsAwaited was kept is chased once too, not again after.
	CreditorsToldAt time.Time `json:"creditors_told_at,omitzero"`
	// InsultToldAt is when its mediators last heard that a party is
	// insulted (handlers.tellInsult): at most once an hour; each such word
	// is kept in History all the same (ActSaid).
	InsultToldAt time.Time `json:"insult_told_at,omitzero"`
	// AskRemindedAt is when the grid was last reminded of a township
	// question (镇里问) it left unanswered (OpenAsk): once per question,
	// those asked after it are reminded of again.
	AskRemindedAt time.Time `json:"ask_reminded_at,omitzero"`
	// Version is the stored version the report was read at: the store
	// checks it on commit and counts it up; nothing else changes it.
	Version int     `json:"version"`
	History []Entry `json:"history"`
}

// Apply performs action a by person by at time at, appending a history entry
// and bumping the version. It changes nothing when the action is not allowed.
// Leaving waiting moves the deadline on by the clock time spent waiting.
func (r *Report) Apply(a Action, by string, at time.Time, note string) error {
	return r.ApplyOn(Calendar{}, a, by, at, note)
}

// ApplyOn is Apply with cal counting the time spent waiting (Calendar.Extend).
func (r *Report) ApplyOn(cal Calendar, a Action, by string, at time.Time, note string) error {
	to, err := r.Next(a)
	if err != nil {
		return err
	}
	r.enter(cal, a, to, by, at, note)
	return nil
}

// ReopenClosedOn is ApplyOn's 未解决 of r closed by a 满意 or closed
// unanswered (自动结案): its reporter says soon after that it is not done
// ("还是不亮" days later), so the item is worked on again rather than a
// new one filed, and the month's report counts it reopened. How soon is
// the caller's to judge (config followup.reopen_within); the typed
// 「未解决 #R」 of a closed item stays refused (Next). An item closed
// otherwise (驳回, 合并, 已告知办理流程) is a *TransitionError.
func (r *Report) ReopenClosedOn(cal Calendar, by string, at time.Time, note string) error {
	if !r.Reopenable() {
		return &TransitionError{From: r.Status, Action: ActReopen}
	}
	r.enter(cal, ActReopen, StatusReopened, by, at, note)
	return nil
}

// RetypeOn is ApplyOn's 改为一般 (ActRetype): a cadre judged emergency r
// no emergency. It becomes an ordinary item (General), taken on if nobody
// had (新 → 已受理), its history kept; due is its deadline from now on
// (general's, the caller's to compute), and the overdue chase starts
// afresh on it. The watchdog and the duty chat follow emergencies only:
// they stop with it.
func (r *Report) RetypeOn(cal Calendar, by string, at time.Time, note string, due time.Time) error {
	to, err := r.Next(ActRetype)
	if err != nil {
		return err
	}
	r.enter(cal, ActRetype, to, by, at, note)
	r.Type = General
	r.SetDue(due)
	r.Overdue, r.RemindedAt = 0, time.Time{}
	return nil
}

// Reopenable reports whether r is closed by a 满意 or closed unanswered,
// and so may be reopened on its reporter's word (ReopenClosedOn).
func (r *Report) Reopenable() bool {
	n := len(r.History)
	return r.Status == StatusClosed && r.Type != Emergency && n > 0 && r.History[n-1].Action == ActConfirm && !r.History[n-1].Told()
}

// enter writes the entry of action a taking r to status to.
func (r *Report) enter(cal Calendar, a Action, to Status, by string, at time.Time, note string) {
	e := Entry{At: at, By: by, Action: a, Note: note, From: r.Status, To: to}
	if a == ActResolve || a == ActAccept && r.Status == StatusNew || a == ActEscalate {
		e.Due = r.SLADueAt() // in time or not is judged by the SLA, not by a promise
	}
	r.History = append(r.History, e)
	switch {
	case to == StatusWaiting && r.Status != StatusWaiting:
		r.PausedAt = at
	case r.Status == StatusWaiting && to != StatusWaiting:
		// The clock stood still while waiting: move the deadline on.
		if !r.DueAt.IsZero() {
			r.DueAt = cal.Extend(r.Type, r.DueAt, r.PausedAt, at)
		}
		if !r.SLADue.IsZero() {
			r.SLADue = cal.Extend(r.Type, r.SLADue, r.PausedAt, at)
		}
		r.PausedAt = time.Time{}
	}
	if to == StatusResolved || to == StatusReopened {
		r.FollowUps, r.FollowedUpAt, r.CreditorsAwaited, r.CreditorsToldAt = 0, time.Time{}, nil, time.Time{}
		r.CreditorsAskedEarly = nil
	}
	if (to == StatusAccepted || to == StatusReopened || to == StatusNew) && a != ActAsk && (to != r.Status || a != ActAssign) {
		// the township's question or order (镇里督办) changes nothing
		// else: the grid's overdue chase goes on (reminded, then filed
		// with the township); so does a 指派 of one taken on already,
		// whose deadline stays as it was
		r.Overdue, r.RemindedAt = 0, time.Time{}
	}
	r.Status = to
}

// OpenAsk is the township's question to the grid (镇里问, ActAsk) that
// still waits for its answer: r is open and not resolved, and since the
// question nobody but its asker noted progress on it (the grid's 进展
// answers it, as would its 等待 or 答复), nor was it resolved or sent back
// to the grid (退回), which make it moot; an order (督办, Entry.Urge) is
// moot too once the township took the item over (镇里接手). ok is false when none waits.
func (r *Report) OpenAsk() (ask Entry, ok bool) {
	if !r.Status.Open() || r.Status == StatusResolved {
		return Entry{}, false
	}
	answered := false // closed last by a 进展 its answer, which 撤回 may take back
	for _, e := range r.History {
		switch e.Action {
		case ActAsk:
			ask, ok, answered = e, true, false
		case ActResolve, ActReturn:
			ok, answered = false, false
		case ActAccept:
			// the township took it over (镇里接手): its order to the grid
			// is moot, the grid only helps now; a question still waits
			if e.From == StatusEscalated && ask.Urge {
				ok, answered = false, false
			}
		case ActProgress, ActPause, ActAnswer:
			answered = ok && e.By != ask.By && e.Action == ActProgress
			ok = ok && e.By == ask.By
		case ActUnanswer:
			ok, answered = ok || answered, false
		}
	}
	if !ok {
		return Entry{}, false
	}
	return ask, true
}

// AnswerTaken is the answer by to the township's question (OpenAsk, asked
// privately or in the group) that he may take back: r's last step, a 进展
// read from his plain words (Entry.Implied) that closed the question.
// ask is the question it answered.
func (r *Report) AnswerTaken(by string) (answer, ask Entry, ok bool) {
	n := len(r.History)
	if n < 2 || !r.Status.Open() || r.Status == StatusResolved {
		return Entry{}, Entry{}, false
	}
	last := r.History[n-1]
	if last.Action != ActProgress || !last.Implied || last.By != by {
		return Entry{}, Entry{}, false
	}
	before := *r
	before.History = r.History[:n-1]
	if ask, asked := before.OpenAsk(); asked && ask.By != by {
		return last, ask, true
	}
	return Entry{}, Entry{}, false
}

// TakeBackAnswer records that by took back his answer (AnswerTaken,
// 撤回答复): the township's question waits for an answer again. Its status
// stays as the 进展 left it.
func (r *Report) TakeBackAnswer(by string, at time.Time) bool {
	taken, _, ok := r.AnswerTaken(by)
	if ok {
		r.History = append(r.History, Entry{At: at, By: by, Action: ActUnanswer, Note: taken.Note, From: r.Status, To: r.Status})
	}
	return ok
}

// UndoReopen takes back by's 未解决 of r, his last step, which took back
// its 办结 (a cadre's slip: 「刚才点错了」): r is resolved again, waiting
// on its reporter as before. The slip leaves no entry (the caller's audit
// log keeps it), so no month counts r reopened by it. ok is false when
// r's last step is no such 未解决 of by's; then r is unchanged.
func (r *Report) UndoReopen(by string) (slip Entry, ok bool) {
	n := len(r.History)
	if n == 0 || r.Status != StatusReopened {
		return Entry{}, false
	}
	slip = r.History[n-1]
	if slip.Action != ActReopen || slip.By != by || slip.From != StatusResolved {
		return Entry{}, false
	}
	r.History, r.Status = r.History[:n-1], StatusResolved
	return slip, true
}

// SpreadNote begins the history note of an emergency that reached
// another home or place after its alarm, the name of that home or place
// and "：" after it: "蔓延到陈二家：火烧到我家柴房了".
const SpreadNote = "蔓延到"

// HurtNote begins the history note of someone hurt at an emergency's
// scene after its alarm ("有人被烧伤了" at a fire): 120 is dispatched
// besides its own.
const HurtNote = "有人受伤："

// Hurt reports whether someone was told hurt at r's scene after its alarm
// (HurtNote): the watchdog's re-posts keep asking for 120.
func (r *Report) Hurt() bool {
	return slices.ContainsFunc(r.History, func(e Entry) bool { return strings.HasPrefix(e.Note, HurtNote) })
}

// HurtSaid is what the first HurtNote told happened at r's scene
// (HurtAs), "" when none did: the watchdog's re-posts say 「有人晕倒（可能
// 是一氧化碳中毒）」 as the first news did.
func (r *Report) HurtSaid() string {
	for _, e := range r.History {
		if said, ok := strings.CutPrefix(e.Note, HurtNote); ok {
			return HurtAs(said, r.Hazard)
		}
	}
	return ""
}

// HurtAs names what happened to someone text tells hurt at an emergency of
// hazard h, for the duty chat's 120 line: 「有人晕倒」 (of a gas alarm with
// its likely cause), 「有人中毒」, 「有人头晕恶心」, 「有人烧伤」, else
// 「有人受伤」 (alarm100: 「我妈晕过去了」 at the stove's fumes was 「有人
// 受伤」).
func HurtAs(text string, h Hazard) string {
	has := func(ws ...string) bool {
		return slices.ContainsFunc(ws, func(w string) bool { return strings.Contains(text, w) })
	}
	co := ""
	if h == HazardGas {
		co = "（可能是一氧化碳中毒）"
	}
	switch {
	case has("中毒"):
		return "有人中毒"
	case has("晕倒", "晕过去", "昏倒", "昏过去", "昏迷", "晕了", "叫不醒", "喊不醒", "不省人事", "没反应"):
		return "有人晕倒" + co
	case h == HazardGas && has("头晕", "头疼", "头痛", "恶心", "想吐", "站不稳"):
		return "有人头晕恶心" + co
	case has("烧伤", "烫伤", "烧着", "着火"):
		return "有人烧伤"
	}
	return "有人受伤"
}

// NamedNote begins the history note of words that named whom or where an
// emergency that named neither is of ("是张三家的老人 在村口" after "有人晕
// 倒了 快来人"); the item's text took them too.
const NamedNote = "补充伤者和地点："

// Named reports whether someone named whom or where r is of after its
// alarm (NamedNote).
func (r *Report) Named() bool {
	return slices.ContainsFunc(r.History, func(e Entry) bool { return strings.HasPrefix(e.Note, NamedNote) })
}

// LeftNote begins the history note of what its reporter of no roster
// (Unlisted) said of himself or the place after his alarm, and
// LeftPhoneNote the note of the number he left: "报告人留的电话：13812345678".
const (
	LeftNote      = "报告人补充："
	LeftPhoneNote = "报告人留的电话："
)

// LeftPhone is the latest number r's reporter of no roster left in its
// group after the alarm (LeftPhoneNote): the re-posts give it; "" when none.
func (r *Report) LeftPhone() string {
	for i := len(r.History) - 1; i >= 0; i-- {
		if phone, ok := strings.CutPrefix(r.History[i].Note, LeftPhoneNote); ok {
			return phone
		}
	}
	return ""
}

// Spread lists the homes and places r, an emergency, reached after its
// alarm, as its history notes them (SpreadNote), each once, in the order
// told: the watchdog's re-post says where it spread.
func (r *Report) Spread() []string {
	var out []string
	for _, e := range r.History {
		rest, ok := strings.CutPrefix(e.Note, SpreadNote)
		if !ok {
			continue
		}
		if name, _, ok := strings.Cut(rest, "："); ok && name != "" && !slices.Contains(out, name) {
			out = append(out, name)
		}
	}
	return out
}

// Relay records a 进展 by one who passes on another's words of r (a
// worker's call note that the elder says her emergency is over): a step
// of his that takes nothing on, its status kept; taking it on or closing
// it stays its handlers' act.
func (r *Report) Relay(by string, at time.Time, note string) {
	r.History = append(r.History, Entry{At: at, By: by, Action: ActProgress, Note: note, From: r.Status, To: r.Status})
}

// Tell records words by someone about r (ActSaid): its status stays.
func (r *Report) Tell(by string, at time.Time, note string) {
	r.History = append(r.History, Entry{At: at, By: by, Action: ActSaid, Note: note, From: r.Status, To: r.Status})
}

// TellQuietly records words by someone about r as Tell does, marked as
// kept without telling its handlers (Entry.Quiet).
func (r *Report) TellQuietly(by string, at time.Time, note string) {
	r.Tell(by, at, note)
	r.History[len(r.History)-1].Quiet = true
}

// LastStep is r's last history entry that is a step of its own, not words
// said of it (ActSaid); ok is false when there is none.
func (r *Report) LastStep() (e Entry, ok bool) {
	return r.lastStepBut(ActSaid)
}

// LastDone is r's last step taken on the item itself, neither a
// neighbour's words nor the township's question to the grid (镇里问):
// what the record says of how it stands (town105: an alarm's 最新进展
// read 「老人现在咋样了？」, the officer's own question).
func (r *Report) LastDone() (e Entry, ok bool) {
	return r.lastStepBut(ActSaid, ActAsk)
}

// lastStepBut is r's last history entry of none of the actions skip.
func (r *Report) lastStepBut(skip ...Action) (e Entry, ok bool) {
	for i := len(r.History) - 1; i >= 0; i-- {
		if !slices.Contains(skip, r.History[i].Action) {
			return r.History[i], true
		}
	}
	return Entry{}, false
}

// ResolvedAt is when the item was last resolved, or zero.
func (r *Report) ResolvedAt() time.Time { return r.lastAt(ActResolve) }

// EscalatedAt is when the item was last filed with the township, or zero.
func (r *Report) EscalatedAt() time.Time { return r.lastAt(ActEscalate) }

// lastAt is when action a was last taken on the item, or zero.
func (r *Report) lastAt(a Action) time.Time {
	e, _ := r.Last(a)
	return e.At
}

// Last is r's last history entry of action a; ok is false when a was
// never taken on it.
func (r *Report) Last(a Action) (e Entry, ok bool) {
	for i := len(r.History) - 1; i >= 0; i-- {
		if r.History[i].Action == a {
			return r.History[i], true
		}
	}
	return Entry{}, false
}

// LastWork is the last step the grid wrote down about its work on r (a
// 受理, 进展, 指派, 等待 or 办结 with a note: 「确认 #R3 我已经到王奶奶家了」
// is the first news of an alarm, town112), for whoever takes it up next:
// the township an item goes up to; nil when there is none. A 未解决 is
// no work (Reopened tells it): a party's "又吵起来了" must not hide what
// the mediators did. Entries by the names in skip (the township's
// officers) are passed over.
func (r *Report) LastWork(skip ...string) *Entry {
	work, _ := r.WorkAndPlan(nil, skip...)
	return work
}

// WorkAndPlan is LastWork told apart from what the grid only means to
// do: a 进展 whose note planned reports as a plan when it was written
// ("我明天上午再去一趟"; "下午就修好了" written in the morning) is no work
// done. plan is the newest such 进展 after work (nil when none); older
// plans are passed over, as steps overtaken. A nil planned takes every
// note for work.
func (r *Report) WorkAndPlan(planned func(note string, at time.Time) bool, skip ...string) (work, plan *Entry) {
	for i := len(r.History) - 1; i >= 0; i-- {
		switch h := &r.History[i]; h.Action {
		case ActAccept, ActProgress, ActAssign, ActPause, ActResolve:
			if h.Note == "" || slices.Contains(skip, h.By) {
				continue
			}
			if (h.Action == ActProgress || h.Action == ActAccept) && planned != nil && planned(h.Note, h.At) {
				if plan == nil {
					plan = h
				}
				continue
			}
			return h, plan
		}
	}
	return nil, plan
}

// Reopened is how many times r was reopened (未解决), and the last of
// them, nil when never.
func (r *Report) Reopened() (n int, last *Entry) {
	for i := range r.History {
		if r.History[i].Action == ActReopen {
			n, last = n+1, &r.History[i]
		}
	}
	return n, last
}

// OverdueAt reports whether r is past its deadline at at: its clock
// running (see Timed) and due before at. The deadline is the handler's own
// promised day where he named one: the handler is reminded after it.
func (r *Report) OverdueAt(at time.Time) bool { return r.Timed() && at.After(r.DueAt) }

// LateAt is OverdueAt judged by the SLA's deadline (SLADueAt), whatever
// the handler promised: the township's statistics count this.
func (r *Report) LateAt(at time.Time) bool { return r.Timed() && at.After(r.SLADueAt()) }

// Timed reports whether r's clock is running: open, with a deadline, not
// paused waiting for the villager and not resolved and waiting for the
// reporter.
func (r *Report) Timed() bool {
	return r.Status.Open() && r.Status != StatusWaiting && r.Status != StatusResolved && !r.DueAt.IsZero()
}

// SLADueAt is the deadline the type's SLA set: DueAt, unless a promise
// moved that.
func (r *Report) SLADueAt() time.Time {
	if r.Promised() {
		return r.SLADue
	}
	return r.DueAt
}

// Promised reports whether a handler's promised day is the deadline.
func (r *Report) Promised() bool { return !r.SLADue.IsZero() }

// Rescheduled is how many times the promised day was put off (改期).
func (r *Report) Rescheduled() int { return max(r.Promises-1, 0) }

// Promise makes by, the end of a day the handler promised (进展 「预计4月
// 30日前办结」), the deadline, keeping the SLA's for the statistics; the
// chase of the overdue item starts again from it. Promising the day in
// force again changes nothing.
func (r *Report) Promise(by time.Time) {
	if r.Promised() && by.Equal(r.DueAt) {
		return
	}
	if !r.Promised() {
		r.SLADue = r.DueAt
	}
	r.Promises++
	r.DueAt, r.Overdue, r.RemindedAt = by, 0, time.Time{}
}

// SetDue sets a deadline the SLA gives afresh (受理, 上报镇, 未解决): a day
// promised before no longer holds.
func (r *Report) SetDue(due time.Time) { r.DueAt, r.SLADue, r.Promises = due, time.Time{}, 0 }

// OverdueFirst sorts reports so that those overdue at at come first, the
// most overdue (the oldest deadline) first among them; the others keep
// their order.
func OverdueFirst(reports []Report, at time.Time) {
	slices.SortStableFunc(reports, func(a, b Report) int {
		switch ao, bo := a.OverdueAt(at), b.OverdueAt(at); {
		case ao && bo:
			return a.DueAt.Compare(b.DueAt)
		case ao == bo:
			return 0
		case ao:
			return -1
		}
		return 1
	})
}

// Handler returns the first handler, or "".
func (r *Report) Handler() string {
	if len(r.Handlers) == 0 {
		return ""
	}
	return r.Handlers[0]
}

var refPattern = regexp.MustCompile(`(?i)(?:^|[^0-9A-Za-z])#?\s*([RC])\s*([0-9]+)`)

// Ref is a short reference to an item, such as R12 or C7.
type Ref struct {
	Kind byte // 'R' or 'C'
	N    int
}

func (r Ref) String() string { return string(r.Kind) + strconv.Itoa(r.N) }

// TownshipRef names report id of village v as a text to the township's
// chats (its office and duty chats serve every village) writes it for an
// officer to answer with: "#R1", or with several villages, each numbering
// its items apart, "石桥村 #R1", which the bot resolves without asking
// which village is meant.
func TownshipRef(v, id string, several bool) string {
	if several && v != "" {
		return v + " #" + id
	}
	return "#" + id
}

// FindRefs returns the references in s, in order, accepting "#R12", "R12" and
// "r12" (also with full-width ＃ normalised by the caller).
func FindRefs(s string) []Ref {
	var out []Ref
	for _, m := range FindRefsAt(s) {
		out = append(out, m.Ref)
	}
	return out
}

// RefAt is a reference found in a text, with how it was written there.
type RefAt struct {
	Ref
	Hash  bool   // written with #
	After string // the text after it
	// Before is the text before it, back to the reference before it (or
	// the start): where its village is named (「确认 青山村 #R1 石桥村 #R2」)
	Before string
}

// FindRefsAt is FindRefs with how each reference was written.
func FindRefsAt(s string) []RefAt {
	if !strings.ContainsAny(s, "RrCc") {
		return nil // no reference without its letter (refPattern): most texts need no search
	}
	var out []RefAt
	from := 0 // where the text before the next reference starts
	for _, m := range refMatches(s) {
		digits := s[m[4]:m[5]]
		if len(digits) > 9 { // a longer number is not a reference; do not truncate it
			continue
		}
		n, err := strconv.Atoi(digits)
		if err != nil || n <= 0 {
			continue
		}
		kind, hash := strings.ToUpper(s[m[2]:m[3]])[0], strings.Contains(s[m[0]:m[2]], "#")
		if kind == 'C' && !hash && licenceClass(s[:m[2]], n, s[m[5]:], s) {
			continue // "考C2", "C1驾照": a driving-licence class, not a claim
		}
		out = append(out, RefAt{Ref: Ref{Kind: kind, N: n}, Hash: hash, After: s[m[5]:], Before: s[from:m[0]]})
		from = m[5]
	}
	return out
}

// VillageOf is the village text s names for reference ref: the one of
// villages named between it and the reference before it, as the
// township's chats write items (「石桥村 #R1」, 「确认 青山村 #R1 石桥村 #R2」);
// "" when none is, or the text writes ref twice with different ones.
func VillageOf(s string, ref Ref, villages []string) string {
	if named := VillagesOf(s, ref, villages); len(named) == 1 {
		return named[0]
	}
	return ""
}

// VillagesOf are the villages s names for reference ref (see VillageOf),
// each once, in order: 「确认 青山村 #R1 石桥村 #R1」 names #R1 of two
// villages, two items. A number written with no village, or with two
// between it and the one before, names none.
func VillagesOf(s string, ref Ref, villages []string) []string {
	var named []string
	for _, at := range FindRefsAt(s) {
		if at.Ref != ref {
			continue
		}
		if in := villageBefore(at.Before, villages); in != "" && !slices.Contains(named, in) {
			named = append(named, in)
		}
	}
	return named
}

// villageBefore is the one of villages named in before; "" when none or
// several are.
func villageBefore(before string, villages []string) string {
	in := ""
	for _, v := range villages {
		if v != "" && strings.Contains(before, v) {
			if in != "" && in != v {
				return "" // the text between names two: neither is sure
			}
			in = v
		}
	}
	return in
}

// licenceWords are talk of driving licences: a C with a number there
// ("C1", "C2") is a licence class, not a claim ("考C2没问题吗", "C1驾照好
// 考吗", "学车考C1").
var licenceWords = []string{"驾照", "驾驶证", "驾驶本", "驾校", "学车", "练车", "科目一", "科目二", "科目三", "科目四", "准驾", "增驾", "车本"}

// licenceClass reports whether C followed by n, with before and after it
// in text, is a driving-licence class: C1 to C6 right after a word of
// taking one ("考C2", "拿个C1", "增驾C6") or before the licence ("C1驾照",
// "C2本"), or in talk of licences. Only a claim's number written with #
// is one whatever is said around it.
func licenceClass(before string, n int, after, text string) bool {
	if n > 6 {
		return false
	}
	before = strings.TrimRight(before, " ")
	after = strings.TrimLeft(after, " ")
	return strings.HasSuffix(before, "考") || strings.HasSuffix(before, "考个") || strings.HasSuffix(before, "考了") ||
		strings.HasSuffix(before, "拿个") || strings.HasSuffix(before, "学") || strings.HasSuffix(before, "增驾") ||
		strings.HasPrefix(after, "照") || strings.HasPrefix(after, "本") || strings.HasPrefix(after, "驾") || strings.HasPrefix(after, "证") ||
		slices.ContainsFunc(licenceWords, func(w string) bool { return strings.Contains(text, w) })
}

// ParseRef parses exactly one reference such as "#R12".
func ParseRef(s string) (Ref, bool) {
	refs := FindRefs(strings.TrimSpace(s))
	if len(refs) != 1 {
		return Ref{}, false
	}
	return refs[0], true
}

// Asked is one asked, and when: another creditor a debt settlement's 回访
// asked on his own day (Report.CreditorsAskedEarly, med111).
type Asked struct {
	Name string    `json:"name"`
	At   time.Time `json:"at"`
}

// AskedEarly is when r's 回访 asked creditor name on his own day, before
// its reporter (CreditorsAskedEarly); ok is false when it did not.
func (r Report) AskedEarly(name string) (at time.Time, ok bool) {
	for _, a := range r.CreditorsAskedEarly {
		if a.Name == name {
			return a.At, true
		}
	}
	return time.Time{}, false
}

// CreditorAskedAt is when r's 回访 asked creditor name: on his own day
// (AskedEarly), or with the others at FollowedUpAt.
func (r Report) CreditorAskedAt(name string) time.Time {
	if at, ok := r.AskedEarly(name); ok {
		return at
	}
	return r.FollowedUpAt
}

// CreditorsAskedAt is when r's 回访 last asked its creditors: its
// FollowedUpAt, or a later ask of one on his own day (CreditorsAskedEarly).
func (r Report) CreditorsAskedAt() time.Time {
	at := r.FollowedUpAt
	for _, a := range r.CreditorsAskedEarly {
		if a.At.After(at) {
			at = a.At
		}
	}
	return at
}
