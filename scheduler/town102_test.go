package scheduler

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"gridbot/village"
)

// TestPackBlocksKeepsTheFootWithAnItem (town102): a run's commands (the
// foot) end its last message and never make a 「（续）」 of their own:
// where they do not fit after the last message's items, its last item
// moves on with them; a message is never left with its heading alone.
// Over every max, the texts hold the blocks whole and in order.
func TestPackBlocksKeepsTheFootWithAnItem(t *testing.T) {
	head, foot := strings.Repeat("头", 30), strings.Repeat("尾", 90)
	items := []string{strings.Repeat("甲", 200), strings.Repeat("乙", 180), strings.Repeat("丙", 220)}
	blocks := append([]string{head}, items...)
	for max := 50; max <= 1000; max++ {
		got := packBlocks(blocks, max, "续", foot)
		whole := strings.Join(append(slicesClone(blocks), foot), "\n\n")
		joined := strings.ReplaceAll(strings.Join(got, "\n\n"), "续\n\n", "")
		if joined != whole {
			t.Fatalf("max %d: the blocks not whole and in order: %q", max, got)
		}
		last := got[len(got)-1]
		if last == "续\n\n"+foot || last == foot {
			t.Fatalf("max %d: the foot alone in %q", max, got)
		}
		for i, text := range got {
			if text == head || text == "续" {
				t.Fatalf("max %d: text %d holds no item: %q", max, i, got)
			}
			n := utf8.RuneCountInString(text)
			// over max only where one item and the foot (or one block)
			// cannot be kept under it
			if n > max && strings.Count(text, "\n\n") > 1+boolInt(i == 0)+boolInt(i == len(got)-1) {
				t.Fatalf("max %d: text %d of %d runes packs more than it must: %q", max, i, n, got)
			}
		}
	}
	// the case seen: three items fit, the foot does not: the last item goes on with it
	max := utf8.RuneCountInString(strings.Join(blocks, "\n\n"))
	got := packBlocks(blocks, max, "续", foot)
	want := []string{head + "\n\n" + items[0] + "\n\n" + items[1], "续\n\n" + items[2] + "\n\n" + foot}
	if len(got) != 2 || got[0] != want[0] || got[1] != want[1] {
		t.Errorf("three items to the brim, then the foot: %q, want %q", got, want)
	}
	// no foot: as before
	if got := packBlocks(blocks, max, "续", ""); len(got) != 1 {
		t.Errorf("no foot: %d texts, want 1", len(got))
	}
}

func slicesClone(s []string) []string { return append([]string(nil), s...) }

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// TestOverdueFilingCommandsNotAlone (town102): four items filed by one
// check whose blocks fill max_chars to the brim: the office's second
// message is the last item with the commands, not the commands alone
// (seen 12-10 10:00 with five).
func TestOverdueFilingCommandsNotAlone(t *testing.T) {
	filed := func(maxChars int) []string {
		f := newPointsFixture(t)
		cfg, people := exampleTownship(t)
		cfg.Outbound.MaxChars = maxChars
		f.use(cfg, people, f.st)
		created := f.at("2026-12-08 09:00")
		for i, text := range []string{"村口的路灯坏了好几天了", "三组到镇上的路结冰了", "东头的自来水管冻裂了", "垃圾好几天没人清运了"} {
			f.addReport(village.Report{Type: village.General, Text: text, Reporter: "张三", CreatedAt: created.Add(time.Duration(i) * time.Minute),
				DueAt: created.Add(24 * time.Hour), Status: village.StatusAccepted, Handlers: []string{"李四"}})
		}
		f.run("overdue", "2026-12-09 10:00")
		var office []string
		for _, o := range f.run("overdue", "2026-12-10 10:00") {
			if text, ok := strings.CutPrefix(o, "青山镇网格工作群: "); ok {
				office = append(office, text)
			}
		}
		return office
	}
	one := filed(100000)
	if len(one) != 1 {
		t.Fatalf("no limit: %d office messages, want 1", len(one))
	}
	cut := strings.LastIndex(one[0], "\n\n")
	got := filed(utf8.RuneCountInString(one[0][:cut])) // the items to the brim
	if len(got) != 2 || !strings.HasPrefix(got[1], "【超期上报】（续）\n\n4. 青山村三组 #R4") || !strings.HasSuffix(got[1], one[0][cut:]) {
		t.Errorf("items to the brim, then the commands:\n%s\nwant the last item and the commands in the second", strings.Join(got, "\n----\n"))
	}
}
