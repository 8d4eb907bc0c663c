package words

import (
	"github.com/google/go-cmp/cmp"
	"gridbot/internal/fuzzseed"
	"slices"
	"strings"
	"testing"
)

// rosterNames is a roster's names for witnessesIn.
func rosterNames(names ...string) func(string) bool {
	return func(n string) bool { return slices.Contains(names, n) }
}

// TestWitnessesIn: every roster name a claim gives as a witness, in the
// words villagers use, each once.
func TestWitnessesIn(t *testing.T) {
	isName := rosterNames("王五", "李四", "赵六", "欧阳小明")
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"witness and one who saw", "参加义务劳动 修水渠 证明人 王五 李四也看见了", []string{"王五", "李四"}},
		{"two after 证明人", "证明人：王五、李四", []string{"王五", "李四"}},
		{"glued", "证明人王五李四", []string{"王五", "李四"}},
		{"and", "扫雪 李四和王五都看见了", []string{"李四", "王五"}},
		{"vouch", "捡到钱包 王五可以作证，赵六在场", []string{"王五", "赵六"}},
		{"four characters", "证明人 欧阳小明", []string{"欧阳小明"}},
		{"not on the roster", "证明人 老王", nil},
		{"named twice", "证明人 王五 王五可以作证", []string{"王五"}},
		{"none", "打扫了院子", nil},
		{"he vouches", "失主是赵六 他可以作证", []string{"赵六"}},
		{"both there", "王五和赵六都在 他可以作证", []string{"王五", "赵六"}},
		{"he vouches, two named", "王五说赵六 他可以作证", nil},
	} {
		if diff := cmp.Diff(WitnessesIn(tc.text, isName), tc.want); diff != "" {
			t.Errorf("%s: %q (-got +want):\n%s", tc.name, tc.text, diff)
		}
	}
	if got, want := WithWitnesses("证明人 王五李四、照片", []string{"王五", "李四"}), "证明人 王五、证明人 李四、照片"; got != want {
		t.Errorf("withWitnesses: %q, want %q", got, want)
	}
}

// FuzzWitnessesIn: whatever a villager writes, the witnesses read are
// roster names he wrote, each once, and evidence keeps one line per
// witness.
func FuzzWitnessesIn(f *testing.F) {
	for _, s := range []string{"证明人 王五 李四也看见了", "李四和王五都看见了", "王五可以作证", "证明人：", "证人是@李四、", "证明人王五李四赵六", "失主是赵六 他可以作证"} {
		f.Add(s)
	}
	isName := rosterNames("王五", "李四", "赵六")
	fuzzseed.Add(f)
	f.Fuzz(func(t *testing.T, s string) {
		ws := WitnessesIn(s, isName)
		for i, w := range ws {
			if !isName(w) || slices.Contains(ws[:i], w) || !strings.Contains(s, w) {
				t.Fatalf("%q: witnesses %q", s, ws)
			}
		}
		once := WithWitnesses("", ws)
		if n := strings.Count(once, "证明人 "); n != len(ws) {
			t.Fatalf("%q: evidence %q has %d witness lines for %q", s, once, n, ws)
		}
		ev := WithWitnesses(once, ws)
		if ws != nil && ev != once {
			t.Fatalf("%q: evidence %q changed when the witnesses were added again", s, ev)
		}
	})
}
