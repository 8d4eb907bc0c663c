package words

import (
	"gridbot/internal/fuzzseed"
	"gridbot/village"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestParseCallLog(t *testing.T) {
	for _, tc := range []struct {
		args, name, outcome, note string
	}{
		{"王奶奶 已通 身体挺好", "王奶奶", village.OutcomeReached, "身体挺好"},
		{"王奶奶已通，身体挺好", "王奶奶", village.OutcomeReached, "身体挺好"},
		{"王奶奶 打通了 身体还行", "王奶奶", village.OutcomeReached, "身体还行"},
		{"王奶奶 没打通", "王奶奶", village.OutcomeMissed, ""},
		{"王奶奶 未接通", "王奶奶", village.OutcomeMissed, ""}, // not 接通
		{"王奶奶：关机", "王奶奶", village.OutcomeMissed, ""},
		{"王奶奶 上门 人没事，就是屋顶漏雨了", "王奶奶", village.OutcomeVisited, "人没事，就是屋顶漏雨了"},
		{"王奶奶 今天 已通 说下周要上门", "王奶奶", village.OutcomeReached, "今天 说下周要上门"},
		{"王奶奶", "", "", ""},
		{"已通", "", "", ""},
		{"工作要做细", "", "", ""},
	} {
		name, outcome, note, ok := ParseCallLog(tc.args)
		if ok != (tc.name != "") || name != tc.name || outcome != tc.outcome || note != tc.note {
			t.Errorf("parseCallLog(%q) = %q, %q, %q, %v; want %q, %q, %q", tc.args, name, outcome, note, ok, tc.name, tc.outcome, tc.note)
		}
	}
}

func FuzzParseCallLog(f *testing.F) {
	for _, s := range []string{"王奶奶 已通 身体挺好", "王奶奶已通", "，已通", "未接通未接通", "\xff已通\xfe"} {
		f.Add(s)
	}
	fuzzseed.Add(f)
	f.Fuzz(func(t *testing.T, s string) {
		name, outcome, note, ok := ParseCallLog(s)
		if !ok {
			return
		}
		if name == "" || outcome == "" || !strings.Contains(s, name) {
			t.Fatalf("parseCallLog(%q) = %q, %q, %q", s, name, outcome, note)
		}
		if utf8.ValidString(s) && !(utf8.ValidString(name) && utf8.ValidString(note)) {
			t.Fatalf("parseCallLog(%q) made invalid UTF-8", s)
		}
	})
}

// TestRelayNote: a note that confirms a relayed notice is told from the
// elder's own words; what follows a "但是" may still be a report.
func TestRelayNote(t *testing.T) {
	tests := []struct {
		note        string
		wantRelayed bool
		wantRest    string
	}{
		{"已转告停水", true, ""},
		{"他说知道停电了", true, ""},
		{"已转告 明天停水她知道了", true, ""},
		{"已转告，但是她说屋顶漏雨了", true, "她说屋顶漏雨了"},
		{"已转告。她家屋顶漏雨了", true, "她家屋顶漏雨了"},
		{"他知道了，家里屋顶漏雨了要人修", true, "家里屋顶漏雨了要人修"},
		{"已转告但是屋顶漏雨", true, "屋顶漏雨"},
		{"身体挺好", false, "身体挺好"},
		{"她说家里自来水管冻裂了，一直漏水", false, "她说家里自来水管冻裂了，一直漏水"},
		{"她不知道低保怎么办", false, "她不知道低保怎么办"},
	}
	for _, tt := range tests {
		relayed, rest := RelayNote(tt.note)
		if relayed != tt.wantRelayed || rest != tt.wantRest {
			t.Errorf("relayNote(%q) = %v, %q; want %v, %q", tt.note, relayed, rest, tt.wantRelayed, tt.wantRest)
		}
	}
}

// TestIsAck: the ways households answer a notice count as 收到; sentences
// that merely contain it do not.
func TestIsAck(t *testing.T) {
	for text, want := range map[string]bool{
		"收到?": false, "收到？": false,
		"收到": true, "好的收到": true, "收到收到": true, "ok收到": true, "OK，收到": true, "👌收到": true, "收到👍": true,
		"收到，谢谢": true, "收到了": true, "已收到": true, "好的，收到！": true, "嗯嗯收到了谢谢": true, "收到😊": true,
		"收到了吗": false, "我收到一个诈骗电话": false, "没收到": false, "收到通知了吗": false, "收到 #R3": false,
		"村里收到补贴了吗": false, "好的": false,
		"我家收到了": true, "我们家已收到": true, "我知道了": true, "我家收到补贴了": false, "我收到一个快递": false,
	} {
		if got := IsAck(text); got != want {
			t.Errorf("isAck(%q) = %v, want %v", text, got, want)
		}
	}
}

// TestNeedIn: the needs a call note tells, and the notes that tell none:
// all is well, a complaint denied, waved away or over, family looking
// after her.
func TestNeedIn(t *testing.T) {
	for note, want := range map[string]string{
		"最近头晕，降压药吃完了": "其他", "腰疼": "其他", "都挺好，就是家里没米了": "其他", "暖气不热": "水电设施",
		"家里米快吃完了": "其他", "说米吃完了 不要紧": "其他", "液化气用完了 做不了饭": "其他",
		"一个人在家闷得慌，想有人来看看": "其他", "家里漏雨了": "安全隐患", "炉子坏了 冷得很": "其他",
		"挺好": "", "没事": "", "都好": "", "身体还行": "", "腰不疼了": "", "头晕好多了": "", "没病没灾的": "",
		"儿子过两天来看看她": "", "跟她说说话，挺好": "", "药按时吃着，血压正常": "", "儿子帮她买了药": "",
		// a complaint she waves away in a later clause, or says is over
		"腰疼，不要紧": "", "腰疼 已经好了": "", "膝盖疼 老毛病了 没事": "", "头晕了两天，现在好多了": "",
		"有点咳嗽，她说不用管": "", "一个人闷得慌 不过说没关系": "",
		// ... but not a want of things, nor a complaint after it, nor one asked about
		"药快吃完了，不要紧": "其他", "家里漏雨 没事": "安全隐患", "没事，就是腰有点疼": "其他",
		"腰疼，问她没事吧": "其他", "腰疼得厉害 情况不好了": "其他", "腰疼 儿子说好了明天来": "其他",
		// as workers write a visit: the pressure "a bit high", medicine to buy
		"血压有点高 要买药": "其他", "血压偏高": "其他", "降压药不够吃了": "其他", "血压有点高 不过没事": "",
		"不需要买药 儿子买了": "",
	} {
		if got, _ := needIn(note); got != want {
			t.Errorf("needIn(%q) = %q, want %q", note, got, want)
		}
	}
}
