package handlers_test

import (
	"slices"
	"testing"

	"gridbot/bot"
	"gridbot/understand"
	"gridbot/village"
)

// TestAnswerTakenBackFilesOwnMatter: a leader's 「不是答复」 after his
// private words were taken as his answer to the township's question says
// they were a matter of their own: read as a report sure enough, they are
// filed at once (not compared with the item he took them back from), the
// take-back riding in the same round trip; read less surely, he is asked
// once (「1」 files them); read as neither, he is shown how to file them.
func TestAnswerTakenBackFilesOwnMatter(t *testing.T) {
	for _, tc := range []struct {
		name, words string
		want        []string // in his reply
		unwanted    []string
		filed       bool // #R2 filed at once
	}{
		{name: "report", words: "王家门前那盏路灯也坏了", filed: true,
			want:     []string{"李四: 已登记 #R2（一般事项·道路交通）：王家门前那盏路灯也坏了", "李四: 已撤回给镇里的答复"},
			unwanted: []string{"是同一件事吗", "「上报 王家门前那盏路灯也坏了」"}},
		{name: "unsure", words: "王家门口的路有点滑",
			want:     []string{"我理解为", "回复「1」登记", "李四: 已撤回给镇里的答复"},
			unwanted: []string{"已登记 #R2", "「上报 王家门口的路有点滑」"}},
		{name: "no report", words: "明天上午开会",
			want:     []string{"李四: 已撤回给镇里的答复", "「上报 明天上午开会」"},
			unwanted: []string{"已登记 #R2", "我理解为"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := lampAskedOfLeader(t)
			has(t, "forwarded", c.private("李四", tc.words), "已转给镇里（答复孙七的提问）")
			got := c.private("李四", "不是答复")
			has(t, "taken back", got, slices.Concat(tc.want, []string{officeChat + ": 【青山村三组】#R1（一般事项）李四撤回了刚才的答复"})...)
			lacks(t, "taken back", got, tc.unwanted...)
			if _, ok := c.reports()[0].OpenAsk(); !ok {
				t.Fatalf("the question does not wait again: %q", got)
			}
			if n := len(c.reports()); tc.filed != (n == 2) {
				t.Fatalf("%d reports after 不是答复, filed %v", n, tc.filed)
			}
			if tc.name == "unsure" {
				has(t, "filed", c.private("李四", "1"), "已登记 #R2")
				if _, ok := c.reports()[0].OpenAsk(); !ok {
					t.Fatal("filing the matter answered the question")
				}
			}
		})
	}
}

// TestAnswerTakenBackOneRoundTrip: the take-back rides with the filing
// of his words (or with the question asking about them): one round trip
// once the process has pipelined before (a new pool connection's
// handshake counts).
func TestAnswerTakenBackOneRoundTrip(t *testing.T) {
	c := lampWithTownship(t)
	for i, words := range []string{"王家门口的路有点滑", "王家门口的路有点滑", "王家门前那盏路灯也坏了"} {
		c.in(officeChat, "孙七", "#R1 电工联系上了吗？")
		has(t, "forwarded", c.private("李四", words), "已转给镇里（答复孙七的提问）")
		trips, got := c.counted(bot.Message{Private: true, From: "李四", Text: "不是答复"})
		has(t, "taken back", got, "李四: 已撤回给镇里的答复")
		if i > 0 && trips != 1 {
			t.Errorf("%s taken back: %d round trips, want 1: %q", words, trips, got)
		}
		c.private("李四", "2")
	}
	if n := len(c.reports()); n != 2 {
		t.Fatalf("%d reports, want the lamp filed (2)", n)
	}
}

// TestOtherThingSamePlaceNotProgress: with the 村口 lamp in hand, a
// cadre's 「村口垃圾堆满了，已经联系保洁了」 is another matter at the same
// place: filed as one, not the lamp's 进展; words that may be either
// (「村口的井盖也没了，已经联系村委了」, same category, another thing) are
// asked about once; the lamp's own words and its power's (「电工说是电线
// 断了，明天来修」) stay its 进展.
func TestOtherThingSamePlaceNotProgress(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "filed", c.say("张三", "村口的路灯不亮了，晚上黑漆漆的"), "#R1")
	c.say("李四", "确认 #R1")
	c.say("李四", "指派 #R1 王五")

	got := c.say("王五", "村口垃圾堆满了，已经联系保洁了")
	has(t, "another matter", got, "已登记 #R2（一般事项·环境卫生）")
	lacks(t, "another matter", got, "#R1 进展已记录")

	got = c.say("王五", "村口的井盖也没了，已经联系村委了")
	has(t, "either", got, "是 #R1（村口的路灯不亮了，晚上黑漆漆的）的进展吗？")
	lacks(t, "either", got, "#R1 进展已记录", "已登记")
	has(t, "another", c.say("王五", "2"), "已登记 #R3")

	has(t, "the lamp's power", c.say("王五", "电工说是电线断了，明天来修"), "#R1 进展已记录：电工说是电线断了，明天来修")
	for _, e := range c.reports()[0].History {
		if e.Action == village.ActProgress && e.Note != "电工说是电线断了，明天来修" {
			t.Errorf("the lamp's progress: %q", e.Note)
		}
	}
}

// TestPrivateOtherThingBesideTownshipQuestion: 「村口的井盖也没了」 said
// privately while the township asks after 村口's lamp names the same
// place and category but another thing: a report, not the answer.
func TestPrivateOtherThingBesideTownshipQuestion(t *testing.T) {
	c := lampAskedOfLeader(t)
	got := c.private("李四", "村口的井盖也没了")
	lacks(t, "another thing", got, "答复孙七")
	inChatLacks(t, "another thing", got, officeChat, "井盖")
	if _, ok := c.reports()[0].OpenAsk(); !ok {
		t.Fatalf("the cover answered the township's question: %q", got)
	}
}

// TestLeaderDayWithPhotosAndTypos: a worker's visit told with a photo is
// the ditch's 进展 with the photo kept; 「办节」 quoting the bot's message
// about the lamp is shown as 「办结 #R1 …」; a leader's private report is
// not sent to himself as another's; a bare 「办结 换了新井盖」 from the one
// who handles several resolves the one whose thing it names.
func TestLeaderDayWithPhotosAndTypos(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "上报 村口路灯坏了")
	c.say("陈二", "上报 后山那条水沟堵了，下雨水都漫到路上了")
	c.say("王五", "上报 我家门口那个井盖被压碎了")
	c.say("李四", "确认 #R1")
	c.say("李四", "确认 #R3")
	c.say("李四", "R2 王五你去看下")

	got := c.send(bot.Message{Chat: grid3, From: "王五", Text: "去看了，沟里全是淤泥和树枝，下午叫人来挖", Images: []string{"ditch.jpg"}})
	has(t, "visit", got, "#R2 进展已记录：去看了，沟里全是淤泥和树枝，下午叫人来挖（附照片 1 张）")
	if imgs := c.reports()[1].Images; !slices.Equal(imgs, []string{"ditch.jpg"}) {
		t.Errorf("the ditch's photos: %q", imgs)
	}

	got = c.send(bot.Message{Chat: grid3, From: "李四", Text: "办节 换了灯泡，已经亮了",
		Quote: &bot.Quote{Name: "网格小助手", Text: "#R1 已受理，由李四负责，预计3月5日前办结。"}})
	has(t, "typo quoting", got, "「办节」不是口令，您是想发「办结 #R1 换了灯泡，已经亮了」吗？")
	if r := c.reports()[0]; r.Status != village.StatusAccepted {
		t.Fatalf("the typo changed #R1: %s", r.Status)
	}
	lacks(t, "a villager's words", c.send(bot.Message{Chat: grid3, From: "张三", Text: "进度？",
		Quote: &bot.Quote{Name: "网格小助手", Text: "#R1 已受理，由李四负责，预计3月5日前办结。"}}), "不是口令")

	got = c.say("李四", "办结 换了新井盖")
	has(t, "bare 办结", got, "#R3 已办结：换了新井盖")
	if r := c.reports()[0]; r.Status != village.StatusAccepted {
		t.Fatalf("the bare 办结 changed #R1: %s", r.Status)
	}
	has(t, "bare 办结 of none named", c.say("李四", "办结 都弄好了"), "请写上编号")

	got = c.private("李四", "村西头垃圾堆满了好几天没人清")
	has(t, "his own", got, "李四: 已登记 #R4", "您是网格长，上报即由您受理，不用再「确认」")
	lacks(t, "his own", got, "【私信反映】", "已私下转给网格长李四")
}

// TestQuotedWaitNews: the reporter's 「老刘回来了，今天又在放音响」
// quoting the pause of his quarrel is news of what it waits for, as it is
// unquoted: its handlers hear it, he hears they know.
func TestQuotedWaitNews(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "我家隔壁老刘天天晚上放音响，吵得睡不着")
	c.say("李四", "确认 #R1")
	has(t, "paused", c.say("李四", "R1 老刘出门打工了，等他过年回来再当面谈"), "已暂停计时")
	got := c.send(bot.Message{Chat: grid3, From: "张三", Text: "老刘回来了，今天又在放音响",
		Quote: &bot.Quote{Name: "网格小助手", Text: "#R1（调解事项）暂停计时，等当事人，详情已私信告知当事人。"}})
	has(t, "news", got, "收到，已转告负责人李四", "李四: 【等待的事有消息】#R1")
}
