package words

import "testing"

// TestReportLast: 上报 with its type typed after the words it files.
func TestReportLast(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"陈二家扫雪把雪全堆到我家门口 说他也不听 上报调解", "上报 调解 陈二家扫雪把雪全堆到我家门口 说他也不听"},
		{"他欠我三千 一拖再拖，我要上报调解。", "上报 调解 他欠我三千 一拖再拖"},
		{"路灯坏了 请上报一般", "上报 一般 路灯坏了"},
		{"这个事我已经上报调解了", ""},
		{"上报调解", ""},
		{"R1 两家又吵 上报调解", ""},
		{"说了不听上报调解", ""},
		{"。 上报调解", ""},
	} {
		got, ok := ReportLast(c.in)
		if ok != (c.want != "") || got != c.want {
			t.Errorf("ReportLast(%q) = %q, %v; want %q", c.in, got, ok, c.want)
		}
	}
}

func FuzzReportLast(f *testing.F) {
	for _, s := range []string{"说他也不听 上报调解", "上报调解", "R1 上报 调解", "a，上报一下 紧急"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, ok := ReportLast(s); ok && (len(got) <= len("上报 ") || len(got) > len(s)+len("上报 ")+1) {
			t.Fatalf("%q: %q", s, got)
		}
	})
}
