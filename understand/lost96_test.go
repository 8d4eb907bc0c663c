package understand

import (
	"context"
	"strings"
	"testing"
	"unicode"

	"gridbot/village"
)

func TestNamedGone(t *testing.T) {
	for _, c := range []struct {
		name, text, who string
		frail, want     bool
	}{
		{"name alone", "张三不见了", "张三", false, true},
		{"also gone", "张三也找不到了", "张三", false, true},
		{"elder all morning", "王奶奶找不到了 一早上没见人", "王奶奶", true, true},
		{"lost", "石德贵走丢了 大家帮忙找找", "石德贵", true, true},
		{"not back, frail", "赵欣怡放学还没回来", "赵欣怡", true, true},
		{"not back, grown-up", "张三还没回来 会晚点开", "张三", false, false},
		{"his phone", "张三的手机不见了", "张三", false, false},
		{"his dog", "张三家的狗不见了", "张三", false, false},
		{"his key", "张三的钥匙找不到了", "张三", false, false},
		{"asked", "张三不见了吗", "张三", false, false},
		{"a debtor", "张三不见了 打电话也不接 他欠我钱", "张三", false, false},
		{"not at his desk", "王五不见了 谁看见他了 有个表要填", "王五", false, false},
		{"a meeting", "王五找不到了 等他开会呢", "王五", false, false},
		{"an errand and a night", "王五一夜没回家 找不到了 有个表要填", "王五", false, true},
		{"an errand but frail", "王奶奶不见了 有个表要她签字", "王奶奶", true, true},
		{"a river", "张三不见了 有人看见他往河边去了", "张三", false, true},
		{"found", "张三不见了 后来找到了 在他妹妹家", "张三", false, false},
		{"not named", "小狗不见了", "张三", false, false},
		{"another named", "李四不见了", "张三", false, false},
		{"a drill", "演练：张三走失了", "张三", false, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := NamedGone(c.text, c.who, c.frail); got != c.want {
				t.Errorf("NamedGone(%q, %q, %v) = %v; want %v", c.text, c.who, c.frail, got, c.want)
			}
		})
	}
}

// FuzzNamedGone: a thing or an animal of a named person is never he gone,
// nor a name the text does not hold; NamedGone never panics.
func FuzzNamedGone(f *testing.F) {
	for _, s := range []string{"", "张三", "王奶奶", "我家", "阿", "小", "\xff", "张三 ", " 一早上没见人", "也"} {
		f.Add(s, "不见了")
	}
	f.Add("张三", "找不到了 有个表要填")
	f.Fuzz(func(t *testing.T, name, rest string) {
		if strings.ContainsFunc(name, func(r rune) bool { return !unicode.Is(unicode.Han, r) }) {
			return // names are Han; others need not read the same joined to a text
		}
		for _, thing := range []string{"的手机", "的钥匙", "家的狗", "的小票", "的老花镜"} {
			if text := name + thing + "不见了"; NamedGone(text, name, false) || NamedGone(text, name, true) {
				t.Errorf("NamedGone(%q, %q) = true; want false (a thing or an animal)", text, name)
			}
		}
		if text := "有人" + rest; !strings.Contains(unspace(normalize(text)), unspace(normalize(name))) && NamedGone(text, name, true) {
			t.Errorf("NamedGone(%q, %q) = true; want false (not named)", text, name)
		}
	})
}

// TestGrownUpAtErrand: a grown-up's nickname gone while he is wanted for an
// errand is a man away from his desk, unless a danger is told; a child's
// pet name stays an alarm (lost96).
func TestGrownUpAtErrand(t *testing.T) {
	for text, want := range map[string]bool{
		"老王不见了 谁看见他了 有个表要填":  false,
		"阿福不见了 签字等着呢":        false,
		"老周不见了 值班室没人 今天该他值班": false,
		"老王不见了": true,
		"老刘不见了 一夜没回家 有个表还要他填":       true,
		"老陈不见了 上午还要他签字 电话也打不通 他喝醉了": true,
		"小明不见了 老师让家长签字":             true,
	} {
		if got := (Rules{}).Read(context.Background(), text).Type == village.Emergency; got != want {
			t.Errorf("Read(%q) emergency = %v; want %v", text, got, want)
		}
	}
}
