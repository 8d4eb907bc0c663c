package handlers_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"gridbot/bot"
	"gridbot/understand"
)

// TestGridsRankSentUpUntakenIsTownships (town97): an item the grid sent
// up (上报镇) that nobody in the township took on is the township's to take
// or send back once late, not the grid's 超期: 网格排名 says it apart
// (等镇里接手) and does not rank the grid first for it.
func TestGridsRankSentUpUntakenIsTownships(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.upToTownship("张三", "上报 村口路灯坏了", "#R1", "村里没有电工")
	c.in("青山村一组网格群", "谢明", "上报 水渠堵了，田里进不了水")
	c.now = c.now.Add(20 * 24 * time.Hour)
	has(t, "sent up, untaken", c.in(officeChat, "孙七", "网格排名"), "1. 青山村一组：收到 1 件，按时受理 0%，办结 0，现在超期 1（#R2），",
		"青山村三组：收到 1 件，按时受理 100%，办结 0，现在超期 0（另有等镇里接手 1 件 #R1），")
}

// TestEscalationNamesTheLeaderOnce (town97): 【网格上报】 of a leader's
// 上报镇 is the item, who told it and sent it up, and what to do: four
// lines, the leader named once with his phone (it said 上报人：李四 and
// 网格长：李四 on two more lines); the office still finds the item by
// quoting it.
func TestEscalationNamesTheLeaderOnce(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "上报 村口路灯坏了")
	c.say("李四", "确认 #R1")
	post := ""
	for _, line := range c.say("李四", "上报镇 #R1 村里没有电工") {
		if strings.HasPrefix(line, officeChat+": 【网格上报】") {
			post = strings.TrimPrefix(line, officeChat+": ")
		}
	}
	if n := strings.Count(post, "\n") + 1; n != 4 || strings.Count(post, "李四") != 1 {
		t.Errorf("【网格上报】 of %d lines:\n%s\nwant 4, 李四 named once", n, post)
	}
	has(t, "quoted", c.in(officeChat, "孙七", "「网格小助手："+post+"」\n- - - - - - - - - - - - - - -\n我来处理"), "#R1 镇里已接手")
}

// BenchmarkEscalateToOffice (town97): a leader's 上报镇 of an item he took
// on, its 【网格上报】 in four lines: the leader named once is read from
// the roster in memory, no round trip added (roundtrips/msg).
func BenchmarkEscalateToOffice(b *testing.B) {
	benchOneOfEach(b, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
		ref := fmt.Sprintf("#R%d", i+1)
		before = []bot.Message{benchMsg(fmt.Sprintf("%d-r", i), grid3, "张三", fmt.Sprintf("上报 村口第%d号路灯坏了", i+1), ""),
			benchMsg(fmt.Sprintf("%d-a", i), grid3, "李四", "确认 "+ref, "")}
		return before, benchMsg(fmt.Sprintf("%d-up", i), grid3, "李四", "上报镇 "+ref+" 村里没有电工", ""), nil
	})
}

// TestRefusalsOfTwoVillagesJoined (town97): refusals of two villages'
// items in the same words but for the number, which the township writes
// with its village (「青山村 #R2」「石桥村 #R1」), are one paragraph naming
// both as written, as one village's are (town94); the same number of
// two villages too (「青山村 #R2 石桥村 #R2」, never 「#R2 #R2」).
func TestRefusalsOfTwoVillagesJoined(t *testing.T) {
	c := twoVillagesUp(t)
	got := strings.Join(c.inSQ(officeChat, "孙七", "指派 青山村 #R2 石桥村 #R1 水利站"), "\n")
	if n := strings.Count(got, "名单里没有「水利站」"); n != 1 {
		t.Errorf("指派 to no such department, said %d times:\n%s\nwant once", n, got)
	}
	has(t, "one example", []string{got}, "例如：指派 青山村 #R2 石桥村 #R1 政法委", "「进展 青山村 #R2 已联系……」「进展 石桥村 #R1 已联系……」")
	c.inSQ(officeChat, "孙七", "确认 青山村 #R2 石桥村 #R2")
	got = strings.Join(c.inSQ(officeChat, "孙七", "确认 青山村 #R2 石桥村 #R2"), "\n")
	if n := strings.Count(got, "您已经接手了"); n != 1 || !strings.Contains(got, "青山村 #R2 石桥村 #R2 您已经接手了") {
		t.Errorf("确认 twice, said %d times:\n%s\nwant once, of 青山村 #R2 石桥村 #R2", n, got)
	}
}
