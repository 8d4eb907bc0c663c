package handlers_test

import (
	"testing"
	"time"

	"gridbot/bot"
	"gridbot/understand"
	"gridbot/village"
)

// kind64Collapse is a matter the rules raise as an emergency that its
// leader may find ordinary.
const kind64Collapse = "这是我家门口的路 塌了一块"

// kind64Item is report id of the chat.
func kind64Item(t *testing.T, c *chat, id string) village.Report {
	t.Helper()
	for _, rep := range c.reports() {
		if rep.ID == id {
			return rep
		}
	}
	t.Fatalf("no %s", id)
	return village.Report{}
}

// TestLeaderJudgesEmergencyOrdinary: the leader's 「#R1 不是什么大事 …」
// on an alarm nobody confirmed makes it an ordinary item (改为一般) in one
// round trip: taken on by its handlers, on general's deadline from now,
// its history kept; the duty chat hears one line; the group hears what
// happens next. The typed 「改为一般 #R1」 and the words quoting the alarm
// do the same.
func TestLeaderJudgesEmergencyOrdinary(t *testing.T) {
	for _, tc := range []struct {
		name string
		m    bot.Message
	}{
		{"numbered words", bot.Message{Chat: grid3, From: "李四", Text: "#R1 不是什么大事 就是路边塌了一小块 明天找人填一下"}},
		{"typed command", bot.Message{Chat: grid3, From: "李四", Text: "改为一般 #R1 明天找人填一下"}},
		{"words quoting the alarm", bot.Message{Chat: grid3, From: "李四", Text: "没那么严重 不用报镇里 我明天找人弄",
			Quote: &bot.Quote{Name: "网格小助手", Text: "紧急情况 #R1 已登记，已报告镇应急值班。"}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := newChat(t, understand.Rules{})
			c.say("陈二", kind64Collapse)
			if rep := kind64Item(t, c, "R1"); rep.Type != village.Emergency {
				t.Fatalf("R1 is %s, want the rules' emergency", rep.Type)
			}
			got := c.costs(t, 1, tc.name, tc.m)
			has(t, tc.name, got, dutyChat+": 李四判断 #R1 不是紧急情况，改为一般事项处理",
				grid3+": #R1 改为一般事项：李四判断不是紧急情况", "「办结 #R1 结果」")
			lacks(t, tc.name, got, "紧急情况请立即处置", "受理：")
			rep := kind64Item(t, c, "R1")
			if rep.Type != village.General || rep.Status != village.StatusAccepted {
				t.Errorf("R1 is %s %s, want general accepted", rep.Type, rep.Status)
			}
			if want := c.now.Add(72 * time.Hour); !rep.DueAt.Equal(want) {
				t.Errorf("R1 due %s, want general's %s", rep.DueAt, want)
			}
			if n := len(rep.History); n != 2 || rep.History[0].Action != village.ActCreate || rep.History[1].Action != village.ActRetype {
				t.Errorf("history %+v, want its 登记 and the 改为一般", rep.History)
			}
			has(t, "查 after", c.say("陈二", "查 #R1"), "一般事项", "改为一般")
		})
	}
}

// TestOfficerJudgesEmergencyOrdinary: the duty officer's 「改为一般 #R1 …」
// in the duty chat: his reply there is the one line, the group hears who
// decided and its leader is @-told what is next; asked again, nothing
// changes.
func TestOfficerJudgesEmergencyOrdinary(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("陈二", kind64Collapse)
	got := c.in(dutyChat, "孙七", "改为一般 #R1 问过了 就掉了几块砖")
	expect(t, "officer", got, dutyChat+": 孙七判断 #R1 不是紧急情况，改为一般事项处理。",
		grid3+": #R1 改为一般事项：镇里孙七判断不是紧急情况")
	has(t, "officer", got, "@李四")
	if rep := kind64Item(t, c, "R1"); rep.Type != village.General {
		t.Errorf("R1 is %s, want general", rep.Type)
	}
	expect(t, "again", c.in(dutyChat, "孙七", "改为一般 #R1"), dutyChat+": #R1 现在是一般事项，不是突发事件，不用再改")
}

// TestOnlyCadresLowerUrgency: a villager's 「#R1 不是什么大事」 and a grid
// worker's 「改为一般 #R1」 leave the emergency as it is (the worker is told
// who may); the leader's question 「#R1 不是什么大事吧？」 and his news that
// it is over decide nothing either.
func TestOnlyCadresLowerUrgency(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("陈二", kind64Collapse)
	lacks(t, "villager", c.say("张三", "#R1 不是什么大事"), "改为一般事项")
	has(t, "worker", c.say("王五", "改为一般 #R1"), "网格长或镇干部")
	lacks(t, "question", c.say("李四", "#R1 不是什么大事吧？"), "改为一般事项")
	if rep := kind64Item(t, c, "R1"); rep.Type != village.Emergency || rep.Status != village.StatusNew {
		t.Errorf("R1 is %s %s, want the emergency still waiting", rep.Type, rep.Status)
	}
	has(t, "typed on an ordinary item", c.say("李四", "上报 村口路灯不亮了"), "#R2")
	has(t, "typed on an ordinary item", c.say("李四", "改为一般 #R2"), "#R2 现在是一般事项")
	c = newChat(t, understand.Rules{})
	c.say("陈二", kind64Collapse)
	lacks(t, "hurt", c.say("李四", "#R1 人摔伤了 没那么严重"), "改为一般事项")
	if rep := kind64Item(t, c, "R1"); rep.Type != village.Emergency {
		t.Errorf("hurt: R1 is %s, want the emergency", rep.Type)
	}
}

// TestNewcomerWelcomedLeaderTold: a stranger's 「你好 我是新搬来的 住在村东头」
// is welcomed and asked his name; his 「我是 李富贵」 (no one of the roster)
// is welcomed, and the grid's leader hears privately who he says he is,
// what he said, and how to add him (the roster file, gridbot roster) —
// once a person a day: said again the same day, the leader is not told
// again; the next day he is. A name one character off someone of the grid
// is a typo, answered as before.
func TestNewcomerWelcomedLeaderTold(t *testing.T) {
	c := newChat(t, understand.Rules{})
	expect(t, "greeting", c.say("老李头", "大家好")) // his first message reads the group's names
	hello := c.costs(t, 2, "hello", bot.Message{Chat: grid3, From: "老李头", Text: "你好 我是新搬来的 住在村东头"})
	expect(t, "hello", hello, grid3+": 欢迎「老李头」！请发「我是 您的名字」")
	expect(t, "hello again", c.say("老李头", "我是新来的"))
	named := c.costs(t, 1, "named", // rep101: no pipeline-pool HELLO
		bot.Message{Chat: grid3, From: "老李头", Text: "我是 李富贵"})
	has(t, "named", named, grid3+": 欢迎李富贵！名单里还没有您，已告诉网格长李四", "可以直接在群里说",
		"李四: "+grid3+"里「老李头」说自己是李富贵", "你好 我是新搬来的 住在村东头", "微信昵称写「老李头」", "gridbot roster", "-import")
	lacks(t, "named", named, "名单里没有「李富贵」")
	again := c.say("老李头", "我是 李富贵")
	has(t, "again", again, "欢迎李富贵")
	lacks(t, "again", again, "李四: ")
	c.now = c.now.Add(24 * time.Hour)
	has(t, "next day", c.say("老李头", "我是 李富贵"), "李四: "+grid3+"里「老李头」说自己是李富贵")
	expect(t, "typo", c.say("老王", "我是 石德桂"), grid3+": 名单里没有「石德桂」，请核对名字")
}

// TestAllAckedFilesEveryWaitingMatter: on a busy evening the leader's
// 「都收到」 while two villagers' matters wait for their 「1」 and one report
// waits for 确认 files both and takes all three on (it was silence, and
// 「都确认」 took the report alone, the two left unfiled); the which-list
// his bare 「收到」 gets says so. Said again, nothing is filed twice.
func TestAllAckedFilesEveryWaitingMatter(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "村口路灯不亮了")
	has(t, "asked", c.say("陈二", "我家门口下水道堵了 臭得很"), "回复「1」登记")
	has(t, "asked", c.say("张三", "垃圾桶满了好几天没人收"), "回复「1」登记")
	has(t, "which", c.say("李四", "收到"), "群里有3件事在等确认", "几件都是的话，回复「都收到」")
	got := c.say("李四", "都收到")
	has(t, "all", got, "已登记 #R2", "已登记 #R3", "#R1 已受理")
	c.wantReports(3, "(the lamp, the drain, the bins)")
	c.wantStatuses(nil, village.StatusAccepted)
	c.say("李四", "都收到")
	c.wantReports(3, "(none filed twice)")
	lacks(t, "her 1 after", c.say("陈二", "1"), "已登记 #R4")
	c.wantReports(3, "(her 1 files nothing more)")
}

// TestLeaderJudgesTheOneAlarmUnnumbered: while one alarm waits, its
// leader's unnumbered 「不是什么大事 明天找人填一下」 (silence before) and
// 「收到 没那么严重 明天找人填」 (its 确认 as an emergency before) make it
// ordinary as 「改为一般 #R1」 would; a grid worker's same words do not.
func TestLeaderJudgesTheOneAlarmUnnumbered(t *testing.T) {
	for _, text := range []string{"不是什么大事 明天找人填一下", "收到 没那么严重 明天找人填"} {
		c := newChat(t, understand.Rules{})
		c.say("陈二", kind64Collapse)
		has(t, text, c.say("李四", text), dutyChat+": 李四判断 #R1 不是紧急情况", "#R1 改为一般事项")
		if rep := kind64Item(t, c, "R1"); rep.Type != village.General {
			t.Errorf("%s: R1 is %s, want general", text, rep.Type)
		}
		c = newChat(t, understand.Rules{})
		c.say("陈二", kind64Collapse)
		lacks(t, text+" (worker)", c.say("王五", text), "改为一般事项")
		if rep := kind64Item(t, c, "R1"); rep.Type != village.Emergency {
			t.Errorf("%s (worker): R1 is %s, want the emergency", text, rep.Type)
		}
	}
}
