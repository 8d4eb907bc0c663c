package handlers_test

import (
	"testing"
	"time"

	"gridbot/understand"
)

// TestCall102KinAnsweredUnsaid (call102): 「白凤兰她闺女接的 说白凤兰在她
// 家住着 过完年再回来」 with no 回访 was silent in the group and 「这条没
// 看懂」 privately: 闺女 was no answerer's word, 她 between the name and
// the kin word was not read, and 「过完年再回来」 read as a stay to come.
// Now it is her call, reached through her daughter, and a stay away now.
func TestCall102KinAnsweredUnsaid(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := c.say("王五", "白凤兰她闺女接的 说白凤兰在她家住着 过完年再回来")
	has(t, "group", got, grid3+": 已记录：白凤兰 已通", "白凤兰不在家的事已记在这次回访里", "例行回访先停")
	got = c.private("王五", "石德贵他女婿接的电话 说老人挺好的")
	has(t, "private 女婿", got, "王五: 已记录：石德贵 已通")
	lacks(t, "private 女婿", got, "这条没看懂", "例行回访先停")
	has(t, "private stay", c.private("王五", "王奶奶她闺女接的 说在她那住着"), "王五: 已记录：王奶奶 已通", "例行回访先停")
	// a stay to come is still no stay (call101)
	lacks(t, "ahead", c.private("王五", "回访 王奶奶 已通 她女儿接的 说老人挺好 过年接她去城里住几天"), "例行回访先停")
}

// TestCall102GoodSideLeftOut (call102): an item filed from a call note
// kept the good words before 「就是」「不过」 that were no 身体好 word
// (「炭够烧，就是老寒腿又犯了」); a frozen pipe and a broken electric
// blanket after 「挺好的」 filed nothing.
func TestCall102GoodSideLeftOut(t *testing.T) {
	c := newChat(t, understand.Rules{})
	for _, tc := range []struct{ name, log, want string }{
		{"炭够烧", "回访 王奶奶 已通 炭够烧，就是老寒腿又犯了，腿疼", "王奶奶反映的「老寒腿又犯了，腿疼」已登记"},
		{"冻住", "回访 石德贵 已通 他挺好的 家里水管冻住了", "石德贵反映的「家里水管冻住了」已登记"},
		{"电热毯", "回访 白凤兰 已通 吃的都有 米也够 不过屋里的电热毯坏了", "白凤兰反映的「屋里的电热毯坏了」已登记"},
		// a need before the contrast keeps the whole note
		{"two needs", "回访 王奶奶 已通 腿疼 不过屋顶也漏雨", "「腿疼 不过屋顶也漏雨」"},
	} {
		has(t, tc.name, c.say("王五", tc.log), tc.want)
		c.now = c.now.Add(2 * time.Hour) // a second log of her within the hour adds to the first
	}
}

// TestCall102KinToldStay (call102): 「她儿子说去她闺女家住了 过完年回来」
// logged 已通 with no stay: the son's name written in by kinNote
// (「她儿子金大海说…」) read as his own stay.
func TestCall102KinToldStay(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "son told", c.private("王五", "回访 白凤兰 已通 她儿子说去她闺女家住了 过完年回来"), "王五: 已记录：白凤兰 已通", "例行回访先停")
}
