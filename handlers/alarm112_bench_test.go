package handlers_test

import (
	"testing"

	"gridbot/bot"
)

// BenchmarkAlarm112: dizzy and unsteady after the cold (was silent), an
// elder dazed by the cold (was silent), a kang's fumes (was silent), an
// overturned coach an hour after another harm at the same spot (was
// silent; not linked as the danger come back), kin hurt far away and in
// hospital (was an alarm; now the family's item, its leader told at
// once); each item ended after (alarmRound).
func BenchmarkAlarm112(b *testing.B) {
	for _, c := range []struct {
		name, from, text  string
		open              []string
		refs              int
		closeChat, closer string
	}{
		{"dizzy_cold", "张三", "天太冷了 俺爹出去一趟回来就说头晕 站不稳", nil, 1, dutyChat, "孙七"},
		{"cold_dazed", "陈二", "村口有个老人冻得直哆嗦 叫他也不说话", nil, 1, dutyChat, "孙七"},
		{"kang_fumes", "陈二", "俺家烧炕 一家人都头疼恶心", nil, 1, dutyChat, "孙七"},
		{"coach_apart", "张三", "打工回来的大巴在村口翻了", []string{"陈二:村口有个老人冻得直哆嗦 叫他也不说话"}, 2, dutyChat, "孙七"},
		{"hurt_away", "陈二", "俺儿子在高速上追尾了 人在医院", nil, 1, grid3, "李四"},
	} {
		b.Run(c.name, func(b *testing.B) {
			next := 0
			benchOneOfEach(b, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
				return alarmRound(i, grid3, c.from, c.text, c.open, c.refs, &next, c.closeChat, c.closer)
			})
		})
	}
}
