package handlers_test

import (
	"testing"

	"gridbot/understand"
	"gridbot/village"
)

// TestSuddenIllnessIsAnAlarm: a sudden illness is a medical alarm with or
// without a cry, and the group hears its own first steps beside the 120
// (alarm76); a heart that is weak, an old stroke and a small cut are no
// alarm, bleeding that will not stop is.
func TestSuddenIllnessIsAnAlarm(t *testing.T) {
	for text, steps := range map[string]string{
		"我爸心绞痛犯了 快来人":     "心脏病犯了的让他坐下或半躺着别动",
		"我爸心绞痛犯了":         "心脏病犯了的让他坐下或半躺着别动",
		"俺娘脑梗了":           "像是中风的让他躺下、头偏向一侧，别喂水喂药，记下发病的时间",
		"孩子抽风了":           "抽搐的让他侧躺，挪开旁边硬的东西，别往嘴里塞东西",
		"隔壁老王喝农药了":        "喝了农药、吃了老鼠药的，把药瓶或包装带上给医生看",
		"我妈晕倒了 叫不醒":       "叫不醒的让他侧躺、解开领口",
		"娃高烧不退":           "孩子高烧不退的解开衣服、用温水擦身降温",
		"手被镰刀割了个大口子 流血不止": "血止不住的用干净的布或毛巾用力按住伤口别松手",
	} {
		c := newChat(t, understand.Rules{})
		got := c.say("张三", text)
		has(t, text, got, "【突发事件】青山村三组 #R1", "有人受伤或病危请立即拨打120，说清村名和具体在哪（在家的说门牌号，在外面的说路口）。"+steps)
		if reps := c.reports(); len(reps) != 1 || reps[0].Type != village.Emergency || reps[0].Hazard != village.HazardMedical {
			t.Errorf("%s: stored %+v, want one medical emergency", text, reps)
		}
	}
	c := newChat(t, understand.Rules{})
	for _, text := range []string{"我爸心脏不好 在吃药", "我爸前年中风过 现在能走了", "手划破了", "手指头划破了 流血了", "马的腿断了", "我家马的腿摔断了"} {
		lacks(t, text, c.say("陈二", text), "【突发事件】", "紧急情况", "拨打120")
	}
	for _, r := range c.reports() {
		if r.Type == village.Emergency {
			t.Errorf("stored an emergency %+v", r)
		}
	}
	has(t, "a person by an animal", c.say("陈二", "牛把人顶伤了"), "【突发事件】青山村三组 #R")
}

// TestNumberOfSeveralSaysWhomEachWasTold: with two alarms open, one the
// leader's own fall, 「该打什么电话」 says of each whom it was told: the
// worker for the leader's, the leader for the other (alarm76; it said
// 「已通知网格长李四」 of both).
func TestNumberOfSeveralSaysWhomEachWasTold(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("陈二", "李四的腿摔断了")
	c.say("张三", "后山着火了")
	got := c.say("周八", "该打什么电话")
	has(t, "two open", got, "这2件事都已报告镇应急值班（#R2、#R1），#R2还没有人确认接手，已通知网格长李四；#R1还没有人确认接手，已通知网格员王五，有新情况请在群里说。")
	lacks(t, "two open", got, "已通知网格长李四，有新情况")
	has(t, "fire emoji", c.say("陈二", "🔥🔥"), "镇应急值班已知道，已通知网格长李四")
}
