package handlers_test

import (
	"slices"
	"testing"
	"time"

	"gridbot/understand"
	"gridbot/village"
)

// tenFires is a chat where ten fires of 三组 are open, #R1 (后山竹林)
// oldest to #R10 (桥头小卖部) newest, twenty minutes apart.
func tenFires(t *testing.T) *chat {
	t.Helper()
	c := newChat(t, understand.Rules{})
	places := []string{"后山竹林", "村口仓库", "东头柴房", "西头草垛", "北边牛棚", "祠堂后面", "学校旁边", "晒谷场边", "水库边上", "桥头小卖部"}
	for i, p := range places {
		c.now = c.now.Add(20 * time.Minute)
		c.say([]string{"张三", "陈二", "周八"}[i%3], "快来人 "+p+"着火了")
	}
	c.wantReports(10, "ten fires")
	return c
}

// TestSceneWhichSaysTheTrueCount: with ten fires open, 李四's plain news
// lists nine, says there are ten and how to write the tenth (which74: it
// listed the five newest and said 「本组有5件」); 「大火基本灭了」 numbered
// for one digit, 「火灭了」 (a 办结, which asks the reporter) typed.
func TestSceneWhichSaysTheTrueCount(t *testing.T) {
	c := tenFires(t)
	expect(t, "going", c.say("李四", "大火基本灭了"), grid3+": 李四，本组有10件突发事件没办结，您说的「大火基本灭了」是哪一件？请回复数字："+
		"\n「1」#R10 快来人 桥头小卖部着火了\n「2」#R9 快来人 水库边上着火了\n「3」#R8 快来人 晒谷场边着火了\n「4」#R7 快来人 学校旁边着火了"+
		"\n「5」#R6 快来人 祠堂后面着火了\n「6」#R5 快来人 北边牛棚着火了\n「7」#R4 快来人 西头草垛着火了\n「8」#R3 快来人 东头柴房着火了"+
		"\n「9」#R2 快来人 村口仓库着火了\n回「1」就记到 #R10 上，和发「进展 #R10 大火基本灭了」一样。"+
		"\n还有1件没列出，请直接写编号，如「进展 #R1 大火基本灭了」。")
	expect(t, "over", c.say("李四", "火灭了"), grid3+": 李四，本组有10件突发事件没办结："+
		"\n#R10 快来人 桥头小卖部着火了\n#R9 快来人 水库边上着火了\n#R8 快来人 晒谷场边着火了\n#R7 快来人 学校旁边着火了"+
		"\n#R6 快来人 祠堂后面着火了\n#R5 快来人 北边牛棚着火了\n#R4 快来人 西头草垛着火了\n#R3 快来人 东头柴房着火了\n#R2 快来人 村口仓库着火了"+
		"\n您说的是哪件？请回复「办结 #编号 火灭了」，例如：办结 #R10 火灭了，我会请报告人确认。"+
		"\n还有1件没列出，请直接写编号，如「办结 #R1 火灭了」。")
	c.wantStatuses(nil, village.StatusNew)
	has(t, "the one left out, written", c.say("李四", "进展 #R1 大火基本灭了"), "#R1", "大火基本灭了")
	if r1 := c.reports()[0]; r1.ID != "R1" || r1.Status == village.StatusNew {
		t.Errorf("%s is %s, want the 进展 recorded", r1.ID, r1.Status)
	}
}

// elevenFresh is a chat where eleven reports wait for 确认, #R1 (桥头下水道)
// oldest to #R11 (村口路灯) newest.
func elevenFresh(t *testing.T) *chat {
	t.Helper()
	c := newChat(t, understand.Rules{})
	things := []string{"桥头下水道堵了", "后山机耕路塌了一段", "学校门口井盖丢了", "祠堂屋顶漏雨了", "水库边护栏断了",
		"晒谷场电线垂下来了", "村委会门口水管爆了", "东头垃圾站满了", "西头路灯杆歪了", "南坡水渠堵了", "村口路灯不亮了"}
	for i, s := range things {
		c.say([]string{"张三", "陈二", "周八"}[i%3], "上报 "+s)
	}
	c.wantReports(11, "eleven fresh")
	return c
}

// TestAssignAndAcceptWhichSayTheTrueCount: with eleven reports waiting,
// the leader's 「王五你去看看」 and 「好的 我下午过去」 list nine and say
// eleven wait, with the tenth written out (which74: five listed, 「最近有5件」).
func TestAssignAndAcceptWhichSayTheTrueCount(t *testing.T) {
	c := elevenFresh(t)
	nine := "\n「1」#R11 村口路灯不亮了\n「2」#R10 南坡水渠堵了\n「3」#R9 西头路灯杆歪了\n「4」#R8 东头垃圾站满了\n「5」#R7 村委会门口水管爆了" +
		"\n「6」#R6 晒谷场电线垂下来了\n「7」#R5 水库边护栏断了\n「8」#R4 祠堂屋顶漏雨了\n「9」#R3 学校门口井盖丢了"
	expect(t, "assign", c.say("李四", "王五你去看看"), grid3+": 李四，最近有11件新事项还没受理，要交给王五的是哪一件？请回复数字："+nine+
		"\n回「1」就把 #R11 指派给王五，和发「指派 #R11 王五」一样。\n还有2件没列出，请直接写编号，如「指派 #R2 王五 去看看」。")
	expect(t, "accept", c.say("李四", "好的 我下午过去"), grid3+": 李四，最近有11件新事项还没受理，您接手的是哪一件？请回复数字："+nine+
		"\n回「1」就由您受理 #R11，和发「确认 #R11」一样。\n还有2件没列出，请直接写编号，如「确认 #R2 下午过去」。")
	c.wantStatuses(nil, village.StatusNew)
}

// TestApprovePickSaysTheRest: with eleven claims waiting, a scorer's bare
// 「同意」 numbers nine, those of his group first, and says two more with
// the tenth's 「同意 #C…」 (which74: five were listed, and 「还有别的」 was
// never said).
func TestApprovePickSaysTheRest(t *testing.T) {
	c := elevenClaims(t)
	got := c.say("赵六", "同意")
	has(t, "nine listed", got, "请问同意哪一项？请回复数字：\n「1」#C9 周八户·周八「参加义务劳动、集体劳动」 5–10分（要给分）",
		"「9」#C1 张三户·张三「参加村庄环境卫生整治」 5分\n回「1」就和发「同意 #C9」一样；几项都同意请发「都同意」。要给分的可以直接发「同意 #C9 分数」。"+
			"\n还有2项没列出，请直接写编号，如「同意 #C11」。")
	lacks(t, "nine listed", got, "「10」", "#C10 ", "还有别的")
	has(t, "with his score", c.say("赵六", "同意 6分"), "回「1」就和发「同意 #C9 6」一样", "还有2项没列出，请直接写编号，如「同意 #C11 6」。")
}

// TestWhichNarrowsToWhatWordsName: scene news and a leader's sending
// words narrow the items they may be of as a cadre's 进展 does
// (meantAmong; which74): the emergency whose reporter they name, the
// quarrel of 「两家」, the item his words name by its party; the cadre
// sent is no party they name.
func TestWhichNarrowsToWhatWordsName(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("陈二", "我爸突然晕倒了 叫不醒 快来人")
	c.say("张三", "快来人 后山着火了")
	expect(t, "scene: the one whose reporter is named", c.say("李四", "陈二他爸已经送医院了"),
		grid3+": 按李四的话，#R1 已受理，由李四负责，进展已记录：陈二他爸已经送医院了\n可发「查 #R1」看全部记录。",
		dutyChat+": 【青山村三组】#R1（突发事件）李四 进展：陈二他爸已经送医院了，现在「处理中」。")
	c.wantStatuses(map[string]village.Status{"R1": village.StatusInProgress}, village.StatusNew)

	c = newChat(t, understand.Rules{})
	c.say("陈二", "我家隔壁的狗天天晚上叫 吵得睡不着 跟他说了也不管")
	c.say("张三", "上报 村口路灯不亮了")
	c.say("周八", "上报 超市后面水沟堵了")
	expect(t, "assign: the quarrel", c.say("李四", "王五你去看看 让两家别再闹了"),
		grid3+": #R1 已受理并指派给王五，现由李四、郑十、王五负责，预计3月9日前办结。@王五\u2005请跟进，办好后回复「办结 #R1 处理情况」。")
	if r1 := c.reports()[0]; !slices.Contains(r1.Handlers, "王五") {
		t.Errorf("R1 handlers %v, want 王五 among them", r1.Handlers)
	}
	c.wantStatuses(map[string]village.Status{"R1": village.StatusAccepted}, village.StatusNew)

	c = newChat(t, understand.Rules{})
	c.say("王五", "上报 我家门口水管漏水")
	c.say("张三", "上报 村口路灯不亮了")
	expect(t, "assign: the cadre sent is no party named", c.say("李四", "王五你去看看"),
		grid3+": 李四，最近有2件新事项还没受理，要交给王五的是哪一件？请回复数字：\n「1」#R2 村口路灯不亮了\n「2」#R1 我家门口水管漏水\n回「1」就把 #R2 指派给王五，和发「指派 #R2 王五」一样。")
	c.wantStatuses(nil, village.StatusNew)

	c = newChat(t, understand.Rules{})
	c.say("陈二", "我家隔壁的狗天天晚上叫 吵得睡不着 跟他说了也不管")
	c.say("张三", "上报 村口路灯不亮了")
	c.say("李四", "确认 #R1")
	c.say("李四", "确认 #R2")
	expect(t, "handover: the one whose party is named", c.say("李四", "陈二那边我去不了 让王五去吧"),
		grid3+": #R1 已指派给王五，现由李四、郑十、王五负责，预计3月9日前办结。@王五\u2005请跟进，办好后回复「办结 #R1 处理情况」。")
	if r1, r2 := c.reports()[0], c.reports()[1]; !slices.Contains(r1.Handlers, "王五") || slices.Contains(r2.Handlers, "王五") {
		t.Errorf("handlers R1 %v R2 %v, want 王五 on R1 alone", r1.Handlers, r2.Handlers)
	}
}
