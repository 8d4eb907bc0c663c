package handlers_test

import (
	"testing"
)

// TestElderCannotUsePhone (appr102): 王五's 「她自己不会弄手机」 right after
// the 认证 question he passed on for 王奶奶 was silent (main): the leader
// never heard that the guide's phone ways do not serve her. It is told on
// her item: the leader is @-ed with the guide's lines for one without a
// phone, and asked to send someone to do it with her. Said with no item
// asked within the hour, it is left alone.
func TestElderCannotUsePhone(t *testing.T) {
	c := newChat(t, guideReader(t))
	c.say("王五", "王奶奶问高龄补贴今年认证了没有")
	got := c.say("王五", "她自己不会弄手机")
	has(t, "told on", got, "@李四\u2005王五就 #R1（王奶奶问高龄补贴今年认证了没有）说：她自己不会弄手机",
		"不会用手机的，找村里的社保协办员帮忙认证", "王奶奶不会用手机，请负责人安排协办员或网格员帮王奶奶办")
	lacks(t, "told on", got, "已记下王五的答复", "办事指南里没有写")
	c.wantReports(1, "after 不会弄手机")
	if rep := c.reports()[0]; !rep.AwaitsAnswer() {
		t.Errorf("#R1 status %q: still awaits the leader's answer", rep.Status)
	}
	// privately, of his own item: the leader hears it privately
	c.private("陈二", "养老金资格认证怎么弄")
	has(t, "private", c.private("陈二", "我没有智能手机"), "【私信反映·又问】陈二就 #R2（养老金资格认证怎么弄）说：我没有智能手机",
		"陈二不会用手机，请安排协办员或网格员上门帮陈二办，办好告诉陈二")
	silent(t, "no item", newChat(t, guideReader(t)).say("张三", "俺娘不会用手机"))
	// a guide with no line for one without a phone: its 代办 lines
	c = newChat(t, guideReader(t))
	c.say("张三", "俺娘想办个残疾证咋弄")
	has(t, "代办", c.say("张三", "她不会用手机"), "乡镇或村委会可代办", "张三不会用手机")
}

// TestBackPayAsked (appr102): 「养老保险断交了两年 还能补交不」 heard the 时
// 限 line (the year's deadline), not the note that says whether missed
// years may be paid. The line telling of years missed answers it; a guide
// with none (or the year's own payment late) keeps the 时限.
func TestBackPayAsked(t *testing.T) {
	got := newChat(t, guideReader(t)).say("张三", "养老保险断交了两年 还能补交不")
	has(t, "note", got, "【城乡居民养老保险】办理流程里写的：", "断交的年份能不能补交按本县政策")
	lacks(t, "note", got, "时限：")
	got = newChat(t, guideReader(t)).say("张三", "医保断了一年 能补上吗")
	has(t, "医保", got, "已登记 #R1", "【城乡居民医保】办理流程里写的：", "断交过再交的有待遇等待期")
	got = newChat(t, guideReader(t)).say("张三", "养老保险断了几年 还能补不")
	has(t, "断了几年", got, "【城乡居民养老保险】", "断交的年份能不能补交")
	lacks(t, "断了几年", got, "安全隐患")
	got = newChat(t, guideReader(t)).say("张三", "今年的医保还没交 过了年还能交吗")
	has(t, "this year late", got, "时限：")
}

// TestDeadlineInTime (appr102): 「今年医保还没交 31号之前还来得及不」 heard
// the whole guide, and 「31号之前还来得及不」 after 「医保怎么交」 was silent.
// A date asked in time is the 时限 asked: the first hears that line, the
// further one the line with its handlers asked (the local date is theirs
// to say). 「还来得及不」 with no date keeps the whole guide (ask65).
func TestDeadlineInTime(t *testing.T) {
	got := newChat(t, guideReader(t)).say("王五", "今年医保还没交 31号之前还来得及不")
	has(t, "first", got, "【城乡居民医保】办理流程里写的：", "时限：")
	lacks(t, "first", got, "带齐材料")
	c := newChat(t, guideReader(t))
	c.say("张三", "医保怎么交")
	got = c.say("张三", "31号之前还来得及不")
	has(t, "further", got, "张三就 #R1（医保怎么交）又问：31号之前还来得及不", "时限：")
	c.wantReports(1, "after the further question")
}

// TestParcelIsNoFollowUp (appr102): 「快递要本人去取吗」 within the hour of
// his 残疾证年审 question was answered with that guide's 代办 lines
// (main): a parcel is a matter of its own, not who goes for his paper.
func TestParcelIsNoFollowUp(t *testing.T) {
	c := newChat(t, guideReader(t))
	c.say("陈二", "残疾证怎么办")
	silent(t, "parcel", c.say("陈二", "快递要本人去取吗"))
	has(t, "still his", c.say("陈二", "要本人去吗"), "乡镇或村委会可代办")
}

// TestDisabilityCardReview (appr102): 「残疾证年审在哪弄」 heard the first
// application's steps (no entry for 年审). The guide's 残疾证年审 answers.
func TestDisabilityCardReview(t *testing.T) {
	for _, text := range []string{"残疾证年审在哪弄", "残疾证每年审 要带啥"} {
		got := newChat(t, guideReader(t)).say("陈二", text)
		has(t, text, got, "【残疾证年审】")
		lacks(t, text, got, "填残疾人证申请表")
	}
	has(t, "first application", newChat(t, guideReader(t)).say("陈二", "残疾证怎么办"), "【残疾证】怎么办")
}

// TestHomecomingAskedWindingly (appr102): 「过年回来的 是不是要去村里登记」
// was silent (the keyword 回来要去村里登记 split by 的 and 是不是). Coming
// home with registering asked a few words on is 返乡人员登记; registering
// of another matter is not.
func TestHomecomingAskedWindingly(t *testing.T) {
	for _, text := range []string{"过年回来的 是不是要去村里登记", "在外面打工的 回家过年用不用去村里报备", "过年回来要去村里登记吗"} {
		has(t, text, newChat(t, guideReader(t)).say("周八", text), "【返乡人员登记】", "一般不用专门到村里登记")
	}
	lacks(t, "marriage", newChat(t, guideReader(t)).say("周八", "结婚回来要去登记吗"), "【返乡人员登记】")
}

// TestWhenPaidOutFirst (appr102, walked 12-08): 「取暖补贴今年啥时候发」
// heard the whole 11-line guide; when it is paid is its 时限 line. The
// day of the month (「几号到账」) is not in the guide: after a guide it is
// still the handlers' (TestProcedureFollowUpOfOtherMatter).
func TestWhenPaidOutFirst(t *testing.T) {
	got := newChat(t, guideReader(t)).say("张三", "取暖补贴今年啥时候发")
	has(t, "time", got, "【冬季取暖补贴】办理流程里写的：", "时限：一般每年入冬前后集中发一次")
	lacks(t, "time", got, "带齐材料")
	// 「她走不动 能上门不」 of a guide whose lines say 代办 but nobody
	// coming: the lines, and the grid's worker asked to come, the leader
	// told (appr105)
	c := newChat(t, guideReader(t))
	c.say("陈二", "俺娘的残疾证到期了 咋换")
	has(t, "home visit", c.say("陈二", "她走不动 能上门不"), "@李四", "@王五", "镇、村可代办", "请王五联系陈二，约个时间上门")
}
