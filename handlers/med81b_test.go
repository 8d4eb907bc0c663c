package handlers_test

import (
	"testing"
	"time"

	"gridbot/understand"
	"gridbot/village"
)

// TestMediatorArrangesMeeting: a mediator's word in the group that he
// arranged the meeting ("两家我都约好了 明天上午9点在村委会调解 …") is the
// 进展 of the quarrel he took on, told to both parties privately and kept
// as his plan, not lost; with two quarrels of the same two households it
// names alike, it is the 进展 of both (one meeting).
func TestMediatorArrangesMeeting(t *testing.T) {
	const meeting = "两家我都约好了 明天上午9点在村委会调解 张三 陈二都来 郑十也参加"
	c := newChat(t, understand.Rules{})
	c.say("陈二", ditch)
	c.say("李四", "确认 #R1")
	c.now = c.now.Add(3 * time.Hour)
	got := c.say("李四", meeting)
	has(t, "his 进展", got, "#R1 进展已记录：两家我都约好了 明天上午9点在村委会调解")
	has(t, "the other party hears when and where", got, "张三: 【调解事项】#R1", "明天上午9点在村委会调解")
	has(t, "the group hears only that it moved", got, grid3+": #R1（调解事项）有新进展，详情已私信告知当事人。")
	c.wantStatuses(nil, village.StatusInProgress)

	c.say("张三", "上报 调解 陈二家的牛把我家玉米吃了一大片")
	c.say("李四", "确认 #R2")
	c.now = c.now.Add(time.Hour)
	// the same two households: one meeting for both (med82)
	has(t, "two linked quarrels: both", c.say("李四", meeting), "#R1 进展已记录：两家我都约好了", "#R2 进展已记录：两家我都约好了")
	lacks(t, "a lamp's arranged electrician is no quarrel's", c.say("李四", "约了电工下午来修路灯"), "#R1 进展已记录")
}

// TestQuarrelRetortNotRepeated: a retort to a bystander before the matter
// ("关你屁事 …") is not part of the registered text: the group never sees
// the bot repeat abuse.
func TestQuarrelRetortNotRepeated(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := c.say("陈二", "关你屁事 张三家那条水沟的水天天往我家院子里流 我还没找他呢")
	has(t, "filed without the retort", got, grid3+": 已登记 #R1（调解事项）：张三家那条水沟的水天天往我家院子里流 我还没找他呢")
	lacks(t, "no abuse", got, "屁")
}

// TestQuarrelRepeatAsksBothSides: the reporter saying his quarrel again
// tells its mediators to bring both sides together (no side taken), and
// one nobody took on yet asks for the 确认 first.
func TestQuarrelRepeatAsksBothSides(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "陈二家的牛又跑到我家地里把玉米吃了一大片 说了多少次了都不管 气死我了")
	c.say("陈二", "你少血口喷人 我家牛拴得好好的 谁看见了")
	got := c.say("张三", "我亲眼看见的 你家牛还把我家院墙拱塌了一块 赔钱")
	has(t, "both sides, 确认 first", got, "李四: 【又来反映】#R1", "请尽快约双方当面谈，两边的话都要听；受理请回复「确认 #R1」。")
	lacks(t, "no one side", got, "请尽快联系张三")
}

// TestPartyWillNotComeToMeeting: a party's 「我不去 凭什么」 after his
// mediators arranged their meeting is his refusal of the mediation: they
// hear it before they wait for him, and he hears that mediation is
// voluntary and what else he may do; the same words with no meeting
// arranged are no one's news.
func TestPartyWillNotComeToMeeting(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("陈二", ditch)
	c.say("李四", "确认 #R1")
	c.now = c.now.Add(3 * time.Hour)
	lacks(t, "no meeting yet", c.say("张三", "我不去 凭什么"), "不愿调解")
	c.now = c.now.Add(time.Hour)
	c.say("李四", "两家我都约好了 明天上午9点在村委会调解 张三 陈二都来")
	c.now = c.now.Add(2 * time.Hour)
	got := c.say("张三", "我不去 凭什么")
	has(t, "the mediators hear it", got, "李四: 【当事人不愿调解】#R1", "郑十: 【当事人不愿调解】#R1")
	has(t, "he hears what he may do", got, "调解是自愿的")
	lacks(t, "a bystander's 我不去 is nothing", c.say("周八", "我不去"), "不愿调解")
}

// TestQuarrelFiledWithoutVent: the feeling a quarrel is told with at its
// end ("气死我了") is not filed: the group and the other party read what
// happened, not how angry its teller is.
func TestQuarrelFiledWithoutVent(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := c.say("张三", "陈二家的牛又跑到我家地里把玉米吃了一大片 说了多少次了都不管 气死我了")
	has(t, "filed as a quarrel, without the vent", got, grid3+": 已登记 #R1（调解事项）：陈二家的牛又跑到我家地里把玉米吃了一大片 说了多少次了都不管\n")
}
