package words

import (
	"strings"
	"testing"

	"gridbot/village"
)

func TestReadDangerAsk(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"安全隐患有哪些", true},
		{"现在还有哪些安全隐患没处理", true},
		{"各村还有哪些隐患没整改", true},
		{"有没有安全隐患没整改的", true},
		{"还有隐患没处理的吗？", true},
		{"隐患排查情况怎么样", true},
		{"各村隐患排查情况", true},
		{"冬季安全隐患排查情况", true},
		{"没处理的隐患有几个", true},
		{"全镇安全隐患还有多少", true},
		{"这两天有没有安全隐患", true},
		{"有什么安全隐患吗", true},
		{"各村隐患排查得怎么样了", true},
		{"安全隐患都处理了没有", true},
		{"隐患都整改完了吗", true},
		{"还有多少隐患没整改", true},
		{"年底了 安全隐患还有多少", true},
		{"快过年了，各村还有哪些隐患没整改？", true},
		{"下雪了 各村有没有安全隐患", true},
		{"隐患处理了", false},
		{"年底了", false},
		{"@网格小助手 安全隐患有哪些", false}, // the router takes the @ off first
		// not the township's question
		{"隐患", false},
		{"安全隐患！", false},
		{"那个桥有没有安全隐患", false},
		{"有安全隐患", false},
		{"村口电线杆歪了 有安全隐患", false},
		{"各村要抓紧排查安全隐患", false},
		{"安全隐患要及时上报", false},
		{"今天有没有突发", false},
		{"老刘家的房子是不是安全隐患", false},
	} {
		if got, _ := ReadDangerAsk(c.text); got != c.want {
			t.Errorf("ReadDangerAsk(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

func FuzzReadDangerAsk(f *testing.F) {
	for _, s := range []string{"安全隐患有哪些", "还有哪些隐患没处理", "隐患排查情况怎么样", "那个桥有没有安全隐患", "隐"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if ok, houses := ReadDangerAsk(s); ok && (len(s) > 60 || !strings.Contains(s, "隐患") && !houses || houses && !strings.Contains(s, "危")) {
			t.Fatalf("read as a question of the dangers: %q", s)
		}
	})
}

func TestReadTroubleAskWhatOfTheVillages(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"各村有什么事没", true},
		{"今天各村有什么事没有", true},
		{"各村今天有啥情况吗", true},
		{"全镇有什么事吗", true},
		{"各组出了什么事没", true},
		// a stretch alone, or nothing named: a colleague's day
		{"今天有什么事吗", false},
		{"有什么事没有", false},
		{"村里有什么事吗", false},
		{"各村有什么事及时报", false},
		{"各村有事", false},
	} {
		if _, got := ReadTroubleAsk(c.text); got != c.want {
			t.Errorf("ReadTroubleAsk(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

func TestReadOpenAskBeforeTheFestival(t *testing.T) {
	places := village.Places{{Village: "青山村", Name: "一组", Group: "青山村一组网格群"}, {Village: "青山村", Name: "三组", Group: "青山村三组网格群"}}
	for _, q := range []string{"春节前各村还有哪些事没办完", "过年前还有多少没办完的"} {
		if place, ok := ReadOpenAsk(q, places); !ok || place != "全镇" {
			t.Errorf("ReadOpenAsk(%q) = %q, %v; want 全镇", q, place, ok)
		}
	}
}
