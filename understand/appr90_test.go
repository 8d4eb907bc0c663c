package understand

import (
	"context"
	"testing"

	"gridbot/village"
)

// TestFarmLossAsked (appr90): livestock or a greenhouse lost to the
// weather with insurance or aid asked is a procedure question (the farm
// insurance claim), not a hazard, a quarrel or chat; a party named keeps
// the quarrel, a person trapped the emergency.
func TestFarmLossAsked(t *testing.T) {
	for _, s := range []string{"大棚被雪压塌了 能赔吗", "猪冻死了保险管不管", "牛死了保险能赔多少", "羊冻死了 保险公司赔不赔"} {
		if r := (Rules{}).Read(context.Background(), s); r.Intent != village.IntentReport || r.Type != village.Approval {
			t.Errorf("%s: read %s %s, want an approval", s, r.Intent, r.Type)
		}
		if !FarmLossAsked(s) {
			t.Errorf("%s: FarmLossAsked false", s)
		}
	}
	for s, want := range map[string]village.Type{
		"吴家的狗咬死了我家两只羊 得让他赔":   village.Mediation,
		"下雪把大棚压垮了 老王还在里面 快来人": village.Emergency,
	} {
		if r := (Rules{}).Read(context.Background(), s); r.Type != want {
			t.Errorf("%s: read %s, want %s", s, r.Type, want)
		}
	}
	for _, s := range []string{"冻死了 今天零下五度", "谁家的狗冻死在路边了 好几天了也没人收拾", "火灾保险一年多少钱"} {
		if FarmLossAsked(s) {
			t.Errorf("%s: read as a farm loss asked", s)
		}
	}
}

func FuzzFarmLossAsked(f *testing.F) {
	for _, s := range []string{"大棚被雪压塌了 能赔吗", "猪冻死了保险管不管", "羊", "保险", "吴家的狗咬死了我家两只羊 得让他赔",
		"羊冻死了 打哪个电话报案", "猪冻死了 保险公司电话多少", "羊冻死了 协保员是谁", "是谁家的羊冻死了"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if FarmLossAsked(s) != FarmLossAsked(s) {
			t.Fatalf("%q: FarmLossAsked not stable", s)
		}
		if c := canon(unspace(normalize(s))); FarmLossAsked(s) && !isQuestion(c) && !containsAny(c, lossNumberAsks) {
			t.Fatalf("%q: a farm loss asked that asks nothing", s)
		}
	})
}
