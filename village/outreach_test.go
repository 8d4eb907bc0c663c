package village

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"gridbot/internal/fuzzseed"
)

// TestHouseholdNames: a household is named as a cadre counts it, after
// its head (户主) wherever the register lists him, and with its 户号 where
// two heads of the village share a name: as the points name it.
func TestHouseholdNames(t *testing.T) {
	people := []Person{
		{Name: "张三", Village: "青山村", Household: "QS-301", Relation: RelHead},
		{Name: "刘芳", Village: "青山村", Household: "QS-301", Relation: "配偶"},
		{Name: "陈二", Village: "青山村", Household: "QS-302", Relation: RelHead},
		{Name: "徐玉珍", Village: "青山村", Household: "QS-105", Relation: "父母"},
		{Name: "唐国平", Village: "青山村", Household: "QS-105", Relation: RelHead},
		{Name: "王芳", Village: "青山村", Household: "QS-205", Relation: RelHead},
		{Name: "王芳", Village: "青山村", Household: "QS-206", Relation: RelHead},
		{Name: "王芳", Village: "石桥村", Household: "SQ-101", Relation: RelHead},
	}
	want := map[string]string{"青山村/QS-301": "张三户", "青山村/QS-302": "陈二户", "青山村/QS-105": "唐国平户",
		"青山村/QS-205": "王芳户（QS-205）", "青山村/QS-206": "王芳户（QS-206）", "石桥村/SQ-101": "王芳户"}
	if diff := cmp.Diff(HouseholdNames(people), want); diff != "" {
		t.Errorf("HouseholdNames (-got +want):\n%s", diff)
	}
}

func TestCallWaiting(t *testing.T) {
	due := time.Date(2026, 3, 2, 8, 0, 0, 0, time.UTC)
	missed := due.Add(26 * time.Hour)
	for _, tc := range []struct {
		name string
		c    Call
		want time.Time
	}{
		{"never logged: since it came due", Call{Due: due}, due},
		{"a missed try: since the try", Call{Due: due, LoggedAt: missed, Misses: 1}, missed},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.c.Waiting(); !got.Equal(tc.want) {
				t.Errorf("Waiting() = %v, want %v", got, tc.want)
			}
		})
	}
}

// TestCallMissedIn: a task keeps its missed tries, one a day, so that a
// month's coverage finds a miss in the month whatever the task's last log;
// a task older than MissedAt is judged by its last log.
func TestCallMissedIn(t *testing.T) {
	loc := time.FixedZone("CST", 8*3600)
	day := func(d, h int) time.Time { return time.Date(2026, 12, d, h, 0, 0, 0, loc) }
	dec, jan := day(1, 0), day(1, 0).AddDate(0, 1, 0)
	c := Call{Due: day(28, 8), Status: CallOpen}
	c.Log(OutcomeMissed, "", "王五", day(30, 10), 3)
	c.Log(OutcomeMissed, "", "王五", day(30, 16), 3) // the same day's try
	c.Log(OutcomeReached, "挺好", "王五", jan.Add(8*time.Hour+40*time.Minute), 3)
	if diff := cmp.Diff(c.MissedAt, []time.Time{day(30, 10)}); diff != "" {
		t.Errorf("MissedAt (-got +want):\n%s", diff)
	}
	if !c.MissedIn(dec, jan) || c.MissedIn(jan, jan.AddDate(0, 1, 0)) {
		t.Errorf("MissedIn: December %v, January %v; want a miss in December only", c.MissedIn(dec, jan), c.MissedIn(jan, jan.AddDate(0, 1, 0)))
	}
	old := Call{Due: day(28, 8), Misses: 1, Outcome: OutcomeMissed, LoggedAt: day(30, 10)}
	if !old.MissedIn(dec, jan) {
		t.Error("a task without MissedAt, last logged missed in December: not missed in December")
	}
	for range 2 * MaxMissedKept {
		c.Log(OutcomeMissed, "", "王五", c.LoggedAt.AddDate(0, 0, 1), 100)
	}
	if len(c.MissedAt) != MaxMissedKept || !c.MissedAt[MaxMissedKept-1].Equal(c.LoggedAt) {
		t.Errorf("after daily misses: %d kept, the last %v; want %d, the last %v", len(c.MissedAt), c.MissedAt[len(c.MissedAt)-1], MaxMissedKept, c.LoggedAt)
	}
}

func TestNoticeByGrid(t *testing.T) {
	people := []Person{
		{Name: "张三", Village: "青山村", Grid: "三组", Household: "1"},
		{Name: "张明", Village: "青山村", Grid: "三组", Household: "1"},
		{Name: "陈二", Village: "青山村", Grid: "三组", Household: "2"},
		{Name: "刘一", Village: "青山村", Grid: "一组", Household: "3"},
		{Name: "孙七", Village: "青山村", Grid: "三组"}, // a cadre without a household
	}
	gridOf := func(g string) (string, string, bool) {
		switch g {
		case "一组群":
			return "青山村", "一组", true
		case "三组群":
			return "青山村", "三组", true
		}
		return "", "", false
	}
	n := Notice{ID: "N1", Groups: []string{"三组群", "镇群", "一组群"}}
	acks := map[string]int64{people[1].HouseholdKey(): 1}
	got := n.ByGrid(people, gridOf, acks)
	if len(got) != 2 {
		t.Fatalf("ByGrid gave %d grids, want 2 (the township group is no grid): %+v", len(got), got)
	}
	three, one := got[0], got[1]
	if three.Grid != "三组" || three.Village != "青山村" || three.ID != "N1" ||
		!slices.Equal(three.Acknowledged, []string{people[0].HouseholdKey()}) ||
		!slices.Equal(three.Pending, []string{people[2].HouseholdKey()}) || three.Households() != 2 {
		t.Errorf("三组 = %+v, want 张三's household answered (through 张明), 陈二's pending, 2 households", three)
	}
	if one.Grid != "一组" || len(one.Acknowledged) != 0 || one.Households() != 1 {
		t.Errorf("一组 = %+v, want one household, pending", one)
	}
}

// TestNoticeRelayedByItsDay: a notice that says 今晚 is passed on by
// phone the day it was written only, one that says 明天 until the end of
// the next; others for RelayFor. 收到 answers them all for RelayFor.
func TestNoticeRelayedByItsDay(t *testing.T) {
	loc := time.FixedZone("CST", 8*3600)
	day := func(d, h int) time.Time { return time.Date(2026, 6, d, h, 0, 0, 0, loc) }
	for _, tc := range []struct {
		n    Notice
		now  time.Time
		want bool
	}{
		{Notice{Text: "今晚有暴雨", At: day(1, 10), Urgent: true}, day(1, 21), true},
		{Notice{Text: "今晚有暴雨", At: day(1, 10), Urgent: true}, day(2, 8), false},
		{Notice{Text: "明天下午停电检修", At: day(1, 10)}, day(2, 17), true},
		{Notice{Text: "明天下午停电检修", At: day(1, 10)}, day(3, 8), false},
		// the part of the day it names is over: nobody is phoned in the
		// evening about the afternoon, in the afternoon about the morning
		{Notice{Text: "明天下午停电检修", At: day(1, 10)}, day(2, 18), false},
		{Notice{Text: "明天上午开会", At: day(1, 10)}, day(2, 11), true},
		{Notice{Text: "明天上午开会", At: day(1, 10)}, day(2, 13), false},
		{Notice{Text: "明天上午开会，下午领表", At: day(1, 10)}, day(2, 13), true},
		// a time of day: phoned until half an hour before it, not
		// till the end of its morning; a part of the day named after
		// it that ends later keeps it
		{Notice{Text: "明天上午9点在村委会开会", At: day(1, 10)}, day(2, 8), true},
		{Notice{Text: "明天上午9点在村委会开会", At: day(1, 10)}, day(2, 8).Add(40 * time.Minute), false},
		{Notice{Text: "明天上午9点在村委会开会", At: day(1, 10)}, day(2, 11), false},
		{Notice{Text: "明天9点开会", At: day(1, 10)}, day(2, 8), true},
		{Notice{Text: "明天9点开会", At: day(1, 10)}, day(2, 21), false},
		{Notice{Text: "明天3点开会", At: day(1, 10)}, day(2, 14), true},
		{Notice{Text: "明天3点开会", At: day(1, 10)}, day(2, 14).Add(45 * time.Minute), false},
		{Notice{Text: "明天下午两点半领取物资", At: day(1, 10)}, day(2, 13).Add(50 * time.Minute), true},
		{Notice{Text: "明天下午两点半领取物资", At: day(1, 10)}, day(2, 14), false},
		{Notice{Text: "明天上午9:30体检", At: day(1, 10)}, day(2, 9).Add(10 * time.Minute), false},
		{Notice{Text: "明天上午9点开会，下午领表", At: day(1, 10)}, day(2, 13), true},
		{Notice{Text: "明天早上8点到晚上8点停水", At: day(1, 10)}, day(2, 19), true},
		{Notice{Text: "明天早上8点到晚上8点停水", At: day(1, 10)}, day(2, 21), false},
		{Notice{Text: "今晚7点半在村委会开会", At: day(1, 10)}, day(1, 19), false},
		// numbers that count or say "a little" are no time of day
		{Notice{Text: "明天上午停水，请注意以下两点：提前储水，关好水龙头", At: day(1, 10)}, day(2, 11), true},
		{Notice{Text: "明天体检，请早一点到", At: day(1, 10)}, day(2, 20), true},
		{Notice{Text: "明天开会，有3点要求", At: day(1, 10)}, day(2, 20), true},
		{Notice{Text: "6月5日体检", At: day(1, 10)}, day(3, 8), true},
		{Notice{Text: "6月5日体检", At: day(1, 10)}, day(3, 10), false},
		// a date (or weekday) is a day as 明天 is: a vaccination on the
		// 2nd's morning is not phoned about that evening; a day that
		// begins something, or one gone by when it was written, ends
		// nothing; of several, the last
		{Notice{Text: "6月2日上午9点在村卫生室打流感疫苗", At: day(1, 17)}, day(2, 8), true},
		{Notice{Text: "6月2日上午9点在村卫生室打流感疫苗", At: day(1, 17)}, day(2, 17), false},
		{Notice{Text: "周二上午体检", At: day(1, 10)}, day(2, 13), false},
		{Notice{Text: "后天下午停电", At: day(1, 10), Urgent: true}, day(1, 21), true},
		{Notice{Text: "6月2日起停水三天", At: day(1, 10)}, day(3, 8), true},
		{Notice{Text: "按5月28日会议要求，请各户清理门前垃圾", At: day(1, 10)}, day(2, 10), true},
		{Notice{Text: "6月1日至6月3日到村委会缴纳医保", At: day(1, 10)}, day(2, 20), true},
		{Notice{Text: "医保缴费6月2日截止，没交的抓紧", At: day(1, 10)}, day(3, 8), false},
		// written at night, posted in the morning: 明天 is the day after
		// it was written
		{Notice{Text: "明天上午停水", At: day(1, 22), PostedAt: day(2, 7)}, day(2, 11), true},
		{Notice{Text: "明天上午停水", At: day(1, 22), PostedAt: day(2, 7)}, day(3, 8), false},
	} {
		if got := tc.n.PassedOn(tc.now); got != tc.want {
			t.Errorf("%q at %v: passed on %v, want %v", tc.n.Text, tc.now, got, tc.want)
		}
	}
	if by, ok := (Notice{Text: "明天上午9点在村委会开会", At: day(1, 10)}).PassOnBy(); !ok || !by.Equal(day(2, 8).Add(30*time.Minute)) {
		t.Errorf("明天上午9点's meeting passed on by %v (%v), want 8:30 the next day", by, ok)
	}
	if !(Notice{Text: "今晚有暴雨", At: day(1, 22), Urgent: true}).Relayed(day(2, 7)) {
		t.Errorf("今晚's notice no longer answered with 收到 the morning after")
	}
}

// TestNoticePhoneBy: the calls passing a notice on are asked for by the
// time it names (less the lead), or by the end of its passing on when
// that comes first; a notice naming no day, or only a day within it, sets
// none.
func TestNoticePhoneBy(t *testing.T) {
	posted := time.Date(2026, 12, 3, 15, 10, 0, 0, time.FixedZone("CST", 8*3600))
	want := map[string]string{ // the notice's words: when to phone by, "" for no time set
		"明天上午9点在村委会开会":           "12-04 08:30",
		"下周一（12月7日）上午9点在村委会免费体检": "12-05 15:00",
		"12月7日体检":   "12-05 15:00",
		"明天体检":      "",
		"请各户清理门前垃圾": "",
	}
	for text, by := range want {
		got := ""
		if at, ok := (Notice{Text: text, At: posted}).PhoneBy(); ok {
			got = at.In(posted.Location()).Format("01-02 15:04")
		}
		if got != by {
			t.Errorf("%q posted %v: PhoneBy %q, want %q", text, posted, got, by)
		}
	}
}

// TestNoticeFollowupAt: a notice about its own day is chased before that
// day's evening, one about the next day the evening before when posted
// in time, any other after the configured wait.
func TestNoticeFollowupAt(t *testing.T) {
	loc := time.FixedZone("CST", 8*3600)
	at := func(d, h, m int) time.Time { return time.Date(2026, 6, d, h, m, 0, 0, loc) }
	for _, tc := range []struct {
		n     Notice
		want  time.Time
		early bool
	}{
		// before the afternoon it names, not after it
		{Notice{Text: "今天下午4点发放防暑用品", At: at(1, 9, 0)}, at(1, 12, 0), true},
		{Notice{Text: "今天上午10点开会", At: at(1, 7, 30)}, at(1, 8, 30), true},
		{Notice{Text: "今晚7点半开会", At: at(1, 20, 0)}, at(1, 21, 0), true},
		{Notice{Text: "明天有寒潮 注意防冻", At: at(1, 9, 6)}, at(1, 18, 0), true},
		{Notice{Text: "明天上午9点开会", At: at(1, 16, 30)}, at(1, 18, 0), true},
		// the evening before has passed: once households had a moment
		// to read it, not when the meeting is over
		{Notice{Text: "明天上午9点开会", At: at(1, 17, 30)}, at(1, 18, 30), true},
		{Notice{Text: "明天停水一天", At: at(1, 20, 40)}, at(1, 21, 40), true},
		{Notice{Text: "明天上午停水", At: at(1, 22, 0), PostedAt: at(2, 7, 0)}, at(2, 8, 0), true},
		{Notice{Text: "明天停水", At: at(1, 22, 0), PostedAt: at(2, 7, 0)}, at(2, 18, 0), true},
		{Notice{Text: "下周一体检", At: at(1, 9, 0)}, at(2, 9, 0), false},
		// a date is its day: the 2nd's morning is chased the evening before
		{Notice{Text: "6月2日上午9点在村卫生室打流感疫苗", At: at(1, 9, 0)}, at(1, 18, 0), true},
		{Notice{Text: "6月1日下午4点发放防暑用品", At: at(1, 9, 0)}, at(1, 12, 0), true},
		{Notice{Text: "明天和后天停水", At: at(1, 9, 0)}, at(1, 18, 0), true},
		// a cold wave from tomorrow on (call85): chased the evening before
		{Notice{Text: "寒潮预警：明天起气温骤降，注意取暖防煤气中毒", At: at(1, 15, 30)}, at(1, 18, 0), true},
		{Notice{Text: "6月3日起停水", At: at(2, 9, 0)}, at(2, 18, 0), true},
	} {
		got, early := tc.n.FollowupAt(24 * time.Hour)
		if !got.Equal(tc.want) || early != tc.early {
			t.Errorf("%q at %v: followed up %v (early %v), want %v (early %v)", tc.n.Text, tc.n.At, got, early, tc.want, tc.early)
		}
	}
}

// TestNoticeTextOn: the days a notice names, read on a later day, are
// named from that day: 明天 is 今天 the next day and a date after it;
// 后天 is 明天, then 今天.
func TestNoticeTextOn(t *testing.T) {
	written := time.Date(2026, 12, 1, 10, 0, 0, 0, time.FixedZone("CST", 8*3600))
	// by the text, what it reads on the day written, the day after and
	// the day after that
	want := map[string][3]string{
		"明天上午9点开会":     {"明天上午9点开会", "今天上午9点开会", "12月2日上午9点开会"},
		"明早8点打疫苗，明晚停电": {"明早8点打疫苗，明晚停电", "今天早上8点打疫苗，今晚停电", "12月2日早上8点打疫苗，12月2日晚上停电"},
		"今晚有暴雨，明天不上学":  {"今晚有暴雨，明天不上学", "12月1日晚上有暴雨，今天不上学", "12月1日晚上有暴雨，12月2日不上学"},
		"今天下午领表，当天有效":  {"今天下午领表，当天有效", "12月1日下午领表，当天有效", "12月1日下午领表，当天有效"},
		"下周一体检":        {"下周一体检", "下周一体检", "下周一体检"},
		"后天上午9点开会":     {"后天上午9点开会", "明天上午9点开会", "今天上午9点开会"},
		"大后天开会，后天领表":   {"大后天开会，后天领表", "后天开会，明天领表", "明天开会，今天领表"},
	}
	for text, reads := range want {
		n := Notice{Text: text, At: written}
		for days, w := range reads {
			if got := n.TextOn(written.AddDate(0, 0, days).Add(-2 * time.Hour)); got != w {
				t.Errorf("%q %d days on: %q, want %q", text, days, got, w)
			}
		}
	}
}

// FuzzNoticeDays: whatever a notice says, read on the day it was written
// it is unchanged, read days later it says no 今天, 明天 or 后天, and once its
// time is over it stays over, never later than its day's end.
func FuzzNoticeDays(f *testing.F) {
	for _, s := range []string{"明天上午9点在村委会开会", "今晚有暴雨，明天不上学", "明早8点打疫苗，明晚停电", "今天下午领表，当天有效",
		"明天早上8点到晚上8点停水", "下周一体检", "明天", "今今天天", "明天上午开会，下午领表", "",
		"明天下午两点半领物资", "明天晚上12点半", "今天24点", "明天以下3点：", "明天中午1点", "明天9:30",
		"今晚降温，明天起持续低温", "明天起停水", "今天起到明天晚上", "今晚明天"} {
		f.Add(s, 3)
	}
	loc := time.FixedZone("CST", 8*3600)
	f.Fuzz(func(t *testing.T, text string, h int) {
		written := time.Date(2026, 12, 1, 10, 0, 0, 0, loc)
		n := Notice{Text: text, At: written}
		if got := n.TextOn(written.Add(13 * time.Hour)); got != text {
			t.Errorf("%q read on its day: %q", text, got)
		}
		// ten days on, every 今天, 明天 and (大)后天 is a date
		if later := n.TextOn(written.AddDate(0, 0, 10)); strings.Contains(later, "今天") || strings.Contains(later, "明天") || strings.Contains(later, "后天") {
			t.Errorf("%q read ten days later: %q", text, later)
		}
		at := written.Add(time.Duration(h%100) * time.Hour)
		if n.TimeOver(at) && !n.TimeOver(at.Add(time.Hour)) {
			t.Errorf("%q: over at %v, not an hour later", text, at)
		}
		// the day of its 今/明 word over, it is over when that was its last
		// day: 「今晚到明天」 goes on with 明天 (call89), 「今晚降温，明天起…」
		// names no end (call90)
		day, _, _ := n.Day()
		if end, ends := n.dayEnd(); ends && !end.After(day.AddDate(0, 0, 1)) && n.DayOver(at) && !n.TimeOver(at) {
			t.Errorf("%q: its day is over at %v, its time not", text, at)
		}
		if n.TimeOver(at) && n.PassedOn(at) {
			t.Errorf("%q: its time is over at %v, still passed on by phone", text, at)
		}
	})
}

// FuzzNoticeDates: any text a notice holds gives days in order, none
// before the day it was written, and a PassedOn that does not panic.
func FuzzNoticeDates(f *testing.F) {
	for _, s := range []string{"6月2日上午9点打疫苗", "十二月五日前缴费", "下周五体检", "大后天停电", "6月2日起停水",
		"12月31日至1月2日", "周八家", "2月30日", "星期天", "明天和后天"} {
		f.Add(s)
	}
	at := time.Date(2026, 12, 30, 10, 0, 0, 0, time.FixedZone("CST", 8*3600))
	fuzzseed.Add(f)
	f.Fuzz(func(t *testing.T, text string) {
		n := Notice{Text: text, At: at}
		first, last, ok := n.dates()
		if !ok {
			return
		}
		if last.Before(first) || first.Before(StartOfDay(at)) {
			t.Errorf("%q: days %v .. %v, written %v", text, first, last, at)
		}
		n.PassedOn(at)
		n.FollowupAt(24 * time.Hour)
	})
}

// TestNoticeBeginningNotOver (call85): 「明天起气温骤降」 begins a cold
// wave, as 「12月5日起」 begins something: its passing on by phone does
// not end with tomorrow (the elder missed that day still hears of it the
// day after, within the window), while 「明天有寒潮」 ends with its day.
func TestNoticeBeginningNotOver(t *testing.T) {
	loc := time.FixedZone("CST", 8*3600)
	at := func(d, h int) time.Time { return time.Date(2026, 12, d, h, 0, 0, 0, loc) }
	from := Notice{Text: "寒潮预警：明天起气温骤降，注意取暖防煤气中毒", At: at(6, 15), PostedAt: at(6, 15)}
	if from.TimeOver(at(8, 8)) {
		t.Errorf("明天起: over on the 8th")
	}
	for _, w := range []string{"明天开始", "从明天以后"} {
		if n := (Notice{Text: "寒潮预警：" + w + "气温骤降", At: at(6, 15)}); n.TimeOver(at(8, 8)) {
			t.Errorf("%s: over on the 8th", w)
		}
	}
	if one := (Notice{Text: "明天有寒潮 注意防冻", At: at(6, 15)}); !one.TimeOver(at(8, 8)) {
		t.Errorf("明天有寒潮: not over on the 8th")
	}
}
