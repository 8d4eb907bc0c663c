package export

import (
	"bytes"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"gridbot/village"
)

// TestXLSXPointsAreNumbers: the 公示 table's 分值 (and the points, counts
// and ranks of the other points tables) are number cells in the
// workbook, so that the village committee can sum and sort them in Excel
// or WPS; a veto's 分值 ("否决项") and the other columns stay text.
func TestXLSXPointsAreNumbers(t *testing.T) {
	loc := time.FixedZone("CST", 8*3600)
	at := time.Date(2027, 1, 1, 9, 0, 0, 0, loc)
	rows := []ClaimRow{
		{Claim: village.Claim{ID: "C1", Grid: "三组", Person: "张三", Name: "照料孤寡老人", Points: 10, Status: village.ClaimFinal,
			Publication: "2026年12月", WindowEnds: at.AddDate(0, 0, 7)}, HouseholdLabel: "张三户"},
		{Claim: village.Claim{ID: "C2", Grid: "三组", Person: "陈二", Name: "乱倒垃圾", Points: -3, Status: village.ClaimRevoked,
			Publication: "2026年12月", WindowEnds: at.AddDate(0, 0, 7)}, HouseholdLabel: "陈二户"},
		{Claim: village.Claim{ID: "C3", Grid: "三组", Name: "违建", Kind: village.KindVeto, Status: village.ClaimFinal,
			Publication: "2026年12月", WindowEnds: at.AddDate(0, 0, 7)}, HouseholdLabel: "雷志明户"},
	}
	var buf bytes.Buffer
	if err := buildXLSX(&buf, publicityTable(rows, loc)); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&buf)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	for cell, want := range map[string]excelize.CellType{
		"G2": excelize.CellTypeNumber, "G3": excelize.CellTypeNumber, "G4": excelize.CellTypeSharedString,
		"C2": excelize.CellTypeSharedString, "H2": excelize.CellTypeSharedString,
	} {
		got, err := f.GetCellType("积分公示", cell)
		if err != nil {
			t.Fatal(err)
		}
		v, _ := f.GetCellValue("积分公示", cell)
		if got == excelize.CellTypeUnset {
			got = excelize.CellTypeNumber // a number cell has no type attribute: t="n" is the default
		}
		if got != want {
			t.Errorf("%s (%q): cell type %v, want %v", cell, v, got, want)
		}
	}
	if v, _ := f.GetCellValue("积分公示", "G3"); v != "-3" {
		t.Errorf("G3 = %q, want -3", v)
	}
}
