package config

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/robfig/cron/v3"
	"gopkg.in/yaml.v3"

	"gridbot/village"
)

// Points configures the points system (积分制). The catalogue ships in
// config.example.yaml; with no catalogue the points commands say that
// nothing is configured.
type Points struct {
	// Catalogue are the regular indicators, each in one of the plan's
	// seven categories.
	Catalogue []Indicator `yaml:"catalogue"`
	// Bonus are one-off awards (加分项): 见义勇为, commendations…
	Bonus []Indicator `yaml:"bonus"`
	// Veto are veto items (否决项): the household leaves the year's
	// ranking and honours.
	Veto []Indicator `yaml:"veto"`
	// Supermarket is the points supermarket's price list.
	Supermarket []ShopItem `yaml:"supermarket"`
	// Shop is when and where the points supermarket opens: what a
	// villager asking 「超市几点开门」 is told; unset, he is told to ask
	// the shopkeeper.
	Visit     ShopVisit `yaml:"shop"`
	Publicity Publicity `yaml:"publicity"`
	// ClaimWindow is how long after a deed its claim is taken (a claim
	// naming an older day is refused; the scorer may still 加分):
	// "publicity" (default) until the 公示 after the one listing the
	// deed's month or quarter (当月或下个月), a number of days ("60d":
	// through the 60th day after the deed's day), or "off".
	ClaimWindow string          `yaml:"claim_window"`
	YearEnd     YearEnd         `yaml:"year_end"`
	Average     Average         `yaml:"average"`
	Ranking     Ranking         `yaml:"ranking"`
	Schedules   PointsSchedules `yaml:"schedules"`
}

// Indicator is one scoring item.
type Indicator struct {
	Code     string   `yaml:"code"`
	Category string   `yaml:"category"`
	Name     string   `yaml:"name"`
	Keywords []string `yaml:"keywords"`
	// Points is one number (fixed) or [min, max] (the scorer chooses);
	// negative for deductions.
	Points PointRange `yaml:"points"`
	// Unit: 次, 月, 年 or 一次性. Default 次.
	Unit string `yaml:"unit"`
	// Evidence: none, photo, witness or document. Default none.
	Evidence string `yaml:"evidence"`
	// MonthlyCap and YearlyCap: most points per person (household for
	// household items); 0 = no cap.
	MonthlyCap int `yaml:"monthly_cap"`
	YearlyCap  int `yaml:"yearly_cap"`
	// Level: personal or household. Default personal.
	Level string `yaml:"level"`
}

// PointRange is a fixed amount or a range.
type PointRange struct{ Min, Max int }

// UnmarshalYAML accepts 5, -5 or [5, 10].
func (r *PointRange) UnmarshalYAML(n *yaml.Node) error {
	bad := fmt.Errorf("第 %d 行：points 要写一个整数，如 5（加分）或 -5（扣分），或者一个范围，如 [5, 10]", n.Line)
	switch n.Kind {
	case yaml.ScalarNode:
		v, err := strconv.Atoi(strings.TrimSpace(n.Value))
		if err != nil {
			return bad
		}
		*r = PointRange{v, v}
		return nil
	case yaml.SequenceNode:
		if len(n.Content) != 2 {
			return bad
		}
		a, err1 := strconv.Atoi(n.Content[0].Value)
		b, err2 := strconv.Atoi(n.Content[1].Value)
		if err1 != nil || err2 != nil {
			return bad
		}
		*r = PointRange{a, b}
		return nil
	}
	return bad
}

// ShopItem is one item of the points supermarket.
type ShopItem struct {
	Name string `yaml:"name"`
	// Points is the price of one unit.
	Points int    `yaml:"points"`
	Unit   string `yaml:"unit"`
	// Stock is the starting stock; 0 = not counted.
	Stock int `yaml:"stock"`
	// Low: the shopkeeper is warned when this many or fewer are left.
	Low int `yaml:"low"`
}

// ShopVisit is when and where the points supermarket opens, as told to
// villagers; each optional, one line of plain words.
type ShopVisit struct {
	// Hours is when it opens: 每周六上午 8:00–11:30.
	Hours string `yaml:"hours"`
	// Place is where it is: 村委会一楼.
	Place string `yaml:"place"`
}

// shopVisitMax is how long a ShopVisit line may be, in characters: it is
// said in a chat reply.
const shopVisitMax = 40

// validate tells bad what is wrong with the shop's hours and place.
func (s ShopVisit) validate(bad func(string, ...any)) {
	for _, f := range []struct{ key, v, eg string }{
		{"hours", s.Hours, "每周六上午 8:00–11:30"}, {"place", s.Place, "村委会一楼"},
	} {
		switch {
		case strings.ContainsAny(f.v, "\r\n"):
			bad("points.shop.%s 要写成一行，如 %s", f.key, f.eg)
		case utf8.RuneCountInString(f.v) > shopVisitMax:
			bad("points.shop.%s 写了 %d 个字：请写短一点（最多 %d 个字），如 %s", f.key, utf8.RuneCountInString(f.v), shopVisitMax, f.eg)
		}
	}
}

// Publicity is the 公示 cycle.
type Publicity struct {
	// Cadence: monthly (default) or quarterly: each 公示 lists what was
	// approved before the current month or quarter began.
	Cadence string `yaml:"cadence"`
	// Window is the objection period after a 公示 post. Default 7d.
	Window Duration `yaml:"window"`
	// Veto says what the 公示 (the group post and the notice-board
	// export) shows of a veto item: withhold (default) names the household
	// and that it is out of the year's ranking and honours, not the item
	// (a member's detention, a family's violence) nor the member, which
	// the household is told privately; name shows them like any item.
	Veto string `yaml:"veto"`
}

// NamesVeto reports whether the 公示 names a veto item and its member.
func (p Publicity) NamesVeto() bool { return p.Veto == "name" }

// YearEnd says what happens at the year's end.
type YearEnd struct {
	// Unspent: clear (default: redeemable points are cleared at the
	// year-end run, after a reminder) or keep.
	Unspent string `yaml:"unspent"`
}

// Average says who counts in the household average.
type Average struct {
	// ExcludeRelations: members with these 与户主关系 are not counted.
	ExcludeRelations []string `yaml:"exclude_relations"`
	// ExcludeCare: members with these 关爱等级 are not counted.
	ExcludeCare []string `yaml:"exclude_care"`
}

// Ranking sizes the ranking answers and the honours list.
type Ranking struct {
	// Top is how many households 积分排行 lists. Default 10.
	Top int `yaml:"top"`
	// Honours is how many top households per village the year-end post
	// names at most. Default 3.
	Honours int `yaml:"honours"`
	// HonourShare bounds the honoured to the first HonourShare percent of
	// the village's households (rounded down, at least the first). The
	// published schemes name about one 最美人家 per 村民组 a year: a tenth
	// of the households or fewer. Default 10; 100 turns the bound off.
	HonourShare int `yaml:"honour_share"`
	// HonourMin is the household average a 荣誉户 needs at least: a
	// household that scored once is no honour. The schemes set a yearly
	// threshold (100 points a year for a household's priority in village
	// benefits; no 评优评先 under 70): 20 a member is about 100 for a
	// household of five, or one act a quarter per member at typical
	// awards of 5. Default 20 (nil); 0 honours any household with points.
	HonourMin *int `yaml:"honour_min"`
}

// HonourRule is the rule choosing a village's 荣誉户 (village.Honours).
func (r Ranking) HonourRule() village.HonourRule {
	rule := village.HonourRule{Max: r.Honours, Share: r.HonourShare, MinAverage: defaultHonourMin}
	if r.HonourMin != nil {
		rule.MinAverage = *r.HonourMin
	}
	return rule
}

// defaultHonourMin is Ranking.HonourMin's default.
const defaultHonourMin = 20

// PointsSchedules are the points jobs' cron specs; "off" turns one off.
type PointsSchedules struct {
	// Publicity posts the 公示. Default: "0 9 1 * *" monthly, "0 9 1 1,4,7,10 *" quarterly.
	Publicity string `yaml:"publicity"`
	// Finalise makes items final whose window closed. Default "0 9 * * *".
	Finalise string `yaml:"finalise"`
	// YearEnd posts and archives the year's ranking and honours, and
	// clears unspent points. Default "0 18 31 12 *".
	YearEnd string `yaml:"year_end"`
	// Reminder warns that unspent points will be cleared. Default
	// "0 10 1 12 *"; off when year_end.unspent is keep.
	Reminder string `yaml:"reminder"`
	// LastCall tells each household that still has points to redeem,
	// privately, how many and until when, and each scorer the claims
	// still waiting, a week before the clearing. Default "0 10 24 12 *";
	// off when year_end.unspent is keep.
	LastCall string `yaml:"last_call"`
}

func (p *Points) applyDefaults() {
	orDefault(&p.Publicity.Cadence, "monthly")
	orDefault(&p.Publicity.Window, Duration(7*24*time.Hour))
	orDefault(&p.Publicity.Veto, "withhold")
	p.ClaimWindow = strings.TrimSpace(p.ClaimWindow)
	orDefault(&p.ClaimWindow, "publicity")
	orDefault(&p.YearEnd.Unspent, "clear")
	p.Visit.Hours, p.Visit.Place = strings.TrimSpace(p.Visit.Hours), strings.TrimSpace(p.Visit.Place)
	orDefault(&p.Ranking.Top, 10)
	orDefault(&p.Ranking.Honours, 3)
	orDefault(&p.Ranking.HonourShare, 10)
	if p.Ranking.HonourMin == nil {
		p.Ranking.HonourMin = new(int)
		*p.Ranking.HonourMin = defaultHonourMin
	}
	sc := &p.Schedules
	if sc.Publicity == "" {
		sc.Publicity = "0 9 1 * *"
		if p.Publicity.Cadence == "quarterly" {
			sc.Publicity = "0 9 1 1,4,7,10 *"
		}
	}
	orDefault(&sc.Finalise, "0 9 * * *")
	orDefault(&sc.YearEnd, "0 18 31 12 *")
	if sc.Reminder == "" {
		sc.Reminder = "0 10 1 12 *"
		if p.YearEnd.Unspent == "keep" {
			sc.Reminder = "off"
		}
	}
	if sc.LastCall == "" {
		sc.LastCall = "0 10 24 12 *"
		if p.YearEnd.Unspent == "keep" {
			sc.LastCall = "off"
		}
	}
	for _, list := range [][]Indicator{p.Catalogue, p.Bonus, p.Veto} {
		for i := range list {
			it := &list[i]
			orDefault(&it.Unit, "次")
			orDefault(&it.Evidence, "none")
			orDefault(&it.Level, "personal")
		}
	}
	for i := range p.Bonus {
		orDefault(&p.Bonus[i].Category, "加分项")
	}
	for i := range p.Veto {
		orDefault(&p.Veto[i].Category, "否决项")
	}
}

func (p *Points) validate() []error {
	var errs problems
	bad := errs.add
	codes := map[string]string{} // upper-cased code → where it was first used
	for _, l := range []struct {
		key  string
		list []Indicator
	}{{"points.catalogue", p.Catalogue}, {"points.bonus", p.Bonus}, {"points.veto", p.Veto}} {
		for i, it := range l.list {
			where := fmt.Sprintf("%s[%d]", l.key, i)
			if it.Code != "" {
				where += " (" + it.Code + ")"
			}
			switch {
			case it.Code == "":
				bad("%s.code 是空的：每一项都要有一个不重复的短编号，如 HJ01", where)
			case strings.ContainsAny(it.Code, " \t#"):
				bad("%s.code %q 里不能有空格或 #：请只用字母和数字，如 HJ01", where, it.Code)
			case codes[strings.ToUpper(it.Code)] != "":
				bad("%s.code %q 已经用在 %s：编号不能重复（不分大小写），请换一个", where, it.Code, codes[strings.ToUpper(it.Code)])
			default:
				codes[strings.ToUpper(it.Code)] = where
			}
			it.validate(bad, where, l.key)
		}
	}
	p.validateShop(bad)
	p.Visit.validate(bad)
	if p.Publicity.Cadence != "monthly" && p.Publicity.Cadence != "quarterly" {
		bad("points.publicity.cadence 写的是 %q：请写 monthly（每月公示）或 quarterly（每季度公示）", p.Publicity.Cadence)
	}
	if p.Publicity.Veto != "withhold" && p.Publicity.Veto != "name" {
		bad("points.publicity.veto 写的是 %q：请写 withhold（公示只写哪一户有否决项，不写原因）或 name（写出项目和人）", p.Publicity.Veto)
	}
	if w := p.Publicity.Window.Std(); w < 24*time.Hour || w > 30*24*time.Hour {
		bad("points.publicity.window 写的是 %s：请写 1d 到 30d（公示期一般 7d）", human(w))
	}
	if _, err := p.claimDays(); err != nil {
		bad("points.claim_window 写的是 %q：请写 publicity（当月或下个月申请，跟着公示走）、7d 到 366d（做完后多少天内申请）或 off（当年的都收）", p.ClaimWindow)
	}
	if p.YearEnd.Unspent != "clear" && p.YearEnd.Unspent != "keep" {
		bad("points.year_end.unspent 写的是 %q：请写 clear（年底清零没兑换的积分）或 keep（留到下一年）", p.YearEnd.Unspent)
	}
	for _, c := range p.Average.ExcludeCare {
		if c != string(village.CareHigh) && c != string(village.CareFocus) && c != string(village.CareNormal) {
			bad("points.average.exclude_care 里的 %q 不是关爱等级：请写 高、重点 或 一般（花名册「关爱等级」一列的写法）", c)
		}
	}
	if p.Ranking.Top < 1 || p.Ranking.Top > 50 {
		bad("points.ranking.top 写的是 %d：请写 1 到 50（排行要发到微信群里，太长没人看）", p.Ranking.Top)
	}
	if p.Ranking.Honours < 0 || p.Ranking.Honours > p.Ranking.Top {
		bad("points.ranking.honours 写的是 %d：请写 0 到 points.ranking.top（%d）", p.Ranking.Honours, p.Ranking.Top)
	}
	if p.Ranking.HonourShare < 0 || p.Ranking.HonourShare > 100 {
		bad("points.ranking.honour_share 写的是 %d：请写 1 到 100（荣誉户最多占全村户数的百分之几）", p.Ranking.HonourShare)
	}
	if p.Ranking.HonourMin != nil && *p.Ranking.HonourMin < 0 {
		bad("points.ranking.honour_min 写的是 %d：请写 0 或更大（荣誉户至少要有的户均分）", *p.Ranking.HonourMin)
	}
	return errs
}

// validate tells bad what is wrong with indicator it, found at where in
// list (points.catalogue, points.bonus or points.veto); codes are checked
// across lists by Points.validate.
func (it Indicator) validate(bad func(string, ...any), where, list string) {
	if it.Name == "" {
		bad("%s.name 是空的：请写这一项奖励或扣分的是什么，如 参加义务劳动", where)
	}
	if list == "points.catalogue" && !slices.Contains(village.PointCategories, it.Category) {
		bad("%s.category 写的是 %q：请写这七类之一：%s", where, it.Category, strings.Join(village.PointCategories, "、"))
	}
	pr := it.Points
	switch {
	case pr.Min > pr.Max:
		bad("%s.points 写的是 [%d, %d]：小的数写在前面，如 [%d, %d]", where, pr.Min, pr.Max, pr.Max, pr.Min)
	case pr.Min < 0 && pr.Max > 0:
		bad("%s.points 写的是 [%d, %d]，既有加分又有扣分：请分成两项，一项加分、一项扣分", where, pr.Min, pr.Max)
	case list == "points.veto" && pr.Max > 0:
		bad("%s.points 写的是 %d：否决项不能加分，请写 0（通常）或负数（扣分）", where, pr.Max)
	case list != "points.veto" && pr.Min == 0 && pr.Max == 0:
		bad("%s.points 是 0：请写加多少分（如 5）或扣多少分（如 -5）", where)
	case pr.Max > 1000 || pr.Min < -1000:
		bad("%s.points 写的是 [%d, %d]，超过了 ±1000：请检查是不是多写了 0（各地一般每次 1–20 分，一次性奖励 50–500 分）", where, pr.Min, pr.Max)
	}
	if !slices.Contains([]string{"none", "photo", "witness", "document"}, it.Evidence) {
		bad("%s.evidence 写的是 %q：请写 none（不用）、photo（照片）、witness（证明人）或 document（证明材料）", where, it.Evidence)
	}
	if it.Level != "personal" && it.Level != "household" {
		bad("%s.level 写的是 %q：请写 personal（个人积分）或 household（家庭积分）", where, it.Level)
	}
	if it.MonthlyCap < 0 || it.YearlyCap < 0 {
		bad("%s 的 monthly_cap、yearly_cap 不能是负数：不设上限请写 0", where)
	}
	for _, c := range []struct {
		name string
		v    int
	}{{"monthly_cap", it.MonthlyCap}, {"yearly_cap", it.YearlyCap}} {
		if c.v > 0 && pr.Min > 0 && c.v < pr.Min {
			bad("%s.%s 写的是 %d，比最少一次加的分 %d 还小，这一项就永远加不上：请调大上限，或写 0（不设上限）", where, c.name, c.v, pr.Min)
		}
	}
	if it.MonthlyCap > 0 && it.YearlyCap > 0 && it.YearlyCap < it.MonthlyCap {
		bad("%s 的 yearly_cap（%d）比 monthly_cap（%d）还小：每年的上限不能小于每月的上限", where, it.YearlyCap, it.MonthlyCap)
	}
}

// validateShop tells bad what is wrong with the supermarket's items.
func (p *Points) validateShop(bad func(string, ...any)) {
	items := map[string]bool{}
	for i, s := range p.Supermarket {
		where := fmt.Sprintf("points.supermarket[%d]", i)
		if s.Name == "" {
			bad("%s.name 是空的：请写商品名，和超市管理员兑换时说的一样，如 洗衣液", where)
		}
		if items[s.Name] {
			bad("%s.name %q 写了两次：每种商品只写一次", where, s.Name)
		}
		items[s.Name] = true
		if s.Points <= 0 {
			bad("%s (%s).points 写的是 %d：请写兑换一件要多少分，如 20（各地一般 1 分约合 0.1–3 元）", where, s.Name, s.Points)
		}
		if s.Stock < 0 || s.Low < 0 {
			bad("%s (%s) 的 stock、low 不能是负数：不记库存请写 0", where, s.Name)
		}
	}
}

// Indicators is the whole catalogue as the domain sees it: regular items,
// then bonus, then veto items.
func (p Points) Indicators() village.Catalogue {
	var out village.Catalogue
	for _, l := range []struct {
		list []Indicator
		kind village.IndicatorKind
	}{{p.Catalogue, village.KindRegular}, {p.Bonus, village.KindBonus}, {p.Veto, village.KindVeto}} {
		for _, it := range l.list {
			out = append(out, village.Indicator{
				Code: it.Code, Category: it.Category, Name: it.Name, Keywords: it.Keywords,
				Min: it.Points.Min, Max: it.Points.Max, Unit: it.Unit, Evidence: village.Evidence(it.Evidence),
				MonthlyCap: it.MonthlyCap, YearlyCap: it.YearlyCap, Level: village.Level(it.Level), Kind: l.kind,
			})
		}
	}
	return out
}

// Shop is the supermarket's price list as the domain sees it.
func (p Points) Shop() []village.ShopItem {
	out := make([]village.ShopItem, len(p.Supermarket))
	for i, s := range p.Supermarket {
		out[i] = village.ShopItem{Name: s.Name, Points: s.Points, Unit: s.Unit, Stock: s.Stock, Low: s.Low}
	}
	return out
}

// AverageRule is who counts in the household average.
func (p Points) AverageRule() village.AverageRule {
	r := village.AverageRule{ExcludeRelations: p.Average.ExcludeRelations}
	for _, c := range p.Average.ExcludeCare {
		r.ExcludeCare = append(r.ExcludeCare, village.Care(c))
	}
	return r
}

// Period is the month ("2006-01", village.MonthOf) that points decided at
// at count in: at's own, or January of the next year once the year-end
// run of at's year is due (schedules.year_end): the year's ranking is
// archived and announced then, so an approval or 加分 after it (on the
// evening of 31 December) counts in the next year, as the reviewers were
// told. at is in the township's zone.
func (p Points) Period(at time.Time) string {
	if y := p.Year(at); y > at.Year() {
		return village.MonthOf(time.Date(y, time.January, 1, 0, 0, 0, 0, at.Location()))
	}
	return village.MonthOf(at)
}

// EarnedPeriod is the period a villager's claim made at claimed and
// decided at decided counts in: the year it was earned. A claim made
// before its year's year-end run (a December deed still waiting for the
// scorers at the clearing) counts in the last month of that year, as the
// points approved in December do: in that year's ranking and honours
// (its archive corrected), not cleared, redeemable once final. Anything
// else counts where Period puts decided. Both are in the township's zone.
func (p Points) EarnedPeriod(claimed, decided time.Time) string {
	if !claimed.IsZero() {
		if y := p.Year(claimed.In(decided.Location())); y < p.Year(decided) {
			return village.MonthOf(time.Date(y, time.December, 1, 0, 0, 0, 0, decided.Location()))
		}
	}
	return p.Period(decided)
}

// Year is the points year at falls in: at's own, or the next once its
// year-end run is due (Period). What a villager asks then (我的积分,
// 积分排行) is of the new year, the closed one's archived ranking being
// "last year's".
func (p Points) Year(at time.Time) int {
	if yearEnd, err := cron.ParseStandard(p.Schedules.YearEnd); err == nil { // not "off"
		if next := yearEnd.Next(at); !next.IsZero() && village.ClosedYear(next) > at.Year() {
			return at.Year() + 1
		}
	}
	return at.Year()
}

// ClearsThisMonth is when unspent points are next cleared after at (in
// the township's zone), when that is in at's month: points approved then
// are published after it, so that clearing leaves them. Zero when nothing
// is cleared or not this month.
func (p Points) ClearsThisMonth(at time.Time) time.Time {
	when := p.NextClearing(at)
	if when.IsZero() || when.Year() != at.Year() || when.Month() != at.Month() {
		return time.Time{}
	}
	return when
}

// NextClearing is when unspent points are next cleared after at (the
// year-end run, in at's zone): zero when they are kept (year_end.unspent
// keep) or the run is off.
func (p Points) NextClearing(at time.Time) time.Time {
	if p.YearEnd.Unspent != "clear" {
		return time.Time{}
	}
	yearEnd, err := cron.ParseStandard(p.Schedules.YearEnd)
	if err != nil { // "off"
		return time.Time{}
	}
	return yearEnd.Next(at)
}

// YearEnds are the year-end runs around at (schedules.year_end, in at's
// zone), whatever becomes of unspent points: the last at or before at
// within the year before it, and the next after it; zero when off or
// none.
func (p Points) YearEnds(at time.Time) (last, next time.Time) {
	yearEnd, err := cron.ParseStandard(p.Schedules.YearEnd)
	if err != nil { // "off"
		return time.Time{}, time.Time{}
	}
	if l := yearEnd.Next(at.AddDate(-1, 0, 0)); !l.After(at) {
		last = l
	}
	return last, yearEnd.Next(at)
}

// LastClearing is when unspent points were last cleared at or before at
// (the year-end run within the year before at, in at's zone): zero when
// they are kept (year_end.unspent keep), the run is off, or it has not
// run in that year.
func (p Points) LastClearing(at time.Time) time.Time {
	last := p.NextClearing(at.AddDate(-1, 0, 0))
	if last.IsZero() || last.After(at) {
		return time.Time{}
	}
	return last
}

// ClearsSoon is when unspent points are next cleared after at (in the
// township's zone), when the clearing reminder for it has already gone
// out: points that become redeemable after the reminder are warned where
// they become redeemable. Zero when nothing is cleared or the reminder is
// still to come.
func (p Points) ClearsSoon(at time.Time) time.Time {
	if p.YearEnd.Unspent != "clear" {
		return time.Time{}
	}
	yearEnd, err1 := cron.ParseStandard(p.Schedules.YearEnd)
	reminder, err2 := cron.ParseStandard(p.Schedules.Reminder)
	if err1 != nil || err2 != nil { // "off"
		return time.Time{}
	}
	when := yearEnd.Next(at)
	if reminder.Next(at).Before(when) {
		return time.Time{} // the reminder is still to come
	}
	return when
}

// claimDays is points.claim_window in days: 0 for publicity or off.
func (p Points) claimDays() (int, error) {
	switch p.ClaimWindow {
	case "publicity", "off":
		return 0, nil
	}
	d, err := ParseDuration(p.ClaimWindow)
	if err != nil || d%(24*time.Hour) != 0 || d < 7*24*time.Hour || d > 366*24*time.Hour {
		return 0, fmt.Errorf("claim_window %q", p.ClaimWindow)
	}
	return int(d / (24 * time.Hour)), nil
}

// ClaimDue says until when a deed done on day (in loc) is claimed: due,
// the first instant it no longer is, zero when any day of the year is
// (claim_window off, or publicity with 公示 off). days is the window in
// days when it is so written; listed is then zero, else the 公示 that
// lists the deed's month (due is the one after it).
func (p Points) ClaimDue(day time.Time, loc *time.Location) (due, listed time.Time, days int) {
	if days, _ = p.claimDays(); days > 0 {
		d := day.In(loc)
		return time.Date(d.Year(), d.Month(), d.Day()+days+1, 0, 0, 0, 0, loc), time.Time{}, days
	}
	if p.ClaimWindow == "off" {
		return time.Time{}, time.Time{}, 0
	}
	if listed = p.PublicityOf(day, loc); listed.IsZero() {
		return time.Time{}, time.Time{}, 0
	}
	return p.PublicityOf(listed, loc), listed, 0
}

// PublicityOf is when the 公示 that lists a claim approved at decided
// goes out: the first schedules.publicity run after the month of decided
// (in loc) ends, as the 公示 lists what was approved before the start of
// its month (a claim approved on 31 December after the year-end run,
// counted in January, is listed on 1 January). Zero when 公示 is off.
func (p Points) PublicityOf(decided time.Time, loc *time.Location) time.Time {
	sched, err := cron.ParseStandard(p.Schedules.Publicity)
	if err != nil { // "off"
		return time.Time{}
	}
	d := decided.In(loc)
	return sched.Next(time.Date(d.Year(), d.Month(), 1, 0, 0, 0, 0, loc).AddDate(0, 1, 0).Add(-time.Second))
}
