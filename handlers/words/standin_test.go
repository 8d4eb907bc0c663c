package words

import (
	"strings"
	"testing"

	"gridbot/internal/fuzzseed"
)

func TestStandInNamed(t *testing.T) {
	for _, c := range []struct {
		text       string
		named, off bool
	}{
		{"我这周不在 王五的电话请李四打", true, true},
		{"王五请假到12月10日 电话由李四打", true, true},
		{"王五生病了 李四代打", true, true},
		{"这几天不在村 电话交给李四了", true, true},
		{"王五请假 由李四负责", true, true},
		{"别让李四打", false, false},
		{"不用找李四打", false, false},
		{"让李四打吗", false, false},
		{"李四说他打", false, false},
		{"李四打了电话", false, false},
		{"王五的电话请李四打", true, false},
	} {
		if got := StandInNamed(c.text, "李四"); got != c.named {
			t.Errorf("StandInNamed(%q) = %v, want %v", c.text, got, c.named)
		}
		if got := StandInAway(c.text); got != c.off {
			t.Errorf("StandInAway(%q) = %v, want %v", c.text, got, c.off)
		}
	}
}

func TestRelayGoneToSay(t *testing.T) {
	for _, c := range []struct {
		text, named, topic string
		ok                 bool
	}{
		{"体检的事赵六家我去说了", "赵六", "体检", true},
		{"体检的事石德贵家我告诉他了", "石德贵", "体检", true},
		{"赵六家我去说了", "赵六", "", true},
		{"赵六家说了", "", "", false}, // what they said, maybe
		{"体检的事赵六家我还没去说", "", "", false},
	} {
		named, topic, ok := RelayAbout(c.text, []string{"赵六", "石德贵"})
		if named != c.named || strings.Join(topic, " ") != c.topic || ok != c.ok {
			t.Errorf("RelayAbout(%q) = %q, %q, %v; want %q, %q, %v", c.text, named, topic, ok, c.named, c.topic, c.ok)
		}
	}
}

func FuzzStandInNamed(f *testing.F) {
	for _, s := range []string{"我这周不在 王五的电话请李四打", "王五请假到12月10日 电话由李四打", "别让李四打", "李四李四代打", "请李四", "\xff请李四打", ""} {
		f.Add(s)
	}
	fuzzseed.Add(f)
	f.Fuzz(func(t *testing.T, s string) {
		if StandInNamed(s, "李四") && !strings.Contains(s, "李四") {
			t.Fatalf("StandInNamed(%q) names no 李四", s)
		}
		if StandInNamed(s, "") {
			t.Fatalf("StandInNamed(%q, \"\")", s)
		}
		_ = StandInAway(s)
	})
}
