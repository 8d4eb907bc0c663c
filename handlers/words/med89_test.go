package words

import "testing"

func TestNamesSomeone(t *testing.T) {
	for text, want := range map[string]bool{
		"他家牛踩了俺玉米 还把俺家墙推倒了": true,
		"对方也不讲理":     true,
		"她家鸡天天进俺家菜地": true,
		"村口路灯也坏了":    false,
		"其他的路灯也不亮了":  false,
		"低保年审需要什么材料": false,
	} {
		if got := NamesSomeone(text); got != want {
			t.Errorf("NamesSomeone(%q) = %v, want %v", text, got, want)
		}
	}
}

func FuzzNamesSomeone(f *testing.F) {
	for _, s := range []string{"他家牛踩了俺玉米", "其他", "村口路灯也坏了", "", "他"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if NamesSomeone(s) && !NamesSomeone(s+" 村口路灯也坏了") {
			t.Errorf("%q: more words named nobody", s)
		}
	})
}
