package handlers_test

import (
	"testing"

	"gridbot/understand"
	"gridbot/village"
)

// TestWagesOwedFiledAndPassedOn (villager35): wages owed are a mediation
// of 矛盾纠纷 (a 劳资纠纷); the boss is no villager, so the worker hears
// that the township's 劳动保障所 and 司法所 mediate it and that 12333
// takes 欠薪, not that both sides will be brought to talk.
func TestWagesOwedFiledAndPassedOn(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := c.say("张三", "包工头跑了 工钱要不回来")
	has(t, "filed", got, "调解事项", "转镇劳动保障所、司法所调解", "12333", "请回复「确认 #R1」受理")
	lacks(t, "filed", got, "约双方当面谈", "不要在群里争吵")
	reps := c.reports()
	if len(reps) != 1 || reps[0].Type != village.Mediation || reps[0].Category != "矛盾纠纷" {
		t.Fatalf("reports %+v, want one mediation item of 矛盾纠纷", reps)
	}
}

// TestWagesOwedByVillagerMediated (villager35): wages owed by a villager
// the roster names are mediated between the two like any quarrel: no
// word of the township's 劳动保障所.
func TestWagesOwedByVillagerMediated(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := c.say("张三", "在陈二的砖厂干了三个月 工钱一直拖着不给")
	has(t, "filed", got, "调解事项", "约双方当面谈")
	lacks(t, "filed", got, "劳动保障所", "12333")
}

// TestWagesOwedAskedWithHint (villager35): pay told owed with no employer
// named is asked about, and the question already says who mediates it
// and where 欠薪 is complained of, so that a "2" still leaves him knowing.
func TestWagesOwedAskedWithHint(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := c.say("张三", "工资咋还不发")
	has(t, "asked", got, "调解事项·矛盾纠纷——工资咋还不发", "登记后网格会转镇劳动保障所", "12333")
	lacks(t, "asked", got, "办事咨询")
	c.wantReports(0, "(asked first)")
	has(t, "yes", c.say("张三", "1"), "已登记 #R1（调解事项）", "受理后网格会转镇劳动保障所")
}

// TestPayTalkLeftAlone (villager35): a question of how much pay is, and
// an allowance's money late, are read as before: no word of 欠薪.
func TestPayTalkLeftAlone(t *testing.T) {
	c := newChat(t, understand.Rules{})
	for _, q := range []string{"工资多少", "工资啥时候发"} {
		if got := c.say("陈二", q); len(got) != 0 {
			t.Errorf("%q got replies %q, want none (neighbours' question)", q, got)
		}
	}
	got := c.say("陈二", "低保的钱咋还没到")
	has(t, "allowance", got, "一般事项·政策咨询——低保的钱咋还没到")
	lacks(t, "allowance", got, "12333", "欠薪")
}

// TestWagesToldAgainAsked (villager35): his second word of wages owed, in
// other words, is asked whether it is the item he filed, not filed again.
func TestWagesToldAgainAsked(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "工资咋还不发")
	c.say("张三", "1")
	got := c.say("张三", "干了半年活老板不给钱")
	has(t, "again", got, "#R1", "是同一件事吗")
	c.wantReports(1, "(asked whether the same)")
}

// TestWorryAfterFaultStaysItsMatter (villager35): "怕是要倒" after a pole
// told leaning is a worry about the pole, not a matter of its own in the
// list; the road told after 还有 is offered alone.
func TestWorryAfterFaultStaysItsMatter(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := c.say("陈二", "路边那个电线杆子歪的厉害 风一吹晃悠悠的 怕是要倒 还有后山那条路塌了一块")
	has(t, "filed", got, "您还说了「后山那条路塌了一块」，是另一件事的话")
	lacks(t, "filed", got, "「怕是要倒」")
}

// TestGridWorkerComplainedOf (villager35): "网格员" at the start of a
// complaint of his conduct is the one complained of, not the one called:
// the text keeps it and the township gets it, not the grid.
func TestGridWorkerComplainedOf(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "complaint", c.say("陈二", "网格员态度太差了 我去问个事 爱答不理的 还说我烦"), "已私信回复您", "不经过本村和网格长")
	reps := c.reports()
	if len(reps) != 1 || !reps[0].AboutCadre || reps[0].Text != "网格员态度太差了 我去问个事 爱答不理的 还说我烦" || reps[0].Type != village.General {
		t.Fatalf("reports %+v, want one general complaint of a cadre with its words whole", reps)
	}
}

// TestThingWithHearerAsked (villager35): whether a receipt is with the
// grid worker is his to answer, not a 医保 procedure to file.
func TestThingWithHearerAsked(t *testing.T) {
	c := newChat(t, understand.Rules{})
	if got := c.say("张三", "王五 昨天交的医保收据在你那不 我去拿一下"); len(got) != 0 {
		t.Errorf("got replies %q, want none", got)
	}
	c.wantReports(0, "")
}

// TestOwnMatterAskedHowItStands (villager35): "我上礼拜说的那个路灯的事咋样
// 了" asks after his own item, told to the grid worker: he hears how it
// stands (askedOwnStatus); a question, its handlers are not told (ask71).
func TestOwnMatterAskedHowItStands(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "村口那个路灯又不亮了 晚上黑咕隆咚的")
	got := c.say("张三", "网格员 我上礼拜说的那个路灯的事咋样了")
	has(t, "asked", got, "#R1", "现在「待受理」")
	lacks(t, "asked, not pressed (ask71)", got, "又来反映")
	if got := c.say("陈二", "路灯的事咋样了"); len(got) != 0 {
		t.Errorf("another's plain question got replies %q, want none", got)
	}
}
