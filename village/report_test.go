package village

import (
	"errors"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"gridbot/internal/fuzzseed"
)

var allStatuses = []Status{
	StatusNew, StatusAccepted, StatusInProgress, StatusResolved, StatusClosed,
	StatusReopened, StatusEscalated, StatusRejected, StatusDuplicate, StatusWaiting,
}

var allActions = []Action{
	ActAccept, ActAssign, ActProgress, ActResolve, ActConfirm,
	ActReopen, ActEscalate, ActReject, ActDuplicate, ActPause,
}

// wantTransitions is the lifecycle written out from the township plan and
// the chat commands in DESIGN.md, independently of the transitions map:
//
//   - a new item may be accepted (受理) or assigned (指派, which accepts it),
//     worked on, resolved, escalated, rejected or merged into another;
//   - an accepted item may be reassigned, worked on, resolved, escalated,
//     rejected or merged; accepting it again is refused;
//   - an item in progress or escalated keeps its status on assign and
//     progress notes and ends by being resolved; an item in progress may
//     still go up to the township;
//   - a resolved item waits for the reporter: 满意 closes it, 未解决 reopens it;
//   - a reopened item starts over like a new one, but is no longer merged
//     as a duplicate;
//   - closed, rejected and duplicate are terminal;
//   - an accepted item or one in progress may be paused while the grid
//     waits for the villager (等待村民); a waiting item keeps its status on
//     assign, resumes on a progress note, and may be resolved, escalated or
//     rejected. (DESIGN.md does not describe waiting yet; these rows follow
//     the comment on StatusWaiting.)
//
// A missing (status, action) pair is refused.
var wantTransitions = map[Status]map[Action]Status{
	StatusNew: {
		ActAccept: StatusAccepted, ActAssign: StatusAccepted, ActProgress: StatusInProgress,
		ActResolve: StatusResolved, ActEscalate: StatusEscalated, ActReject: StatusRejected,
		ActDuplicate: StatusDuplicate,
	},
	StatusAccepted: {
		ActAssign: StatusAccepted, ActProgress: StatusInProgress, ActResolve: StatusResolved,
		ActEscalate: StatusEscalated, ActReject: StatusRejected, ActDuplicate: StatusDuplicate,
		ActPause: StatusWaiting,
	},
	StatusInProgress: {
		ActAssign: StatusInProgress, ActProgress: StatusInProgress, ActResolve: StatusResolved,
		ActEscalate: StatusEscalated, ActPause: StatusWaiting, ActReject: StatusRejected,
	},
	StatusWaiting: {
		ActAssign: StatusWaiting, ActProgress: StatusInProgress, ActResolve: StatusResolved,
		ActEscalate: StatusEscalated, ActReject: StatusRejected,
		ActPause: StatusWaiting, // still waiting: the clock stays stopped
	},
	StatusResolved: {
		ActConfirm: StatusClosed, ActReopen: StatusReopened,
	},
	StatusClosed: {},
	StatusReopened: {
		ActAccept: StatusAccepted, ActAssign: StatusAccepted, ActProgress: StatusInProgress,
		ActResolve: StatusResolved, ActEscalate: StatusEscalated, ActReject: StatusRejected,
		ActPause: StatusWaiting, // reopened, it may wait on the villager again
	},
	StatusEscalated: {
		ActAccept: StatusEscalated, ActAssign: StatusEscalated, ActProgress: StatusEscalated, ActResolve: StatusResolved,
	},
	StatusRejected:  {},
	StatusDuplicate: {},
}

func TestNext(t *testing.T) {
	// Every status × every action (create included: it only makes a report
	// and is never a transition).
	for _, from := range allStatuses {
		for _, a := range append(allActions, ActCreate) {
			t.Run(string(from)+"/"+string(a), func(t *testing.T) {
				want, allowed := wantTransitions[from][a]
				got, err := Next(from, a)
				if !allowed {
					if err == nil {
						t.Fatalf("Next(%s, %s) = %s, nil; want a refusal", from, a, got)
					}
					if !errors.Is(err, ErrTransition) {
						t.Errorf("errors.Is(%v, ErrTransition) = false", err)
					}
					var te *TransitionError
					if !errors.As(err, &te) {
						t.Fatalf("error %T is not a *TransitionError", err)
					}
					if diff := cmp.Diff(*te, TransitionError{From: from, Action: a}); diff != "" {
						t.Errorf("TransitionError (-got +want):\n%s", diff)
					}
					if got != "" {
						t.Errorf("refused Next returned status %q", got)
					}
					return
				}
				if err != nil {
					t.Fatalf("Next(%s, %s): %v", from, a, err)
				}
				if got != want {
					t.Errorf("Next(%s, %s) = %s; want %s", from, a, got, want)
				}
			})
		}
	}
}

func TestTerminalStatuses(t *testing.T) {
	for _, s := range allStatuses {
		t.Run(string(s), func(t *testing.T) {
			terminal := len(Allowed(s)) == 0
			if got, want := terminal, !s.Open(); got != want {
				t.Errorf("no allowed actions = %v; want %v (Open() = %v)", got, want, s.Open())
			}
		})
	}
}

func TestAllowed(t *testing.T) {
	for _, s := range allStatuses {
		t.Run(string(s), func(t *testing.T) {
			var want []Action
			for _, a := range allActions { // same order Allowed uses
				if _, ok := wantTransitions[s][a]; ok {
					want = append(want, a)
				}
			}
			if diff := cmp.Diff(Allowed(s), want); diff != "" {
				t.Errorf("Allowed(%s) (-got +want):\n%s", s, diff)
			}
		})
	}
}

func TestTransitionErrorMessage(t *testing.T) {
	_, err := Next(StatusClosed, ActReopen)
	if got, want := err.Error(), "action reopen not allowed in status closed"; got != want {
		t.Errorf("Error() = %q; want %q", got, want)
	}
	if errors.Is(errors.New("transition not allowed"), ErrTransition) {
		t.Error("an unrelated error with the same text matches ErrTransition")
	}
}

func mustReport(tb testing.TB, s Status) *Report {
	tb.Helper()
	created := time.Date(2026, 3, 2, 9, 15, 0, 0, time.FixedZone("CST", 8*3600))
	return &Report{
		ID: "R12", Village: "青山村", Grid: "三组", Chat: "青山村三组网格群", Type: General,
		Category: "道路交通", Status: s, Text: "村口路灯不亮了", Reporter: "张三",
		CreatedAt: created, Source: "m1", Version: 3,
		History: []Entry{{At: created, By: "张三", Action: ActCreate, To: StatusNew}},
	}
}

func TestReportApply(t *testing.T) {
	at := time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC)
	for _, from := range allStatuses {
		for _, a := range allActions {
			t.Run(string(from)+"/"+string(a), func(t *testing.T) {
				r := mustReport(t, from)
				before := mustReport(t, from)
				err := r.Apply(a, "李四", at, "已联系电工")
				to, allowed := wantTransitions[from][a]
				if !allowed {
					if !errors.Is(err, ErrTransition) {
						t.Fatalf("Apply(%s) in %s: err = %v; want ErrTransition", a, from, err)
					}
					if diff := cmp.Diff(r, before); diff != "" {
						t.Errorf("refused Apply changed the report (-got +want):\n%s", diff)
					}
					return
				}
				if err != nil {
					t.Fatalf("Apply(%s) in %s: %v", a, from, err)
				}
				// The lifecycle part of the report; deadline bookkeeping
				// (waiting, reminders) is not checked here.
				type lifecycle struct {
					Status  Status
					Version int
					History []Entry
				}
				got := lifecycle{r.Status, r.Version, r.History}
				want := lifecycle{to, before.Version, // the store counts versions, not Apply
					append(before.History, Entry{At: at, By: "李四", Action: a, Note: "已联系电工", From: from, To: to})}
				if diff := cmp.Diff(got, want); diff != "" {
					t.Errorf("report after Apply (-got +want):\n%s", diff)
				}
			})
		}
	}
}

func TestReportLifecycle(t *testing.T) {
	r := mustReport(t, StatusNew)
	t0 := time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC)
	steps := []struct {
		action Action
		by     string
		want   Status
	}{
		{ActAccept, "王网格长", StatusAccepted},
		{ActAssign, "王网格长", StatusAccepted},
		{ActProgress, "李网格员", StatusInProgress},
		{ActResolve, "王网格长", StatusResolved},
		{ActReopen, "张三", StatusReopened},
		{ActEscalate, "王网格长", StatusEscalated},
		{ActResolve, "镇干部", StatusResolved},
		{ActConfirm, "张三", StatusClosed},
	}
	for i, s := range steps {
		if err := r.Apply(s.action, s.by, t0.Add(time.Duration(i)*time.Hour), ""); err != nil {
			t.Fatalf("step %d %s: %v", i, s.action, err)
		}
		if r.Status != s.want {
			t.Fatalf("step %d %s: status %s; want %s", i, s.action, r.Status, s.want)
		}
	}
	if got, want := r.Version, 3; got != want { // the store counts versions, not Apply
		t.Errorf("Version = %d; want %d", got, want)
	}
	if got, want := len(r.History), 1+len(steps); got != want {
		t.Fatalf("len(History) = %d; want %d", got, want)
	}
	for i := 1; i < len(r.History); i++ {
		if got, want := r.History[i].From, r.History[i-1].To; got != want {
			t.Errorf("History[%d].From = %s; want previous To %s", i, got, want)
		}
	}
	if err := r.Apply(ActReopen, "张三", t0.Add(24*time.Hour), "还是不亮"); !errors.Is(err, ErrTransition) {
		t.Errorf("reopen after close: err = %v; want ErrTransition", err)
	}
}

func TestRefs(t *testing.T) {
	tests := []struct {
		name      string
		text      string
		want      []Ref
		wantParse Ref
		wantOK    bool
	}{
		{"hash", "#R12", []Ref{{'R', 12}}, Ref{'R', 12}, true},
		{"bare", "R12", []Ref{{'R', 12}}, Ref{'R', 12}, true},
		{"lower case", "r12", []Ref{{'R', 12}}, Ref{'R', 12}, true},
		{"spaced", "# R 5", []Ref{{'R', 5}}, Ref{'R', 5}, true},
		{"claim", "C7", []Ref{{'C', 7}}, Ref{'C', 7}, true},
		{"claim lower case with hash", "#c7", []Ref{{'C', 7}}, Ref{'C', 7}, true},
		{"surrounding spaces", "  #R12\n", []Ref{{'R', 12}}, Ref{'R', 12}, true},
		{"full-width hash", "＃R12", []Ref{{'R', 12}}, Ref{'R', 12}, true},
		{"after a command word", "确认#R3", []Ref{{'R', 3}}, Ref{'R', 3}, true},
		{"command with note", "办结 #R12 已修好", []Ref{{'R', 12}}, Ref{'R', 12}, true},
		{"two refs", "重复 #R6 #R1", []Ref{{'R', 6}, {'R', 1}}, Ref{}, false},
		{"report and claim", "R3和C4", []Ref{{'R', 3}, {'C', 4}}, Ref{}, false},
		{"adjacent refs", "#R6#R1", []Ref{{'R', 6}, {'R', 1}}, Ref{}, false},
		{"zero rejected", "R0", nil, Ref{}, false},
		{"leading zeros", "R007", []Ref{{'R', 7}}, Ref{'R', 7}, true},
		{"preceded by ascii letters", "ABR12", nil, Ref{}, false},
		{"preceded by a digit", "3R12", nil, Ref{}, false},
		{"nine digits", "R123456789", []Ref{{'R', 123456789}}, Ref{'R', 123456789}, true},
		{"twelve digits after R", "R123456789012", nil, Ref{}, false},
		{"twelve digit number", "流水号 123456789012", nil, Ref{}, false},
		{"phone number", "电话13812345678", nil, Ref{}, false},
		{"other letter", "#X12", nil, Ref{}, false},
		{"letter without number", "R", nil, Ref{}, false},
		{"no ref", "确认", nil, Ref{}, false},
		{"empty", "", nil, Ref{}, false},
		{"a licence class to take", "考C2没问题吗", nil, Ref{}, false},
		{"a licence class before the licence", "C1驾照好考吗", nil, Ref{}, false},
		{"a licence class in licence talk", "学车的话C1还是C2好", nil, Ref{}, false},
		{"a licence class spaced", "我想考 C1", nil, Ref{}, false},
		{"a claim in licence talk written with #", "#C2 是考驾照的补贴吗", []Ref{{'C', 2}}, Ref{'C', 2}, true},
		{"a claim that is no class", "C12 驾照", []Ref{{'C', 12}}, Ref{'C', 12}, true},
		{"a report in licence talk", "R2 驾校门口路灯坏了", []Ref{{'R', 2}}, Ref{'R', 2}, true},
		{"a claim", "C2没问题", []Ref{{'C', 2}}, Ref{'C', 2}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(FindRefs(tt.text), tt.want); diff != "" {
				t.Errorf("FindRefs(%q) (-got +want):\n%s", tt.text, diff)
			}
			type parsed struct {
				Ref Ref
				OK  bool
			}
			got, ok := ParseRef(tt.text)
			if diff := cmp.Diff(parsed{got, ok}, parsed{tt.wantParse, tt.wantOK}); diff != "" {
				t.Errorf("ParseRef(%q) (-got +want):\n%s", tt.text, diff)
			}
		})
	}
}

func TestRefString(t *testing.T) {
	tests := []struct {
		name string
		ref  Ref
		want string
	}{
		{"report", Ref{'R', 12}, "R12"},
		{"claim", Ref{'C', 7}, "C7"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.ref.String(); got != tt.want {
				t.Errorf("String() = %q; want %q", got, tt.want)
			}
		})
	}
}

func FuzzFindRefs(f *testing.F) {
	for _, s := range []string{"#R12", "r12", "# R 5", "C7", "确认#R3", "重复 #R6 #R1", "R0", "ABR12",
		"R123456789012", "R999999999", "＃c0001", "#\nR\n1"} {
		f.Add(s)
	}
	fuzzseed.Add(f)
	f.Fuzz(func(t *testing.T, s string) {
		// a text the pattern matches has a reference's letter: the text
		// without one, passed over unsearched, holds no reference
		if refPattern.MatchString(s) && !strings.ContainsAny(s, "RrCc") {
			t.Errorf("refPattern matches %q, which has no R or C", s)
		}
		refs := FindRefs(s)
		for _, r := range refs {
			if r.N <= 0 {
				t.Errorf("FindRefs(%q): ref %v has N <= 0", s, r)
			}
			if r.Kind != 'R' && r.Kind != 'C' {
				t.Errorf("FindRefs(%q): ref %v has kind %q", s, r, r.Kind)
			}
			// A found ref reads back as itself.
			if got := FindRefs(r.String()); len(got) != 1 || got[0] != r {
				t.Errorf("FindRefs(%q) = %v; want [%v]", r.String(), got, r)
			}
		}
		// A found ref is in the text: its number ends what comes before
		// the text after it, its letter (either case) before the digits.
		for _, a := range FindRefsAt(s) {
			before, found := strings.CutSuffix(s, a.After)
			lead := strings.TrimRight(strings.TrimRight(before, "0123456789"), " \t\n\f\r")
			if !found || !strings.HasSuffix(before, strconv.Itoa(a.N)) || !strings.HasSuffix(strings.ToUpper(lead), string(a.Kind)) {
				t.Errorf("FindRefsAt(%q): %v (after %q) is not in the text", s, a.Ref, a.After)
			}
		}
		got, ok := ParseRef(s)
		if ok != (len(FindRefs(strings.TrimSpace(s))) == 1) {
			t.Errorf("ParseRef(%q) ok = %v with refs %v", s, ok, refs)
		}
		if ok && (got.N <= 0 || (got.Kind != 'R' && got.Kind != 'C')) {
			t.Errorf("ParseRef(%q) = %v", s, got)
		}
	})
}

func TestOverdueFirst(t *testing.T) {
	at := time.Date(2026, 3, 5, 20, 0, 0, 0, time.UTC)
	day := 24 * time.Hour
	reports := []Report{
		{ID: "R1", Status: StatusAccepted, DueAt: at.Add(-day)},
		{ID: "R2", Status: StatusAccepted, DueAt: at.Add(day)},
		{ID: "R3", Status: StatusAccepted, DueAt: at.Add(-3 * day)},
		{ID: "R4", Status: StatusNew, DueAt: at.Add(2 * day)},
		{ID: "R5", Status: StatusInProgress, DueAt: at.Add(-2 * day)},
	}
	OverdueFirst(reports, at)
	var got []string
	for _, r := range reports {
		got = append(got, r.ID)
	}
	if diff := cmp.Diff(got, []string{"R3", "R5", "R1", "R2", "R4"}); diff != "" {
		t.Errorf("OverdueFirst (-got +want):\n%s", diff)
	}
}

// TestReportPromise: a promised day is the deadline the handler is
// chased by (OverdueAt); the SLA's stays for the statistics (LateAt, the
// resolve entry's Due) and moves on with a pause like the other; a
// deadline the SLA sets afresh ends the promise.
func TestReportPromise(t *testing.T) {
	cst := time.FixedZone("CST", 8*3600)
	day := func(d, h int) time.Time { return time.Date(2026, 3, d, h, 0, 0, 0, cst) }
	r := mustReport(t, StatusInProgress)
	r.DueAt, r.Overdue, r.RemindedAt = day(5, 10), 1, day(6, 9)
	r.Promise(EndOfDay(day(10, 0)))
	if !r.Promised() || !r.SLADueAt().Equal(day(5, 10)) || r.Overdue != 0 || !r.RemindedAt.IsZero() {
		t.Fatalf("after a promise: promised %v, SLA due %v, overdue %d, reminded %v", r.Promised(), r.SLADueAt(), r.Overdue, r.RemindedAt)
	}
	if r.OverdueAt(day(7, 9)) || !r.LateAt(day(7, 9)) {
		t.Errorf("on 7 March: overdue %v (want false: promised 10 March), late %v (want true: SLA 5 March)", r.OverdueAt(day(7, 9)), r.LateAt(day(7, 9)))
	}
	if r.Rescheduled() != 0 {
		t.Errorf("one promise is rescheduled %d times", r.Rescheduled())
	}
	r.Promise(EndOfDay(day(12, 0)))
	r.Promise(EndOfDay(day(12, 0))) // the same day again
	if r.Rescheduled() != 1 || !r.SLADueAt().Equal(day(5, 10)) {
		t.Errorf("put off once: rescheduled %d, SLA due %v", r.Rescheduled(), r.SLADueAt())
	}
	if err := r.Apply(ActPause, "李四", day(9, 10), "等村民"); err != nil {
		t.Fatal(err)
	}
	if err := r.Apply(ActProgress, "李四", day(10, 10), "村民回来了"); err != nil {
		t.Fatal(err)
	}
	if !r.SLADueAt().Equal(day(6, 10)) || !r.DueAt.Equal(EndOfDay(day(13, 0))) {
		t.Errorf("a day's pause: SLA due %v, due %v; want both a day later", r.SLADueAt(), r.DueAt)
	}
	if err := r.Apply(ActResolve, "李四", day(11, 10), "修好了"); err != nil {
		t.Fatal(err)
	}
	if got := r.History[len(r.History)-1].Due; !got.Equal(day(6, 10)) {
		t.Errorf("办结 entry judged by %v, want the SLA's 6 March 10:00", got)
	}
	r.SetDue(day(20, 10))
	if r.Promised() || r.Promises != 0 || !r.SLADueAt().Equal(day(20, 10)) {
		t.Errorf("SetDue kept the promise: SLA due %v, %d promises", r.SLADue, r.Promises)
	}
}

// TestImpliedMayBeTakenBack: a 满意 read from the reporter's words may
// be taken back with 未解决, a 未解决 read from them with 满意, and a 办结
// read from the handler's words with 进展, while
// it is the last thing done; one he typed, or one followed by anything
// else, may not.
func TestImpliedMayBeTakenBack(t *testing.T) {
	at := time.Date(2026, 3, 3, 9, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		name       string
		said, undo Action
		implied    bool
		want       error
		undone     Status
		// again: once taken back, resolved and answered again by typing
		again bool
		// from is the status before said ("": resolved)
		from Status
	}{
		{"满意 read from his words", ActConfirm, ActReopen, true, nil, StatusReopened, true, ""},
		{"满意 typed", ActConfirm, ActReopen, false, ErrTransition, "", false, ""},
		{"未解决 read from his words", ActReopen, ActConfirm, true, nil, StatusClosed, false, ""},
		{"未解决 typed", ActReopen, ActConfirm, false, ErrTransition, "", false, ""},
		{"办结 read from the handler's words", ActResolve, ActProgress, true, nil, StatusInProgress, false, StatusInProgress},
		{"办结 typed", ActResolve, ActProgress, false, ErrTransition, "", false, StatusInProgress},
	} {
		t.Run(tc.name, func(t *testing.T) {
			from := tc.from
			if from == "" {
				from = StatusResolved
			}
			r := mustReport(t, from)
			if err := r.Apply(tc.said, "张三", at, "好了谢谢"); err != nil {
				t.Fatal(err)
			}
			r.History[len(r.History)-1].Implied = tc.implied
			if _, err := r.Next(tc.said); !errors.Is(err, ErrTransition) {
				t.Errorf("%s again: %v, want refused", tc.said, err)
			}
			err := r.Apply(tc.undo, "张三", at.Add(time.Hour), "还是不亮")
			if !errors.Is(err, tc.want) || err == nil && r.Status != tc.undone {
				t.Errorf("%s: %v, status %s; want %v", tc.undo, err, r.Status, tc.want)
			}
			if err != nil || !tc.again {
				return
			}
			// taken back, then done again and typed: no taking back now
			if err := r.Apply(ActResolve, "李四", at.Add(2*time.Hour), "换了线路"); err != nil {
				t.Fatal(err)
			}
			if err := r.Apply(tc.said, "张三", at.Add(3*time.Hour), ""); err != nil {
				t.Fatal(err)
			}
			if err := r.Apply(tc.undo, "张三", at.Add(4*time.Hour), ""); !errors.Is(err, ErrTransition) {
				t.Errorf("%s after a typed %s: %v, want refused", tc.undo, tc.said, err)
			}
		})
	}
	t.Run("未解决 taken up since", func(t *testing.T) {
		r := mustReport(t, StatusResolved)
		if err := r.Apply(ActReopen, "张三", at, "还是不亮"); err != nil {
			t.Fatal(err)
		}
		r.History[len(r.History)-1].Implied = true
		if err := r.Apply(ActAccept, "李四", at.Add(time.Hour), ""); err != nil {
			t.Fatal(err)
		}
		if err := r.Apply(ActConfirm, "张三", at.Add(2*time.Hour), ""); !errors.Is(err, ErrTransition) {
			t.Errorf("满意 after the leader took it up again: %v, want refused", err)
		}
	})
}

// BenchmarkFindRefs reads the references of what a group mostly carries:
// chat with none, and commands with one or two.
func BenchmarkFindRefs(b *testing.B) {
	for _, bc := range []struct {
		name  string
		texts []string
	}{
		{"chat", []string{"大家早上好", "今天天气不错", "哈哈 收到"}},
		{"commands", []string{"#R12 已联系电工", "确认 #R3", "重复 #R6 #R1", "满意 r12"}},
	} {
		b.Run(bc.name, func(b *testing.B) {
			b.ReportAllocs()
			i := 0
			for b.Loop() {
				_ = FindRefs(bc.texts[i%len(bc.texts)])
				i++
			}
		})
	}
}

// TestEntryLabel: a history line names what was done; an item the system
// closed for want of an answer was closed, not found satisfactory.
func TestEntryLabel(t *testing.T) {
	for _, c := range []struct {
		e    Entry
		want string
	}{
		{Entry{By: "张三", Action: ActConfirm}, "确认满意"},
		{Entry{By: SystemActor, Action: ActConfirm}, "自动结案"},
		{Entry{By: SystemActor, Action: ActResolve}, "办结"},
		{Entry{By: SystemActor, Action: ActResolve, Note: ProcedureTold}, "结案"},
		{Entry{By: SystemActor, Action: ActConfirm, Note: ProcedureTold}, "结案"},
		{Entry{By: "李四", Action: ActResolve, Note: ProcedureTold}, "办结"},
	} {
		if got := c.e.Label(); got != c.want {
			t.Errorf("%+v.Label() = %q, want %q", c.e, got, c.want)
		}
	}
}
