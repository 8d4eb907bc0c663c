package words

import (
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
