package understand

import (
	"errors"
	"fmt"
	"math"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"gridbot/prompts"
	"gridbot/village"
)

// ErrInvalid means a model's draft failed validation; it is discarded.
var ErrInvalid = errors.New("invalid reading")

// validate turns a model's draft into a reading, or refuses it: every
// value must be one the bot knows (intent, type, category, hazard, a
// claimable indicator of the catalogue), consistent (a hazard only with an
// emergency, a claim's indicator only with a claim), and of sane size.
// Free-text fields are cleaned so that echoing them can do no harm.
func validate(d prompts.Draft, cat village.Catalogue) (village.Reading, error) {
	bad := func(format string, args ...any) (village.Reading, error) {
		return village.Reading{}, fmt.Errorf("%w: %s", ErrInvalid, fmt.Sprintf(format, args...))
	}
	intents := []village.Intent{village.IntentReport, village.IntentClaim, village.IntentQuery, village.IntentNoise}
	r := village.Reading{Intent: village.Intent(d.Intent), Also: village.Intent(d.Also), Type: village.Type(d.Type),
		Category: d.Category, Hazard: village.Hazard(d.Hazard), Confidence: d.Confidence, Source: SourceLLM}
	switch {
	case !slices.Contains(intents, r.Intent):
		return bad("intent %q", d.Intent)
	case r.Also != "" && (r.Also == r.Intent || (r.Also != village.IntentReport && r.Also != village.IntentClaim)):
		return bad("also %q with intent %q", d.Also, d.Intent)
	case r.Type != "" && !r.Type.Valid():
		return bad("type %q", d.Type)
	case r.Category != "" && !slices.Contains(village.Categories, r.Category):
		return bad("category %q", d.Category)
	case r.Hazard != "" && !slices.Contains(village.Hazards, r.Hazard):
		return bad("hazard %q", d.Hazard)
	case r.Hazard != "" && r.Type != village.Emergency:
		return bad("hazard %q without an emergency", d.Hazard)
	case math.IsNaN(d.Confidence) || d.Confidence < 0 || d.Confidence > 1:
		return bad("confidence %v", d.Confidence)
	}
	reports := r.Intent == village.IntentReport || r.Also == village.IntentReport
	if reports && (r.Type == "" || r.Category == "") {
		return bad("a report without type or category")
	}
	if !reports {
		// A type or category on a message that reports nothing is noise
		// the model added; drop it rather than trust it.
		r.Type, r.Category, r.Hazard = "", "", ""
	}
	if d.Indicator != "" {
		if !r.Claims() {
			return bad("indicator %q without a claim", d.Indicator)
		}
		ind, ok := cat.ByCode(d.Indicator)
		if !ok || !ind.Claimable() {
			return bad("indicator %q is not a claimable catalogue code", d.Indicator)
		}
		r.Indicator = ind.Code
	}
	var err error
	if r.Summary, err = cleanField(artefactless(d.Summary), 30, 200); err != nil {
		return bad("summary: %v", err)
	}
	r.Summary = chinese(r.Summary)
	if village.Masked(r.Summary) {
		// The model echoed a masked number ("电话[电话]"): the sender's
		// own words, number and all, read better in the sender's chat.
		r.Summary = ""
	}
	if r.Place, err = cleanField(d.Place, 20, 60); err != nil {
		return bad("place: %v", err)
	}
	if len(d.People) > 5 {
		return bad("%d people", len(d.People))
	}
	for _, p := range d.People {
		name, err := cleanField(p, 12, 12)
		if err != nil {
			return bad("people: %v", err)
		}
		if name != "" {
			r.People = append(r.People, name)
		}
	}
	return r, nil
}

// refLike finds what a bot or a leader could take for a command's
// reference or mention: #R12, R12, C3, @name.
var refLike = regexp.MustCompile(`(?i)[#＃]\s*[A-Z]?\s*\d+|\b[RC]\s*\d+|[@＠]`)

// cleanField makes model text safe to echo: control and format characters
// and line breaks go, as do references and @ (a leader quoting the bot's
// confirm-back must never act on a reference the model invented), and the
// brackets the bot's own texts use. Longer than hard runes is refused;
// longer than soft is cut.
func cleanField(s string, soft, hard int) (string, error) {
	if utf8.RuneCountInString(s) > hard {
		return "", fmt.Errorf("%d characters", utf8.RuneCountInString(s))
	}
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '\n' || r == '\r' || r == '\t':
			b.WriteRune(' ')
		case unicode.IsControl(r) || unicode.Is(unicode.Cf, r) || r == utf8.RuneError:
		case strings.ContainsRune("「」【】<>＜＞", r):
		default:
			b.WriteRune(r)
		}
	}
	out := replaceAll(refLike, b.String(), "")
	out = noHash.Replace(out) // a lone "#" left of no reference
	out = strings.Join(strings.Fields(out), " ")
	if rs := []rune(out); len(rs) > soft {
		out = string(rs[:soft]) + "…"
	}
	return out, nil
}

// artefacts are what a model's output format leaves in a field (JSON
// escapes "<", so Decode's cut at </think> does not see these): thinking
// and its tags, code fences.
var artefacts = regexp.MustCompile("(?is)<think>.*?</think>|</?think>|```(json)?")

// artefactless takes a model's format artefacts out of a summary.
func artefactless(s string) string { return replaceAll(artefacts, s, " ") }

// halfPunct maps the ASCII punctuation a model writes into a Chinese
// sentence (it is shown the message with full-width marks folded) to the
// full-width marks villagers read.
var halfPunct = map[rune]rune{',': '，', ';': '；', ':': '：', '!': '！', '?': '？', '(': '（', ')': '）'}

// chinese makes a model's summary fit to be shown in a Chinese sentence:
// ASCII punctuation becomes full-width (not a colon or comma between
// digits: 10:30, 3,000); a summary with more Latin letters than Chinese
// characters (a model that answered in English) is dropped, so that the
// sender's own words are shown instead.
func chinese(s string) string {
	han, latin := 0, 0
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Han, r):
			han++
		case r < utf8.RuneSelf && unicode.IsLetter(r):
			latin++
		}
	}
	if latin > han {
		return ""
	}
	rs := []rune(s)
	var b strings.Builder
	for i := 0; i < len(rs); i++ {
		full, ok := halfPunct[rs[i]]
		if ok && !(i > 0 && i+1 < len(rs) && unicode.IsDigit(rs[i-1]) && unicode.IsDigit(rs[i+1])) {
			b.WriteRune(full)
			if i+1 < len(rs) && rs[i+1] == ' ' {
				i++ // full-width marks carry their own space
			}
			continue
		}
		b.WriteRune(rs[i])
	}
	return b.String()
}

// noHash takes out a lone "#" left of no reference.
var noHash = newReplacer("#", "", "＃", "")
