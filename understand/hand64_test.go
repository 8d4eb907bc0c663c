package understand

import "testing"

// TestAdverbialDiIsNoLand: the 地 ending an adverb ("水哗哗地流") was read
// as land, so a burst pipe shared a subject with a quarrel over a
// homestead; land named by 地 still is land.
func TestAdverbialDiIsNoLand(t *testing.T) {
	quarrel := Hear("隔壁两家为了宅基地吵起来了")
	for _, s := range []string{"村东头水管爆了，水哗哗地流", "水一直不停地往外冒", "他慢慢地走过来"} {
		if SharesSubject(quarrel, Hear(s)) {
			t.Errorf("%q shares a subject with the homestead quarrel", s)
		}
	}
	for _, s := range []string{"他家占了我家的地", "那块地是我家的"} {
		if !SharesSubject(quarrel, Hear(s)) {
			t.Errorf("%q shares no subject with the homestead quarrel", s)
		}
	}
}
