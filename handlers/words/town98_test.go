package words

import (
	"slices"
	"strings"
	"testing"
)

// TestNamedApartRealNames (town98): refusals differing by a person's
// name join for the names a township's roster holds, not only those of
// two to five letters starting within two of where the words part:
// minority names with 「·」 longer than five, compound surnames and names
// sharing three or four letters. A word that is nobody's name still
// parts them.
func TestNamedApartRealNames(t *testing.T) {
	names := []string{"李四", "阿依古丽·买买提", "欧阳晓明", "欧阳晓红", "买买提·艾力", "买买提·吐尔逊", "热合曼·阿不都热依木"}
	isName := func(n string) bool { return slices.Contains(names, n) }
	for _, c := range []struct {
		a, b, want string
		ok         bool
	}{
		{"\x00 由您负责协调，李四配合", "\x00 由您负责协调，阿依古丽·买买提配合", "\x00 由您负责协调，\x03配合", true},
		{"\x00 在等欧阳晓明确认", "\x00 在等欧阳晓红确认", "\x00 在等\x03确认", true},
		{"\x00 在等买买提·艾力确认；请买买提·艾力回复", "\x00 在等买买提·吐尔逊确认；请买买提·吐尔逊回复", "\x00 在等\x03确认；请\x03回复", true},
		{"\x00 在等热合曼·阿不都热依木确认", "\x00 在等李四确认", "\x00 在等\x03确认", true},
		{"\x00 在等欧阳晓明确认", "\x00 在等欧阳晓某确认", "", false}, // nobody's name
	} {
		got, _, _, ok := NamedApart(c.a, c.b, isName)
		if ok != c.ok || got != c.want {
			t.Errorf("NamedApart(%q, %q) = %q %v, want %q %v", c.a, c.b, got, ok, c.want, c.ok)
		}
	}
	// a third item against the joined words: the long name in the slot
	got, _, name, ok := NamedApart("\x00 在等\x03确认", "\x00 在等热合曼·阿不都热依木确认", isName)
	if !ok || name != "热合曼·阿不都热依木" || got != "\x00 在等\x03确认" {
		t.Errorf("third item: %q %q %v", got, name, ok)
	}
}

// FuzzNamedApart: words joined by a name put back give both refusals'
// words as they were.
func FuzzNamedApart(f *testing.F) {
	f.Add("\x00 在等欧阳晓明确认", "\x00 在等欧阳晓红确认")
	f.Add("\x00 由您负责协调，李四配合", "\x00 由您负责协调，阿依古丽·买买提配合")
	f.Add("\x00 在等\x03确认", "\x00 在等李四确认")
	names := []string{"李四", "阿依古丽·买买提", "欧阳晓明", "欧阳晓红", "张三", "张四"}
	isName := func(n string) bool { return slices.Contains(names, n) }
	f.Fuzz(func(t *testing.T, a, b string) {
		joined, was, name, ok := NamedApart(a, b, isName)
		if !ok {
			return
		}
		if strings.ReplaceAll(joined, nameMask, name) != b {
			t.Errorf("NamedApart(%q, %q): %q with %q is not b", a, b, joined, name)
		}
		if was != "" && strings.ReplaceAll(joined, nameMask, was) != a {
			t.Errorf("NamedApart(%q, %q): %q with %q is not a", a, b, joined, was)
		}
	})
}
