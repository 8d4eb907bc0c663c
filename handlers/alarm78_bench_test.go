package handlers_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"gridbot/bot"
)

// BenchmarkAlarm78: a family member in hospital told (a general item its
// leader hears of at once), a blood pressure flare (a medical alarm with
// its first steps in the group and the duty post), and, with 张三's and
// 陈二's medical alarms open, 「老张家的 他爸晕倒了」 joined to 张三's;
// alarm79's rows: 「张三家的 老爷子晕倒了」 joined to 张三's, 「张三家着火了」
// joined to 「老张家着火了」, 陈二's 「我妈晕倒了」 a second alarm after 张三's
// 「低血糖晕倒了 快来人」; alarm81's rows: words naming who and where after
// 「有人晕倒了 快来人」, an unlisted reporter's place and phone; alarm89's
// search words among several alarms, an electric bike and hair on fire.
// What comes before is filed unmeasured and all is ended after.
func BenchmarkAlarm78(b *testing.B) {
	for _, c := range []struct {
		name, from, text string
		refs             int // items open after m, to end
		open             []string
	}{
		{"in_care", "张三", "俺爹突然脑溢血 送医院了", 1, nil},
		{"pressure_flare", "陈二", "我妈高血压犯了 头晕站不住", 1, nil},
		{"household_join", "周八", "老张家的 他爸晕倒了", 2, []string{"张三:我爸心绞痛犯了 快来人", "陈二:我妈晕倒了 叫不醒"}},
		// alarm79: a household named is of the hurt (joins 张三's), 「老张家」
		// is 张三's home for a fire, an alarm naming no one is its sender's
		// household's (陈二's mother is a second alarm)
		{"kin_join", "周八", "张三家的 老爷子晕倒了", 2, []string{"张三:我爸晕倒了 快来人", "陈二:我妈晕倒了 叫不醒"}},
		{"family_fire_join", "赵六", "张三家着火了 火好大", 1, []string{"周八:老张家着火了"}},
		{"other_family", "陈二", "我妈晕倒了 叫不醒", 2, []string{"张三:低血糖晕倒了 快来人"}},
		// alarm81: who and where named after an unnamed cry, with or
		// without an alarm word, join it; an unlisted reporter's place
		// and phone reach the duty chat
		{"named_after", "周八", "是张三家的老人 在村口", 1, []string{"陈二:有人晕倒了 快来人"}},
		{"alarm_named", "周八", "是张三家的老人晕倒了 在村口", 1, []string{"陈二:有人晕倒了 快来人"}},
		{"unlisted_answer", "刘大勇", "在村口小卖部后面 13812345678", 1, []string{"刘大勇:后山着火了"}},
		// alarm82: an alarm of its own naming a household after another's
		// unnamed cry is a second item (the duty post asks whether it is
		// one person); a fire or flood placed after its cry; a household
		// the roster does not know
		{"stands_apart", "周八", "王五家的老人晕倒了", 2, []string{"陈二:有人晕倒了 快来人"}},
		{"fire_placed", "陈二", "在后山 老李家的林子", 1, []string{"张三:着火了 快来人"}},
		{"fire_own_placed", "陈二", "后山着火了", 1, []string{"张三:着火了 快来人"}},
		{"flood_placed", "陈二", "在河边 三组那边", 1, []string{"张三:淹了 快来人"}},
		{"unknown_home", "周八", "是赵铁柱家的", 1, []string{"陈二:有人晕倒了 快来人"}},
		// alarm85: a fire at 李四's house after one in 老李's wood is a
		// second item; a child through the ice a drowning; a hospital trip
		// told of a gas alarm taken on, by its reporter (news) and by the
		// cadre who took it on (his 进展); a sighting during a search
		{"land_apart", "陈二", "李四家着火了", 2, []string{"张三:老李家林子着火了 快来人啊"}},
		{"ice_hole", "陈二", "快来人啊 有个小孩掉冰窟窿里了 在水库那边", 1, nil},
		{"sent_news", "张三", "已经打了120 送医院了", 1, []string{"张三:快来人 我家里一家人头晕恶心 是不是煤炉子中毒了", "李四:收到 我马上过去"}},
		{"cadre_sent", "李四", "人都送县医院了 是一氧化碳中毒", 1, []string{"张三:快来人 我家里一家人头晕恶心 是不是煤炉子中毒了", "李四:收到 我马上过去"}},
		{"sighted", "周八", "刚才好像看到一个老太太往后山那边走了", 1, []string{"陈二:我家老娘有点老年痴呆 晚饭后出去到现在没回来 这么冷的天"}},
		// alarm87: a cadre leading the search takes the missing alarm on;
		// 「没气了」 told of an ice alarm; a heater on fire
		{"search_led", "王五", "我去后山找 李四你带人去河边", 1, []string{"陈二:我家老娘有点老年痴呆 晚饭后出去到现在没回来 这么冷的天"}},
		{"no_breath_news", "周八", "孩子拉上来了 没气了", 1, []string{"陈二:快来人啊 有个小孩掉冰窟窿里了 在水库那边"}},
		{"heater_fire", "张三", "取暖器着火了 快来人", 1, nil},
		// fire88: bedding caught from a heater, told without 着火
		{"caught_from_heater", "张三", "俺娘屋里小太阳把被子烤着了", 1, nil},
		// alarm89: search words beside a fire take the missing alarm on, of
		// two missing alarms the one whose place they name, naming none the
		// cadre is asked which; an electric bike and hair on fire
		{"search_beside_fire", "王五", "我去后山找 李四你带人去河边", 2, []string{"陈二:我家老娘有点老年痴呆 晚饭后出去到现在没回来 这么冷的天", "张三:村口柴火垛着火了 快来人"}},
		{"search_place_named", "王五", "我去后山找找", 2, []string{"陈二:我家老娘有点老年痴呆 晚饭后往水库那边走了 到现在没回来", "张三:我家孩子放学到现在还没回家 同学说往后山去了"}},
		{"search_asked", "王五", "大家分头去找", 2, []string{"陈二:我家老娘有点老年痴呆 晚饭后往水库那边走了 到现在没回来", "张三:我家孩子放学到现在还没回家 同学说往后山去了"}},
		{"ebike_fire", "张三", "楼道里的电动车着了 快来人", 1, nil},
		{"hair_burn", "陈二", "奶奶烤火头发被炉子燎着了 脸也烧伤了", 1, nil},
	} {
		b.Run(c.name, func(b *testing.B) {
			next := 0
			benchOneOfEach(b, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
				return alarmRound(i, grid3, c.from, c.text, c.open, c.refs, &next, grid3, "李四")
			})
		})
	}
}

// alarmRound is round i of an alarm bench row, 49 hours after the last:
// open filed unmeasured (each "from:text" in 三组's group, or
// "chat|from:text"), m (from's text in chat) measured, then refs items
// taken on and ended by closer in closeChat; next counts the row's items.
func alarmRound(i int, chat, from, text string, open []string, refs int, next *int, closeChat, closer string) (before []bot.Message, m bot.Message, after []bot.Message) {
	day := at.Add(time.Duration(i) * 49 * time.Hour)
	for k, o := range open {
		in, o, ok := strings.Cut(o, "|")
		if !ok {
			in, o = grid3, in
		}
		who, said, _ := strings.Cut(o, ":")
		before = append(before, bot.Message{ID: fmt.Sprintf("%d-open%d", i, k), At: day.Add(time.Duration(k) * time.Minute), Chat: in, From: who, Text: said})
	}
	m = bot.Message{ID: fmt.Sprintf("%d-m", i), At: day.Add(5 * time.Minute), Chat: chat, From: from, Text: text}
	for k := 0; k < refs; k++ {
		*next++
		ref := fmt.Sprintf("#R%d", *next)
		t := day.Add(time.Duration(k+6) * time.Minute)
		after = append(after, bot.Message{ID: fmt.Sprintf("%d-take%d", i, k), At: t, Chat: closeChat, From: closer, Text: "确认 " + ref},
			bot.Message{ID: fmt.Sprintf("%d-done%d", i, k), At: t.Add(time.Hour), Chat: closeChat, From: closer, Text: "办结 " + ref + " 已处理"})
	}
	return before, m, after
}
