package handlers

import (
	"context"
	"maps"
	"slices"
	"strings"
	"unicode/utf8"

	"gridbot/bot"
	"gridbot/handlers/words"
	"gridbot/storage"
	"gridbot/understand"
	"gridbot/village"
)

// accountParts splits the reporter's offered account f, about to join
// along (retortFiled), into what is his side of the quarrel and the other
// matters it tells (quarrelParts): a 补充 of the quarrel stays on along
// (more); a matter of its own is filed as its own item (apart), unless
// the grid has it open already (dups). kept is what along keeps: the
// quarrel's part and its 补充, in the order told.
func (r *Router) accountParts(ctx context.Context, t *turn, f *filing, along *village.Report) (kept string, more []string, apart []secondPart, dups []village.Report) {
	if f.aboutCadre {
		return f.text, nil, nil, nil
	}
	stays, more, others := r.quarrelParts(ctx, t, f.text, r.secondMatter(ctx, t, f.text, f.typ, f.rep.Category), *along)
	for _, o := range others {
		// a third household's quarrel is its own, whatever the grid has open
		if dup, ok := r.duplicate(f.open, o.reading.Category, o.other, t.at, f.reporter); ok && o.reading.Type != village.Mediation {
			dups = append(dups, dup)
			continue
		}
		apart = append(apart, o)
	}
	if len(apart) == 0 && len(dups) == 0 {
		return f.text, more, nil, nil // all of it his side, as he told it
	}
	return strings.Join(stays, " "), more, apart, dups
}

// quarrelSecond is the other matter of f, a message filed at once
// (secondMatter), sorted by the rule an account joining a retort is
// (quarrelParts) when f is a quarrel: its 补充 stay on the item, in his
// words (「…狗天天半夜叫 另外他家鸡还天天进俺家菜地」 is one quarrel, not a
// second mediation item of the same households), a matter of its own
// (「还有村口的桥栏杆断了」) is offered, as any second matter; nil when
// there is none. kept is the quarrel's part and its 补充.
func (r *Router) quarrelSecond(ctx context.Context, t *turn, f *filing) *secondPart {
	second := r.secondMatter(ctx, t, f.text, f.typ, f.rep.Category)
	if f.typ != village.Mediation {
		return second
	}
	stays, _, apart := r.quarrelParts(ctx, t, f.text, second, *f.rep)
	if len(apart) == 0 {
		return nil
	}
	kept := strings.Join(stays, " ")
	for i := range apart {
		apart[i].kept = kept
	}
	first := apart[0]
	first.more = apart[1:]
	return &first
}

// quarrelParts sorts text, a party's account of the quarrel item (his
// item, or the other side's his account joins), with second its other
// matter as secondMatter read it (nil when read as one), into the parts
// that stay on item, in the order told, their 补充 (more: each part but
// the quarrel's own), and the matters of their own (apart). Each part
// after 还有/另外 is read on its own (one reading of 「他家鸡还进俺家菜地
// 还有桥头栏杆断了」 hid the bridge). A part that reads as a quarrel of the
// same households, names the other side (他/他家, a name of the quarrel:
// 「另外他家牛还踩了俺玉米」), is no report, or is a general matter with no
// place of its own and no fault (「还有一股臭味」) is a 补充; one with a place
// of its own and no quarrel (「另外村口路灯也坏了」), a public fault none of
// the quarrel's, placed or not (「路灯也坏了」: unplaced, its place asked),
// a procedure question the guide answers, or a quarrel with a household
// the quarrel's own words do not name (「还有老刘家的狗天天叫」) is apart.
func (r *Router) quarrelParts(ctx context.Context, t *turn, text string, second *secondPart, item village.Report) (stays, more []string, apart []secondPart) {
	names := append(r.othersNamed(t, item), r.namesIn(t, item, text)...)
	var others []secondPart
	if second == nil {
		// read as one matter (「…挪了半米 另外他家鸡还天天进俺家菜地 还有村口
		// 的桥栏杆断了」): each part after 还有/另外 read on its own
		head, tail, ok := words.SplitAlso(text)
		if !ok {
			return []string{text}, nil, nil
		}
		stays = []string{head}
		for _, p := range alsoPieces(tail) {
			others = append(others, secondPart{kept: head, other: p, reading: r.procedureAsked(t, p, r.read(ctx, t, p))})
		}
	} else {
		stays, others = []string{second.kept}, second.others()
	}
	var parts []secondPart
	for _, o := range others {
		// 「另外他家鸡还进俺家菜地 还有桥头栏杆断了」 read as one other
		// matter: each part read on its own
		if pieces := alsoPieces(o.other); len(pieces) > 1 {
			for _, p := range pieces {
				parts = append(parts, secondPart{kept: o.kept, other: p, reading: r.procedureAsked(t, p, r.read(ctx, t, p))})
			}
			continue
		}
		parts = append(parts, o)
	}
	// the quarrel's own words: its item's sides and his, without the
	// other parts ("…还有 隔壁老刘家也天天往俺家门口倒脏水" names 老刘家 in
	// the text, not in the quarrel)
	own := r.quarrelSides(item) + "\n" + text
	for _, o := range parts {
		own = strings.ReplaceAll(own, o.other, "")
	}
	// home is the household a 他家 said next points back at, the nearest
	// named before it: the index in apart of a third household's part, or
	// -1 for the quarrel's own (its account names its household first)
	home := -1
	for _, o := range parts {
		if home >= 0 && words.RefersBack(o.other) {
			// 「…还有老刘家的狗天天叫 另外他家鸭子…」: 他家 is 老刘家, the
			// household named nearest before it, and its matter goes with
			// it, whatever was told between that names no household
			apart[home].other += " " + o.other
			continue
		}
		third := words.OtherHousehold(o.other, own) && (o.reading.Type == village.Mediation ||
			o.reading.Type == village.General && understand.HouseholdNuisance(t.hear(o.other)))
		if third && o.reading.Type != village.Mediation {
			// 「还有老刘家的狗天天叫」: a household's nuisance told after the
			// quarrel's harm, which it goes on from, is a quarrel as the
			// first is, though alone it tells no harm (read as chatter)
			o.reading.Intent, o.reading.Type, o.reading.Category = village.IntentReport, item.Type, item.Category
		}
		switch {
		case third:
			home = len(apart)
		case words.NamesHousehold(o.other):
			home = -1
		}
		named := words.NamesSomeone(o.other) || words.QuarrelNamed(o.other, names)
		// a public thing gone wrong ("路灯也坏了"), none of the quarrel's:
		// never a part of a private quarrel, placed or not
		fault := o.reading.Type == village.General && !named && understand.Fault(t.hear(o.other)) && !r.quarrelThing(t, own, o.other)
		o.unplaced = fault && faultUnplaced(t, o.other)
		switch {
		case third, fault:
		case o.reading.Type == village.Mediation, o.reading.Intent != village.IntentReport, utf8.RuneCountInString(o.other) < 4,
			named, o.reading.Type == village.General && len(words.SpotsIn(o.other)) == 0:
			// of the quarrel, or a detail of it with no place of its own
			// ("还有一股臭味"): kept with his side, the mediators read it
			stays, more = append(stays, o.other), append(more, o.other)
			continue
		case o.reading.Type == village.Approval && r.procedure(t.hear(o.other)) == nil,
			o.reading.Type != village.General && o.reading.Type != village.Approval:
			// a question no guide answers, or anything else: kept with
			// his words, the mediators read it (never lost)
			stays, more = append(stays, o.other), append(more, o.other)
			continue
		}
		apart = append(apart, o)
	}
	slices.SortStableFunc(stays, func(a, b string) int { return strings.Index(text, a) - strings.Index(text, b) })
	return stays, more, apart
}

// quarrelThing reports whether part names a thing the quarrel's own words
// name (understand.ThingsOf): 「还有排水沟也堵了」 of a quarrel over a drain
// stopped up is more of it, not a fault of the village's.
func (r *Router) quarrelThing(t *turn, own, part string) bool {
	_, shared := understand.ThingsOf(t.hear(own), t.hear(part))
	return shared
}

// namesIn are the people of along's village whose names text says,
// other than the sender: 「陈二家…」 names 陈二.
func (r *Router) namesIn(t *turn, along village.Report, text string) []string {
	var names []string
	for _, p := range r.people.All() {
		if p.Village == along.Village && utf8.RuneCountInString(p.Name) > 1 && strings.Contains(text, p.Name) && p.Name != t.who.Name {
			names = append(names, p.Name)
		}
	}
	return names
}

// filedApart files each of apart, the other matters of an account joined
// to a quarrel's item (accountParts), as its own item beside it: the
// reporter's, in the group, handled as one told alone would be (a grid's
// leaders; a third household's quarrel, its mediators too). docs are the
// items to create, the commit's documents 2, 3…; texts the replies said
// after the join's, one each; out the leaders' notes when they are not
// @-mentioned at night.
func (r *Router) filedApart(t *turn, f *filing, apart []secondPart) (docs []storage.Doc, texts []string, out []bot.Outbound) {
	leaders := r.people.InGrid(f.v, f.g, village.RoleLeader)
	for i, o := range apart {
		also := r.alsoFiled(t, f.rep, &o, leaders)
		also.Along, also.Recurs, also.Images = "", "", nil
		data := maps.Clone(f.data)
		data["Ref"], data["R"], data["OwnTaken"], data["AsksAfter"], data["AsksWith"] = storage.RefN(i+2), also, false, false, nil
		data["Leaders"], data["Mediators"], data["Aside"], data["Along"], data["AlongR"] = words.Names(leaders), []string(nil), nil, nil, nil
		if also.Type == village.Mediation {
			handlers, mediators, _ := r.reportHandlers(f.v, also.Type, also.Text, nil, leaders)
			also.SetHandlers(handlers, r.shown)
			data["Mediators"] = words.Names(mediators)
		}
		docs = append(docs, storage.NewReportDoc(*also))
		text := r.filedText(t, also, data)
		if o.unplaced {
			text += "\n" + r.texts.Render("report.where", map[string]any{"Text": words.ShortText(echo(t, o.other))})
		}
		texts = append(texts, text)
		if night, _ := data["Night"].(bool); night {
			out = append(out, r.toldAtWake(also, nil, words.OthersThan(leaders, f.reporter), data, nil)...)
		}
	}
	return docs, texts, out
}

// faultUnplaced reports whether text tells of a public thing gone wrong
// (understand.Fault: 「路灯也坏了」, 「垃圾没人收」), no thing of a home
// (words.HomeThings: 「屋顶漏雨」 is at his), and says nowhere it is
// (words.Placeless: no home, no place of the village, no 这边): its
// leader would not know where to go, so its reporter is asked (med91
// beside a quarrel, med93 alone).
func faultUnplaced(t *turn, text string) bool {
	return understand.Fault(t.hear(text)) && words.Placeless(text) && !words.ContainsAnyOf(text, words.HomeThings...)
}

// filedUnplaced remembers the public fault of apart told with no place
// ("路灯也坏了"), filed by the join's commit whose references are refs (the
// apart items last, in order), so that his next 「就在村口」 is added to it
// (addedToFiled); one such matter only, as a filing remembers one.
func (r *Router) filedUnplaced(t *turn, f *filing, apart []secondPart, refs []string) {
	i := slices.IndexFunc(apart, func(o secondPart) bool { return o.unplaced })
	if i < 0 || slices.ContainsFunc(apart[i+1:], func(o secondPart) bool { return o.unplaced }) || len(refs) < len(apart) {
		return
	}
	r.filed(t, r.alsoFiled(t, f.rep, &apart[i], nil), refs[len(refs)-len(apart)+i])
}

// alsoPieces are the parts of text split at each alsoWords (words.SplitAlso),
// in order, the empty left out.
func alsoPieces(text string) []string {
	var out []string
	for {
		head, tail, ok := words.SplitAlso(text)
		if !ok {
			break
		}
		if head != "" {
			out = append(out, head)
		}
		text = tail
	}
	if text != "" {
		out = append(out, text)
	}
	return out
}
