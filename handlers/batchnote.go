package handlers

import (
	"context"
	"errors"
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"gridbot/bot"
	"gridbot/storage"
	"gridbot/understand"
	"gridbot/village"
)

// quotedItem is one item of a post the bot made of several (the overdue
// check's 【超期上报】): its paragraph, its village, number and 内容.
type quotedItem struct {
	block, village, id, text string
}

// quotedItems are the items of quote, a post of the bot's listing several
// each in a paragraph of its own with one number and a 内容 line (the
// 【超期上报】), or each on a line of its own starting with its number
// (the 早报's and 超期's 「#R1 青山村三组 一般事项 …（…）」); nil when it
// lists fewer than two so (a post of one item is a note's quote as it
// is: refNoteOf).
func (r *Router) quotedItems(quote string) []quotedItem {
	var items []quotedItem
	for block := range strings.SplitSeq(quote, "\n\n") {
		_, text, ok := strings.Cut(block, "内容：")
		if !ok {
			continue
		}
		text, _, _ = strings.Cut(text, "\n")
		if it, ok := r.quotedItemOf(block, text); ok {
			items = append(items, it)
		}
	}
	if len(items) < 2 {
		items = nil
		for line := range strings.SplitSeq(quote, "\n") {
			if text, ok := digestText(line); ok {
				if it, ok := r.quotedItemOf(line, text); ok {
					items = append(items, it)
				}
			}
		}
	}
	if len(items) < 2 {
		return nil
	}
	return items
}

// quotedItemOf is the item block of a post is about, with text its
// words; false when block names not one item.
func (r *Router) quotedItemOf(block, text string) (quotedItem, bool) {
	refs := reportRefs(village.FindRefs(block))
	if len(refs) != 1 {
		return quotedItem{}, false
	}
	it := quotedItem{block: block, id: refs[0].String(), text: strings.TrimSpace(text)}
	head, _, _ := strings.Cut(block, "\n")
	for _, v := range r.cfg.Villages {
		if strings.Contains(head, v.Name) {
			it.village = v.Name
		}
	}
	return it, true
}

// batchNote reads an officer's news quoting the bot's post of several
// items (「已联系供电所，明天来修」 to the 【超期上报】 of two, or to the
// 早报): the one item whose 内容 it shares the most words with is the one
// it is about, and t quotes that item's paragraph alone from here on (the
// note's hint follows, as for a post of one item); news that names none,
// or several as much, asks which, listing them. A question or an
// instruction for the grid (「路灯那个抓紧处理」, asksGrid) is read the same
// way (the township's 镇里问 follows; which one, with how to send it), and
// so is a question the item answers (「路灯那个谁在管」, asksAfter: 查).
// done is false for anything else: another question, a number typed, no
// such post.
func (r *Router) batchNote(ctx context.Context, t *turn) (done bool, err error) {
	if t.quote == nil || t.quote.Name != r.cfg.BotName || !officerHere(t) || !understand.HasContent(t.text) {
		return false, nil
	}
	if len(village.FindRefs(t.text)) > 0 {
		if typedOneOf(t.text, t.quote.Text) {
			// 「R2抓紧处理」 quoting the 早报: his words after R2, as typed
			// unquoted
			t.quote = nil
		}
		return false, nil
	}
	forGrid, after := asksGrid(t.text, t.at), asksAfter(t.text)
	if !forGrid && !after && strings.ContainsAny(t.text, "?？吗") {
		return false, nil
	}
	items := r.quotedItems(t.quote.Text)
	if items == nil {
		if items, err = r.shortItems(ctx, t.quote.Text); items == nil || err != nil {
			return err != nil, err
		}
	}
	said := bigrams(t.text)
	shared := make([]int, len(items))
	for i, it := range items {
		shared[i] = bigramsIn(said, bigrams(it.text))
	}
	if i := onlyMax(shared); i >= 0 {
		t.quote = &bot.Quote{Name: t.quote.Name, Text: items[i].block}
		return false, nil
	}
	if asksWho(t.text) {
		// 「谁在管」 to the whole 早报: who has each, one line each
		return true, r.whoOfAll(ctx, t, items)
	}
	if forGrid && urgesGrid(t.text) && pressesAll(t.text) {
		// 「都抓紧」: each item pressed as 「#R1 抓紧处理」 would be, in
		// one commit (eachRef; one per village when of several)
		refs := make([]village.Ref, 0, len(items))
		for _, it := range items {
			if ref, ok := village.ParseRef(it.id); ok {
				refs = append(refs, ref)
			}
		}
		return true, r.eachRef(ctx, t, command{verb: vAsk, word: string(vAsk), args: t.text, refs: refs}, refs)
	}
	type line struct{ Ref, Text string }
	var lines []line
	for _, it := range items {
		ref, _ := r.refHere(t, it.village, it.id)
		lines = append(lines, line{Ref: ref, Text: shortText(it.text)})
	}
	return true, r.reply(ctx, t, "note.which", map[string]any{"Who": t.who.Name, "Note": t.text, "Items": lines, "Ask": forGrid, "Urge": forGrid && urgesGrid(t.text),
		"After": after})
}

// onlyMax is the index of the one greatest of ns, when it is above zero
// and no other is as great; -1 otherwise.
func onlyMax(ns []int) int {
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

// digestText is the item's words of a line of the 早报 or 超期
// (「#R1 青山村三组 一般事项 村口路灯坏了（…，超期2天）」): after its number,
// place and type, without the bracket of how it stands; false for a line
// not so.
func digestText(line string) (string, bool) {
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

// typedOneOf reports whether text opens with one report's number that
// quote, a post of the bot's of several items, lists (「R2抓紧处理」
// quoting the 早报's 「超期 2 件：#R1（…）、#R2（…）」): the number picks the
// item, the quote no longer says which.
func typedOneOf(text, quote string) bool {
	m := leadMatch(text, leadingRefs, refLeads)
	if m == nil {
		return false
	}
	typed, listed := reportRefs(village.FindRefs(text[:m[1]])), reportRefs(village.FindRefs(quote))
	return len(typed) == 1 && len(listed) > 1 && slices.Contains(listed, typed[0])
}

// shortItem is an item in the 早报's short form: its number and place
// (「#R1（青山村三组）」).
var shortItem = regexp.MustCompile(`#(R\d+)（([^（）]+)）`)

// shortItems are the items of quote when it is the 早报's short form
// (「超期 2 件：#R1（青山村三组）、#R2（…）」), which names them by number
// and place only: their words are read from the store; nil for fewer
// than two so.
func (r *Router) shortItems(ctx context.Context, quote string) ([]quotedItem, error) {
	ms := shortItem.FindAllStringSubmatch(quote, -1)
	if len(ms) < 2 {
		return nil, nil
	}
	var items []quotedItem
	for _, m := range ms {
		for _, v := range r.cfg.Villages {
			if !strings.HasPrefix(m[2], v.Name) {
				continue
			}
			rep, err := r.store.Report(ctx, storage.VillageScope(v.Name), m[1])
			if errors.Is(err, storage.ErrNotFound) {
				break
			}
			if err != nil {
				return nil, err
			}
			items = append(items, quotedItem{block: m[0], village: v.Name, id: m[1], text: rep.Text})
			break
		}
	}
	if len(items) < 2 {
		return nil, nil
	}
	return items, nil
}

// pressesAll reports whether an officer's order quoting a post of several
// items is for each of them (「都抓紧」, 「全部抓紧处理」, 「这几件抓紧」),
// not one he left unnamed (「抓紧处理」: which one is asked).
func pressesAll(note string) bool {
	return leadMatch(note, allLead, allLeads) != nil || containsAnyOf(note, allItemsWords...)
}

// allItemsWords say an officer's words are of every item a post lists.
var allItemsWords = []string{"都", "全部", "所有", "每件", "每一件", "这几件", "这些", "一起"}

// whoOfAll answers 「谁在管」 quoting a post of several items (the 早报):
// one line each, its number, words, who has it (未确认 when nobody took it
// on) and how it stands, from the items as stored (one read per village,
// none of those the report cache holds); nothing is recorded.
func (r *Router) whoOfAll(ctx context.Context, t *turn, items []quotedItem) error {
	ids := map[string][]string{}
	for _, it := range items {
		ids[it.village] = append(ids[it.village], it.id)
	}
	read := map[string]village.Report{}
	for v, of := range ids {
		if v == "" {
			continue
		}
		reps, err := r.store.ReportsOf(ctx, storage.VillageScope(v), of)
		if err != nil {
			return err
		}
		for _, rep := range reps {
			read[v+"|"+rep.ID] = rep
		}
	}
	type line struct{ Ref, Text, Who, Status string }
	var lines []line
	for _, it := range items {
		rep, ok := read[it.village+"|"+it.id]
		if !ok || r.hides(t.who, rep) {
			continue
		}
		ref, _ := r.refHere(t, rep.Village, rep.ID)
		lines = append(lines, line{Ref: ref, Text: shortText(rep.Text), Who: r.whoHas(rep), Status: rep.StatusLabel()})
	}
	if len(lines) == 0 {
		return r.reply(ctx, t, "note.who.none", map[string]any{"Who": t.who.Name})
	}
	return r.reply(ctx, t, "note.who.all", map[string]any{"Who": t.who.Name, "Items": lines})
}

// whoHas says for the township who has rep: its handlers (the grid's),
// the officers who took it over, or 未确认 when nobody took it on yet
// (its leader, a handler from its filing, has not 确认'd it).
func (r *Router) whoHas(rep village.Report) string {
	if rep.Status == village.StatusNew || len(rep.Handlers) == 0 {
		return "未确认"
	}
	who := strings.Join(rep.Handlers, "、") + "负责"
	if rep.Status == village.StatusEscalated {
		if officers := rep.Officers(r.people.Lookup); len(officers) > 0 {
			who += "，镇里" + strings.Join(officers, "、") + "接手"
		} else {
			who += "，镇里还没人接手"
		}
	}
	return who
}
