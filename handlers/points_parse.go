package handlers

import (
	"regexp"
	"slices"
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
	vouchRe    = regexp.MustCompile(`(?:^|[\s，,。、:：])(?:让|请|找|叫|有)?@?([\p{Han}·]{2,4}?)\s*(?:可以|能|会)?(?:帮我|给我|替我)?(?:作证|做证|证明)(?:$|[\s，,。])`)
	photoWords = []string{"照片", "图片", "附图", "拍照", "拍了", "见图", "截图"}
)

// sawRe is who saw the deed: "李四和王五都看见了", "王五在场", "李四也在".
var sawRe = regexp.MustCompile(`(?:^|[\s，,。、:：])@?([\p{Han}·]{2,4}?)(?:(?:和|跟|、)@?[\p{Han}·]{2,4}?)*\s*(?:(?:都|也)?(?:` +
	strings.Join(sawWords[:4], "|") + `)|(?:都|也)在(?:$|[\s，,。！!、]))`)

// sawWords are the words sawRe ends with: the first four anywhere, "也在"
// and "都在" only at the end of a clause ("李四也在", not "李四也在家").
var sawWords = []string{"看见", "看到", "在场", "亲眼", "也在", "都在"}

// witnessLead is what names witnesses after it: "证明人 王五 李四".
var witnessLead = regexp.MustCompile(`(?:证明人|证人)\s*[:：是]?`)

// witnessesIn are the people isName takes whom text names as witnesses,
// each once, in order: after 证明人 (several: "证明人 王五 李四", "证明人：
// 王五、李四"), before 作证 ("王五可以作证"), or as having seen the deed
// ("李四也看见了", "李四和王五都看见了").
func witnessesIn(text string, isName func(string) bool) []string {
	var out []string
	add := func(list string) {
		for _, n := range namesAt(list, isName) {
			if !slices.Contains(out, n) {
				out = append(out, n)
			}
		}
	}
	for _, at := range witnessLead.FindAllStringIndex(text, -1) {
		add(text[at[1]:])
	}
	if strings.Contains(text, "证") {
		for _, m := range vouchRe.FindAllStringSubmatch(" "+text, -1) {
			add(m[1])
		}
		if heVouches.MatchString(text) {
			// "失主是金大海 他可以作证": the one person the text names
			if ns := namesIn(text, isName); len(ns) == 1 {
				add(ns[0])
			}
		}
	}
	if containsAnyOf(text, sawWords...) {
		for _, m := range sawRe.FindAllString(" "+text, -1) {
			add(m)
		}
	}
	return out
}

// heVouches is a witness named by a pronoun: "他可以作证", "她能证明".
var heVouches = regexp.MustCompile(`(?:^|[\s，,。、:：])[他她]\s*(?:也)?(?:可以|能|会)?(?:作证|做证|证明)(?:$|[\s，,。])`)

// namesIn are the roster names isName takes anywhere in text, each once,
// the longest at each place.
func namesIn(text string, isName func(string) bool) []string {
	var out []string
	rs := []rune(text)
	for i := 0; i < len(rs); i++ {
		for k := min(4, len(rs)-i); k >= 2; k-- {
			if n := string(rs[i : i+k]); isName(n) {
				if !slices.Contains(out, n) {
					out = append(out, n)
				}
				i += k - 1
				break
			}
		}
	}
	return out
}

// namesAt reads the names isName takes at the start of s, one after the
// other, with spaces, 、，和跟@ between them: "王五 李四也看见了" is 王五 and
// 李四. A name of 2 to 4 characters, the longest that is one.
func namesAt(s string, isName func(string) bool) []string {
	var out []string
	rs := []rune(s)
	for i := 0; i < len(rs); {
		if strings.ContainsRune(" \t、，,和跟@:：", rs[i]) {
			i++
			continue
		}
		// a name is letters only (the roster's lookup may trim what is not)
		end := i
		for end < len(rs) && end-i < 4 && (unicode.IsLetter(rs[end]) || rs[end] == '·') {
			end++
		}
		n := 0
		for k := end - i; k >= 2; k-- {
			if isName(string(rs[i : i+k])) {
				n = k
				break
			}
		}
		if n == 0 {
			break
		}
		out = append(out, string(rs[i:i+n]))
		i += n
	}
	return out
}

// withWitnesses is evidence with each of names as a witness ("证明人 王五、
// 证明人 李四"), the witnesses first, none twice.
func withWitnesses(evidence string, names []string) string {
	var ws, rest []string
	for _, e := range strings.Split(evidence, "、") {
		switch {
		case e == "":
		case strings.HasPrefix(e, "证明人 "):
			x := strings.TrimPrefix(e, "证明人 ")
			if !slices.Contains(names, x) && slices.ContainsFunc(names, func(n string) bool { return strings.HasPrefix(x, n) }) {
				continue // "证明人 王五李四" read as one: each is named
			}
			ws = append(ws, e)
		default:
			rest = append(rest, e)
		}
	}
	for _, n := range names {
		if w := "证明人 " + n; !slices.Contains(ws, w) {
			ws = append(ws, w)
		}
	}
	return strings.Join(append(ws, rest...), "、")
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
	// A number glued to the item's words ends them ("志愿服务10"): the
	// points, when nothing else is.
	gluedNum = regexp.MustCompile(`\p{Han}([+-]?[0-9]{1,4})(?:[\s，,:：。]|$)`)
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
	} else if m := gluedNum.FindStringSubmatchIndex(s); m != nil {
		if n, err := strconv.Atoi(s[m[2]:m[3]]); err == nil {
			pts, ok = n, true
			note = strings.TrimSpace(s[:m[2]] + " " + s[m[1]:])
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
