package words

import "testing"

// TestStandInNamedForItems: who has a leader's items while he is away,
// said as villagers and cadres say it (rep105).
func TestStandInNamedForItems(t *testing.T) {
	for text, want := range map[string]bool{
		"明天起我去县里培训一周 这事我办不了 有事找王五": true,
		"我这几天住院 有事情请找王五":           true,
		"这几天不在村 有啥事找王五就行":          true,
		"我去县里开会 这几天不在 找王五":         true,
		"我这周请假 王五代管":               true,
		"我这两天生病了 手上的事王五先管着":        true,
		"找王五":           false, // no absence said: 找 alone names no stand-in
		"有事找王五商量":       false,
		"别找王五 他也不在":     false,
		"有事找王五吗":        false,
		"王五说他这几天不在":     false,
		"我这周不在 有事不用找王五": false,
		"明天起我不在 王五的电话请李四打 有事找王五": true,
	} {
		if got := StandInNamed(text, "王五"); got != want {
			t.Errorf("StandInNamed(%q, 王五) = %v, want %v", text, got, want)
		}
	}
}

// TestSaysAwayIll: a cadre's own illness said as people say it (rep105).
func TestSaysAwayIll(t *testing.T) {
	for text, want := range map[string]bool{
		"我这两天感冒发烧 在镇卫生院挂水 结冰那个我去不了了": true,
		"我在县医院打吊针 这几天来不了":            true,
		"她这两天感冒发烧 在挂水":               false,
		"我这两天感冒发烧 你们谁能去":             true, // away all the same
	} {
		if got := SaysAway(text); got != want {
			t.Errorf("SaysAway(%q) = %v, want %v", text, got, want)
		}
	}
}
