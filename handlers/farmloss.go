package handlers

import (
	"context"
	"encoding/json"
	"slices"
	"strings"
	"time"

	"gridbot/handlers/words"
	"gridbot/storage"
	"gridbot/understand"
	"gridbot/village"
)

// farmLossWindow is how long a farm loss told is remembered for its
// teller (farmLossMemo): the policy's longest 报案 window. A loss he tells
// within it is reported together with the first, so he hears the steps
// once (appr93).
const farmLossWindow = 72 * time.Hour

// farmLossMemo is the first farm loss a villager told within
// farmLossWindow, kept under farmLossKey with the reply that told him
// the 报案 steps.
type farmLossMemo struct {
	Text string    `json:"text"`
	At   time.Time `json:"at"`
}

// farmLossKey keeps t's sender's farmLossMemo (in r.scope(t)): his own,
// in the group or privately alike.
func farmLossKey(t *turn) string { return "farmloss|" + t.who.Key() }

// farmLossBefore is the words of the loss memo b keeps when it was told
// within farmLossWindow before at; "" when none was (or b is none).
func farmLossBefore(b []byte, at time.Time) string {
	var m farmLossMemo
	if len(b) == 0 || json.Unmarshal(b, &m) != nil || at.Sub(m.At) > farmLossWindow {
		return ""
	}
	return m.Text
}

// farmLossKept is the memo a reply telling the 报案 steps keeps: the
// first loss's words while it is fresh (before), else this one's.
func farmLossKept(t *turn, before string) (storage.Kept, error) {
	m := farmLossMemo{Text: before, At: t.at}
	if before == "" {
		m.Text = words.ShortText(t.text)
	}
	b, err := json.Marshal(m)
	if err != nil {
		return storage.Kept{}, err
	}
	return storage.Ask(farmLossKey(t), b, farmLossWindow), nil
}

// farmLossSteps are what a villager who lost stock or a greenhouse is
// told (farmloss.steps): the guide's farm insurance entry's steps that
// name 报案 or 现场, quoted as the county words them, and, when he told a
// loss within farmLossWindow (before), only that this one is reported
// with it. nil when the guide holds no such entry, or no step of it says
// 报案 first.
func (r *Router) farmLossSteps(before string) map[string]any {
	p := r.procedureNamed(farmInsurance)
	if p == nil {
		return nil
	}
	var steps []string
	for _, s := range p.Steps {
		if strings.Contains(s, "报案") || strings.Contains(s, "现场") {
			steps = append(steps, s)
		}
	}
	if len(steps) == 0 || !strings.Contains(steps[0], "报案") {
		return nil
	}
	return map[string]any{"Name": p.Name, "Proc": p, "Steps": steps, "Before": before}
}

// farmLossTold tells a villager who says his stock or greenhouse was lost,
// asking nothing ("昨晚冻死了三头猪", "俺家大棚叫雪压趴了"), the farm
// insurance claim's first steps as the guide words them: the claim must be
// reported to the insurer within hours of the loss and the carcasses kept,
// so by the time he thinks to ask it may be too late. Nothing is filed:
// reporting the claim is his to do, not the grid's (appr91). A second
// loss he tells within farmLossWindow ("羊羔子也冻死了两个") is reported
// with the first: he hears that, not the steps again, decided on this
// process's copy of his memo (no read: the reply's commit checks it) or,
// without one, on the memo as stored (appr93). Silent when the guide
// holds no farm insurance entry, or no step of it says 报案. One more loss
// told without its stock ("又冻死一头": understand.FarmLossMore) is his
// earlier loss's only: told within farmLossWindow of one, it is reported
// with it; with none, it is chat and goes on as it reads (appr97).
func (r *Router) farmLossTold(ctx context.Context, t *turn, reading village.Reading) (done bool, err error) {
	if reading.Intent != village.IntentNoise || t.where.Kind != words.InGrid && t.where.Kind != words.InPrivate || t.who.IsCadre() ||
		r.farmLossSteps("") == nil {
		return false, nil
	}
	more := !understand.FarmLossTold(t.text)
	if more && !understand.FarmLossMore(t.text) {
		return false, nil
	}
	out, keep := t.out, t.keep
	unheld := false
	err = r.keptSaid(ctx, r.scope(t), farmLossKey(t), func(said []byte, guard []storage.Kept) error {
		before := farmLossBefore(said, t.at)
		if more && before == "" {
			unheld = true // no loss told before: nothing is his to add to
			return nil
		}
		k, err := farmLossKept(t, before)
		if err != nil {
			return err
		}
		t.out, t.keep = out, append(slices.Concat(keep, guard), k)
		data := r.farmLossSteps(before)
		data["Who"] = t.who.Name
		return r.reply(ctx, t, "farmloss.told", data)
	})
	return !unheld, err
}

// farmLossConfirmed is what a confirm-back of a farm loss told says of
// the insurance claim (understand.confirm's .FarmLoss: a greenhouse
// fallen in is asked back as a hazard, but is the insurer's to pay
// first), keeping his memo with the question; nil for a cadre's news,
// words that tell no farm loss, or a guide without the entry. His memo
// is read from this process's copy only: a stale one changes only the
// wording.
func (r *Router) farmLossConfirmed(t *turn) (map[string]any, error) {
	if t.who.IsCadre() || !understand.FarmLossTold(t.text) || r.farmLossSteps("") == nil {
		return nil, nil
	}
	before, err := r.keepFarmLoss(t)
	if err != nil {
		return nil, err
	}
	return r.farmLossSteps(before), nil
}

// farmLossFiled keeps t's loss memo with the filing of rep, his question
// that tells a loss and asks of the claim ("猪冻死了 保险公司电话多少",
// "羊冻死了 协保员是谁"): he heard the guide, so a second loss he tells
// within farmLossWindow hears it goes with this one, not the steps again
// (appr96). Nothing for a cadre's or another's item (a worker's call
// note), nor for a question that tells no loss.
func (r *Router) farmLossFiled(t *turn, rep *village.Report) error {
	if t.who.IsCadre() || rep.Reporter != t.who.Name || !understand.FarmLossAsked(rep.Text) || r.farmLossSteps("") == nil {
		return nil
	}
	_, err := r.keepFarmLoss(t)
	return err
}

// keepFarmLoss puts t's loss memo in the turn's commit (farmLossKept),
// decided on this process's copy of it (a stale one changes only the
// wording), and is the earlier loss it keeps, if any.
func (r *Router) keepFarmLoss(t *turn) (before string, err error) {
	b, _ := r.store.AskedCopy(r.scope(t), farmLossKey(t))
	before = farmLossBefore(b, t.at)
	k, err := farmLossKept(t, before)
	if err != nil {
		return "", err
	}
	t.keep = append(t.keep, k)
	return before, nil
}

// farmLossAsksOn reports whether t, a villager's question within
// words.FollowUpSoon of the 报案 steps he was told (his memo, from this
// process's copy: no round trip), asks whom to report the claim to or
// their number ("保险公司电话多少", "协保员是谁", "找谁报案"): said to the
// bot in the group too, which passes it to the grid's leader as any
// question it cannot answer, since the guide names no insurer's number
// (appr93). Not small talk of insurance ("你家保险上了没").
func (r *Router) farmLossAsksOn(t *turn) bool {
	_, ok := r.farmLossAskedOn(t)
	return ok
}

// farmLossAskedOn is the loss memo t asks on (farmLossAsksOn), and
// whether it does.
func (r *Router) farmLossAskedOn(t *turn) (farmLossMemo, bool) {
	var m farmLossMemo
	if t.who.IsCadre() || t.where.Kind != words.InGrid && t.where.Kind != words.InPrivate || !understand.IsQuestion(t.text) ||
		!words.ContainsAnyOf(t.text, words.PhoneAsks...) && !words.ContainsAnyOf(t.text, farmClaimAsks...) {
		return m, false
	}
	b, ok := r.store.AskedCopy(r.scope(t), farmLossKey(t))
	if !ok || json.Unmarshal(b, &m) != nil {
		return m, false
	}
	return m, t.at.Sub(m.At) < words.FollowUpSoon && words.ContainsAnyOf(t.text, farmClaimWords...)
}

// farmLossWhere is what the guide tells of where to report the loss a
// forwarded question asks on ("保险公司电话多少" after the 报案 steps),
// said before the bot owns it cannot answer, so that he can report
// before the leader answers (report.question's .AskedOn; appr94): the
// farm insurance entry (Proc) with its 去哪办 line, or, when it has none,
// its first 报案 step (Step), and the loss he told (Loss, for the
// leader). nil when t asks on no loss, or the guide holds no such entry.
func (r *Router) farmLossWhere(t *turn) map[string]any {
	m, ok := r.farmLossAskedOn(t)
	if !ok {
		return nil
	}
	data := r.farmLossSteps("")
	if data == nil {
		return nil
	}
	return map[string]any{"Proc": data["Proc"], "Step": data["Steps"].([]string)[0], "Loss": m.Text}
}

var (
	// farmClaimAsks ask whom or where to report a claim.
	farmClaimAsks = []string{"找谁", "是谁", "打哪个", "打什么电话", "在哪报", "去哪报", "怎么报", "咋报"}
	// farmClaimWords name the claim's parties: who is asked for.
	farmClaimWords = []string{"保险", "报案", "协保员", "理赔", "定损", "查勘", "兽医站"}
)
