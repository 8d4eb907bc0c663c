package handlers_test

import (
	"testing"
	"time"

	"gridbot/understand"
)

// TestDizzyInTheCold: dizzy and unsteady after the cold is an alarm whose
// group reply and duty post carry the dizzy line and 120 to the house
// (alarm112: silence); with a stroke's speech the stroke line stands alone.
func TestDizzyInTheCold(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := c.say("张三", "天太冷了 俺爹出去一趟回来就说头晕 站不稳")
	has(t, "alarm", got, "【突发事件】青山村三组 #R1", "急救要点", "头晕站不稳的先扶他坐下或躺下", "说清村名、组和门牌号")
	d := newChat(t, understand.Rules{})
	got = d.say("张三", "俺爹突然头晕 站不住 说话也说不清了")
	has(t, "stroke", got, "像是中风的让他躺下")
	lacks(t, "stroke", got, "头晕站不稳的先扶他")
}

// TestHurtAwayIsTheFamilys: kin hurt on a far road and in hospital there
// is a general item its leader hears of at once, worded for the family's
// needs: no 120, no 122, no scene, no duty chat (alarm112); at night the
// leader is messaged privately with the same words.
func TestHurtAwayIsTheFamilys(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := c.say("陈二", "俺儿子在高速上追尾了 人在医院")
	has(t, "day", got, "已登记 #R1（一般事项·其他）", "家里有人在外出事住院，网格长会尽快联系家属", "去医院的车、事故理赔的手续", "先给家人本人或医院打电话核实")
	lacks(t, "day", got, "【突发事件】", "120", "122", "警示", "挪动伤者", "立即赶到现场", "医保报销", dutyChat)

	d := newChat(t, understand.Rules{})
	d.now = clock(d.now, 0, 23, 10)
	got = d.say("陈二", "俺闺女开车回来过年 在高速上出事了 住院了")
	has(t, "night", got, "李四: 【村民反映·家人在外出事住院】陈二在群里反映 #R1", "人在外地医院，现场有当地交警和医生", "家里有人在外出事住院，虽是夜里，已马上私信告诉网格长李四")
	lacks(t, "night", got, "【突发事件】", "急病送医")
}

// TestTwoHarmsAtOneSpot: an overturned coach at the village gate an hour
// after an elder found frozen there is an alarm of many, not the elder's
// danger come back (alarm112: 「同一处 #R1 今天的险情又起」).
func TestTwoHarmsAtOneSpot(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "cold", c.say("陈二", "村口有个老人冻得直哆嗦 叫他也不说话"), "【突发事件】青山村三组 #R1", "先抬到避风暖和的屋里")
	c.now = c.now.Add(time.Hour)
	got := c.say("张三", "打工回来的大巴在村口翻了")
	has(t, "coach", got, "【突发事件】青山村三组 #R2", "现场多人遇险", "交警：122")
	lacks(t, "coach", got, "险情又起", "同一处")
}

// TestKangFumesAlarm: a heated brick bed with the family sick is the coal
// fumes' alarm (alarm112: silence).
func TestKangFumesAlarm(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "kang", c.say("陈二", "俺家烧炕 一家人都头疼恶心"), "【突发事件】青山村三组 #R1", "一氧化碳", "马上开窗通风")
}

// TestSkaterThroughTheIce: one of the skaters gone down gets the ice's
// lines (110, nobody walks out on it), not a fall's (alarm112).
func TestSkaterThroughTheIce(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := c.say("张三", "俺家孩子放寒假回来 跟几个同学去水库滑冰 有一个掉下去了")
	has(t, "ice", got, "【突发事件】青山村三组 #R1", "有人掉进冰窟窿请同时拨打110；别直接走上冰面去拉")
	lacks(t, "no fall", got, "摔伤的先别急着扶起来")
}

// TestOwnKinInCareApart: another household's word of its own kin hurt and
// in hospital, while one alarm is open, is its own family item, not news
// of that alarm (alarm112: 【突发补充·进展】 of 陈二's father's stroke);
// the alarm's own household saying it is still its news.
func TestOwnKinInCareApart(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("陈二", "俺爹突然头晕 站不住 说话也说不清了")
	c.now = c.now.Add(20 * time.Minute)
	got := c.say("张三", "我家老头子在镇上被车撞了 送到医院了")
	has(t, "own", got, "已登记 #R2（一般事项·其他）", "家里有人在外出事住院")
	lacks(t, "own", got, "【突发补充")
}
