package words

import (
	"testing"
	"time"

	"gridbot/village"
)

func TestDangerOfOne(t *testing.T) {
	item := "村东头那段下坡路结冰了 早上好几个人骑电动车摔了"
	for text, want := range map[string]bool{
		"东头那个坡确实滑 我早上也差点摔": true,
		"西头那个坡也滑 我早上差点摔":   false, // another place
		"东头那根电线垂下来了 危险":    false, // another thing at the place
		"我家门口的坡太滑了 危险":     false, // no place of the item's
		"今天真冷啊":            false,
	} {
		if got := DangerOfOne(item, text); got != want {
			t.Errorf("DangerOfOne(%q, %q) = %v, want %v", item, text, got, want)
		}
	}
}

func FuzzDangerOfOne(f *testing.F) {
	f.Add("村东头那段下坡路结冰了 早上好几个人骑电动车摔了", "东头那个坡确实滑 我早上也差点摔")
	f.Add("河边护栏断了", "河边那段太危险了 3号")
	f.Fuzz(func(t *testing.T, a, b string) {
		_ = DangerOfOne(a, b)
	})
}

func TestDoneRelayed(t *testing.T) {
	at := time.Date(2026, 12, 15, 10, 30, 0, 0, time.UTC)
	rep := village.Report{Reporter: "陈二", Status: village.StatusAccepted, History: []village.Entry{{At: at.Add(-time.Hour), By: "李四", Action: village.ActAccept}}}
	tends := func(by string) bool { return by == "王五" || by == "李四" }
	rep.Tell("王五", at, "陈二家门口的路垫好了")
	if e, ok := DoneRelayed(rep, tends); !ok || e.Note != "陈二家门口的路垫好了" {
		t.Errorf("worker's done words: %v %v", e, ok)
	}
	plan := rep
	plan.History = append(plan.History[:1:1], village.Entry{At: at, By: "王五", Action: village.ActSaid, Note: "明天去垫"})
	if _, ok := DoneRelayed(plan, tends); ok {
		t.Error("a plan is no word that it is done")
	}
	later := rep
	later.Tell("陈二", at.Add(time.Minute), "还是坑坑洼洼的")
	if _, ok := DoneRelayed(later, tends); ok {
		t.Error("the reporter's words after it stand")
	}
	neighbour := rep
	neighbour.History = append(neighbour.History[:1:1], village.Entry{At: at, By: "张三", Action: village.ActSaid, Note: "路垫好了"})
	if _, ok := DoneRelayed(neighbour, tends); ok {
		t.Error("a villager's word is not a cadre's")
	}
}

func TestWayPassable(t *testing.T) {
	slope := "村东头那段下坡路结冰了 早上好几个人骑电动车摔了"
	for text, want := range map[string]bool{
		"撒了渣子好走多了 谢谢李四": true,
		"现在能走了 谢谢":      true,
		"今天真冷":          false,
	} {
		if got := WayPassable(text, slope); got != want {
			t.Errorf("WayPassable(%q) = %v, want %v", text, got, want)
		}
	}
	if WayPassable("好走多了 谢谢", "村口路灯不亮了") {
		t.Error("a lamp is no way")
	}
}

func FuzzWayPassable(f *testing.F) {
	f.Add("撒了渣子好走多了 谢谢李四", "村东头那段下坡路结冰了")
	f.Fuzz(func(t *testing.T, a, b string) {
		if WayPassable(a, b) && !BackToWork(a, b) {
			t.Errorf("WayPassable(%q, %q) but not BackToWork", a, b)
		}
	})
}
