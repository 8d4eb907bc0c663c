package words

import (
	"testing"

	"gridbot/village"
)

// TestCall111FumesSettled: smoke in her room aired or waved away later in
// the note, and not felt, is settled; felt, or aired before it was told,
// or not aired, it is not.
func TestCall111FumesSettled(t *testing.T) {
	for _, tc := range []struct {
		note          string
		fumes, settle bool
	}{
		{"屋里有点烟 开窗了 没事", true, true},
		{"她说屋里有烟味 开了窗 没事了", true, true},
		{"屋里有烟 窗户打开了", true, true},
		{"屋里呛 把炉子灭了", true, true},
		{"屋里有点烟 通了风 好了", true, true},
		{"屋里有烟 开窗了 头有点晕", true, false},
		{"屋里有烟味 有点恶心 开窗了", true, false},
		{"屋里有烟味", true, false},
		{"开窗了 屋里有烟", true, false},
		{"屋里没有烟味 挺好", false, false},
		{"身体挺好 没事", false, false},
	} {
		if got := FumesIndoors(tc.note); got != tc.fumes {
			t.Errorf("FumesIndoors(%q) = %v, want %v", tc.note, got, tc.fumes)
		}
		if got := FumesSettled(tc.note); got != tc.settle {
			t.Errorf("FumesSettled(%q) = %v, want %v", tc.note, got, tc.settle)
		}
	}
	r := NeedReading("屋里有点烟 开窗了 没事", village.Reading{})
	if r.Type != village.General || r.Category != "安全隐患" || r.Hazard != village.HazardGas {
		t.Errorf("NeedReading of a settled smoke = %+v, want a general 安全隐患 with its gas hazard", r)
	}
	if r := NeedReading("屋里有点烟 开窗了 头晕", village.Reading{}); r.Type != village.Emergency {
		t.Errorf("NeedReading of a felt smoke = %+v, want an emergency", r)
	}
}

// TestCall111ReportHint: a report telling smoke in a room gets the
// coal-fumes line alone; a gas smell keeps the valve.
func TestCall111ReportHint(t *testing.T) {
	if h := ReportHint(village.Report{Hazard: village.HazardGas, Text: "屋里有点烟 开窗了 没事"}); h == village.HazardGas.Hint() {
		t.Errorf("smoke in a room: %q, want the coal line alone", h)
	}
	if h := ReportHint(village.Report{Hazard: village.HazardGas, Text: "厨房一股煤气味"}); h != village.HazardGas.Hint() {
		t.Errorf("gas smell: %q, want the gas hint", h)
	}
}

// FuzzCall111FumesSettled: settled is only ever of smoke told, and any
// symptom word appended unsettles it.
func FuzzCall111FumesSettled(f *testing.F) {
	for _, s := range []string{"屋里有点烟 开窗了 没事", "屋里有烟 窗户打开了", "开窗了 屋里有烟", "屋里呛 把炉子灭了"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if FumesSettled(s) && !FumesIndoors(s) {
			t.Fatalf("FumesSettled(%q) without FumesIndoors", s)
		}
		if FumesSettled(s + " 头晕") {
			t.Fatalf("FumesSettled(%q) with 头晕 appended", s+" 头晕")
		}
	})
}

// TestCall111DialledThenRelayed: 「都打了」 said before what was passed on
// leaves the relay words to the dial's reader: every name is logged.
func TestCall111DialledThenRelayed(t *testing.T) {
	note := "王奶奶 石德贵 白凤兰都打了 寒潮的事都说了 炭都够烧"
	if got := RelayAsReached(note); got != note {
		t.Errorf("RelayAsReached = %q, want it unchanged", got)
	}
	isName := func(n string) bool { return n == "王奶奶" || n == "石德贵" || n == "白凤兰" }
	args, ok := DialledNames(note, isName)
	if names, _ := CallNames(args, isName); !ok || len(names) != 3 {
		t.Errorf("DialledNames = %q, %v; names %v, want all three", args, ok, names)
	}
	if got := RelayAsReached("石德贵白凤兰都通知到了"); got == "石德贵白凤兰都通知到了" {
		t.Errorf("a relay alone is no longer read as reached: %q", got)
	}
}
