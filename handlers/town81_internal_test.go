package handlers

import (
	"context"
	"testing"

	"gridbot/config"
	"gridbot/config/configtest"
	"gridbot/handlers/words"
	"gridbot/village"
)

// TestFindKnownByVillage: in the township's chats the reports a turn read
// already (t.known) are told apart by village as well as number: a retry
// of 「确认 石桥村 #R1」 that read 青山村's #R1 and 石桥村's #R1 takes
// 石桥村's, not the first #R1 read.
func TestFindKnownByVillage(t *testing.T) {
	cfg := configtest.Load(t, "../config.example.yaml")
	cfg.Villages = append(cfg.Villages, config.Village{Name: "石桥村", Grids: []config.Grid{{Name: "一组", Group: "石桥村一组网格群"}}})
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
