package words

import (
	"strings"
	"time"
)

// AwayKeptAfter is how long, past his return, an absence stays stored:
// the calls job compares its day with the clock, the TTL only tidies;
// the month's coverage report (on the next month's first day) still
// names it (coverage.NoteAway).
const AwayKeptAfter = 40 * 24 * time.Hour

// AwayBackWords say the sender can phone again.
var AwayBackWords = []string{"我回来了", "回来了", "我好了", "病好了", "出院了", "可以打电话了", "能打电话了", "销假"}

// LeaderAwayWords say, after a worker's name, that he is away.
var LeaderAwayWords = []string{"请假", "生病", "病了", "住院", "不在家", "不在村", "出差", "出门了"}

// awayOffWords call off an absence (call99): 「我明天不走了」, 「不请假了」,
// 「假不请了」, 「会不开了」, 「电话我自己打」.
var awayOffWords = []string{"不请假", "假不请", "不用请假", "取消请假", "请假取消", "请假不请", "撤销请假",
	"不走了", "不去了", "走不成", "去不成", "不出去了", "不出门了", "不出差了", "不用出差", "不用去了",
	"会不开了", "会取消了", "会议取消", "培训取消",
	"不用代打", "不用帮我打", "不用替我打", "电话我自己打", "我自己打电话", "电话还是我打", "还是我自己打", "照常打电话", "电话照常"}

// CallsOffAway reports whether text says an absence said before is off:
// he is not going, or he phones after all (awayOffWords), not asked.
func CallsOffAway(text string) bool {
	return !strings.ContainsAny(text, "?？吗") && (ContainsAnyOf(text, awayOffWords...) ||
		strings.Contains(text, "不用") && strings.Contains(text, "代打")) // 「不用李四代打了」
}
