package handlers_test

import (
	"strings"
	"testing"

	"gridbot/understand"
	"gridbot/village"
)

// fourFiled files four reports in the chat (R1-R4), each by a villager.
func fourFiled(t *testing.T, c *chat) {
	t.Helper()
	for i, m := range []struct{ from, text string }{
		{"张三", "上报 村口路灯不亮了"},
		{"陈二", "上报 后山垃圾堆没人清"},
		{"张三", "上报 村西水管漏水"},
		{"陈二", "上报 小桥栏杆坏了两块"},
	} {
		has(t, "report", c.say(m.from, m.text), "已登记 #R"+string(rune('1'+i)))
	}
}

// TestBatchRefusalSaidOnce: a villager's 确认 of four items is refused
// once, naming the four, not four times in one reply.
func TestBatchRefusalSaidOnce(t *testing.T) {
	c := newChat(t, understand.Rules{})
	fourFiled(t, c)
	got := c.say("张三", "确认 R1 R2 R3 R4")
	expect(t, "a villager's 确认 of four", got, grid3+": #R1 #R2 #R3 #R4：抱歉，「确认」需要本网格的网格长")
	if n := strings.Count(strings.Join(got, "\n"), "抱歉"); n != 1 {
		t.Errorf("refusal said %d times: %q", n, got)
	}
	c.wantStatuses(nil, village.StatusNew)
}

// TestNightEscalationsSayMorningOnce: items sent up to the township at
// night by one message are told sent up in one line, the morning's hour
// once, not once an item.
func TestNightEscalationsSayMorningOnce(t *testing.T) {
	c := newChat(t, understand.Rules{})
	fourFiled(t, c)
	has(t, "taken on", c.say("李四", "确认 R1 R2 R3 R4"), "已受理 4 件")
	c.now = clock(c.now, 0, 23, 0)
	got := c.say("李四", "上报镇 R1 R4 超期了 村里办不了")
	has(t, "both sent up", got, grid3+": #R1 #R4 已上报镇里协调处理（现在是夜里，明天早上7点再发过去），有进展会在群里告诉大家。")
	if n := strings.Count(strings.Join(got, "\n"), "早上7点"); n != 1 {
		t.Errorf("早上7点 said %d times: %q", n, got)
	}
	c.wantStatuses(map[string]village.Status{"R1": village.StatusEscalated, "R4": village.StatusEscalated}, village.StatusAccepted)
}

// TestDoneWordsSkipTheClosed: the leader's "R2、R3弄好了" with R3 closed
// already resolves R2, his, and says once that R3 was closed; his words
// about a closed item alone are not shown 进展 or 办结 but what is left
// (a new report), and of one resolved, its reporter's 未解决.
func TestDoneWordsSkipTheClosed(t *testing.T) {
	c := newChat(t, understand.Rules{})
	fourFiled(t, c)
	has(t, "taken on", c.say("李四", "确认 R1 R2 R3 R4"), "已受理 4 件")
	has(t, "R3 resolved", c.say("李四", "办结 R3 修好了"), "#R3 已办结")
	has(t, "R3 closed", c.say("张三", "满意 R3"), "#R3 已完结")
	got := c.say("李四", "R2、R3弄好了")
	expect(t, "R2 done, R3 said closed", got, grid3+": 按李四的话，#R2 已办结：弄好了。")
	has(t, "R3 said closed once", got, "\n#R3 已经完结，不用再办。")
	lacks(t, "no hint", got, "办结 #R2 #R3", "进展 #R3")
	c.wantStatuses(map[string]village.Status{"R2": village.StatusResolved, "R3": village.StatusClosed}, village.StatusAccepted)

	expect(t, "a worker's note on the closed one", c.say("王五", "R3 看了一下 又有点渗水"),
		grid3+": #R3 已经完结，不能再记进展；要是又出了问题，请重新「上报」登记一件新的。")
	expect(t, "a worker's note on the resolved one", c.say("王五", "R2 看了一下 还剩一点"),
		grid3+": #R2 已办结，在等陈二确认；没解决请陈二回「未解决 #R2 原因」。")
	expect(t, "the handler's done words on the resolved one", c.say("李四", "R2 弄好了"),
		grid3+": #R2 已办结，在等陈二确认，不用再办。")
	c.wantStatuses(map[string]village.Status{"R2": village.StatusResolved, "R3": village.StatusClosed}, village.StatusAccepted)
}

// TestWorkerWentToSee: a grid worker's words about an item he went to see
// ("R4 我去看过了 确实坏了两块") are its 进展, whoever handles it: recorded
// and answered briefly, not left in silence as "我去…" taking on one
// taken on already.
func TestWorkerWentToSee(t *testing.T) {
	c := newChat(t, understand.Rules{})
	fourFiled(t, c)
	has(t, "taken on", c.say("李四", "确认 R1 R2 R4"), "已受理 3 件")
	got := c.say("王五", "R4 我去看过了 确实坏了两块")
	expect(t, "the worker's visit", got, grid3+": 按王五的话，#R4 进展已记录")
	r4 := c.reports()[3]
	if last := r4.History[len(r4.History)-1]; last.Action != village.ActProgress || last.By != "王五" || last.Note != "我去看过了 确实坏了两块" {
		t.Errorf("R4's last entry %+v", last)
	}
	has(t, "one nobody took on is still the leader's to take", c.say("王五", "R3 我去看过了 水管接头松了"), "王五，要受理 #R3")
	has(t, "the leader who went to see one takes it on", c.say("李四", "R3 我去看过了 水管接头松了"), "#R3 已受理，由李四负责")
}

// TestVillagerSaysSettledNotDone: "垃圾还在呢 没拉走" about an item of the
// grid resolved lately: its reporter's words are his 未解决; a bystander's
// change nothing, its handlers are asked to look (their 未解决 reopens it).
// Of an item closed, which stays closed, anyone's such words are a new
// report linked to it.
func TestVillagerSaysSettledNotDone(t *testing.T) {
	c := newChat(t, understand.Rules{})
	fourFiled(t, c)
	has(t, "taken on", c.say("李四", "确认 R1 R2 R3 R4"), "已受理 4 件")
	has(t, "R2 resolved", c.say("李四", "办结 R2 垃圾清走了"), "#R2 已办结")
	expect(t, "a bystander on the resolved one", c.say("金大海", "垃圾还在呢 没拉走"),
		grid3+": 谢谢金大海告知。#R2（后山垃圾堆没人清）3月2日办结了，在等陈二确认。\n@李四\u2005请去看看：确实没办好，请回「未解决 #R2 情况」重新打开接着办。")
	c.wantStatuses(map[string]village.Status{"R2": village.StatusResolved}, village.StatusAccepted)
	got := c.say("李四", "未解决 #R2 还剩一堆 明天再拉")
	has(t, "the leader's 未解决 reopens it", got, "#R2 已重新打开")
	lacks(t, "he is not @-asked to go on", got, "@李四")
	has(t, "resolved again", c.say("李四", "办结 R2 都拉走了"), "#R2 已办结")
	has(t, "the reporter's own words are his 未解决", c.say("陈二", "垃圾还在呢 没拉走"), "#R2 已重新打开")
	has(t, "resolved once more", c.say("李四", "办结 R2 这回全拉走了"), "#R2 已办结")
	has(t, "closed", c.say("陈二", "满意 R2"), "#R2 已完结")
	got = c.say("金大海", "垃圾还在呢 没拉走")
	has(t, "a bystander on the closed one files a linked report", got, "已登记 #R5（一般事项·环境卫生）：垃圾还在呢 没拉走", "说的是 #R2 那件事（3月2日已完结）又没办好")
	if r5 := c.reports()[4]; r5.Recurs != "R2" || r5.Reporter != "金大海" {
		t.Errorf("R5 recurs %q, reporter %q", r5.Recurs, r5.Reporter)
	}
	c.wantStatuses(map[string]village.Status{"R2": village.StatusClosed, "R5": village.StatusNew}, village.StatusAccepted)
	// no dispute: its link is worded as the same matter, not a quarrel
	got = c.say("金大海", "查 #R5")
	has(t, "查 shows the link", got, "前情：同一件事 #R2 办结过，这次又有人反映")
	lacks(t, "查: no dispute", got, "纠纷", "调解")
	got = c.say("李四", "上报镇 #R5 垃圾车来不了")
	has(t, "the township sees the link", got, "前情：同一件事 #R2 办结过，这次又有人反映（发「查 #R2」看上次怎么办的）")
	lacks(t, "上报镇: no dispute", got, "纠纷", "调解")
}

// TestNotDoneWordsGoToTheirThing: "水管还在漏呢" from the reporter of a
// lamp waiting for his answer, while the pipe another villager reported
// was resolved, is news of the pipe for its handlers, not his 未解决 of
// the lamp.
func TestNotDoneWordsGoToTheirThing(t *testing.T) {
	c := newChat(t, understand.Rules{})
	fourFiled(t, c) // R1 lamp (张三), R3 pipe (张三)
	has(t, "taken on", c.say("李四", "确认 R1 R2 R3 R4"), "已受理 4 件")
	has(t, "R4 resolved", c.say("李四", "办结 R4 换了新栏杆"), "#R4 已办结")
	has(t, "R3 resolved", c.say("李四", "办结 R3 修好了"), "#R3 已办结")
	has(t, "R1 resolved", c.say("李四", "办结 R1 换了灯泡"), "#R1 已办结")
	expect(t, "陈二 of the pipe", c.say("陈二", "水管还在漏呢"),
		grid3+": 谢谢陈二告知。#R3（村西水管漏水）3月2日办结了，在等张三确认。\n@李四\u2005请去看看：确实没办好，请回「未解决 #R3 情况」重新打开接着办。")
	c.wantStatuses(map[string]village.Status{"R2": village.StatusAccepted}, village.StatusResolved)
}
