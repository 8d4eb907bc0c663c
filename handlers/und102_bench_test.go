package handlers_test

import (
	"fmt"
	"testing"

	"gridbot/bot"
)

// BenchmarkDecember102: the readings und102 changed, each as a villager's
// group message measured on its own: chat now silent (an errand offered,
// days off passed on, a pig chased, highway ice passed on as advice), a
// matter now offered or filed (a road patched asked politely, meat sold
// uninspected, fireworks piled where a family sleeps, a renovation boss
// gone with the pay) and foul water washed onto a field, once a flood
// alarm to the duty chat, now a quarrel. The sender's 「2」 after it
// declines whatever was offered (unmeasured).
func BenchmarkDecember102(b *testing.B) {
	for _, c := range []struct{ name, from, text string }{
		{"errand_offered", "张三", "明天赶大集 有要捎年货的吗"},
		{"days_off_told", "陈二", "快递点说年前放假 腊月二十六以后就不收件了"},
		{"pig_chased", "张三", "杀年猪的时候猪跑了 满村追 笑死我了"},
		{"highway_ice_tip", "陈二", "俺儿子开车回来 说高速上好多地方结冰 大家回来的路上慢点开"},
		{"road_patch_asked", "张三", "年前能不能把村口那段烂路补一补 过年车多"},
		{"meat_uninspected", "陈二", "集上有人卖没检疫的猪肉 便宜得很 怕吃出问题"},
		{"fireworks_piled", "张三", "村口小卖部老板卖烟花 就堆在屋里 他一家人还住在里面"},
		{"renovation_pay", "陈二", "俺家老二在外头干装修 包工头卷钱跑了 一起的十几个人都没拿到钱"},
		{"muck_washed_in", "张三", "隔壁老刘家杀猪 猪血和粪水全冲到俺家地里了 跟他说他还骂人"},
	} {
		b.Run(c.name, func(b *testing.B) {
			benchOneOfEach(b, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
				m = benchMsg(fmt.Sprintf("d102-%s-%d", c.name, i), g3, c.from, fmt.Sprintf("%s %d", c.text, i), "")
				return nil, m, []bot.Message{benchMsg(fmt.Sprintf("d102-%s-%d-no", c.name, i), g3, c.from, "2", "")}
			})
		})
	}
}
