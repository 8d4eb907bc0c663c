package understand

import (
	"slices"
	"testing"
)

func TestThings(t *testing.T) {
	for text, want := range map[string][]string{
		"村口的路灯不亮了":   {"路灯", "不亮"},
		"村口垃圾堆满了":    {"垃圾"},
		"村口的井盖也没了":   {"井盖"},
		"电工联系上了 明天来": {"电工"},
		"路口那边":       nil, // a place names no thing
		"明天上午开会":     nil,
	} {
		got := Things(Hear(text))
		slices.Sort(got)
		slices.Sort(want)
		if !slices.Equal(got, want) {
			t.Errorf("Things(%q) = %q, want %q", text, got, want)
		}
	}
}
