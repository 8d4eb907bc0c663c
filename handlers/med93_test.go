package handlers_test

import (
	"strings"
	"testing"
	"time"

	"gridbot/bot"
	"gridbot/understand"
)

// wallQuarrel is a chat where 张三's wall quarrel with 陈二 was filed,
// answered by 陈二 in the group and taken on by 李四, hours later.
func wallQuarrel(t *testing.T, later time.Duration) *chat {
	t.Helper()
	c := newChat(t, understand.Rules{})
	c.say("张三", "陈二家盖鸡圈把墙砌到俺家地界上来了 还往俺家这边排水 院子里全是水 说了好几次也不听 气死我了")
	c.say("陈二", "张三你别血口喷人 那墙是照老界桩砌的 你家的水才往俺家流呢")
	c.say("李四", "确认 #R1")
	c.now = c.now.Add(later)
	return c
}

// TestPartyPrivateSideIsNoNewItem: the other party's side told privately
// in words that read as a quarrel (「俺那墙是按老界桩砌的 不信叫人来量」) is
// his side of the open quarrel over that wall, passed to its mediators;
// before, it was filed as a second mediation item #R3 along #R1.
func TestPartyPrivateSideIsNoNewItem(t *testing.T) {
	c := wallQuarrel(t, 3*time.Hour)
	got := c.costs(t, 1, "private side", bot.Message{Private: true, From: "陈二", Text: "俺那墙是按老界桩砌的 不信叫人来量"})
	has(t, "his side is passed on", got, "李四: 【调解提醒】#R1", "老界桩", "陈二: ")
	lacks(t, "no new item", got, "已登记")
	c.wantReports(1, "(the wall quarrel only)")
	// a new quarrel of his over another thing is still filed
	c.now = c.now.Add(2 * time.Hour)
	has(t, "another thing", c.private("陈二", "张三家的狗天天半夜叫 吵得俺家睡不着 说了好几次也不管"), "已登记 #R2")
}

// TestReporterPrivateChaseOfQuarrel: the reporter pressing his quarrel
// privately (「李四到底管不管 墙都砌过来了」) is his item pressed, told to
// its mediators; before, it read as a 安全隐患 (the wall) of another
// category than the quarrel and was filed as a new general item, sent to
// 李四 himself.
func TestReporterPrivateChaseOfQuarrel(t *testing.T) {
	c := wallQuarrel(t, 3*time.Hour)
	got := c.private("张三", "李四到底管不管 墙都砌过来了")
	has(t, "pressed", got, "张三: #R1", "李四: 【又来反映】#R1", "到底管不管")
	lacks(t, "no new item", got, "已登记")
	c.wantReports(1, "(the wall quarrel only)")
}

// TestRefusalWithReasonAfterMeeting: 「我不去 凭什么 墙是俺自己家地上砌的」
// right after the meeting was arranged is his refusal of the mediation,
// as 「我不去」 alone is; before, the longer words were dropped: nothing
// kept, nobody told, the mediators waiting for him at 9.
func TestRefusalWithReasonAfterMeeting(t *testing.T) {
	c := wallQuarrel(t, 25*time.Hour)
	c.say("李四", "两家我都约好了 后天上午9点在村委会调解 张三 陈二都来")
	got := c.say("陈二", "我不去 凭什么 墙是俺自己家地上砌的")
	has(t, "refusal told", got, "李四: 【当事人不愿调解】#R1", "凭什么", "调解是自愿的")
	lacks(t, "not a trip elsewhere", c.say("张三", "我不去镇上了 明天再说"), "不愿调解")
}

// TestLoneFaultAskedWhere: a public fault told alone with no place
// (「路灯也坏了」 after a quarrel) is filed and its place asked, as med91
// asks beside a quarrel; his 「就在…」 is added to it. A placed one is
// not asked.
func TestLoneFaultAskedWhere(t *testing.T) {
	c := wallQuarrel(t, 2*time.Hour)
	got := c.say("张三", "上报 路灯也坏了")
	has(t, "asked where", got, "已登记 #R2", "没说在哪", "就在")
	has(t, "placed", c.say("张三", "就在村口小卖部旁边"), "李四: ", "村口小卖部")
	placed := false
	for _, r := range c.reports() {
		for _, e := range r.History {
			placed = placed || r.ID == "R2" && e.By == "张三" && strings.Contains(e.Note, "村口小卖部")
		}
	}
	if !placed {
		t.Errorf("R2 keeps no words of his place: %+v", c.reports())
	}
	lacks(t, "placed, not asked", c.say("陈二", "上报 村口的路灯不亮了"), "没说在哪")
	lacks(t, "his home, not asked", c.say("王五", "上报 我家水管冻裂了"), "没说在哪")
	lacks(t, "a home's thing, not asked", c.say("陈二", "上报 水管冻裂了"), "没说在哪")
	lacks(t, "her roof, not asked", c.say("王五", "代报 王奶奶 屋顶漏雨"), "没说在哪")
}

// TestLoneFaultInWordsAskedWhere: the free-text 「路灯也坏了」 after a
// quarrel, however it is taken (filed or asked back), asks where once it
// is filed.
func TestLoneFaultInWordsAskedWhere(t *testing.T) {
	c := wallQuarrel(t, 2*time.Hour)
	got := c.say("张三", "路灯也坏了")
	if !strings.Contains(strings.Join(got, "\n"), "已登记") {
		got = c.say("张三", "1")
	}
	has(t, "filed and asked where", got, "已登记 #R2", "没说在哪")
	got = c.private("陈二", "村里的垃圾好几天没人收了")
	lacks(t, "村里 is somewhere", got, "没说在哪")
}

// TestWitnessInLiveQuarrelIsOnlooker: a neighbour's word of what he saw of
// the live quarrel (「陈二家那墙是歪了 俺前天路过看见的」) is an onlooker's:
// not offered in the group as a 安全隐患 with one side's case echoed. A
// wall about to fall, seen, is still a danger to file or ask about.
func TestWitnessInLiveQuarrelIsOnlooker(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "陈二家盖鸡圈把墙砌到俺家地界上来了 还往俺家这边排水 院子里全是水 说了好几次也不听")
	silent(t, "witness", c.say("赵六", "陈二家那墙是歪了 俺前天路过看见的"))
	c.wantReports(1, "(the quarrel only)")
	has(t, "danger", c.say("赵六", "陈二家那墙快倒了 下面天天有小孩路过 我看见的"), "赵六")
}
