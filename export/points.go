package export

// The points exports: claims, the ledger, households with their totals,
// averages and ranks, the 公示 table for the village notice board, and the
// integrity report per scorer (favouritism shows as the same households
// approved again and again, and approvals without the evidence the item
// asks for).

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"gridbot/storage"
	"gridbot/village"
)

// PointsWhats are the values of Options.What of the points system (this
// file), accepted besides Whats.
var PointsWhats = []string{"claims", "ledger", "households", "publicity", "integrity"}

// PointsOptions are what the points exports need beyond the store.
type PointsOptions struct {
	// People is the roster: households, their members and grids.
	People []village.Person
	// Rule says who counts in the household average.
	Rule village.AverageRule
	// Year is the year households are ranked in; "" is the latest year
	// in the ledger, or the year of Options.Now in the export's zone when
	// it is empty.
	Year string
	// NameVeto shows a veto item and its member in the 公示 table, as the
	// group post does (config.Publicity.NamesVeto); false keeps to the
	// household and that it has one.
	NameVeto bool
	// Period keeps the claims, 公示 rows and ledger entries whose points
	// count in it (Claim.Period, LedgerEntry.Period): a month "2026-03" or
	// a year "2026"; "" keeps all. PeriodWhats are the exports it applies to.
	Period string
}

// PeriodWhats are the exports -period filters.
var PeriodWhats = []string{"claims", "ledger", "publicity"}

// inPeriod reports whether a claim's or entry's period p is in period.
func inPeriod(p, period string) bool {
	return period == "" || p == period || strings.HasPrefix(p, period+"-")
}

// roundsOf are the 公示 rounds (Claim.Publication) listing a claim of
// period when whole is set, for the publicity table: a quarterly round
// (「2027年第1季度」) lists three months, and the table of the round a month
// was posted in is the whole round, as it was posted, not that month's
// part of it. A monthly round is its month, so nothing more is kept.
func roundsOf(claims []village.Claim, period string, whole bool) map[string]bool {
	rounds := map[string]bool{}
	for _, c := range claims {
		if whole && c.Publication != "" && inPeriod(c.Period, period) {
			rounds[c.Publication] = true
		}
	}
	return rounds
}

// PointsSource is what the points exports read; *storage.Store has it.
type PointsSource interface {
	Docs(ctx context.Context, sc storage.Scope, kind, index string) ([]storage.RawDoc, error)
	Counters(ctx context.Context, sc storage.Scope, hash string) (map[string]int64, error)
	CountersOf(ctx context.Context, reads ...storage.CountersRead) ([]map[string]int64, error)
}

// ClaimRow is one claim as JSON writes it.
type ClaimRow struct {
	village.Claim
	HouseholdLabel string `json:"household_label"`
	// Settled is, in the 公示 table, how the scorers settled an
	// objection to the item and why ("撤销：经核实当天未参加"); empty
	// when nobody objected.
	Settled string `json:"settled,omitempty"`
}

// HouseholdRow is one household's standing and balances.
type HouseholdRow struct {
	village.Standing
	Year       string `json:"year"`
	Redeemable int    `json:"redeemable"`
	Redeemed   int    `json:"redeemed"`
	Cleared    int    `json:"cleared"`
}

// ScorerRow is one line of the integrity report.
type ScorerRow struct {
	Village    string `json:"village"`
	Scorer     string `json:"scorer"`
	Approved   int    `json:"approved"`   // claims approved (同意)
	Recorded   int    `json:"recorded"`   // awards recorded directly (加分)
	Deducted   int    `json:"deducted"`   // deductions and vetoes recorded (扣分)
	Points     int    `json:"points"`     // points given, net
	Rejected   int    `json:"rejected"`   // claims rejected
	Households int    `json:"households"` // distinct households given points
	// Repeated are the households this scorer gave points to three times
	// or more, with the count ("QS-301×4").
	Repeated []string `json:"repeated"`
	// NoEvidence are approvals of items that ask for evidence the claim
	// did not offer.
	NoEvidence []string `json:"no_evidence"`
	Objected   int      `json:"objected"` // of this scorer's approvals, how many drew an objection
	Revoked    int      `json:"revoked"`  // and how many were revoked
}

// repeatThreshold is how often one scorer scoring one household is shown.
const repeatThreshold = 3

// pointsExport reads and tables what o.What asks for.
func pointsExport(ctx context.Context, src Source, o Options, loc *time.Location) (table, any, error) {
	ps, ok := src.(PointsSource)
	if !ok {
		return table{}, nil, errors.New("export: points: the source cannot read documents")
	}
	d, err := readPoints(ctx, ps, o)
	if err != nil {
		return table{}, nil, err
	}
	label := householdLabels(o.Points.People)
	if o.Points.Period != "" {
		rounds := roundsOf(d.claims, o.Points.Period, o.What == "publicity")
		d.claims = slices.DeleteFunc(slices.Clone(d.claims), func(c village.Claim) bool {
			return !inPeriod(c.Period, o.Points.Period) && !rounds[c.Publication]
		})
		d.ledger = slices.DeleteFunc(slices.Clone(d.ledger), func(e village.LedgerEntry) bool { return !inPeriod(e.Period, o.Points.Period) })
	}
	switch o.What {
	case "claims":
		rows := claimRows(d.claims, label)
		return claimTable(Sheets["claims"], rows, loc), rows, nil
	case "publicity":
		rows := publicityRows(d.claims, label, o.Points.NameVeto)
		return publicityTable(rows, loc), rows, nil
	case "ledger":
		ledger := d.ledger
		if ledger == nil {
			ledger = []village.LedgerEntry{}
		}
		return ledgerTable(ledger, label, loc), ledger, nil
	case "integrity":
		rows := integrity(d.claims)
		return integrityTable(rows), rows, nil
	}
	rows, err := householdRows(ctx, ps, o, rankYear(o, d.ledger, loc), d.accounts)
	if err != nil {
		return table{}, nil, err
	}
	return householdTable(rows), rows, nil
}

// pointsData is what the points exports read of the villages exported.
type pointsData struct {
	claims []village.Claim
	ledger []village.LedgerEntry
	// accounts are the household accounts by village and 户号, read for
	// the households export only.
	accounts map[string]map[string]village.Account
}

// readPoints reads the claims and the ledger of each village scope of o,
// and for the households export their accounts.
func readPoints(ctx context.Context, ps PointsSource, o Options) (pointsData, error) {
	d := pointsData{accounts: map[string]map[string]village.Account{}}
	for _, sc := range o.Scopes {
		if !strings.HasPrefix(string(sc), "v:") {
			continue
		}
		if err := ctx.Err(); err != nil {
			return pointsData{}, fmt.Errorf("export: %w", err)
		}
		cs, err := storage.Claims(ctx, ps, sc, storage.ClaimIndex(""))
		if err != nil {
			return pointsData{}, fmt.Errorf("export: claims of %s: %w", sc, err)
		}
		d.claims = append(d.claims, cs...)
		l, err := storage.Ledger(ctx, ps, sc)
		if err != nil {
			return pointsData{}, fmt.Errorf("export: ledger of %s: %w", sc, err)
		}
		d.ledger = append(d.ledger, l...)
		if o.What == "households" {
			a, err := storage.Accounts(ctx, ps, sc)
			if err != nil {
				return pointsData{}, fmt.Errorf("export: accounts of %s: %w", sc, err)
			}
			d.accounts[strings.TrimPrefix(string(sc), "v:")] = a
		}
	}
	return d, nil
}

// claimRows are the claims, each with its household's label.
func claimRows(claims []village.Claim, label func(v, hh string) string) []ClaimRow {
	rows := make([]ClaimRow, 0, len(claims))
	for _, c := range claims {
		rows = append(rows, ClaimRow{Claim: c, HouseholdLabel: label(c.Village, c.Household)})
	}
	return rows
}

// publicityRows are the 公示 table's rows: the published claims, in the
// order they were published, then by village and grid; a veto item's
// reason withheld unless nameVeto.
func publicityRows(claims []village.Claim, label func(v, hh string) string, nameVeto bool) []ClaimRow {
	rows := []ClaimRow{}
	for _, c := range claims {
		if c.PublishedAt.IsZero() {
			continue
		}
		withheld := c.Kind == village.KindVeto && !nameVeto
		settled := objectionSettled(c, withheld)
		if withheld {
			c = vetoWithheld(c)
		}
		rows = append(rows, ClaimRow{Claim: c, HouseholdLabel: label(c.Village, c.Household), Settled: settled})
	}
	slices.SortStableFunc(rows, func(a, b ClaimRow) int {
		return cmp.Or(a.PublishedAt.Compare(b.PublishedAt), cmp.Compare(a.Village, b.Village), cmp.Compare(a.Grid, b.Grid))
	})
	return rows
}

// rankYear is the year households are ranked in: o.Points.Year, or when
// it is empty the latest year in the ledger, or the year of o.Now in loc
// when the ledger has none.
func rankYear(o Options, ledger []village.LedgerEntry, loc *time.Location) string {
	year := o.Points.Year
	for _, e := range ledger {
		if len(e.Period) >= 4 && o.Points.Year == "" {
			year = max(year, e.Period[:4])
		}
	}
	if year == "" {
		year = strconv.Itoa(o.Now.In(loc).Year())
	}
	return year
}

// householdRows are the households of each village scope of o, ranked on
// their scores of year, with their accounts' balances.
func householdRows(ctx context.Context, ps PointsSource, o Options, year string, accounts map[string]map[string]village.Account) ([]HouseholdRow, error) {
	rows := []HouseholdRow{}
	for _, sc := range o.Scopes {
		v, ok := strings.CutPrefix(string(sc), "v:")
		if !ok {
			continue
		}
		totals, vetoed, err := storage.YearTallies(ctx, ps, sc, year)
		if err != nil {
			return nil, fmt.Errorf("export: scores of %s: %w", sc, err)
		}
		for _, s := range village.Rank(village.Households(o.Points.People, v, o.Points.Rule), totals, vetoed) {
			if s.Total == 0 {
				// no points this year: on the notice board a blank, not a
				// rank every such household shares
				s.Rank = 0
			}
			a := accounts[v][s.Household]
			rows = append(rows, HouseholdRow{Standing: s, Year: year, Redeemable: a.Redeemable(), Redeemed: a.Redeemed, Cleared: a.Cleared})
		}
	}
	return rows, nil
}

// householdLabels names a household (village, 户号) as village.HouseholdInfo
// does ("张三户", with its 户号 beside a namesake head's), from the roster;
// a household the roster lacks keeps its 户号.
func householdLabels(people []village.Person) func(v, hh string) string {
	labels := village.HouseholdNames(people)
	return func(v, hh string) string { return cmp.Or(labels[v+"/"+hh], hh) }
}

var claimColumns = []column{
	{"编号", 8}, {"村", 10}, {"网格", 8}, {"户号", 10}, {"户", 10}, {"姓名", 10}, {"项目编号", 8}, {"项目", 30},
	{"类别", 10}, {"分值", 6}, {"状态", 12}, {"计入", 10}, {"申请人", 10}, {"申请时间", 17}, {"评分人", 10},
	{"评分时间", 17}, {"证明", 20}, {"需要证明", 10}, {"公示", 12}, {"异议截止", 17}, {"异议", 30}, {"说明", 30},
	photoColumns[0], photoColumns[1],
}

func claimTable(sheet string, rows []ClaimRow, loc *time.Location) table {
	t := newTable(sheet, claimColumns)
	for _, r := range rows {
		c := r.Claim
		t.rows = append(t.rows, append([]string{
			c.ID, c.Village, c.Grid, c.Household, r.HouseholdLabel, c.Person, c.Indicator, c.Name, c.Category,
			strconv.Itoa(c.Points), c.Status.Label(), c.PeriodLabel(), c.Claimant, fmtTime(c.CreatedAt, loc), c.DecidedBy,
			fmtTime(c.DecidedAt, loc), c.Evidence, needs(c.Needs), c.Publication, fmtTime(c.WindowEnds, loc), c.Objection, c.Reason,
		}, photoCells(c.Images)...))
	}
	return t
}

func needs(e village.Evidence) string {
	if e == "" || e == village.EvidenceNone {
		return ""
	}
	return e.Label()
}

// The 公示 table, for printing on the village notice board.
// vetoWithheld is a published veto item as the notice board shows it when
// its reason is withheld: the household, the 公示 and the status; not the
// member, the item, the scorer's words or the evidence.
func vetoWithheld(c village.Claim) village.Claim {
	return village.Claim{ID: c.ID, Village: c.Village, Grid: c.Grid, Household: c.Household, Kind: c.Kind, Level: c.Level,
		Name: vetoWithheldName, Status: c.Status, Period: c.Period, CreatedAt: c.CreatedAt, DecidedAt: c.DecidedAt,
		PublishedAt: c.PublishedAt, WindowEnds: c.WindowEnds, Publication: c.Publication}
}

// vetoWithheldName stands for a withheld veto item's name.
const vetoWithheldName = "否决项（不参加当年排名和评优，原因已私下告知本户）"

var publicityColumns = []column{
	{"公示期", 12}, {"网格", 8}, {"编号", 8}, {"户", 10}, {"姓名", 10}, {"项目", 34}, {"分值", 8}, {"状态", 12}, {"异议截止", 17},
	{"异议核实", 30},
}

// objectionSettled is how the scorers settled the objections to c, for
// the notice board: "维持" or "撤销" with the scorer's reason
// ("撤销：经核实当天未参加"), "核实中" while it is frozen; empty when
// nobody objected. A withheld veto's reason is the household's own: only
// the decision shows.
func objectionSettled(c village.Claim, withheld bool) string {
	out, objected := "", false
	for _, h := range c.History {
		switch {
		case h.Action == village.ClaimObject:
			objected, out = true, "核实中"
		case !objected:
		case h.Action == village.ClaimUphold, h.Action == village.ClaimRevoke:
			out = "维持"
			if h.Action == village.ClaimRevoke {
				out = "撤销"
			}
			if note := strings.TrimSpace(h.Note); note != "" && !withheld {
				out += "：" + note
			}
		}
	}
	return out
}

func publicityTable(rows []ClaimRow, loc *time.Location) table {
	t := newTable(Sheets["publicity"], publicityColumns)
	for _, r := range rows {
		c := r.Claim
		pts := strconv.Itoa(c.Points)
		if c.Kind == village.KindVeto {
			pts = "否决项"
		}
		t.rows = append(t.rows, []string{c.Publication, c.Grid, c.ID, r.HouseholdLabel, c.Person, c.Name, pts, c.Status.Label(), fmtTime(c.WindowEnds, loc), r.Settled})
	}
	return t
}

var ledgerColumns = []column{
	{"流水号", 8}, {"时间", 17}, {"村", 10}, {"户号", 10}, {"户", 10}, {"姓名", 10}, {"积分编号", 8}, {"项目", 8},
	{"事件", 10}, {"分值", 6}, {"原状态", 12}, {"新状态", 12}, {"计入", 10}, {"物品", 10}, {"数量", 6},
	{"兑换号", 8}, {"操作人", 10}, {"来源", 24}, {"说明", 30},
}

var eventLabels = map[string]string{
	"submit": "申请", "record": "记录", "approve": "通过", "reject": "驳回", "object": "异议", "uphold": "维持",
	"revoke": "撤销", "withdraw": "撤回", "finalise": "生效", "publish": "公示", village.EventRedeem: "兑换", village.EventRefund: "撤销兑换", village.EventClear: "年终清零",
}

func statusLabel(s village.ClaimStatus) string {
	if s == "" {
		return ""
	}
	return s.Label()
}

func ledgerTable(rows []village.LedgerEntry, label func(v, hh string) string, loc *time.Location) table {
	t := newTable(Sheets["ledger"], ledgerColumns)
	for _, e := range rows {
		qty, sale := "", ""
		if e.Qty > 0 {
			qty = strconv.Itoa(e.Qty)
		}
		if e.Event == village.EventRedeem || e.Event == village.EventRefund {
			sale = e.SaleRef() // the number the shop and the household were told
		}
		t.rows = append(t.rows, []string{
			e.ID, fmtTime(e.At, loc), e.Village, e.Household, label(e.Village, e.Household), e.Person, e.Claim, e.Indicator,
			cmp.Or(eventLabels[e.Event], e.Event), strconv.Itoa(e.Points), statusLabel(e.From), statusLabel(e.To),
			village.PeriodLabel(e.Period), e.Item, qty, sale, e.By, e.Source, e.Note,
		})
	}
	return t
}

var householdColumns = []column{
	{"村", 10}, {"网格", 8}, {"户号", 10}, {"户主", 10}, {"成员", 30}, {"参评人数", 8}, {"年度", 6}, {"总分", 8},
	{"户均", 8}, {"排名", 6}, {"可兑换", 8}, {"已兑换", 8}, {"已清零", 8},
}

func householdTable(rows []HouseholdRow) table {
	t := newTable(Sheets["households"], householdColumns)
	for _, h := range rows {
		rank := ""
		switch {
		case h.Vetoed:
			rank = "否决项，不排名"
		case h.Rank > 0:
			rank = strconv.Itoa(h.Rank)
		}
		t.rows = append(t.rows, []string{
			h.Village, h.Grid, h.Household, h.Head, strings.Join(h.Members, "、"), strconv.Itoa(h.Participants), h.Year,
			strconv.Itoa(h.Total), h.AverageText(), rank, strconv.Itoa(h.Redeemable),
			strconv.Itoa(h.Redeemed), strconv.Itoa(h.Cleared),
		})
	}
	return t
}

// integrity sums up each scorer's decisions from the claims' histories.
func integrity(claims []village.Claim) []ScorerRow {
	type key struct{ v, s string }
	rows := map[key]*ScorerRow{}
	perHH := map[key]map[string]int{}
	get := func(v, s string) *ScorerRow {
		k := key{v, s}
		if rows[k] == nil {
			rows[k] = &ScorerRow{Village: v, Scorer: s, Repeated: []string{}, NoEvidence: []string{}}
			perHH[k] = map[string]int{}
		}
		return rows[k]
	}
	for _, c := range claims {
		var approver string
		for _, h := range c.History {
			switch h.Action {
			case village.ClaimApprove, village.ClaimRecord:
				r := get(c.Village, h.By)
				approver = h.By
				switch {
				case h.Action == village.ClaimApprove:
					r.Approved++
				case c.Points < 0 || c.Kind == village.KindVeto:
					r.Deducted++
				default:
					r.Recorded++
				}
				r.Points += h.Points
				if h.Points > 0 {
					perHH[key{c.Village, h.By}][c.Household]++
				}
				if h.Action == village.ClaimApprove && c.LacksEvidence() {
					r.NoEvidence = append(r.NoEvidence, c.ID)
				}
			case village.ClaimReject:
				get(c.Village, h.By).Rejected++
			case village.ClaimObject:
				if approver != "" && h.From != village.ClaimObjected { // a further objection is the same one item
					get(c.Village, approver).Objected++
				}
			case village.ClaimRevoke:
				if approver != "" {
					get(c.Village, approver).Revoked++
				}
			}
		}
	}
	out := make([]ScorerRow, 0, len(rows))
	for k, r := range rows {
		r.Households = len(perHH[k])
		for hh, n := range perHH[k] {
			if n >= repeatThreshold {
				r.Repeated = append(r.Repeated, hh+"×"+strconv.Itoa(n))
			}
		}
		slices.Sort(r.Repeated)
		out = append(out, *r)
	}
	slices.SortFunc(out, func(a, b ScorerRow) int {
		return cmp.Or(cmp.Compare(a.Village, b.Village), cmp.Compare(a.Scorer, b.Scorer))
	})
	return out
}

var integrityColumns = []column{
	{"村", 10}, {"评分人", 10}, {"通过申请", 8}, {"直接加分", 8}, {"扣分/否决", 8}, {"净给分", 8}, {"驳回", 6},
	{"涉及户数", 8}, {"同户多次(≥3)", 24}, {"缺证明通过", 24}, {"被异议", 8}, {"被撤销", 8},
}

func integrityTable(rows []ScorerRow) table {
	t := newTable(Sheets["integrity"], integrityColumns)
	for _, r := range rows {
		t.rows = append(t.rows, []string{
			r.Village, r.Scorer, strconv.Itoa(r.Approved), strconv.Itoa(r.Recorded), strconv.Itoa(r.Deducted),
			strconv.Itoa(r.Points), strconv.Itoa(r.Rejected), strconv.Itoa(r.Households), strings.Join(r.Repeated, "、"),
			strings.Join(r.NoEvidence, "、"), strconv.Itoa(r.Objected), strconv.Itoa(r.Revoked),
		})
	}
	return t
}
