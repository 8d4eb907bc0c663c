package handlers_test

import (
	"testing"

	"gridbot/understand"
)

// TestCallNoteAlarmGivesTheFirstAlarmsSteps: an emergency a worker's call
// note tells of gives the steps an alarm told in the group gives (one
// shared selection, understand.SceneOf and emergency.hint): someone in the
// water 110 and the rope, in the group and the duty chat; a scam under way
// how to stop the money, with the leader sent to the victim, not a scene.
func TestCallNoteAlarmGivesTheFirstAlarmsSteps(t *testing.T) {
	out := newChat(t, understand.Rules{}).say("王五", "回访 白凤兰 上门 她孙子掉河里了 快救命")
	has(t, "drowning, the group", out, grid3+": @李四", "（王五电话回访代报）", "拨打120",
		"有人落水请同时拨打110；不会水的别下水，找绳子、竹竿、救生圈递过去。")
	has(t, "drowning, the duty chat", out, "青山镇应急值班群: 【突发事件】", "落水：请同时报110")
	out = newChat(t, understand.Rules{}).say("王五", "回访 白凤兰 已通 她正在给骗子转账 说是公安让转的")
	has(t, "scam, the group", out, grid3+": @李四", "96110反诈专线", "请网格长马上给被骗的人打电话或上门找到他")
	lacks(t, "scam, the group", out, "赶到现场")
	has(t, "scam, the duty chat", out, "反诈：请马上联系当事人停止转账")
}

// TestDrowningDutyPostSays110: the duty chat's first post of someone in
// the water says 110 and the rope, as the group's does.
func TestDrowningDutyPostSays110(t *testing.T) {
	out := newChat(t, understand.Rules{}).say("陈二", "有人掉河里了 快救命")
	has(t, "duty", out, "青山镇应急值班群: 【突发事件】青山村三组 #R1\n情况：有人掉河里了 快救命\n落水：请同时报110；叫会水的人带绳子、竹竿、救生圈赶去，不会水的别下水\n报告人：陈二")
}

// TestLineDownHintToWhoToldPrivately: a line down told privately is
// answered with the power steps the group hears (emergency.hint reads
// .Scene.Power for every reply), not the general 110/119/120.
func TestLineDownHintToWhoToldPrivately(t *testing.T) {
	out := newChat(t, understand.Rules{}).private("张三", "三组村口电线杆倒了 电线掉在路上 快来人")
	has(t, "private", out, "张三: 紧急情况 #R1 已登记", "别靠近倒下的电杆、树木和电线")
}

// TestFireEmojisAskedWhere: fire emojis alone in a grid group are asked
// where and what burns, with 119, and raise no alarm (no duty chat post,
// nothing registered); any other emoji stays silent.
func TestFireEmojisAskedWhere(t *testing.T) {
	c := newChat(t, understand.Rules{})
	out := c.say("张三", "🔥🔥🔥")
	has(t, "fire emojis", out, grid3+": 张三，是哪里着火了吗？请说一下在哪、烧的是什么。真着火了请立即拨打119")
	lacks(t, "fire emojis", out, "应急值班群:", "#R1")
	silent(t, "other emojis", c.say("陈二", "😂😂"))
}
