package handlers_test

import (
	"testing"

	"gridbot/understand"
)

// TestHomeForSpringFestivalSaysWhoHeIs: in December villagers come home
// and write their name with where they came from in one message. A name
// the roster lacks is welcomed as a newcomer (the leader told privately);
// one it has is a 我是 claim for the leader to confirm; a name followed by
// a matter is read as the matter, not as who he is (it was silence for
// the first two).
func TestHomeForSpringFestivalSaysWhoHeIs(t *testing.T) {
	c := newChat(t, understand.Rules{})
	home := c.say("刘大", "我是刘大 刚从广东回来过年")
	has(t, "new", home, grid3+": 欢迎刘大！名单里还没有您，已告诉网格长李四", "李四: "+grid3+"里「刘大」说自己是刘大", "（原话：我是刘大 刚从广东回来过年）")
	has(t, "on the roster", c.say("凤儿", "我是陈小凤，刚从深圳打工回来"),
		"群里「凤儿」说自己是陈小凤（QS-302户）", "确认身份 凤儿")
	matter := c.say("老刘", "我是刘二 家里水管冻裂了")
	lacks(t, "matter", matter, "欢迎", "说自己是")
	has(t, "matter", matter, "水管冻裂")
}
