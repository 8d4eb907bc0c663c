package handlers_test

import (
	"testing"

	"gridbot/understand"
)

// TestScamAlarmAsksLeaderToReachTheVictim: at a scam under way the grid
// leader is asked to reach the one sending the money (phone or go) and
// stop the transfer, not to rush to a scene as at a fight.
func TestScamAlarmAsksLeaderToReachTheVictim(t *testing.T) {
	out := newChat(t, understand.Rules{}).say("陈二", "我妈正在给骗子转账")
	has(t, "scam", out, grid3+": @李四", "请网格长马上给被骗的人打电话或上门找到他，让他停止转账，联系上后回复「确认 #R1」。")
	lacks(t, "scam", out, "赶到现场")
	// a fight keeps the scene
	has(t, "fight", newChat(t, understand.Rules{}).say("张三", "打起来了 快来人"), "请网格长立即赶到现场，注意自身安全，到场后回复「确认 #R1」")
}

// TestDrowningAlarmSays110AndNoJumpingIn: someone in the water is told
// with 120 also 110, and that who cannot swim stays out and reaches him
// with a rope or a pole: in the group and to one who told privately.
func TestDrowningAlarmSays110AndNoJumpingIn(t *testing.T) {
	const drown = "有人落水请同时拨打110；不会水的别下水，找绳子、竹竿、救生圈递过去。"
	out := newChat(t, understand.Rules{}).say("张三", "村口池塘有人落水了 快来人")
	has(t, "group", out, grid3+": @李四", "拨打120", drown)
	out = newChat(t, understand.Rules{}).private("张三", "三组河边有个小孩掉河里了 快来人")
	has(t, "private", out, "张三: 紧急情况 #R1 已登记", "拨打120", drown)
	// a fall is no drowning
	lacks(t, "fall", newChat(t, understand.Rules{}).say("张三", "村口有人摔伤了 流了好多血"), "不会水")
}
