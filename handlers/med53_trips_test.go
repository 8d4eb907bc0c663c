package handlers_test

import (
	"testing"
)

// TestPartyWordsPrivatelyFresh: another process, which does not follow
// the grid's open items yet, pays for a private greeting what it paid
// before (no read of them for words naming no thing nor amount); for the
// party's objection it reads them once (then follows them) besides the
// one commit, and her next words cost the commit alone.
func TestPartyWordsPrivatelyFresh(t *testing.T) {
	for _, tc := range []struct {
		text string
		want int64
		then int64
	}{{"你好", 2, 2}, {"50块不够 那是下蛋的母鸡", 3, 1}} {
		a, b := twoProcesses(t)
		for _, m := range [][2]string{{"陈二", "我家隔壁张三家的狗天天晚上叫 还咬了我家鸡"}, {"李四", "确认 #R1"},
			{"李四", "进展 #R1 两家都谈了 张三同意把狗拴起来 鸡的事赔50块"}} {
			a.say(m[0], m[1])
		}
		b.now = a.now
		b.costs(t, tc.want, tc.text, privately("陈二", tc.text))
		b.costs(t, tc.then, tc.text+" then the objection", privately("陈二", "那只鸡50块买不到"))
		b.costs(t, 1, tc.text+" then more", privately("陈二", "鸡的事我不同意"))
	}
}
