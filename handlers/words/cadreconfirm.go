package words

import (
	"gridbot/village"
	"slices"
	"strings"
	"time"
)

// CadreTake is who accepted the confirm-back a turn files, and his words
// beyond the acknowledgement (the 确认's note).
type CadreTake struct {
	Who  village.Person
	Note string
	// Send are the cadres of the grid the leader's words send to it ("王五
	// 你去看看", "让马红梅和何志强去"), none when none; Task what they are
	// to do (sendsCadre)
	Send []village.Person
	Task string
	// ref is the item filed, once committed; took whether he took it on
	// (or gave it to send), by who handles it then, as her 「1」 hears
	Ref  string
	Took bool
	By   string
}

// FiledBack is a villager's confirm-back a cadre's words filed
// (cadreConfirms), kept by this process for her 「1」 after it: she is
// told once it is registered (filedAlready), at no read of her questions.
type FiledBack struct {
	Ref, By string
	At      time.Time
}

// TakingAssents are the assents that accept a matter ("好的", "行"):
// not a bare "谢谢", "嗯" or 👍, which a cadre says to anything.
var TakingAssents = []string{"好", "行", "可以", "没问题", "ok", "OK", "Ok", "👌", "[OK]"}

// AllAcked reports whether text is a cadre's acknowledgement of
// everything waiting: "都收到", "全部收到了", "都确认", "全部受理".
func AllAcked(text string) bool {
	s := strings.TrimRight(strings.TrimSpace(text), "。.!！~～ ")
	for _, lead := range []string{"全都", "全部", "都"} {
		if rest, ok := strings.CutPrefix(s, lead); ok {
			rest = strings.TrimSuffix(strings.TrimSpace(rest), "了")
			return IsAck(rest) || slices.Contains([]string{"确认", "受理", "登记"}, rest)
		}
	}
	return false
}
