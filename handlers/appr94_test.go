package handlers_test

import (
	"io"
	"log/slog"
	"slices"
	"strings"
	"testing"

	"gridbot/app"
	"gridbot/bot"
	"gridbot/config"
	"gridbot/handlers"
	"gridbot/handlers/words"
	"gridbot/storage/storagetest"
)

// TestFarmLossAskedOnSaysWhere (appr94): his 「保险公司电话多少」 just after
// the 报案 steps is forwarded to the leader as before, and first hears
// what the guide says of where to report (its 去哪办 line, read from the
// guide), so that he can report before the leader answers; the leader
// hears which loss it asks on. A question nothing follows stays the bare
// 「这个我答不了」. On main the forwarded reply named no place.
func TestFarmLossAskedOnSaysWhere(t *testing.T) {
	cfg, reader := exampleReader(t)
	c := newChat(t, reader)
	where := cfg.Procedures[farmEntry(t, cfg.Procedures)].Where
	c.say("张三", "昨晚冻死了三头猪")
	got := c.say("张三", "保险公司电话多少")
	has(t, "forwarded, the guide's where first", got, "【农业保险理赔】指南里写的去哪办："+where+"\n这个我答不了，已转问网格长李四（#R1）")
	has(t, "the leader hears the loss", got, "李四: 【村民提问】张三在青山村三组网格群问我（#R1）：保险公司电话多少（张三前面说了「昨晚冻死了三头猪」")
	lacks(t, "a plain question", c.send(bot.Message{Chat: grid3, From: "陈二", Text: "@网格小助手 镇上哪天有集"}), "指南里写的")

	p := newChat(t, reader)
	p.private("陈二", "羊冻死了两只")
	got = p.private("陈二", "协保员电话多少")
	has(t, "privately too", got, "指南里写的去哪办："+where, "这个我答不了，已转问网格长李四（#R1）", "答复后我私信告诉您")
}

// TestPhoneAskedGuideLacks (appr94): 「猪冻死了 保险公司电话多少」 in one
// message gets the guide's steps and says the number is not in it, the
// leader @-mentioned to answer (one reply, one commit); the item waits
// for his answer, which reaches the group. A guide that writes a number
// (a department's phone, an insurer's 95518 in its lines) answers alone
// as before. On main the guide came with no word of the number.
func TestPhoneAskedGuideLacks(t *testing.T) {
	cfg, reader := exampleReader(t)
	c := leaderAsked(t, newChat(t, reader), "猪冻死了 保险公司电话多少", "您问的电话办事指南里没有写，已请@李四\u2005在群里答复您。先照指南办：\n【农业保险理赔】怎么办：\n1. 出事后尽快报案")
	has(t, "the leader's answer relayed", c.private("李四", "答复 #R2 人保财险 95518"), "青山村三组网格群: ", "95518")

	p := newChat(t, reader)
	has(t, "privately", p.private("陈二", "羊冻死了 打哪个电话报案"), "您问的电话办事指南里没有写，已私下转告网格长李四", "先照指南办：", "李四: 【私信反映")

	guideHolds(t, cfg, "（人保财险95518）", "猪冻死了 保险公司电话多少", "95518")
}

// farmEntry is the index of the guide's farm insurance entry.
func farmEntry(t *testing.T, ps []config.Procedure) int {
	t.Helper()
	i := slices.IndexFunc(ps, func(p config.Procedure) bool { return strings.Contains(p.Name, "农业保险") })
	if i < 0 {
		t.Fatal("no 农业保险 entry in the example guide")
	}
	return i
}

// newChatOf is newChat of the example village's roster on cfg, a changed
// example configuration, with the app's reader of it.
func newChatOf(t *testing.T, cfg *config.Config) *chat {
	t.Helper()
	_, dir := exampleVillage(t)
	st := storagetest.New(t)
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	r := handlers.New(handlers.Options{Config: cfg, Store: st, People: dir, Reader: app.NewReader(cfg, nil, log), Logger: log})
	return &chat{t: t, r: r, st: st, now: at}
}

// TestHoldsPhone: the numbers a guide line may give.
func TestHoldsPhone(t *testing.T) {
	for line, want := range map[string]bool{
		"打人保财险95518报案": true, "镇农技站 0851-1234567": true, "协保员王五 13912345678": true, "12345热线": true,
		"24小时内报案": false, "保险公司10日内赔付": false, "2026年的标准": false, "承保保险公司、村农险协保员": false,
	} {
		if got := words.HoldsPhone(line); got != want {
			t.Errorf("HoldsPhone(%q) = %v; want %v", line, got, want)
		}
	}
}
