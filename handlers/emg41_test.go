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
