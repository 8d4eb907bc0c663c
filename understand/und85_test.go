package understand

import (
	"strings"
	"testing"
	"unicode/utf8"

	"gridbot/internal/fuzzseed"
	"gridbot/village"
)

// TestWinterRead: a payout asked after a flood's ruin, told by the alarm
// word itself, is a query (it was a flood alarm); the wish to let land out
// asks the 流转 procedure; a snow's payout; an impersonator is 治安
// whatever office he played; money paid and the payee gone is a swindle;
// a ward naming how the danger comes and a how-to-go told to all are
// reminders; an elder without fuel pleaded for; the collective's money
// withheld is 其他 (und85).
func TestWinterRead(t *testing.T) {
	checkReads(t, []readCase{
		{"a flood's ruin, its payout", "洪水冲毁的房子 赔偿到了没", queryIn("政策咨询")},
		{"a bridge's ruin, its payout", "洪水冲垮的桥 补偿发了没", queryIn("政策咨询")},
		{"a snow's ruin, its payout", "大雪压塌的大棚 补助下来了没", queryIn("政策咨询")},
		{"a flood ruining now stays an alarm", "洪水把房子冲毁了 人还在里面", emergencyOf(village.HazardFlood, "安全隐患")},
		{"an impersonator", "刚才有个人冒充电力公司的 说俺家欠电费要停电 让扫码交钱", reportIn("治安")},
		{"paid and blocked", "群里有人发的年货团购链接 交了定金人就把我拉黑了", reportIn("治安")},
		{"a ward naming how", "冬天风大 大家烧秸秆做饭的时候看着点灶膛 别跑出火星子", noiseIn("环境卫生")},
		{"how to go, told to all", "雪后路滑 大家出门慢点走 老人尽量别出门", noiseIn("道路交通")},
		{"voltage low", "一到晚上电压就低得很 电饭锅都煮不熟饭 电热毯也不热", reportIn("水电设施")},
		{"an elder without fuel", "王奶奶家的煤用完了 一个人在屋里冻得直哆嗦 能不能帮着送点煤", reportIn("其他")},
		{"the collective's money withheld", "俺家户口迁回来两年了 分红还是没有俺家的份 这合理吗", reportIn("其他")},
	})
}

// TestLandLetOutAsked: with the 流转 guide's keywords known, the price
// asked with the wish to let the land out asks the procedure (it read a
// query unless 「俺家有五亩」 came first); the going rate alone is news.
func TestLandLetOutAsked(t *testing.T) {
	ru := Rules{}.WithProcedures([]string{"土地流转", "流转土地"})
	for _, c := range []struct {
		text string
		want village.Intent
		typ  village.Type
	}{
		{"土地流转一亩一年多少钱 想转出去", village.IntentReport, village.Approval},
		{"俺家有五亩 土地流转一亩一年多少钱 想转出去", village.IntentReport, village.Approval},
		{"今年土地流转一亩一年多少钱", village.IntentQuery, village.General},
	} {
		if r := ru.Read(t.Context(), c.text); r.Intent != c.want || r.Type != c.typ {
			t.Errorf("Read(%q) = %s %s, want %s %s", c.text, r.Intent, r.Type, c.want, c.typ)
		}
	}
}

// FuzzUnd85Parsers: the new patterns read any text without panicking; a
// payout after an alarm word's ruin needs the ruined thing told with 的.
func FuzzUnd85Parsers(f *testing.F) {
	for _, s := range []string{"的房子 赔偿到了没", "交了定金人就把我拉黑了", "想转出去", "也不给赔偿", "\xff的", ""} {
		f.Add(s)
	}
	fuzzseed.Add(f)
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			s = strings.ToValidUTF8(s, "")
		}
		paidAndGoneRe.MatchString(s)
		letsOutRe.MatchString(s)
		collectiveOnly(s)
		eventPayout(s)
		if ruinedPaidRe.MatchString(s) && !strings.Contains(s, "的") {
			t.Errorf("ruinedPaidRe(%q) with no 的", s)
		}
	})
}
