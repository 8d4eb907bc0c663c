package words

import (
	"regexp"

	"gridbot/village"
)

// deathToldRe finds a death told of a relative or an elder: the person,
// then, a few words on and no 的 between (「俺娘的低保没了」 tells a
// payout stopped), a word of dying: 「俺家老头子上个月走了」, 「俺爹前天过世
// 了」, 「老伴去年没了」.
var deathToldRe = regexp.MustCompile(`(?:老头子|老头|老太婆|老太太|老伴|老人|老爷子|` + village.KinWords + `)[^的，。！？,.!?\s]{0,6}?(?:走了|去世|过世|没了|不在了|病故|离世)`)

// DeathTold reports whether text tells that a relative or an elder died:
// a question of a scheme of his then asks what is done after a death
// (the guide's entry that stops his payouts), not how to join it (appr109).
func DeathTold(text string) bool {
	return deathToldRe.MatchString(text)
}
