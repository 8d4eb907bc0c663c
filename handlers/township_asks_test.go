package handlers_test

import (
	"strings"
	"testing"

	"gridbot/bot"
	"gridbot/understand"
)

// TestOfficerAsksTheGrid: an officer who quotes the office's message about
// an item sent up and asks something ("电线压到了没有？") asks the grid: its
// leader hears the question privately (not the group, not the reporter),
// the officer is told whom it went to and that the answer comes back here,
// 查 keeps it; the leader's answer quoting the question is the item's 进展,
// which the office hears as the answer to his question; asked privately,
// it is answered privately: the group does not hear it.
func TestOfficerAsksTheGrid(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.sentUp("张三", "上报 路边电线杆歪了", "#R1", "需要供电所来处理")
	got := c.send(bot.Message{Chat: officeChat, From: "孙七", Text: "歪到什么程度了 电线压到了没有？",
		Quote: &bot.Quote{Name: "网格小助手", Text: "【网格上报】青山村三组 #R1（一般事项）\n内容：路边电线杆歪了"}})
	expect(t, "the question", got,
		officeChat+": #R1 已私信问网格长李四：歪到什么程度了 电线压到了没有？\n网格长李四回复后会发到本群。",
		"李四: 【镇里问】青山村三组 #R1（路边电线杆歪了）\n孙七：歪到什么程度了 电线压到了没有？\n请回复「答复 #R1 情况」（引用本条直接回复也行），会转给镇里。")
	has(t, "查 in the office", c.in(officeChat, "孙七", "查 #R1"), "孙七 镇里问：歪到什么程度了 电线压到了没有？")
	got = c.send(bot.Message{Private: true, From: "李四", Text: "在桥头往东两百米 照片发群里了",
		Quote: &bot.Quote{Name: "网格小助手", Text: "【镇里问】青山村三组 #R1（路边电线杆歪了）\n孙七：歪到什么程度了 电线压到了没有？"}})
	expect(t, "the answer", got,
		"李四: #R1 进展已记录：在桥头往东两百米 照片发群里了",
		officeChat+": 【青山村三组】#R1（一般事项）李四答复孙七的提问：在桥头往东两百米 照片发群里了，现在「已上报镇」。")
	for _, o := range got {
		if strings.HasPrefix(o, "孙七:") {
			t.Errorf("the officer is told privately what the office hears: %q", o)
		}
	}
	c.say("李四", "指派 #R1 郑十")
	expect(t, "asked of a handler who is no grid cadre too", c.in(officeChat, "孙七", "R1 供电所的人到了没有"),
		officeChat+": #R1 已私信问网格长李四、郑十：供电所的人到了没有\n他们回复后会发到本群。", "李四: 【镇里问】", "郑十: 【镇里问】")
	expect(t, "the other one answers", c.send(bot.Message{Private: true, From: "郑十", Text: "到了 在扶",
		Quote: &bot.Quote{Name: "网格小助手", Text: "【镇里问】青山村三组 #R1（路边电线杆歪了）\n孙七：供电所的人到了没有"}}),
		"郑十: #R1 进展已记录：到了 在扶", officeChat+": 【青山村三组】#R1（一般事项）郑十答复孙七的提问：到了 在扶")
	expect(t, "asked after its number", c.in(officeChat, "孙七", "R1 具体在哪个位置"),
		officeChat+": #R1 已私信问网格长李四、郑十：具体在哪个位置", "李四: 【镇里问】", "郑十: 【镇里问】")
	has(t, "答复 as the hint says", c.private("李四", "答复 #R1 桥头往东两百米"),
		officeChat+": 【青山村三组】#R1（一般事项）李四答复孙七的提问：桥头往东两百米")
	has(t, "a note is no question", c.in(officeChat, "孙七", "R1 已联系供电所 说过几天来"), "回复「1」就照「进展 #R1 已联系供电所 说过几天来」记下")
}

// TestOfficeBareAcceptLeavesOutHisOwn: an officer's 确认 without a number
// offers the items sent up that wait for the township, not one he took
// over already (its 确认 would only say so).
func TestOfficeBareAcceptLeavesOutHisOwn(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.sentUp("张三", "上报 路边电线杆歪了", "#R1", "需要供电所来处理")
	c.in(officeChat, "孙七", "确认 #R1")
	c.sentUp("陈二", "上报 村东头的水渠堵了", "#R2", "要挖机清淤")
	got := c.in(officeChat, "孙七", "确认")
	expect(t, "bare 确认", got, officeChat+": 请写上编号，例如：确认 #R2")
	if len(got) == 1 && strings.Contains(got[0], "#R1") {
		t.Errorf("offers what he took over already:\n%s", got[0])
	}
}

// TestOfficerAsksAfterHashNumber: a question written after "#R1" in the
// office chat ("#R1 供电所的人到了吗") asks the grid (镇里问) as one after
// "R1" does; it is no 查.
func TestOfficerAsksAfterHashNumber(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.sentUp("张三", "上报 路边电线杆歪了", "#R1", "需要供电所来处理")
	expect(t, "#R1 and a question", c.in(officeChat, "孙七", "#R1 供电所的人到了吗"),
		officeChat+": #R1 已私信问网格长李四：供电所的人到了吗\n网格长李四回复后会发到本群。", "李四: 【镇里问】")
	expect(t, "＃R1 and a question", c.in(officeChat, "孙七", "＃R1 具体在哪个位置？"),
		officeChat+": #R1 已私信问网格长李四：具体在哪个位置？", "李四: 【镇里问】")
	has(t, "a status question is still 查", c.in(officeChat, "孙七", "#R1 怎么样了"), "一般事项·已上报镇")
}

// TestTownshipQuestionOnApprovalSaysProgress: on an approval item, whose
// 答复 answers the villager's procedure question, the township's question
// asks the leader for 「进展 #R …」; on any other item for 「答复 #R …」.
func TestTownshipQuestionOnApprovalSaysProgress(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.upToTownship("张三", "上报 审批 我家想翻建房子 要办什么手续", "#R1", "需要镇里审批")
	got := c.in(officeChat, "孙七", "#R1 图纸有了吗？")
	has(t, "asked", got, "李四: 【镇里问】", "请回复「进展 #R1 情况」")
	lacks(t, "asked", got, "答复 #R1")
}
