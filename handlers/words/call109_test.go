package words

import (
	"strings"
	"testing"
	"time"
)

// TestCall109KinComesHome: a worker's word that her family come home or
// to see her is news that changes none of her calls; a stay of hers, a
// need, a question or one taking her away is not.
func TestCall109KinComesHome(t *testing.T) {
	now := time.Date(2026, 12, 8, 9, 0, 0, 0, time.FixedZone("CST", 8*3600))
	for note, want := range map[string]string{
		"他儿子腊月二十五回来过年 电话我照常打": "他儿子腊月二十五回来过年",
		"她孙女周末来看她":            "她孙女周末来看她",
		"她闺女一家过年回来，挺高兴的":      "她闺女一家过年回来",
		"她闺女 过年回来":            "她闺女 过年回来",
	} {
		if got, ok := KinComesHome(note, now); !ok || got != want {
			t.Errorf("KinComesHome(%q) = %q %v, want %q", note, got, ok, want)
		}
	}
	for _, note := range []string{"她去她儿子家住了 过完年再回来", "他儿子回来接他去城里过年", "她儿子过年回来吗",
		"她孙子回来了 说家里没炭了", "身体挺好", "她说腊月二十回来"} {
		if got, ok := KinComesHome(note, now); ok {
			t.Errorf("KinComesHome(%q) = %q", note, got)
		}
	}
}

// FuzzCall109KinComesHome: any text, no panic; the news is within it.
func FuzzCall109KinComesHome(f *testing.F) {
	for _, s := range []string{"他儿子腊月二十五回来过年 电话我照常打", "她孙女周末来看她", "她闺女 过年回来"} {
		f.Add(s)
	}
	now := time.Date(2026, 12, 8, 9, 0, 0, 0, time.FixedZone("CST", 8*3600))
	f.Fuzz(func(t *testing.T, s string) {
		if news, ok := KinComesHome(s, now); ok && (news == "" || !strings.Contains(s, news)) {
			t.Errorf("KinComesHome(%q) = %q", s, news)
		}
	})
}

// TestCall109VisitsHer: a visit he will make, not one made or refused.
func TestCall109VisitsHer(t *testing.T) {
	for note, want := range map[string]bool{"下午我去他家看看": true, "明天上门看一下": true, "我过去瞧瞧": true, "去他家看了 没人": false,
		"不去看看吗": false, "没人接": false, "她家里看看有没有人": false} {
		if got := VisitsHer(note); got != want {
			t.Errorf("VisitsHer(%q) = %v, want %v", note, got, want)
		}
	}
}
