package handlers

import (
	"context"
	"strings"

	"gridbot/bot"
	"gridbot/understand"
	"gridbot/village"
)

// quotedItem is one item of a post the bot made of several (the overdue
// check's 【超期上报】): its paragraph, its village, number and 内容.
type quotedItem struct {
	block, village, id, text string
}

// quotedItems are the items of quote, a post of the bot's listing several
// each in a paragraph of its own with one number and a 内容 line; nil
// when it lists fewer than two so (a post of one item is a note's quote
// as it is: refNoteOf).
func (r *Router) quotedItems(quote string) []quotedItem {
	var items []quotedItem
	for block := range strings.SplitSeq(quote, "\n\n") {
		refs := reportRefs(village.FindRefs(block))
		_, text, ok := strings.Cut(block, "内容：")
		if len(refs) != 1 || !ok {
			continue
		}
		text, _, _ = strings.Cut(text, "\n")
		it := quotedItem{block: block, id: refs[0].String(), text: strings.TrimSpace(text)}
		head, _, _ := strings.Cut(block, "\n")
		for _, v := range r.cfg.Villages {
			if strings.Contains(head, v.Name) {
				it.village = v.Name
			}
		}
		items = append(items, it)
	}
	if len(items) < 2 {
		return nil
	}
	return items
}

// batchNote reads an officer's news quoting the bot's post of several
// items (「已联系供电所，明天来修」 to the 【超期上报】 of two): the one
// item whose 内容 it shares the most words with is the one it is about,
// and t quotes that item's paragraph alone from here on (the note's hint
// follows, as for a post of one item); news that names none, or several
// as much, asks which, listing them. done is false for anything else: a
// question, a number typed, no such post.
func (r *Router) batchNote(ctx context.Context, t *turn) (done bool, err error) {
	if t.quote == nil || t.quote.Name != r.cfg.BotName || !officerHere(t) || !understand.HasContent(t.text) ||
		len(village.FindRefs(t.text)) > 0 || strings.ContainsAny(t.text, "?？吗") {
		return false, nil
	}
	items := r.quotedItems(t.quote.Text)
	if items == nil {
		return false, nil
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
	type line struct{ Ref, Text string }
	var lines []line
	for _, it := range items {
		ref, _ := r.refHere(t, it.village, it.id)
		lines = append(lines, line{Ref: ref, Text: shortText(it.text)})
	}
	return true, r.reply(ctx, t, "note.which", map[string]any{"Who": t.who.Name, "Note": t.text, "Items": lines})
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
