package handlers_test

import (
	"testing"
	"time"

	"gridbot/understand"
)

// TestLostPaperAfterGuide (appr99): 「发票丢了咋办」 right after 医保报销
// quoted the materials line that lists 医院发票 as if it answered, the
// leader asked with no word that the guide says nothing of a lost one
// (main). It says so now, and whom else to ask; a paper lost that the
// guide's own lines tell of (残疾证换领's 遗失说明) is no such case.
func TestLostPaperAfterGuide(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "医保报销怎么弄")
	got := c.say("张三", "发票丢了咋办")
	has(t, "lost", got, "张三就 #R1（医保报销怎么弄）又问：发票丢了咋办", "医院发票", "丢了、找不到了怎么办，办事指南里没有写，请负责人在群里答复张三", "0123-5550111")
	c.private("陈二", "医保报销要带啥")
	has(t, "lost privately", c.private("陈二", "出院小结找不到了咋办"), "丢了、找不到了怎么办，办事指南里没有写")
	c.wantReports(2, "the two questions")
}

// TestHoursAskedAfterGuide (appr99): 「周六上班吗」 said privately right
// after 「残疾证怎么办」 was filed as a new 【村民提问】 the leader read
// with no context (main); in the group it was silent. Within the hour it
// is a further question of his item, told the 去哪办 line; another office
// named, or hours later, it is not.
func TestHoursAskedAfterGuide(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.private("陈二", "残疾证怎么办")
	got := c.private("陈二", "周六上班吗")
	has(t, "private", got, "李四: 【私信反映·又问】陈二就 #R1（残疾证怎么办）又问：周六上班吗", "去哪办：县残联")
	lacks(t, "private", got, "【村民提问】")
	c.say("张三", "残疾证怎么办")
	has(t, "group", c.say("张三", "那村委会中午有人在吗"), "张三就 #R2（残疾证怎么办）又问：那村委会中午有人在吗")
	c.wantReports(2, "the two 残疾证 questions")

	c = newChat(t, understand.Rules{})
	c.say("张三", "残疾证怎么办")
	lacks(t, "another office", c.say("张三", "派出所几点上班"), "又问")
	c.now = c.now.Add(3 * time.Hour)
	lacks(t, "later", c.say("张三", "周六上班吗"), "又问")
}

// TestMoneyOfAnotherEntry (appr99): 「残疾证去哪办 一个月能领多少钱」 found
// 残疾证, whose guide pays nothing out, and said only that its money was
// not in the guide (main); the money is 残疾人两项补贴's, whose steps send
// one to 残疾证 first: the reply points to it too.
func TestMoneyOfAnotherEntry(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := c.say("张三", "残疾证去哪办 一个月能领多少钱")
	has(t, "both", got, "去哪办：县残联", "能领的钱在另一项【残疾人两项补贴】里，要看怎么申请，在群里说「残疾人两项补贴怎么办」。")
	got = c.private("陈二", "残疾证去哪办 一个月能领多少钱")
	has(t, "both privately", got, "私信我说「残疾人两项补贴怎么办」")
	lacks(t, "a fee", c.private("周八", "医保一年交多少钱"), "另一项")
}

// TestWorkerAsksForElder (appr99): 王五's 「帮王奶奶问一下高龄补贴能领多
// 少」 told the leader 「要替王五去办」 (main): the item is 王奶奶's,
// recorded by 王五, as 代报 files it; a villager asking for a neighbour
// files his own.
func TestWorkerAsksForElder(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := c.private("王五", "帮王奶奶问一下高龄补贴能领多少")
	has(t, "leader", got, "李四: 【私信反映】王奶奶（王五代报）反映 #R1", "已私信告诉代报的王五", "要替王奶奶去办")
	lacks(t, "leader", got, "替王五")
	rep := c.reports()[0]
	if rep.Reporter != "王奶奶" || rep.Recorder != "王五" {
		t.Errorf("reporter %q recorder %q, want 王奶奶 and 王五", rep.Reporter, rep.Recorder)
	}
	c.say("张三", "帮王奶奶问一下低保怎么办")
	if rep := c.reports()[1]; rep.Reporter != "张三" || rep.Recorder != "" {
		t.Errorf("a villager's: reporter %q recorder %q, want 张三 and none", rep.Reporter, rep.Recorder)
	}
}

// TestDecemberGuides (appr99, walked 12-07 → 12-08): 「征兵报名怎么报」,
// 「我儿子想去当兵 征兵在哪报名」, 「返乡了想在家创业 有没有贷款」 and
// 「医保交到几号」 were silent; 「务工证明怎么开」 after 村里开证明 heard
// 「办事指南里没有写这一点」. The guide has 征兵报名 and 返乡创业担保贷款,
// 村里开证明 knows 务工证明, and a deadline asked reads as a question.
func TestDecemberGuides(t *testing.T) {
	for text, want := range map[string]string{
		"征兵报名怎么报":        "【征兵报名】怎么办：",
		"我儿子想去当兵 征兵在哪报名": "【征兵报名】办理流程里写的：\n去哪办：网上报名（全国征兵网）",
		"返乡了想在家创业 有没有贷款": "【返乡创业担保贷款】怎么办：",
		"务工证明怎么开":        "【村里开证明】怎么办：",
		"医保交到几号":         "【城乡居民医保】",
		"过年没钱取暖 有没有救助":   "【冬季取暖补贴】",
	} {
		c := newChat(t, guideReader(t))
		has(t, text, c.say("张三", text), want)
	}
}

// TestDeadlineAsked (appr99): in December 「医保交到几号」 heard the whole
// guide (11 lines) and 「过了年还能交吗」 after it 「办事指南里没有写这一
// 点」, though the guide's 时限 line tells both: a deadline or a late
// payment asks the 时限.
func TestDeadlineAsked(t *testing.T) {
	c := newChat(t, guideReader(t))
	got := c.say("陈二", "医保交到几号")
	has(t, "deadline", got, "【城乡居民医保】办理流程里写的：\n时限：每年集中缴费期交下一年的，多在9月到12月底")
	lacks(t, "deadline", got, "1. ")
	got = c.say("陈二", "今年的医保还没交 过了年还能交吗")
	has(t, "late", got, "过了集中缴费期再交，一般有待遇等待期")
	lacks(t, "late", got, "办事指南里没有写这一点")
}

// TestToldPartAskedAgain (appr99): 「低保批下来要多久」 privately after
// 「低保怎么申请」 (the whole guide, 时限 in it) asked 李四 to answer what
// the guide's line says (main, appr97's rule for a part told before). The
// guide answers it alone while the item waits for nobody; a part the
// guide lacks, or a question once the leader was asked, still goes to him.
func TestToldPartAskedAgain(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.private("陈二", "低保怎么申请")
	got := c.private("陈二", "低保批下来要多久")
	has(t, "again", got, "陈二，【低保】办理流程里写的：\n时限：一般受理后30个工作日内办结")
	lacks(t, "again", got, "李四: ")
	got = c.private("陈二", "要带原件吗")
	has(t, "unsaid", got, "李四: 【私信反映·又问】", "要原件还是复印件，办事指南里没有写")
	has(t, "now it waits", c.private("陈二", "低保多久能批"), "李四: 【私信反映·又问】")
}

// TestAidAskedPlainly (appr99): 「家里老人病了 冬天煤也买不起 能申请救助吗」
// named no entry (网格长会帮您问清楚, a list of five others): 申请救助 is
// the guide's 临时救助.
func TestAidAskedPlainly(t *testing.T) {
	c := newChat(t, guideReader(t))
	has(t, "aid", c.say("周八", "家里老人病了 冬天煤也买不起 能申请救助吗"), "【临时救助】")
}

// TestAskedForIsNoAnswer (appr99): 王五's 「帮王奶奶问一下高龄补贴要带啥」
// said right after 张三's waiting question was recorded as his answer
// to it (main: 「已记下王五的答复，#R1 现在「已答复」」): it is her question.
func TestAskedForIsNoAnswer(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "残疾证去哪办")
	c.say("张三", "周六上班吗")
	got := c.say("王五", "帮王奶奶问一下高龄补贴要带啥")
	lacks(t, "her question", got, "已记下王五的答复")
	has(t, "her question", got, "【高龄补贴】")
	if rep := c.reports()[1]; rep.Reporter != "王奶奶" || rep.Recorder != "王五" {
		t.Errorf("reporter %q recorder %q, want 王奶奶 and 王五", rep.Reporter, rep.Recorder)
	}
}
