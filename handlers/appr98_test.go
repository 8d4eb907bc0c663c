package handlers_test

import (
	"testing"
	"time"

	"gridbot/bot"
	"gridbot/understand"
)

// TestNeedAnsweredByTheGuide (appr98): a further question in few words
// that asks yes or no whether a thing must be done (「要回来开证明不」 after
// 户口迁移) is answered by the guide's step that says so (不用回原籍开迁移证)
// alone: nobody @-ed, the item still 已告知流程 (main: 「@李四 张三就 #R1…
// 又问」 and the accept clock started). So is whether to bring a paper the
// materials list (「那户口本要带吗」). A question the guide does not answer
// that way (原件 or 复印件, a paper it does not list) still goes to the leader.
func TestNeedAnsweredByTheGuide(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("赵六", "高龄补贴怎么申请") // the process's first reads of the grid
	c.say("张三", "户口迁移怎么办")
	got := c.costs(t, 1, "need", bot.Message{Chat: grid3, From: "张三", Text: "要回来开证明不"})
	has(t, "need", got, "张三，【户口迁移】办理流程里写的：\n多数地方已实行\"一站式\"迁移，不用回原籍开迁移证")
	lacks(t, "need", got, "@李四", "又问", "请负责人", "带齐材料")
	has(t, "still told", c.say("张三", "查 #R2"), "已告知流程")
	got = c.say("张三", "那户口本要带吗")
	has(t, "bring", got, "张三，【户口迁移】办理流程里写的：\n带齐材料：本人身份证、户口簿")
	lacks(t, "bring", got, "@李四", "又问", "落户后户口簿加页", "提示：")
	c.say("刘芳", "俺娘想办个残疾证咋弄")
	got = c.say("刘芳", "能代办吗")
	has(t, "for her", got, "刘芳，【残疾证】办理流程里写的：\n向县残联申请，乡镇或村委会可代办")
	lacks(t, "for her", got, "@李四", "又问")
	has(t, "a copy asked: the leader", c.say("张三", "要带原件吗"), "@李四", "要原件还是复印件，办事指南里没有写")
	has(t, "a paper not listed: the leader", c.say("张三", "要带结婚证吗"), "办事指南里没有写这一点")
	c.wantReports(3, "follow-ups of 户口迁移, 残疾证")

	// privately the same: the leader hears nothing of it
	c.private("陈二", "户口迁移要带啥")
	got = c.private("陈二", "要回来开证明不")
	has(t, "private need", got, "陈二，【户口迁移】办理流程里写的：\n多数地方已实行\"一站式\"迁移，不用回原籍开迁移证")
	lacks(t, "private need", got, "李四: ", "【私信反映")
}

// TestCopyAskedRightAfter (appr98): 「要带原件吗」 right after a guide
// was told names no word of it and was silent (the reader reads a query):
// within the hour it is a further question of the item whose guide lists
// materials, told the line and that the guide does not say; later, chat.
func TestCopyAskedRightAfter(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "低保怎么申请")
	has(t, "soon", c.say("张三", "要带原件吗"), "张三就 #R1（低保怎么申请）又问：要带原件吗", "带齐材料：全家身份证", "要原件还是复印件，办事指南里没有写")
	c = newChat(t, understand.Rules{})
	c.say("张三", "低保怎么申请")
	c.now = c.now.Add(3 * time.Hour)
	silent(t, "later", c.say("张三", "要带原件吗"))
}

// TestCardAskedFindsTheCard (appr98): 「医保卡在哪领」 asks of the card,
// not of the 医保 scheme (main: 【城乡居民医保】去哪办). The card has its
// entry for a first application (社保卡申领) beside the one for a lost or
// broken card (补办). The card said as what one uses (「用医保卡看病能报多
// 少」) is not what is asked: the 医保 it pays by is.
func TestCardAskedFindsTheCard(t *testing.T) {
	// each question in a chat of its own: asked one after another, a
	// later one is a further question of the first's item (又问), and a
	// map's order is random
	for text, want := range map[string]string{
		"医保卡在哪领":     "【社保卡申领】办理流程里写的：\n去哪办：社保卡合作银行网点",
		"孩子的医保卡怎么办":  "【社保卡申领】怎么办：",
		"医保卡掉了怎么办":   "【社保卡补办】怎么办：",
		"社保卡坏了咋整":    "【社保卡补办】怎么办：",
		"用医保卡看病能报多少": "【医保报销】多少钱指南里没有写",
		"医保怎么交":      "【城乡居民医保】怎么办：",
		"刷医保卡买药能报销不": "【医保报销】",
	} {
		c := newChat(t, understand.Rules{})
		has(t, text, c.private("陈二", text), want)
	}
}

// TestLeaderNoteSaysPartTold (appr98): the leader's 【私信反映】 of a
// question answered with a part of its guide says which part (main: 「已
// 私信告诉陈二办理流程」 when only the materials were told); of one the
// guide lacks a part of (钱数), what was told and that the rest waits for
// his 答复 (main: only 「请私信我回复「确认 #R2」受理」).
func TestLeaderNoteSaysPartTold(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := c.private("陈二", "高龄补贴要带啥材料 多久能批")
	has(t, "parts", got, "李四: 【私信反映】陈二 反映 #R1（办事咨询）：高龄补贴要带啥材料 多久能批\n已私信告诉陈二指南里写的材料、时限（陈二只问了这几点，别的步骤还没说），不用回「确认」")
	got = c.private("陈二", "残疾证去哪办 一个月能领多少钱")
	has(t, "lacks", got, "已私信告诉陈二指南里写的去哪办；陈二问的钱数指南里没有写，请私信我回「答复 #R2 钱数」告诉陈二；要替陈二去办，请私信我回复「确认 #R2」受理")
	got = c.private("陈二", "低保怎么申请")
	has(t, "whole", got, "已私信告诉陈二办理流程，不用回「确认」")
}

// TestWalk98 (appr98, walked as villagers 12-07 → 12-09): 「俺家烧煤的 能领不」 right after the winter subsidy guide was
// silent (能领不 asked nothing the bot heard): whether his case may get
// it is the department's to judge, said so, the leader asked.
func TestWalk98(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("陈二", "冬天取暖补贴咋申请")
	has(t, "may I get it", c.say("陈二", "俺家烧煤的 能领不"), "陈二就 #R1（冬天取暖补贴咋申请）又问：俺家烧煤的 能领不",
		// the lines that say who gets it, then his case asked (appr103)
		"多数地方不用单独申请，按名单发", "您的情况够不够条件，办事指南里没有写，要核实后定，请负责人在群里答复陈二")

	// a day later, naming the procedure: its step still answers it
	c.say("周八", "户口迁移要带啥")
	c.now = c.now.Add(26 * time.Hour)
	got := c.say("周八", "户口迁移要回原籍开证明不")
	has(t, "named a day later", got, "周八，【户口迁移】办理流程里写的：\n多数地方已实行\"一站式\"迁移，不用回原籍开迁移证")
	lacks(t, "named a day later", got, "办事指南里没有写这一点", "@李四")
}
