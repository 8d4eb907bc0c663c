package handlers_test

import (
	"testing"

	"gridbot/understand"
	"gridbot/village"
)

// TestLeaderQuotesGoingToSee: the leader quoting the bot's message of a
// new item with 「我去看看」 takes it on, his words the note, as 「R2 我去
// 看看」 does; it was met with silence.
func TestLeaderQuotesGoingToSee(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "上报 村口路灯不亮了")
	filed := c.say("陈二", "上报 我家门口下水道堵了，臭得很")
	got := c.send(quoting("李四", "我去看看", filed[0]))
	has(t, "我去看看 quoting #R2", got, "#R2 已受理，由李四负责")
	c.wantStatuses(map[string]village.Status{"R2": village.StatusAccepted}, village.StatusNew)
}

// TestLeaderQuotesCommandLast: the leader quoting an item's message with
// his reason and then the command (「这个归环卫站管 上报镇」) sends it up,
// the reason its note; typed after the number it does too, and the
// command word is not repeated into the note.
func TestLeaderQuotesCommandLast(t *testing.T) {
	c := newChat(t, understand.Rules{})
	filed := c.say("张三", "上报 村委会门口的垃圾桶满了好几天没人收")
	c.say("李四", "确认 #R1")
	got := c.send(quoting("李四", "这个归环卫站管 上报镇", filed[0]))
	has(t, "上报镇 last, quoting", got, "#R1")
	lacks(t, "上报镇 last, quoting", got, "请发「上报镇")
	c.wantStatuses(map[string]village.Status{"R1": village.StatusEscalated}, village.StatusNew)
	if h := c.reports()[0].History; h[len(h)-1].Note != "这个归环卫站管" {
		t.Errorf("R1's last step %+v, want 上报镇 with his reason", h[len(h)-1])
	}
	c.say("陈二", "上报 桥头护栏断了")
	c.say("李四", "确认 #R2")
	got = c.say("李四", "R2 归公路站管，上报镇")
	lacks(t, "上报镇 last, typed", got, "上报镇 #R2 归公路站管，上报镇")
	c.wantStatuses(map[string]village.Status{"R1": village.StatusEscalated, "R2": village.StatusEscalated}, village.StatusNew)
}

// TestLeaderSaysNotOurs: 「不是我们管的」 from the leader quoting an
// item is offered as its 驳回 with his words the reason (「1」 does it),
// not as a 进展 nor met with silence.
func TestLeaderSaysNotOurs(t *testing.T) {
	c := newChat(t, understand.Rules{})
	filed := c.say("张三", "上报 高速公路边上的广告牌歪了")
	got := c.send(quoting("李四", "不是我们管的", filed[0]))
	has(t, "不是我们管的", got, "回复「1」就照「驳回 #R1 不是我们管的」退回", "上报镇 #R1")
	lacks(t, "不是我们管的", got, "进展 #R1")
	c.wantStatuses(nil, village.StatusNew)
	has(t, "1", c.say("李四", "1"), "#R1")
	c.wantStatuses(nil, village.StatusRejected)
}

// TestLeaderNumbersDone: 「1号2号都修好了」 from the leader is the 办结 of
// his #R1 and #R2, as 「R1 R2 都修好了」 is, not a hint naming another
// item; 「2号楼的灯修好了」 names no item.
func TestLeaderNumbersDone(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "上报 村口路灯不亮了")
	c.say("陈二", "上报 我家门口下水道堵了")
	c.say("陈二", "上报 桥头护栏断了")
	c.say("李四", "确认 #R1 #R2 #R3")
	lacks(t, "2号楼", c.say("李四", "2号楼的灯修好了"), "已办结")
	c.wantStatuses(nil, village.StatusAccepted)
	got := c.say("李四", "1号2号都修好了")
	has(t, "1号2号", got, "#R1、#R2 已办结")
	lacks(t, "1号2号", got, "#R3")
	c.wantStatuses(map[string]village.Status{"R1": village.StatusResolved, "R2": village.StatusResolved}, village.StatusAccepted)
}

// TestWorkerRejectRefused: a grid worker's 驳回 is refused saying the
// leader sends it and that he tells the leader why, not that a 指派 to
// him would let him (it would not); his 确认 still shows the 指派.
func TestWorkerRejectRefused(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "上报 隔壁老刘家的狗天天晚上叫")
	got := c.say("王五", "驳回 R1 不归我们")
	has(t, "worker's 驳回", got, "「驳回」需要本网格的网格长来操作", "请把情况告诉李四，由网格长来发")
	lacks(t, "worker's 驳回", got, "指派 #R1 王五")
	has(t, "worker's 确认", c.say("王五", "确认 #R1"), "请李四发「指派 #R1 王五」")
	c.wantStatuses(nil, village.StatusNew)
}

// TestRepairVerbDone: 「#R1 护栏焊好了」 from its handler is its 办结 (the
// reporter asked to confirm), as 「修好了」 is, not a 进展.
func TestRepairVerbDone(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "上报 桥边护栏断了一截")
	c.say("李四", "确认 #R1")
	has(t, "焊好了", c.say("李四", "#R1 护栏焊好了"), "#R1 已办结：护栏焊好了", "满意 #R1")
	c.firstStatus(village.StatusResolved)
}

// TestLeaderQuotesClosedItem: the leader quoting the message of an item
// closed already with a plan («明天再叫电工来看») hears it is closed and
// is offered his one open item, which 「1」 notes it on; not told to
// report anew.
func TestLeaderQuotesClosedItem(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "上报 村口路灯不亮了")
	filed := c.say("陈二", "上报 我家门口下水道堵了")
	c.say("李四", "确认 #R1 #R2")
	c.say("李四", "R2 通好了")
	c.say("陈二", "满意 #R2")
	got := c.send(quoting("李四", "明天再叫电工来看", filed[0]))
	has(t, "quoting closed R2", got, "#R2 已经完结", "是要记到 #R1（村口路灯不亮了）上吗？回复「1」就照「进展 #R1 明天再叫电工来看」记下。")
	lacks(t, "quoting closed R2", got, "重新「上报」")
	has(t, "1", c.say("李四", "1"), "#R1 进展已记录")
}

// TestLeaderQuotesWithSmallTalk: the leader's thanks or small talk
// quoting an item's message is no note: nothing offered, nothing changed.
func TestLeaderQuotesWithSmallTalk(t *testing.T) {
	c := newChat(t, understand.Rules{})
	filed := c.say("张三", "上报 村口路灯不亮了")
	c.say("李四", "确认 #R1")
	for _, words := range []string{"辛苦了", "谢谢", "👍", "哈哈", "大家注意安全"} {
		if got := c.send(quoting("李四", words, filed[0])); len(got) > 0 {
			t.Errorf("%s quoting #R1: %q, want no reply", words, got)
		}
	}
	c.firstStatus(village.StatusAccepted)
}
