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

// TestOtherMattersAfterAnApprovalQuestion: a villager told a procedure
// asks, in the next minutes, of a festival, a crop's price, the water —
// questions of their own, not further ones of his approval item: the
// leader is not called to answer them there ("又问" with the guide's
// lines, it was); a real further question still is.
func TestOtherMattersAfterAnApprovalQuestion(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "home", c.say("张三", "外地回来过年的要不要去村里登记"), "返乡人员登记")
	for _, q := range []string{"今年过年村里有没有啥活动", "村里的自来水啥时候停水 提前说一声"} {
		lacks(t, q, c.say("张三", q), "又问", "#R1")
	}
	has(t, "dibao", c.say("陈二", "我想问问低保怎么申请"), "【低保】怎么办")
	lacks(t, "corn", c.say("陈二", "村里有没有人收玉米 价钱多少"), "又问", "#R2")
	has(t, "further", c.say("陈二", "那要带户口本原件吗"), "又问", "户口簿")
}

// TestOwnBenefitChangedIsAskedOfTheLeader: 「我家的低保今年怎么少了50」 asks
// why what is paid him changed; it was filed as a 低保 application and
// told the whole application guide. It is a question of his own benefit,
// like 「养老金到账没有」: passed to the leader, with where he can check.
func TestOwnBenefitChangedIsAskedOfTheLeader(t *testing.T) {
	c := newChat(t, understand.Rules{})
	for _, q := range []string{"我家的低保今年怎么少了50", "俺娘的养老金咋给停了"} {
		got := c.say("陈二", q)
		has(t, q, got, "已转问网格长李四", "【村民提问】陈二在"+grid3+"问我")
		lacks(t, q, got, "怎么办：", "带齐材料")
	}
}

// TestMayClaimAskedIsNoApplication: 「帮五保户扫雪能申请积分吗」 asks whether
// a deed counts; it was filed as a 特困供养 application with the leader
// called (申请 + 五保户), and 「能帮他申请积分吗」 was offered as a claim
// with no deed. Both are questions about the points, answered with the
// catalogue's item or how claims are made; nothing is filed.
func TestMayClaimAskedIsNoApplication(t *testing.T) {
	c := newChat(t, understand.Rules{})
	deed := c.say("陈二", "帮五保户扫雪能申请积分吗")
	has(t, "deed", deed, "SG04 帮助困难群众、照料孤寡老人")
	lacks(t, "deed", deed, "已登记", "特困", "@李四")
	kin := c.say("张三", "我儿子腊月二十回来 能帮他申请积分吗")
	has(t, "kin", kin, "申请积分 给 名字 做了什么") // how to claim for him (appr106)
	lacks(t, "kin", kin, "我理解为", "已登记")
	c.wantReports(0, "asked")
}
