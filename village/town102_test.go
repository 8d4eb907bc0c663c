package village

import "testing"

// TestMonthsTo (town102): the year so far's by-month line ends at its
// month, not in 「…至12月 没有」; a whole year's goes to December.
func TestMonthsTo(t *testing.T) {
	var y YearItems
	y.Months[2] = MonthItems{New: 2, Resolved: 1}
	y.Months[10] = MonthItems{New: 1}
	for _, c := range []struct {
		through int
		want    []NumberedMonth
	}{
		{12, []NumberedMonth{{Month: 3, MonthItems: MonthItems{2, 1}}, {Month: 4, To: 10}, {Month: 11, MonthItems: MonthItems{New: 1}}, {Month: 12}}},
		{11, []NumberedMonth{{Month: 3, MonthItems: MonthItems{2, 1}}, {Month: 4, To: 10}, {Month: 11, MonthItems: MonthItems{New: 1}}}},
		{5, []NumberedMonth{{Month: 3, MonthItems: MonthItems{2, 1}}, {Month: 4, To: 5}}},
		{2, nil},
		{0, nil},
	} {
		got := y.MonthsTo(c.through)
		if len(got) != len(c.want) {
			t.Errorf("MonthsTo(%d) = %v, want %v", c.through, got, c.want)
			continue
		}
		for i := range got {
			if got[i] != c.want[i] {
				t.Errorf("MonthsTo(%d) = %v, want %v", c.through, got, c.want)
				break
			}
		}
	}
}
