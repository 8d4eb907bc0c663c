package words

import (
	"gridbot/village"
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"
)

// QuotedItem is one item of a post the bot made of several (the overdue
// check's 【超期上报】): its paragraph, its village, number and 内容.
type QuotedItem struct {
	Block, Village, Id, Text string
}

// OnlyMax is the index of the one greatest of ns, when it is above zero
// and no other is as great; -1 otherwise.
func OnlyMax(ns []int) int {
	at, best, ties := -1, 0, false
	for i, n := range ns {
		switch {
		case n > best:
			at, best, ties = i, n, false
		case n == best && n > 0:
			ties = true
		}
	}
	if ties {
		return -1
	}
	return at
}

// DigestText is the item's words of a line of the 早报 or 超期
// (「#R1 青山村三组 一般事项 村口路灯坏了（…，超期2天）」): after its number,
// place and type, without the bracket of how it stands; false for a line
// not so.
func DigestText(line string) (string, bool) {
	f := strings.SplitN(line, " ", 4)
	if len(f) < 4 || !strings.HasPrefix(line, "#") || !strings.HasSuffix(line, "）") {
		return "", false
	}
	line = f[3]
	depth := 0
	for i := len(line); i > 0; {
		c, n := utf8.DecodeLastRuneInString(line[:i])
		i -= n
		switch c {
		case '）':
			depth++
		case '（':
			if depth--; depth == 0 {
				return line[:i], i > 0
			}
		}
	}
	return "", false
}

// TypedOneOf reports whether text opens with one report's number that
// quote, a post of the bot's of several items, lists (「R2抓紧处理」
// quoting the 早报's 「超期 2 件：#R1（…）、#R2（…）」): the number picks the
// item, the quote no longer says which.
func TypedOneOf(text, quote string) bool {
	m := LeadMatch(text, LeadingRefs, RefLeads)
	if m == nil {
		return false
	}
	typed, listed := ReportRefs(village.FindRefs(text[:m[1]])), ReportRefs(village.FindRefs(quote))
	return len(typed) == 1 && len(listed) > 1 && slices.Contains(listed, typed[0])
}

// ShortItem is an item in the 早报's short form before town101: its
// number and place (「#R1（青山村三组）」).
var ShortItem = regexp.MustCompile(`#(R\d+)（([^（）]+)）`)

// shortID is an item's number in ShortPlaces.
var shortID = regexp.MustCompile(`^R\d+$`)

// ShortPlace is a place of the 早报's short form and its numbers: the
// place as written, its village's name and grid (「青山村三组」) or, after
// one of the same village, its grid alone (「一组」).
type ShortPlace struct {
	Place string
	IDs   []string
}

// ShortPlaces are the places of the 早报's short form since town101,
// each grid once with its numbers: 「超期 4 件：青山村三组 #R1 #R3，一组
// #R2，二组 #R4；…」 (or 「…等。」); none when quote has no such list.
func ShortPlaces(quote string) []ShortPlace {
	_, list, ok := strings.Cut(quote, "超期 ")
	if !ok {
		return nil
	}
	if _, list, ok = strings.Cut(list, "件："); !ok {
		return nil
	}
	if i := strings.IndexAny(list, "；。\n"); i >= 0 {
		list = list[:i]
	}
	var out []ShortPlace
	for _, seg := range strings.Split(list, "，") {
		fs := strings.Fields(seg)
		if len(fs) < 2 || strings.HasPrefix(fs[0], "#") {
			continue
		}
		p := ShortPlace{Place: fs[0]}
		for _, f := range fs[1:] {
			if id, ok := strings.CutPrefix(f, "#"); ok && shortID.MatchString(id) {
				p.IDs = append(p.IDs, id)
			}
		}
		if len(p.IDs) > 0 {
			out = append(out, p)
		}
	}
	return out
}

// PressesAll reports whether an officer's order quoting a post of several
// items is for each of them (「都抓紧」, 「全部抓紧处理」, 「这几件抓紧」),
// not one he left unnamed (「抓紧处理」: which one is asked).
func PressesAll(note string) bool {
	return LeadMatch(note, AllLead, AllLeads) != nil || ContainsAnyOf(note, allItemsWords...)
}

// allItemsWords say an officer's words are of every item a post lists.
var allItemsWords = []string{"都", "全部", "所有", "每件", "每一件", "这几件", "这些", "一起"}
