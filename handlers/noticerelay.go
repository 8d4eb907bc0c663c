package handlers

import (
	"cmp"
	"context"
	"errors"
	"maps"
	"strings"
	"unicode/utf8"

	"gridbot/bot"
	"gridbot/handlers/words"
	"gridbot/storage"
	"gridbot/village"
)

// noticePassedOn takes a villager's word in his grid's group that he
// passed the notice on (words.RelayAbout: 「王奶奶那边我告诉她了」, 「我跟我妈说
// 了」) as his household's 收到 of the notices a bare 收到 answers, posted
// there within the last two days (words.AnsweredSince): he plainly read it. Kin,
// or one of his household, named: nothing more, and silence, as a 收到 in
// the group gets. Another household of the grid named: its 收到 is not
// counted (his word is not theirs), but the notices keep that he said so
// (storage.NoticeAck.Told) for the worker's chase list (「张三说已转告」),
// and he is told so. One commit; done is false when t says no such thing,
// and true, nothing said, when no notice of late was posted there
// (ErrNoticeOlder). A neighbour with a post that is not the grid's (the
// shop's 周八, the scoring group's 赵六) is a household like any; the
// grid's own leaders and workers are asked here only of a household that
// uses WeChat (notice72: 「赵六那边我告诉他了」, his 已转告 kept for it as a
// neighbour's is, the reply naming no worker to confirm): their word of
// having told an elder is their call log, read before.
func (r *Router) noticePassedOn(ctx context.Context, t *turn, addressed bool) (done bool, err error) {
	own := t.who.Tends(t.where.Village, t.where.Grid)
	if addressed || t.where.Kind != words.InGrid || t.quote != nil && !words.NoticeRe.MatchString(t.quote.Text) || utf8.RuneCountInString(t.text) > maxPassedOn || !words.MayBeRelay(t.text) {
		return false, nil
	}
	chat, _ := r.ackChat(t)
	if chat == "" {
		return false, nil
	}
	byName, names := r.relayNames(t, func(p village.Person) bool { return p.Village == t.where.Village && p.Grid == t.where.Grid })
	name, topic, ok := words.RelayAbout(t.text, names)
	if p, other := byName[name]; !ok || own && (!other || !p.UsesWeChat || p.HouseholdKey() == t.who.HouseholdKey()) {
		return false, nil
	}
	about, ok, err := r.relayedNotice(ctx, t, r.groupOf(t.where.Village, t.where.Grid), topic)
	if err != nil || !ok {
		return false, err // 「修路的事我跟赵六说过了」: no notice's, talk of something else
	}
	ack := noticeAck(t, chat)
	ack.Since = words.AnsweredSince(t.at) // a notice of late: not the group's last of a month ago
	ack.Quoted = about                    // 「体检的事…」: that notice only
	var out []bot.Outbound
	if p, other := byName[name]; other && p.HouseholdKey() != t.who.HouseholdKey() {
		if own {
			// the grid's own word: her household's 收到 (call74)
			ack, out = r.gridPassedOn(t, ack, []village.Person{p})
		} else {
			ack.Told = []string{storage.ToldField(p.HouseholdKey(), r.shown(t.who))}
			out = []bot.Outbound{r.back(t, r.textsFor(t).Render("notice.passedon", map[string]any{"AskerTo": []string{t.m.From},
				"Told": p.Name, "Acked": storage.AckedPlaceholder, "Who": r.noticeAnswerers(t),
				"Workers": len(r.people.InGrid(t.where.Village, t.where.Grid, village.RoleWorker)) > 0}))}
		}
	}
	_, err = r.commit(ctx, t, t.copies.guard(storage.Change{Scope: storage.TownshipScope(r.cfg.Township.Name), MsgID: t.m.ID, Ack: &ack, Out: out,
		Audit: storage.Audit{At: t.at, By: t.who.Name, Action: "notice_passed_on", Note: words.ShortText(t.text)}}))
	if errors.Is(err, storage.ErrNoticeOlder) {
		if own {
			// only a notice posted minutes ago: not what he passed on
			if done, err := r.freshOnly(ctx, t, chat, byName[name].Name); done {
				return true, err
			}
		}
		return true, nil // no notice of late: talk of something else
	}
	return true, err
}

// relayedNotice is the notice a relay that names what it passed on
// (words.RelayAbout's topic: 「体检的事我跟赵六说过了」) is of: the latest
// posted to group grp that a 收到 there still answers and that topic
// names (words.NamesNotice), decided on this process's copy of grp's
// notices when it holds one (the commit guarded by it, turn.copies), that
// none is on Redis's. about is "" and ok true for a relay that names
// nothing (the notices a bare 收到 answers); ok is false when no notice
// is named (call76).
func (r *Router) relayedNotice(ctx context.Context, t *turn, grp string, topic []string) (about string, ok bool, err error) {
	if len(topic) == 0 {
		return "", true, nil
	}
	n, _, ok, err := r.groupNoticeOn(ctx, t, grp, words.NoticeFoundGuarded, func(n village.Notice) bool {
		return (n.Answerable(t.at) || n.Relayed(t.at)) && words.NamesNotice(topic, n.Text)
	})
	return n.ID, ok, err
}

// gridPassedOn is ack, of notices posted within the last two days, made
// the 收到 of the households of ps, which t's sender, who tends their
// grid, says he passed the notices on to (「赵六那边我告诉他了」 in the
// group, 「赵六家我告诉他了」 privately), each kept with who said so
// (storage.ToldField), and the reply saying they count. The grid's own
// word is how a notice reaches a household, as his call log of an elder
// is: it counts, in either form, and logs no call (call74: a call is an
// elder's check-in on his list; a WeChat household has none). As for a
// call's bare 已转告 (call98), a notice posted too short a while before
// to have been passed on (village.Notice.ToldBy) is not counted unless
// named (call99: ack.Before, decided in the commit); the reply names the
// latest such when this process's copy of the group's notices shows it
// (freshNotice: no round trip).
func (r *Router) gridPassedOn(t *turn, ack storage.NoticeAck, ps []village.Person) (storage.NoticeAck, []bot.Outbound) {
	ack.Since = words.AnsweredSince(t.at)
	names := make([]string, len(ps))
	for i, p := range ps {
		ack.Also = append(ack.Also, p.HouseholdKey())
		ack.Told = append(ack.Told, storage.ToldField(p.HouseholdKey(), r.shown(t.who)))
		names[i] = p.Name
	}
	data := map[string]any{"Told": names, "Acked": storage.AckedPlaceholder}
	if t.where.Kind == words.InGrid {
		data["AskerTo"] = []string{t.m.From}
	}
	if ack.Quoted == "" {
		ack.Before = t.at.Add(-village.CallTakes)
		if n, ok := r.freshNotice(t, ack.Group); ok {
			maps.Copy(data, freshData(t, &n, names[0]))
		}
	}
	return ack, []bot.Outbound{r.back(t, r.textsFor(t).Render("notice.passedon.own", data))}
}

// freshNotice is the latest notice posted to group grp that a 收到 still
// answers and that went out too short a while ago to have been passed on
// (village.Notice.ToldBy), as this process's copy of grp's notices shows
// (no round trip; ok is false without one).
func (r *Router) freshNotice(t *turn, grp string) (village.Notice, bool) {
	ns, ok := r.store.CopiedNotices(storage.TownshipScope(r.cfg.Township.Name), storage.NoticesPostedTo(grp), words.RelayedSince(t.at))
	if !ok {
		return village.Notice{}, false
	}
	n, _, ok := latestFitting(t, grp, ns, func(n village.Notice) bool { return n.Answerable(t.at) && !n.ToldBy(t.at) })
	return n, ok
}

// freshOnly answers t's word of having passed the notices on to told when
// the commit answered none (ErrNoticeOlder) because the only notice it
// could be of went out minutes ago: read (one round trip, on this path
// only), and said (notice.passedon.fresh); done is false when there is
// none such.
func (r *Router) freshOnly(ctx context.Context, t *turn, grp, told string) (done bool, err error) {
	n, _, ok, err := r.groupNoticeOn(ctx, t, grp, words.NoticeUnguarded, func(n village.Notice) bool { return n.Answerable(t.at) && !n.ToldBy(t.at) })
	if err != nil || !ok {
		return err != nil, err
	}
	return true, r.reply(ctx, t, "notice.passedon.fresh", freshData(t, &n, told))
}

// freshData is what notice.passedon.own and notice.passedon.fresh say of
// notice n, posted too short a while ago to be what t's sender passed on
// to told.
func freshData(t *turn, n *village.Notice, told string) map[string]any {
	data := map[string]any{"Fresh": n, "FreshTold": told, "Now": t.at}
	if t.where.Kind == words.InGrid {
		data["AskerTo"] = []string{t.m.From}
	}
	return data
}

// passedOnPrivately takes a grid worker's or leader's private word that he
// told households that use WeChat of his grid the notice
// (words.ToldInPersonAll: 「赵六家我告诉他了」, or relayTold: 「赵六那边我告
// 诉他了」, logs naming them) as their 收到, as the same word in the group
// is (gridPassedOn): one commit.
// done is false unless every one named is such a household, not his
// own; an elder without WeChat named is his call log, as before. No
// notice posted to their group within two days: he is told so.
func (r *Router) passedOnPrivately(ctx context.Context, t *turn, logs []string, about string) (done bool, err error) {
	v := r.callVillage(t)
	if len(logs) == 0 {
		return false, nil
	}
	var ps []village.Person
	for _, l := range logs {
		p, err := r.people.Lookup(v, strings.Fields(l)[0])
		if err != nil || !p.UsesWeChat || p.Household == "" || p.HouseholdKey() == t.who.HouseholdKey() || !t.who.Tends(p.Village, p.Grid) ||
			len(ps) > 0 && ps[0].Grid != p.Grid {
			return false, nil
		}
		ps = append(ps, p)
	}
	chat := r.groupOf(ps[0].Village, ps[0].Grid)
	if chat == "" {
		return false, nil
	}
	ack, out := r.gridPassedOn(t, storage.NoticeAck{Group: chat, Field: ps[0].HouseholdKey(), At: t.at, Quoted: about}, ps)
	ack.Also = ack.Also[1:] // the first is Field
	township := storage.TownshipScope(r.cfg.Township.Name)
	_, err = r.commit(ctx, t, t.copies.guard(storage.Change{Scope: township, MsgID: t.m.ID, Ack: &ack, Out: out,
		Audit: storage.Audit{At: t.at, By: t.who.Name, Action: "notice_passed_on", Note: words.ShortText(t.text)}}))
	if errors.Is(err, storage.ErrNoticeOlder) {
		if done, err := r.freshOnly(ctx, t, chat, ps[0].Name); done {
			return true, err
		}
		return true, r.reply(ctx, t, "notice.passedon.none", map[string]any{"Told": ps[0].Name})
	}
	return true, err
}

// relayNames are the people of a household, t's sender not among them,
// that in takes: those a relay (words.RelayAbout) may name, by name.
func (r *Router) relayNames(t *turn, in func(village.Person) bool) (map[string]village.Person, []string) {
	byName := map[string]village.Person{}
	var names []string
	for _, p := range r.people.All() {
		if p.Household != "" && p.Key() != t.who.Key() && in(p) {
			byName[p.Name] = p
			names = append(names, p.Name)
		}
	}
	return byName, names
}

// relayTold is a grid worker's or leader's private word, in the forms the
// group's 已转告 takes (words.RelayAbout: 「赵六那边我告诉他了」, 「我跟石德贵说
// 了」), that he told one of the grids he tends the notice: as the call
// log words.ToldInPersonAll makes of 「赵六家我告诉他了」 ("赵六 已通 已转告",
// 上门 when he says he was there), so both forms take one path
// (passedOnPrivately, else the elder's call log). ok is false for kin
// alone or anything more said. A relay that names what it passed on
// (「体检的事我跟赵六说过了」, call76) is of the notice of the grid it names
// (relayedNotice, about: a household's 收到 counts that one only; the
// elder's log carries the words, as 「已转告 体检」 does); when none is,
// of a household that uses WeChat done says he was told so, nothing
// written; of an elder ok is false, as for a note that also says how the
// call went or how she is (words.CallNoteSaid: 「徐玉珍打通了 已转告」),
// which is not even looked up.
func (r *Router) relayTold(ctx context.Context, t *turn) (logs []string, about string, ok, done bool, err error) {
	if utf8.RuneCountInString(t.text) > maxPassedOn || !words.MayBeRelay(t.text) {
		return nil, "", false, false, nil
	}
	v, isName := r.callVillage(t), r.relayable(t)
	byName, names := r.relayNames(t, func(p village.Person) bool { return p.Village == v && isName(p.Name) && t.who.Tends(p.Village, p.Grid) })
	name, topic, ok := words.RelayAbout(t.text, names)
	if !ok || name == "" {
		return nil, "", false, false, nil
	}
	p := byName[name]
	if len(topic) > 0 && !p.UsesWeChat && words.CallNoteSaid(t.text) {
		return nil, "", false, false, nil // 「徐玉珍打通了 已转告」: a call note, read as one, no read
	}
	if about, ok, err = r.relayedNotice(ctx, t, r.groupOf(p.Village, p.Grid), topic); err != nil || !ok && p.UsesWeChat {
		return nil, "", false, true, cmp.Or(err, r.reply(ctx, t, "notice.passedon.topic", map[string]any{"Told": name, "Topic": strings.Join(topic, " ")}))
	} else if !ok {
		return nil, "", false, false, nil // of an elder: read as a call note
	}
	outcome := village.OutcomeReached
	if words.ContainsAnyOf(t.text, "当面", "上门") {
		outcome = village.OutcomeVisited
	}
	return []string{strings.TrimSpace(name + " " + outcome + " 已转告 " + strings.Join(topic, " "))}, about, true, false, nil
}

// maxPassedOn is how long a message saying a notice was passed on may be.
const maxPassedOn = 30

// relayable is who a grid worker's or leader's relay in t may name as
// told (relayTold, words.ToldInPersonAll): privately anyone of his village;
// in his grid's group only an elder of that grid without WeChat, whose
// call log it is (call78; a household that uses WeChat is noticePassedOn's).
func (r *Router) relayable(t *turn) func(string) bool {
	if t.where.Kind == words.InPrivate {
		return r.nameIn(r.callVillage(t))
	}
	return func(n string) bool {
		p, err := r.people.Lookup(t.where.Village, n)
		return err == nil && !p.UsesWeChat && p.Grid == t.where.Grid
	}
}
