package handlers_test

import (
	"testing"

	"gridbot/bot"
	"gridbot/understand"
	"gridbot/village"
)

// TestWorkerPlanOnLeadersItemInWords: 王五's 「今天下午我去看看陈二家水沟」
// of the ditch 李四 took on was silent (no number, not his item): it is
// now the ditch's 进展, as 「R1 今天下午我去看看」 is, 李四 @-told how it
// becomes 王五's, in one round trip (rep98). Words naming nothing of an
// open item stay silent.
func TestWorkerPlanOnLeadersItemInWords(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "ditch", c.say("陈二", "上报 我家门口的水沟堵了，下雨就漫到路上"), "已登记 #R1")
	has(t, "taken on", c.say("李四", "确认 #R1"), "#R1 已受理")
	got := c.costs(t, 1, "plan", bot.Message{Chat: grid3, From: "王五", Text: "今天下午我去看看陈二家水沟"})
	has(t, "plan", got, "#R1 进展已记录：今天下午我去看看陈二家水沟", "王五也会去，#R1 仍由李四负责", "「指派 #R1 王五」")
	c.wantStatuses(map[string]village.Status{"R1": village.StatusInProgress}, village.StatusAccepted)
	if got := c.say("王五", "明天我去看看我妈"); len(got) > 0 {
		t.Fatalf("words of no open item answered: %q", got)
	}
	// a thing of the item named is enough: 「桥那边」 of the bridge
	has(t, "bridge", c.say("陈二", "上报 村西头的桥栏杆断了，小孩子过桥危险"), "已登记 #R2")
	has(t, "bridge taken on", c.say("李四", "确认 #R2"), "#R2 已受理")
	has(t, "bridge plan", c.say("王五", "明天上午我去桥那边看看"), "#R2 进展已记录：明天上午我去桥那边看看", "「指派 #R2 王五」")
}

// TestPrivateFollowUpOfGroupItemWording: 张三's private question on his
// 低保 item asked in the group told 李四 「这是私下反映的，请不要在群里提」,
// though the group knows the item: now only the private words are kept
// out of the group; a private item keeps the old line (rep98).
func TestPrivateFollowUpOfGroupItemWording(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "group", c.say("张三", "我想给我妈申请低保，怎么弄"), "已登记 #R1（办事咨询）")
	got := c.private("张三", "低保那个事我还想问问，要不要户口本原件")
	has(t, "leader", got, "李四: 【私信反映·又问】张三就 #R1", "这件在群里问过，进度可以在群里说；这次是私信问的，私信里的原话请不要在群里提。")
	lacks(t, "leader", got, "这是私下反映的")

	p := newChat(t, understand.Rules{})
	has(t, "private", p.private("张三", "我想给我妈申请低保，怎么弄"), "已登记 #R1")
	has(t, "private again", p.private("张三", "低保那个事我还想问问，要不要户口本原件"), "这是私下反映的，请不要在群里提。")
}

// TestUnknownNumberOneTrip: 「确认 #R5」 when the village has four items
// costs one round trip, the reply: the process that filed them knows no
// #R5 was made (storage.Store.ReportAbsent) and the group's open items
// from its copy (rep98; was 3). Filed meanwhile by another process, the
// number is found: the reply decided on the copy is refused and the
// message is handled again on Redis.
func TestUnknownNumberOneTrip(t *testing.T) {
	a, b := twoProcesses(t)
	has(t, "lamp", a.say("张三", "上报 村口的路灯坏了好几天了"), "已登记 #R1")
	got := a.costs(t, 1, "not found", bot.Message{Chat: grid3, From: "李四", Text: "确认 #R2"})
	has(t, "not found", got, "没有找到 #R2")
	has(t, "other process", b.say("陈二", "上报 我家门口的水沟堵了"), "已登记 #R2")
	has(t, "found now", a.say("李四", "确认 #R2"), "#R2 已受理")
	has(t, "查", a.say("李四", "查 #R3"), "没有找到 #R3")
}

// TestWaitingOfferSaysNumberFirst: the 办结 offered for 王五's 「1」 (his
// plain 「路灯修好了」) was reminded after a pick list whose 「1」 meant
// #R1 as 「「办结 #R1 路灯修好了」要照这样办回「1」」: now the number comes
// first and what it does after (rep98).
func TestWaitingOfferSaysNumberFirst(t *testing.T) {
	c := offeredThenAsked(t)
	got := c.say("王五", "2")
	has(t, "reminded", got, "还有一件事在等您回答：\n· 回「1」就照「办结 #R1 路灯修好了」办，不用回「2」")
	lacks(t, "reminded", got, "要照这样办")
	has(t, "1 closes", c.say("王五", "1"), "#R1 已办结：路灯修好了")
}

// TestLeaderPlainUpWordsOffered: 李四's 「这个沟得用挖机，村里没有，得报到
// 镇上」 of the one item he handles showed him 「上报镇 #R1 …」 to retype:
// now 「1」 sends it up with his words, as 「R1 …报镇上吧」 does (rep98).
func TestLeaderPlainUpWordsOffered(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "ditch", c.say("陈二", "上报 我家门口的水沟堵了，下雨就漫到路上"), "已登记 #R1")
	has(t, "taken on", c.say("李四", "确认 #R1"), "#R1 已受理")
	got := c.costs(t, 1, "up words", bot.Message{Chat: grid3, From: "李四", Text: "这个沟得用挖机，村里没有，得报到镇上"})
	has(t, "offered", got, "李四，#R1 要上报镇吗？回复「1」就上报")
	c.wantStatuses(map[string]village.Status{"R1": village.StatusAccepted}, village.StatusAccepted)
	has(t, "1", c.say("李四", "1"), "【网格上报】青山村三组 #R1", "这个沟得用挖机，村里没有，得报到镇上")
	c.wantStatuses(map[string]village.Status{"R1": village.StatusEscalated}, village.StatusAccepted)
}

// TestLeaderSendsWithADayBetween: 李四's 「确认 #R1 王五明天去拉一下」 took
// the rubbish on for him alone, though it sends 王五 (the reporter was
// told 王五 goes; the overdue chase went to 李四 only): a going to do one
// thing once is an errand, so it is 指派 as 「确认 #R1 王五去看看」 is
// (rep98).
func TestLeaderSendsWithADayBetween(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "rubbish", c.say("张三", "上报 村东头垃圾桶满了好几天没人拉，臭得很"), "已登记 #R1")
	has(t, "sent", c.say("李四", "确认 #R1 王五明天去拉一下"), "#R1 已指派给王五")
}

// TestLeaderSplitsTwoNumbers: 李四's 「R1 R2都收到了，路灯让王五去看，水沟我
// 下午去」 gave both to 王五 (rep97's hand-over of several): the clause
// sending 王五 names the lamp, so the lamp is his 指派 and the ditch 李四's
// own 确认, one commit, one reply (rep98).
func TestLeaderSplitsTwoNumbers(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "上报 村口路灯坏了好几天了")
	c.say("陈二", "上报 我家门口水沟堵了，下雨就漫到路上")
	got := c.costs(t, 1, "split", bot.Message{Chat: grid3, From: "李四", Text: "R1 R2都收到了，路灯让王五去看，水沟我下午去"})
	has(t, "split", got, "#R1 已受理并指派给王五", "#R2 已受理，由李四负责")
	lacks(t, "split", got, "#R1 #R2 已指派给王五")
	has(t, "both sent", c.say("李四", "R1 R2都收到了 明天让王五去看"), "已指派给王五")
}

// TestLeaderUpWordsNamingOneOfTwo: 李四 handles the lamp (given to 王五
// too) and the ditch; his 「水沟看了，得用挖机，村里没有，得报到镇上」 names
// the ditch: its 上报镇 is offered for a 「1」 as of one item (rep98).
func TestLeaderUpWordsNamingOneOfTwo(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "上报 村口路灯坏了好几天了")
	c.say("陈二", "上报 我家门口水沟堵了，下雨就漫到路上")
	has(t, "split", c.say("李四", "R1 R2都收到了，路灯让王五去看，水沟我下午去"), "#R1 已受理并指派给王五", "#R2 已受理")
	has(t, "up", c.say("李四", "水沟看了，得用挖机，村里没有，得报到镇上"), "李四，#R2 要上报镇吗？回复「1」就上报")
	has(t, "1", c.say("李四", "1"), "【网格上报】青山村三组 #R2")
}
