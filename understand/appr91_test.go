package understand

import (
	"context"
	"testing"

	"gridbot/village"
)

// TestFarmLossTold (appr91): the sender's own stock or greenhouse lost,
// nothing asked, in winter's and dialect words, is told (the handlers
// name the insurance claim's 报案); being cold, a pigsty fallen in with
// the pigs fine, another's loss, hearsay, a bicycle shed, a notice and a
// question are not. A loss with 咋办 asks the claim (approval).
func TestFarmLossTold(t *testing.T) {
	for _, s := range []string{"昨晚冻死了三头猪", "羊羔子冻死了好几个", "俺家大棚叫雪压趴了", "寒潮冻死了俺家十几只鸡", "昨晚雪大 棚压塌咧", "麦苗冻死了", "猪冻死了 上了保险的"} {
		if !FarmLossTold(s) {
			t.Errorf("%s: not a farm loss told", s)
		}
	}
	for _, s := range []string{"冻死我了 猪都不想喂", "我快冻死了", "屋后的猪圈塌了半边 猪没事", "听说李四家羊冻死了", "他家羊冻死了",
		"车棚被雪压塌了", "羊没冻死 还好", "大棚被雪压塌了 能赔吗", "各位村民 寒潮来了 注意大棚防雪压塌 牲畜冻死的及时报案"} {
		if FarmLossTold(s) {
			t.Errorf("%s: read as a farm loss told", s)
		}
	}
	for _, s := range []string{"猪死了咋办", "俺家羊死了 保险咋弄"} {
		if r := (Rules{}).Read(context.Background(), s); r.Type != village.Approval || !FarmLossAsked(s) {
			t.Errorf("%s: read %s %s, want the farm insurance asked", s, r.Intent, r.Type)
		}
	}
}

func FuzzFarmLossTold(f *testing.F) {
	for _, s := range []string{"昨晚冻死了三头猪", "冻死我了 猪都不想喂", "大棚被雪压塌了 能赔吗", "羊", "冻死", "牛倒了 没气了", "寒潮 倒了两只羊", "吹牛倒了霉"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		told := FarmLossTold(s)
		if told != FarmLossTold(s) {
			t.Fatalf("%q: FarmLossTold not stable", s)
		}
		if told && FarmLossAsked(s) {
			t.Fatalf("%q: told and asked at once", s)
		}
		if c := canon(unspace(normalize(s))); fellDead(c) {
			if down, _ := animalDown(c); !down {
				t.Fatalf("%q: dead of 倒了 with no animal down", s)
			}
		}
	})
}
