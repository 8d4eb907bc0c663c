package handlers

import (
	"regexp"
	"strconv"
	"strings"
	"unicode"

	"gridbot/village"
)

// claimText is what parseClaimText reads from a claim.
type claimText struct {
	For      string // the household member it is for, when not the sender
	Helped   string // the neighbour the sender's own deed was for ("帮王奶奶…")
	Points   int    // points asked for ("10分"), 0 if none
	Evidence string // what evidence the text offers
	Text     string // the claim without the "给 X" prefix
}

var (
	codePrefix = regexp.MustCompile(`^([A-Za-z]{1,4}-?[0-9]{1,3})\s+(.*)$`)
	forPrefix  = regexp.MustCompile(`^(?:给|为|替)\s*@?([\p{Han}A-Za-z·]{2,5})(?:\s+|[，,:：])(.*)$`)
	mentionFor = regexp.MustCompile(`^@([^\s@]{1,20})\s+(.*)$`)
	askPoints  = regexp.MustCompile(`(?:^|[^0-9A-Za-z])([0-9]{1,4})\s*分`)
	witnessRe  = regexp.MustCompile(`(?:证明人|证人)\s*[:：是]?\s*@?([\p{Han}A-Za-z·]{2,5})`)
	vouchRe    = regexp.MustCompile(`(?:^|[\s，,。、:：])@?([\p{Han}·]{2,4}?)\s*(?:可以|能|会)?(?:作证|做证|证明)(?:$|[\s，,。])`)
	photoWords = []string{"照片", "图片", "附图", "拍照", "拍了", "见图", "截图"}
)

// sawRe is who saw the deed: "李四和王五都看见了", "王五在场".
var sawRe = regexp.MustCompile(`(?:^|[\s，,。、:：])@?([\p{Han}·]{2,4}?)(?:(?:和|跟|、)@?[\p{Han}·]{2,4}?)*\s*(?:都|也)?(?:` + strings.Join(sawWords, "|") + `)`)

// sawWords are the words sawRe ends with.
var sawWords = []string{"看见", "看到", "在场", "亲眼"}

// seenBy is the first person isName takes that the text says saw the
// deed, or "".
func seenBy(text string, isName func(string) bool) string {
	if !containsAnyOf(text, sawWords...) {
		return ""
	}
	if m := sawRe.FindStringSubmatch(text); m != nil && isName(m[1]) {
		return m[1]
	}
	return ""
}

// parseClaimText reads a claim's free text: "给 张小宝 …" or "@张小宝 …"
// names the member (the caller checks the roster), "10分" asks for an
// amount, 证明人/照片/证书 say what evidence there is.
func parseClaimText(s string) claimText {
	s = foldDigits(strings.TrimSpace(s))
	code := ""
	if m := codePrefix.FindStringSubmatch(s); m != nil {
		// "HJ01 给 张明 …": a catalogue code first (typed, or put there by
		// the free-text confirmation), then the claim.
		code, s = m[1]+" ", m[2]
	}
	ct := claimText{Text: s}
	if m := forPrefix.FindStringSubmatch(s); m != nil {
		ct.For, ct.Text = m[1], strings.TrimSpace(m[2])
	} else if m := mentionFor.FindStringSubmatch(s); m != nil {
		ct.For, ct.Text = m[1], strings.TrimSpace(m[2])
	}
	ct.Text = code + ct.Text
	if m := askPoints.FindStringSubmatch(ct.Text); m != nil {
		ct.Points, _ = strconv.Atoi(m[1])
	}
	var ev []string
	if m := witnessRe.FindStringSubmatch(ct.Text); m != nil {
		ev = append(ev, "证明人 "+m[1])
	} else if m := vouchRe.FindStringSubmatch(ct.Text); m != nil {
		ev = append(ev, "证明人 "+m[1]) // "王五可以作证"
	}
	for _, w := range photoWords {
		if strings.Contains(ct.Text, w) {
			ev = append(ev, "照片")
			break
		}
	}
	// "证明人 王五" is a witness, not a paper.
	papers := strings.NewReplacer("证明人", "", "证人", "").Replace(ct.Text)
	for _, w := range village.DocumentWords {
		if strings.Contains(papers, w) {
			if w == "证明" {
				w = "证明材料" // "有证明": the paper
			}
			ev = append(ev, w)
			break
		}
	}
	ct.Evidence = strings.Join(ev, "、")
	return ct
}

var (
	leadHan = regexp.MustCompile(`^(?:给|加|扣|减)?\s*([零一二两三四五六七八九十百]{1,5})\s*分?(?:\s+|[，,:：。]|$)`)
	// In a sentence a Chinese numeral is an amount only with 分 and after
	// a boundary or 给/加/扣/减: "扣五分", "给十分", not "表现十分积极".
	tokenHan = regexp.MustCompile(`(?:^|[\s，,:：]|给|加|扣|减)([零一二两三四五六七八九十百]{1,5})\s*分(?:[\s，,:：。]|$)`)
	// A scorer may say what he does with the points: "给5分", "扣3分".
	leadNum  = regexp.MustCompile(`^(?:给|加|扣|减)?\s*([+-]?[0-9]{1,4})\s*分?(?:\s+|[，,:：]|$)`)
	tokenNum = regexp.MustCompile(`(?:^|[\s，,:：])(?:给|加|扣|减)?([+-]?[0-9]{1,4})\s*分?(?:[\s，,:：。]|$)|(?:给|加|扣|减)?([+-]?[0-9]{1,4})\s*分`)
)

// leadingPoints reads "8", "8分" or "-5 分" at the start of s (after the
// reference): the amount a scorer gives, and the note after it.
func leadingPoints(s string) (pts int, ok bool, note string) {
	s = foldDigits(strings.TrimSpace(s))
	m := leadNum.FindStringSubmatch(s)
	if m == nil {
		// "同意 #C1 十": a score in Chinese numerals.
		if m := leadHan.FindStringSubmatch(s); m != nil {
			if n, ok := chineseNumber(m[1]); ok {
				return n, true, strings.TrimSpace(s[len(m[0]):])
			}
		}
		return 0, false, s
	}
	n, err := strconv.Atoi(m[1])
	if err != nil {
		return 0, false, s
	}
	return n, true, strings.TrimSpace(s[len(m[0]):])
}

// pointsIn finds the amount in a 加分/扣分 text: a standalone number or one
// followed by 分 ("3月5日" is a date, "SG03" a code). The note is the text
// after the indicator words and the number.
func pointsIn(s string, ind village.Indicator) (pts int, ok bool, note string) {
	s = foldDigits(strings.TrimSpace(s))
	note = s
	if m := tokenNum.FindStringSubmatchIndex(s); m != nil {
		g := 2
		if m[2] < 0 {
			g = 4
		}
		n, err := strconv.Atoi(s[m[g]:m[g+1]])
		if err == nil {
			pts, ok = n, true
			note = strings.TrimSpace(s[:m[0]] + " " + s[m[1]:])
		}
	} else if m := tokenHan.FindStringSubmatchIndex(s); m != nil {
		if n, isNum := chineseNumber(s[m[2]:m[3]]); isNum {
			pts, ok = n, true
			note = strings.TrimSpace(s[:m[0]] + " " + s[m[1]:])
		}
	}
	// The indicator's words usually come first ("焚烧秸秆 村口田里"): take
	// the longest that starts the text off it; words inside the sentence
	// stay ("因赌博被行政拘留").
	cut := 0
	for _, k := range append([]string{ind.Code, ind.Name}, ind.Keywords...) {
		if k != "" && len(k) > cut && strings.HasPrefix(strings.ToUpper(note), strings.ToUpper(k)) {
			cut = len(k)
		}
	}
	note = strings.TrimSpace(strings.Join(strings.Fields(strings.Trim(note[cut:], " ，,:：。")), " "))
	return pts, ok, note
}

// foldDigits turns full-width digits into ASCII ones.
func foldDigits(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= '０' && r <= '９' {
			return '0' + (r - '０')
		}
		if unicode.IsSpace(r) {
			return ' '
		}
		return r
	}, s)
}
