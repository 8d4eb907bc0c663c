package handlers_test

import (
	"testing"

	"gridbot/understand"
)

// TestScamThatMadeHerFaint: a scam's story that ends with its target
// fainted is the medical alarm: 120 and the faint's first steps beside the
// swindle's, the leader sent to her, no 122 for the story's crash (und111).
func TestScamThatMadeHerFaint(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := c.say("张三", "我妈接了个电话说我弟出车祸了 让她马上转钱 她急得晕过去了")
	has(t, "alarm", got, "紧急情况 #R1", "120", "先别转账", "96110", "叫不醒的让他侧躺", "立即赶到现场协助救护")
	lacks(t, "no crash", got, "122", "交警")
}

// TestWinterSwindlesWarned: old phones collected for eggs are asked back
// with their own warning, a fixer's fee for a school place with the
// swindle's (und111).
func TestWinterSwindlesWarned(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "phones", c.say("张三", "村里来了几个收旧手机的 说旧手机换鸡蛋 挨家挨户敲门"), "一般事项·治安", "回复「1」登记", "旧手机、旧手机卡先别给他们", "恢复出厂设置")
	has(t, "fixer", c.say("陈二", "有人说能帮娃弄进县一中 先交两万 我交不交"), "一般事项·治安", "先别给钱", "96110")
}

// TestDrunkInTheColdAlarm: one drunk asleep by the road in the cold is a
// medical alarm with the steps of getting him in and warm (und111).
func TestDrunkInTheColdAlarm(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "alarm", c.say("张三", "俺家老头喝了酒 大冷天躺在路边睡着了"), "紧急情况 #R1", "120", "弄到暖和的屋里", "侧躺")
}

// TestPrivateReportNamesCategory: a private general report's reply and
// the leader's note name its category as the group's reply does (und111).
func TestPrivateReportNamesCategory(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "private", c.private("陈二", "井盖没了"), "已登记 #R1（一般事项·道路交通）：井盖没了", "【私信反映】陈二 反映 #R1（一般事项·道路交通）")
}
