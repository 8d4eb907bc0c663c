package handlers

import (
	"context"
	"errors"
	"strings"

	"gridbot/bot"
	"gridbot/handlers/words"
	"gridbot/storage"
	"gridbot/understand"
	"gridbot/village"
)

// quotedItems are the items of quote, a post of the bot's listing several
// each in a paragraph of its own with one number and its words after
// the number's line's 「）：」 (the 【超期上报】, filedText), or each on a line of its own starting with its number
// (the 早报's and 超期's 「#R1 青山村三组 一般事项 …（…）」); nil when it
// lists fewer than two so (a post of one item is a note's quote as it
// is: refNoteOf).
func (r *Router) quotedItems(quote string) []words.QuotedItem {
	var items []words.QuotedItem
	for block := range strings.SplitSeq(quote, "\n\n") {
		text, ok := filedText(block)
		if !ok {
			continue
		}
		if it, ok := r.quotedItemOf(block, text); ok {
			items = append(items, it)
		}
	}
	if len(items) < 2 {
		items = nil
		for line := range strings.SplitSeq(quote, "\n") {
			if text, ok := words.DigestText(line); ok {
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

// filedText is the words of the item a paragraph of the 【超期上报】 is
// about: after its head line's 「（一般事项）：」 (town98), or on the 内容
// line of a post made before; false for a paragraph of no item.
func filedText(block string) (string, bool) {
	head, _, _ := strings.Cut(block, "\n")
	_, text, ok := strings.Cut(head, "）：")
	if !ok {
		_, text, ok = strings.Cut(block, "内容：")
		text, _, _ = strings.Cut(text, "\n")
	}
	return text, ok
}

// quotedItemOf is the item block of a post is about, with text its
// words; false when block names not one item.
func (r *Router) quotedItemOf(block, text string) (words.QuotedItem, bool) {
	refs := words.ReportRefs(village.FindRefs(block))
	if len(refs) != 1 {
		return words.QuotedItem{}, false
	}
	it := words.QuotedItem{Block: block, Id: refs[0].String(), Text: strings.TrimSpace(text)}
	head, _, _ := strings.Cut(block, "\n")
	for _, v := range r.cfg.Villages {
		if strings.Contains(head, v.Name) {
			it.Village = v.Name
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
		if words.TypedOneOf(t.text, t.quote.Text) {
			// 「R2抓紧处理」 quoting the 早报: his words after R2, as typed
			// unquoted
			t.quote = nil
		}
		return false, nil
	}
	forGrid, after := words.AsksGrid(t.text, t.at), words.AsksAfter(t.text)
	if !forGrid && !after && strings.ContainsAny(t.text, "?？吗") {
		return false, nil
	}
	items := r.quotedItems(t.quote.Text)
	if items == nil {
		if items, err = r.shortItems(ctx, t.quote.Text); items == nil || err != nil {
			return err != nil, err
		}
	}
	said := words.Bigrams(t.text)
	shared := make([]int, len(items))
	for i, it := range items {
		shared[i] = words.BigramsIn(said, words.Bigrams(it.Text))
	}
	if i := words.OnlyMax(shared); i >= 0 {
		t.quote = &bot.Quote{Name: t.quote.Name, Text: items[i].Block}
		return false, nil
	}
	if words.AsksWho(t.text) {
		// 「谁在管」 to the whole 早报: who has each, one line each
		return true, r.whoOfAll(ctx, t, items)
	}
	if forGrid && words.UrgesGrid(t.text) && words.PressesAll(t.text) {
		// 「都抓紧」: each item pressed as 「#R1 抓紧处理」 would be, in
		// one commit (eachRef; one per village when of several)
		refs := make([]village.Ref, 0, len(items))
		for _, it := range items {
			if ref, ok := village.ParseRef(it.Id); ok {
				refs = append(refs, ref)
			}
		}
		return true, r.eachRef(ctx, t, command{verb: words.VAsk, word: string(words.VAsk), args: t.text, refs: refs}, refs)
	}
	type line struct{ Ref, Text string }
	var lines []line
	for _, it := range items {
		ref, _ := r.refHere(t, it.Village, it.Id)
		lines = append(lines, line{Ref: ref, Text: words.ShortText(it.Text)})
	}
	return true, r.reply(ctx, t, "note.which", map[string]any{"Who": t.who.Name, "Note": t.text, "Items": lines, "Ask": forGrid, "Urge": forGrid && words.UrgesGrid(t.text),
		"After": after})
}

// shortItems are the items of quote when it is the 早报's short form
// (「超期 2 件：青山村三组 #R1 #R2」, before town101 「#R1（青山村三组）、#R2（…）」), which
// names them by number
// and place only: their words are read from the store; nil for fewer
// than two so.
func (r *Router) shortItems(ctx context.Context, quote string) ([]words.QuotedItem, error) {
	type shortItem struct{ block, place, id string }
	var ms []shortItem
	for _, m := range words.ShortItem.FindAllStringSubmatch(quote, -1) {
		ms = append(ms, shortItem{m[0], m[2], m[1]})
	}
	// since town101 a grid's numbers follow it once, its village only
	// where the village changes: 「青山村三组 #R1 #R3，一组 #R2」
	var village string
	for _, p := range words.ShortPlaces(quote) {
		for _, v := range r.cfg.Villages {
			if strings.HasPrefix(p.Place, v.Name) {
				village = v.Name
			}
		}
		full := village + strings.TrimPrefix(p.Place, village) // 「石桥村一组 #R1」: its village's (village.VillageOf)
		for _, id := range p.IDs {
			ms = append(ms, shortItem{full + " #" + id, full, id})
		}
	}
	if len(ms) < 2 {
		return nil, nil
	}
	var items []words.QuotedItem
	for _, m := range ms {
		for _, v := range r.cfg.Villages {
			if !strings.HasPrefix(m.place, v.Name) {
				continue
			}
			rep, err := r.store.Report(ctx, storage.VillageScope(v.Name), m.id)
			if errors.Is(err, storage.ErrNotFound) {
				break
			}
			if err != nil {
				return nil, err
			}
			items = append(items, words.QuotedItem{Block: m.block, Village: v.Name, Id: m.id, Text: rep.Text})
			break
		}
	}
	if len(items) < 2 {
		return nil, nil
	}
	return items, nil
}

// whoOfAll answers 「谁在管」 quoting a post of several items (the 早报):
// one line each, its number, words, who has it (未确认 when nobody took it
// on) and how it stands, from the items as stored (one read per village,
// none of those the report cache holds); nothing is recorded.
func (r *Router) whoOfAll(ctx context.Context, t *turn, items []words.QuotedItem) error {
	ids := map[string][]string{}
	for _, it := range items {
		ids[it.Village] = append(ids[it.Village], it.Id)
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
		rep, ok := read[it.Village+"|"+it.Id]
		if !ok || r.hides(t.who, rep) {
			continue
		}
		ref, _ := r.refHere(t, rep.Village, rep.ID)
		lines = append(lines, line{Ref: ref, Text: words.ShortText(rep.Text), Who: r.whoHas(rep), Status: rep.StatusLabel()})
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
