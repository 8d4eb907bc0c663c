package understand

import (
	"context"
	"testing"

	"gridbot/village"
)

// TestFarmLossNumberAsked (appr94): a loss told with the number to
// report it at asked ("打哪个电话报案"), which isQuestion does not hear,
// asks the farm insurance; the same words telling a call made do not.
func TestFarmLossNumberAsked(t *testing.T) {
	for _, s := range []string{"羊冻死了 打哪个电话报案", "猪冻死了 保险公司电话多少", "大棚被雪压塌了 保险打什么电话"} {
		if r := (Rules{}).Read(context.Background(), s); r.Intent != village.IntentReport || r.Type != village.Approval {
			t.Errorf("%s: read %s %s, want an approval", s, r.Intent, r.Type)
		}
	}
	for _, s := range []string{"羊冻死了 已经打保险公司电话报案了", "猪冻死了两头 协保员来看过了"} {
		if FarmLossAsked(s) {
			t.Errorf("%s: read as a farm loss asked", s)
		}
	}
}
