package understand

import (
	"context"
	"testing"

	"gridbot/village"
)

// TestAlarm103Reads: round 102's leftovers and what the walk found, as
// the rules read them (alarm103).
func TestAlarm103Reads(t *testing.T) {
	for _, c := range []struct {
		text   string
		intent village.Intent
		typ    village.Type
		hazard village.Hazard
	}{
		{"俺爹骑摩托车在冰上摔了 躺着不动", village.IntentReport, village.Emergency, village.HazardMedical},
		{"孩子躺着不动 光知道玩手机", village.IntentNoise, village.General, ""},
		{"牛还压着呢 俺爹也在里面", village.IntentReport, village.Emergency, village.HazardCollapse},
		{"牛还压着呢 俺爹在外面急得直转", village.IntentReport, village.General, ""},
		{"王奶奶骑三轮车在坡上翻了 压在车底下", village.IntentReport, village.Emergency, village.HazardMedical},
		{"程金花家一天没开门了 烟囱也没冒烟 敲门没人应", village.IntentReport, village.Emergency, village.HazardMedical},
		{"去他家收医保 敲门没人应 下午再去", village.IntentNoise, village.General, ""},
		{"我下去把他拉上来", village.IntentNoise, village.General, ""},
	} {
		r := Rules{}.Read(context.Background(), c.text)
		if r.Intent != c.intent || r.Type != c.typ || r.Hazard != c.hazard {
			t.Errorf("%s: got %s %s %s, want %s %s %s", c.text, r.Intent, r.Type, r.Hazard, c.intent, c.typ, c.hazard)
		}
	}
}

// TestAlarm103Scene: a motorbike rider fallen gets 122 beside the fall's
// line, a bicycle's none; people upstairs over a fire are inside.
func TestAlarm103Scene(t *testing.T) {
	s := SceneOf(Hear("俺爹骑摩托车在冰上摔了 躺着不动"), village.HazardMedical)
	if !s.Crash || !s.Fall {
		t.Errorf("motorbike: %+v, want Crash and Fall", s)
	}
	s = SceneOf(Hear("骑自行车摔了 腿磕破了 起不来了"), village.HazardMedical)
	if s.Crash {
		t.Errorf("bicycle: %+v, want no Crash", s)
	}
	if s = SceneOf(Hear("楼道里电动车充电着火了 楼上还有人"), village.HazardFire); !s.Inside {
		t.Errorf("upstairs: %+v, want Inside", s)
	}
}

// TestGoesIn: the ways in, and a warning or a refusal that is none.
func TestGoesIn(t *testing.T) {
	for _, c := range []struct {
		text string
		want GoingIn
	}{
		{"我下去把他拉上来", GoingIn{Down: true}},
		{"我去拿绳子 下去看看", GoingIn{Down: true}},
		{"千万别下去 等消防来", GoingIn{}},
		{"我不敢下去", GoingIn{}},
		{"我上冰去拉他", GoingIn{Ice: true}},
		{"我冲进去把老人背出来", GoingIn{Fire: true}},
		{"我去把他拽出来", GoingIn{Pull: true}},
		{"已经打了120", GoingIn{}},
	} {
		if got := GoesIn(Hear(c.text)); got != c.want {
			t.Errorf("%s: %+v, want %+v", c.text, got, c.want)
		}
	}
	pit := Scene{Pit: true}
	if !(GoingIn{Down: true}).Meets(pit) || (GoingIn{Fire: true}).Meets(pit) || (GoingIn{Down: true}).Meets(Scene{Inside: true}) {
		t.Error("Meets: a way in meets only its own scene")
	}
	if (GoingIn{Pull: true}).Meets(Scene{CarIn: true, Drown: true}) {
		t.Error("Meets: a car in the water is got out at once")
	}
}

// FuzzAlarm103 runs the new readers over any text: no panic.
func FuzzAlarm103(f *testing.F) {
	for _, s := range []string{"我下去把他拉上来", "千万别下去", "牛还压着呢 俺爹也在里面", "俺爹骑摩托车在冰上摔了 躺着不动", "", "别", "下去"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		said := Hear(s)
		_ = GoesIn(said)
		c := said.Canon
		_ = notPenned(c, 0)
		for i := range c {
			_ = warnedOff(c, i)
		}
		_ = SceneOf(said, village.HazardMedical)
		_ = Rules{}.Read(context.Background(), s)
	})
}
