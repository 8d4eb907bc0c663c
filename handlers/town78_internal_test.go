package handlers

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"gridbot/config/configtest"
	"gridbot/tmpl/tmpltest"
	"gridbot/village"
)

// TestTownTextsNameTheVillage renders every block of the report texts as
// the township's chats read them, in a township of two villages, with
// items of 石桥村 (whose #R1 is not 青山村's): no block that renders
// writes a number with no village. The same blocks for a grid group keep
// the bare number. A block that cannot render on this data (it needs
// other values) is skipped; most render.
func TestTownTextsNameTheVillage(t *testing.T) {
	cfg := configtest.TwoVillages(t, "../config.example.yaml")
	_, group, town := newTexts(cfg, true)
	now := time.Date(2026, 3, 2, 9, 0, 0, 0, cfg.Location())
	rep := func(id string, st village.Status) *village.Report {
		return &village.Report{ID: id, Village: "石桥村", Grid: "一组", Chat: "石桥村一组网格群", Text: "桥栏杆断了", Reporter: "石大山",
			Type: village.General, Status: st, CreatedAt: now.Add(-time.Hour), DueAt: now.Add(48 * time.Hour), Handlers: []string{"石大山"}}
	}
	r1, r2 := rep("R1", village.StatusResolved), rep("R2", village.StatusAccepted)
	data := func(items any) map[string]any {
		return map[string]any{"R": r1, "Orig": r2, "Earlier": r2, "Items": items, "Open": items, "Mine": items, "Now": now,
			"Who": "孙七", "By": "孙七", "Note": "已修好", "Township": true, "Self": true, "Implied": true, "Answers": "孙七",
			"Verb": "确认", "Village": "石桥村", "Grid": "一组",
			// numbers built by code (town79): the item's, one it recurs
			// or goes along with, the one it was merged into
			"Ref": "R1", "Recurs": "R2", "Along": "R2", "DuplicateOf": "R2"}
	}
	render := func(set interface{ Render(string, any) string }, name string) (out string, ok bool) {
		for _, items := range []any{[]*village.Report{r1, r2}, []village.Report{*r1, *r2}} {
			if out, ok = tmpltest.TryRender(set, name, data(items)); ok {
				return out, true
			}
		}
		return "", false
	}
	// numbers of no report's village: as the sender typed it (not found,
	// in several villages, of a claim), a notice's, a question's kept
	// number of no village (stored before town81), and what only a grid
	// group reads (town79)
	noVillage := map[string]bool{"err.unknownref": true, "err.ambiguous": true, "err.wrongkind": true, "err.busy": true,
		"evidence.attached": true, "evidence.scorer": true, "evidence.scorer.rejected": true, "notice.post": true, "notice.unknown": true,
		"confirm.cadre.filed": true, "send.notcadre": true}
	names := tmpltest.Blocks(t, templates, "texts.tmpl", "understand.tmpl", "outreach.tmpl")
	rendered, withRef := tmpltest.TownshipRefs(t, "石桥村", names, noVillage,
		func(name string) (string, bool) { return render(town, name) },
		func(name, got string, ok bool) {
			if g, _ := render(group, name); ok && strings.Contains(got, "石桥村 #R1 已") && !strings.Contains(g, "#R1 已") {
				t.Errorf("%s names the village in a grid group:\n%s", name, g)
			}
		})
	if rendered < 300 || withRef < 150 {
		t.Errorf("rendered %d blocks, %d with a number: the data no longer fits the texts", rendered, withRef)
	}
	t.Log(fmt.Sprintf("rendered %d blocks, %d with a number", rendered, withRef))
}
