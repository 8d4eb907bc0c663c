package handlers

import "testing"

// TestOwnMatter: first-person words naming no one else are the
// recorder's own.
func TestOwnMatter(t *testing.T) {
	for text, want := range map[string]bool{"我想办高龄补贴": true, "俺家也要办低保": true, "我要办残疾证": true,
		"我想问下她那个要带什么材料": false, "白凤兰我想帮她办": false, "那要带户口本原件吗": false, "要带啥材料": false} {
		if got := ownMatter(text, "白凤兰"); got != want {
			t.Errorf("%s: %v, want %v", text, got, want)
		}
	}
}
