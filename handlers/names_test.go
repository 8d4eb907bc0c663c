package handlers

import "testing"

func TestSpacedName(t *testing.T) {
	roster := map[string]bool{"张明": true, "张三": true, "王奶奶": true, "欧阳小明": true}
	isName := func(n string) bool { return roster[n] }
	tests := []struct {
		name, s, wantName, wantRest string
		wantOK                      bool
	}{
		{"two pieces", "张 明 参加村里清理河道", "张明", "参加村里清理河道", true},
		{"before an item", "张 三 香皂 1", "张三", "香皂 1", true},
		{"surname and title", "王 奶奶 送饭", "王奶奶", "送饭", true},
		{"three pieces", "欧阳 小 明", "欧阳小明", "", true},
		{"several spaces", "张  明  献血", "张明", "献血", true},
		{"a written-together name is not spaced", "张明 献血", "", "张明 献血", false},
		{"no such person", "张 伟 献血", "", "张 伟 献血", false},
		{"a long word after is no part", "张 明天参加", "", "张 明天参加", false},
		{"latin", "Zhang Ming", "", "Zhang Ming", false},
		{"empty", "", "", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			name, rest, ok := spacedName(tt.s, isName)
			if name != tt.wantName || rest != tt.wantRest || ok != tt.wantOK {
				t.Errorf("spacedName(%q) = %q, %q, %v; want %q, %q, %v", tt.s, name, rest, ok, tt.wantName, tt.wantRest, tt.wantOK)
			}
		})
	}
}
