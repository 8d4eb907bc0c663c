package handlers

import (
	"context"
	"errors"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"gridbot/bot"
	"gridbot/roster"
	"gridbot/storage"
	"gridbot/understand"
	"gridbot/village"
)

const (
	vNotice verb = "通知"
	vAck    verb = "收到"
	vCall   verb = "回访"
	vPause  verb = "等待"
)

// outreachVocab are the words of notices, acknowledgements, call logs and
// pausing an item.
var outreachVocab = map[string]verb{
	"通知": vNotice, "发通知": vNotice, "紧急通知": vNotice,
	"收到": vAck, "已收到": vAck, "收到了": vAck,
	"回访": vCall, "电话回访": vCall, "回访记录": vCall, "我的回访": vCall, // alone: the calls still his (myCalls)
	"回訪": vCall, "回放": vCall, "会访": vCall, "回防": vCall, "回方": vCall, // typed in haste: see callTypos
	"等待": vPause, "等待村民": vPause, "暂停": vPause,
}

func (r *Router) outreachFlows() map[verb]flow {
	return map[verb]flow{
		vNotice: r.notice,
		vAck:    r.ack,
		vCall:   r.callLog,
		vPause:  func(ctx context.Context, t *turn, cmd command) error { return r.lifecycle(ctx, t, cmd) },
	}
}

// notice broadcasts 通知 to the groups of its scope: township officers and
// admins anywhere, grid leaders within their village.
func (r *Router) notice(ctx context.Context, t *turn, cmd command) error {
	officer := t.who.Has(village.RoleOfficer) || t.who.Has(village.RoleAdmin)
	if !officer && !t.who.Has(village.RoleLeader) {
		return r.noticeNotHis(ctx, t, cmd)
	}
	a := r.noticeAudience(t, cmd.args, officer)
	// "通知 … 照发": sent as written though a day it names is past
	asIs := false
	if body, ok := strings.CutSuffix(a.text, "照发"); ok {
		a.text, asIs = strings.TrimRight(body, " ，,。"), true
	}
	if done, err := r.noticeUnsent(ctx, t, cmd, a); done {
		return err
	}
	n := village.Notice{Text: a.text, By: t.who.Name, ByKey: t.who.Key(), At: t.at, Groups: a.groups, Urgent: cmd.word == "紧急通知"}
	if !officer {
		n.Village = t.who.Village
	}
	var inWords map[string]any
	if w := cadresInWords(a.text); !a.named && !a.cadres && w != "" {
		// "通知 明天上午全镇网格员到镇政府开会": its words say whom it is
		// for; posted to every group, every household (and each elder, by
		// phone) would hear of a meeting that is not theirs, and a post
		// cannot be taken back. It goes to the cadres privately; the
		// sender is told how to post it to the groups if he meant that.
		all := "全镇"
		if !officer {
			all = "全村"
		}
		a.cadres, inWords = true, map[string]any{"Word": cmd.word, "Who": w, "All": all}
	}
	if a.cadres {
		n.Cadres, n.Groups = r.noticeCadres(a.groups, t.who), nil
		if len(n.Cadres) == 0 {
			return r.reply(ctx, t, "notice.no_cadres", map[string]any{"Groups": a.groups})
		}
	}
	// An ordinary notice written at night waits for the morning (the
	// notice follow-up job posts it, or notice_release when that one is
	// off); an urgent one goes out at once.
	n.Held = !n.Urgent && r.cfg.QuietHours.Contains(t.at.In(r.cfg.Location()))
	n = n.WithRelay()
	if !asIs {
		if data, past := r.noticePast(t, cmd, n); past {
			return r.reply(ctx, t, "notice.past", data)
		}
	}
	d, err := storage.NoticeDoc(n)
	if err != nil {
		return err
	}
	t.out = r.noticeOut(t, n, a.groups, inWords)
	t.scope = storage.TownshipScope(r.cfg.Township.Name)
	_, err = r.store.Commit(ctx, storage.Change{Scope: t.scope, MsgID: t.m.ID, Docs: []storage.Doc{d}, Out: t.out,
		Audit: storage.Audit{At: t.at, By: t.who.Name, Action: "notice", Note: shortenNote(n.Text)}})
	return err
}

// noticePast is the question to the sender of notice n when a day it
// names is over by the time it goes out (the morning's release for one
// held over the night): 本周六 written on Sunday is a mistake every
// household would read, and a post cannot be taken back. past is false
// when it names no such day.
func (r *Router) noticePast(t *turn, cmd command, n village.Notice) (data map[string]any, past bool) {
	on := t.at
	if release, ok := r.cfg.NoticeRelease(t.at); ok && n.Held {
		on = release
	}
	asIs := strings.TrimSuffix(cmd.word+" "+strings.TrimSpace(cmd.args), " 照发") + " 照发"
	day, word, next, past := n.PastDay(on)
	if !past {
		if at, said, late := n.PastTime(on); late {
			// "今天上午9点开会" sent at 14:00
			return map[string]any{"Word": said, "At": at, "Now": on, "Cmd": asIs}, true
		}
		return nil, false
	}
	data = map[string]any{"Word": word, "Day": day, "Cmd": asIs, "Now": on}
	if !next.IsZero() {
		week := "下"
		if village.SameWeek(next, on) {
			week = "本"
		}
		data["Next"], data["NextWord"] = next, week+village.WeekdayName(next.Weekday())
	}
	return data, true
}

// noticeNotHis answers a 通知 of one who may not send one: a worker's
// question which households have not answered ("通知 未回复"), or else
// whom to ask.
func (r *Router) noticeNotHis(ctx context.Context, t *turn, cmd command) error {
	if id, ok := noticeQuery(cmd.args); ok && mayAskNotice(t.who) {
		return r.noticeQueryStatus(ctx, t, id) // a worker's "通知 未回复"
	}
	// a worker (or villager) with news for the grid asks its leader
	return r.reply(ctx, t, "refuse", map[string]any{"Verb": "通知", "Who": "镇干部或网格长",
		"Ask": r.leaderNames(t.who.Village, t.who.Grid)})
}

// noticeAudience is whom a 通知 is for, as its first words say.
type noticeAudience struct {
	officer bool   // sent by a township officer or an admin (else a grid leader)
	scope   string // the place its first words name, "" for none
	text    string // its words after the scope
	// cadres says it is for the cadres of the scope, privately, not for
	// the households
	cadres bool
	groups []string // the groups of the scope (of the default scope when it names none)
	// named says the scope names groups; choices are the places it may
	// be, when several
	named   bool
	choices []string
}

// noticeAudience reads whom a 通知 with the words args is for.
func (r *Router) noticeAudience(t *turn, args string, officer bool) noticeAudience {
	a := noticeAudience{officer: officer, text: args}
	scope, rest, _ := strings.Cut(args, " ")
	// "通知 网格员 …", "通知 全镇网格员 …", "通知 三组 网格员：…": for the
	// cadres of the scope, privately, not for the households
	scope, cadres := cutAudience(scope)
	if next, after, _ := strings.Cut(strings.TrimSpace(rest), " "); !cadres && r.places.Named(scope, "").Kind == village.PlaceVillage {
		// "通知 青山村 三组 …": that village's grid, not the whole village
		next, nextCadres := cutAudience(next)
		if p := r.places.Named(scope+" "+next, ""); p.Kind == village.PlaceGrid {
			scope, rest, cadres = p.Name, after, nextCadres
		}
	}
	if cadres && scope == "" { // "通知 网格员 …": the default scope
		a.text = strings.TrimSpace(rest)
	}
	a.scope = scope
	a.groups, a.named, a.choices = r.noticeGroups(scope, t.who, officer)
	if a.named {
		a.text = strings.TrimSpace(rest)
		if body, head := cutAudienceHead(a.text); head && !cadres {
			a.text, cadres = body, true
		}
	} else {
		a.groups, _, _ = r.noticeGroups("", t.who, officer)
		cadres = cadres && scope == "" // "党员干部": no scope, an ordinary notice
	}
	a.cadres = cadres
	return a
}

// noticeUnsent answers a 通知 that cannot be sent as written (no words,
// a place of several villages, no group of its scope, cadres named only in
// its words) or that asks about an earlier one; done is false when it is
// to be sent.
func (r *Router) noticeUnsent(ctx context.Context, t *turn, cmd command, a noticeAudience) (done bool, err error) {
	if !understand.HasContent(a.text) {
		def := "全镇"
		if !a.officer {
			def = t.who.Village + "全村"
		}
		return true, r.reply(ctx, t, "notice.usage", map[string]any{"Default": def, "Officer": a.officer, "Word": cmd.word})
	}
	if id, ok := noticeQuery(a.text); ok {
		return true, r.noticeQueryStatus(ctx, t, id)
	}
	if len(a.choices) > 1 {
		// 一组 of which village? Several have one: guessing sends the
		// notice to the wrong village, and a notice cannot be taken back.
		return true, r.reply(ctx, t, "notice.which", map[string]any{"Scope": a.scope, "Choices": a.choices, "Text": a.text})
	}
	if len(a.groups) == 0 && a.named && !a.officer {
		// A leader's notice goes to his village only: say what he may write.
		return true, r.reply(ctx, t, "notice.leader_scope", map[string]any{"Scope": a.scope, "Village": t.who.Village, "Grids": r.places.GridNames(t.who.Village)})
	}
	if len(a.groups) == 0 {
		return true, r.reply(ctx, t, "notice.scope", map[string]any{"Scope": a.scope, "Villages": r.places.Villages(), "Text": a.text})
	}
	return false, nil
}

// noticeData is the template data of notice n's post and its sender's
// reply: when it is followed up, and when what waits for the morning goes
// out.
func (r *Router) noticeData(t *turn, n village.Notice) map[string]any {
	// An urgent notice is followed up within the hour, at night too; the
	// summary of answers then waits for the morning (scheduler).
	// A notice about its own day is followed up that day, sooner; one
	// whose follow-up falls in the night is not (a notice of a day gone
	// by is not chased).
	followAt, early := n.FollowupAt(r.cfg.Notices.FollowupAfter.Std())
	noFollow := false
	if early && !n.Urgent && r.cfg.QuietHours.Contains(followAt.In(r.cfg.Location())) {
		// the quiet hours hold it till the morning's first run: chased
		// then, unless what it says is over by then (今晚7点半开会)
		if morning, ok := r.cfg.NoticeRelease(followAt); ok && n.PassedOn(morning) {
			followAt = morning
		} else {
			noFollow = true
		}
	}
	// What waits for the morning goes out at the notice follow-up's
	// first run after the quiet hours (07:15 by default), not as they end.
	release, ok := r.cfg.NoticeRelease(t.at)
	if !ok { // a schedule Load rejects
		release = r.cfg.QuietHours.Until(t.at.In(r.cfg.Location()))
	}
	data := map[string]any{"N": n, "Ref": storage.RefPlaceholder, "After": r.cfg.Notices.FollowupAfter.Std(),
		"FollowAt": followAt, "Now": t.at, "Early": early, "Days": n.RelativeDays(), "NoFollow": noFollow, "Quiet": r.cfg.QuietHours, "Release": release,
		"Night": n.Urgent && r.cfg.QuietHours.Contains(t.at.Add(time.Hour).In(r.cfg.Location()))}
	if _, word, ok := n.Day(); ok && n.Held && n.DayOver(release) {
		data["Gone"] = word // "今晚11点前…" held till the morning is held past its day
	}
	return data
}

// noticeOut are notice n's posts to its groups and cadres, unless it is
// held, and the reply to its sender, who sent it for groups.
//
// inWords, when the notice went to the cadres because its words address
// them, are the words and the command that would post it to the groups.
func (r *Router) noticeOut(t *turn, n village.Notice, groups []string, inWords map[string]any) []bot.Outbound {
	data := r.noticeData(t, n)
	data["InWords"] = inWords
	var out []bot.Outbound
	prio := bot.Normal
	if n.Urgent {
		prio = bot.Urgent
	}
	if !n.Held {
		post := r.texts.Render("notice.post", data)
		for _, g := range n.Groups {
			out = append(out, bot.Outbound{To: g, Kind: bot.Group, Priority: prio, Text: post})
		}
		for _, c := range n.Cadres {
			out = append(out, bot.Outbound{To: c, Kind: bot.Private, Priority: prio, Text: post})
		}
	}
	switch {
	case n.Held:
		out = append(out, r.back(t, r.textsFor(t).Render("notice.held", data)))
	case len(n.Cadres) > 0 || !slices.Contains(groups, t.m.Chat) || t.where.kind == inPrivate || len(groups) > 1:
		// said in one of several groups, the sender is told it reached
		// the others too
		out = append(out, r.back(t, r.textsFor(t).Render("notice.sent", data)))
	default:
		// Said in the one group it went to (a leader's 「通知 三组 …」 in
		// his own group), the post is there for all to see, but not its
		// days as read nor when he hears who has not answered: he is told
		// privately, as the households need not read what is his to do.
		out = append(out, r.toSender(t, r.texts.Render("notice.sent", data)))
	}
	return out
}

// audienceWords address a notice to the cadres of its scope rather than
// to the households: "网格员", "全镇网格员", "各村网格长", "网格干部".
var audienceWords = []string{"网格员和网格长", "网格长和网格员", "网格长、网格员", "网格员、网格长", "各位网格员", "全体网格员", "所有网格员",
	"各网格员", "网格员们", "网格干部", "村干部", "网格员", "网格长", "干部"}

// cadresInText are words of a notice's text that address the cadres as
// its audience ("全镇网格员到镇政府开会"), unlike a mere mention of them
// ("有困难请联系网格员").
var cadresInText = []string{"全镇网格员", "全体网格员", "所有网格员", "各位网格员", "各网格员", "各村网格员", "全镇网格长", "全体网格长",
	"各网格长", "各村网格长", "全体村干部", "各村干部", "网格员开会", "网格长开会", "网格员会议", "网格员培训"}

// cadresInWords is the first of cadresInText in text; "" for none.
func cadresInWords(text string) string {
	for _, w := range cadresInText {
		if strings.Contains(text, w) {
			return w
		}
	}
	return ""
}

// cutAudience splits a scope word that ends with an audience word
// ("全镇网格员") into the scope ("全镇", "" for the default) and true.
func cutAudience(word string) (scope string, ok bool) {
	for _, a := range audienceWords {
		if s, found := strings.CutSuffix(word, a); found {
			s = strings.TrimSuffix(strings.TrimSuffix(s, "的"), "各")
			return strings.TrimSuffix(s, "各村"), true
		}
	}
	return word, false
}

// cutAudienceHead cuts an audience word that opens the text after the
// scope ("三组 网格员：明天开会"): the text without it, and true.
func cutAudienceHead(text string) (rest string, ok bool) {
	text = strings.TrimSpace(text)
	for _, a := range audienceWords {
		if r, found := strings.CutPrefix(text, a); found && (r == "" || strings.ContainsRune(" :：,，", []rune(r)[0])) {
			return strings.TrimLeft(r, " :：,，"), true
		}
	}
	return text, false
}

// noticeCadres are the private addresses of the grid workers and leaders
// of groups' grids (the sender not among them), in roster order.
func (r *Router) noticeCadres(groups []string, sender village.Person) []string {
	var out []string
	for _, p := range r.people.All() {
		if !p.Has(village.RoleWorker) && !p.Has(village.RoleLeader) || p.Key() == sender.Key() {
			continue
		}
		for _, g := range groups {
			if v, grid, ok := r.cfg.GridOfGroup(g); ok && p.Tends(v, grid) {
				if a := r.shown(p); !slices.Contains(out, a) {
					out = append(out, a)
				}
				break
			}
		}
	}
	return out
}

// noticeGroups resolves a notice scope word to group names: 全镇/全部,
// 全村, a village name or a grid name (of the sender's village), or
// several of them ("一组、二组"). An empty word means the sender's
// default. ok is false when the word is no scope. A grid name that
// several villages the sender may notify have (一组) is no group yet:
// choices are the village-qualified names to pick from.
func (r *Router) noticeGroups(word string, who village.Person, officer bool) (groups []string, ok bool, choices []string) {
	may := func(v string) bool { return officer || v == who.Village }
	places := r.places
	if ownGridWords[word] && who.Grid != "" {
		word = who.Grid // "通知 本组 …": his own grid's group
	}
	p := places.Named(word, who.Village)
	switch {
	case word == "":
		return places.Groups(may), false, nil
	case p.Kind == village.PlaceTownship && !officer:
		return nil, true, nil
	case p.Kind == village.PlaceTownship:
		return p.Grids.Groups(nil), true, nil
	case p.Kind == village.NoPlace && strings.ContainsAny(word, noticeSeparators):
		return r.noticeGroupsOf(strings.FieldsFunc(word, func(c rune) bool { return strings.ContainsRune(noticeSeparators, c) }), who, officer)
	}
	mine := slices.DeleteFunc(slices.Clone(p.Grids), func(g village.Grid) bool { return !may(g.Village) })
	switch {
	case p.Kind == village.PlaceVillage && len(mine) < len(p.Grids):
		// another village, for a leader
		return nil, true, nil
	case len(mine) > 1 && p.Kind == village.PlaceGrid:
		return nil, true, mine.Choices()
	case len(mine) > 0:
		return mine.Groups(nil), true, nil
	case p.Kind != village.NoPlace || scopeLike.MatchString(word) || r.shortPlaceName(word):
		// "四组", "青山": meant as a scope, of none the sender may notify
		// or of several (青山村, 青山镇); sent to everyone with the word at
		// its head it would go too far
		return nil, true, nil
	}
	return places.Groups(may), false, nil
}

// shortPlaceName reports whether word is the name of a village or of the
// township without its 村, 社区 or 镇 ("青山" for 青山村): a scope
// written short, which the sender is asked to write in full.
func (r *Router) shortPlaceName(word string) bool {
	if utf8.RuneCountInString(word) < 2 {
		return false
	}
	for _, full := range append(r.places.Villages(), r.cfg.Township.Name) {
		for _, suffix := range []string{"村", "社区", "镇", "乡"} {
			if full == word+suffix {
				return true
			}
		}
	}
	return false
}

// ownGridWords name the sender's own grid as a notice's scope: a leader's
// 「通知 本组 周六上午打扫村道」.
var ownGridWords = map[string]bool{"本组": true, "我组": true, "我们组": true, "本网格": true, "本组网格": true, "本群": true}

// noticeSeparators part the scope words of a notice to several places.
const noticeSeparators = "、,，/和"

// scopeLike is a word that names a grid or a village, known or not.
var scopeLike = regexp.MustCompile(`^[\p{Han}0-9]{1,6}(组|村|网格|社区|镇)$`)

// noticeGroupsOf resolves several scope words ("一组、二组"): the groups of
// them all. It is no scope when one is none, and the whole is a scope
// the sender may not notify (no groups) when one of them is such.
func (r *Router) noticeGroupsOf(words []string, who village.Person, officer bool) (groups []string, ok bool, choices []string) {
	if len(words) < 2 {
		return nil, false, nil
	}
	for _, w := range words {
		gs, ok, cs := r.noticeGroups(w, who, officer)
		switch {
		case !ok:
			return nil, false, nil
		case len(cs) > 0:
			return nil, true, cs
		case len(gs) == 0:
			return nil, true, nil
		}
		for _, g := range gs {
			if !slices.Contains(groups, g) {
				groups = append(groups, g)
			}
		}
	}
	return groups, true, nil
}

// ackFillers are what people put around 收到: "好的收到", "收到收到",
// "ok收到", "👌收到", "收到了，谢谢", and who answers: "我家收到了" (one
// of a household answers for it).
var ackFillers = understand.AckFillers()

// readWords say that a notice was read, as 收到 does: "已阅", "知道了".
// A bare "好的" or 👌 is no answer to a notice unless it quotes it (see
// isAssent) or comes soon after it (assentFor): in a group it answers
// anyone.
var readWords = understand.ReadWords()

// assentFor is how long after a notice is posted a villager's bare "好的"
// in the group, quoting nothing, still answers it: later it more likely
// answers someone else.
const assentFor = 3 * time.Hour

// isAck reports whether text is just 收到 (or another of readWords, once
// or more) among fillers. Longer sentences that merely contain it
// ("我收到一个诈骗电话", "收到了吗", "不知道") are not acknowledgements.
func isAck(text string) bool {
	return slices.ContainsFunc(readWords, func(w string) bool { return justSaid(text, w, ackFillers) })
}

// isAssent reports whether text is only what people put around 收到
// ("好的", "好", "👌", "OK"): an answer to the notice it quotes.
func isAssent(text string) bool { return text != "" && justSaid(text, "", ackFillers) }

// ackSeparators end the acknowledgement that opens a longer answer to a
// notice: "收到，我会转告我爸", "好的知道了 我带奶奶去". Without one
// ("收到一个诈骗电话") the read word is part of a sentence.
var ackSeparators = []string{" ", "，", ",", "。", ".", "！", "!", "~", "～", "、", "了", "啦"}

// ackLead splits an answer that opens with an acknowledgement ("好的知道了")
// from what follows it. ok is false when text does not open with one of
// readWords ended by one of ackSeparators.
func ackLead(text string) (rest string, ok bool) {
	s := strings.TrimLeftFunc(text, unicode.IsSpace)
	for cut := true; cut; {
		cut = false
		for _, f := range ackFillers {
			if r, found := strings.CutPrefix(s, f); found && !slices.ContainsFunc(readWords, func(w string) bool { return strings.HasPrefix(s, w) }) {
				s, cut = r, true
			}
		}
	}
	w := slices.IndexFunc(readWords, func(w string) bool { return strings.HasPrefix(s, w) })
	if w < 0 {
		return "", false
	}
	word := readWords[w]
	s = s[len(word):]
	if !strings.HasSuffix(word, "了") && !strings.HasSuffix(word, "啦") &&
		!slices.ContainsFunc(ackSeparators, func(sep string) bool { return strings.HasPrefix(s, sep) }) {
		return "", false
	}
	for cut := true; cut; {
		cut = false
		for _, f := range append(ackSeparators[:len(ackSeparators):len(ackSeparators)], readWords...) {
			if r, found := strings.CutPrefix(s, f); found {
				s, cut = r, true
			}
		}
	}
	return s, true
}

// ackTail splits an answer that ends with an acknowledgement after an
// aside ("我家老人不在家 收到", "我爸不在家，收到了") into the aside; ok is
// false unless a separator (ackSeparators, not 了/啦) stands between them:
// "他说没收到" ends with no acknowledgement.
func ackTail(text string) (aside string, ok bool) {
	s := strings.TrimRight(text, " 。.！!~～了啦")
	for _, w := range readWords {
		before, found := strings.CutSuffix(s, w)
		if !found {
			continue
		}
		aside = strings.TrimRight(before, " ，,。.！!~～、")
		if aside != before && aside != "" {
			return aside, true
		}
	}
	return "", false
}

// chainLine is a numbered line of a 接龙 ("1. 张三 收到", "2、陈二家 已阅").
var chainLine = regexp.MustCompile(`^\s*\d{1,3}\s*[.、．:：)）]?\s*(.*)$`)

// chainAck reads a 接龙 of acknowledgements in a grid group
// ("#接龙\n1. 张三 收到\n2. 陈二 收到"): each who joins copies every line
// before his, so each numbered line names someone who read the notice.
// also are the households of the grid the lines name, besides the
// sender's (which counts as his 收到 does); a name that fits several, or
// none, counts nothing. ok is false unless t is a 接龙 whose lines, or
// its heading, say 收到 (a 接龙 to sign up for something answers no
// notice).
func (r *Router) chainAck(t *turn) (also []string, ok bool) {
	if t.where.kind != inGrid || !strings.Contains(t.text, "接龙") || !strings.Contains(t.text, "\n") {
		return nil, false
	}
	also = []string{} // a 接龙, even of no name known: never the bare 收到 a cadre may take a report with
	saysRead := func(s string) bool {
		return slices.ContainsFunc(readWords, func(w string) bool { return strings.Contains(s, w) })
	}
	var heading strings.Builder
	var lines []string
	for _, l := range strings.Split(t.text, "\n") {
		if m := chainLine.FindStringSubmatch(l); m != nil && !strings.Contains(l, "接龙") {
			lines = append(lines, strings.TrimSpace(m[1]))
		} else {
			heading.WriteString(l)
		}
	}
	all := saysRead(heading.String())
	isName := r.nameIn(t.where.village)
	for _, l := range lines {
		if !all && !saysRead(l) {
			continue
		}
		ok = true
		name, _ := leadingName(strings.TrimLeft(l, "@ "), isName)
		if name == "" {
			continue
		}
		if fits, _ := r.whoIs([]string{t.where.village}, t.where.grid, name, ""); len(fits) == 1 && fits[0].Household != "" {
			if k := fits[0].HouseholdKey(); !slices.Contains(also, k) {
				also = append(also, k)
			}
		}
	}
	return also, ok
}

// ackWithAside reports whether t, which quotes a notice, is the household's
// 收到 with an aside ("收到，我会转告我爸", "好的知道了 我带奶奶去"). What
// follows the acknowledgement must read as no matter of its own: a report
// ("知道了 但我家三天没水了") is the 收到 and a report (see ackThenReport);
// a question ("收到 几点开始") is left to be read and handled as usual,
// and the notice waits for another 收到.
func (r *Router) ackWithAside(ctx context.Context, t *turn) bool {
	rest, ok := ackLead(t.text)
	if !ok {
		rest, ok = ackTail(t.text) // "我家老人不在家 收到"
	}
	if !ok || !understand.HasContent(rest) || strings.ContainsAny(rest, "?？吗") || utf8.RuneCountInString(t.text) > r.max {
		return false
	}
	return r.read(ctx, t, rest).Intent == village.IntentNoise
}

// ackThenReport splits a household's 收到 followed by a matter of its own
// ("知道了 但我家三天没水了", quoting the notice or not) into the two: rest
// is the report without the acknowledgement and the turn after it ("但",
// "不过"), the text to read and file. ok is false unless rest reads as a
// report; a question after it ("知道了吗", "收到 几点开始") acknowledges
// nothing.
func (r *Router) ackThenReport(ctx context.Context, t *turn) (rest string, ok bool) {
	rest, ok = r.afterAck(t)
	if !ok {
		return "", false
	}
	if _, plan := understand.TakesOn(t.text); plan && t.who.Tends(t.where.village, t.where.grid) {
		// "收到 我来处理" from the grid's cadre: what he will do, never a
		// report of its own (an item to note it on was looked for:
		// progressInWords)
		return "", false
	}
	return rest, r.read(ctx, t, rest).Intent == village.IntentReport
}

// afterAck is what follows the acknowledgement that opens t (ackLead),
// without the turn after it ("但", "不过"); ok is false when t opens with
// none, is too long, or says nothing after it but a question of the 收到
// itself ("知道了吗").
func (r *Router) afterAck(t *turn) (rest string, ok bool) {
	rest, ok = ackLead(t.text)
	if !ok || utf8.RuneCountInString(t.text) > r.max {
		return "", false
	}
	for cut := true; cut; {
		cut = false
		for _, w := range ackTurns {
			if after, found := strings.CutPrefix(rest, w); found {
				rest, cut = strings.TrimLeft(after, " ，,、"), true
			}
		}
	}
	if !understand.HasContent(rest) || startsWithAny(rest, "吗", "么", "没", "呢", "?", "？") {
		return "", false
	}
	return rest, true
}

// generalAsk is the category of an approval question that names no
// procedure ("要带户口本不"): after a 收到, a question about the notice.
const generalAsk = "政策咨询"

// ackAndAsk handles a villager's 收到 with a question after it, in his
// grid's group ("收到 周六几点啊", "收到，要带户口本不"): the household's
// 收到, and the question passed to the grid's workers (its leaders when it
// has none) to answer in the group, in the same commit. It was the
// notice's 收到 alone, the question unheard, or a question filed as an
// item of its own. The replies name the notices answered and are dropped
// with them when none is (AckedPlaceholder): a 收到 that answers no
// notice asks nothing of them. A question the notice's own text answers
// (its time, place, what to bring: noticeAnswer; the notice quoted, else
// the latest one followed up there) is answered with its words instead,
// no one bothered: one read of the group's notices first, only when the
// question asks what a notice may tell (askedKinds); 2 round trips then,
// else 1 as before.
func (r *Router) ackAndAsk(ctx context.Context, t *turn) (done bool, err error) {
	if t.where.kind != inGrid || t.who.IsCadre() || t.quote != nil && !noticeRe.MatchString(t.quote.Text) {
		return false, nil
	}
	chat, _ := r.ackChat(t)
	asked, ok := r.afterAck(t)
	if chat == "" || !ok {
		return false, nil
	}
	reading := r.read(ctx, t, asked)
	if reading.Intent != village.IntentQuery && !understand.IsQuestion(asked) ||
		reading.Intent == village.IntentReport && (reading.Type != village.Approval || reading.Category != generalAsk) {
		// no question; a matter of his own ("收到，但我家水管坏了谁来修啊"),
		// or a procedure the bot tells ("身份证丢了咋办"): ackAndReport's
		return false, nil
	}
	who := r.noticeAnswerers(t)
	if len(who) == 0 {
		return false, nil
	}
	n, fixes, quote, told, err := r.noticeAnswering(ctx, t, asked, noticeAck(t, chat).Quoted, true)
	if err != nil {
		return true, err
	}
	if told {
		// "收到 几点去领" after 明天上午9点在村委会领取…: answered from
		// the notice's words, in the 收到's commit; no one bothered
		return true, r.answerFromNotice(ctx, t, n, fixes, asked, quote, chat)
	}
	data := map[string]any{"Who": who, "Asker": r.shown(t.who), "AskerTo": []string{t.m.From}, "Asked": asked, "Group": chat, "Refs": []string{storage.AckedPlaceholder}}
	out := r.noticeAskedOut(t, data)
	ack := noticeAck(t, chat)
	_, err = r.store.Commit(ctx, t.copies.guard(storage.Change{Scope: storage.TownshipScope(r.cfg.Township.Name), MsgID: t.m.ID, Ack: &ack, Out: out}))
	return true, err
}

// ackTurns turn from the acknowledgement to the sender's own matter:
// "知道了 但是…", "收到，不过…".
var ackTurns = []string{"但是", "但", "不过", "可是", "只是", "就是"}

// ackAlso is the 收到 that opened a report (see ackThenReport), nil when
// it answers no notice. Notices live in the township's scope: it is a
// change of its own, deduplicated by the message id + ":acks", which
// rides on the report's filing (turn.then, storage.Change.Then): in the
// same round trip, after the report's own commit, so that an alarm or a
// report is never held back by it.
func (r *Router) ackAlso(t *turn) *storage.Change {
	chat, _ := r.ackChat(t)
	if chat == "" || t.quote != nil && !noticeRe.MatchString(t.quote.Text) {
		return nil // quoting something else: answers no notice
	}
	return r.ackChange(t, chat, "")
}

// ackChange is the change of its own that records t's 收到 (noticeAck) of
// the notices posted to chat, of notice quoted ("N3") alone when set,
// deduplicated by the message id + ":acks": a Then of the message's own
// commit.
func (r *Router) ackChange(t *turn, chat, quoted string) *storage.Change {
	ack := noticeAck(t, chat)
	if quoted != "" {
		ack.Quoted = quoted
	}
	return &storage.Change{Scope: storage.TownshipScope(r.cfg.Township.Name), MsgID: t.m.ID + ":acks", Ack: &ack}
}

// ack records 收到 from a household. Quoting a notice answers that one;
// a bare 收到 answers the latest notice posted to this group and every
// other one posted here that is still followed up (village.Notice.Relayed):
// a household that read two notices says 收到 once, and the
// follow-up must not phone its elders about either (storage.NoticeAck
// chooses them, in the commit). It answers nothing.
func (r *Router) ack(ctx context.Context, t *turn, cmd command) error {
	mayAccept := t.who.Has(village.RoleLeader) || t.who.Has(village.RoleOfficer)
	if t.quote != nil && !strings.Contains(t.quote.Text, "#N") {
		if refs := reportRefs(village.FindRefs(t.quote.Text)); len(refs) > 0 {
			// 收到 to a message about a report (in a group, or the
			// leader's 【私信反映】 in private) acknowledges no notice;
			// who may accept it takes it on (takeQuoted); the reporter's
			// "看到了 谢谢" to his item's 办结 is asked which answer he
			// means (awaited).
			if mayAccept {
				return r.takeQuotedOf(ctx, t, refs, t.text)
			}
			_, err := r.awaitedAnswer(ctx, t, village.Reading{}, refs)
			return err
		}
	}
	if t.where.kind == inOffice && t.quote == nil && t.who.Has(village.RoleOfficer) {
		out, err := r.emergencyAckHint(ctx, t, "")
		if err != nil || len(out) == 0 {
			return err
		}
		return r.commitOut(ctx, t, out)
	}
	if t.where.kind == inPrivate && t.who.IsCadre() {
		if done, err := r.cadreAck(ctx, t); done || err != nil {
			return err
		}
	}
	if done, err := r.alarmAcked(ctx, t); done {
		// "收到 我去看了" from the grid's cadre while its one alarm
		// waits: its 确认 (a bare 收到 goes on, to the notices)
		return err
	}
	if done, err := r.ackWhileAsked(ctx, t); done {
		// "收到" while 「回复「1」登记」 waits for him: told once what
		// answers it; the notices' 收到 rides along
		return err
	}
	chat, private := r.ackChat(t)
	if chat == "" {
		return nil
	}
	ack := noticeAck(t, chat)
	var fresh []village.Report
	if t.quote == nil && !private && t.chain == nil {
		// a cadre's bare 收到 answers what was posted last: a fresh report
		// filed after the group's latest notice is his to take on; a notice
		// posted after it is acknowledged as before (确认 takes the report)
		var err error
		if fresh, _, err = r.freshReports(ctx, t, ""); err != nil {
			return err
		}
		if len(fresh) > 0 {
			ack.Since = askedAt(fresh[0])
		}
	}
	if t.assent && ack.Since.Before(t.at.Add(-assentFor)) {
		// "好的" answers the notice only while it is the group's news
		ack.Since = t.at.Add(-assentFor)
	}
	var out []bot.Outbound
	if t.quote == nil {
		var err error
		if out, err = r.emergencyAckHint(ctx, t, ""); err != nil {
			return err
		}
	}
	if private {
		// in the group 收到 is answered by silence; in private he learns
		// it counted (with no notice waiting, it answered something else,
		// and the commit drops this reply)
		out = append(out, r.back(t, r.textsFor(t).Render("notice.acked", map[string]any{"Refs": []string{storage.AckedPlaceholder}})))
	}
	_, err := r.store.Commit(ctx, storage.Change{Scope: storage.TownshipScope(r.cfg.Township.Name), MsgID: t.m.ID, Ack: &ack, Out: out})
	if errors.Is(err, storage.ErrNoticeOlder) {
		if t.assent {
			return nil // "好的" to someone else, no notice of late
		}
		return r.acceptOneOf(ctx, t, fresh, "")
	}
	return err
}

// cadreAck records a cadre's private 收到 of the notices addressed to him
// (Notice.Cadres) he still answers (Notice.Answerable), or the one he quotes; done is false
// when none waits for his answer.
func (r *Router) cadreAck(ctx context.Context, t *turn) (done bool, err error) {
	me := r.shown(t.who)
	// those sent to him still followed up and those he quotes, however
	// old the rest
	var quoted []string
	if t.quote != nil {
		for _, m := range quotedNoticeRe.FindAllStringSubmatch(t.quote.Text, -1) {
			quoted = append(quoted, m[1])
		}
	}
	notices, err := r.store.RecentNotices(ctx, storage.TownshipScope(r.cfg.Township.Name), storage.NoticesSentTo(me), answeredSince(t.at), quoted...)
	if err != nil {
		return false, err
	}
	var incr []storage.Incr
	var ids []string
	for _, n := range notices {
		quoted := t.quote != nil && strings.Contains(t.quote.Text, "#"+n.ID+"）")
		if n.Held || !slices.Contains(n.Cadres, me) || !quoted && !n.Answerable(t.at) {
			continue
		}
		incr = append(incr, storage.Incr{Hash: storage.AckHash(n.ID), Field: me, By: 1})
		ids = append(ids, "#"+n.ID)
	}
	if len(incr) == 0 {
		return false, nil
	}
	out := []bot.Outbound{r.back(t, r.textsFor(t).Render("notice.acked.cadre", map[string]any{"Refs": ids}))}
	_, err = r.store.Commit(ctx, storage.Change{Scope: storage.TownshipScope(r.cfg.Township.Name), MsgID: t.m.ID, Incr: incr, Out: out})
	return true, err
}

// quotedNoticeRe finds the notices a quoted bot message names as it
// ends one ("…（#N3）").
var quotedNoticeRe = regexp.MustCompile(`#(N\d+)）`)

// ackChat is the group whose notices t's 收到 answers, and whether a
// villager answers them in private; chat is empty when t answers no
// notice: said elsewhere, or by no household.
func (r *Router) ackChat(t *turn) (chat string, private bool) {
	chat = t.m.Chat
	private = t.where.kind == inPrivate && !t.who.IsCadre() && (t.quote == nil || strings.Contains(t.quote.Text, "#N"))
	if private {
		// a villager who answers the notice to the bot: his grid's
		// (a cadre's 收到 in private answers the bot's other messages)
		chat = r.groupOf(t.who.Village, t.who.Grid)
	}
	if t.where.kind != inGrid && !private || t.who.Household == "" {
		return "", private
	}
	return chat, private
}

// noticeAck is t's 收到 of the notices posted to chat, for the sender's
// household: of the one it quotes, when it quotes one (see
// storage.NoticeAck).
func noticeAck(t *turn, chat string) storage.NoticeAck {
	a := storage.NoticeAck{Group: chat, Field: t.who.HouseholdKey(), At: t.at, Also: t.chain}
	if t.quote != nil {
		if i := strings.Index(t.quote.Text, "#N"); i >= 0 {
			a.Quoted = strings.TrimRight(t.quote.Text[i+1:], "）)。 \n")
		}
	}
	return a
}

// answeredSince is the earliest a notice a bare 收到 still answers at now
// (village.Notice.Answerable) can have been posted.
func answeredSince(now time.Time) time.Time {
	return now.Add(-max(village.Notice{}.RelayFor(), village.Notice{Urgent: true}.RelayFor()))
}

// relayedSince is the earliest a notice still passed on by phone at now
// (village.Notice.Relayed, at most RelayMax after it went out) can have
// been posted.
func relayedSince(now time.Time) time.Time {
	return now.Add(-max(village.RelayMax, village.Notice{}.RelayFor(), village.Notice{Urgent: true}.RelayFor()))
}

// emergencyAckHint answers a grid leader's (or worker's) bare 收到 ("收到 马上去") while
// an emergency of his grid waits for acceptance, and a township officer's
// in the township chats while one of any village does: 收到 is what one
// says to the alarm, but only 确认 tells the grid and the duty chat that
// someone is on it and stops the watchdog calling again. It names the
// emergencies and the command (with note, what the officer said he did,
// when there is one emergency: see dutyNote); nil when there are none.
func (r *Router) emergencyAckHint(ctx context.Context, t *turn, note string) ([]bot.Outbound, error) {
	var open []village.Report
	block := "accept.hint.emergency"
	switch {
	case t.where.kind == inGrid && (t.who.Covers(village.RoleLeader, t.where.village, t.where.grid) ||
		t.who.Covers(village.RoleWorker, t.where.village, t.where.grid)):
		var err error
		if open, err = r.gridOpen(ctx, t); err != nil {
			return nil, err
		}
	case t.where.kind == inOffice && t.who.Has(village.RoleOfficer):
		block = "accept.hint.duty"
		for _, v := range r.cfg.Villages {
			reps, err := r.store.AllOpenReports(ctx, storage.VillageScope(v.Name))
			if err != nil {
				return nil, err
			}
			open = append(open, reps...)
		}
	default:
		return nil, nil
	}
	return r.alarmHint(t, open, block, note), nil
}

// alarmHint is emergencyAckHint's answer (block) of the emergencies of
// open that wait for 确认; nil when none does.
func (r *Router) alarmHint(t *turn, open []village.Report, block, note string) []bot.Outbound {
	var refs []string
	var items []map[string]string
	for _, rep := range open {
		// one its reporter said over or took back waits for the leader to
		// check, not for a 确认 (the watchdog left it too)
		if awaitsAccept(rep) {
			refs = append(refs, "#"+rep.ID)
			items = append(items, map[string]string{"Ref": "#" + rep.ID, "Text": rep.Text})
		}
	}
	if len(refs) == 0 {
		return nil
	}
	slices.Sort(refs)
	slices.SortFunc(items, func(a, b map[string]string) int { return strings.Compare(a["Ref"], b["Ref"]) })
	if len(refs) > 1 {
		note = "" // which one he means is his to say: each named, with its words
	} else {
		items = nil
	}
	return []bot.Outbound{r.back(t, r.textsFor(t).Render(block,
		map[string]any{"Who": t.who.Name, "Refs": strings.Join(refs, "、"), "Note": note, "Items": items}))}
}

// dutyNote answers an officer who tells the duty chat in plain words
// what he did about an alarm ("已经通知供电所抢修了", "消防车已经出发了")
// while emergencies are open: of the one his words fit (dutyFit: 消防 a
// fire), they are its 进展, confirming it when nobody had (the township
// acts on it: the watchdog stops), as "#R2 消防车已经出发了" is
// (dutyProgress). Fitting none or several alike, he is shown the 确认s of
// those that wait, with his words, as before. done is false when he says
// no such thing (the store is read only then) or no emergency waits.
func (r *Router) dutyNote(ctx context.Context, t *turn) (done bool, err error) {
	if t.where.chat != r.cfg.Township.EmergencyChat || t.quote != nil || !t.who.Has(village.RoleOfficer) ||
		!containsAnyOf(t.text, append(progressWords, dutyWords...)...) && !onTheWay(t.text) {
		return false, nil
	}
	note := strings.TrimSpace(t.text)
	var open []village.Report
	for _, v := range r.cfg.Villages {
		reps, err := r.store.AllOpenReports(ctx, storage.VillageScope(v.Name))
		if err != nil {
			return true, err
		}
		open = append(open, reps...)
	}
	if rep, ok := dutyFit(t, open, note); ok {
		if may, _, _ := r.may(t.who, vProgress, rep); may {
			t.takeOn = true
			t.implied, t.known = true, []village.Report{rep} // read once: 进展 acts on it as read here
			_, err = r.run(ctx, t, "进展 "+village.TownshipRef(rep.Village, rep.ID, len(r.cfg.Villages) > 1)+" "+note)
			t.known = nil
			return true, err
		}
	}
	if done, err := r.dutyPick(ctx, t, open, note); done {
		// "我马上过去" with a fire and a flood open: 「1」 or 「2」
		return true, err
	}
	out := r.alarmHint(t, open, "accept.hint.duty", note)
	if len(out) == 0 {
		return false, nil
	}
	return true, r.commitOut(ctx, t, out)
}

// dutyWords tell, besides progressWords, of an alarm being dealt with.
var dutyWords = []string{"已安排", "安排了", "已派", "到现场", "已经到了", "人到了", "赶过去", "赶到", "出发了", "在路上", "抢修", "已报警", "报了警",
	"打了119", "打了120", "打了110", "叫了救护车", "消防车"}

// missRepeat: a 未接通 logged this soon after the last one of the task is
// the same try sent again, not another.
const missRepeat = time.Hour

// implicitCall logs a call a grid worker or leader tells the bot without
// 回访, privately or quoting the bot: a person he phones and how it went
// ("高秀英 已通 身体挺好", "徐玉珍打通了，说腿疼"), or just how it went,
// quoting the bot's message that names one person he phones
// ("打通了，身体挺好" to 【电话回访】请今天给高秀英打个电话). Else it is
// not done.
func (r *Router) implicitCall(ctx context.Context, t *turn) (done bool, err error) {
	if t.where.kind == inOffice || !t.who.Has(village.RoleWorker) && !t.who.Has(village.RoleLeader) {
		return false, nil // only they phone: the roster is not searched for a villager's message
	}
	if t.where.kind == inPrivate {
		if told, ok := toldInPersonAll(t.text, r.nameIn(r.callVillage(t))); ok {
			// "陈二家我当面说过了", after the notice follow-up: the
			// household heard it from him; several households in one
			// message ("雷志明屋头我去说了 赵六自己晓得") are one log each
			return true, r.callLog(ctx, t, command{verb: vCall, word: "回访", args: strings.Join(told, "，")})
		}
	}
	mine := r.callable(t.who)
	if len(mine) == 0 {
		return false, nil
	}
	if done, err := r.callAway(ctx, t); done {
		return true, err // "我这几天生病了 电话打不了": for his leader
	}
	if done, err := r.phoneChanged(ctx, t); done {
		return true, err // "白凤兰电话换了 新号139…"
	}
	args := relayAsReached(t.text)
	if named, ok := nameLast(args, func(n string) bool { return slices.Contains(mine, n) }); ok {
		args = named // "打了三次都没人接 王奶奶"
	}
	if m := answeredByKinRe.FindStringSubmatch(args); m != nil && t.where.kind == inPrivate && r.callsName(t.who, mine, m[1]) {
		// "白凤兰孙子接的 挺好的": her call, her grandson answered
		return true, r.callLog(ctx, t, command{verb: vCall, word: "回访", args: m[1] + "的" + m[2] + " " + village.OutcomeReached + " " + m[3]})
	}
	if m := kinAnsweredRe.FindStringSubmatch(args); m != nil && t.where.kind == inPrivate && t.quote == nil {
		// "她孙子接的 挺好的": the call of the one elder he was just
		// asked to phone or just logged a try on; else whose, asked
		if done, err := r.kinAnsweredUnnamed(ctx, t, m[1], m[2], m[3]); done {
			return true, err
		}
	}
	if named, ok := byListNumber(t, args, mine); ok {
		// "1打通了 挺好 2没接" quoting his call list: the numbers are
		// the people it lists
		return true, r.callLog(ctx, t, command{verb: vCall, word: "回访", args: named})
	}
	if t.where.kind != inPrivate && !t.addr {
		// said in the group to no one: only a call log that names one
		// he phones first ("王奶奶打通了 身体还行 就是屋顶漏雨", "白凤兰
		// 打过了 她说…", "去白凤兰家看了 …"), no question, is his
		if strings.ContainsAny(t.text, "?？吗") {
			return false, nil
		}
		isMine := func(n string) bool { return slices.Contains(mine, n) }
		if well, ok := wellLogs(args, isMine); ok {
			args = well // "王奶奶挺好 石德贵没接"
		}
		// "白风兰打通了 挺好": a name of his mistyped is his log all the
		// same, answered with the name he meant (call.unknown)
		if several, ok := dialledNames(args, isMine); ok {
			args = several // "给王奶奶和白凤兰都打了 都挺好"
		}
		if names, _ := callNames(args, isMine); names != nil {
			// "王奶奶和石德贵都打通了": one log each
			return true, r.callLog(ctx, t, command{verb: vCall, word: "回访", args: args})
		}
		if heard, ok, err := r.heardLogs(ctx, t, args, mine); ok || err != nil {
			// "白凤兰挺好的" in the group, of one on his list
			return true, r.callLogged(ctx, t, heard, err)
		}
		isMine = func(n string) bool { return slices.Contains(mine, n) || mistypedName(mine, n) != "" }
		if n, rest, ok := nameBeforeOutcome(args, isMine); ok {
			args = n + " " + rest
		} else if n, _ = leadingName(args, isMine); n == "" || !isCallLog(args, n) {
			return false, nil
		}
		return true, r.callLog(ctx, t, command{verb: vCall, word: "回访", args: args})
	}
	if well, ok := wellLogs(args, func(n string) bool { return slices.Contains(mine, n) }); ok {
		args = well // "王奶奶挺好 石德贵没接"
	}
	if several, ok := dialledNames(args, func(n string) bool { return slices.Contains(mine, n) }); ok {
		args = several // "给王奶奶和白凤兰都打了 都挺好"
	}
	if n, rest, ok := nameBeforeOutcome(args, func(n string) bool { return r.callsName(t.who, mine, n) }); ok {
		args = n + " " + rest // "石德贵打了没人接"
	}
	if names, _ := callNames(args, func(n string) bool { return slices.Contains(mine, n) }); names != nil {
		return true, r.callLog(ctx, t, command{verb: vCall, word: "回访", args: args})
	}
	if n, rest, ok := nameBeforeOutcome(args, r.othersElder(t)); ok && t.where.kind == inPrivate {
		// "高秀英 打了没人接" of an elder another worker phones: a call
		// log all the same, which callLog answers with whose she is
		// (call.notmine), not a report of "打了没人接"
		return true, r.callLog(ctx, t, command{verb: vCall, word: "回访", args: n + " " + rest})
	}
	if name, _, _, ok := parseCallLog(args); !ok || !r.callsName(t.who, mine, name) && mistypedName(mine, name) == "" || !isCallLog(args, name) {
		if heard, ok, err := r.heardLogs(ctx, t, args, mine); ok || err != nil {
			// "白凤兰挺好的", "王奶奶好 石德贵没接 白凤兰挺好": of ones on his list
			return true, r.callLogged(ctx, t, heard, err)
		}
		if done, err := r.heardOfOthers(ctx, t, args); done {
			// 马红梅's "徐玉珍挺好的", 徐玉珍 on 何志强's list
			return true, err
		}
		n := r.quotedCallee(t)
		if args = n + " " + args; n == "" || !isCallLog(args, n) {
			if done, err := r.callNote(ctx, t); done || err != nil {
				return done, err
			}
			return r.listedUnread(ctx, t, mine)
		}
	}
	return true, r.callLog(ctx, t, command{verb: vCall, word: "回访", args: args})
}

// othersElder reports whether n names, in the sender's village, a person
// without WeChat whose calls he may not log (mayCall): one another worker
// phones.
func (r *Router) othersElder(t *turn) func(n string) bool {
	v := r.callVillage(t)
	return func(n string) bool {
		p, err := r.people.Lookup(v, n)
		return err == nil && !p.UsesWeChat && !mayCall(t.who, p)
	}
}

// callWell are what a worker says of how an elder is, having reached her
// ("人挺好", "身体都好"), without an outcome word.
var callWell = []string{"人挺好", "人很好", "人都好", "人没事", "人还好", "身体挺好", "身体很好", "身体还好", "身体好",
	"身体都好", "都挺好", "老人挺好", "精神不错", "一切正常", "都平安"}

// allWell reports whether every clause of note says only that she is
// well ("身体挺好", "挺好的，没啥事"): a log that tells nothing new.
func allWell(note string) bool {
	clauses := strings.FieldsFunc(note, func(r rune) bool { return strings.ContainsRune(callSeps, r) })
	return len(clauses) > 0 && !slices.ContainsFunc(clauses, func(c string) bool {
		if _, need := needIn(c); need {
			return true
		}
		return !containsAnyOf(c, callWell...) && !containsAnyOf(c, "挺好", "很好", "都好", "还好", "还行", "还可以", "没事", "没啥事") && !understand.Reassures(c)
	})
}

// phoneTrouble are what a call note says of the phone itself ("手机没电了"):
// why the call did not do, no problem of the elder's to report.
var phoneTrouble = []string{"手机没电了", "手机没电", "电话没电了", "电话没电", "没信号", "信号不好", "信号差"}

// withoutPhoneTrouble is note without what it says of the phone itself.
func withoutPhoneTrouble(note string) string {
	for _, w := range phoneTrouble {
		note = strings.ReplaceAll(note, w, "")
	}
	return strings.Trim(note, callSeps)
}

// callLater are what a worker says to put a call off ("今天没空 明天打",
// "还没呢 等天晴了再打", "等她儿子回来再说").
var callLater = []string{"明天打", "明天再打", "晚点打", "晚些打", "等会打", "等会儿打", "回头打", "改天打", "下午打",
	"晚上打", "再打", "没空", "没时间", "来不及", "没打", "还没有打", "还没呢", "回来再说", "再说吧", "明天再说", "改天再说", "过两天"}

// notYet are a worker's whole answer to his call reminder, quoting it,
// that he has not phoned yet ("还没").
var notYet = []string{"还没", "没呢", "没有", "还没有"}

// callWhen say when a call or visit was made ("下午", "刚才").
var callWhen = []string{"今天", "刚才", "刚刚", "上午", "下午", "中午", "早上", "晚上", "昨天"}

// callLeads are what may come before the outcome word of a call note
// without a name ("刚打通了", "下午打通了", "今天打了 没接").
var callLeads = []string{"电话", "今天", "刚才", "刚刚", "刚", "已经", "上午", "下午", "中午", "早上", "晚上", "昨天", "刚才", "打了", "打过",
	"又", "还是", "也", "一直", "都", "好几次", "几次", "两次", "三次", "两遍", "一次", "一遍"}

// withoutCallLeads is what comes before a call note's outcome word without
// callLeads and separators, at either end: "" when it is no more than
// them ("下午打通了"), else what is left, which may name the elder at its
// start ("奶奶今天打了 没接" leaves 奶奶).
func withoutCallLeads(s string) string {
	return cutRepeatedly(s, callLeads, strings.Trim, strings.CutSuffix)
}

// cutRepeatedly is s without words and callSeps, cut (at one end, or
// trimmed at both) for as long as one is there.
func cutRepeatedly(s string, words []string, trim func(s, cutset string) string, cut func(s, word string) (string, bool)) string {
	for again := true; again; {
		again = false
		s = trim(s, callSeps)
		for _, w := range words {
			if rest, ok := cut(s, w); ok {
				s, again = rest, true
			}
		}
	}
	return s
}

// endOfName is the one of names (those a worker phones) that ends in
// lead, of two characters or more ("奶奶" for 王奶奶), or "".
func endOfName(names []string, lead string) string {
	found := ""
	for _, n := range names {
		if utf8.RuneCountInString(lead) >= 2 && strings.HasSuffix(n, lead) {
			if found != "" {
				return ""
			}
			found = n
		}
	}
	return found
}

// phoneWords say a note is about phoning: with no call open, only such a
// note is answered as a call's (call.none).
var phoneWords = []string{"打", "电话", "没人接", "没接", "接通"}

// callJustReminded is how long after a call reminder a worker's note
// without a name is about the one call it named.
const callJustReminded = 12 * time.Hour

// callJustLogged is how long after he logged a try on a call a worker's
// note without a name is about that call.
const callJustLogged = 2 * time.Hour

// maxCallNote bounds the private notes read as about a call without a
// name: longer ones are told as usual.
const maxCallNote = 40

// callNote handles what a worker or leader with open call tasks tells the
// bot privately about them without a name, which would otherwise read as
// a report: how a call went ("人挺好，手机没电了") is logged to his one
// open call, or the one he was just reminded of, as if he had named her;
// with several he is asked whom it was about. Putting a call off ("今天
// 没空 明天打") gets how to log one, the tasks staying open. What the
// reader registers unasked (an emergency) is not held back by either.
func (r *Router) callNote(ctx context.Context, t *turn) (done bool, err error) {
	quoted := r.quotesCalls(t)
	if t.where.kind != inPrivate || t.quote != nil && !quoted || utf8.RuneCountInString(t.text) > maxCallNote {
		return false, nil
	}
	at, _, outcome := outcomeAt(t.text)
	named := "" // "奶奶今天打了 没接": the one he calls by the end of her name
	if at >= 0 {
		if lead := withoutCallLeads(t.text[:at]); lead != "" {
			if named = endOfName(r.callable(t.who), lead); named == "" {
				at, outcome = -1, "" // "水管接通了": not how a call went
			}
		}
	}
	well := containsAnyOf(t.text, callWell...)
	said := at >= 0 || well
	_, plans := understand.TakesOn(t.text) // "知道了 明天去": his answer to the reminder
	// "还没呢 等天晴了再打", "等她儿子回来再说", a bare "还没" to the reminder
	bare := slices.Contains(notYet, strings.Trim(t.text, callSeps+"。！!~"))
	if !said && !plans && !bare && !containsAnyOf(t.text, callLater...) {
		return false, nil
	}
	v := r.callVillage(t)
	putOff := "" // "王奶奶 今天没空 明天打": one he phones, named first
	if !said {
		putOff, _ = leadingName(t.text, func(n string) bool { return slices.Contains(r.callable(t.who), n) })
	}
	if putOff == "" && r.namesSomeone(v, t.text) {
		return false, nil // "王奶奶 已通" from one who does not phone her
	}
	open, err := r.openCalls(ctx, t, v)
	if err != nil {
		return false, err
	}
	switch {
	case len(open) == 0 && at >= 0 && quoted && !r.ownMatter(ctx, t):
		// "打了没人接" with no call to make: whom he phoned
		return true, r.reply(ctx, t, "call.usage", map[string]any{"Mine": r.callable(t.who)})
	case len(open) == 0 && at >= 0 && containsAnyOf(t.text, phoneWords...) && !r.ownMatter(ctx, t):
		// "打了没人接" out of the blue: no call waits for him now; a call
		// he made unasked is logged with a name. Words of no phoning
		// ("联系上了 明天上午来") may answer the township's question
		// (askedPrivatelyAnswered), read later
		return true, r.reply(ctx, t, "call.none", map[string]any{"Mine": r.callable(t.who), "Outcome": outcome})
	case len(open) == 0 && !said && (quoted || !bare && r.putsOffCall(ctx, t)):
		return true, r.myCalls(ctx, t, v) // nothing waits: he hears so, and when lists come
	case len(open) == 0, bare && !quoted && !slices.ContainsFunc(open, func(c village.Call) bool {
		return !c.RemindedAt.After(t.at) && t.at.Sub(c.RemindedAt) < callJustReminded
	}):
		return false, nil // a bare "还没" long after any reminder: not his answer to one
	}
	all := open // his next list names them all
	if quoted && putOff == "" {
		// the reminder he answers: the calls it names
		if named := slices.DeleteFunc(slices.Clone(open), func(c village.Call) bool {
			return !strings.Contains(t.quote.Text, r.people.Address(c.PersonKey, c.Person))
		}); len(named) > 0 {
			open = named
		}
	}
	if putOff != "" {
		i := slices.IndexFunc(open, func(c village.Call) bool { return r.people.Address(c.PersonKey, c.Person) == putOff })
		if i < 0 {
			return true, r.myCalls(ctx, t, v) // no call to her waits: he hears which do
		}
		open = open[i : i+1]
	}
	log := t.text
	switch {
	case well && (outcome == village.OutcomeMissed || containsAnyOf(t.text, phoneTrouble...)):
		// "人挺好，手机没电了": the phone did not do, he saw her
		log = village.OutcomeVisited + " " + log
	case at < 0:
		log = village.OutcomeReached + " " + log // she is well: he reached her
	}
	if named != "" {
		return true, r.callLog(ctx, t, command{verb: vCall, word: "回访", args: named + " " + log})
	}
	if said && putOff == "" {
		if c, ok := justCalled(open, t.at, t.who.Name); ok {
			return true, r.callLog(ctx, t, command{verb: vCall, word: "回访", args: r.people.Address(c.PersonKey, c.Person) + " " + log})
		}
	}
	if r.ownMatter(ctx, t) {
		return false, nil
	}
	names := make([]string, len(open))
	for i, c := range open {
		names[i] = r.people.Address(c.PersonKey, c.Person)
	}
	block := "call.later"
	if said {
		block = "call.whom"
		// the example in the form a log takes: "打了 没人接" shows as
		// 回访 王奶奶 未接通, not in his words again
		log = callExample(log)
	}
	// "明天去", "下午过去看看": he will go and see her, not phone
	// as the request to visit he answers ("还没去 等她儿子回来再说")
	visit := plans && !containsAnyOf(t.text, "打", "电话") || quoted && strings.Contains(t.quote.Text, "【请上门看看")
	data := map[string]any{"Names": names, "Log": log, "Visit": visit, "Now": t.at}
	if next, ok := r.listedAgain(all, t.at); ok && !said {
		data["Next"] = next
	}
	return true, r.reply(ctx, t, block, data)
}

// ownMatter reports whether t, a worker's note that might be about his
// calls, is a matter of its own, as the reader tells: an emergency, or
// one to register.
func (r *Router) ownMatter(ctx context.Context, t *turn) bool {
	reading := r.read(ctx, t, t.text)
	return reading.Type == village.Emergency || reading.Handling(true, r.thresholds()) == village.HandleRegister
}

// putsOffCall reports whether t, from one who phones elders but has no
// call open, puts a call off in words about phoning ("还没呢 等天晴了再打"),
// and is no matter of its own.
func (r *Router) putsOffCall(ctx context.Context, t *turn) bool {
	return len(r.callable(t.who)) > 0 && containsAnyOf(t.text, "打", "电话") && !r.ownMatter(ctx, t)
}

// quotesCalls reports whether t quotes the bot's message about calls to
// make: a call list, a retry, a request to visit.
func (r *Router) quotesCalls(t *turn) bool {
	return t.quote != nil && t.quote.Name == r.cfg.BotName && containsAnyOf(t.quote.Text, "【电话回访", "【请上门看看")
}

// listedAgain is when the worker who puts calls off next gets them
// listed (config.CallListedAgain): the soonest of them.
func (r *Router) listedAgain(calls []village.Call, now time.Time) (next time.Time, ok bool) {
	for _, c := range calls {
		if at, listed := r.cfg.CallListedAgain(c, now); listed && (!ok || at.Before(next)) {
			next, ok = at, true
		}
	}
	return next, ok
}

// namesSomeone reports whether text names someone of v (by a name of two
// characters or more).
func (r *Router) namesSomeone(v, text string) bool {
	return slices.ContainsFunc(r.people.All(), func(p village.Person) bool {
		return p.Village == v && utf8.RuneCountInString(p.Name) >= 2 && nameEnd(text, p.Name) >= 0
	})
}

// justCalled is the call a note without a name is about: the one open, or
// the one of them reminded within callJustReminded before at.
func justCalled(open []village.Call, at time.Time, by string) (village.Call, bool) {
	if len(open) == 1 {
		return open[0], true
	}
	// the one he just logged a try on: "去她家看了 屋顶漏雨" after "王奶奶
	// 电话打了 没人接" is about 王奶奶, however many he still has to phone
	var last *village.Call
	for i, c := range open {
		if c.LoggedBy == by && !c.LoggedAt.After(at) && at.Sub(c.LoggedAt) < callJustLogged &&
			(last == nil || c.LoggedAt.After(last.LoggedAt)) {
			last = &open[i]
		}
	}
	if last != nil {
		return *last, true
	}
	var found []village.Call
	for _, c := range open {
		if !c.RemindedAt.IsZero() && !c.RemindedAt.After(at) && at.Sub(c.RemindedAt) < callJustReminded {
			found = append(found, c)
		}
	}
	if len(found) != 1 {
		return village.Call{}, false
	}
	return found[0], true
}

// callsName reports whether name is one of mine, the people w may call
// as shown, or fits some of them (two elders of one name).
func (r *Router) callsName(w village.Person, mine []string, name string) bool {
	return slices.Contains(mine, name) || len(r.calleesNamed(w, w.Village, name)) > 0
}

// isCallLog reports whether args start with name and then how the call
// went ("高秀英 打通了，身体挺好"; not "高秀英说她没接到电话").
func isCallLog(args, name string) bool {
	rest, ok := strings.CutPrefix(args, name)
	rest = strings.TrimLeft(rest, callSeps)
	for _, w := range callAnswerers { // "白凤兰 她儿子接的"
		if after, cut := strings.CutPrefix(rest, w); cut {
			rest = strings.TrimLeft(after, callSeps)
			break
		}
	}
	return ok && slices.ContainsFunc(callOutcomes, func(o callOutcome) bool {
		return slices.ContainsFunc(o.words, func(w string) bool { return strings.HasPrefix(rest, w) })
	})
}

// quotedCallee is the one person whom the turn's sender phones named in
// the bot's message it quotes (his call reminder, a request to visit);
// empty when it quotes none or names several.
func (r *Router) quotedCallee(t *turn) string {
	if t.quote == nil || !strings.Contains(t.quote.Text, "【") {
		return ""
	}
	found := ""
	for _, n := range r.callable(t.who) {
		if strings.Contains(t.quote.Text, n) {
			if found != "" {
				return ""
			}
			found = n
		}
	}
	return found
}

// myCalls answers 回访 alone from a worker or leader: the call tasks still
// open that are his (a leader's: also the visits he was asked for).
//
// While a worker of his grid is away and he covers (awayNow), the away
// worker's open calls are listed too, marked as his (.For), and a line
// says who is away till when (away.note).
func (r *Router) myCalls(ctx context.Context, t *turn, v string) error {
	away := r.awayNow(t, t.who.Village, t.who.Grid)
	covered := map[string]bool{}
	for _, a := range away {
		if a["CoverSelf"] == true {
			covered[a["Key"].(string)] = true
		}
	}
	mine, err := r.openCallsOf(ctx, t, v, covered)
	if err != nil {
		return err
	}
	var names []string
	for _, c := range mine {
		name := ""
		if covered[c.WorkerKey] {
			name = c.Worker
		}
		names = append(names, name)
	}
	relays := slices.ContainsFunc(mine, func(c village.Call) bool { return len(c.NoticeIDs()) > 0 })
	return r.reply(ctx, t, "call.mine", map[string]any{"Now": t.at, "Calls": mine, "Escalated": village.CallEscalated, "Relays": relays,
		"For": names, "Away": away})
}

// openCalls are the call tasks of v still open that are the sender's (a
// leader's: also the visits he was asked for), the earliest due first.
//
// They are read as this process follows them (no round trip when it
// does): the reply decided on them is guarded by the read (turn.copies).
func (r *Router) openCalls(ctx context.Context, t *turn, v string) ([]village.Call, error) {
	return r.openCallsOf(ctx, t, v, nil)
}

// openCallsOf is openCalls with the open calls of the workers with keys
// in covered too (those away he covers for).
func (r *Router) openCallsOf(ctx context.Context, t *turn, v string, covered map[string]bool) ([]village.Call, error) {
	sc := storage.VillageScope(v)
	raws, reads, err := r.store.FollowedOf(ctx, sc, storage.DocsRead{Kind: storage.CallKind, Index: storage.CallsOpen})
	if err != nil {
		return nil, err
	}
	t.copies.add(sc, reads[0])
	open, err := storage.CallsIn(raws[0])
	if err != nil {
		return nil, err
	}
	var mine []village.Call
	for _, c := range open {
		his := c.WorkerKey == t.who.Key() || c.WorkerKey == "" && c.Worker == t.who.Name || covered[c.WorkerKey]
		visit := c.Status == village.CallEscalated && t.who.Covers(village.RoleLeader, c.Village, c.Grid)
		if his || visit {
			mine = append(mine, c)
		}
	}
	slices.SortStableFunc(mine, func(a, b village.Call) int { return a.Due.Compare(b.Due) })
	return mine, nil
}

// callToldAt is when the sender was last sent one of his calls still to
// make (its reminder, a request to visit her); zero when never.
func (r *Router) callToldAt(ctx context.Context, t *turn) (time.Time, error) {
	if !t.who.Has(village.RoleWorker) && !t.who.Has(village.RoleLeader) {
		return time.Time{}, nil
	}
	open, err := r.openCalls(ctx, t, r.callVillage(t))
	var last time.Time
	for _, c := range open {
		for _, at := range []time.Time{c.RemindedAt, c.VisitAskedAt} {
			if at.After(last) && !at.After(t.at) {
				last = at
			}
		}
	}
	return last, err
}

// callVillage is the village whose calls the sender logs: his, or the
// only one configured.
func (r *Router) callVillage(t *turn) string {
	if t.who.Village == "" && len(r.cfg.Villages) == 1 {
		return r.cfg.Villages[0].Name
	}
	return t.who.Village
}

// onlyCallee is the one person named name without WeChat whose calls w
// may log, when the roster has several of that name in v (a namesake who
// uses WeChat, or in another grid); err, unchanged, when he has not one.
func (r *Router) onlyCallee(w village.Person, v, name string, err error) (village.Person, error) {
	found := r.calleesNamed(w, v, name)
	if len(found) != 1 {
		return village.Person{}, err
	}
	return found[0], nil
}

// calleesNamed are the people without WeChat in v whose calls w may log
// whom name fits: by their name or their nickname. None for a name made
// unique by its household ("王奶奶·QS-305").
func (r *Router) calleesNamed(w village.Person, v, name string) []village.Person {
	if name == "" || strings.Contains(name, roster.HouseholdSep) {
		return nil
	}
	var found []village.Person
	for _, p := range r.people.All() {
		if p.Village == v && (p.Name == name || p.Nickname != "" && strings.EqualFold(p.Nickname, name)) &&
			!p.UsesWeChat && mayCall(w, p) {
			found = append(found, p)
		}
	}
	return found
}

// calleeChoice is one of the people a call log's name fits: how to write
// her alone, and her phone's last digits that tell her apart.
type calleeChoice struct {
	Key, PhoneTail string
}

// whichCallee asks w which of the people name fits he phoned, and how to
// write her: by name and household when it is her name, by the name that
// reaches her alone when it is her nickname. Nothing is logged.
func (r *Router) whichCallee(ctx context.Context, t *turn, name, outcome, note string, fits []village.Person) error {
	choices := make([]calleeChoice, len(fits))
	for i, p := range fits {
		key := r.shown(p)
		if p.Name == name && p.Household != "" {
			key = p.Name + roster.HouseholdSep + p.Household
		}
		tail := []rune(p.Phone)
		choices[i] = calleeChoice{Key: key, PhoneTail: string(tail[max(0, len(tail)-4):])}
	}
	return r.reply(ctx, t, "call.which", map[string]any{"Name": name, "Choices": choices,
		"Outcome": outcome, "Note": note})
}

// justLogged is the call to p, of all, the sender logged less than
// missRepeat ago with this outcome and a note it may take (or nil): the
// same message sent again (the same note, its spacing and punctuation
// aside, or none now), or one that only says again she is well in other
// words ("身体挺好", then "打通了 挺好的"), which adds its words to that
// call (more). A note with more to say ("已通" then "已通 她说屋顶漏雨") is
// a log of its own.
func justLogged(all []village.Call, p village.Person, t *turn, outcome, note string) (last *village.Call, more bool) {
	for i := range all {
		c := &all[i]
		if c.PersonKey != p.Key() || c.LoggedBy != t.who.Name || c.Outcome != outcome ||
			c.LoggedAt.After(t.at) || t.at.Sub(c.LoggedAt) >= missRepeat {
			continue
		}
		if note == "" || plainNote(note) == plainNote(c.Note) || strings.Contains(plainNote(c.Note), plainNote(note)) {
			return c, false
		}
		if allWell(note) && (c.Note == "" || allWell(c.Note)) {
			return c, true
		}
	}
	return nil, false
}

// plainNote is a call note without its spacing and punctuation: a note
// retyped ("身体挺好" as "身体挺好。") is the same note.
func plainNote(note string) string {
	return strings.Join(strings.FieldsFunc(note, func(r rune) bool { return strings.ContainsRune(callSeps+clauseCuts, r) }), "")
}

// reachedToday is the last call of p logged today, by t's time, that
// reached her (已通 or 上门), or nil.
func (r *Router) reachedToday(all []village.Call, p village.Person, t *turn) *village.Call {
	var last *village.Call
	for i := range all {
		c := &all[i]
		if c.PersonKey == p.Key() && c.Outcome != village.OutcomeMissed && c.Outcome != "" && !c.LoggedAt.After(t.at) &&
			r.sameDay(c.LoggedAt, t.at) && (last == nil || c.LoggedAt.After(last.LoggedAt)) {
			last = c
		}
	}
	return last
}

// startsWithCallee reports whether args start with the name of one whose
// calls w may log (callable).
func (r *Router) startsWithCallee(w village.Person, args string) bool {
	args = strings.TrimLeft(args, callSeps)
	return slices.ContainsFunc(r.callable(w), func(n string) bool { return strings.HasPrefix(args, n) })
}

// callTypos are 回访 mistyped: the traditional character, and what the
// pinyin input method offers for huifang.
var callTypos = []string{"回訪", "回放", "会访", "回防", "回方"}

// callLog records 回访 名字 已通/未接通/上门 情况. A note that reads as a
// problem becomes a report on the person's behalf.
func (r *Router) callLog(ctx context.Context, t *turn, cmd command) error {
	// "回访工作要做细" glued to ordinary speech is no call log: only an
	// addressed or private message is told how to write one.
	// "回放" (the input method's first pick for huifang) is 回访 only
	// when a call log of a roster name follows: "回放一下视频" is no call.
	// Privately, a mistyped 回访 before the name of one he phones is
	// his call log all the same ("回方 王奶奶 已同"): told how to write
	// it when it does not read, never silence.
	v := r.callVillage(t)
	quiet := cmd.glued && !t.addr && t.where.kind != inPrivate ||
		slices.Contains(callTypos, cmd.word) && !(t.where.kind == inPrivate && r.startsWithCallee(t.who, cmd.args))
	args := relayAsReached(cmd.args)
	if n, rest, ok := spacedName(args, r.nameIn(v)); ok {
		args = n + " " + rest // "回访 王 奶奶 已通"
	} else if n, rest, ok := nameBeforeOutcome(args, r.nameIn(v)); ok {
		args = n + " " + rest // "回访 石德贵打了两次没人接"
	} else if n := r.quotedCallee(t); n != "" && !strings.HasPrefix(args, n) {
		args = n + " " + args // quoting his reminder about her: "回访 已通 挺好"
	}
	if strings.TrimSpace(args) == "" && !quiet && len(r.callable(t.who)) > 0 {
		return r.myCalls(ctx, t, v) // "回访" alone: whom do I still phone?
	}
	if well, ok := wellLogs(args, r.nameIn(v)); ok {
		args = well // "王奶奶挺好 石德贵没接"
	}
	logs := splitCallLogs(args, r.nameIn(v))
	if names, rest := callNames(logs[0], r.nameIn(v)); names != nil {
		logs = logs[1:]
		for _, n := range slices.Backward(names) {
			logs = slices.Insert(logs, 0, n+" "+restFor(rest, n, names))
		}
	}
	if len(logs) > 1 {
		if r.callLogsTogether(ctx, t, cmd, logs) {
			return nil
		}
		// one log each, as if each had his own message
		for i, l := range logs {
			one := *t
			one.m.ID, one.out = t.m.ID+"/"+strconv.Itoa(i), nil
			err := r.callLog(ctx, &one, command{verb: vCall, word: cmd.word, args: l})
			t.out = append(t.out, one.out...)
			if err != nil {
				return err
			}
		}
		return nil
	}
	name, outcome, note, ok := parseCallLog(args)
	if !ok {
		name, note, ok = relayedCall(args)
		outcome = village.OutcomeReached
	}
	if w := deadNumberOf(outcome, args); w != "" && !strings.Contains(note, w) {
		note = strings.TrimSpace(w + " " + note) // "白凤兰的电话是空号": the reason kept
	}
	if !ok {
		if quiet {
			return nil
		}
		if containsAnyOf(args, "覆盖", "完成率") {
			// "@网格小助手 回访覆盖率这个月到底怎么样了…", longer or worded
			// past coverageAsked: a question, answered as it
			if done, err := r.coverageAnswer(ctx, t, coverageAsk{}); done || err != nil {
				return err
			}
		}
		// the example names someone he phones, and he is reminded whom
		return r.reply(ctx, t, "call.usage", map[string]any{"Mine": r.callees(t.who)})
	}
	if _, err := r.people.Lookup(v, name); err != nil {
		if elder, member, ok := r.callKin(t, v, name); ok {
			// "回访 她孙子 已通 …": her call, her grandson answered;
			// "回访 我妈 已通": his own mother's
			if word := callKinRe.FindStringSubmatch(name)[2]; elder.Key() != t.who.Key() && !strings.HasPrefix(name, "我") {
				note = kinAnswered(word, member, note, outcome == village.OutcomeMissed)
			}
			name = r.shown(elder)
		}
	}
	if fits := r.calleesNamed(t.who, v, name); len(fits) > 1 {
		if quiet {
			return nil
		}
		return r.whichCallee(ctx, t, name, outcome, note, fits)
	}
	p, err := r.people.Lookup(v, name)
	if err != nil {
		p, err = r.onlyCallee(t.who, v, name, err)
	} else if elder, ok := r.householdCallee(t.who, p); ok && outcome != village.OutcomeVisited {
		// "回访 金小海 已通": her grandson, whom nobody phones, answered
		// her phone; the call is hers (a visit, "金大海户我当面说过了",
		// stays the household's as written)
		note, p = kinAnswered("", r.shown(p), note, outcome == village.OutcomeMissed), elder
	}
	if err != nil {
		if quiet {
			return nil
		}
		data := map[string]any{"Name": name, "Mine": r.callees(t.who)}
		if meant := mistypedName(r.callable(t.who), name); meant != "" {
			// "回访 石德桂 未接通": one of his mistyped, the log to send
			data["Meant"], data["Example"] = meant, strings.TrimSpace("回访 "+meant+" "+outcome+" "+note)
		}
		if m := callKinRe.FindStringSubmatch(name); m != nil && m[1] != "我" {
			data["Kin"] = m[2] // "她老伴": none of his callees' households lists one
		}
		return r.reply(ctx, t, "call.unknown", data)
	}
	if !mayCall(t.who, p) {
		// not refused for want of a right he lacks: told whose she is
		// and whom to tell what she said
		data := map[string]any{"P": r.shown(p), "Grid": p.Grid, "Said": elderSaid(note),
			"Missed": outcome == village.OutcomeMissed, "Ask": r.leaderNames(p.Village, p.Grid)}
		if w := village.Phoner(r.people.All(), p); w.Name != "" {
			data["Phoner"], data["Phone"] = r.shown(w), w.Phone
		}
		return r.reply(ctx, t, "call.notmine", data)
	}
	note, _ = r.kinNote(p, note) // "她孙子说…" names him: 她孙子金小海说…
	err = r.logCall(ctx, t, p, outcome, note, false)
	if errors.Is(err, errReadAgain) {
		err = r.logCall(ctx, t, p, outcome, note, true)
	}
	if errors.Is(err, storage.ErrUnavailable) && outcome != village.OutcomeMissed {
		r.callAlarmDown(ctx, t, p, note)
	}
	return err
}

// callAlarmDown, with the store down, makes the emergency a call note
// tells of ("回访 王奶奶 已通 她说屋后柴堆着火了") go out as a group's
// alarm does then (Router.storeDown sends what t.unnumbered renders): to
// the duty chat and the elder's grid group, unnumbered, and to the worker
// in place of the apology, saying the call was not logged and is to be
// logged again. Any other note gets the apology alone.
func (r *Router) callAlarmDown(ctx context.Context, t *turn, p village.Person, note string) {
	said := withoutPhoneTrouble(note)
	if relayed, rest := relayNote(note); relayed {
		said = rest // "已转告停水 但是她说…": the elder's own words
	}
	if said == "" {
		return
	}
	reading := needReading(said, r.read(ctx, t, said))
	if reading.Intent != village.IntentReport || reading.Type != village.Emergency {
		return
	}
	rep, _ := r.reportFor(t, p, elderSaid(needOnly(note)), reading)
	t.unnumbered = func() []bot.Outbound {
		out := r.callAlarm(rep, p, true, t.at)
		back := r.toSender(t, r.texts.Render("call.down.emergency", map[string]any{"R": rep, "P": p,
			"LeaderPeople": r.people.InGrid(p.Village, p.Grid, village.RoleLeader)}))
		back.Priority = bot.Urgent
		return append(out, back)
	}
}

// errReadAgain says a decision on the calls as this process follows them
// is to be made again on the calls read from Redis (logCall).
var errReadAgain = errors.New("read the calls again")

// logCall logs the sender's call to p. The calls still to make and,
// when she was reached or missed with no task of hers open (her history
// matters only then), every call to her are read as this process follows them (no round trip when it
// does), and the commit holds only while both lists are as read; it is
// made again on them read from Redis (fresh) when they were not. A reply
// that commits no call (a repeat) is made only on them read from Redis:
// errReadAgain asks for that.
func (r *Router) logCall(ctx context.Context, t *turn, p village.Person, outcome, note string, fresh bool) error {
	sc := storage.VillageScope(p.Village)
	t.scope = sc
	calls, err := r.callsOf(ctx, sc, p, outcome, fresh)
	if err != nil {
		return err
	}
	c, isOpen := calls.task(t, p)
	if last, more := justLogged(calls.all, p, t, outcome, note); !isOpen && last != nil {
		if more {
			// "打通了 挺好的" after "身体挺好": the same call, its words kept
			return r.noteMore(ctx, t, sc, calls, *last, note, fresh)
		}
		if calls.copied {
			return errReadAgain
		}
		return r.reply(ctx, t, "call.logged.repeat", map[string]any{"C": last})
	}
	if reached := r.reachedToday(calls.all, p, t); outcome == village.OutcomeMissed && !isOpen && reached != nil {
		// she was reached (or seen) today: a call that got no answer
		// after it is no miss that asks for a call tomorrow and a visit
		if calls.copied {
			return errReadAgain
		}
		return r.reply(ctx, t, "call.missed.reached", map[string]any{"C": reached, "Now": t.at})
	}
	stay, inHosp := inHospital(note, t.at)
	pause := inHosp && (outcome != village.OutcomeMissed || !stay.heard)
	dead := deadNumberOf(outcome, note)
	if outcome == village.OutcomeMissed && c.Pending() && c.Outcome == village.OutcomeMissed && r.sameDay(c.LoggedAt, t.at) && !pause && dead == "" {
		// a miss is per day: another try today (or the same one sent
		// again) is no second miss that asks the grid leader to visit
		if calls.copied {
			return errReadAgain
		}
		data := r.nextTry(t, c)
		if c.Status == village.CallEscalated {
			// the leader was asked to visit: no call tomorrow to announce
			data["AskedAt"], data["Self"] = c.VisitAsked(), r.leads(t, p)
		}
		return r.reply(ctx, t, "call.missed.repeat", data)
	}
	visitAsked := c.Status == village.CallEscalated
	missedToday := c.Outcome == village.OutcomeMissed && r.sameDay(c.LoggedAt, t.at)
	c.Log(outcome, note, t.who.Name, t.at, r.cfg.Outreach.MaxMisses)
	r.retryToday(&c)
	matter := note
	if pause {
		// in hospital: recorded on the call, her routine calls wait, and
		// only what else the note tells may be her matter
		c.AwayUntil, matter = stay.until, stay.rest
	}
	awayMissed := pause && outcome == village.OutcomeMissed
	if dead != "" {
		escalateDead(&c, t.at, missedToday)
	}
	if awayMissed {
		// "没打通 她儿子说她住院了": not reached, but no miss to try again
		// tomorrow nor a visit to ask for: closed, her calls wait
		c.Status, c.RetryAt = village.CallAway, time.Time{}
		if missedToday && c.Misses > 1 {
			c.Misses-- // today's miss was logged already
		}
	}
	change := storage.Change{Scope: sc, MsgID: t.m.ID, Reads: calls.decided,
		Audit: storage.Audit{At: t.at, By: t.who.Name, Action: "call", Note: p.Name + " " + outcome}}
	out := r.reachedNews(t, p, c, outcome, visitAsked, isOpen, calls.all)
	data := map[string]any{"C": c, "Self": r.leads(t, p), "KinUnlisted": r.kinUnlisted(p, note), "Now": t.at, "Out": stay.out, "Dead": dead,
		"Leaders": r.leadersBut(t, p)}
	var acked []string
	notices := r.callNoticesOf(ctx, t, p, c)
	if awayMissed && matter != "" {
		// "没打通 她儿子说她住院了 家里的鸡没人喂": a need of hers told
		out = append(out, r.elderMatter(ctx, t, p, &c, &change, matter, data, notices)...)
	}
	if outcome != village.OutcomeMissed {
		relayed, _ := relayNote(note)
		if acked, err = r.relayedNotices(notices, note, relayed); err != nil {
			return err
		}
		out = append(out, r.elderMatter(ctx, t, p, &c, &change, matter, data, notices)...)
		if notices.about != "" && !slices.Contains(acked, notices.about) {
			acked = append(acked, notices.about) // "周六去不了": she heard of it
		}
		if unsureHeard(note) {
			// "耳朵背 也不知道听懂没有": the call is logged, what it was
			// to pass on is not passed on till a visit or her family does
			data["Unsure"], acked = acked, nil
		}
		data["Acked"] = acked
		if len(acked) > 0 {
			data["Home"], data["Member"] = r.answeredFor(p)
		}
	}
	block := "call.logged"
	switch {
	case awayMissed:
	case visitAsked && outcome == village.OutcomeMissed:
		// the leader was asked to visit already: the miss is recorded,
		// the ask (and its deadline) is not sent again
		block, data["AskedAt"], data["Now"] = "call.missed.asked", c.VisitAskedAt, t.at
	case c.Status == village.CallEscalated:
		block = "call.escalated"
		data["TownshipAfter"] = r.cfg.Outreach.VisitReminders + 1 // mornings; see the scheduler's calls
		data["Notices"] = c.NoticeIDs()                           // to pass on at the door: the calls could not
		for _, l := range r.people.InGrid(p.Village, p.Grid, village.RoleLeader) {
			out = append(out, bot.Outbound{To: r.shown(l), Kind: bot.Private, Priority: bot.Normal, Text: r.texts.Render("call.visit", data)})
		}
	case outcome == village.OutcomeMissed:
		block, data = "call.missed", r.nextTry(t, c)
		if inHosp {
			data["Heard"] = withoutPhoneTrouble(note) // "听说住院了": a guess pauses nothing
		}
	}
	data["C"] = c
	if !c.AwayUntil.IsZero() {
		data["Away"] = c.AwayUntil
	}
	out = append([]bot.Outbound{r.back(t, r.textsFor(t).Render(block, data))}, out...)
	d, err := storage.CallDoc(c)
	if err != nil {
		return err
	}
	d.RefsFirst = change.Report != nil
	change.Docs, change.Out, change.Then = []storage.Doc{d}, out, r.heardOnCall(t, p, c, isOpen, acked)
	notices.keep(&change)
	t.out = out
	if t.batch != nil {
		t.batch.items = append(t.batch.items, batchItem{c: change}) // callLogsTogether commits it
		return nil
	}
	_, err = r.store.Commit(ctx, change)
	if (errors.Is(err, storage.ErrConflict) || errors.Is(err, storage.ErrAskChanged)) && !fresh {
		// the calls changed since they were read (another process), or a
		// notice was written since the copy the call was decided on
		return errReadAgain
	}
	if errors.Is(err, storage.ErrConflict) || errors.Is(err, storage.ErrAskChanged) {
		return r.busy(ctx, t, "", p.Name+"的回访记录")
	}
	return err
}

// noteMore adds note to call c the sender logged just now (justLogged):
// one call, counted once, saying both. The commit holds only while the
// calls are as read (errReadAgain when they were not).
func (r *Router) noteMore(ctx context.Context, t *turn, sc storage.Scope, calls callsRead, c village.Call, note string, fresh bool) error {
	if c.Note == "" {
		c.Note = note
	} else {
		c.Note += "；" + note
	}
	d, err := storage.CallDoc(c)
	if err != nil {
		return err
	}
	out := []bot.Outbound{r.back(t, r.textsFor(t).Render("call.logged.more", map[string]any{"C": c, "Note": note}))}
	t.out = out
	more := storage.Change{Scope: sc, MsgID: t.m.ID, Reads: calls.decided, Docs: []storage.Doc{d}, Out: out,
		Audit: storage.Audit{At: t.at, By: t.who.Name, Action: "call", Note: c.Person + " " + c.Outcome + " 补记"}}
	if t.batch != nil {
		t.batch.items = append(t.batch.items, batchItem{c: more}) // callLogsTogether commits it
		return nil
	}
	_, err = r.store.Commit(ctx, more)
	switch {
	case errors.Is(err, storage.ErrConflict) && !fresh:
		return errReadAgain
	case errors.Is(err, storage.ErrConflict):
		return r.busy(ctx, t, "", c.Person+"的回访记录")
	}
	return err
}

// callsRead are the calls a call log is decided on (logCall).
type callsRead struct {
	open []village.Call // the calls still to make
	all  []village.Call // every call to the person: when she was reached, or missed with no task open
	// decided are the reads the commit carries; copied, whether any of
	// them is this process's copy.
	decided []storage.IndexRead
	copied  bool
}

// callsOf reads the calls logging outcome for p is decided on: as this
// process follows them, or from Redis (fresh). A miss needs her calls
// only when no task of hers is open (reachedToday): they are read then,
// or along with the calls still to make when those cost a round trip
// anyway, so that a miss on a task the reminders listed reads nothing
// more than before.
func (r *Router) callsOf(ctx context.Context, sc storage.Scope, p village.Person, outcome string, fresh bool) (callsRead, error) {
	open := storage.DocsRead{Kind: storage.CallKind, Index: storage.CallsOpen}
	hers := storage.DocsRead{Kind: storage.CallKind, Index: storage.CallsOf(p.Key())}
	if outcome != village.OutcomeMissed || fresh || !r.store.Follows(sc, open.Kind, open.Index) {
		return r.readCalls(ctx, sc, fresh, open, hers)
	}
	cr, err := r.readCalls(ctx, sc, fresh, open)
	if err != nil || cr.openOf(p) >= 0 {
		return cr, err
	}
	more, err := r.readCalls(ctx, sc, fresh, hers)
	if err != nil {
		return callsRead{}, err
	}
	cr.all, cr.decided, cr.copied = more.open, append(cr.decided, more.decided...), cr.copied || more.copied
	return cr, nil
}

// readCalls reads the calls of reads (the calls still to make, then her
// calls) into a callsRead, in one round trip at most.
func (r *Router) readCalls(ctx context.Context, sc storage.Scope, fresh bool, reads ...storage.DocsRead) (callsRead, error) {
	var raws [][]storage.RawDoc
	var cr callsRead
	var err error
	if fresh {
		raws, err = r.store.DocsOf(ctx, sc, reads...)
	} else {
		raws, cr.decided, err = r.store.FollowedOf(ctx, sc, reads...)
	}
	if err != nil {
		return callsRead{}, err
	}
	cr.copied = slices.ContainsFunc(cr.decided, storage.IndexRead.Copied)
	if cr.open, err = storage.CallsIn(raws[0]); err != nil {
		return callsRead{}, err
	}
	if len(raws) > 1 {
		if cr.all, err = storage.CallsIn(raws[1]); err != nil {
			return callsRead{}, err
		}
	}
	return cr, nil
}

// openOf is the index in cr.open of p's call still to make, or -1.
func (cr callsRead) openOf(p village.Person) int {
	return slices.IndexFunc(cr.open, func(x village.Call) bool { return x.PersonKey == p.Key() })
}

// task is p's call still to make (isOpen), else a new one the sender
// made of his own accord.
func (cr callsRead) task(t *turn, p village.Person) (c village.Call, isOpen bool) {
	if i := cr.openOf(p); i >= 0 {
		return cr.open[i], true
	}
	return village.Call{Village: p.Village, Grid: p.Grid, Person: p.Name, PersonKey: p.Key(), Phone: p.Phone,
		Care: p.Care, Worker: t.who.Name, WorkerKey: t.who.Key(), Topic: village.TopicOwn, Due: t.at, Status: village.CallOpen}, false
}

// reachedNews tells those waiting for word of p that call c got through:
// the grid's leaders asked to visit her (visitAsked), and the township
// office asked to check on her (【联系不上】). all are her calls. The
// worker whose list held c (isOpen: a task, not a call made unasked)
// hears it once when another reached her, so he does not phone again.
func (r *Router) reachedNews(t *turn, p village.Person, c village.Call, outcome string, visitAsked, isOpen bool, all []village.Call) []bot.Outbound {
	var out []bot.Outbound
	if outcome == village.OutcomeMissed {
		return nil
	}
	news := map[string]any{"Person": p.Name, "By": t.who.Name, "Outcome": outcome}
	leaders := r.people.InGrid(p.Village, p.Grid, village.RoleLeader)
	// the worker who phoned her, last told the leader would visit, hears
	// he need not phone: her visit asked for (which keeps his call on the
	// list), reported to the township as unreachable, or her call on his
	// list today made by another (cadre68: 马红梅 logs 何志强's elder)
	told := map[string]bool{}
	toWorker := func(key string) {
		if w, ok := r.personOf(key); ok && w.Key() != t.who.Key() && !told[key] &&
			!slices.ContainsFunc(leaders, func(l village.Person) bool { return l.Key() == w.Key() }) {
			told[key] = true
			out = append(out, bot.Outbound{To: r.shown(w), Kind: bot.Private, Priority: bot.Normal, Text: r.texts.Render("call.reached.worker", news)})
		}
	}
	if visitAsked {
		for _, l := range leaders {
			if l.Key() != t.who.Key() {
				out = append(out, bot.Outbound{To: r.shown(l), Kind: bot.Private, Priority: bot.Normal, Text: r.texts.Render("call.reached", news)})
			}
		}
	}
	if visitAsked || isOpen {
		toWorker(c.WorkerKey)
	}
	if lost, ok := unreachedTold(all, p); ok && r.cfg.Township.OfficeChat != "" {
		out = append(out, bot.Outbound{To: r.cfg.Township.OfficeChat, Kind: bot.Group, Priority: bot.Normal,
			Text: r.texts.Render("call.reached.office", map[string]any{"Lost": lost, "C": c, "Now": t.at})})
		if !visitAsked {
			toWorker(lost.WorkerKey)
		}
	}
	return out
}

// personOf is the roster's person of key (village.Person.Key).
func (r *Router) personOf(key string) (village.Person, bool) {
	i := slices.IndexFunc(r.people.All(), func(p village.Person) bool { return p.Key() == key })
	if i < 0 || key == "" {
		return village.Person{}, false
	}
	return r.people.All()[i], true
}

// elderMatter reads what a reached call's note says the elder p said: a
// matter of hers is filed with the call (in change, c naming it) and its
// posts returned; data gets what the reply says of it.
//
// Her matter that answers a notice the call may pass on (notices:
// "周六去不了 没人陪" after Saturday's 体检) says so in its text, and the
// notice counts as passed on (notices.about) unless the note says she
// was not told.
func (r *Router) elderMatter(ctx context.Context, t *turn, p village.Person, c *village.Call, change *storage.Change, note string, data map[string]any, notices *callNotices) []bot.Outbound {
	said := withoutPhoneTrouble(note)
	if said == "" {
		return nil
	}
	_, said = r.kinNote(p, said) // "她孙子说她腿摔了": what he said is her matter
	if said != note && kinSelfRe.MatchString(said) {
		return nil // "她儿子说他自己腰疼": the son's, not hers; kept in the note
	}
	relayed, rest := relayNote(note)
	reading := r.read(ctx, t, said)
	if relayed && !(reading.Intent == village.IntentReport && reading.Type == village.Emergency) {
		// "已转告停水" confirms a relay, it reports no outage; only
		// what follows a "但是" is read as the elder's own words.
		note, said, reading = rest, rest, village.Reading{}
		if rest != "" {
			reading = r.read(ctx, t, rest)
		}
	}
	// what the rules leave alone as a villager's own aside ("头晕")
	// is, on a call, the need of an elder the grid looks after
	reading = needReading(said, reading)
	if out, ok := r.callEmergencyNews(ctx, t, p, c, change, said, data); ok {
		// "她说火灭了" of her open emergency: its 进展, nothing closed
		return out
	}
	if out, ok := r.callSettles(ctx, t, p, c, change, said, data); ok {
		// "水管修好了 她说没事了" of her item resolved: her 满意;
		// "她说水管还是漏": her 未解决
		return out
	}
	if reading.Intent != village.IntentReport {
		// "她说要办高龄补贴": a procedure the knowledge base holds, asked
		// after on her behalf, is her approval item
		reading = r.procedureAsked(t, said, reading)
		// "她说高龄补贴交了材料两个月了还没批下来": her application not
		// come through, for the leader to chase
		reading = r.chaseTold(t, said, reading)
	}
	if reading.Intent != village.IntentReport {
		if n, ok := notices.heardOf(note, said, reading); ok {
			notices.about = n.ID // "她说周六去": she heard of it, nothing to file
		}
		return nil
	}
	if out, ok := r.callAlarmJoins(ctx, t, p, c, change, said, reading, data); ok {
		// "她说后山着火了" while the group's fire is open: her news of
		// it, as the same words in the group are, no second alarm
		return out
	}
	if open, read, ok := r.openMatter(ctx, t, p, said, reading); ok {
		// her matter is registered and not done: told again, it is news
		// for its handlers, not a second item chased on its own
		*change = read.Guard(*change)
		data["Open"], data["Again"], data["Wake"] = open, elderSaid(needOnly(note)), r.wake(t)
		var out []bot.Outbound
		for _, h := range open.Handlers {
			if h != r.shown(t.who) {
				out = append(out, bot.Outbound{To: h, Kind: bot.Private, Priority: bot.Normal, Text: r.texts.Render("call.report.open.handler", data)})
			}
		}
		return out
	}
	text := elderSaid(needOnly(note))
	if n, ok := notices.noticeOfCall(said, reading); ok {
		text = r.answeringNotice(t, n, text)
		if !containsAnyOf(note, untold...) {
			notices.about = n.ID
		}
	}
	if old, ok := r.recurredOnCall(ctx, t, p, said); ok {
		// "她说屋顶还是漏" weeks after #R1 was closed: a new item, linked
		t.recurs = &old
		defer func() { t.recurs = nil }()
		data["Recurs"], data["RecursAt"] = old.ID, closedAt(old)
	}
	rep, msgs := r.reportFor(t, p, text, reading)
	change.Create, change.Report = true, rep
	c.Report = storage.RefPlaceholder
	data["Ref"], data["Emergency"], data["Said"], data["Cadre"] = storage.RefPlaceholder, rep.Type == village.Emergency, rep.Text, rep.AboutCadre
	data["Status"] = rep.StatusLabel() // where the worker's item stands, with its number
	if rep.Type != village.Emergency {
		data["Caution"] = rep.Hazard // she lives with the danger: the worker reminds her, goes today
	}
	if rep.Private() {
		data["Wake"] = r.wake(t) // the leader's 【私信反映】 waits for the morning
	}
	if proc := r.chaseProcedure(t.hear(rep.Text)); rep.Type == village.Approval && proc != nil {
		data["Chase"] = proc // she applied: when and where to ask, not the how-to
	} else if rep.Type == village.Approval {
		data["Proc"] = r.procedure(t.hear(note)) // for the worker to pass on
	}
	return msgs
}

// chaseTold reads said, a call note read as no report, as the elder's
// approval item when she tells of an application made that has not come
// through, of a procedure the knowledge base holds ("她说高龄补贴交了材料
// 两个月了还没批下来", understand.Chases): the leader is to chase it, as
// her own question after it in the group would have him.
func (r *Router) chaseTold(t *turn, said string, x village.Reading) village.Reading {
	if x.Intent != village.IntentReport && x.Type != village.Emergency && r.chaseProcedure(t.hear(said)) != nil {
		x.Intent, x.Type, x.Category, x.Chases = village.IntentReport, village.Approval, "政策咨询", true
	}
	return x
}

// openMatter finds p's open item (not resolved, no emergency) that what
// she said on a call (said, read as reading) tells again: its words in
// common with the item's (or the same need: "腿还是疼" of "腿有点疼") and
// that it is still not done ("屋顶还在漏" of "屋顶漏雨了"), or a repeat of
// them. Read on her grid's reports as this
// process follows them; read guards the commit decided on them.
func (r *Router) openMatter(ctx context.Context, t *turn, p village.Person, said string, reading village.Reading) (village.Report, storage.ReportsRead, bool) {
	if reading.Type == village.Emergency {
		return village.Report{}, storage.ReportsRead{}, false
	}
	reports, read, err := r.store.FollowedReports(ctx, storage.VillageScope(p.Village), p.Grid, statusRecent)
	if err != nil {
		return village.Report{}, storage.ReportsRead{}, false // registered anew, as before
	}
	again := undoneTalk(said)
	for _, rep := range newest(reports, len(reports), func(rep village.Report) bool {
		return rep.ReportedBy(p) && rep.Status.Open() && rep.Status != village.StatusResolved && rep.Type != village.Emergency
	}) {
		sim := similarity(rep.Text, said)
		// told again the same day (a second call, or the worker's second
		// log of one) needs no "还" to be the same matter
		told := again || r.sameDay(rep.CreatedAt, t.at)
		if sim >= r.cfg.LLM.DuplicateSimilarity || told && (sim > 0 || sameNeed(rep.Text, said) || understand.SharesSubject(t.hear(rep.Text), t.hear(said))) {
			return rep, read, true
		}
	}
	return village.Report{}, storage.ReportsRead{}, false
}

// heardOnCall is the change that records that p's household heard the
// notices acked on the phone, on call c (the task, when isOpen): that is
// its 收到 (and, in a cadre's household, his own: village.NoticeAnswer);
// nil for none. Notices live in the township's scope: it rides on the
// call's commit as its Then, in the same round trip, and is made even
// when the call's commit is refused. It is deduplicated by the call, not
// by the message (callHeardID): a log the worker sends again after being
// asked to (err.busy) is the same call, whose 收到 is counted already.
func (r *Router) heardOnCall(t *turn, p village.Person, c village.Call, isOpen bool, acked []string) *storage.Change {
	var incr []storage.Incr
	heard := village.NoticeHeard(village.Informed(r.people.All()), p)
	for _, id := range acked {
		for _, f := range heard {
			incr = append(incr, storage.Incr{Hash: storage.AckHash(id), Field: f, By: 1})
		}
	}
	if len(incr) == 0 {
		return nil
	}
	return &storage.Change{Scope: storage.TownshipScope(r.cfg.Township.Name), MsgID: r.callHeardID(t, p, c, isOpen, acked), Incr: incr}
}

// callHeardID is what deduplicates the 收到 of the notices acked on a
// call (heardOnCall): the task's number when the call is a task still
// to make (a task is logged reached once: any later log is a repeat or
// another call), else, for a call the worker made of his own accord (its
// number is given by the commit), the person, the worker, the day and
// the notices. A message sent again, or retyped, counts nothing twice;
// another task that passes the notice on again counts again.
func (r *Router) callHeardID(t *turn, p village.Person, c village.Call, isOpen bool, acked []string) string {
	if isOpen && c.ID != "" {
		return "heard:" + p.Village + "/" + c.ID
	}
	return "heard:" + p.Key() + ":" + t.who.Key() + ":" + t.at.In(r.cfg.Location()).Format(time.DateOnly) + ":" + strings.Join(acked, ",")
}

// nextTry is what a reply to a miss logged on c says of the next try:
// when the worker is reminded of it (the next call list on a later day:
// a miss is per day), and whether missing it too asks the grid leader to
// visit. A call that passes notices on, missed early in the day
// (c.RetryAt, see retryToday), is tried again that day: another miss
// today asks no visit.
func (r *Router) nextTry(t *turn, c village.Call) map[string]any {
	data := map[string]any{"C": c, "Now": t.at,
		"VisitNext": c.Status == village.CallOpen && c.Misses+1 >= r.cfg.Outreach.MaxMisses}
	switch {
	case c.Status != village.CallOpen || c.RelayBy.IsZero() || !c.RetryAt.IsZero():
	case !t.at.Before(c.RelayBy):
		data["TooLate"] = c.RelayBy // its notices could be told by then only
	default:
		data["Until"] = c.RelayBy // no reminder comes before then
	}
	if !c.RetryAt.IsZero() {
		data["Next"], data["Today"], data["VisitNext"] = c.RetryAt, true, false
	} else if next, ok := r.cfg.NextCallList(t.at); ok {
		data["Next"] = next
	}
	return data
}

// retryToday sets when the worker who just logged the first miss of the
// day on c (still a call to make) is reminded to try again today: only a
// call that passes notices on, whose day may not wait for tomorrow's
// list (config.SameDayRetry); a routine check-in waits, as a second miss
// the same day does.
func (r *Router) retryToday(c *village.Call) {
	if c.Outcome != village.OutcomeMissed || c.Status != village.CallOpen || len(c.NoticeIDs()) == 0 {
		return
	}
	if at, ok := r.cfg.SameDayRetry(c.LoggedAt); ok && (c.RelayBy.IsZero() || at.Before(c.RelayBy)) {
		c.RetryAt = at // not past the time its list said to tell them by
	}
}

// leads reports whether the sender leads p's grid: he is not told that
// the grid leader follows up, or was asked to visit.
func (r *Router) leads(t *turn, p village.Person) bool {
	return t.who.Covers(village.RoleLeader, p.Village, p.Grid)
}

// sameDay reports whether a and b fall on one day in the configured time
// zone.
func (r *Router) sameDay(a, b time.Time) bool {
	a, b = a.In(r.cfg.Location()), b.In(r.cfg.Location())
	return a.YearDay() == b.YearDay() && a.Year() == b.Year()
}

// unreachedTold is p's call task last closed unreached and reported to the
// township office (【联系不上】), when no call to her got through since.
func unreachedTold(all []village.Call, p village.Person) (village.Call, bool) {
	var lost village.Call
	for _, c := range all {
		if c.PersonKey == p.Key() && c.Status == village.CallUnreached && c.ClosedAt.After(lost.ClosedAt) {
			lost = c
		}
	}
	if lost.ClosedAt.IsZero() {
		return lost, false
	}
	for _, c := range all {
		if c.PersonKey == p.Key() && c.Outcome != "" && c.Outcome != village.OutcomeMissed && c.LoggedAt.After(lost.ClosedAt) {
			return lost, false
		}
	}
	return lost, true
}

// answeredFor names whom a call that passed notices on to p answered them
// for, as the follow-up and 查 #N count them: his household ("唐国平户",
// with member set when p is not its head, "徐玉珍所在的唐国平户"), or
// none (home empty) when it is a cadre's, which no notice counts: the
// call answered for p alone (village.NoticeHeard).
func (r *Router) answeredFor(p village.Person) (home string, member bool) {
	people := r.people.All()
	if village.Informed(people)[p.HouseholdKey()] {
		return "", false
	}
	home = village.HouseholdNames(people)[p.HouseholdKey()]
	return home, !strings.HasPrefix(home, p.Name+"户")
}

// relayedNotices are the notices a reached call passed on to p's
// household: those the task carried, and, when the note says it relayed
// something ("已转告"), the notices of p's grid still passed on by phone
// (village.Notice.PassedOn): those the note names ("已转告暴雨" names the
// storm warning, not the vaccination), or all of them when it names none
// of them nor of those the task carried.
func (r *Router) relayedNotices(notices *callNotices, note string, relayed bool) ([]string, error) {
	out := slices.Clone(notices.carried)
	if !relayed {
		return out, nil
	}
	here, err := notices.open()
	if err != nil {
		return nil, err
	}
	var named []village.Notice
	for _, n := range here {
		if sharesWords(note, n.Text) {
			named = append(named, n)
		}
	}
	if len(named) > 0 {
		here = named
	}
	for _, n := range here {
		if !slices.Contains(out, n.ID) {
			out = append(out, n.ID)
		}
	}
	return out, nil
}

// sharesWords reports whether note and text share two Han characters in a
// row, beyond the words that say a notice was passed on ("转告", "通知",
// "知道"): whether a call's note names what the notice is about.
func sharesWords(note, text string) bool {
	for _, w := range relayWords {
		note = strings.ReplaceAll(note, w, " ")
	}
	rs := []rune(note)
	for i := 0; i+1 < len(rs); i++ {
		if unicode.Is(unicode.Han, rs[i]) && unicode.Is(unicode.Han, rs[i+1]) && !slices.Contains(relayFillers, string(rs[i:i+2])) &&
			strings.Contains(text, string(rs[i:i+2])) {
			return true
		}
	}
	return false
}

// relayFillers are words of a relay note that name no notice: what is
// said around the relay, and the days and times many notices share.
var relayFillers = []string{"通知", "知道", "她说", "他说", "老人", "已经", "一下", "说了", "电话", "已通",
	"今天", "明天", "后天", "今晚", "明晚", "上午", "下午", "晚上", "早上", "中午"}

// relayedCall reads a call log that says only that a notice was passed
// on ("回访 石德贵 已转告 大风降温", the notice follow-up's own words
// without 已通): passed on by phone, the call got through. note keeps the
// relay words, which say which notices the household heard.
func relayedCall(args string) (name, note string, ok bool) {
	name, rest, _ := strings.Cut(strings.TrimLeft(args, callSeps), " ")
	name, rest = strings.Trim(name, callSeps), strings.TrimLeft(rest, callSeps)
	for _, w := range []string{"已转告", "转告了", "已转达", "转达了", "已告知", "告知了", "通知到了"} {
		if name != "" && strings.HasPrefix(rest, w) {
			return name, rest, true
		}
	}
	return "", "", false
}

// relayWords say that a call passed a notice on.
// "跟她说了" is the worker's own telling, never what she said.
var relayWords = []string{"转告", "转达", "传达", "告诉她了", "告诉他了", "告诉了", "已告知", "告知了", "通知到", "已通知", "通知了", "说知道", "知道了", "她知道", "他知道",
	"跟她说了", "跟他说了", "和她说了", "和他说了", "跟她讲了", "跟他讲了", "跟老人说了", "跟她说过了", "跟他说过了"}

// relayContrast starts what an elder said beyond the relay ("已转告，但是屋顶漏雨").
var relayContrast = []string{"但是", "不过", "另外", "还说", "但"}

// relayNote reports whether a call note confirms a relayed notice, and
// what else it says: the clauses that confirm no relay, and the words
// after a contrast within one that does ("已转告，她家屋顶漏雨了", "已转告
// 但是屋顶漏雨"), which may be the elder's own report. "不知道" is no
// confirmation.
func relayNote(note string) (relayed bool, rest string) {
	var kept []string
	for _, c := range strings.FieldsFunc(note, func(r rune) bool { return strings.ContainsRune(" ，。,.!！?？；;：:、\n", r) }) {
		if !containsAnyOf(strings.ReplaceAll(c, "不知道", ""), relayWords...) {
			kept = append(kept, c)
			continue
		}
		relayed = true
		for _, w := range relayContrast {
			if _, after, ok := strings.Cut(c, w); ok && after != "" {
				kept = append(kept, after)
				break
			}
		}
	}
	if !relayed {
		return false, note
	}
	rest = strings.Join(kept, "，")
	for _, w := range relayContrast {
		rest = strings.TrimPrefix(rest, w)
	}
	return true, rest
}

// reportFor builds a report on behalf of p, recorded by the turn's sender,
// and the message that tells p's grid.
func (r *Router) reportFor(t *turn, p village.Person, text string, reading village.Reading) (*village.Report, []bot.Outbound) {
	typ := reading.Type
	if !typ.Valid() {
		typ = village.General
	}
	leaders := r.people.InGrid(p.Village, p.Grid, village.RoleLeader)
	rep := &village.Report{
		Village: p.Village, Grid: p.Grid, Chat: r.groupOf(p.Village, p.Grid), Type: typ, Category: reading.Category,
		Hazard: reading.Hazard, Status: village.StatusNew, Text: text, Reporter: p.Name, Recorder: t.who.Name,
		CreatedAt: t.at, DueAt: r.cfg.AcceptBy(typ, t.at), Source: t.m.ID,
		History: []village.Entry{{At: t.at, By: t.who.Name, Action: village.ActCreate, To: village.StatusNew, Note: "电话回访代报"}},
	}
	if t.recurs != nil {
		rep.Recurs = t.recurs.ID // her item closed weeks ago broke again (recurredOnCall)
	}
	if typ != village.Emergency {
		// "烟囱有点漏烟" on a call carries the safety hint the same words
		// in the group would (reportKind)
		rep.Hazard = understand.Caution(t.hear(text))
	}
	rep.SetReporter(p, r.shown(p))
	rep.SetHandlers(leaders, r.shown)
	r.toldAlone(t, rep) // the worker passes the procedure on: no 确认 asked
	if rep.Category == "" {
		rep.Category = "其他"
	}
	data := map[string]any{"R": rep, "Ref": storage.RefPlaceholder, "Leaders": names(leaders),
		"Chase": typ == village.Approval && r.chaseProcedure(t.hear(text)) != nil}
	if typ == village.Emergency {
		return rep, r.callAlarm(rep, p, false, t.at)
	}
	if r.accusesCadre(t.hear(text), p.Village) {
		// "她说网格长李四收了红包": as her own complaint of a cadre would,
		// it goes to the township only, never to the grid's leaders (the
		// one complained of may be among them)
		rep.Chat, rep.AboutCadre, rep.Status = "", true, village.StatusEscalated
		rep.History = append(rep.History, village.Entry{At: t.at, By: village.SystemActor, Action: village.ActEscalate,
			To: village.StatusEscalated, Note: "涉及村干部，直接报镇里"})
		rep.SetHandlers(nil, r.shown)
		data["ReporterPhone"], data["Now"] = r.phoneFixed(p).Phone, r.readAt(t)
		if t.where.kind == inGrid {
			data["SaidIn"] = t.m.Chat
		}
		return rep, []bot.Outbound{{To: r.cfg.Township.OfficeChat, Kind: bot.Group, Priority: bot.Normal, Text: r.texts.Render("report.cadre.office", data)}}
	}
	if t.where.kind == inPrivate {
		// A call logged privately stays private, as 代报 told the bot in
		// private does: what an elder says on the phone (money, family
		// quarrels, illness) is not the group's to read.
		rep.Chat = ""
		var out []bot.Outbound
		for _, l := range leaders {
			if l.Key() != t.who.Key() { // a leader who logged it knows
				out = append(out, bot.Outbound{To: r.shown(l), Kind: bot.Private, Priority: bot.Normal,
					Text: r.texts.Render("report.private.leader", data)})
			}
		}
		return rep, out
	}
	return rep, []bot.Outbound{{To: rep.Chat, Kind: bot.Group, Priority: bot.Normal, Text: r.groupTexts.Render("call.report", data)}}
}

// callAlarm is what an emergency a call note tells of (rep, of p) sends,
// as urgent as any emergency: the duty chat with the person's phone, the
// grid's leaders and workers called out; down: unnumbered, the store
// being down.
func (r *Router) callAlarm(rep *village.Report, p village.Person, down bool, now time.Time) []bot.Outbound {
	leaders := r.people.InGrid(p.Village, p.Grid, village.RoleLeader)
	workers := r.people.InGrid(p.Village, p.Grid, village.RoleWorker)
	data := map[string]any{"R": rep, "Ref": storage.RefPlaceholder, "Leaders": names(leaders), "Down": down, "Now": now,
		"Responders": appendNew(names(leaders), names(workers)...), "LeaderPeople": leaders, "ReporterPhone": r.phoneFixed(p).Phone, "WorkerPeople": workers,
		// the steps its scene needs, as a first alarm and the re-posts give them
		"Scene": understand.SceneOf(understand.Hear(rep.Text), rep.Hazard)}
	return []bot.Outbound{
		{To: r.cfg.Township.EmergencyChat, Kind: bot.Group, Priority: bot.Urgent, Text: r.texts.Render("report.emergency.duty", data)},
		{To: rep.Chat, Kind: bot.Group, Priority: bot.Urgent, Text: r.groupTexts.Render("call.report.emergency", data)},
	}
}

// noticeRef is the notice a 查 names: "查 #N3", "查 N3" (as 查 R3 is
// written), or 查 quoting the notice.
func noticeRef(t *turn, cmd command) (string, bool) {
	if m := noticeRe.FindStringSubmatch(cmd.args); m != nil {
		return "N" + m[1], true
	}
	if m := bareNoticeRe.FindStringSubmatch(cmd.args); m != nil {
		return "N" + m[1], true
	}
	if t.quote != nil && len(cmd.refs) == 0 {
		if m := noticeRe.FindStringSubmatch(t.quote.Text); m != nil {
			return "N" + m[1], true
		}
	}
	return "", false
}

var noticeRe = regexp.MustCompile(`#\s*[Nn]\s*([0-9]{1,9})`)

// bareNoticeRe is a notice named without its # at the start of a
// command's arguments: "N3", "n3".
var bareNoticeRe = regexp.MustCompile(`^[Nn]\s*([0-9]{1,9})(?:$|[^0-9A-Za-z])`)

// noticeQueryWords are what a cadre writes after 通知 when he asks who
// has answered rather than announces something.
var noticeQueryWords = []string{"未回复", "没回复", "没回", "谁没回复", "谁没回", "谁还没回复", "谁还没回", "回复情况",
	"收到情况", "没收到", "谁没收到", "未收到", "谁没收到"}

// noticeQuery reads the text of a 通知 that is a question about answers:
// "未回复", "#N1", "#N1 谁没回". id is the notice named, empty for the
// latest. A notice with any other words is a notice, even one naming an
// earlier notice ("#N1 的停水改到后天").
func noticeQuery(text string) (id string, ok bool) {
	if m := noticeRe.FindStringSubmatchIndex(text); m != nil {
		id = "N" + text[m[2]:m[3]]
		text = text[:m[0]] + text[m[1]:]
	} else if m := bareNoticeRe.FindStringSubmatchIndex(text); m != nil {
		id = "N" + text[m[2]:m[3]]
		text = text[m[3]:]
	}
	text = strings.Trim(text, " \u3000?？。.!！，,")
	if text == "" {
		return id, id != ""
	}
	return id, slices.Contains(noticeQueryWords, text)
}

// noticeAsks are how a cadre asks the bot in a sentence to send a notice:
// "通知一下三组，后天停水", "帮我发个通知给各村：周六打疫苗".
var noticeAsks = []string{"帮我发个通知", "帮我发一下通知", "帮忙发个通知", "帮我发条通知", "帮我通知一下", "帮忙通知一下", "帮我通知",
	"帮忙通知", "发个通知", "发一下通知", "发条通知", "通知一下", "通知下"}

// everywhere are the words for all of a sender's groups: a township
// officer's 全镇, a grid leader's 全村.
var everywhere = []string{"各村", "各个村", "所有村", "每个村", "各组", "各个组", "所有组", "每个组", "各网格", "大家"}

// noticeInWords answers a cadre who may send notices and asks the bot in
// a sentence to send one: a notice cannot be taken back, so it is not sent
// from a reading of his words; he is shown the command that sends it, with
// the groups it reaches, to send as it is or corrected.
func (r *Router) noticeInWords(ctx context.Context, t *turn, addressed bool) (done bool, err error) {
	officer := t.who.Has(village.RoleOfficer) || t.who.Has(village.RoleAdmin)
	if !addressed || !officer && !t.who.Has(village.RoleLeader) {
		return false, nil
	}
	rest, ok := "", false
	for _, w := range noticeAsks {
		if rest, ok = strings.CutPrefix(strings.TrimSpace(t.text), w); ok {
			break
		}
	}
	if !ok {
		return false, nil
	}
	rest = strings.TrimLeft(strings.TrimPrefix(strings.TrimLeft(rest, " ：:，,"), "给"), " ：:，,")
	scope, body := "", rest
	if i := strings.IndexAny(rest, " ：:，,。"); i > 0 {
		word := rest[:i]
		if slices.Contains(everywhere, word) {
			word = "全村"
			if officer {
				word = "全镇"
			}
		}
		if groups, ok, _ := r.noticeGroups(word, t.who, officer); ok && len(groups) > 0 {
			scope, body = word, rest[i:]
		}
	}
	body = strings.Trim(body, " ：:，,")
	if !understand.HasContent(body) {
		def := "全镇"
		if !officer {
			def = t.who.Village + "全村"
		}
		return true, r.reply(ctx, t, "notice.usage", map[string]any{"Default": def, "Officer": officer, "Word": "通知"})
	}
	groups, _, _ := r.noticeGroups(scope, t.who, officer)
	cmd := strings.Join(slices.DeleteFunc([]string{"通知", scope, body}, func(s string) bool { return s == "" }), " ")
	return true, r.reply(ctx, t, "notice.suggest", map[string]any{"Cmd": cmd, "Groups": groups})
}

// mayAskNotice reports whether w may ask who answered a notice: township
// officers and admins, grid leaders and workers.
func mayAskNotice(w village.Person) bool {
	return w.Has(village.RoleOfficer) || w.Has(village.RoleAdmin) || w.Has(village.RoleLeader) || w.Has(village.RoleWorker)
}

// noticeQueryStatus answers a 通知 that asks who answered: the notice it
// names, or the latest one.
func (r *Router) noticeQueryStatus(ctx context.Context, t *turn, id string) error {
	if id == "" {
		notices, err := r.store.Notices(ctx, storage.TownshipScope(r.cfg.Township.Name), storage.NoticesAll)
		if err != nil {
			return err
		}
		officer := t.who.Has(village.RoleOfficer) || t.who.Has(village.RoleAdmin)
		var latest time.Time
		for _, n := range notices {
			if (officer || n.Village == "" || n.Village == t.who.Village) && !n.At.Before(latest) {
				id, latest = n.ID, n.At
			}
		}
		if id == "" {
			return r.reply(ctx, t, "notice.none", nil)
		}
	}
	return r.noticeStatus(ctx, t, id)
}

// noticeLines is how many households without a 收到 a grid's line names.
const noticeLines = 10

// noticeRow is one grid's answers to a notice.
type noticeRow struct {
	Grid         string
	Answered, Of int
	Pending      []string // household names, at most noticeLines
	MorePending  int
}

// noticeStatus answers 查 #N: per grid the notice went to, how many
// households answered 收到 and which have not. Township officers and
// admins see every grid; grid leaders and workers their village's.
func (r *Router) noticeStatus(ctx context.Context, t *turn, id string) error {
	officer := t.who.Has(village.RoleOfficer) || t.who.Has(village.RoleAdmin)
	if !mayAskNotice(t.who) {
		return r.reply(ctx, t, "refuse", map[string]any{"Verb": "查通知", "Who": "镇干部、网格长或网格员"})
	}
	ts := storage.TownshipScope(r.cfg.Township.Name)
	notices, err := r.store.Notices(ctx, ts, storage.NoticesAll)
	if err != nil {
		return err
	}
	i := slices.IndexFunc(notices, func(n village.Notice) bool { return n.ID == id })
	if i < 0 {
		return r.reply(ctx, t, "notice.unknown", map[string]string{"Ref": id})
	}
	n := notices[i]
	acks, err := r.store.Counters(ctx, ts, storage.AckHash(n.ID))
	if err != nil {
		return err
	}
	if len(n.Cadres) > 0 { // sent to the cadres: answered per person
		var pending []string
		for _, c := range n.Cadres {
			if acks[c] == 0 {
				pending = append(pending, c)
			}
		}
		data := r.noticeData(t, n)
		data["Answered"], data["Pending"] = len(n.Cadres)-len(pending), pending
		t.scope = ts
		return r.reply(ctx, t, "notice.status.cadres", data)
	}
	people := r.people.All()
	names := village.HouseholdNames(people)
	var rows []noticeRow
	total := noticeRow{Grid: "合计"}
	for _, one := range n.ByGrid(people, r.cfg.GridOfGroup, acks) {
		if !officer && one.Village != t.who.Village {
			continue
		}
		row := noticeRow{Grid: one.Village + one.Grid, Answered: len(one.Acknowledged), Of: one.Households()}
		for j, k := range one.Pending {
			if j == noticeLines {
				row.MorePending = len(one.Pending) - j
				break
			}
			row.Pending = append(row.Pending, names[k])
		}
		total.Answered, total.Of = total.Answered+row.Answered, total.Of+row.Of
		rows = append(rows, row)
	}
	data := r.noticeData(t, n)
	data["Rows"], data["Total"], data["Many"] = rows, total, len(rows) > 1
	phones, err := r.noticePhones(ctx, n, rows, acks)
	if err != nil {
		return err
	}
	if n.FollowedUp && !n.PassedOn(t.at) {
		phones = nil // its time passed: no call passes it on now
	}
	for i := range phones {
		if phones[i].Worker == t.who.Name {
			phones[i].Worker = "您" // the worker asking: "王五 2 人" reads as another's
		}
	}
	data["Phones"] = phones
	t.scope = ts
	return r.reply(ctx, t, "notice.status", data)
}

// noticePhones counts, per worker, the calls that pass a notice on.
type noticePhones struct {
	Worker string
	N      int
}

// noticePhones are the calls that pass notice n on, per worker, for 查 #N
// to say what comes next: before its follow-up, the elders without WeChat
// of rows' grids (those the asker sees) whose households have not
// answered; after it, the tasks still open (to make or visits asked for)
// that carry it.
func (r *Router) noticePhones(ctx context.Context, n village.Notice, rows []noticeRow, acks map[string]int64) ([]noticePhones, error) {
	seen := map[string]bool{}
	for _, row := range rows {
		seen[row.Grid] = true
	}
	people := r.people.All()
	informed := village.Informed(people)
	phoner := func(p village.Person) village.Person { return village.Phoner(people, p) }
	var out []noticePhones
	add := func(worker string) {
		if i := slices.IndexFunc(out, func(c noticePhones) bool { return c.Worker == worker }); i >= 0 {
			out[i].N++
			return
		}
		out = append(out, noticePhones{Worker: worker, N: 1})
	}
	if !n.FollowedUp {
		for _, p := range people {
			if p.UsesWeChat || p.Phone == "" || !seen[p.Village+p.Grid] {
				continue
			}
			if field, chased := village.NoticeAnswer(informed, p, phoner); chased && acks[field] == 0 {
				add(phoner(p).Name)
			}
		}
		return out, nil
	}
	villages := map[string]bool{}
	for _, p := range people {
		if seen[p.Village+p.Grid] {
			villages[p.Village] = true
		}
	}
	for _, v := range r.places.Villages() {
		if !villages[v] {
			continue
		}
		open, err := r.store.Calls(ctx, storage.VillageScope(v), storage.CallsOpen)
		if err != nil {
			return nil, err
		}
		for _, c := range open {
			if slices.Contains(c.NoticeIDs(), n.ID) && seen[c.Village+c.Grid] {
				add(c.Worker)
			}
		}
	}
	return out, nil
}

// callees are the people without WeChat whom worker w phones: those the
// roster gives him (责任网格员), and the others of the grids he works in.
func (r *Router) callees(w village.Person) []string {
	var out []string
	for _, p := range r.calleePeople(w) {
		out = append(out, r.shown(p))
	}
	return out
}

// calleePeople are callees, the people themselves.
func (r *Router) calleePeople(w village.Person) []village.Person {
	var out []village.Person
	for _, p := range r.people.All() {
		if p.UsesWeChat || p.Phone == "" || p.Village != w.Village {
			continue
		}
		if p.CaredBy(w) || p.Caretaker == "" && w.Tends(p.Village, p.Grid) {
			out = append(out, p)
		}
	}
	return out
}

// mayCall reports whether w may log calls to p: a leader or worker of
// p's grid, or p's 责任网格员.
func mayCall(w, p village.Person) bool { return w.Tends(p.Village, p.Grid) || p.CaredBy(w) }

// callable are the people without WeChat whose calls w may log (mayCall),
// as shown: the grid leader asked to visit an elder his worker phones is
// one who may.
func (r *Router) callable(w village.Person) []string {
	var out []string
	for _, p := range r.people.All() {
		if !p.UsesWeChat && p.Phone != "" && mayCall(w, p) {
			out = append(out, r.shown(p))
		}
	}
	return out
}

// callOutcome is an outcome of a call and the words that say it.
type callOutcome struct {
	outcome string
	words   []string
}

// callOutcomes are the ways grid workers write how a call went.
var callOutcomes = []callOutcome{
	{village.OutcomeMissed, []string{"未接通", "没接通", "没打通", "没接", "没人接", "无人接听", "打不通", "没通", "未通", "未接",
		"关机", "停机", "空号", "占线", "不在服务区", "号码不对", "号码错了", "号码有误"}},
	// "她儿子接的": someone of her home answered, who passes it on
	// typed in haste: 已同, 以通, 打同 (the input method's homophones)
	{village.OutcomeReached, []string{"已通", "通了", "接通", "已接通", "打通", "打通了", "已联系", "联系上", "接了", "接的",
		"已同", "以通", "打同"}},
	{village.OutcomeVisited, []string{"上门", "走访", "已上门", "入户", "家访", "到家里", "去看了", "去看过", "看过了", "去过了",
		"去她家看了", "去他家看了", "到她家看了", "到他家看了", "去她家看过", "去他家看过", "去家里看了", "去家里看过", "去家看了"}},
}

// callFillers are what workers put between the name and how the call
// went ("石德贵打了没人接", "白凤兰电话关机", "石德贵我去看了").
var callFillers = []string{"的电话是", "电话是", "的号码是", "号码是", "的号码", "打了好几次", "打了几次", "打了两次", "打了三次", "打了两遍", "打了电话", "打了", "打过", "打电话",
	"的电话", "电话", "手机", "那边", "这边", "家里", "家", "我们", "我", "又", "再", "还是", "也", "一直", "今天", "刚才", "刚刚", "刚",
	"上午", "中午", "下午", "晚上", "一次", "一遍", "了", "都"}

// callAnswerers are who of an elder's home may answer her phone, named
// after her name and before how the call went ("白凤兰 她儿子接的"): the
// call got through to her home; the note keeps who answered.
var callAnswerers = []string{"她儿子", "他儿子", "她女儿", "他女儿", "她儿媳", "他儿媳", "她老伴", "他老伴", "她孙子", "他孙子", "她孙女", "他孙女",
	"她家里人", "他家里人", "她家人", "他家人", "儿子", "女儿", "儿媳妇", "儿媳", "老伴", "孙子", "孙女", "家里人", "家人"}

// visitVerbs, after "去王奶奶家", say the worker went to see her.
var visitVerbs = []string{"看过了", "看过", "看了", "看望了", "看看", "坐了坐", "走了一趟"}

// nameBeforeOutcome reads a call log whose name isName takes is followed,
// glued, by filler words and then an outcome word ("石德贵打了两次没人接"),
// or by the phone call and what she said ("给王奶奶打过电话了，她说…",
// which is 已通), or that follows going to her home ("去王奶奶家看了",
// 上门): the name, and the text from the outcome on. ok is false
// otherwise ("王奶奶说她没接到电话": 说 is no filler).
func nameBeforeOutcome(s string, isName func(string) bool) (name, rest string, ok bool) {
	s = strings.TrimSpace(s)
	lead := cutRepeatedly(s, dialLeads, strings.TrimLeft, strings.CutPrefix)
	led := lead != s && startsWithAny(lead, "给", "去", "到")
	if led {
		s = lead // "刚给王奶奶打了电话 …", "今天去白凤兰家看了 …"
	}
	if after, cut := strings.CutPrefix(s, "给"); cut && strings.Contains(after, "打") {
		s = after // "给王奶奶打了电话，…", "给王奶奶打过了 …"
	}
	went := false
	for _, w := range []string{"去", "到"} {
		if after, cut := strings.CutPrefix(s, w); cut && strings.Contains(after, "家") {
			s, went = after, true // "去王奶奶家看了，…"
			break
		}
	}
	rs := []rune(s)
	for n := min(4, len(rs)); n >= 2; n-- {
		name = string(rs[:n])
		if !isName(name) {
			continue
		}
		rest = strings.TrimLeft(string(rs[n:]), callSeps)
		filled := false
		for trimmed := true; trimmed; {
			trimmed = false
			for _, f := range callFillers {
				if after, cut := strings.CutPrefix(rest, f); cut {
					rest, trimmed, filled = strings.TrimLeft(after, callSeps), true, true
					break
				}
			}
		}
		if at, _, _ := outcomeAt(rest); filled && at == 0 {
			return name, rest, true
		}
		if note, ok := dialledNote(string(rs[n:])); ok {
			if at, _, _ := outcomeAt(note); at < 0 || elderSaid(note) != note || answeredByHome(note) {
				// "白凤兰打过了 她说要办高龄补贴", "给王奶奶打了电话 挺好",
				// "王奶奶打过了 她孙子接的": he phoned her and tells what
				// she said, no miss: 已通, the note keeps who answered
				return name, strings.TrimSpace(village.OutcomeReached + " " + note), true
			}
		}
		if went && filled {
			for _, v := range visitVerbs {
				if led && !strings.ContainsAny(v, "了过") {
					continue // "下午去王奶奶家看看": when, then what he will do
				}
				if after, cut := strings.CutPrefix(rest, v); cut {
					return name, strings.TrimSpace(village.OutcomeVisited + " " + strings.TrimLeft(after, callSeps)), true
				}
			}
		}
		if said := elderSaid(rest); filled && said != rest && strings.Contains(string(rs[n:]), "电话") {
			// "给王奶奶打了电话，她说最近头晕": she answered the phone
			return name, village.OutcomeReached + " " + rest, true
		}
	}
	return "", s, false
}

// wellLogs rewrites a message that logs several calls, one after the
// other, where a part names one isName takes and says only that she is
// well, with no outcome word ("王奶奶挺好 石德贵没接"): that part is
// reached (已通), as the note of several calls says of the others. ok
// is false, and args returned as they are, unless every part starts with
// a name and another part tells how its call went.
func wellLogs(args string, isName func(string) bool) (string, bool) {
	var logs []string
	for _, part := range strings.FieldsFunc(args, func(r rune) bool { return strings.ContainsRune(callSeps+"\n", r) }) {
		if n, _ := leadingName(part, isName); n != "" || len(logs) == 0 {
			logs = append(logs, part)
		} else {
			logs[len(logs)-1] += "，" + part
		}
	}
	if len(logs) < 2 {
		return args, false
	}
	logged, well := false, false
	for i, l := range logs {
		n, _ := leadingName(l, isName)
		if n == "" {
			return args, false
		}
		if startsCallLog(l, isName) {
			logged = true
			continue
		}
		rest := strings.TrimLeft(strings.TrimPrefix(l, n), callSeps)
		if !allWell(rest) {
			return args, false
		}
		logs[i], well = n+" "+village.OutcomeReached+" "+rest, true
	}
	if !logged || !well {
		return args, false
	}
	return strings.Join(logs, "，"), true
}

// mistypedName is the one of names (those a worker phones) that name, of
// three characters or more and not itself one of them, mistypes: the
// same length, one character off ("石德桂" for 石德贵); "" for none or
// several.
func mistypedName(names []string, name string) string {
	if utf8.RuneCountInString(name) < 3 || slices.Contains(names, name) {
		return ""
	}
	found := ""
	for _, n := range names {
		if village.OneCharOff(name, n) {
			if found != "" {
				return ""
			}
			found = n
		}
	}
	return found
}

// answeredByHome reports whether note starts with one of her home who
// answered her phone ("她孙子接的 说挺好").
func answeredByHome(note string) bool {
	for _, w := range callAnswerers {
		if after, ok := strings.CutPrefix(note, w); ok {
			at, _, outcome := outcomeAt(strings.TrimLeft(after, callSeps))
			return at == 0 && outcome == village.OutcomeReached
		}
	}
	return false
}

// dialLeads may come between a name and the words that say he phoned her
// ("白凤兰我今天已经打过了").
var dialLeads = []string{"的", "我", "已经", "今天", "刚才", "刚刚", "刚", "上午", "中午", "下午", "晚上", "昨天", "也", "都", "又"}

// dialled are the words that say he phoned her, without how it went
// ("打过了", "电话打了"), the longer of two that start alike first.
var dialled = []string{"打过电话了", "打了电话了", "打过电话", "打了电话", "打电话了", "电话已经打过了", "电话已经打了", "电话打过了",
	"电话打了", "电话打过", "打了好几次", "打了几次", "打了两次", "打了三次", "打了两遍", "打过了", "打过", "打了"}

// dialledNote reads what follows an elder's name as him saying he phoned
// her ("打过了 她说要办高龄补贴", "我今天打过电话了"): the words after it,
// which must be set apart from it or nothing ("打了孙子" is no call; "打
// 了吗" asks).
func dialledNote(s string) (note string, ok bool) {
	s = cutRepeatedly(s, dialLeads, strings.TrimLeft, strings.CutPrefix)
	for _, d := range dialled {
		after, found := strings.CutPrefix(s, d)
		if !found {
			continue
		}
		note = strings.TrimLeft(after, callSeps)
		return note, after == "" || note != after
	}
	return "", false
}

// needOnly is a call note from its first clause that does not say the
// elder is well nor that a notice was passed on ("身体还行 就是屋顶漏雨"
// and "跟她说了 她说烟囱漏烟" are 屋顶漏雨, 她说烟囱漏烟): the matter for the
// leader to handle, without a contrast word before it. A note of which
// no clause is left stays whole.
func needOnly(note string) string {
	rest := note
	for {
		rest = strings.TrimLeft(rest, callSeps)
		i := strings.IndexAny(rest, callSeps)
		if i < 0 {
			break
		}
		// a clause saying the worker passed a notice on ("跟她说了",
		// "已转告") is his narrative, not her matter
		if c := rest[:i]; !containsAnyOf(c, callWell...) && !understand.Reassures(c) && !containsAnyOf(c, "还行", "还可以", "挺好", "都好") &&
			!(containsAnyOf(c, relayWords...) && !containsAnyOf(c, relayContrast...)) {
			break
		}
		rest = rest[i:]
	}
	for _, w := range slices.Concat(relayContrast, []string{"就是", "只是", "可是"}) {
		if after, ok := strings.CutPrefix(rest, w); ok && understand.HasContent(after) {
			rest = strings.TrimLeft(after, callSeps)
			break
		}
	}
	if !understand.HasContent(rest) {
		return note
	}
	return rest
}

// relayLeads are what a worker puts before the elder's words he relays
// ("她说", "她还说", "老人讲"), the longest of those that start alike
// first; the bare verbs ("说", "讲", "反映") are tried after them (see
// elderSaid).
var relayLeads = []string{"老人家还说", "老人家也说", "老人家说", "老人还说", "老人也说", "老人又说", "老人还讲", "老人说", "老人讲", "老人反映",
	"她还说", "他还说", "她也说", "他也说", "她又说", "他又说", "她还讲", "他还讲", "她说", "他说", "她讲", "他讲", "她反映", "他反映",
	"还说", "也说", "又说", "还讲", "还反映"}

// relayedWords reports whether what follows a relay lead is words relayed,
// not the rest of another phrase ("还说不准", "也说不定").
func relayedWords(after string) bool {
	return understand.HasContent(after) && !strings.HasPrefix(after, "不")
}

// elderSaid is what a call note reports in the elder's words, without the
// worker's "说", "她说" or "她还说" before it ("说家里漏雨了" is 家里漏雨了,
// "她还说腿疼" is 腿疼): always an end of the note.
func elderSaid(note string) string {
	// when the worker called or went ("下午去他家看了，他说…" leaves
	// "下午 他说…") is no part of what she said
	said := note
	for cut := true; cut; {
		cut = false
		for _, w := range callWhen {
			if rest, ok := strings.CutPrefix(strings.TrimLeft(said, callSeps), w); ok {
				said, cut = rest, true
			}
		}
	}
	said = strings.TrimLeft(said, callSeps)
	// 讲 is 说 in much of the south-west and south ("她讲灶屋漏雨")
	for _, w := range slices.Concat(relayLeads, []string{"反映", "说", "讲"}) {
		rest, ok := strings.CutPrefix(said, w)
		rest = strings.TrimLeft(rest, callSeps)
		if ok && relayedWords(rest) && !(w == "说" && strings.ContainsAny(string([]rune(rest)[0]), "话明服")) &&
			!(w == "讲" && strings.ContainsAny(string([]rune(rest)[0]), "话究座理课")) {
			return rest
		}
	}
	return note
}

// splitCallLogs splits a message that logs several calls one after the
// other ("王奶奶打通了，都挺好，白凤兰没人接") where a name isName takes
// starts a part with how its call went and the part before says how
// another went. A single log is returned whole.
func splitCallLogs(args string, isName func(string) bool) []string {
	var logs []string
	from := 0
	for at, r := range args {
		if at <= from || !strings.ContainsRune("，,。；;\n ", r) { // at < from: a separator the last split skipped
			continue
		}
		after := strings.TrimLeft(args[at:], callSeps+"\n")
		if !startsCallLog(after, isName) {
			continue
		}
		if before := strings.Trim(args[from:at], callSeps+"\n"); before != "" {
			if o, _, _ := outcomeAt(before); o >= 0 {
				logs = append(logs, before)
				from = len(args) - len(after)
			}
		}
	}
	return append(logs, strings.Trim(args[from:], callSeps+"\n"))
}

// startsCallLog reports whether s starts with a name isName takes and how
// its call went ("白凤兰没人接", "石德贵打了没人接").
func startsCallLog(s string, isName func(string) bool) bool {
	n, _ := leadingName(s, isName)
	if n == "" {
		return false
	}
	_, _, ok := nameBeforeOutcome(s, isName)
	return ok || isCallLog(s, n)
}

// callSeps separate a call log's name, outcome and note.
const callSeps = " ,，:：、。；;"

// parseCallLog reads a call log's arguments, "王奶奶 已通 身体挺好", also
// glued ("王奶奶已通，身体挺好"): the first outcome word (the longest where
// several start at one place) splits the name before it from the note
// after it; words between the name and the outcome join the note.
func parseCallLog(args string) (name, outcome, note string, ok bool) {
	at, end, outcome := outcomeAt(args)
	if at < 0 {
		return "", "", "", false
	}
	before := strings.FieldsFunc(args[:at], func(r rune) bool { return strings.ContainsRune(callSeps, r) })
	if len(before) == 0 {
		return "", "", "", false
	}
	after := args[end:]
	if !strings.HasPrefix(after, "了解") {
		// "上门了 人挺好", "关机了": 了 is the outcome's, no note
		after = strings.TrimPrefix(after, "了")
	}
	rest := append(before[1:], strings.Trim(after, callSeps))
	return before[0], outcome, strings.TrimSpace(strings.Join(rest, " ")), true
}

// callExample is log, a call note naming no one ("打了 没人接", "上门
// 人挺好 打了没人接"), in the form a log is written: the outcome's own
// word first (已通, 未接通, 上门), then the note without the outcome's
// words and the call leads before them ("未接通", "上门 人挺好").
func callExample(log string) string {
	first, note, _ := strings.Cut(strings.TrimSpace(log), " ")
	outcome := ""
	if first == village.OutcomeReached || first == village.OutcomeMissed || first == village.OutcomeVisited {
		outcome = first // put first by callNote: the rest is his words
	} else {
		note = log
	}
	if at, end, said := outcomeAt(note); at >= 0 {
		if outcome == "" {
			outcome = said
		}
		after := note[end:]
		if !strings.HasPrefix(after, "了解") {
			after = strings.TrimPrefix(after, "了")
		}
		note = withoutCallLeads(note[:at]) + " " + strings.Trim(after, callSeps)
	}
	return strings.TrimSpace(outcome + " " + strings.TrimSpace(note))
}

// outcomeAt finds the first outcome word in args (the longest where
// several start at one place): where it starts and ends, and the outcome
// it says; at is -1 when args has none.
func outcomeAt(args string) (at, end int, outcome string) {
	at, end = -1, -1
	for _, o := range callOutcomes {
		for _, w := range o.words {
			i := strings.Index(args, w)
			if w == "已同" && strings.HasPrefix(args[max(i, 0):], "已同意") {
				continue // "她已同意": consent, not 已通 mistyped
			}
			if i >= 0 && (at < 0 || i < at || i == at && i+len(w) > end) {
				at, end, outcome = i, i+len(w), o.outcome
			}
		}
	}
	return at, end, outcome
}

// callNames reads a call log of several people ("王奶奶、石德贵 已通",
// "王奶奶和石德贵都打通了，都挺好"): the names before the outcome, when
// there are two or more and isName takes each, and the log from the
// outcome on, which each of them gets.
func callNames(args string, isName func(string) bool) (names []string, rest string) {
	at, _, _ := outcomeAt(args)
	if at < 0 {
		return nil, ""
	}
	head := strings.TrimRight(args[:at], callSeps)
	for _, w := range []string{"都", "也", "均"} {
		head = strings.TrimRight(strings.TrimSuffix(head, w), callSeps)
	}
	for _, f := range strings.FieldsFunc(head, func(r rune) bool { return strings.ContainsRune(callSeps+"和跟与", r) }) {
		glued := gluedNames(f, isName) // "石德贵白凤兰都通知到了"
		if glued == nil {
			return nil, ""
		}
		names = append(names, glued...)
	}
	if len(names) < 2 {
		return nil, ""
	}
	return names, args[at:]
}

// dialledNames reads a note that he phoned several he phones, named
// before the words that say so, how it went after them ("给王奶奶和白凤兰
// 都打了 都挺好"): as a log of them all (callNames reads it), reached
// unless the words after say otherwise ("王奶奶、白凤兰 已通 都挺好").
func dialledNames(args string, isName func(string) bool) (string, bool) {
	s := cutRepeatedly(args, dialLeads, strings.TrimLeft, strings.CutPrefix)
	s = strings.TrimPrefix(s, "给")
	at := strings.Index(s, "打")
	if at < 0 {
		return args, false
	}
	head := strings.TrimRight(s[:at], callSeps)
	for _, w := range []string{"都", "也", "均", "电话", "我"} {
		head = strings.TrimRight(strings.TrimSuffix(head, w), callSeps)
	}
	var names []string
	for _, f := range strings.FieldsFunc(head, func(r rune) bool { return strings.ContainsRune(callSeps+"和跟与", r) }) {
		glued := gluedNames(f, isName)
		if glued == nil {
			return args, false
		}
		names = append(names, glued...)
	}
	note, ok := dialledNote(s[at:])
	if len(names) < 2 || !ok {
		return args, false
	}
	if o, _, _ := outcomeAt(note); o >= 0 {
		return strings.Join(names, "、") + " " + note, true // "都打了 都没人接"
	}
	return strings.TrimSpace(strings.Join(names, "、") + " " + village.OutcomeReached + " " + note), true
}

// gluedNames reads s as names isName takes written one after the other
// with nothing between ("石德贵白凤兰"), or nil when it is not.
func gluedNames(s string, isName func(string) bool) []string {
	var names []string
	for s != "" {
		n, width := leadingName(s, isName)
		if n == "" {
			return nil
		}
		names, s = append(names, n), s[width:]
	}
	return names
}

// relayStarts open what a worker writes to say he passed a notice on
// without saying how the call went ("王奶奶已转告", "石德贵通知到了").
var relayStarts = []string{"已转告", "转告了", "转告过了", "已转达", "转达了", "已告知", "告知了", "通知到了", "都通知到了", "已通知到", "已通知",
	"通知了", "告诉她了", "告诉他了", "也说了", "都说了", "说过了", "跟她说了", "跟他说了"}

// listedRe is a numbered line of the bot's call list: "2. 王奶奶 139…".
var listedRe = regexp.MustCompile(`(?m)^([0-9]{1,2})\. (\p{Han}{2,5}(?:·[^\s]+)?) `)

// numberRe is a list number that starts a part of a worker's answer:
// "1打通了", "2 没接", "第二个没接"'s digits form, after a separator.
var numberRe = regexp.MustCompile(`(?:^|[\s,，。；;、])(?:第)?([0-9]{1,2})\s*(?:[.、号个]|\s)?\s*`)

// byListNumber reads text quoting the bot's numbered call list as call
// logs that name the people by their numbers on it ("1打通了 挺好 2没
// 接"): the text with each number replaced by the name the list gives it
// (one of mine). ok is false when it quotes no such list or a number
// names no one listed.
func byListNumber(t *turn, text string, mine []string) (string, bool) {
	if t.quote == nil || !strings.Contains(t.quote.Text, "【电话回访】") || !strings.ContainsAny(text, "0123456789") {
		return "", false
	}
	listed := map[string]string{}
	for _, m := range listedRe.FindAllStringSubmatch(t.quote.Text, -1) {
		listed[m[1]] = m[2]
	}
	var b strings.Builder
	last := 0
	for _, m := range numberRe.FindAllStringSubmatchIndex(text, -1) {
		name, ok := listed[text[m[2]:m[3]]]
		if !ok || !slices.Contains(mine, strings.Split(name, "·")[0]) {
			return "", false
		}
		b.WriteString(text[last:m[2]])
		if strings.HasSuffix(b.String(), "第") {
			s := b.String()
			b.Reset()
			b.WriteString(strings.TrimSuffix(s, "第"))
		}
		b.WriteString(name + " ")
		last = m[1]
	}
	if last == 0 {
		return "", false
	}
	b.WriteString(text[last:])
	return strings.TrimSpace(b.String()), true
}

// toldInPerson reads a worker's words that he told a household the
// notice himself ("陈二家我当面说过了", "周八家也知道了", "张三 通知到了"):
// a name isName takes, then 家 (or 户) and fillers, then words of telling and
// nothing more. outcome is 上门 when he says he was there (当面, 上门, 去),
// else 已通.
func toldInPerson(text string, isName func(string) bool) (name, outcome string, ok bool) {
	s := strings.TrimSpace(text)
	if utf8.RuneCountInString(s) > 16 || strings.ContainsAny(s, "?？吗没不") {
		return "", "", false
	}
	name, width := leadingName(s, isName)
	if name == "" {
		return "", "", false
	}
	rest := strings.TrimLeft(s[width:], callSeps)
	home := false
	// 户: as the follow-up lists it ("金大海户"); 屋头, 屋里: 家 in the
	// south-west ("雷志明屋头我去说了")
	for _, w := range []string{"家", "户", "屋头", "屋里"} {
		if after, cut := strings.CutPrefix(rest, w); cut {
			rest, home = after, true
			break
		}
	}
	filled := home
	outcome = village.OutcomeReached
	for cut := true; cut; {
		cut = false
		rest = strings.TrimLeft(rest, callSeps)
		for _, f := range []string{"我", "也", "都", "已经", "自己", "当面", "上门", "去", "电话"} {
			if after, found := strings.CutPrefix(rest, f); found {
				if f == "当面" || f == "上门" || f == "去" {
					outcome = village.OutcomeVisited
				}
				rest, cut, filled = after, true, true
			}
		}
	}
	rest = strings.TrimRight(rest, callSeps+"啊的")
	// "说了" alone after a bare name may be what she said ("张三说了")
	if slices.Contains(relayStarts, rest) || filled && slices.Contains([]string{"知道了", "晓得了", "晓得", "说了"}, rest) {
		return name, outcome, true
	}
	return "", "", false
}

// toldInPersonAll is toldInPerson of text, or else of each of its parts
// (split at spaces and commas), as call logs "name outcome 已转告": ok only
// when the whole is one, or every part.
func toldInPersonAll(text string, isName func(string) bool) (logs []string, ok bool) {
	if name, outcome, ok := toldInPerson(text, isName); ok {
		return []string{name + " " + outcome + " 已转告"}, true
	}
	for _, part := range strings.FieldsFunc(text, func(r rune) bool { return strings.ContainsRune(" ，,、；;。\n", r) }) {
		name, outcome, ok := toldInPerson(part, isName)
		if !ok {
			return nil, false
		}
		logs = append(logs, name+" "+outcome+" 已转告")
	}
	return logs, len(logs) > 0
}

// relayAsReached is a call log that tells only that a notice was passed
// on, after the names ("王奶奶已转告", "石德贵白凤兰都通知到了"), with 已通
// put before the relay words, which stay the note (they say which
// notices the household heard): passed on by phone, the call got
// through. Other text is returned as it is.
func relayAsReached(s string) string {
	at, _, _ := outcomeAt(s)
	for _, w := range relayStarts {
		i := strings.Index(s, w)
		if i <= 0 || at >= 0 && at < i {
			continue
		}
		head := strings.TrimRight(s[:i], callSeps)
		for _, f := range []string{"都", "也", "均", "我", "已经", "电话"} {
			head = strings.TrimRight(strings.TrimSuffix(head, f), callSeps)
		}
		if head == "" {
			return s
		}
		return head + " " + village.OutcomeReached + " " + s[i:]
	}
	return s
}

// restFor is what a log of several people's calls (rest: from the
// outcome on, "打通了，王奶奶说药快吃完了，石德贵挺好") says of name: a
// clause that starts with one of names, and those after it up to the next
// that starts with another, are that one's ("白凤兰腿疼 没事" is all
// 白凤兰's); hers are said without her name ("打通了，说药快吃完了"), the
// clauses before any name are everyone's.
func restFor(rest, name string, names []string) string {
	var kept []string
	whose := ""
	for _, c := range strings.FieldsFunc(rest, func(r rune) bool { return strings.ContainsRune(" ，,。；;", r) }) {
		for _, n := range names {
			if strings.HasPrefix(c, n) {
				whose, c = n, strings.TrimLeft(strings.TrimPrefix(c, n), callSeps)
			}
		}
		if c != "" && (whose == "" || whose == name) {
			kept = append(kept, c)
		}
	}
	return strings.Join(kept, "，")
}

func shortenNote(s string) string {
	if r := []rune(s); len(r) > 60 {
		return string(r[:60]) + "…"
	}
	return s
}
