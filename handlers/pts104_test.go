package handlers_test

import (
	"testing"
	"time"
)

// TestVolunteerWitnessOnPhotoClaim: 张三 claims 庭院整洁 (a photo item)
// naming no witness; 王五's 「我给张三作证 他家院子确实收拾得很干净」 is
// written on the claim, and 张三 is asked for the photo the witness cannot
// stand in for, the scorers not yet (pts104: silent). The photo then asks
// them, showing the witness.
func TestVolunteerWitnessOnPhotoClaim(t *testing.T) {
	b := examplePointsBot(t)
	b.now = time.Date(2026, 12, 8, 9, 0, 0, 0, b.now.Location())
	has(t, "claimed", b.say("张三", "申请积分 庭院整洁 我家院子打扫干净了"), "#C1", "此项需要照片")
	got := b.say("王五", "我给张三作证 他家院子确实收拾得很干净")
	has(t, "vouched", got, "谢谢王五，已把您的确认记到 #C1", "这项按规定要照片，作证代替不了：张三，请把照片发在这里")
	lacks(t, "vouched", got, "请审核")
	if c := b.claim("C1"); c.Written() != "证明人 王五（已确认）" {
		t.Errorf("C1 evidence %q, want 王五 confirmed", c.Written())
	}
	has(t, "photo", b.photo("p1", g3, "张三", "yard.jpg"), "已把照片附到 #C1", "请审核")
	// his own household's word is no witness's
	has(t, "claimed 2", b.say("陈二", "申请积分 庭院整洁 院子扫干净了"), "#C2")
	lacks(t, "kin", b.say("陈小龙", "我给陈二作证"), "已把您的确认记到 #C2")
}

// TestOwnDoorwaySnowIsYard: snow swept at one's own door is 门前三包, the
// catalogue's 庭院整洁、房前屋后干净 (HJ01), not 义务劳动 (pts104: SG02);
// a way swept from the door to the village's entrance stays 义务劳动, an
// elder's door is care for her.
func TestOwnDoorwaySnowIsYard(t *testing.T) {
	b := examplePointsBot(t)
	b.now = time.Date(2026, 12, 8, 9, 0, 0, 0, b.now.Location())
	has(t, "for 王奶奶", b.say("李四", "申请积分 替 王奶奶 她把自家门口的雪扫了"), "王奶奶户·王奶奶「庭院整洁、房前屋后干净」")
	has(t, "own", b.say("陈二", "申请积分 早上把自家门口的雪扫干净了"), "陈二户·陈二「庭院整洁、房前屋后干净」")
	has(t, "to the entrance", b.say("张三", "申请积分 早上把我家门口到村口那段路的雪铲了"), "张三户·张三「参加义务劳动、集体劳动」")
}

// TestShopClosedTold: 周八's 「这周六超市不开门 我去县里进货」 is kept and
// told to the village's other grid groups; 「超市几点开门」 says it till the
// shop opens again, then no more (pts104: the word was chat, the answer
// the config's hours). His 「通知：…」 is taken the same way, not refused
// as a notice; a villager's same words are not.
func TestShopClosedTold(t *testing.T) {
	b := examplePointsBot(t)
	loc := b.now.Location()
	b.now = time.Date(2026, 12, 10, 9, 0, 0, 0, loc) // a Thursday
	got := b.say("周八", "这周六超市不开门 我去县里进货")
	has(t, "told", got, "好的，已记下：积分超市12月12日（周六）不开门，12月13日（周日）起照常",
		"青山村一组网格群: 【积分超市】超市管理员周八说：积分超市12月12日（周六）不开门", "青山村二组网格群: 【积分超市】")
	lacks(t, "told", got, "青山村三组网格群: 【积分超市】")
	has(t, "asked", b.say("张三", "@网格小助手 超市几点开门"), "按超市管理员周八的通知，积分超市12月12日（周六）不开门")
	b.now = time.Date(2026, 12, 13, 9, 0, 0, 0, loc)
	lacks(t, "after", b.say("张三", "@网格小助手 超市几点开门"), "不开门")
	got = b.say("周八", "通知：积分超市明后天不开门")
	has(t, "notice", got, "积分超市12月14日（周一）至12月15日（周二）不开门")
	lacks(t, "notice", got, "需要镇干部或网格长")
	lacks(t, "villager", b.say("张三", "这周六超市不开门"), "已记下")
}

// TestHomeComerPointsAsked: 陈二's 「我儿子从深圳回来过年了 他的积分怎么算」
// is answered how a member counts, not offered as a claim (pts104: the 了
// of his homecoming read as a deed told); salt spread on an icy bridge
// is 义务劳动.
func TestHomeComerPointsAsked(t *testing.T) {
	b := examplePointsBot(t)
	b.now = time.Date(2026, 12, 9, 9, 30, 0, 0, b.now.Location())
	got := b.say("陈二", "我儿子从深圳回来过年了 他的积分怎么算")
	has(t, "rules", got, "都算参评人数")
	lacks(t, "rules", got, "回复「1」")
	has(t, "salt", b.say("张三", "申请积分 昨天下冻雨 我在村口桥上撒了两袋盐防滑 王五看见了"), "「参加义务劳动、集体劳动」")
}
