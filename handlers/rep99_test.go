package handlers_test

import (
	"testing"

	"gridbot/bot"
	"gridbot/understand"
	"gridbot/village"
)

// TestRestartedProcessNotFoundOneTrip: a process that filed no report (a
// restart, a second replica) read the number each time a wrong one was
// typed, 2 round trips: its first report read now brings the newest
// number along, and a higher one is known absent with the reply alone.
// Filed meanwhile by the other process, it is found (rep99).
func TestRestartedProcessNotFoundOneTrip(t *testing.T) {
	a, b := twoProcesses(t)
	has(t, "lamp", a.say("张三", "上报 村口的路灯坏了好几天了"), "已登记 #R1")
	has(t, "first", b.say("李四", "确认 #R2"), "没有找到 #R2")
	got := b.costs(t, 1, "second", bot.Message{Chat: grid3, From: "李四", Text: "确认 #R3"})
	has(t, "second", got, "没有找到 #R3", "#R1 待受理 村口的路灯坏了好几天了")
	has(t, "other process", a.say("陈二", "上报 我家门口的水沟堵了"), "已登记 #R2")
	has(t, "found now", b.say("李四", "确认 #R2"), "#R2 已受理")
	has(t, "查", b.say("李四", "查 #R5"), "没有找到 #R5")
}

// TestPickOwnItemWhileItsDoneOfferWaits: 王五's 「路灯修好了」 was offered
// 办结 #R1 for a 「1」; his later 「村口修好了」 fitting two items asked
// which, and his 「1」 (#R1) showed the 办结 to type and the offer
// reminded after it, two prompts for one thing. Now the offer alone, and
// his next 「1」 closes it (rep99).
func TestPickOwnItemWhileItsDoneOfferWaits(t *testing.T) {
	c := offeredThenAsked(t)
	got := c.say("王五", "1")
	if len(got) != 1 {
		t.Fatalf("picked: want one message, got %q", got)
	}
	has(t, "picked", got, "王五，#R1 确实办好了就回「1」，按「办结 #R1 路灯修好了」记")
	lacks(t, "picked", got, "请回复「办结 #R1", "还有一件事在等您回答")
	has(t, "1 closes", c.say("王五", "1"), "#R1 已办结：路灯修好了")
}

// offeredThenAsked is a chat where 王五's 「路灯修好了」 was offered 办结 #R1
// for a 「1」 and his later 「村口修好了」, fitting #R1 and #R3, asked which.
func offeredThenAsked(t *testing.T) *chat {
	t.Helper()
	c := newChat(t, understand.Rules{})
	c.say("陈二", "上报 村口的路灯坏了")
	c.say("李四", "确认 #R1 王五去看看")
	c.say("张三", "上报 我家门口的水管爆了，水流了一地")
	c.say("李四", "确认 #R2")
	has(t, "offered", c.say("王五", "路灯修好了"), "王五，确实办好了就回「1」，按「办结 #R1 路灯修好了」记")
	c.say("陈二", "上报 村口的水管也漏水了")
	c.say("李四", "确认 #R3")
	has(t, "which", c.say("王五", "村口修好了"), "「1」#R1 村口的路灯坏了")
	return c
}

// TestBarePlanWithTwoItemsAsksWhich: 王五's 「明天上午去修」 with 李四's
// lamp and pipe open got no reply: now he is asked which, and his number
// is his plan on it (the 进展, 李四 told), as 「#R2 明天上午去修」 is;
// 「明天我去看看我妈」 names someone and stays silent (rep99).
func TestBarePlanWithTwoItemsAsksWhich(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("陈二", "上报 村口的路灯坏了")
	c.say("李四", "确认 #R1")
	c.say("张三", "上报 我家门口的水管爆了，水流了一地")
	c.say("李四", "确认 #R2")
	if got := c.say("王五", "明天我去看看我妈"); len(got) != 0 {
		t.Errorf("his mother: want silence, got %q", got)
	}
	got := c.costs(t, 1, "which", bot.Message{Chat: grid3, From: "王五", Text: "明天上午去修"})
	has(t, "which", got, "王五，您说的「明天上午去修」是去办哪一件？", "「1」#R1 村口的路灯坏了", "「2」#R2 我家门口的水管爆了")
	got = c.say("王五", "2")
	has(t, "picked", got, "#R2 进展已记录：明天上午去修", "王五也会去，#R2 仍由李四负责")
	lacks(t, "picked", got, "#R1")
}

// TestOwnMatterPressed: 张三's 「我那件怎么还没人管」 was offered as a new
// item 「其他」: now it presses his item nobody took on (its leader told),
// his 「我的事到底有人管没有」 lists his two, and 陈二, with none open, hears
// so, not that her words were passed to #R2's handlers (rep99).
func TestOwnMatterPressed(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "上报 村东头那段坡路结冰了")
	c.say("李四", "确认 #R1")
	c.say("张三", "上报 村西垃圾池三四天没人拉了")
	got := c.say("张三", "我那件怎么还没人管")
	has(t, "pressed", got, "#R2（村西垃圾池三四天没人拉了）还在办", "【又来反映】#R2")
	lacks(t, "pressed", got, "我理解为")
	has(t, "listed", c.say("张三", "我的事到底有人管没有"), "您说的可能是这几件", "#R1 已受理 村东头那段坡路结冰了")
	got = c.say("陈二", "我那件怎么还没人管")
	has(t, "none", got, "您目前没有还没办完的事项")
	lacks(t, "none", got, "#R2")
}

// TestLeaderWorkWordsTakeOnNamedFresh: 李四's 「垃圾的事我联系环卫站了，下
// 午来拉」 with 张三's rubbish waiting to be taken on was offered to him as
// a new item: now it is that item's 确认, his words kept (rep99).
func TestLeaderWorkWordsTakeOnNamedFresh(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("陈二", "上报 我家后面的自来水管冻裂了")
	c.say("张三", "上报 村西垃圾池三四天没人拉了")
	got := c.say("李四", "垃圾的事我联系环卫站了，下午来拉")
	has(t, "taken on", got, "#R2 已受理，由李四负责")
	lacks(t, "taken on", got, "我理解为")
	has(t, "kept", c.say("李四", "查 #R2"), "垃圾的事我联系环卫站了，下午来拉")
	c.wantStatuses(map[string]village.Status{"R2": village.StatusAccepted}, village.StatusNew)
}
