package handlers_test

import (
	"testing"
	"time"

	"gridbot/understand"
)

// TestOfficerAsksWhetherAnythingWentWrongNamesDangers: 「各村没出啥事吧」
// with no emergency and nothing late still names the safety dangers left
// open (town107: 「其他事项没有超期的，也没有等镇里接手的」 while a cracked
// wall waited under snow); 「各村有什么事没」 asks the same.
func TestOfficerAsksWhetherAnythingWentWrongNamesDangers(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "老刘家那间土坯房墙裂了好大一道缝 雪再下怕是要塌")
	c.say("李四", "确认 #R1")
	c.say("陈二", "上报 村口的路灯坏了")
	for _, q := range []string{"今天各村没出啥事吧", "各村有什么事没"} {
		got := c.in(officeChat, "孙七", q)
		has(t, q, got, "全镇没有突发事件。", "其他事项没有超期的，也没有等镇里接手的。", "安全隐患还没办完的 1 件：",
			"#R1 青山村三组 老刘家那间土坯房墙裂了好大一道缝 雪再下怕是要塌（已受理，李四负责，期限")
		lacks(t, q, got, "路灯", "也没有没办完的安全隐患")
	}
	got := c.in(officeChat, "孙七", "情况")
	has(t, "情况", got, "其中安全隐患 1 件：#R1，发「安全隐患有哪些」看逐件。")
	for _, q := range []string{"今天有什么事吗", "有什么事没有"} {
		silent(t, q, c.in(officeChat, "孙七", q))
	}
}

// TestOfficerAsksOpenDangers: 「安全隐患有哪些」 and its kin list the
// township's open dangers, @ or not, the late first; one the township
// took over says so and is not offered to hurry the grid; none says so.
func TestOfficerAsksOpenDangers(t *testing.T) {
	c := newChat(t, understand.Rules{})
	none := c.in(officeChat, "孙七", "安全隐患有哪些")
	has(t, "none", none, "全镇目前没有没办完的安全隐患。")
	c.say("张三", "老刘家那间土坯房墙裂了好大一道缝 雪再下怕是要塌")
	c.say("李四", "确认 #R1")
	c.say("陈二", "上报 村口的路灯坏了")
	c.say("张三", "村口那根电线杆让雪压歪了 电线垂得很低 小孩上学从底下过 太危险了")
	c.say("李四", "上报镇 #R3 要供电所来")
	c.in(officeChat, "孙七", "确认 #R3 我联系供电所")
	for _, q := range []string{"安全隐患有哪些", "@网格小助手 现在还有哪些隐患没处理", "隐患排查情况怎么样"} {
		got := c.in(officeChat, "孙七", q)
		has(t, q, got, "安全隐患还没办完的 2 件：", "#R1 青山村三组 老刘家", "#R3 青山村三组 村口那根电线杆", "（镇里孙七在办",
			"要催网格，回「#R1 抓紧处理」私信督促网格长。")
		lacks(t, q, got, "路灯")
	}
	c.now = c.now.Add(5 * 24 * time.Hour)
	got := c.in(officeChat, "孙七", "安全隐患有哪些")
	has(t, "late", got, "（已受理，李四负责，已超期")
	for _, q := range []string{"那个桥有没有安全隐患", "各村要抓紧排查安全隐患"} {
		silent(t, q, c.in(officeChat, "孙七", q))
	}
	silent(t, "villager", c.say("张三", "安全隐患有哪些"))
}
