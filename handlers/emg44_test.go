package handlers_test

import (
	"strings"
	"testing"
	"time"

	"gridbot/understand"
)

// TestScamAgainIsTheOpenScamsFlareUp: 「张三他妈又在给骗子转账了」 hours
// after 张三's scam alarm, while it is open, is that scam broken out again
// (险情又起: the duty chat and the group's cadres at once, with the scam's
// steps), in the group or told privately; not a general item, nor a second
// alarm. Another household's own scam (陈二's 「我爸…」) is a new alarm,
// not linked to the first.
func TestScamAgainIsTheOpenScamsFlareUp(t *testing.T) {
	for _, private := range []bool{false, true} {
		c := newChat(t, understand.Rules{})
		c.say("张三", "我妈正在给骗子转账 快来人")
		c.now = c.now.Add(2 * time.Hour)
		const again = "张三他妈又在给骗子转账了"
		var out []string
		if private {
			out = c.private("张三", again)
			has(t, "privately", out, "张三: #R1（青山村三组）险情又起", "96110反诈专线")
		} else {
			out = c.say("张三", again)
		}
		has(t, again, out, dutyChat+": 【突发补充·险情又起】青山村三组 #R1", grid3+": @李四\u2005@王五\u2005#R1 险情又起",
			"96110反诈专线", "请网格长马上给被骗的人打电话或上门找到他")
		lacks(t, again, out, "一般事项", "#R2")
		c.wantReports(1, "(the scam)")
		out = c.say("陈二", "我爸又在给骗子转账了")
		has(t, "another household's", out, dutyChat+": 【突发事件】青山村三组 #R2")
		lacks(t, "another household's", out, "前情", "#R1")
	}
}

// TestNumberAskedAloneOfAnOpenScam: 「该打什么电话」 alone in the group of an
// open scam is answered with its steps (96110, the bank), and that the
// duty chat knows; with a fire open too, each one's; with nothing open,
// or of another matter (「电费该打什么电话」), no emergency's steps.
func TestNumberAskedAloneOfAnOpenScam(t *testing.T) {
	c := newChat(t, understand.Rules{})
	lacks(t, "nothing open", c.say("陈二", "该打什么电话"), "96110", "119")
	c.say("张三", "我妈正在给骗子转账 快来人")
	out := c.say("陈二", "该打什么电话")
	has(t, "scam open", out, grid3+": 陈二，先别转账，正在转的马上停下；立即拨打110或96110反诈专线", "这件事已报告镇应急值班（#R1）")
	lacks(t, "scam open", out, dutyChat)
	lacks(t, "another matter", c.say("陈二", "电费该打什么电话"), "96110")
	c.say("王五", "后山着火了")
	has(t, "fire and scam", c.say("周八", "打什么电话啊"), "#R2（后山着火了）：火情请立即拨打119", "#R1（我妈正在给骗子转账 快来人）：先别转账",
		"这2件事都已报告镇应急值班（#R2、#R1）")
}

// TestBurnAtAnOpenFireIsNewsOfIt: 「有人被烧伤了 打什么电话」 while the
// group's fire is open is news of that fire: the duty chat hears it at
// once under #R1 with 120 to dispatch, the sender the 120 and the fire's
// 119; no second alarm. Asked or not, the group hears the 120. A fall
// elsewhere is still an alarm of its own.
func TestBurnAtAnOpenFireIsNewsOfIt(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "后山着火了")
	c.now = c.now.Add(time.Hour)
	out := c.say("王五", "有人被烧伤了 打什么电话")
	has(t, "burn", out, dutyChat+": 【突发补充】青山村三组 #R1", "有人烧伤：请同时调度120急救",
		grid3+": 王五，有人受伤或病危请立即拨打120，说清村名和路口。身上着火的别跑", "用流动的凉水冲15到20分钟", "伤得重的拨打120。火情请立即拨打119")
	if n := strings.Count(strings.Join(out, "\n"), "用流动的凉水冲"); n != 1 {
		t.Errorf("burn: the burn's first aid said %d times, want once (alarm89)", n)
	}
	lacks(t, "burn", out, "#R2")
	has(t, "smoke, unasked", c.say("周八", "有个老人被烟呛晕了"), dutyChat+": 【突发补充】青山村三组 #R1", grid3+": 周八，有人受伤或病危请立即拨打120")
	c.wantReports(1, "(the fire)")
	has(t, "a fall", c.say("赵六", "村口王奶奶摔倒了 起不来"), dutyChat+": 【突发事件】青山村三组 #R2")
}

// TestNotBreathingAskedWhatToDo: 「落水的人捞上来了 没气了 怎么办」 at an
// open drowning is answered in the group (it was only passed to the duty
// chat): 120, and chest compressions as 120 guides; 「怎么办啊」 alone gets
// the drowning's steps.
func TestNotBreathingAskedWhatToDo(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("陈二", "村东头河里有人落水了 快来人")
	out := c.say("赵六", "落水的人捞上来了 没气了 怎么办")
	has(t, "no breath", out, dutyChat+": 【突发补充】青山村三组 #R1", grid3+": 赵六，有人受伤或病危请立即拨打120", "按接线员的指导马上做胸外按压")
	has(t, "what to do, alone", c.say("周八", "怎么办啊"), grid3+": 周八，有人受伤或病危请立即拨打120", "不会水的别下水")
}

// TestDutyOfficerAsksHowTheHurtAre: 孙七's 「R1 伤者情况怎么样」 in the duty
// chat asks the grid (镇里问), not a 进展 recorded in his name.
func TestDutyOfficerAsksHowTheHurtAre(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "后山着火了")
	c.say("李四", "确认 #R1")
	out := c.in(dutyChat, "孙七", "R1 伤者情况怎么样")
	has(t, "asked", out, "【镇里问】")
	lacks(t, "asked", out, "进展已记录")
}

// TestFightHurtAndAgainAreItsNews: while the group's fight is an open
// emergency, 「打得好凶 有人头破了」 is news of it with 120 (no second
// alarm), 「110还是120」 is answered, and 「他们又打起来了」 is the fight
// broken out again (险情又起), not a quarrel filed for mediation. A fall
// at home is still an alarm of its own.
func TestFightHurtAndAgainAreItsNews(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("赵六", "村口小卖部门口两伙人打起来了 有人拿刀了 快报警")
	has(t, "hurt", c.say("陈二", "打得好凶 有人头破了 流了好多血"), dutyChat+": 【突发补充】青山村三组 #R1", "有人受伤：请同时调度120急救",
		grid3+": 陈二，有人受伤或病危请立即拨打120")
	has(t, "which number", c.say("周八", "该打什么电话 110还是120"), grid3+": 周八，治安情况请立即拨打110，有人受伤同时拨打120")
	c.now = c.now.Add(20 * time.Minute)
	out := c.say("张三", "他们又打起来了")
	has(t, "again", out, dutyChat+": 【突发补充·险情又起】青山村三组 #R1", grid3+": @李四\u2005@王五\u2005#R1 险情又起")
	lacks(t, "again", out, "调解")
	c.wantReports(1, "(the fight)")
	has(t, "a fall", c.say("王五", "王奶奶在院子里摔了 头破了"), dutyChat+": 【突发事件】青山村三组 #R2")
}
