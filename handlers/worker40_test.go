package handlers_test

import (
	"strings"
	"testing"
	"time"

	"gridbot/bot"
	"gridbot/roster"
	"gridbot/storage/storagetest"
	"gridbot/understand"
	"gridbot/village"
)

// TestMissingKinOfTheReporter: an alarm that names the missing one by the
// reporter's kin word ("我家老头子不见了", "俺老伴还没回来", "我妈走丢了")
// names the member of his household the roster tells for sure, by its
// 与户主关系 and 性别: his number and household go privately to the
// grid's cadres, as for an alarm naming him.
func TestMissingKinOfTheReporter(t *testing.T) {
	for _, c := range []struct{ from, text, want string }{
		{"刘芳", "我家老头子不见了", "走失的人：张三（户号QS-301，电话 13900000003，住青山村三组12号）"},
		{"张三", "俺老伴一早出去还没回来，打电话也不接", "走失的人：刘芳（户号QS-301，电话 13900000013，住青山村三组12号）"},
		{"张明", "我妈走丢了 大家帮忙找找", "走失的人：刘芳（户号QS-301，电话 13900000013，住青山村三组12号）"},
		{"王乐", "我爸不见了，联系不上", "走失的人：王五（户号QS-304，电话 13900000005，住青山村三组18号）"},
		{"金小海", "我奶奶不见了", "走失的人：白凤兰（户号QS-311，电话 13900000053，不用微信，住青山村三组32号）"},
	} {
		got := newChat(t, understand.Rules{}).say(c.from, c.text)
		has(t, c.text, got, dutyChat+": 【突发事件】青山村三组 #R1", c.want, "李四: 紧急情况 #R1")
	}
}

// TestMissingKinNeverGuessed: when the roster cannot tell whom a kin word
// means — the 配偶 and 户主 of no 性别 for a child's 妈, a father whose
// sex nobody wrote for "我妈", a kin word the speaker's own relation
// does not fit ("我家老头子" of a man), someone telling of it ("我妈说…")
// — the alarm names nobody: the cadres ask the reporter, never go to a
// wrong door.
func TestMissingKinNeverGuessed(t *testing.T) {
	people := storagetest.Must(roster.ParseCSV(strings.NewReader(
		"姓名,户号,与户主关系,网格,使用微信\n孙大山,QS-399,户主,三组,是\n王秀英,QS-399,配偶,三组,是\n孙强,QS-399,子女,三组,是\n孙老汉,QS-399,父母,三组,是\n"), "花名册.csv"))(t)
	for i := range people {
		people[i].Village = "青山村"
	}
	cfg, dir := exampleVillage(t, people...)
	c := chatOf(t, cfg, dir)
	for _, s := range []struct{ from, text string }{
		{"孙强", "我妈走丢了"},            // 户主 or 配偶: the roster tells neither sex
		{"孙大山", "我妈不见了"},           // his 父母 is of no sex: maybe the father
		{"孙大山", "我家老头子一早出去到现在没回来"}, // a man's 老头子: nobody
		{"孙强", "我爸说王秀英的狗不见了"},      // 我爸 told of it
		{"孙强", "俺舅舅不见了"},           // not a kin word the roster records
	} {
		got := c.say(s.from, s.text)
		lacks(t, s.text, got, "走失的人：孙", "走失的人：王秀英")
	}
}

// TestMissingToTheCarerHimself: the private message to the grid worker
// who himself looks after the missing one does not give him his own
// number: 「平时由您照看」; the others hear his name and number.
func TestMissingToTheCarerHimself(t *testing.T) {
	got := newChat(t, understand.Rules{}).say("张三", "王奶奶不见了")
	has(t, "the carer", got, "王五: 紧急情况 #R1（王奶奶不见了）走失的人：王奶奶（户号QS-305，电话 13900000001，不用微信，住青山村三组20号），平时由您照看。")
	has(t, "the leader", got, "李四: 紧急情况 #R1（王奶奶不见了）走失的人：王奶奶（户号QS-305，电话 13900000001，不用微信，住青山村三组20号），平时由王五照看（13900000005）。")
	for _, o := range got {
		if strings.HasPrefix(o, "王五: ") {
			lacks(t, "his own number", []string{o}, "13900000005")
		}
	}
}

// TestClaimForKinBySex: 「给我家老头子申请积分」 from the 配偶 is for the
// 户主; her 闺女 or 儿子 by the roster's 性别 where 与户主关系 says 子女.
func TestClaimForKinBySex(t *testing.T) {
	cfg, dir := exampleVillage(t)
	b := newPointsBot(t, cfg, dir)
	has(t, "her old man", b.say("刘芳", "申请积分 给我家老头子 参加义务劳动"), "张三户·张三「参加义务劳动、集体劳动」")
	has(t, "his old woman", b.say("陈二", "申请积分 我家老太婆 参加义务劳动"), "陈二户·胡秀芝「参加义务劳动、集体劳动」")
	has(t, "her daughter", b.say("胡秀芝", "申请积分 给我闺女 参加普法讲座"), "陈二户·陈小凤「参加普法学习、法治讲座」")
}

// TestCallMissWithNothingDue: 「打了没人接」 from a worker with no call due
// is told no call waits for him and how to log one with the name (not
// the help text, not a report); with one call open, it is that call's.
func TestCallMissWithNothingDue(t *testing.T) {
	c := newChat(t, understand.Rules{})
	expect(t, "nothing open", c.private("王五", "打了没人接"),
		"王五: 您现在没有要打的回访电话，这条还没有记。给谁打的，请写上名字：回访 王奶奶 未接通。\n您负责打电话的有：王奶奶、石德贵、白凤兰。")
	c.wantReports(0, "(a call note is no matter)")
	c.private("王五", "回访 王奶奶 未接通")
	c.now = c.now.Add(24 * time.Hour)
	has(t, "one open", c.private("王五", "打了没人接"), "王奶奶")
	lacks(t, "one open, logged", c.private("王五", "回访 王奶奶 已通 身体挺好"), "没有要打")
	if n, got := c.counted(bot.Message{Private: true, From: "王五", Text: "打了没人接"}); n > 1 {
		t.Errorf("nothing open: %d round trips, want 1 (the reply): %q", n, got)
	}
}

// TestVisitListedAgainAtTheLeadersPace: what 王五 is told of a call the
// leader was asked to visit matches the list: the next morning after the
// miss that asked him; once listed, at the leader's pace
// (tell_leader_after: 高 3 days), not every morning.
func TestVisitListedAgainAtTheLeadersPace(t *testing.T) {
	cfg, _ := exampleVillage(t)
	monday := time.Date(2026, 3, 2, 8, 0, 0, 0, cfg.Location())
	now := monday.Add(3 * time.Hour)
	escalated := village.Call{Care: village.CareHigh, Status: village.CallEscalated, RemindedAt: monday, Outcome: village.OutcomeMissed}
	for _, c := range []struct {
		name     string
		loggedAt time.Time
		want     time.Time
	}{
		{"asked since listed", monday.Add(time.Hour), monday.AddDate(0, 0, 1)},
		{"listed since asked", monday.Add(-time.Hour), monday.AddDate(0, 0, 3)},
	} {
		call := escalated
		call.LoggedAt = c.loggedAt
		if got, ok := cfg.CallListedAgain(call, now); !ok || !got.Equal(c.want) {
			t.Errorf("%s: listed again %v (%v), want %v", c.name, got, ok, c.want)
		}
	}
}
