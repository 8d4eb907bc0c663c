package handlers

// A pick-one question: words that fit several open items alike ("我马上
// 过去" in the duty chat with a fire and a flood open) are asked back with
// the items numbered, 「1」「2」…, kept for the sender as every question
// is (ask: his chat and name, llm.confirm_ttl). His number runs what he
// would have typed with that item's number, his words its note.

import (
	"context"
	"strconv"
	"strings"

	"gridbot/bot"
	"gridbot/handlers/words"
	"gridbot/village"
)

// picked is the option word (a number) picks of q; ok is false when word
// is no number of it.
func (q question) picked(word string) (words.PickOption, bool) {
	n, err := strconv.Atoi(word)
	if q.Kind != words.AskPick || err != nil || n < 1 || n > len(q.Picks) {
		return words.PickOption{}, false
	}
	return q.Picks[n-1], true
}

// askPickOne keeps, with the turn's reply, the question which of opts
// (numbered from 1, the likeliest first) note is about; take makes the
// line run take its item on first when nobody has (the township acting
// on an alarm: takeOnFirst), as the duty chat's numbered note does. total
// is how many there are to pick from in all (len(opts), or more when the
// reader kept fewer). It returns the options as the reply numbers them
// and what the list leaves out (cutList: the reply's pick.rest line).
func (r *Router) askPickOne(t *turn, note string, opts []words.PickOption, total int, take bool) ([]map[string]any, *pickRest, error) {
	picks, rest := cutList(opts, total, func(i int) string { return pickShown(question{Take: take}, opts[i]) })
	if err := r.ask(t, question{Kind: words.AskPick, Text: note, Picks: picks, Take: take, Msg: t.m.ID}); err != nil {
		return nil, nil, err
	}
	return words.PickItems(picks), rest, nil
}

// pickAnswered does what the answer w to pick question q says: its number
// runs that item's line as the sender, as if he had typed it; a no (不用)
// drops it.
func (r *Router) pickAnswered(ctx context.Context, t *turn, q question, w answerWords) error {
	if nums := w.several(q); len(nums) > 0 {
		return r.pickSeveral(ctx, t, q, nums)
	}
	opt, ok := q.picked(w.word)
	if n, err := strconv.Atoi(w.word); !ok && err == nil {
		// 「7」 to a list of three: asked again, not dropped
		return r.pickSeveral(ctx, t, q, []int{n})
	}
	if !ok {
		return r.dropped(ctx, t, q)
	}
	if strings.HasPrefix(opt.Line, "#") {
		// a numbered note, no command (donePick)
		return r.pickedNote(ctx, t, q, opt)
	}
	// his words, placed by his number: read, not typed (as the
	// numbered note of the duty chat is, dutyProgress); of the village
	// the list named it in (its number another village may have too)
	t.meant, t.implied, t.takeOn = true, true, q.Take
	if opt.Village != "" {
		t.named = opt.Village
		takeAside(ctx) // kept in the township: taken with the item's commit
	}
	if done, err := r.run(ctx, t, opt.Line); done || err != nil {
		return err
	}
	return r.dropped(ctx, t, q) // not reached: the lines are commands
}

// several are the numbers w answers pick question q with when more than
// one: those of 「1 3」, or all the list's for 「全部」; nil otherwise.
func (w answerWords) several(q question) []int {
	if w.word != words.AllPick {
		return w.picks
	}
	nums := make([]int, len(q.Picks))
	for i := range nums {
		nums[i] = i + 1
	}
	return nums
}

// pickSeveral answers several numbers (「1 3」, 「1-3」), or one it has
// not, to pick question q: nothing is run on them (one number is one item's line, as typed);
// he is asked again for one, the question kept, and told the lines of
// the others he named, to send as typed. Numbers the list has not are
// said so.
func (r *Router) pickSeveral(ctx context.Context, t *turn, q question, nums []int) error {
	var picked []map[string]any
	var none []int
	for _, n := range nums {
		if opt, ok := q.picked(strconv.Itoa(n)); ok {
			picked = append(picked, map[string]any{"N": n, "Ref": opt.Named(), "Line": pickShown(q, opt)})
		} else {
			none = append(none, n)
		}
	}
	if err := r.ask(t, q); err != nil {
		return err
	}
	return r.reply(ctx, t, "pick.several", map[string]any{"Who": t.who.Name, "Group": t.where.Kind != words.InPrivate,
		"Picked": picked, "None": none, "Max": len(q.Picks)})
}

// pickLate answers a number to a pick question past llm.confirm_ttl:
// nothing is run on an answer the item list may no longer fit (an alarm
// closed meanwhile); he is told what to type for the item he picked, and
// the question is taken.
func (r *Router) pickLate(ctx context.Context, t *turn, q question, raws [][]byte, still []bot.Outbound, w answerWords) (bool, error) {
	nums := w.several(q)
	if len(nums) == 0 {
		n, _ := strconv.Atoi(w.word)
		nums = []int{n}
	}
	var refs, lines []string
	for _, n := range nums {
		// 「1 3」 past its time: each item he named (before: the first)
		if opt, ok := q.picked(strconv.Itoa(n)); ok {
			refs, lines = append(refs, opt.Named()), append(lines, pickShown(q, opt))
		}
	}
	if len(refs) == 0 {
		return true, r.answering(ctx, t, raws, still, func(ctx context.Context) error { return r.dropped(ctx, t, q) })
	}
	return true, r.answering(ctx, t, raws, still, func(ctx context.Context) error {
		return r.reply(ctx, t, "pick.late", map[string]any{"Who": t.who.Name, "Group": t.where.Kind != words.InPrivate,
			"Asked": q.At, "Now": t.at, "Texts": saidTexts(q), "Refs": refs, "Lines": lines})
	})
}

// pickRest is what a which-list leaves out past words.MaxPicks: how many
// (More, of Unit: 件, for claims 项), and the first left out as its sender
// types it (Next), for the reply's 「还有N件没列出」 line (pick.rest); made
// of what was read.
type pickRest struct {
	More       int
	Next, Unit string
}

// cutList is the one rule of every list that asks which item words are
// of (numbered for one digit, or shown with the command to type): of xs,
// the items in the order the list names them, the first words.MaxPicks
// are listed; rest, nil when none is left out, says how many of total
// (len(xs), or more when the reader kept fewer) are not, and the first
// of them as line(its index) types it.
func cutList[T any](xs []T, total int, line func(int) string) (listed []T, rest *pickRest) {
	total = max(total, len(xs))
	if total <= words.MaxPicks {
		return xs, nil
	}
	listed = xs[:min(len(xs), words.MaxPicks)]
	rest = &pickRest{More: total - len(listed), Unit: "件"}
	if len(xs) > len(listed) {
		rest.Next = line(len(listed))
	}
	return listed, rest
}

// listed puts items, all a which-list of reports is of (the likeliest
// first), into data by cutList's rule: Count how many there are, Items
// those listed, Rest what is left out, line(i, item) being what item i
// is named by as typed.
func listed(data map[string]any, items []village.Report, line func(int, village.Report) string) {
	shown, rest := cutList(items, len(items), func(i int) string { return line(i, items[i]) })
	data["Count"], data["Items"], data["Rest"] = len(items), shown, rest
}

// pickShown is the line of opt as the sender types it: the duty chat's
// note on an alarm ("#R3 我马上过去", q.Take) needs no 进展.
func pickShown(q question, opt words.PickOption) string {
	if q.Take {
		return strings.TrimPrefix(opt.Line, string(words.VProgress)+" ")
	}
	return opt.Line
}

// progressPick asks a grid cadre whose words tell how a matter goes, of
// several items he handles (progressInWords), which: each numbered, his
// number its 进展 with notes[i], as 「进展 #R 他的话」 typed. shown is his
// words as the reply quotes them.
func (r *Router) progressPick(ctx context.Context, t *turn, mine []village.Report, notes []string, shown string) error {
	return r.pickReply(ctx, t, mine, func(i int, rep village.Report) string {
		return string(words.VProgress) + " #" + rep.ID + " " + notes[i]
	}, shown, "progress.which", map[string]any{"Who": t.who.Name, "Items": mine, "Note": shown})
}

// pickReply asks which of items (one village's, the turn's) note is
// about, numbered, item i's number running line(i, item) as typed, and
// replies tmpl with data and the numbered items as Pick. It is for lines
// a digit may run: never 办结, 驳回 or 上报镇 (those keep the command shown).
func (r *Router) pickReply(ctx context.Context, t *turn, items []village.Report, line func(int, village.Report) string, note, tmpl string, data map[string]any) error {
	opts := make([]words.PickOption, len(items))
	for i, rep := range items {
		opts[i] = words.PickOption{Ref: rep.ID, Line: strings.TrimSpace(line(i, rep)), Label: words.ShortText(rep.Text)}
	}
	pick, rest, err := r.askPickOne(t, note, opts, len(opts), false)
	if err != nil {
		return err
	}
	data["Count"], data["Items"], data["Pick"], data["Rest"] = len(items), items[:len(pick)], pick, rest
	return r.reply(ctx, t, tmpl, data)
}

// scenePick asks a grid cadre which of his grid's live emergencies his
// plain news (words) is of, numbered: his number is 「进展 #R 他的话」 as
// typed (scene.which).
func (r *Router) scenePick(ctx context.Context, t *turn, live []village.Report, said string) error {
	return r.pickReply(ctx, t, live, func(_ int, rep village.Report) string { return string(words.VProgress) + " #" + rep.ID + " " + said },
		words.ShortText(said), "scene.which", map[string]any{"Who": t.who.Name, "Items": live, "Note": words.ShortText(said)})
}
