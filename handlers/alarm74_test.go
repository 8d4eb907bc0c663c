package handlers_test

import (
	"testing"

	"gridbot/understand"
	"gridbot/village"
)

// TestVillagerTellsLeaderHurtByTitle: 陈二's 「网格长摔伤了 快来人」 names
// the grid's one leader by his title as the one hurt (alarm74): the
// summary keeps him, 王五 is asked and @-mentioned, not 李四, and the duty
// chat hears the leader himself is hurt. The stored text keeps the title,
// so the watchdog reads him hurt too.
func TestVillagerTellsLeaderHurtByTitle(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := c.say("陈二", "网格长摔伤了 快来人")
	expect(t, "alarm", got, "青山镇应急值班群", "青山村三组网格群")
	has(t, "alarm", got,
		"情况：网格长摔伤了 快来人",
		"遇险的是网格长李四本人，请调度120，并联系王五赶去现场。",
		"@王五", "紧急情况 #R1 已登记",
		"网格长李四本人遇险，请王五立即赶到现场协助救护，到场后回复「确认 #R1」。")
	lacks(t, "alarm", got, "@李四", "（报告人）", "您先别乱动", "请网格长立即赶到")
	reps := c.reports()
	if len(reps) != 1 || reps[0].Type != village.Emergency || reps[0].Text != "网格长摔伤了 快来人" || reps[0].Status != village.StatusNew {
		t.Fatalf("stored %+v, want one new emergency 「网格长摔伤了 快来人」", reps)
	}
	has(t, "worker confirms", c.say("王五", "确认 #R1"), "#R1 已受理")

	// the worker named by his title, after a time word
	w := newChat(t, understand.Rules{})
	has(t, "worker hurt", w.say("陈二", "刚才网格员被狗咬了 流了好多血"),
		"遇险的是网格员王五本人", "网格员王五本人遇险，请李四立即赶到现场")

	// the leader spoken to: as before, he is asked to come
	a := newChat(t, understand.Rules{})
	got = a.say("陈二", "网格长 快来 老王家着火了")
	has(t, "addressed", got, "情况：快来 老王家着火了", "@李四", "请网格长立即赶到现场、组织疏散")
	lacks(t, "addressed", got, "本人遇险")
}
