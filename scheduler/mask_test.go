package scheduler

import (
	"strings"
	"testing"
	"time"

	"gridbot/village"
)

// phoneWords is a villager's report that leaves his phone number.
const phoneWords = "水渠堵了，有事打我电话13912345678"

// posts are the messages of out that go to chat (as f.run gives them,
// "chat: text"), joined.
func posts(out []string, chat string) string {
	var b strings.Builder
	for _, o := range out {
		if text, ok := strings.CutPrefix(o, chat+": "); ok {
			b.WriteString(text + "\n")
		}
	}
	return b.String()
}

// wantMasked checks that what went to chat repeats phoneWords with the
// number masked (masked) or kept.
func wantMasked(t *testing.T, what string, out []string, chat string, masked bool) {
	t.Helper()
	got := posts(out, chat)
	want, not := "电话[电话]", "13912345678"
	if !masked {
		want, not = "电话13912345678", "[电话]"
	}
	if !strings.Contains(got, want) || strings.Contains(got, not) {
		t.Errorf("%s to %s: want %q, not %q, in\n%s\n(all: %q)", what, chat, want, not, got, out)
	}
}

// TestGridGroupPostsMaskNumbers: the scheduler's posts to a grid group,
// read by every villager, repeat a villager's words with his phone number
// masked, as the handlers' replies there do; the township's chats keep it.
func TestGridGroupPostsMaskNumbers(t *testing.T) {
	const grid, office = "青山村三组网格群", "青山镇网格工作群"
	f := newPointsFixture(t)
	created := f.at("2026-03-02 09:00")
	for i, text := range []string{phoneWords, "村口路灯不亮了"} {
		f.addReport(village.Report{Type: village.General, Text: text, Reporter: "张三", CreatedAt: created.Add(time.Duration(i) * time.Minute),
			DueAt: created.Add(24 * time.Hour), Status: village.StatusAccepted, Handlers: []string{"李四"}})
	}
	wantMasked(t, "evening digest", f.run("evening_digest", "2026-03-02 20:00"), grid, true)
	wantMasked(t, "overdue reminder", f.run("overdue", "2026-03-03 10:00"), grid, true)
	wantMasked(t, "morning digest", f.run("morning_digest", "2026-03-04 08:30"), office, false)
}

// TestWatchdogMasksNumbersInTheGroup: an emergency nobody confirmed is
// re-posted to its grid group with the reporter's number masked; the duty
// chat, which must call him, keeps it.
func TestWatchdogMasksNumbersInTheGroup(t *testing.T) {
	f := newPointsFixture(t)
	newEmergency(t, f, "张三", "后山着火了，有事打我电话13912345678", func(r *village.Report) { r.Hazard = village.HazardFire })
	out := f.run("watchdog", "2026-03-02 09:20")
	wantMasked(t, "watchdog", out, "青山村三组网格群", true)
	wantMasked(t, "watchdog", out, "青山镇应急值班群", false)
}

// TestPointsPostsMaskNumbers: every grid-group post of the points jobs
// (公示, 生效, year-end ranking, clearing reminder) goes out through
// village.Mask as a whole. The posts name people, households and items,
// and what names them may carry a number that identifies someone: a
// register whose 姓名 cell holds the phone, an item recorded with the
// witness's number, a villager's words. Here every such field carries a
// phone, an ID-card or a bank number; none reaches a grid group, while
// the township's ranking keeps what it shows.
func TestPointsPostsMaskNumbers(t *testing.T) {
	const phone, id, bank = "13912345678", "110101199003071234", "6222020200112233445"
	f := newPointsFixture(t, village.Person{Name: "王" + phone, Village: "青山村", Household: "QS-399", Grid: "三组",
		Relation: "户主", Roles: []village.Role{village.RoleVillager}})
	f.recordAs("QS-399", "王"+phone, "三组", 20, "2026-11-10 10:00", func(c *village.Claim) {
		c.Name = "参加义务劳动（证明人李四" + phone + "）"
		c.Text = "帮邻居王大爷办事 他身份证" + id + " 卡号" + bank
		c.Evidence = "证明人 李四 " + phone
	})
	f.recordAs("QS-301", "张三", "三组", 10, "2026-11-11 10:00", func(c *village.Claim) {
		c.Name = "参加义务劳动（身份证" + id + "，卡号" + bank + "）"
	})
	var out []string
	out = append(out, f.run("points_publicity", "2026-12-01 09:00")...)
	out = append(out, f.run("points_reminder", "2026-12-01 10:00")...)
	out = append(out, f.run("points_finalise", "2026-12-08 09:00")...)
	out = append(out, f.run("points_year_end", "2026-12-31 18:00")...)
	const grid = "青山村三组网格群"
	got := posts(out, grid)
	holdsEach(t, "the posts to "+grid, got, "【积分公示】", "【积分清零提醒】", "【积分生效】", "【2026年度积分排行】",
		"王[电话]户·王[电话] 参加义务劳动（证明人李四[电话]）", "参加义务劳动（身份证[身份证]，卡号[银行卡]）", "1. 王[电话]户")
	for _, o := range out {
		if strings.HasPrefix(o, grid+": ") && strings.ContainsAny(o, "0123456789") {
			for _, n := range []string{phone, id, bank} {
				if strings.Contains(o, n) {
					t.Errorf("a post to %s carries %s: %s", grid, n, o)
				}
			}
		}
	}
	if office := posts(out, "青山镇网格工作群"); !strings.Contains(office, "王"+phone+"户") {
		t.Errorf("the township's ranking: %q, want the household as the register names it", office)
	}
}
