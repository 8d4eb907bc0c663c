package handlers_test

import (
	"testing"
	"time"

	"gridbot/understand"
)

// TestFallAnswered: the answer to the fall's question is read against it
// (alarm106): 「不能动」 raises the fall's alarm with its words, a sore leg
// is asked again and its 「站不起来」 raises it, 「能动 没事」 hears how
// to help him up; another's words and a late answer are not taken so.
func TestFallAnswered(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "俺爹骑电动车在冰上摔了")
	got := c.say("张三", "不能动")
	has(t, "hurt", got, "【突发事件】青山村三组 #R1", "情况：俺爹骑电动车在冰上摔了 不能动", "摔伤的先别急着扶起来")
	c = newChat(t, understand.Rules{})
	c.say("陈二", "俺妈在院里冰上摔了")
	got = c.say("陈二", "腿疼")
	has(t, "sore", got, "陈二，先别急着扶。能自己慢慢站起来", "再说一句「站不起来」")
	lacks(t, "sore no alarm", got, "【突发事件】")
	got = c.say("陈二", "站不起来")
	has(t, "up", got, "【突发事件】青山村三组 #R1", "情况：俺妈在院里冰上摔了 腿疼 站不起来")
	c = newChat(t, understand.Rules{})
	c.say("陈二", "俺妈在院里冰上摔了")
	got = c.say("陈二", "能动 没事")
	has(t, "fine", got, "陈二，好的。人清醒、能动的，慢慢扶着先坐起来")
	got = c.say("陈二", "不能动")
	lacks(t, "asked once", got, "【突发事件】", "陈二，好的")
	c = newChat(t, understand.Rules{})
	c.say("陈二", "俺妈在院里冰上摔了")
	c.now = c.now.Add(30 * time.Minute)
	lacks(t, "late", c.say("陈二", "不能动"), "【突发事件】")
}

// TestStillNotUp: 「俺爹下去半天了 也没上来」 at the cellar's alarm is
// its news, no second one down nor one about to go (alarm106).
func TestStillNotUp(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("陈二", "俺家菜窖 俺爹下去拿白菜 半天没上来 喊也不应")
	got := c.say("陈二", "俺爹下去半天了 也没上来")
	has(t, "news", got, "【突发补充·进展】青山村三组 #R1", "陈二（13900000002）说：俺爹下去半天了 也没上来")
	lacks(t, "not a second down", got, "又有人", "先别下去", "#R2", "至少两人")
}

// TestCountAfter: a count said at the cellar's alarm goes to the duty
// chat with its line and the group hears it; the same count again is no
// news (alarm106).
func TestCountAfter(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("陈二", "俺家菜窖 俺爹下去拿白菜 半天没上来 喊也不应")
	got := c.say("陈二", "下面有三个人")
	has(t, "count", got, "【突发补充·进展】青山村三组 #R1", "现场至少三人遇险：请告诉120和119人数",
		"@陈二\u2005收到，已转告镇应急值班：#R1 现场至少三人遇险", "千万别再有人下去！")
	lacks(t, "again", c.say("张三", "窖里还有三个人"), "至少三人")
}
