package understand_test

import (
	"context"
	"testing"
	"time"

	"gridbot/understand"
	"gridbot/village"
)

// TestChaseStated: a complaint that an application made has had no result
// for some time is a chase, as the question is; a stall with no time told,
// an application not made or a plain wait is not.
func TestChaseStated(t *testing.T) {
	rules := understand.Rules{}
	for _, text := range []string{
		"高龄补贴交了材料两个月了还没批下来", "低保申请报上去一个多月了 一直没消息", "残疾证的材料递上去半年了 到现在都没动静",
		"医保报销的资料交了好几周了 一直没回音",
	} {
		r := rules.Read(context.Background(), text)
		if r.Intent != village.IntentReport || r.Type != village.Approval || !r.Chases {
			t.Errorf("%q: %s %s chases %v; want approval report, chases", text, r.Intent, r.Type, r.Chases)
		}
	}
	for _, text := range []string{"还没交材料 低保两个月了也没批", "低保的事一直没消息 也不知道咋回事", "等了两个月了还没下来"} {
		if r := rules.Read(context.Background(), text); r.Chases {
			t.Errorf("%q: chases; want none (no application told made)", text)
		}
	}
}

// TestPromisesVagueDays: a result promised 过两天/过几天/改天/这两天 is
// promised for later.
func TestPromisesVagueDays(t *testing.T) {
	at := time.Date(2026, 12, 7, 9, 0, 0, 0, time.Local)
	for note, want := range map[string]bool{
		"过两天就修好": true, "过几天就能弄好": true, "这两天就处理好": true, "改天修好": true,
		"这两天一直没修好": false, "修好了": false,
	} {
		if got := understand.Promises(note, at); got != want {
			t.Errorf("Promises(%q) = %v, want %v", note, got, want)
		}
	}
}

// TestRelayed: news passed on from the one who does the work is read;
// hearsay, the speaker's own or the hearer's words, questions are not.
func TestRelayed(t *testing.T) {
	for text, want := range map[string]bool{
		"环卫说下午来": true, "电工说明天来换": true, "供电所说在排队": true, "水厂那边回话说明天修": true, "施工队的人说过两天来": true,
		"听说明天停电": false, "我说了明天来": false, "你说啥": false, "环卫说什么时候来？": false, "大家说说": false,
		"他说腿疼": false, "有人说要涨价": false, "电工说": false,
	} {
		if got := understand.Relayed(text); got != want {
			t.Errorf("Relayed(%q) = %v, want %v", text, got, want)
		}
	}
}
