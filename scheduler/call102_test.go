package scheduler

import (
	"context"
	"strings"
	"testing"

	"gridbot/storage"
	"gridbot/village"
)

// TestCall102ListSaysWhoPaid (call102): 熊秀英 said 「医保在手机上交过
// 了」 under the payment notice; the 08:00 list did not tell 王五 so when
// it listed 石德贵 (her household's elder), and he pressed the old man to
// pay again. His line now says who of the household said it paid; an
// elder whose household said nothing has no such words.
func TestCall102ListSaysWhoPaid(t *testing.T) {
	f := newPointsFixture(t)
	f.storeNotice(village.Notice{Text: "医保缴费截止：2027年城乡居民医保缴费3月20日截止，每人400元。", By: "孙七", At: f.at("2026-03-02 09:00"), Groups: []string{"青山村三组网格群"}})
	if _, err := f.st.Commit(context.Background(), storage.Change{Scope: storage.TownshipScope("青山镇"), MsgID: "paid",
		Incr: []storage.Incr{{Hash: storage.AckHash("N1"), Field: "青山村/QS-309", By: 1},
			{Hash: storage.AckHash("N1"), Field: storage.PaidField("青山村/QS-309", "熊秀英"), By: 1}}}); err != nil {
		t.Fatal(err)
	}
	var list string
	for _, o := range f.run("calls", "2026-03-03 08:00") {
		if strings.HasPrefix(o, "王五: ") {
			list = o
		}
	}
	if want := "2. 石德贵 13900000031（关爱等级：一般，每季度一次；家里熊秀英说过缴费已交，不用再催）"; !strings.Contains(list, want) {
		t.Errorf("王五's list lacks %q:\n%s", want, list)
	}
	if strings.Count(list, "说过缴费已交") != 1 {
		t.Errorf("only 石德贵's line says who paid:\n%s", list)
	}
}
