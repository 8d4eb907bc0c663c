package handlers_test

import (
	"fmt"
	"testing"

	"gridbot/bot"
)

// BenchmarkDecember103: the readings und103 changed, each a villager's
// group message measured on its own: now offered (a household's frozen
// pipe, ice that felled several, money lent and dodged; sparks of a paper
// burning, once a fire alarm to the duty chat; a cracked flue, once a gas
// alarm), offered with the 拉电闸 caution (a burst pipe over the floor),
// now silent (费电) and a heating-subsidy question while a fire is open,
// once joined to the fire as its aid, now forwarded as its own (the fire,
// before it, unmeasured). The sender's 「2」 after it declines whatever
// was offered (unmeasured).
func BenchmarkDecember103(b *testing.B) {
	for _, c := range []struct{ name, from, text, before string }{
		{"pipe_frozen", "张三", "俺家水管冻住了", ""},
		{"ice_felled", "陈二", "村口小卖部门前那块冰 早上摔了好几个人了", ""},
		{"loan_dodged", "张三", "年初借给老周两万块钱 说好年底还 现在人躲着不见面", ""},
		{"sparks_adrift", "陈二", "河边有人烧纸钱 风大 火星子乱飞", ""},
		{"flue_cracked", "张三", "老屋的烟囱裂了 一生炉子满屋子都是烟", ""},
		{"pipe_burst_floor", "陈二", "水管爆了 水漫了一地", ""},
		{"power_saved", "张三", "闺女给买了个电暖器 俺娘嫌费电不让开", ""},
		{"subsidy_during_fire", "陈二", "今年的取暖补贴啥时候发 俺家还没收到", "着火了！后山张家房子烧起来了 快来人"},
	} {
		b.Run(c.name, func(b *testing.B) {
			benchOneOfEach(b, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
				if c.before != "" {
					before = []bot.Message{benchMsg(fmt.Sprintf("d103-%s-%d-pre", c.name, i), g3, "张三", fmt.Sprintf("%s %d", c.before, i), "")}
				}
				m = benchMsg(fmt.Sprintf("d103-%s-%d", c.name, i), g3, c.from, fmt.Sprintf("%s %d", c.text, i), "")
				return before, m, []bot.Message{benchMsg(fmt.Sprintf("d103-%s-%d-no", c.name, i), g3, c.from, "2", "")}
			})
		})
	}
}
