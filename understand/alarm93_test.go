package understand

import "testing"

// TestPeopleTrapped: a collapse is searched for when its words tell
// someone under or inside it; a cry alone does not (alarm93).
func TestPeopleTrapped(t *testing.T) {
	for text, want := range map[string]bool{
		"二组老王家的旧房子塌了 下面压着两个人 快来人": true,
		"三组村口的土坯房塌了 里面还压着一个人":     true,
		"我爹钻进去扒羊 现在还没出来":          true,
		"二组老王家的旧房子塌了 快来人":         false,
		"猪圈的墙倒了": false,
	} {
		if got := PeopleTrapped(Hear(text)); got != want {
			t.Errorf("PeopleTrapped(%q) = %v, want %v", text, got, want)
		}
	}
}
