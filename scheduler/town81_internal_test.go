package scheduler

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"gridbot/config/configtest"
	"gridbot/tmpl"
	"gridbot/tmpl/tmpltest"
	"gridbot/understand"
	"gridbot/village"
)

// TestJobTextsNameTheVillage renders every block of the jobs' texts as
// the township's chats read them (textsFor the office and duty chats),
// in a township of two villages, with items of 石桥村 (whose #R1 is not
// 青山村's): no block writes an item's number with no village. The same
// blocks for a grid group keep the bare number, and a township of one
// village reads what it always did. A block that cannot render on this
// data (it needs other values) is skipped; the digests, reminders,
// escalations and watchdog posts must render.
func TestJobTextsNameTheVillage(t *testing.T) {
	cfg := configtest.TwoVillages(t, "../config.example.yaml")
	j := &jobs{Deps: Deps{Config: cfg}}
	j.texts, j.groupTexts, j.townTexts = newTexts(cfg)
	office, duty := j.textsFor(cfg.Township.OfficeChat), j.textsFor(cfg.Township.EmergencyChat)
	if office != j.townTexts || duty != j.townTexts || j.textsFor("石桥村一组网格群") != j.groupTexts {
		t.Fatal("textsFor does not pick the township's texts for its chats and the group's for a grid group")
	}
	now := time.Date(2026, 3, 2, 9, 0, 0, 0, cfg.Location())
	rep := func(id string, typ village.Type, st village.Status) *village.Report {
		return &village.Report{ID: id, Village: "石桥村", Grid: "一组", Chat: "石桥村一组网格群", Text: "桥栏杆断了", Reporter: "石大山",
			Type: typ, Status: st, CreatedAt: now.Add(-50 * time.Hour), DueAt: now.Add(-2 * time.Hour), Handlers: []string{"石大山"},
			History: []village.Entry{{At: now.Add(-50 * time.Hour), By: "石大山", Action: village.ActCreate, To: village.StatusNew}}}
	}
	r1, r2 := rep("R1", village.General, village.StatusAccepted), rep("R2", village.General, village.StatusEscalated)
	e1 := rep("R3", village.Emergency, village.StatusNew)
	leaders := []village.Person{{Name: "石大山", Phone: "13900000001"}}
	ask := village.Entry{At: now.Add(-5 * time.Hour), By: "孙七", Action: village.ActAsk, Note: "桥修了吗"}
	d := &village.OfficeDigest{Total: 3, Villages: []village.VillageCounts{{Name: "石桥村", General: 2, Emergency: 1}},
		Overdue: []village.Report{*r1, *r2}, OverdueCount: 2, Unclaimed: []village.Report{*r2},
		Emergencies:   []village.EmergencyResponse{village.Responded(*e1, time.Hour)},
		Unconfirmed:   []village.UnconfirmedEmergency{{R: *e1, Leaders: leaders}},
		Unanswered:    []village.UnansweredAsk{{R: *r1, Ask: ask, Leaders: leaders}},
		Told:          []village.ToldGroup{{Post: village.ToldFiled, Places: []village.ToldPlace{{Where: "石桥村一组", Village: "石桥村", Grid: "一组", IDs: []string{"R1", "R2"}}}}},
		ToldCount:     2,
		UnclaimedMore: 1, Changed: false}
	item := func(r *village.Report) map[string]any {
		return map[string]any{"R": r, "Now": now, "Waited": time.Hour, "Scene": understand.Scene{}, "Leaders": leaders,
			"Since": now.Add(-30 * time.Hour), "Days": 1}
	}
	data := func(items any, extra map[string]any) map[string]any {
		m := map[string]any{"R": r1, "D": d, "Items": items, "Again": items, "Now": now, "At": now, "Where": "石桥村一组", "Mention": []string{"孙七"},
			"Township": true, "Waited": time.Hour, "Scene": understand.Scene{}, "Leaders": leaders, "Days": 7, "Why": "等村民回来",
			"Escalate": now.Add(24 * time.Hour), "Due": now.Add(-2 * time.Hour), "N": 2, "New": true, "Working": true, "Responders": []string{"石大山"}}
		for k, v := range extra {
			m[k] = v
		}
		return m
	}
	variants := []map[string]any{nil, {"Ask": ask}, {"Ask": ask, "Holder": true}, {"R": e1}}
	shapes := []any{[]*village.Report{r1, r2}, []village.Report{*r1, *r2}, []map[string]any{item(r1), item(r2)}}
	render := func(set *tmpl.Set, name string) (string, bool) {
		for _, items := range shapes {
			for _, extra := range variants {
				if out, ok := tmpltest.TryRender(set, name, data(items, extra)); ok {
					return out, true
				}
			}
		}
		return "", false
	}
	// numbers of no report's village, by design: a notice's (a township
	// notice's is the township's own; a village's goes to its cadres), a
	// claim's (points texts reach a grid group or a villager), what only
	// a grid group or a grid's people read
	noVillage := map[string]bool{"notice.release": true, "notice.released": true, "notice.followup": true,
		"notice.followup.visit": true, "notice.summary": true, "notice.summary.cadres": true, "call.visit.again": true,
		"points.publicity": true, "points.publicity.early": true, "points.final": true, "points.yearend": true, "points.stale": true}
	mustRender := []string{"digest.office", "digest.office.same", "overdue.remind", "overdue.remind.many", "overdue.township",
		"overdue.township.many", "overdue.emergency", "ask.remind", "overdue.office.item", "overdue.office.how", "paused.long",
		"watchdog.duty", "watchdog.duty.item", "watchdog.group", "watchdog.group.many", "followup.remind", "followup.close",
		"followup.close.office", "unclaimed.office", "unclaimed.office.again", "overdue.reporter", "overdue.group"}
	// what grid groups read too: the bare number
	grid := map[string]bool{"overdue.remind": true, "overdue.remind.many": true, "overdue.emergency": true, "watchdog.group": true,
		"watchdog.group.many": true, "followup.remind": true, "followup.close": true, "overdue.group": true}
	names := tmpltest.Blocks(t, templates, "texts.tmpl", "points.tmpl")
	rendered, withRef := tmpltest.TownshipRefs(t, "石桥村", names, noVillage,
		func(name string) (string, bool) { return render(office, name) },
		func(name, got string, ok bool) {
			if !ok {
				if strings.Contains(strings.Join(mustRender, " ")+" ", name+" ") {
					t.Errorf("%s does not render on the test's data", name)
				}
				return
			}
			if g, _ := render(j.groupTexts, name); grid[name] && (!strings.Contains(g, "#R1") || strings.Contains(g, "石桥村 #R1")) {
				t.Errorf("%s names the village in a grid group:\n%s", name, g)
			}
		})
	if rendered < 50 || withRef < 20 {
		t.Errorf("rendered %d blocks, %d with a number: the data no longer fits the texts", rendered, withRef)
	}
	t.Log(fmt.Sprintf("rendered %d blocks, %d with a number", rendered, withRef))
	// one village: the township's texts are the texts for any chat
	one := configtest.Load(t, "../config.example.yaml")
	if texts, _, town := newTexts(one); texts != town {
		t.Error("a township of one village has texts of its own for its chats")
	}
}
