package words

import (
	"testing"
)

// TestLeaderParty: a leader's 我/俺/咱 of himself make him a party to the
// quarrel he tells; of his grid or of his visit as its mediator they do
// not.
func TestLeaderParty(t *testing.T) {
	for _, tc := range []struct {
		text  string
		party bool
	}{
		{"俺和隔壁老赵为地界吵起来了", true},
		{"陈二家的水沟往我家灌水", true},
		{"他骂我", true},
		{"咱俩为这事吵了", true},
		{"我在家被他骂了一顿", true},
		{"咱组东头两家为排水沟吵架 我去看了", false},
		{"张三和陈二吵起来了 我正在调解", false},
		{"我们村两家为地界闹起来了，俺刚到现场", false},
		{"张三和陈二两家为宅基地吵起来了", false},
	} {
		if got := LeaderParty(tc.text); got != tc.party {
			t.Errorf("%s: party %v, want %v", tc.text, got, tc.party)
		}
	}
}
