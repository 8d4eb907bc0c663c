package handlers_test

import (
	"io"
	"log/slog"
	"os"
	"slices"
	"testing"
	"time"

	"gridbot/app"
	"gridbot/config/configtest"
	"gridbot/handlers"
	"gridbot/roster"
	"gridbot/storage/storagetest"
	"gridbot/village"
)

// TestPayoutNewsJoined (appr107): a second villager asking whether 取暖补贴
// is paid this year, minutes after a neighbour asked, filed #R2 and @-ed
// the leader again (main). Now he follows #R1, hears the leader is asked,
// and the leader's one answer @-s them both.
func TestPayoutNewsJoined(t *testing.T) {
	c := newChat(t, guideReader(t))
	has(t, "first", c.say("张三", "今年有没有取暖补贴"), "已登记 #R1", "已请@李四")
	c.now = c.now.Add(20 * time.Minute)
	got := c.say("陈二", "取暖补贴今年还发不发啊 天这么冷")
	has(t, "second", got, "陈二，群里刚有人问过同样的问题（#R1），已合在一起", "今年发不发，办事指南里没有写", "已经请李四在群里答复")
	lacks(t, "second", got, "#R2", "@李四")
	if n := len(c.reports()); n != 1 {
		t.Fatalf("%d items, want 1", n)
	}
	if r := c.reports()[0]; len(r.Followers) != 1 || r.Followers[0] != "陈二" {
		t.Errorf("followers %v", r.Followers)
	}
	// the leader's 答复 is for both
	has(t, "answer", c.say("李四", "答复 #R1 今年照常发，月底前按名单发到一卡通"), "@张三", "@陈二", "今年照常发")
	// asked again after the answer: the answer, no @
	c.now = c.now.Add(time.Hour)
	got = c.say("钱桂英", "今年还有取暖补贴没")
	has(t, "after", got, "#R1", "李四答复过：今年照常发")
	lacks(t, "after", got, "@李四", "#R2")
	// a cadre's, or another procedure's, is not joined
	c = newChat(t, guideReader(t))
	c.say("张三", "今年有没有取暖补贴")
	c.now = c.now.Add(10 * time.Minute)
	has(t, "other", c.say("陈二", "今年高龄补贴还发不发"), "已登记 #R2")
	// a day later, a new question
	c.now = c.now.Add(25 * time.Hour)
	has(t, "next day", c.say("钱桂英", "取暖补贴今年还发不发啊"), "已登记 #R3")
}

// leaderOnlyChat is the example village with 三组's worker 王五 a plain
// villager: its leader 李四 is the only one who can visit.
func leaderOnlyChat(t *testing.T) *chat {
	t.Helper()
	cfg := configtest.Load(t, "../config.example.yaml")
	people, err := app.LoadRoster(os.DirFS(".."), cfg.Roster, cfg.Villages[0].Name)
	if err != nil {
		t.Fatal(err)
	}
	for i, p := range people {
		if p.Name == "王五" {
			people[i].Roles = slices.DeleteFunc(slices.Clone(p.Roles), func(r village.Role) bool { return r == village.RoleWorker })
		}
	}
	st := storagetest.New(t)
	r := handlers.New(handlers.Options{Config: cfg, Store: st, People: roster.NewDirectory(people), Reader: guideReader(t),
		Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	return &chat{t: t, r: r, st: st, now: at}
}

// TestHomeVisitLeaderOnly (appr107): in a grid where only the leader
// works, a visit asked privately told the leader 「已私下请李四联系张三」 of
// himself (main). Now his note asks him to go.
// (appr109: 低保年审's guide now says 上门入户核查, so 低保 stands here for a
// guide that says no one comes.)
func TestHomeVisitLeaderOnly(t *testing.T) {
	c := leaderOnlyChat(t)
	got := c.private("张三", "低保能上门办不 我腿脚不好")
	has(t, "private", got, "李四: 【私信反映】", "请您联系张三（", "约时间上门帮着办", "已私下请李四联系您")
	lacks(t, "private", got, "已私下请李四联系张三")
	c = leaderOnlyChat(t)
	has(t, "group", c.say("张三", "低保能上门办不 我腿脚不好"), "已请@李四", "联系您，约时间上门")
}

// TestPerkNotFurther (appr107): 「过年给困难户发米面油不」 ten minutes after
// his 取暖补贴 question was taken as a further question of it (it shares
// 困难 with the guide's 困难家庭): the leader @-ed with 「办事指南里没有写这
// 一点」. A festival's gift is the village's to decide (und101): unaddressed,
// a query, silent; asked of the bot, passed to the leader as a question.
func TestPerkNotFurther(t *testing.T) {
	c := newChat(t, guideReader(t))
	c.say("张三", "取暖补贴俺家能领不")
	c.now = c.now.Add(10 * time.Minute)
	lacks(t, "perk", c.say("张三", "过年给困难户发米面油不"), "#R1", "办事指南里没有写这一点")
	// a question of his item still is one
	c.now = c.now.Add(10 * time.Minute)
	has(t, "further", c.say("张三", "那要去哪领"), "#R1")
	c.now = c.now.Add(10 * time.Minute)
	got := c.say("张三", "@网格小助手 过年给困难户发米面油不")
	has(t, "to the bot", got, "#R2")
	lacks(t, "to the bot", got, "就 #R1")
}

// TestDeadlineAskedAway (appr107): 「医保今年啥时候截止交 我在外地打工腊月二
// 十五才回来」 heard the whole 医保 guide (main: 截止 asked no part). Now the
// 时限 line and, as he is away, the step that says it is paid on a phone.
func TestDeadlineAskedAway(t *testing.T) {
	c := newChat(t, guideReader(t))
	got := c.say("陈小龙", "医保今年啥时候截止交 我在外地打工腊月二十五才回来")
	has(t, "away", got, "时限：每年集中缴费期交下一年的", "微信或支付宝搜当地税务")
	lacks(t, "away", got, "新生儿出生90天内", "第一次参保或户口迁来的")
	c = newChat(t, guideReader(t))
	got = c.say("张三", "医保啥时候截止")
	has(t, "home", got, "时限：每年集中缴费期交下一年的")
	lacks(t, "home", got, "微信或支付宝搜当地税务", "新生儿出生90天内")
}

// TestRenewedByDateAsked (appr107): 「残疾证到期了 过年前能换下来不」 was
// silent (a query: 换下来 asked nothing); now it asks the 时限, as 办下来
// does (appr104).
func TestRenewedByDateAsked(t *testing.T) {
	c := newChat(t, guideReader(t))
	has(t, "renewed", c.say("赵鹏", "残疾证到期了 过年前能换下来不"), "已登记 #R1", "【残疾证换领】", "时限：")
}
