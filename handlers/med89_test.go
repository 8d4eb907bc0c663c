package handlers_test

import (
	"strings"
	"testing"
	"time"

	"gridbot/bot"
	"gridbot/understand"
)

// TestJoinedAccountFilesOtherMatterApart: 张三's offered account of his
// quarrel also tells a matter of no quarrel (「另外村口路灯也坏了」). His
// 「1」 after 陈二's retort was filed keeps the quarrel on #R1 (both
// sides) and files the lamp as #R2, in one reply and one round trip;
// before, the lamp was kept on the quarrel's item and never filed.
func TestJoinedAccountFilesOtherMatterApart(t *testing.T) {
	c := newChat(t, understand.Rules{})
	retortWhileOffered(t, c, account+" 另外村口路灯也坏了")
	yes := bot.Message{ID: "yes89", Chat: grid3, From: "张三", Text: "1"}
	got := c.costs(t, 1, "his 1", yes)
	has(t, "quarrel joined, lamp filed apart, one reply", got, "现在 #R1 按您说的记", "您另外说的事和这场纠纷无关，已单独登记：\n已登记 #R2（一般事项", "村口路灯也坏了", "请网格长受理：回复「确认 #R2」")
	c.wantReports(2, "(the quarrel #R1, the lamp #R2)")
	reps := c.reports()
	if lamp := reps[1]; lamp.Text != "村口路灯也坏了" || lamp.Reporter != "张三" || lamp.Along != "" || lamp.Type != "general" {
		t.Errorf("#R2 = %q by %s along %q type %s, want the lamp, his, unlinked", lamp.Text, lamp.Reporter, lamp.Along, lamp.Type)
	}
	quarrel := c.private("李四", "查 #R1")
	has(t, "the quarrel keeps both sides", quarrel, retort, "内容：陈二家盖猪圈把墙往我家宅基地这边挪了半米")
	lacks(t, "the lamp is not on the quarrel", quarrel, "路灯")
	silent(t, "the 1 delivered again", c.send(yes))
	c.wantReports(2, "(after the retry)")
}

// TestJoinedAccountKeepsSecondQuarrelMatter: a second matter of the same
// two households in the account (「另外他家牛踩了俺玉米 还把俺家墙推倒了」)
// is a 补充 of the one quarrel: kept on #R1 and told to the mediators
// apart, never cut off by the notice's shortening nor filed as #R2.
func TestJoinedAccountKeepsSecondQuarrelMatter(t *testing.T) {
	for _, more := range []string{"另外他家牛踩了俺玉米 还把俺家墙推倒了", "还有他家在俺家地里堆柴火"} {
		c := newChat(t, understand.Rules{})
		retortWhileOffered(t, c, account+" "+more)
		got := c.say("张三", "1")
		tail := more[len("另外"):]
		if more[:len("还有")] == "还有" {
			tail = more[len("还有"):]
		}
		has(t, "the 补充 told to the mediators", got, "现在 #R1 按您说的记", "李四: 【调解提醒】#R1 陈二刚才登记的「", "张三还补充了同一纠纷的另一件事：「"+tail+"」，一并记在 #R1 上调解")
		lacks(t, "not filed apart", got, "#R2", "单独登记")
		c.wantReports(1, "(one quarrel)")
		has(t, "查 shows his side", c.private("李四", "查 #R1"), "内容：陈二家盖猪圈")
		if text := c.reports()[0].Text; !strings.HasSuffix(text, tail) {
			t.Errorf("#R1 reads %q, want his words whole, to %q", text, tail)
		}
	}
}

// TestJoinedAccountOtherMatterOpenAlready: the other matter the grid has
// open already is named, not filed twice.
func TestJoinedAccountOtherMatterOpenAlready(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "the lamp filed", c.say("周八", "上报 村口路灯坏了 晚上黑乎乎的"), "已登记 #R1")
	c.now = c.now.Add(10 * time.Minute)
	has(t, "offered", c.say("张三", account+" 另外村口路灯也坏了"), "回复「1」登记")
	c.now = c.now.Add(3 * time.Minute)
	has(t, "the retort filed", c.say("陈二", retort), "已登记 #R2")
	c.now = c.now.Add(3 * time.Minute)
	got := c.say("张三", "1")
	has(t, "the lamp named", got, "现在 #R2 按您说的记", "您另外说的事已有 #R1 在办，不再另登记")
	lacks(t, "not filed again", got, "#R3", "单独登记")
	c.wantReports(2, "(the lamp and the quarrel)")
}

// TestJoinedAccountAtNight: at night the lamp filed apart is told to the
// leader in the morning (held), as any item filed at night; the group
// reply says when.
func TestJoinedAccountAtNight(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.now = time.Date(2026, 12, 7, 22, 30, 0, 0, c.now.Location())
	retortWhileOffered(t, c, account+" 另外村口路灯也坏了")
	got := c.say("张三", "1")
	has(t, "joined and filed apart", got, "现在 #R1 按您说的记", "已登记 #R2")
	c.wantReports(2, "(the quarrel, the lamp)")
	c.now = time.Date(2026, 12, 8, 7, 30, 0, 0, c.now.Location())
	morning := strings.Join(c.flush(), "\n")
	if !strings.Contains(morning, "李四: ") || !strings.Contains(morning, "#R2") {
		t.Errorf("the leader is not told of #R2 in the morning:\n%s", morning)
	}
}

// TestWorkerPartyAccountJoins: 王五, the grid's worker, is a party: his
// own offered account with a second matter joins 陈二's retort as a
// villager's does (he recorded it himself, for himself: no 代报), the
// other matter filed apart as his, still the leader's to 确认.
func TestWorkerPartyAccountJoins(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "offered", c.say("王五", account+" 另外村口路灯也坏了"), "我理解为：调解事项", "回复「1」登记")
	c.now = c.now.Add(3 * time.Minute)
	has(t, "the retort filed", c.say("陈二", "王五你自己去看看界桩在哪 别血口喷人"), "已登记 #R1")
	c.now = c.now.Add(3 * time.Minute)
	got := c.say("王五", "1")
	has(t, "joined, the lamp his", got, "这件事陈二刚才已登记为 #R1", "和王五先说的是同一件纠纷", "已登记 #R2（一般事项", "王五，可随时发「查 #R2」")
	c.wantReports(2, "(the quarrel, the lamp)")
	if lamp := c.reports()[1]; lamp.Reporter != "王五" || lamp.Recorder != "" {
		t.Errorf("#R2 reported by %q recorded by %q, want his own", lamp.Reporter, lamp.Recorder)
	}
}

// TestJoinedAccountOfThreeParts: the account read as one matter still
// tells its parts apart at 另外/还有: the chickens of the other side are a
// 补充, the bridge (a place of its own, no quarrel) is filed apart; a
// detail with no place of its own ("还有一股臭味") stays with the quarrel.
func TestJoinedAccountOfThreeParts(t *testing.T) {
	c := newChat(t, understand.Rules{})
	retortWhileOffered(t, c, account+" 另外他家鸡还进俺家菜地 还有桥头栏杆断了")
	got := c.say("张三", "1")
	has(t, "chickens kept, bridge filed", got, "现在 #R1 按您说的记", "张三还补充了同一纠纷的另一件事：「他家鸡还进俺家菜地」", "已登记 #R2", "桥头栏杆断了")
	c.wantReports(2, "(the quarrel, the bridge)")

	c = newChat(t, understand.Rules{})
	retortWhileOffered(t, c, account+" 还有一股臭味")
	lacks(t, "the detail stays", c.say("张三", "1"), "#R2", "单独登记")
	c.wantReports(1, "(the quarrel)")
}

// retortWhileOffered: 张三's account acc is offered (「回复「1」登记」), then
// 陈二's retort filed as #R1, three minutes apart; his 「1」 is next.
func retortWhileOffered(t *testing.T, c *chat, acc string) {
	t.Helper()
	has(t, "offered", c.say("张三", acc), "回复「1」登记")
	c.now = c.now.Add(3 * time.Minute)
	has(t, "the retort filed", c.say("陈二", retort), "已登记 #R1")
	c.now = c.now.Add(3 * time.Minute)
}
