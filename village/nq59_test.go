package village

import (
	"testing"
	"time"
)

// TestDatedOn: a notice's counted days are quoted as dates, with the day
// as read when asked beside them; a day gone by is its date alone (nq59).
func TestDatedOn(t *testing.T) {
	cst := time.FixedZone("CST", 8*3600)
	posted := time.Date(2026, 12, 7, 9, 0, 0, 0, cst)
	for _, c := range []struct {
		text string
		at   time.Time
		want string
	}{
		{"明天上午9点到村委会领取冬季取暖补贴", posted.Add(time.Hour), "12月8日（明天）上午9点到村委会领取冬季取暖补贴"},
		{"明天上午9点到村委会领取冬季取暖补贴", posted.Add(20 * time.Hour), "12月8日（今天）上午9点到村委会领取冬季取暖补贴"},
		{"明天上午9点到村委会领取冬季取暖补贴", posted.Add(50 * time.Hour), "12月8日上午9点到村委会领取冬季取暖补贴"},
		{"明早8点到12点停水，今晚请储水", posted, "12月8日（明天）早上8点到12点停水，12月7日（今天）晚上请储水"},
		{"大后天开会", posted, "12月10日开会"},
		{"后天开会", posted, "12月9日（后天）开会"},
		{"本周六上午9点体检", posted, "本周六上午9点体检"},
		{"下周一开会", posted.AddDate(0, 0, 7), "今天开会"},
		{"12月31日前交表", posted, "12月31日前交表"},
	} {
		if got := (Notice{Text: c.text, At: posted}).DatedOn(c.at); got != c.want {
			t.Errorf("%q asked at %s: got %q, want %q", c.text, c.at.Format("01-02 15:04"), got, c.want)
		}
	}
}
