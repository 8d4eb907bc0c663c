package handlers_test

import (
	"testing"
	"time"

	"gridbot/understand"
	"gridbot/village"
)

// TestPrivateStepsNameWhoTookThem: a leader who reopens (未解决) or
// pauses (等待) an item of the group privately is named in the group's
// post, as 办结 and 驳回 said privately are: the group did not see him
// write it. A quarrel he reopens is not said to be its party's word.
func TestPrivateStepsNameWhoTookThem(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("陈二", "上报 三组垃圾桶满了没人收")
	c.say("李四", "确认 #R1")
	c.say("李四", "办结 #R1 已清运")
	got := c.private("李四", "未解决 #R1 还剩一桶没拉走")
	has(t, "reopened privately", got, grid3+": #R1 已重新打开（李四）：还剩一桶没拉走。")
	got = c.say("李四", "未解决 #R1 还有一桶")
	lacks(t, "reopened in the group", got, "（李四）")
	got = c.private("李四", "等待 #R1 等陈二在家开门")
	has(t, "paused privately", got, grid3+": #R1 已暂停计时（李四），等待村民：等陈二在家开门。")

	c.say("张三", "上报 调解 陈二家的狗天天到我家院子拉屎，两家吵起来了")
	c.say("李四", "确认 #R2")
	c.say("李四", "办结 #R2 两家谈妥了 狗拴起来")
	got = c.private("李四", "未解决 #R2 狗又放出来了")
	has(t, "a quarrel reopened by its leader", got, grid3+": #R2（调解事项）已重新打开（李四），详情已私信告知负责人。")
	lacks(t, "a quarrel reopened by its leader", got, "当事人说", "当事人李四", "@李四")
	has(t, "a quarrel reopened by its leader", got, "郑十: 【青山村三组】#R2（调解事项）李四 未解决：狗又放出来了，现在「重新处理」。\n请继续跟进", "@郑十")
}

// TestOfficeQuestionAnsweredByAWait: the township's question (问网格)
// on an item it sent back, answered by the leader's 等待, reaches the
// office as his answer to it, saying that the clock stopped and what it
// waits for; he is told it went to the township.
func TestOfficeQuestionAnsweredByAWait(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.upToTownship("张三", "上报 后山的路被水冲坏了一段", "#R1", "需要挖机")
	c.in(officeChat, "孙七", "退回 #R1 村里先找张三问清楚")
	c.in(officeChat, "孙七", "问网格 #R1 冲坏了多长")
	got := c.say("李四", "等待 #R1 等张三拍照片回来")
	has(t, "a wait answers", got,
		grid3+": #R1 已暂停计时，等待村民：等张三拍照片回来。\n已转给镇里（答复孙七的提问）。",
		officeChat+": 【青山村三组】#R1（一般事项）李四答复孙七的提问（暂停计时）：等张三拍照片回来，现在「等待村民」。")
	if _, ok := c.reports()[0].OpenAsk(); ok {
		t.Errorf("the 等待 did not answer the question")
	}
	got = c.say("李四", "进展 #R1 照片拍到了")
	lacks(t, "a later 进展", got, "提问")
}

// TestMediatorGoesToBothHouses: the village's mediator who says he will
// go to "both houses" (两家) about the group's one quarrel nobody took on
// takes it on, as "去调解一下" does; "R2 我下午去两家看看", numbered, too.
// With two such quarrels, he is asked which.
func TestMediatorGoesToBothHouses(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "上报 调解 陈二家的狗天天跑到我家院子里拉屎，两家吵起来了")
	got := c.say("郑十", "我下午去两家看看")
	has(t, "unnumbered", got, grid3+": 按郑十的回复，#R1 已受理")
	c.wantStatuses(map[string]village.Status{"R1": village.StatusAccepted}, village.StatusNew)

	c.say("陈二", "上报 调解 周八家盖房把我家的排水沟堵了，两家吵了好几回")
	got = c.say("郑十", "R2 我下午去两家看看")
	has(t, "numbered", got, "#R2 已受理")
	c.wantStatuses(map[string]village.Status{"R1": village.StatusAccepted, "R2": village.StatusAccepted}, village.StatusNew)

	c = newChat(t, understand.Rules{})
	c.say("张三", "上报 调解 王五家的鸡天天进我家菜地")
	c.say("陈二", "上报 调解 隔壁半夜放音乐 吵得睡不着 说了也不听")
	got = c.say("郑十", "明天上午去两家调解一下")
	has(t, "two quarrels", got, "郑十，最近有2件", "#R1", "#R2")
	c.wantStatuses(nil, village.StatusNew)
}

// TestSameProcedureQuestionAgain: a villager who asks his procedure
// question again word for word is answered from what was told him (the
// guide's lines it asks about, or the grid's 答复), pointed to his item,
// and the grid leader is not @-called again; a further question still is.
func TestSameProcedureQuestionAgain(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("陈二", "请问办低保需要什么材料？")
	c.now = c.now.Add(time.Hour)
	got := c.say("陈二", "请问办低保需要什么材料")
	has(t, "asked again", got, grid3+": 陈二，您问的和 #R1 一样", "带齐材料：全家身份证")
	lacks(t, "asked again", got, "@李四", "请负责人")
	if rep := c.reports()[0]; !rep.ProcedureAnswered() {
		t.Errorf("the same question made #R1 wait for the grid: %+v", rep.Status)
	}

	c.say("李四", "答复 #R1 申请书村委会有现成的，来拿就行")
	c.now = c.now.Add(time.Hour)
	got = c.say("陈二", "办低保需要什么材料？")
	has(t, "asked again after 答复", got, "陈二，您问的和 #R1 一样", "李四答复过：申请书村委会有现成的，来拿就行")
	lacks(t, "asked again after 答复", got, "@李四")

	got = c.say("陈二", "那要带户口本原件吗")
	has(t, "a further question", got, "@李四")
}
