package handlers

import (
	"context"
	"strings"
	"testing"
	"time"

	"gridbot/config/configtest"
	"gridbot/handlers/words"
	"gridbot/village"
)

// TestFindKnownByVillage: in the township's chats the reports a turn read
// already (t.known) are told apart by village as well as number: a retry
// of 「确认 石桥村 #R1」 that read 青山村's #R1 and 石桥村's #R1 takes
// 石桥村's, not the first #R1 read.
func TestFindKnownByVillage(t *testing.T) {
	cfg := configtest.TwoVillages(t, "../config.example.yaml")
	r := &Router{cfg: cfg}
	for _, tc := range []struct{ text, want string }{
		{"确认 石桥村 #R1", "石桥村"},
		{"确认 青山村 #R1", "青山村"},
	} {
		tr := &turn{text: tc.text, where: words.Place{Kind: words.InOffice, Chat: cfg.Township.OfficeChat},
			known: []village.Report{{ID: "R1", Village: "青山村"}, {ID: "R1", Village: "石桥村"}}}
		if tc.want == "青山村" {
			tr.known[0], tr.known[1] = tr.known[1], tr.known[0] // the other read first
		}
		rep, _, err := r.findKnown(context.Background(), tr, "R1")
		if err != nil || rep.Village != tc.want {
			t.Errorf("%s: found %s's %s (%v), want %s's", tc.text, rep.Village, rep.ID, err, tc.want)
		}
	}
}

// TestQuestionNamesItsVillage: a question waiting in the township's
// chats names the item it offers with its village (question.item), as
// the township's texts write every item; a grid group reads 「#R1」.
func TestQuestionNamesItsVillage(t *testing.T) {
	cfg := configtest.TwoVillages(t, "../config.example.yaml")
	_, group, town := newTexts(cfg, true)
	q := question{Kind: words.AskDup, Text: "桥栏杆又断了", Ref: "R1", Village: "石桥村"}
	data := map[string]any{"Who": "孙七", "Items": waitingItems([]question{q})}
	if got := town.Render("understand.waiting", data); !strings.Contains(got, "和 石桥村 #R1 是同一件事") {
		t.Errorf("the township's question: %q", got)
	}
	if got := group.Render("understand.waiting", data); !strings.Contains(got, "和 #R1 是同一件事") {
		t.Errorf("the grid group's question: %q", got)
	}
	late := map[string]any{"Who": "孙七", "Texts": []string{"桥栏杆又断了"}, "Dup": true, "Ref": q.Ref, "R": q.item(), "Asked": time.Time{}, "Now": time.Time{}}
	if got := town.Render("understand.late", late); !strings.Contains(got, "也没有合并到 石桥村 #R1") {
		t.Errorf("the township's late answer: %q", got)
	}
	q.Village = "" // stored before the question kept its village
	if got := town.Render("reopen.dropped", map[string]any{"Ref": q.Ref, "R": q.item()}); !strings.Contains(got, "好的，#R1 不重新打开") {
		t.Errorf("a question of no village: %q", got)
	}
}
