package handlers

import (
	"strconv"
	"time"
)

// yearNames is how a reply names the points year asked in and the one
// before it.
type yearNames struct {
	This, Last string // 今年 and 去年, or the years themselves ("2027年")
	// Closed is the calendar year closed by the year-end run on the
	// evening of 31 December ("2026"); "" on any other day.
	Closed string
}

// namesOf is how a reply names the points year cur asked at at (in the
// township's zone): 今年 and 去年; but on the evening of 31 December once
// the year-end run is due (config.Points.Year is the next year then), 今年
// is to a villager the year just closed, and the years are named.
func namesOf(cur int, at time.Time) yearNames {
	if cur > at.Year() {
		return yearNames{This: strconv.Itoa(cur) + "年", Last: strconv.Itoa(at.Year()) + "年", Closed: strconv.Itoa(at.Year())}
	}
	return yearNames{This: "今年", Last: "去年"}
}
