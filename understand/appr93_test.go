package understand

import (
	"context"
	"testing"

	"gridbot/village"
)

// TestAnimalDown (appr93): livestock 倒了 is a loss told when its death is
// said (没气, 起不来, 不行了) or it is counted in a cold snap; a bare
// 「牛倒了」, one counted with no cause, one that got up again, 倒霉, 吹牛,
// milk poured out and a fall (摔倒) are not. An animal down that cannot
// get up is no medical emergency, a person under it or a person fallen
// still is; 「牛倒了」 asking the insurance is the farm insurance asked.
func TestAnimalDown(t *testing.T) {
	for _, s := range []string{"俺家牛倒了 没气了", "牛倒了 起不来了", "猪倒了 爬不起来", "羊也倒了三只 雪太大", "寒潮 一头牛倒了",
		"昨晚冻得倒了两只羊", "俺家牛倒了 兽医说没救了"} {
		if !FarmLossTold(s) {
			t.Errorf("%s: not a farm loss told", s)
		}
	}
	for _, s := range []string{"牛倒了", "一头牛倒了", "牛倒了 又站起来了", "这牛倒了霉了 卖不上价", "吹牛倒了霉", "把牛奶倒了", "牛摔倒了",
		"牛没倒", "牛倒了 保险能赔吗"} {
		if FarmLossTold(s) {
			t.Errorf("%s: read as a farm loss told", s)
		}
	}
	for _, s := range []string{"牛倒了 起不来了 没气了", "猪倒了 爬不起来"} {
		if r := (Rules{}).Read(context.Background(), s); r.Type == village.Emergency {
			t.Errorf("%s: read as an emergency (%s)", s, r.Hazard)
		}
	}
	for _, s := range []string{"牛倒了 压着我爹了 起不来", "奶奶摔倒了 起不来"} {
		if r := (Rules{}).Read(context.Background(), s); r.Type != village.Emergency {
			t.Errorf("%s: read %s %s, want an emergency", s, r.Intent, r.Type)
		}
	}
	for _, s := range []string{"牛倒了 保险能赔吗", "牛倒了咋办"} {
		if r := (Rules{}).Read(context.Background(), s); r.Type != village.Approval || !FarmLossAsked(s) {
			t.Errorf("%s: read %s %s, want the farm insurance asked", s, r.Intent, r.Type)
		}
	}
}
