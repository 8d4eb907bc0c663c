package village

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"gridbot/internal/fuzzseed"
)

var march = time.Date(2026, 3, 2, 9, 0, 0, 0, time.FixedZone("CST", 8*3600))

func testCatalogue() Catalogue {
	return Catalogue{
		{Code: "HJ01", Category: "人居环境", Name: "庭院整洁", Keywords: []string{"院子", "打扫院子", "房前屋后"}, Min: 2, Max: 10, MonthlyCap: 10, Level: LevelHousehold, Kind: KindRegular},
		{Code: "HJ02", Category: "人居环境", Name: "环境整治", Keywords: []string{"清理河道", "大扫除"}, Min: 5, Max: 5, MonthlyCap: 20, Level: LevelPersonal, Kind: KindRegular},
		{Code: "HJ07", Category: "人居环境", Name: "焚烧秸秆", Keywords: []string{"烧秸秆", "焚烧"}, Min: -5, Max: -5, Level: LevelHousehold, Kind: KindRegular},
		{Code: "JF01", Category: "加分项", Name: "见义勇为", Keywords: []string{"见义勇为", "救人"}, Min: 200, Max: 200, Kind: KindBonus, Level: LevelPersonal},
		{Code: "JF02", Category: "加分项", Name: "抢险救灾", Keywords: []string{"抢险"}, Min: 20, Max: 20, Kind: KindBonus, Level: LevelPersonal},
		{Code: "FJ02", Category: "否决项", Name: "治安拘留", Keywords: []string{"拘留"}, Kind: KindVeto, Level: LevelHousehold},
		{Code: "HJ1", Category: "人居环境", Name: "短码", Min: 1, Max: 1, Kind: KindRegular},
	}
}

func TestCatalogueMatch(t *testing.T) {
	cat := testCatalogue()
	tests := []struct {
		name, text string
		keep       func(Indicator) bool
		want       string // code; "" = no match
	}{
		{"keyword", "今天把院子扫了", Indicator.Claimable, "HJ01"},
		{"longest keyword wins", "清理河道边的院子", Indicator.Claimable, "HJ02"},
		{"explicit code wins", "HJ02 院子", Indicator.Claimable, "HJ02"},
		{"code in lower case", "hj01", Indicator.Claimable, "HJ01"},
		{"a code inside a longer code is not it", "HJ12 没有这一项", Indicator.Claimable, ""},
		{"a hyphen glues a code to what follows", "HJ02-1", Indicator.Claimable, ""},
		{"a hyphen glues a code to what precedes", "X-HJ02", Indicator.Claimable, ""},
		{"a code beside a hyphen with a space between", "HJ02 -", Indicator.Claimable, "HJ02"},
		{"equal length: the word written first", "抢险 下河救人", nil, "JF02"},
		{"equal length, other order", "救人 抢险", nil, "JF01"},
		{"deductions are not claimable", "烧秸秆", Indicator.Claimable, ""},
		{"vetoes are not claimable", "拘留", Indicator.Claimable, ""},
		{"deduction pool", "焚烧 村口", func(i Indicator) bool { return i.Deduction() || i.Kind == KindVeto }, "HJ07"},
		{"nothing", "打麻将", nil, ""},
		{"empty", "", nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := cat.Match(tt.text, tt.keep)
			if ok != (tt.want != "") || got.Code != tt.want {
				t.Errorf("Match(%q) = %q, %v; want %q", tt.text, got.Code, ok, tt.want)
			}
		})
	}
}

// TestContainsCode: a code is found where nothing glues it to the text
// around: never letters or digits, and a hyphen only with HyphenJoins.
func TestContainsCode(t *testing.T) {
	tests := []struct {
		name, s, code string
		joins, ends   bool // want, with HyphenJoins and with HyphenEnds
	}{
		{"alone", "HJ01", "HJ01", true, true},
		{"among Chinese", "申请HJ01积分", "HJ01", true, true},
		{"between spaces", "按 HJ01 申请", "HJ01", true, true},
		{"digit after", "HJ012", "HJ01", false, false},
		{"letter before", "XHJ01", "HJ01", false, false},
		{"lower case is another text", "hj01", "HJ01", false, false},
		{"hyphen after", "HJ01-2", "HJ01", false, true},
		{"hyphen before", "X-HJ01", "HJ01", false, true},
		{"hyphen alone after", "HJ01-", "HJ01", false, true},
		{"a later occurrence stands alone", "HJ012 HJ01", "HJ01", true, true},
		{"a later occurrence past a hyphenated one", "HJ01-2 HJ01", "HJ01", true, true},
		{"overlapping occurrences", "AAA", "AA", false, false},
		{"a code with a hyphen", "按 QS-1 申请", "QS-1", true, true},
		{"a code with a hyphen, glued", "QS-1-2", "QS-1", false, true},
		{"absent", "庭院整洁", "HJ01", false, false},
		{"empty code", "HJ01", "", false, false},
		{"empty text", "", "HJ01", false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := ContainsCode(tt.s, tt.code, HyphenJoins); got != tt.joins {
				t.Errorf("ContainsCode(%q, %q, HyphenJoins) = %v, want %v", tt.s, tt.code, got, tt.joins)
			}
			if got := ContainsCode(tt.s, tt.code, HyphenEnds); got != tt.ends {
				t.Errorf("ContainsCode(%q, %q, HyphenEnds) = %v, want %v", tt.s, tt.code, got, tt.ends)
			}
		})
	}
}

// FuzzContainsCode: a code found is in the text, and a code found with
// hyphens gluing is found with hyphens ending it.
func FuzzContainsCode(f *testing.F) {
	for _, s := range fuzzseed.Texts() {
		f.Add(s, "R1")
	}
	f.Add("HJ01-2 HJ01", "HJ01")
	f.Add("X-QS-1-", "QS-1")
	f.Fuzz(func(t *testing.T, s, code string) {
		joins, ends := ContainsCode(s, code, HyphenJoins), ContainsCode(s, code, HyphenEnds)
		if (joins || ends) && !strings.Contains(s, code) {
			t.Fatalf("ContainsCode(%q, %q) found what is not there", s, code)
		}
		if joins && !ends {
			t.Fatalf("ContainsCode(%q, %q) found with HyphenJoins, not with HyphenEnds", s, code)
		}
	})
}

// TestCatalogueCandidates: what Match cannot place is offered as the
// indicators sharing its words, the rarer shared word first; deductions
// and vetoes are never offered to a claimant, and nothing is offered for
// words no indicator uses.
func TestCatalogueCandidates(t *testing.T) {
	cat := testCatalogue()
	codes := func(is []Indicator) []string {
		var out []string
		for _, i := range is {
			out = append(out, i.Code)
		}
		return out
	}
	tests := []struct {
		name, text string
		n          int
		want       []string
	}{
		{"shares 打扫", "今天打扫了文化广场", 3, []string{"HJ01"}},
		{"shares 河道 and 扫除", "扫除了河道边的杂草", 3, []string{"HJ02"}},
		{"two shared words", "院子旁边的河道", 3, []string{"HJ01", "HJ02"}},
		{"at most n", "院子旁边的河道", 1, []string{"HJ01"}},
		{"deductions not offered", "秸秆都收了", 3, nil},
		{"vetoes not offered", "被拘留的人回来了", 3, nil},
		{"no shared word", "打麻将", 3, nil},
		{"latin only", "HJ99", 3, nil},
	}
	five := Catalogue{{Code: "A", Name: "参加义务劳动"}, {Code: "B", Name: "参加普法学习"}, {Code: "C", Name: "拾金不昧"},
		{Code: "D", Name: "无偿献血"}, {Code: "E", Name: "垃圾分类"}}
	if got := codes(five.Candidates("参加了学习", nil, 3)); !slices.Equal(got, []string{"B", "A"}) {
		t.Errorf("a word two share counts half: got %v, want [B A]", got)
	}
	if got := codes(five.Candidates("参加了", nil, 3)); !slices.Equal(got, []string{"A", "B"}) {
		t.Errorf("a tie keeps catalogue order: got %v, want [A B]", got)
	}
	seven := append(Catalogue{{Code: "F", Name: "参加巡逻"}, {Code: "G", Name: "参加培训"}}, five...)
	if got := codes(seven.Candidates("参加了代表大会", nil, 3)); got != nil {
		t.Errorf("a word four items share suggests nothing alone: got %v", got)
	}
	honours := append(Catalogue{{Code: "J3", Name: "获镇级表彰（文明家庭）"}, {Code: "J4", Name: "获县级表彰"}, {Code: "X", Name: "家庭和睦"},
		{Code: "Y", Name: "家庭农场"}, {Code: "Z", Name: "家庭成员升学"}, {Code: "W", Name: "平安家庭"}}, five...)
	if got := codes(honours.Candidates("俺家评上五好家庭了", nil, 3)); !slices.Equal(got, []string{"J3", "J4"}) {
		t.Errorf("an honour of no level, its words too common: got %v, want the honours [J3 J4]", got)
	}
	if got := codes(honours.Candidates("五好家庭", nil, 3)); got != nil {
		t.Errorf("no honour said: got %v", got)
	}
	one := Catalogue{{Code: "H", Name: "参加村庄环境卫生整治"}, {Code: "I", Name: "大扫除"}}
	if got := codes(one.Candidates("增加村民代表名额", nil, 3)); got != nil {
		t.Errorf("加村 is no word of 参加村庄…: got %v", got)
	}
	if got := codes(one.Candidates("村庄里扫除杂草", nil, 3)); !slices.Equal(got, []string{"H", "I"}) {
		t.Errorf("村庄 and the 扫除 of an odd run: got %v, want [H I]", got)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := codes(cat.Candidates(tt.text, Indicator.Claimable, tt.n))
			if !slices.Equal(got, tt.want) {
				t.Errorf("Candidates(%q) = %v, want %v", tt.text, got, tt.want)
			}
		})
	}
}

func TestClaimTransitions(t *testing.T) {
	all := []ClaimAction{ClaimSubmit, ClaimRecord, ClaimApprove, ClaimReject, ClaimObject, ClaimUphold, ClaimRevoke, ClaimFinalise, ClaimPublish}
	allowed := map[ClaimStatus][]ClaimAction{
		"":            {ClaimSubmit, ClaimRecord},
		ClaimPending:  {ClaimApprove, ClaimReject},
		ClaimApproved: {ClaimObject, ClaimRevoke, ClaimFinalise, ClaimPublish},
		ClaimObjected: {ClaimUphold, ClaimRevoke, ClaimPublish},
		ClaimRejected: nil,
		ClaimFinal:    {ClaimRevoke},
		ClaimRevoked:  nil,
	}
	for from, ok := range allowed {
		for _, a := range all {
			c := Claim{Status: from, Points: 5}
			_, err := c.Apply(a, "赵六", march, "")
			want := false
			for _, x := range ok {
				want = want || x == a
			}
			if (err == nil) != want {
				t.Errorf("%q --%s--> err %v, want allowed=%v", from, a, err, want)
			}
			if err != nil {
				if !errors.Is(err, ErrClaimTransition) || c.Status != from || len(c.History) != 0 {
					t.Errorf("%q --%s--> refused but changed the claim or gave %v", from, a, err)
				}
			}
		}
	}
}

func TestClaimApplySetsPeriodAndUpholdAfterWindow(t *testing.T) {
	c := Claim{Points: 5}
	if _, err := c.Apply(ClaimSubmit, "张三", march, ""); err != nil {
		t.Fatal(err)
	}
	april := march.AddDate(0, 1, 0)
	if _, err := c.Apply(ClaimApprove, "赵六", april, "好"); err != nil {
		t.Fatal(err)
	}
	if c.Period != "2026-04" || c.DecidedBy != "赵六" || c.Year() != "2026" {
		t.Errorf("after approval period %q by %q year %q, want 2026-04 by 赵六", c.Period, c.DecidedBy, c.Year())
	}
	c.PublishedAt, c.WindowEnds = april, april.Add(7*24*time.Hour)
	if _, err := c.Apply(ClaimObject, "陈二", april.Add(time.Hour), "没去"); err != nil {
		t.Fatal(err)
	}
	from, err := c.Apply(ClaimUphold, "赵六", c.WindowEnds.Add(time.Minute), "")
	if err != nil {
		t.Fatal(err)
	}
	if from != ClaimObjected || c.Status != ClaimFinal {
		t.Errorf("uphold after the window: %q → %q, want objected → final", from, c.Status)
	}
}

// post applies a claim action and posts its ledger entry to a.
func post(t *testing.T, a *Account, c *Claim, act ClaimAction, at time.Time) LedgerEntry {
	t.Helper()
	from, err := c.Apply(act, "赵六", at, "")
	if err != nil {
		t.Fatal(err)
	}
	e := c.Entry(from, "m")
	if err := a.Post(e); err != nil {
		t.Fatal(err)
	}
	return e
}

func TestAccountPost(t *testing.T) {
	a := NewAccount("青山村", "QS-301")
	var ledger []LedgerEntry
	yard := Claim{ID: "C1", Household: "QS-301", Person: "张三", Indicator: "HJ01", Level: LevelHousehold, Points: 8}
	river := Claim{ID: "C2", Household: "QS-301", Person: "张明", Indicator: "HJ02", Level: LevelPersonal, Points: 5}
	veto := Claim{ID: "C3", Household: "QS-301", Person: "张三", Indicator: "FJ02", Name: "治安拘留", Kind: KindVeto, Level: LevelHousehold}
	ledger = append(ledger, post(t, &a, &yard, ClaimSubmit, march), post(t, &a, &yard, ClaimApprove, march))
	ledger = append(ledger, post(t, &a, &river, ClaimRecord, march))
	ledger = append(ledger, post(t, &a, &veto, ClaimRecord, march))

	y := a.Year("2026")
	want := YearTally{Score: 13, Approved: 13, Household: 8, Personal: map[string]int{"张明": 5},
		Used:   map[string]int{"HJ01|户": 8, "HJ01|户|2026-03": 8, "HJ02|张明": 5, "HJ02|张明|2026-03": 5},
		Vetoes: []Veto{{Claim: "C3", Name: "治安拘留"}}}
	if diff := cmp.Diff(y, want); diff != "" {
		t.Errorf("after approvals (-got +want):\n%s", diff)
	}
	ind := testCatalogue()[0]
	if left, capped := a.CapLeft(ind, "张三", "2026-03"); !capped || left != 2 {
		t.Errorf("CapLeft = %d, %v; want 2, true", left, capped)
	}
	if left, _ := a.CapLeft(ind, "张三", "2026-04"); left != 10 {
		t.Errorf("CapLeft next month = %d, want 10", left)
	}

	// Objection freezes, revocation removes, the veto is lifted when revoked.
	ledger = append(ledger, post(t, &a, &yard, ClaimObject, march), post(t, &a, &yard, ClaimRevoke, march))
	ledger = append(ledger, post(t, &a, &veto, ClaimRevoke, march))
	ledger = append(ledger, post(t, &a, &river, ClaimFinalise, march))
	// A redemption with no period (stored before periods were kept)
	// counts only in the all-time total; one with a period in its year too.
	for _, e := range []LedgerEntry{
		{Household: "QS-301", Event: EventRedeem, Points: 1},
		{Household: "QS-301", Event: EventRedeem, Points: 2, Period: "2026-03"},
	} {
		if err := a.Post(e); err != nil {
			t.Fatal(err)
		}
		ledger = append(ledger, e)
	}
	y = a.Year("2026")
	want = YearTally{Score: 5, Final: 5, Redeemed: 2, Personal: map[string]int{"张明": 5},
		Used: map[string]int{"HJ02|张明": 5, "HJ02|张明|2026-03": 5}, Vetoes: []Veto{}}
	if diff := cmp.Diff(y, want); diff != "" {
		t.Errorf("after revoke and finalise (-got +want):\n%s", diff)
	}
	if a.Final != 5 || a.Redeemed != 3 || a.Redeemable() != 2 {
		t.Errorf("final %d redeemed %d redeemable %d, want 5 3 2", a.Final, a.Redeemed, a.Redeemable())
	}

	// The fold of the ledger is the cached account.
	derived, err := DeriveAccounts(ledger)
	if err != nil {
		t.Fatal(err)
	}
	d := derived["QS-301"]
	if diff := cmp.Diff(d.Years, a.Years); diff != "" || d.Final != a.Final || d.Redeemed != a.Redeemed {
		t.Errorf("derived account differs from the cached one (-derived +cached):\n%s", diff)
	}
}

func TestHouseholdsAndRank(t *testing.T) {
	people := []Person{
		{Name: "张三", Village: "青山村", Household: "QS-301", Relation: "户主", Grid: "三组"},
		{Name: "刘芳", Village: "青山村", Household: "QS-301", Relation: "配偶", Grid: "三组"},
		{Name: "张小宝", Village: "青山村", Household: "QS-301", Relation: "孙子女", Grid: "三组"},
		{Name: "陈二", Village: "青山村", Household: "QS-302", Relation: "户主", Grid: "三组"},
		{Name: "王奶奶", Village: "青山村", Household: "QS-305", Relation: "户主", Grid: "三组", Care: CareHigh},
		{Name: "李四", Village: "青山村", Household: "QS-303", Relation: "户主", Grid: "三组"},
		{Name: "林慧", Village: "青山村", Household: "QS-303", Relation: "配偶", Grid: "三组"},
		{Name: "孙七", Village: "青山村"}, // a cadre without a household
		{Name: "外村人", Village: "白水村", Household: "BS-1"},
	}
	all := Households(people, "青山村", AverageRule{})
	var got []string
	for _, h := range all {
		got = append(got, h.Household+" "+h.Head+" "+string(rune('0'+h.Participants)))
	}
	if diff := cmp.Diff(got, []string{"QS-301 张三 3", "QS-302 陈二 1", "QS-305 王奶奶 1", "QS-303 李四 2"}); diff != "" {
		t.Errorf("households (-got +want):\n%s", diff)
	}
	rule := AverageRule{ExcludeRelations: []string{"孙子女"}, ExcludeCare: []Care{CareHigh}}
	hs := Households(people, "青山村", rule)
	if hs[0].Participants != 2 || hs[2].Participants != 1 {
		t.Errorf("with exclusions: QS-301 %d, QS-305 %d participants; want 2 and 1 (never below one)", hs[0].Participants, hs[2].Participants)
	}

	// 张三户 12/3 = 4, 陈二户 4/1 = 4 (tie), 李四户 10/2 = 5, 王奶奶户 vetoed.
	ranked := Rank(all, map[string]int64{"QS-301": 12, "QS-302": 4, "QS-303": 10, "QS-305": 50}, map[string]bool{"QS-305": true})
	type row struct {
		ID   string
		Rank int
		Avg  string
	}
	var rows []row
	for _, s := range ranked {
		rows = append(rows, row{s.Household, s.Rank, s.AverageText()})
	}
	want := []row{{"QS-303", 1, "5.0"}, {"QS-301", 2, "4.0"}, {"QS-302", 2, "4.0"}, {"QS-305", 0, "50.0"}}
	if diff := cmp.Diff(rows, want); diff != "" {
		t.Errorf("ranking (-got +want):\n%s", diff)
	}
	var honours []string
	for _, s := range Honours(ranked, HonourRule{Max: 2}) {
		honours = append(honours, s.Household)
	}
	// 陈二户 ties 张三户 at rank 2, the last honoured rank: both are honoured.
	if diff := cmp.Diff(honours, []string{"QS-303", "QS-301", "QS-302"}); diff != "" {
		t.Errorf("honours (-got +want):\n%s", diff)
	}
}

// TestRankExactAverages: 1/3 and 2/6 are equal; float division must not
// split them.
func TestRankExactAverages(t *testing.T) {
	hs := []HouseholdInfo{{Household: "A", Participants: 3}, {Household: "B", Participants: 6}, {Household: "C", Participants: 7}}
	got := Rank(hs, map[string]int64{"A": 1, "B": 2, "C": 2}, nil)
	if got[0].Rank != 1 || got[1].Rank != 1 || got[2].Rank != 3 {
		t.Errorf("ranks %d %d %d, want 1 1 3", got[0].Rank, got[1].Rank, got[2].Rank)
	}
}

// TestRankReadsApart (shop76): neighbours of different ranks whose
// averages one decimal shows the same (10/3 and 13/4: 3.3 at places 1 and
// 2) are shown with the decimals that tell them apart; equal averages
// sharing a rank, and others, keep one. Leaders shows its top as Rank does.
func TestRankReadsApart(t *testing.T) {
	hs := []HouseholdInfo{{Household: "A", Participants: 3}, {Household: "B", Participants: 4},
		{Household: "C", Participants: 6}, {Household: "D", Participants: 2}, {Household: "E", Participants: 3}}
	totals := map[string]int64{"A": 10, "B": 13, "C": 20, "D": 2, "E": -4}
	var got []string
	for _, s := range Rank(slices.Clone(hs), totals, nil) {
		got = append(got, fmt.Sprintf("%d.%s %s", s.Rank, s.Household, s.AverageText()))
	}
	if want := "1.A 3.33 1.C 3.33 3.B 3.25 4.D 1.0 5.E -1.3"; strings.Join(got, " ") != want {
		t.Errorf("ranking %q, want %q", strings.Join(got, " "), want)
	}
	top, mine, _ := Leaders(hs, totals, nil, 2, "C")
	if top[0].AverageText() != "3.33" || top[1].AverageText() != "3.33" || mine.AverageText() != "3.33" {
		t.Errorf("top 2 (one rank, B next) %s %s, mine %s; want 3.33 each", top[0].AverageText(), top[1].AverageText(), mine.AverageText())
	}
	if _, mine, _ = Leaders(hs, totals, nil, 0, "D"); mine.AverageText() != "1.0" {
		t.Errorf("D alone %s, want 1.0", mine.AverageText())
	}
	if top, mine, _ = Leaders(hs, totals, nil, 3, "B"); top[2].AverageText() != "3.25" || mine.AverageText() != "3.25" {
		t.Errorf("third %s, mine %s; want 3.25", top[2].AverageText(), mine.AverageText())
	}
	if got := readApart(1, 3, 33, 100); got != 3 {
		t.Errorf("readApart(1/3, 33/100) = %d, want 3", got)
	}
	if got := averageText(1, 16, 3); got != "0.063" {
		t.Errorf("averageText(1, 16, 3) = %s, want 0.063", got)
	}
}

func TestStockLeft(t *testing.T) {
	s := Stock{Sold: map[string]int{"大米": 3}, Restocked: map[string]int{"大米": 10}}
	if left, ok := s.Left(ShopItem{Name: "大米", Stock: 20}); !ok || left != 27 {
		t.Errorf("Left(大米) = %d, %v; want 27, true", left, ok)
	}
	if _, ok := s.Left(ShopItem{Name: "香皂"}); ok {
		t.Error("an item without stock is counted")
	}
}

// TestLeadersAgreesWithRank checks the fast top-n and own-rank answer
// against the full ranking on random villages with ties, negatives and
// vetoes.
func TestLeadersAgreesWithRank(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	for round := range 200 {
		n := 1 + rng.IntN(40)
		hs := make([]HouseholdInfo, n)
		totals, vetoed := map[string]int64{}, map[string]bool{}
		for i := range hs {
			id := fmt.Sprintf("H%02d", rng.IntN(1000))
			for slices.ContainsFunc(hs[:i], func(h HouseholdInfo) bool { return h.Household == id }) {
				id += "x"
			}
			hs[i] = HouseholdInfo{Village: "青山村", Household: id, Participants: 1 + rng.IntN(5)}
			totals[id] = int64(rng.IntN(12) - 3)
			vetoed[id] = rng.IntN(10) == 0
		}
		full := Rank(slices.Clone(hs), totals, vetoed)
		top := 1 + rng.IntN(10)
		var want []Standing
		for _, s := range full {
			if len(want) < top && s.Rank > 0 && s.Total > 0 {
				want = append(want, s)
			}
		}
		ask := hs[rng.IntN(n)].Household
		got, mine, ranked := Leaders(hs, totals, vetoed, top, ask)
		if diff := cmp.Diff(got, want); diff != "" {
			t.Fatalf("round %d: top %d (-Leaders +Rank):\n%s", round, top, diff)
		}
		for _, s := range full {
			if s.Household == ask && (s.Rank != mine.Rank || s.Total != mine.Total || s.Rank > 0 && s.Digits != mine.Digits) {
				t.Fatalf("round %d: %s rank %d, Rank says %d", round, ask, mine.Rank, s.Rank)
			}
		}
		nRanked := 0
		for _, s := range full {
			if s.Rank > 0 {
				nRanked++
			}
		}
		if ranked != nRanked {
			t.Fatalf("round %d: ranked %d, want %d", round, ranked, nRanked)
		}
	}
}

func TestAverageTextRoundsHalfAwayFromZero(t *testing.T) {
	tests := []struct {
		total, n int
		want     string
	}{
		{13, 4, "3.3"}, {7, 4, "1.8"}, {-5, 4, "-1.3"}, {20, 3, "6.7"}, {10, 4, "2.5"}, {1, 20, "0.1"},
		{0, 3, "0.0"}, {-1, 30, "0.0"}, {1, 0, "1.0"}, {-7, 4, "-1.8"}, {100, 1, "100.0"},
	}
	for _, tt := range tests {
		if got := averageText(tt.total, tt.n, 1); got != tt.want {
			t.Errorf("averageText(%d, %d) = %s, want %s", tt.total, tt.n, got, tt.want)
		}
	}
}

func TestEvidenceOfferedBy(t *testing.T) {
	tests := []struct {
		need   Evidence
		text   string
		images int
		want   bool
	}{
		{EvidencePhoto, "证明人 王五", 0, false},
		{EvidencePhoto, "照片", 0, true},
		{EvidencePhoto, "", 1, true},
		{EvidenceWitness, "照片", 0, false},
		{EvidenceWitness, "证明人 王五、照片", 0, true},
		{EvidenceDocument, "证明人 王五", 0, false},
		{EvidenceDocument, "证明材料", 0, true},
		{EvidenceDocument, "奖状", 0, true},
		{EvidenceNone, "", 0, true},
	}
	for _, tt := range tests {
		if got := tt.need.OfferedBy(tt.text, tt.images); got != tt.want {
			t.Errorf("%s.OfferedBy(%q, %d) = %v, want %v", tt.need, tt.text, tt.images, got, tt.want)
		}
	}
}

// FuzzCandidates: whatever a claim says, at most n candidates come back,
// each one keep accepts, none twice.
func FuzzCandidates(f *testing.F) {
	for _, s := range []string{"今天打扫了文化广场", "院子旁边的河道", "\xff打扫\xfe", "", "大扫除除"} {
		f.Add(s, 3)
	}
	cat := testCatalogue()
	f.Fuzz(func(t *testing.T, s string, n int) {
		n = n % 5
		got := cat.Candidates(s, Indicator.Claimable, n)
		if len(got) > max(n, 0) {
			t.Fatalf("Candidates(%q, %d) gave %d", s, n, len(got))
		}
		seen := map[string]bool{}
		for _, i := range got {
			if !i.Claimable() || seen[i.Code] {
				t.Fatalf("Candidates(%q) gave %s (claimable %v, twice %v)", s, i.Code, i.Claimable(), seen[i.Code])
			}
			seen[i.Code] = true
		}
	})
}

// TestHouseholdLabelNamesakes: two households whose heads share a name
// are told apart by their 户号 wherever they are named; a head's name in
// another village does not count.
func TestHouseholdLabelNamesakes(t *testing.T) {
	people := []Person{
		{Name: "张三", Village: "青山村", Household: "QS-301", Relation: "户主"},
		{Name: "张三", Village: "青山村", Household: "QS-310", Relation: "户主"},
		{Name: "陈二", Village: "青山村", Household: "QS-302", Relation: "户主"},
		{Name: "陈二", Village: "白水村", Household: "BS-1", Relation: "户主"},
		{Name: "张三", Village: "青山村", Household: "QS-302", Relation: "子女"}, // a namesake member, not a head
	}
	var got []string
	for _, h := range Households(people, "青山村", AverageRule{}) {
		got = append(got, h.Label())
	}
	if diff := cmp.Diff(got, []string{"张三户（QS-301）", "张三户（QS-310）", "陈二户"}); diff != "" {
		t.Errorf("labels (-got +want):\n%s", diff)
	}
}

// TestCompareVillages: villages are compared by total ÷ participants of
// the households taking part, exactly (2/6 ties 1/3); a vetoed household
// is left out whole; a village of no household taking part is last,
// unranked.
func TestCompareVillages(t *testing.T) {
	st := func(v, hh string, total, n int, vetoed bool) Standing {
		return Standing{HouseholdInfo: HouseholdInfo{Village: v, Household: hh, Participants: n}, Total: total, Vetoed: vetoed}
	}
	got := CompareVillages([]string{"甲村", "乙村", "丙村", "丁村"}, [][]Standing{
		{st("甲村", "A1", 1, 3, false), st("甲村", "A2", 0, 1, true)},
		{st("乙村", "B1", 2, 4, false), st("乙村", "B2", 0, 2, false), st("乙村", "B3", 900, 1, true)},
		{st("丙村", "C1", 0, 1, true)},
		{st("丁村", "D1", 7, 2, false), st("丁村", "D2", -1, 1, false)},
	})
	want := []VillageStanding{
		{Village: "丁村", Households: 2, Scored: 1, Total: 6, Participants: 3, Rank: 1},
		{Village: "甲村", Households: 1, Scored: 1, Vetoed: 1, Total: 1, Participants: 3, Rank: 2},
		{Village: "乙村", Households: 2, Scored: 1, Vetoed: 1, Total: 2, Participants: 6, Rank: 2},
		{Village: "丙村", Vetoed: 1, Rank: 0},
	}
	if diff := cmp.Diff(got, want); diff != "" {
		t.Errorf("CompareVillages (-got +want):\n%s", diff)
	}
	if a, p := got[0].AverageText(), got[2].ScoredPercent(); a != "2.0" || p != 50 {
		t.Errorf("丁村's average %s, 乙村's scored share %d%%; want 2.0 and 50", a, p)
	}
}

func TestSameHonours(t *testing.T) {
	for _, tt := range []struct {
		name string
		a, b []string
		want bool
	}{
		{"same order", []string{"QS-301", "QS-302"}, []string{"QS-301", "QS-302"}, true},
		{"places swapped", []string{"QS-302", "QS-301"}, []string{"QS-301", "QS-302"}, true},
		{"one left", []string{"QS-301"}, []string{"QS-301", "QS-302"}, false},
		{"another", []string{"QS-301", "QS-303"}, []string{"QS-301", "QS-302"}, false},
		{"none", nil, []string{}, true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := SameHonours(tt.a, tt.b); got != tt.want {
				t.Errorf("SameHonours(%v, %v) = %v, want %v", tt.a, tt.b, got, tt.want)
			}
		})
	}
}

func TestOneCharMore(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		want bool
	}{
		{"张小明", "张明", true}, {"陈二二", "陈二", true}, {"小张明", "张明", true}, {"张明小", "张明", true},
		{"陈桂兰", "陈桂", true}, {"张明", "张小明", false}, {"张大小明", "张明", false}, {"张小红", "张明", false},
		{"张三", "张", false}, {"张明", "张明", false},
	} {
		if got := OneCharMore(tt.a, tt.b); got != tt.want {
			t.Errorf("OneCharMore(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}
