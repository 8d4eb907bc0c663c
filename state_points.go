package main

import (
	"context"
	"maps"
	"slices"
	"strconv"
	"time"

	"gridbot/app"
	"gridbot/storage"
	"gridbot/village"
)

// pointsState is the points part of the -state-out document.
type pointsState struct {
	// Year is the current points year: the latest year with ledger
	// entries, or the year after the latest archived one.
	Year       string                `json:"points_year,omitempty"`
	Claims     []claimState          `json:"claims"`
	Households []householdState      `json:"households"`
	Ledger     []village.LedgerEntry `json:"ledger"`
	Rankings   []storage.YearRanking `json:"rankings"`
}

// claimState is a claim without its history.
type claimState struct {
	ID          string    `json:"id"`
	Village     string    `json:"village"`
	Grid        string    `json:"grid"`
	Status      string    `json:"status"`
	Points      int       `json:"points"`
	Indicator   string    `json:"indicator"`
	Name        string    `json:"name"`
	Household   string    `json:"household"`
	Person      string    `json:"person"`
	Period      string    `json:"period,omitempty"`
	DecidedBy   string    `json:"decided_by,omitempty"`
	PublishedAt time.Time `json:"published_at,omitzero"`
	WindowEnds  time.Time `json:"window_ends,omitzero"`
	// Images are the photos attached to the claim.
	Images []string `json:"images,omitempty"`
}

// householdState is a household's standing in the current year, its
// balances and its score in every year with points.
type householdState struct {
	ID           string              `json:"id"`
	Village      string              `json:"village"`
	Grid         string              `json:"grid"`
	Head         string              `json:"head"`
	Members      []string            `json:"members"`
	Participants int                 `json:"participants"`
	Total        int                 `json:"total"`
	Average      float64             `json:"average"`
	Rank         int                 `json:"rank"` // 0: not ranked (veto item)
	Vetoed       bool                `json:"vetoed,omitempty"`
	Redeemable   int                 `json:"redeemable"`
	Final        int                 `json:"final"`
	Redeemed     int                 `json:"redeemed"`
	Cleared      int                 `json:"cleared"`
	Years        map[string]yearRank `json:"years,omitempty"`
}

type yearRank struct {
	Total   int     `json:"total"`
	Average float64 `json:"average"`
	Rank    int     `json:"rank"`
}

// addPointsState reads the claims, ledger, accounts and archived rankings
// of every village into st.
func addPointsState(ctx context.Context, a *app.App, st *pointsState) error {
	st.Claims, st.Households, st.Ledger, st.Rankings = []claimState{}, []householdState{}, []village.LedgerEntry{}, []storage.YearRanking{}
	rule := a.Config.Points.AverageRule()
	for _, v := range a.Config.Villages {
		sc := storage.VillageScope(v.Name)
		claims, err := storage.Claims(ctx, a.Store, sc, storage.ClaimIndex(""))
		if err != nil {
			return err
		}
		for _, c := range claims {
			st.Claims = append(st.Claims, claimState{ID: c.ID, Village: c.Village, Grid: c.Grid, Status: string(c.Status),
				Points: c.Points, Indicator: c.Indicator, Name: c.Name, Household: c.Household, Person: c.Person,
				Period: c.Period, DecidedBy: c.DecidedBy, PublishedAt: c.PublishedAt, WindowEnds: c.WindowEnds, Images: c.Images})
		}
		ledger, err := storage.Ledger(ctx, a.Store, sc)
		if err != nil {
			return err
		}
		st.Ledger = append(st.Ledger, ledger...)
		years := map[string]bool{}
		latest := ""
		for _, e := range ledger {
			if len(e.Period) >= 4 {
				years[e.Period[:4]] = true
				latest = max(latest, e.Period[:4])
			}
		}
		for y := range years {
			r, ok, err := storage.Ranking(ctx, a.Store, sc, y)
			if err != nil {
				return err
			}
			if ok {
				st.Rankings = append(st.Rankings, r)
				if n, err := strconv.Atoi(y); err == nil {
					latest = max(latest, strconv.Itoa(n+1))
				}
			}
		}
		st.Year = max(st.Year, latest)
		accts, err := storage.Accounts(ctx, a.Store, sc)
		if err != nil {
			return err
		}
		hs := village.Households(a.People, v.Name, rule)
		ranks := map[string]map[string]village.Standing{}
		for _, y := range append(slices.Sorted(maps.Keys(years)), st.Year) {
			totals, vetoed, err := storage.YearTallies(ctx, a.Store, sc, y)
			if err != nil {
				return err
			}
			ranks[y] = map[string]village.Standing{}
			for _, s := range village.Rank(hs, totals, vetoed) {
				ranks[y][s.Household] = s
			}
		}
		for _, h := range hs {
			acct := accts[h.Household]
			cur := ranks[st.Year][h.Household]
			hsOut := householdState{ID: h.Household, Village: v.Name, Grid: h.Grid, Head: h.Head, Members: h.Members,
				Participants: h.Participants, Total: cur.Total, Average: round1(cur.Average), Rank: cur.Rank, Vetoed: cur.Vetoed,
				Redeemable: acct.Redeemable(), Final: acct.Final, Redeemed: acct.Redeemed, Cleared: acct.Cleared}
			for y := range years {
				if s := ranks[y][h.Household]; s.Total != 0 {
					if hsOut.Years == nil {
						hsOut.Years = map[string]yearRank{}
					}
					hsOut.Years[y] = yearRank{Total: s.Total, Average: round1(s.Average), Rank: s.Rank}
				}
			}
			st.Households = append(st.Households, hsOut)
		}
	}
	return nil
}

func round1(f float64) float64 {
	v, _ := strconv.ParseFloat(strconv.FormatFloat(f, 'f', 1, 64), 64)
	return v
}
