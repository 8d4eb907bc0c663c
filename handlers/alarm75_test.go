package handlers_test

import (
	"testing"

	"gridbot/understand"
	"gridbot/village"
)

// TestVillagerTellsCadreHurtByPart: 陈二's 「李四的腿摔断了」 was noise; it
// is an alarm (alarm75) whose hurt is the grid's leader himself: 王五 is
// @'d and asked, not 李四, and the duty chat hears who is hurt. A
// neighbour's question while it is open is answered naming 王五 as the
// one told, and he is the one asked to answer; a number asked says 网格员
// 王五 was told. 王五's own hand caught in a machine asks 李四, with the
// machine's steps (stop it, cut the power).
func TestVillagerTellsCadreHurtByPart(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := c.say("陈二", "李四的腿摔断了")
	expect(t, "alarm", got, "青山镇应急值班群", "青山村三组网格群")
	has(t, "alarm", got, "【突发事件】青山村三组 #R1", "情况：李四的腿摔断了",
		"遇险的是网格长李四本人，请调度120，并联系王五赶去现场。",
		"@王五", "紧急情况 #R1 已登记", "网格长李四本人遇险，请王五立即赶到现场协助救护，到场后回复「确认 #R1」。")
	lacks(t, "alarm", got, "@李四", "请网格长立即赶到", "（报告人）")
	if reps := c.reports(); len(reps) != 1 || reps[0].Type != village.Emergency || reps[0].Hazard != village.HazardMedical {
		t.Fatalf("stored %+v, want one medical emergency", reps)
	}

	got = c.say("张三", "李四的腿没事吧")
	has(t, "asked", got, "张三，#R1 现在「待受理」，还没有人确认接手（已通知王五、镇应急值班）",
		"@王五\u2005张三问：「李四的腿没事吧」，请在群里回复张三")
	lacks(t, "asked", got, "@李四", "已通知李四")
	got = c.say("赵六", "李四腿摔断了？谁说的")
	has(t, "doubted", got, "@王五\u2005赵六问：「李四腿摔断了？谁说的」")
	lacks(t, "doubted", got, "【突发事件】", "@李四")
	has(t, "number", c.say("陈二", "该打什么电话"), "还没有人确认接手，已通知网格员王五")
	has(t, "worker confirms", c.say("王五", "确认 #R1"), "#R1 已受理")
	c.wantReports(1, "(the questions file nothing)")

	w := newChat(t, understand.Rules{})
	got = w.say("陈二", "王五的手被机器绞了")
	has(t, "worker caught", got, "遇险的是网格员王五本人，请调度120，并联系李四赶去现场。", "@李四",
		"网格员王五本人遇险，请李四立即赶到现场协助救护",
		"被机器绞住、卷住的，先关掉机器、拉闸断电，别硬往外拽", "机械伤害：请提醒现场先停机断电")
	lacks(t, "worker caught", got, "@王五")
}

// TestLeaderHurtAfterAPause: 张三's 「网格长 摔伤了」 (a pause after the
// title) names the leader hurt (alarm75; alarm74 read him addressed and
// asked him to come): the stored text keeps the title, 王五 is asked. A
// name before the pause reads the same; a call or another subject after
// it still addresses him.
func TestLeaderHurtAfterAPause(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := c.say("张三", "网格长 摔伤了")
	has(t, "paused", got, "情况：网格长 摔伤了", "遇险的是网格长李四本人", "@王五", "网格长李四本人遇险，请王五立即赶到现场")
	lacks(t, "paused", got, "@李四", "请网格长立即赶到")
	if reps := c.reports(); len(reps) != 1 || reps[0].Text != "网格长 摔伤了" {
		t.Fatalf("stored %+v, want 「网格长 摔伤了」 kept whole", reps)
	}

	n := newChat(t, understand.Rules{})
	has(t, "named", n.say("陈二", "李四，从梯子上摔下来了 快来人"), "情况：李四，从梯子上摔下来了 快来人", "@王五", "网格长李四本人遇险")

	a := newChat(t, understand.Rules{})
	got = a.say("陈二", "网格长 村口有人摔伤了 快来")
	has(t, "addressed", got, "@李四", "请网格长立即赶到现场")
	lacks(t, "addressed", got, "本人遇险")
}

// TestCadreNamedInPassingNoAlarm: ordinary talk naming a cadre, his leg or
// a thing of his is no alarm (alarm75).
func TestCadreNamedInPassingNoAlarm(t *testing.T) {
	c := newChat(t, understand.Rules{})
	for _, text := range []string{"李四今天去镇上开会了", "李四的手机摔坏了", "王五家桌子腿断了", "累得我腰都断了", "李四的腿没事吧", "小心别把腿摔断了"} {
		lacks(t, text, c.say("陈二", text), "【突发事件】", "紧急情况")
	}
	c.wantReports(0, "")
}
