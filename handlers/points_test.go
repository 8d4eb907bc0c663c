package handlers

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"gridbot/handlers/words"
	"gridbot/village"
)

func TestParsePointsCommands(t *testing.T) {
	tests := []struct {
		text     string
		wantVerb words.Verb
		wantRefs []village.Ref
	}{
		{"申请积分 打扫了院子", words.VClaim, nil},
		{"上报积分 帮助孤寡老人打扫卫生", words.VClaim, nil}, // not a report of "积分 …"
		{"上报 村口路灯坏了", words.VReport, nil},
		{"同意 #C3 8", words.VApprove, []village.Ref{{Kind: 'C', N: 3}}},
		{"同意C3", words.VApprove, []village.Ref{{Kind: 'C', N: 3}}},
		{"驳回 c4 没有证明人", words.VReject, []village.Ref{{Kind: 'C', N: 4}}},
		{"积分排行 2026", words.VRanking, nil},
		{"积分 张三", words.VPoints, nil},
		{"我的积分", words.VMyPoints, nil},
		{"积分查询", words.VPoints, nil},
		{"查询积分", words.VPoints, nil},
		{"兑换 张三 洗衣液 2", words.VRedeem, nil},
	}
	for _, tt := range tests {
		got, ok := parseCommand(tt.text)
		if !ok || got.verb != tt.wantVerb || !cmp.Equal(got.refs, tt.wantRefs) {
			t.Errorf("parseCommand(%q) = %q %v, %v; want %q %v", tt.text, got.verb, got.refs, ok, tt.wantVerb, tt.wantRefs)
		}
	}
	for _, speech := range []string{"积分超市今天开门吗", "同意了明天开会"} {
		if got, ok := parseCommand(speech); ok {
			t.Errorf("parseCommand(%q) = %q, want no command", speech, got.verb)
		}
	}
}
