package understand

import (
	"context"
	"strings"
	"testing"

	"gridbot/village"
)

// TestWhoAsked (appr96): a clause that ends asking who someone is or
// whom to go to is a question ("协保员是谁"); 是谁 inside a telling ("是谁
// 家的牛跑进地里了", "不知道是谁干的") is not.
func TestWhoAsked(t *testing.T) {
	for s, whom := range map[string]string{
		"羊冻死了 协保员是谁":   "协保员",
		"村里的协保员是哪位啊":   "协保员",
		"咱村协保员叫啥":      "协保员",
		"管低保的那个干部叫啥名字": "干部",
		"报案找谁":         "",
		"这个事找谁":        "",
		"材料交给谁，交了跟谁说呀": "",
	} {
		if !IsQuestion(canon(unspace(normalize(s)))) {
			t.Errorf("%s: not read as a question", s)
		}
		if got, ok := NameAsked(s); got != whom || ok != (whom != "") {
			t.Errorf("%s: name asked of %q (%v), want %q", s, got, ok, whom)
		}
	}
	for _, s := range []string{"是谁家的牛跑进我地里了", "不知道是谁干的 把路灯砸了", "路边一堆垃圾 也不晓得是谁", "谁是谁非让村里评评", "管他是谁 先把路让开", "羊冻死了 不知道找谁"} {
		if _, ok := NameAsked(s); ok {
			t.Errorf("%s: read as asking a name", s)
		}
		if IsQuestion(canon(unspace(normalize(s)))) {
			t.Errorf("%s: read as a question", s)
		}
	}
}

// TestFarmLossWhoAsked (appr96): a loss told with the 协保员 asked after
// asks the farm insurance, not a loss told.
func TestFarmLossWhoAsked(t *testing.T) {
	for _, s := range []string{"羊冻死了 协保员是谁", "猪冻死了两头 报案找谁", "大棚叫雪压塌了 咱村协保员叫啥"} {
		if !FarmLossAsked(s) || FarmLossTold(s) {
			t.Errorf("%s: asked %v, told %v; want asked", s, FarmLossAsked(s), FarmLossTold(s))
		}
		if r := (Rules{}).Read(context.Background(), s); r.Intent != village.IntentReport || r.Type != village.Approval {
			t.Errorf("%s: read %s %s, want an approval", s, r.Intent, r.Type)
		}
	}
	for _, s := range []string{"是谁家的羊冻死在路边了", "羊冻死了 不知道找谁"} {
		if FarmLossAsked(s) {
			t.Errorf("%s: read as a farm loss asked", s)
		}
	}
}

// FuzzNameAsked: a name asked is a question, its role holds no 的, and
// no clause that says nobody knows asks one.
func FuzzNameAsked(f *testing.F) {
	for _, s := range []string{"羊冻死了 协保员是谁", "村里的协保员是哪位啊", "是谁家的牛跑进我地里了", "不知道是谁干的", "报案找谁", "他叫啥", "咱村咱村是谁", "的是谁", "是谁？是谁", "谁"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		whom, ok := NameAsked(s)
		if !ok {
			return
		}
		if !IsQuestion(canon(unspace(normalize(s)))) {
			t.Fatalf("%q: a name asked that is no question", s)
		}
		if whom == "" || strings.Contains(whom, "的") {
			t.Fatalf("%q: role %q", s, whom)
		}
	})
}

// TestChaseTimeSince (appr96): the time since he handed the papers in
// ("交了半个月了") tells he applied, as "办了半个月了" did: his 残疾证
// asked after is a chase.
func TestChaseTimeSince(t *testing.T) {
	for s, want := range map[string]bool{
		"残疾证办下来了没有 交了半个月了": true,
		"低保递了一个多月了 还没信儿":   true,
		"残疾证办下来要多久":        false,
		"医保交了一年了 能报销吗":     false,
	} {
		if got := Chases(Said{Raw: s, Canon: canon(normalize(s))}); got != want {
			t.Errorf("%s: chase %v, want %v", s, got, want)
		}
	}
}
