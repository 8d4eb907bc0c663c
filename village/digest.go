package village

import (
	"cmp"
	"slices"
	"strings"
	"time"
)

// Roster is what a digest needs of the roster: who a handler is (an
// officer who took an item over), a grid's leaders (whom the township
// calls about an emergency), the name that finds a reporter.
type Roster interface {
	Lookup(villageName, who string) (Person, error)
	InGrid(villageName, grid string, role Role) []Person
	Address(key, name string) string
}

// GridDigest is a grid's items since a time (the day's start for the
// evening digest 【今日小结】, the week's for a 这周情况 asked): what came
// in and was resolved since, what is still open and overdue. Its field
// names are those the digest texts use.
type GridDigest struct {
	Grid string
	// New came in since; Resolved were resolved since by the grid's work,
	// Told answered with a procedure (no grid work done).
	New, Resolved, Told int
	// Awaiting are resolved, waiting on their reporter: not open;
	// ResolvedWaiting those of them among Resolved (resolved since).
	Awaiting, ResolvedWaiting int
	// Asked are procedure questions the bot answered with the procedure
	// and nobody is to act on until the villager asks again
	// (Report.ProcedureAnswered): not open, as in the township's digest.
	Asked int
	// Open are the items not resolved, overdue first; Overdue those past
	// the deadline in force (the handler's promised day where he named
	// one), as the overdue reminders judge it. Escalated are with the
	// township (not the grid's overdue); Deferred past the SLA's deadline
	// but not past the promised day (the township counts them overdue).
	Open, Overdue       []Report
	Escalated, Deferred int
	// Unclaimed are those of Escalated no township officer took over
	// yet, counted by Hold: the township has them to take, it is not yet
	// working on them (a grid told 镇里在办 stops chasing).
	Unclaimed int
	// Shown are the first of Open a digest lists, More how many it leaves
	// out.
	Shown []Report
	More  int
	// Fixed are the IDs of those of Open whose reporter said they are
	// fixed (Report.ClosesOnWord), in Open's order: they wait only for a
	// 办结, which the digest asks for of them all in one line.
	Fixed []string
	// Held is, by ID, who has each of Shown the township took over
	// (Report.HoldOf), filled by Hold; the others are absent.
	Held map[string]Hold
	// Covered is, by ID, who has each of Shown whose handler is away
	// (HandlersLine: 「李四；王五不在，由李四代管」, rep104); the others
	// name their handlers.
	Covered map[string]string
	// Changed is whether anything was done since on the grid's items.
	Changed bool
	// Now is when it is read: the items' words are read at it
	// (DaysOn).
	Now time.Time
}

// Late reports whether the item of ID id is among d.Overdue: its list
// line says how long past its deadline it is, so that 「其中超期 N 件」
// names which.
func (d GridDigest) Late(id string) bool {
	return slices.ContainsFunc(d.Overdue, func(r Report) bool { return r.ID == id })
}

// Aside is what d's 未办结 leaves out (digest.aside): the items waiting
// on their reporter that 办结 did not count already (resolved before),
// and the answered procedure questions. Earlier is whether 办结 names
// the others, so that the aside says these were resolved before.
func (d GridDigest) Aside() Aside {
	return Aside{Awaiting: d.Awaiting - d.ResolvedWaiting, Asked: d.Asked, Earlier: d.ResolvedWaiting > 0}
}

// Aside is what d's 未办结 leaves out (digest.aside).
func (d OfficeDigest) Aside() Aside { return Aside{Awaiting: d.Awaiting, Asked: d.Asked} }

// Aside is what a digest counts apart from its open items (GridDigest.Aside).
type Aside struct {
	Awaiting, Asked int
	Earlier         bool
}

// Claimed are those of d.Escalated an officer took over (Hold counts
// the others, Unclaimed).
func (d GridDigest) Claimed() int { return d.Escalated - d.Unclaimed }

// Unconfirmed are the references (#R3) of d's overdue emergencies nobody
// confirmed: what is asked of the grid is a 确认 (they are never paused).
func (d GridDigest) Unconfirmed() []string {
	var refs []string
	for _, r := range d.Overdue {
		if r.Type == Emergency && r.Status == StatusNew {
			refs = append(refs, "#"+r.ID)
		}
	}
	return refs
}

// DigestGrid sums up grid's items among reports (of its village) since
// from, as they stand at now, listing at most show of the open ones.
// Items told privately stay out (a group reads the digest), but for
// emergencies.
func DigestGrid(reports []Report, grid string, from, now time.Time, show int) GridDigest {
	d := GridDigest{Grid: grid, Now: now}
	for _, r := range reports {
		if r.Grid != grid || r.Chat == "" && r.Type != Emergency {
			continue // private reports stay out of the group digest
		}
		if !r.CreatedAt.Before(from) && !r.CreatedAt.After(now) && r.Status != StatusDuplicate {
			d.New++
		}
		// reopened since (未解决), it is open again, counted there only
		if rt := r.ResolvedAt(); !rt.Before(from) && !rt.After(now) && (r.Status == StatusResolved || r.Status == StatusClosed) {
			if r.Told() {
				d.Told++ // the villager had the procedure: no grid work done
			} else {
				d.Resolved++
			}
		}
		// an item resolved before from and closed since (满意, or
		// auto-closed for want of an answer) is in none of the digest's
		// lines: its closing alone is no news for the group, which would
		// get the same open list again
		// nor is the system's closing of an answered procedure question
		// (Entry.Told): nobody did anything, the open list is the same
		closedOnly := r.Status == StatusClosed && r.ResolvedAt().Before(from)
		d.Changed = d.Changed || !closedOnly && slices.ContainsFunc(r.History, func(h Entry) bool { return !h.At.Before(from) && !h.At.After(now) && !h.Told() })
		if r.Status == StatusResolved {
			d.Awaiting++
			if rt := r.ResolvedAt(); !rt.Before(from) && !rt.After(now) {
				d.ResolvedWaiting++
			}
		}
		if r.ProcedureAnswered() {
			d.Asked++
			continue
		}
		if r.Status.Open() && r.Status != StatusResolved {
			d.Open = append(d.Open, r)
			switch {
			case r.Status == StatusEscalated:
				// the township has it (its morning digest lists it):
				// not the grid's overdue
				d.Escalated++
			case r.OverdueAt(now):
				d.Overdue = append(d.Overdue, r)
			case r.LateAt(now):
				// past the SLA's deadline, not past the day its handler
				// promised: not chased, but the township counts it
				// overdue, and the grid hears so
				d.Deferred++
			}
		}
	}
	OverdueFirst(d.Open, now)
	OverdueFirst(d.Overdue, now)
	for i := range d.Open {
		if d.Open[i].ClosesOnWord() {
			d.Fixed = append(d.Fixed, d.Open[i].ID)
		}
	}
	d.Shown, d.More = firstOf(d.Open, show)
	return d
}

// Hold fills d.Held: the listed items the township took over name its
// holder, the grid's handlers helping (「镇里孙七接手，李四配合」), not all
// their handlers alike. It counts d.Unclaimed, the items sent up that no
// officer took over yet, among all of Open.
func (d *GridDigest) Hold(lookup func(villageName, name string) (Person, error)) {
	d.Unclaimed = 0
	for i := range d.Open {
		if r := &d.Open[i]; r.TownToTake(lookup) {
			d.Unclaimed++
		}
	}
	for _, r := range d.Shown {
		if h := r.HoldOf(lookup); len(h.Town) > 0 {
			if d.Held == nil {
				d.Held = map[string]Hold{}
			}
			d.Held[r.ID] = h
		}
	}
}

// firstOf is the first n of xs and how many more there are.
func firstOf[T any](xs []T, n int) (head []T, more int) {
	if len(xs) <= n {
		return xs, 0
	}
	return xs[:n], len(xs) - n
}

// VillageCounts are a village's open items by type.
type VillageCounts struct {
	Name                                    string
	General, Mediation, Emergency, Approval int
}

// Kinds is how many types the village has open items of (0: none).
func (c VillageCounts) Kinds() int {
	n := 0
	for _, k := range []int{c.General, c.Mediation, c.Emergency, c.Approval} {
		if k > 0 {
			n++
		}
	}
	return n
}

// UnconfirmedEmergency is an emergency nobody has confirmed, with whom
// the township calls.
type UnconfirmedEmergency struct {
	R       Report
	Leaders []Person
	// ReporterPhone is the reporter's, for a report of no grid (no leader
	// to call); named as the nogrid.place text expects.
	ReporterPhone string
	// Days is how many whole days it has waited for its 确认 by the time
	// it is read (0 within the first day): one left for days says so
	// (town108).
	Days int
}

// Unconfirmed is emergency r nobody confirmed as of now, with whom the
// office calls about it: its grid's leaders, or its reporter when it has
// no grid.
func Unconfirmed(r Report, people Roster, now time.Time) UnconfirmedEmergency {
	return UnconfirmedEmergency{R: r, Leaders: people.InGrid(r.Village, r.Grid, RoleLeader), ReporterPhone: r.NoGridPhone(people.Lookup, people.Address),
		Days: int(now.Sub(r.CreatedAt) / (24 * time.Hour))}
}

// UnansweredAsk is a township question to a grid (镇里问) still waiting
// for its answer (Report.OpenAsk), with its item and whom the office
// calls about it: the officers who hold it now, with their phones, for an
// order the township's holders are to answer (Report.AskHolders, as its
// reminder goes), otherwise the grid's leaders it was put to.
type UnansweredAsk struct {
	R       Report
	Ask     Entry
	Holders string
	Leaders []Person
	// toTake: the item waits for the township to take it (TownToTake),
	// under a heading of its own whether listed or counted.
	toTake bool
}

// DangersShown is how many open dangers the 早报 names by number.
const DangersShown = 5

// DangerLine is an open safety danger the 早报 names, with the alarms
// raised at its place since (Report.DangerAlarms), oldest first: every
// one of them (town111).
type DangerLine struct {
	Report
	Alarms []Report
}

// OfficeDigest is the township's picture of its items as its morning
// digest (【早报】) gives it, and a township officer's 情况 asked: the
// open items by village and type, those past the SLA's deadline, the
// emergencies of the last day, those nobody confirmed, the items sent up
// that no officer took over. Its field names are those the digest texts
// use. Fill it with Add, village by village, then call Done.
type OfficeDigest struct {
	Now time.Time
	// Total are the open items (not resolved, not answered procedure
	// questions); Awaiting resolved ones waiting on their reporter, Asked
	// procedure questions answered, waiting on the villager.
	Total, Awaiting, Asked int
	Villages               []VillageCounts
	// Dangers are the first DangersShown open safety dangers (Report.OpenDanger,
	// town107), in the order the villages were added; DangerCount how many
	// there are. Said under the breakdown: in the cold months a cracked
	// wall under snow is what may go wrong next.
	Dangers     []DangerLine
	DangerCount int
	// Road, when set, tells which state an open road item's way is in
	// by its words (the handlers' words.RoadState): the 早报 then counts
	// the roads iced over and those still shut (town111: in December they
	// are what the township is asked about first), IcyRoads and ShutRoads
	// the first DangersShown of each, IcyCount and ShutCount how many. An
	// item may be both, and a danger too (an icy slope kept away from).
	Road                func(text string) (icy, shut bool)
	IcyRoads, ShutRoads []Report
	IcyCount, ShutCount int
	// Overdue are the open items past the SLA's deadline (a promised day
	// is shown, not excused), the oldest deadline first; OverdueCount
	// how many, of which Overdue lists the first Show (OverdueMore the
	// rest).
	Overdue                   []Report
	OverdueCount, OverdueMore int
	// OverdueMost are all the overdue items (not only those listed) by
	// place, the place with the most first (ties in the order of their
	// oldest deadline), set by Done: 「哪个组超期最多」 (town105).
	OverdueMost []ToldPlace
	// OverdueVillages are they by village, most first (「哪个村超期最
	// 多」 of several villages, town106).
	OverdueVillages []ToldPlace
	// whom names, for each overdue item (by its village and ID: two
	// villages each have a #R1), whom the office calls about it, with
	// their phones (Whom).
	whom map[itemKey]Whom
	// asked are the township's words still waiting (OpenAsk) on items
	// another heading lists (overdue, to take) or counts as the office's
	// to take (TownToTake: told above, in the 10:00 list): each item is
	// read once, under the heading that asks the office to act, its words
	// said on its line (AskedBefore), not again among Unanswered (town89).
	asked map[itemKey]Entry
	// Emergencies are those of the day before at, confirmed. One of
	// them past its deadline too is listed here, not again among
	// Overdue, its lateness said on its line (EmergencyResponse.Overdue,
	// town104: the 早报 listed it under both), unless OverdueOnly.
	Emergencies []EmergencyResponse
	// OverdueOnly: the text lists the overdue items alone (an officer's
	// 「超期的有哪些」), an emergency among them whatever its day.
	OverdueOnly bool
	// AckLimit is the time to take an emergency on (sla.emergency.accept),
	// set before Add; each emergency's first response is judged by it.
	AckLimit time.Duration
	// Unconfirmed are the emergencies nobody confirmed, of any age.
	Unconfirmed []UnconfirmedEmergency
	// Unclaimed were sent up, are not overdue, and no officer took them
	// over yet; UnclaimedMore are left out of the list.
	Unclaimed     []Report
	UnclaimedMore int
	// UnclaimedLater are those of Unclaimed the office's own
	// 【镇里待接手】 list lists at UnclaimedAt, later the same morning
	// (ListLater): counted, not listed twice.
	UnclaimedLater int
	UnclaimedAt    time.Time
	// FiledLater are the overdue items the overdue check files with the
	// township at FiledAt, later the same morning (FileLater): counted,
	// not listed half an hour before its 【超期上报】 lists them.
	FiledLater int
	FiledAt    time.Time
	// acceptBy are the times to accept of items of Unclaimed that run out
	// before UnclaimedAt's list, after the 早报 (ListLater, AcceptBy).
	acceptBy map[itemKey]time.Time
	// Unanswered are the township's questions to grids (镇里问) still
	// waiting for their answer, the oldest first; UnansweredMore are left
	// out of the list.
	Unanswered     []UnansweredAsk
	UnansweredMore int
	// Told are the items sent up, or reminded of, to the township after
	// at and by now: a digest caught up late follows the posts of the same
	// catch-up (【超期上报】, the township's deadline passed) that told the
	// office of them one by one, above it in its chat. They are counted,
	// not listed again: Told names them by the post that told each, in the
	// order the office read those posts (Done), ToldCount how many.
	Told      []ToldGroup
	ToldCount int
	told      []toldItem
	// Changed is whether anything happened in the day before at: a step
	// taken on any item, or a deadline passed.
	Changed bool
}

// EmergencyResponse is an emergency and how soon someone took it on: the
// office reads in its 早报 whether the grid answered within the limit.
type EmergencyResponse struct {
	Report
	// AckBy took it on first (受理, 指派, 进展, 上报镇 or 办结 from 新);
	// "" when nobody did.
	AckBy string
	// AckIn is how long after it was reported he did; Late says it was
	// after the limit to take it on, AckLimit (zero when unknown).
	AckIn, AckLimit time.Duration
	Late            bool
	// Latest is its last step with words (a 进展 or the 办结: "明火已扑灭
	// 无人员伤亡"), so the office reads in the morning how a night's
	// emergency ended, not only who answered it; zero when none.
	Latest Entry
	// Now is when it is said (its words' days read from then: the shared
	// block digest.office.emergency).
	Now time.Time
	// Overdue is how it is late when it is past its deadline too, said
	// on its line (OfficeDigest.Done); nil when it is not, or when the
	// text lists it among the overdue items.
	Overdue *LateLine
}

// LateLine is what an office text says of an overdue item (the shared
// block digest.office.late): who holds it with their phones, its
// deadline and how long past it, the township's word waiting on it.
// Alarm: said on an emergency's own line, which says its status.
type LateLine struct {
	R     *Report // a pointer: the text asks its ClosesOnWord
	Whom  Whom
	Asked *PriorAsk
	Now   time.Time
	Alarm bool
}

// Late is the LateLine of r, one of d's overdue items.
func (d OfficeDigest) Late(r Report) LateLine {
	return LateLine{R: &r, Whom: d.Whom(r), Asked: d.AskedBefore(r), Now: d.Now}
}

// Responded is r with who took it on first and how soon (EmergencyResponse);
// limit is the time to take an emergency on (config sla.emergency.accept);
// zero: the deadline its 受理 recorded, if it was one.
func Responded(r Report, limit time.Duration) EmergencyResponse {
	out := EmergencyResponse{Report: r}
	if e, ok := r.LastDone(); ok && e.Action != ActCreate && e.Note != "" {
		out.Latest = e
	}
	for _, h := range r.History {
		if h.Action == ActCreate || h.To == StatusNew || h.From != StatusNew && h.From != "" {
			continue
		}
		out.AckBy, out.AckIn = h.By, h.At.Sub(r.CreatedAt)
		if limit <= 0 && h.Due.After(r.CreatedAt) {
			limit = h.Due.Sub(r.CreatedAt) // the deadline a 受理 recorded; the watchdog's alarms may have moved it on
		}
		if limit > 0 {
			out.AckLimit, out.Late = limit, out.AckIn > limit
		}
		break
	}
	return out
}

// Add sums up the reports of village name into d, as of at (the digest's
// occurrence; the emergencies and changes of the day before it count)
// and now (when the items are looked at).
func (d *OfficeDigest) Add(name string, reports []Report, people Roster, at, now time.Time) {
	if d.whom == nil {
		d.whom, d.asked = map[itemKey]Whom{}, map[itemKey]Entry{}
	}
	d.Now = now
	since := at.Add(-24 * time.Hour)
	c := VillageCounts{Name: name}
	for _, r := range reports {
		d.Changed = d.Changed || slices.ContainsFunc(r.History, func(h Entry) bool { return h.At.After(since) && !h.At.After(now) }) ||
			r.LateAt(now) && r.SLADueAt().After(since)
		// an emergency nobody confirmed heads the digest, listed once, not
		// again below, whatever its age: one left unconfirmed for days
		// (town108) is the office's to call about first every morning
		// until someone takes it on, its line saying how long it waited
		// (digest.office.unconfirmed), not a line under 超期 (issue #6
		// listed an older one there, and the one-line 早报 hid it)
		unconfirmed := r.Type == Emergency && r.Status == StatusNew
		if unconfirmed && !r.CreatedAt.After(now) {
			d.Unconfirmed = append(d.Unconfirmed, Unconfirmed(r, people, now))
		} else if r.Type == Emergency && at.Sub(r.CreatedAt) <= 24*time.Hour && !r.CreatedAt.After(now) {
			e := Responded(r, d.AckLimit)
			e.Now = now
			d.Emergencies = append(d.Emergencies, e)
		}
		if !r.Status.Open() {
			continue
		}
		if p := r.WaitingAsk(now); p != nil {
			// listed as the ask_reminder job reminds of it, whatever the
			// item's count: one the villager has his procedure of is
			// asked about all the same; Done says it on the item's own
			// line instead when another heading lists it
			ask := p.Entry
			u := UnansweredAsk{R: r, Ask: ask, toTake: r.TownToTake(people.Lookup)}
			if holders := r.AskHolders(ask, people.Lookup); len(holders) > 0 {
				u.Holders = withPhones(r.Village, holders, people)
			} else {
				u.Leaders = people.InGrid(r.Village, r.Grid, RoleLeader)
			}
			d.Unanswered = append(d.Unanswered, u)
		}
		if r.Status == StatusResolved {
			d.Awaiting++ // resolved, the reporter not yet asked or answering: not open, as in the grids' digests
			continue
		}
		if r.ProcedureAnswered() {
			d.Asked++ // the villager has the procedure; nobody is to act until he asks again
			continue
		}
		d.Total++
		if r.OpenDanger() {
			if d.DangerCount++; len(d.Dangers) < DangersShown {
				d.Dangers = append(d.Dangers, DangerLine{Report: r, Alarms: r.DangerAlarms(reports)})
			}
		}
		if d.Road != nil && r.OpenRoad() {
			icy, shut := d.Road(r.Text)
			if icy {
				if d.IcyCount++; len(d.IcyRoads) < DangersShown {
					d.IcyRoads = append(d.IcyRoads, r)
				}
			}
			if shut {
				if d.ShutCount++; len(d.ShutRoads) < DangersShown {
					d.ShutRoads = append(d.ShutRoads, r)
				}
			}
		}
		switch r.Type {
		case Mediation:
			c.Mediation++
		case Emergency:
			c.Emergency++
		case Approval:
			c.Approval++
		default:
			c.General++
		}
		late := r.LateAt(now) && !unconfirmed // past the SLA's deadline: a promised day is shown, not excused
		just := func(t time.Time) bool { return t.After(at) && !t.After(now) }
		if post, ok := toldBy(r, just); ok {
			d.told = append(d.told, toldItem{r, post})
		} else if late {
			d.Overdue = append(d.Overdue, r)
			d.whom[keyOf(r)] = whomOf(r, people)
		} else if r.TownToTake(people.Lookup) {
			d.Unclaimed = append(d.Unclaimed, r) // the office's to take; once overdue, listed there as nobody's
		}
	}
	d.Villages = append(d.Villages, c)
}

// itemKey is what tells a township's items apart: each village numbers
// its own (青山村 #R1, 石桥村 #R1).
type itemKey struct{ village, id string }

func keyOf(r Report) itemKey { return itemKey{r.Village, r.ID} }

// Whom is whom the office calls about an overdue item, each name with
// his phone where the roster has one ("孙七（139…）"): the officers who
// took over an item sent up (Officers; none yet: its grid's Leaders,
// who know it), else its handlers (Handlers).
type Whom struct {
	Officers, Leaders, Handlers string
}

// whomOf is whom the office calls about r (Whom).
// An item the township took over stays its officers' when reopened
// (未解决 after its 办结): whom to call is by who holds it, not by status.
func whomOf(r Report, people Roster) Whom {
	if officers := r.TownHolders(people.Lookup); len(officers) > 0 {
		return Whom{Officers: withPhones(r.Village, officers, people)}
	}
	if r.Status != StatusEscalated {
		return Whom{Handlers: withPhones(r.Village, r.Handlers, people)}
	}
	var leaders []string
	for _, p := range people.InGrid(r.Village, r.Grid, RoleLeader) {
		leaders = append(leaders, withPhone(p.Name, p))
	}
	return Whom{Leaders: strings.Join(leaders, "、")}
}

// Whom is whom the office calls about r, one of d's overdue items.
func (d OfficeDigest) Whom(r Report) Whom { return d.whom[keyOf(r)] }

// Cover has the office call, about each overdue item a handler away has,
// who has his items meanwhile (shown: r with each away handler replaced,
// ItemsCover), not him (rep104).
func (d *OfficeDigest) Cover(shown func(Report) Report, people Roster) {
	for _, r := range d.Overdue {
		if w, ok := d.whom[keyOf(r)]; ok && w.Handlers != "" {
			s := shown(r)
			w.Handlers = withPhones(s.Village, s.Handlers, people)
			d.whom[keyOf(r)] = w
		}
	}
}

// PriorAsk is the township's word still waiting on an item an office
// line names (Report.WaitingAsk, OfficeDigest.AskedBefore), with the
// line's time to say its day by.
type PriorAsk struct {
	Entry
	Now time.Time
}

// WaitingAsk is the township's question or order still waiting on r
// (OpenAsk), given by now, as every office line about r says it beside
// the item (template digest.office.asked: the 早报's overdue and to-take
// lines, 【超期上报】, 【镇里待接手】); nil when none waits.
func (r *Report) WaitingAsk(now time.Time) *PriorAsk {
	if ask, ok := r.OpenAsk(); ok && !ask.At.After(now) {
		return &PriorAsk{Entry: ask, Now: now}
	}
	return nil
}

// AskedBefore is the township's question or order still waiting on r,
// an item listed under another heading (overdue, to take); nil for any
// other (its ask, if any, is among Unanswered).
func (d OfficeDigest) AskedBefore(r Report) *PriorAsk {
	if e, ok := d.asked[keyOf(r)]; ok {
		return &PriorAsk{Entry: e, Now: d.Now}
	}
	return nil
}

// ListLater takes out of d.Unclaimed, counting them, those the office's
// 【镇里待接手】 at at lists that are past their time to accept already
// (acceptBy, by d.Now, when the 早报 is posted): told 「已过受理时限」, they
// are. One whose time runs out between the post and the list (24 h from
// 09:20 yesterday) is not past it yet: it stays listed, its time to
// accept said on its line (AcceptBy), and 【镇里待接手】 names it at at if
// nobody took it meanwhile. A zero at (no such list to come today)
// leaves them all.
func (d *OfficeDigest) ListLater(at time.Time, acceptBy func(r *Report) time.Time) {
	if at.IsZero() {
		return
	}
	d.Unclaimed = slices.DeleteFunc(d.Unclaimed, func(r Report) bool {
		due := acceptBy(&r)
		if due.IsZero() || due.After(at) {
			return false
		}
		if due.After(d.Now) {
			if d.acceptBy == nil {
				d.acceptBy = map[itemKey]time.Time{}
			}
			d.acceptBy[keyOf(r)] = due
			return false
		}
		d.UnclaimedLater++
		return true
	})
	if d.UnclaimedLater > 0 {
		d.UnclaimedAt = at
	}
}

// FileLater leaves out of the overdue items those filed reports the
// overdue check files with the township at at (村级备案上报到镇, with
// their 【超期上报】 post), counting them: the 早报 listed them in full
// half an hour before the filing did again (town99). A zero at (no check
// soon) leaves them all. Before Done, which counts what stays.
func (d *OfficeDigest) FileLater(at time.Time, filed func(r *Report) bool) {
	if at.IsZero() {
		return
	}
	d.Overdue = slices.DeleteFunc(d.Overdue, func(r Report) bool {
		if !filed(&r) {
			return false
		}
		d.FiledLater++
		return true
	})
	if d.FiledLater > 0 {
		d.FiledAt = at
	}
}

// AcceptBy is when the time to accept r, an item of d.Unclaimed, runs out
// when that is before the 【镇里待接手】 list of the 早报's morning
// (ListLater); nil for any other (a template's with reads a zero
// time.Time as a value: it wrote the zero time's 08:05).
func (d OfficeDigest) AcceptBy(r Report) *time.Time {
	if t, ok := d.acceptBy[keyOf(r)]; ok {
		return &t
	}
	return nil
}

// Waited is how many calendar days r, sent up, has waited on the
// township by d.Now (「12月7日上报，已等2天」 on the 9th); 0 the day it
// went up. The 早报 says it of the items it lists to take: the 10:00
// 【镇里待接手】 no longer repeats them the same morning (town100).
func (d OfficeDigest) Waited(r Report) int {
	up := r.EscalatedAt()
	if up.IsZero() {
		return 0
	}
	up = up.In(d.Now.Location())
	from := time.Date(up.Year(), up.Month(), up.Day(), 0, 0, 0, 0, up.Location())
	to := time.Date(d.Now.Year(), d.Now.Month(), d.Now.Day(), 0, 0, 0, 0, d.Now.Location())
	return int(to.Sub(from).Hours()+12) / 24 // a day of 23 or 25 hours is a day
}

// ToTake are the overdue items d lists that went up and that no officer
// took on: the one-line 早报 asks to take them by number (the 10:00
// list does not repeat them after it, town100).
func (d OfficeDigest) ToTake() []Report {
	var out []Report
	for _, r := range d.Overdue {
		if r.Status == StatusEscalated && d.Whom(r).Officers == "" {
			out = append(out, r)
		}
	}
	return out
}

// Done orders the overdue items, most overdue first (the oldest deadline
// is the longest waiting), and cuts the lists to at most show overdue and
// unclaimed items.
func (d *OfficeDigest) Done(show, showUnclaimed int) {
	slices.SortStableFunc(d.Overdue, func(a, b Report) int { return a.SLADueAt().Compare(b.SLADueAt()) })
	lined := map[itemKey]bool{}
	late := map[itemKey]bool{}
	if !d.OverdueOnly {
		for _, r := range d.Overdue {
			late[keyOf(r)] = true
		}
		for _, e := range d.Emergencies {
			lined[keyOf(e.Report)] = late[keyOf(e.Report)]
		}
		d.Overdue = slices.DeleteFunc(d.Overdue, func(r Report) bool { return lined[keyOf(r)] })
	}
	d.OverdueCount = len(d.Overdue)
	d.OverdueMost, d.OverdueVillages = nil, nil
	for _, r := range d.Overdue {
		d.OverdueMost = withItemOf(d.OverdueMost, r, r.Grid)
		d.OverdueVillages = withItemOf(d.OverdueVillages, r, "")
	}
	mostFirst := func(a, b ToldPlace) int { return len(b.IDs) - len(a.IDs) }
	slices.SortStableFunc(d.OverdueMost, mostFirst)
	slices.SortStableFunc(d.OverdueVillages, mostFirst)
	againVillage(d.OverdueMost)
	d.Overdue, d.OverdueMore = firstOf(d.Overdue, show)
	d.Unclaimed, d.UnclaimedMore = firstOf(d.Unclaimed, showUnclaimed)
	for _, r := range slices.Concat(d.Overdue, d.Unclaimed) {
		lined[keyOf(r)] = true
	}
	d.Unanswered = slices.DeleteFunc(d.Unanswered, func(u UnansweredAsk) bool {
		if lined[keyOf(u.R)] {
			d.asked[keyOf(u.R)] = u.Ask
		}
		return lined[keyOf(u.R)] || u.toTake
	})
	slices.SortStableFunc(d.Unanswered, func(a, b UnansweredAsk) int { return a.Ask.At.Compare(b.Ask.At) })
	d.Unanswered, d.UnansweredMore = firstOf(d.Unanswered, showUnclaimed)
	d.Told, d.ToldCount = toldGroups(d.told), len(d.told)
	for i, e := range d.Emergencies {
		if !d.OverdueOnly && late[keyOf(e.Report)] {
			l := d.Late(e.Report)
			l.Alarm = true
			d.Emergencies[i].Overdue = &l
		}
	}
}

// ToldPost is the kind of post by which the office was told of an item
// on its own (OfficeDigest.Told).
type ToldPost int

const (
	// ToldEscalated: a cadre's 上报镇, its 【网格上报】.
	ToldEscalated ToldPost = iota
	// ToldReminded: the township's own deadline passed, said once
	// (the overdue check's reminder to the office).
	ToldReminded
	// ToldFiled: filed by the overdue check, its 【超期上报】.
	ToldFiled
)

// ToldGroup are the items one kind of post told the office of, grouped
// by the place they are of, in the order told.
type ToldGroup struct {
	Post   ToldPost
	Places []ToldPlace
}

// ToldPlace is a village's grid (Where, of Village) and its items' IDs.
// Again is set by OverduePlaces when the place before is of the same
// village: a line of places says the village once (「青山村三组 #R1，一组 #R2」).
type ToldPlace struct {
	Where, Village, Grid string
	IDs                  []string
	Again                bool
}

// withItem adds r's number to its place among places, a new place last.
func withItem(places []ToldPlace, r Report) []ToldPlace { return withItemOf(places, r, r.Grid) }

// withItemOf adds r's number to its place among places, its village's
// grid (grid "": the village alone), a new place last.
func withItemOf(places []ToldPlace, r Report, grid string) []ToldPlace {
	where := r.Village + grid
	i := slices.IndexFunc(places, func(p ToldPlace) bool { return p.Where == where })
	if i < 0 {
		places, i = append(places, ToldPlace{Where: where, Village: r.Village, Grid: grid}), len(places)
	}
	places[i].IDs = append(places[i].IDs, r.ID)
	return places
}

// OverduePlaces are the overdue items d lists, by the place they are of,
// in the order of each place's first: the one-line 早报 names each grid
// once with its numbers (town101: it wrote the grid after each number).
func (d OfficeDigest) OverduePlaces() []ToldPlace {
	var out []ToldPlace
	for _, r := range d.Overdue {
		out = withItem(out, r)
	}
	againVillage(out)
	return out
}

// againVillage marks each place of the same village as the one before
// (ToldPlace.Again), so a line of them says the village once.
func againVillage(places []ToldPlace) {
	for i := 1; i < len(places); i++ {
		places[i].Again = places[i].Village == places[i-1].Village
	}
}

type toldItem struct {
	r    Report
	post ToldPost
}

// toldBy reports whether r, sent up to the township, was told to the
// office on its own while just(t) holds, and by which post: a filing
// by the system is the overdue check's, any other 上报镇 a cadre's; a
// later reminder that the township's deadline passed comes after either.
func toldBy(r Report, just func(time.Time) bool) (ToldPost, bool) {
	if r.Status != StatusEscalated {
		return 0, false
	}
	if just(r.RemindedAt) && !r.RemindedAt.Before(r.EscalatedAt()) {
		return ToldReminded, true
	}
	for i := len(r.History) - 1; i >= 0; i-- {
		if h := r.History[i]; h.Action == ActEscalate {
			if !just(h.At) {
				return 0, false
			}
			if h.By == SystemActor {
				return ToldFiled, true
			}
			return ToldEscalated, true
		}
	}
	return 0, false
}

// toldGroups groups the items told to the office on their own by the
// post that told them, in the order the office read those posts in a
// catch-up: a cadre's 【网格上报】 first, then the overdue check's, which commits its reminders before its filings
// and their one 【超期上报】. Within a group the items are in the order
// told and, told together, in the reports' order, which is the order the
// 【超期上报】 numbers them in; those of one place are named together.
func toldGroups(items []toldItem) []ToldGroup {
	when := func(it toldItem) time.Time {
		if it.post == ToldReminded {
			return it.r.RemindedAt
		}
		return it.r.EscalatedAt()
	}
	slices.SortStableFunc(items, func(a, b toldItem) int {
		return cmp.Or(cmp.Compare(a.post, b.post), when(a).Compare(when(b)))
	})
	var out []ToldGroup
	for _, it := range items {
		if len(out) == 0 || out[len(out)-1].Post != it.post {
			out = append(out, ToldGroup{Post: it.post})
		}
		g := &out[len(out)-1]
		g.Places = withItem(g.Places, it.r)
	}
	return out
}

// DigestFrom is when a digest asked at at starts counting: at's day's
// start, in at's zone, or its week's (Monday's) when week.
func DigestFrom(at time.Time, week bool) time.Time {
	from := StartOfDay(at)
	if week {
		from = from.AddDate(0, 0, -(int(from.Weekday())+6)%7)
	}
	return from
}

// withPhones joins names of village v with each one's phone from people,
// as the office calls them: "王五（13900000005）、赵七" (withPhone).
func withPhones(v string, names []string, people Roster) string {
	out := make([]string, 0, len(names))
	for _, n := range names {
		if p, err := people.Lookup(v, n); err == nil {
			n = withPhone(n, p)
		}
		out = append(out, n)
	}
	return strings.Join(out, "、")
}

// withPhone is name with p's phone, when the roster has one: "王五（139…）".
// An officer's is left out: every office line is read by the township's
// own people, who have it, and the one who holds the item read his own
// number back (town97).
func withPhone(name string, p Person) string {
	if p.Phone == "" || p.Has(RoleOfficer) {
		return name
	}
	return name + "（" + p.Phone + "）"
}

// FiledWhom is whom the office calls about r, an item the overdue check
// files with it (【超期上报】), each with his phone: its handlers, then
// the grid's leaders not among them (「王五（139…）；网格长：李四（139…）」).
// untaken (nobody in the grid took it on): its leaders alone, whom the
// office asks why; the handler the bot assigned it to did nothing.
func FiledWhom(r Report, people Roster, untaken bool) string {
	var handlers []string
	if !untaken {
		handlers = r.Handlers
	}
	out := withPhones(r.Village, handlers, people)
	var leaders []string
	for _, p := range people.InGrid(r.Village, r.Grid, RoleLeader) {
		if !slices.Contains(handlers, p.Name) {
			leaders = append(leaders, withPhone(p.Name, p))
		}
	}
	switch {
	case len(leaders) == 0:
		return out
	case out == "":
		return "网格长：" + strings.Join(leaders, "、")
	}
	return out + "；网格长：" + strings.Join(leaders, "、")
}
