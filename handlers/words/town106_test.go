package words

import "testing"

func TestReadMostVillage(t *testing.T) {
	for _, c := range []struct {
		text          string
		most, village bool
	}{
		{"哪个村超期最多", true, true},
		{"超期最多的是哪几个村", true, true},
		{"哪个组超期最多", true, false},
		{"哪个网格超期最严重", true, false},
		{"哪个村超期了", false, false},
	} {
		var ask StatusAsk
		ReadMost(c.text, &ask)
		if ask.Most != c.most || ask.MostVillage != c.village {
			t.Errorf("%q: most %v village %v, want %v %v", c.text, ask.Most, ask.MostVillage, c.most, c.village)
		}
	}
}
