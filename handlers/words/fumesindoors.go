package words

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"gridbot/understand"
	"gridbot/village"
)

// fumesIndoorsRe is smoke, or a stove's smell, in her room: 「屋里有烟味」,
// 「家里一股煤烟味」, 「屋里有烟」, 「炕上都是烟」, 「屋里呛得慌」. Not a
// flue or fireworks (烟囱, 烟筒, 烟花), nor tobacco (烟头, 烟酒, 烟盒).
var fumesIndoorsRe = regexp.MustCompile(`(?:屋里|屋头|屋子里?|屋内|家里|房里|房间里?|室内|炕上|炕头|里屋|睡的屋)` +
	`(?:头|面)?(?:有点儿?|有些|有股子?|一股子?|老是|总是|还是|还有|好像有|好大的?|全是|都是|净是|有|挺|很|好|特别|总|都)*` +
	`(?:(?:煤烟|炭火|炭|煤|烟)(?:味儿?|气)|烟(?:[^囱筒花头酒盒卷叶民]|$)|呛(?:得|人|的|死|$)|熏得|熏人)`)

// fumesNegRe denies or clears the smell: 「没有烟味」, 「烟味没了」, 「烟味散了」.
var fumesNegRe = regexp.MustCompile(`(?:没有?|不)(?:啥|什么)?(?:煤烟|炭火|烟)?(?:味|烟)|(?:烟味|烟)(?:已经)?(?:没了|散了|没有了|走了)`)

// FumesIndoors reports whether note, a worker's note of an elder he
// phoned, tells of smoke or a stove's smell in her room, not denied: an
// elder alone at a coal stove in winter breathing its fumes, carbon
// monoxide no one smells, is an emergency before she feels it (call110:
// 「白凤兰我打过了 她说屋里有烟味」 filed nothing).
func FumesIndoors(note string) bool {
	told, _ := fumesIndoors(note)
	return told
}

// FumesSettled reports whether note tells of smoke in her room
// (FumesIndoors) that she has dealt with since: a later clause airs the
// room or reassures (「屋里有点烟 开窗了 没事」), and nothing in the note
// tells of her feeling it (头晕, 恶心…). Not an emergency to the duty
// chat then, but the stove or flue that smoked is still there tonight,
// windows shut: a hazard for the grid to look at (call111: such a note
// raised the township's duty chat).
func FumesSettled(note string) bool {
	told, settled := fumesIndoors(note)
	return told && settled && !fumesFeltRe.MatchString(note)
}

// fumesIndoors is whether note tells of smoke in her room, not denied,
// and whether a clause after the first such clause airs the room or
// reassures (FumesSettled).
func fumesIndoors(note string) (told, settled bool) {
	for _, c := range strings.FieldsFunc(note, func(r rune) bool { return strings.ContainsRune(CallSeps+"!！?？\n", r) }) {
		switch {
		case !told:
			told = fumesIndoorsRe.MatchString(c) && !fumesNegRe.MatchString(c) && !understand.Reassures(c)
		case fumesAiredRe.MatchString(c) || understand.Reassures(c):
			settled = true
		}
	}
	return told, settled
}

// fumesAiredRe airs her room or puts the smoke out: 「开窗了」, 「窗户打开了」,
// 「通了风」, 「把炉子灭了」.
var fumesAiredRe = regexp.MustCompile(`开了?窗|窗(?:户|子)?(?:已经|都)?(?:打)?开了|通(?:了|过)?风|开了?门|(?:炉子?|火)(?:已经)?(?:灭|熄|封)(?:了|上)|(?:灭|熄|封)了(?:炉子?|火)`)

// fumesFeltRe is one feeling a stove's fumes: 「头有点晕」, 「恶心」, 「难受」.
var fumesFeltRe = regexp.MustCompile(`晕|恶心|想吐|吐了|头(?:有点|有些|还)?(?:疼|痛)|难受|不舒服|喘不|没劲|乏力|犯困|叫不醒|喊不醒`)

// herRooms are the rooms of a home said bare: 「屋里有烟」.
var herRooms = []string{"屋里", "屋头", "屋子", "屋内", "房里", "房间", "炕上", "炕头", "里屋"}

// HerRoom is said, an elder's words on a call, with a room she names bare
// at a clause's start made her home's (「屋里有烟 头有点晕」 → 「我家屋里有烟
// 头有点晕」): she was phoned at home, so 屋里 is hers, and an alarm of
// her words joins no other household's (call110: 石德贵's 「屋里有烟」
// joined 白凤兰's #R1). Words naming a home already are kept.
func HerRoom(said string) string {
	if SaysOwnHome(said) {
		return said
	}
	for _, w := range herRooms {
		for at := range village.Indices(said, w) {
			if before, _ := utf8.DecodeLastRuneInString(said[:at]); at == 0 || !unicode.Is(unicode.Han, before) || strings.ContainsRune("说是", before) {
				return said[:at] + "我家" + said[at:]
			}
		}
	}
	return said
}
