package handlers

import (
	"context"
	"slices"
	"strings"

	"gridbot/handlers/words"
	"gridbot/storage"
	"gridbot/understand"
	"gridbot/village"
)

// noticeAsked answers a question said to the bot in a grid group about
// what a notice posted there lately told of ("@网格小助手 明天几点打疫苗
// 老年人要带身份证不" after 【通知】明天上午9点打流感疫苗…): the notice
// again, and whom to ask what it does not say. The matters the question
// names (understand.Matters: a scheme, an event the village holds) must
// be in the notice's text. done is false when no such notice was posted
// there within the time notices are passed on (relayedSince), and the
// menu follows as before. One read, only on this path: a question said
// to the bot that nothing else answered.
func (r *Router) noticeAsked(ctx context.Context, t *turn, reading village.Reading) (done bool, err error) {
	if reading.Intent != village.IntentQuery || t.where.Kind != words.InGrid || t.where.Grid == "" {
		return false, nil
	}
	matters := understand.Matters(t.said())
	if len(matters) == 0 {
		return r.noticeAskedAnswered(ctx, t)
	}
	n, fixes, ok, err := r.gridNotice(ctx, t, func(n village.Notice) bool {
		return slices.ContainsFunc(matters, func(m string) bool { return strings.Contains(n.Text, m) })
	})
	if err != nil || !ok {
		return ok || err != nil, err
	}
	return true, r.noticeAgain(ctx, t, n, fixes)
}

// noticeAgain tells the asker notice n again, its days as dates (DatedOn),
// and whom to ask what it does not say: one commit.
func (r *Router) noticeAgain(ctx context.Context, t *turn, n village.Notice, fixes []village.Notice) error {
	return r.reply(ctx, t, "notice.again", map[string]any{"Who": t.who.Name, "N": n.ID, "Text": n.DatedOn(t.at), "Fixes": fixesSaid(t, fixes),
		"Workers": words.Names(r.people.InGrid(t.where.Village, t.where.Grid, village.RoleWorker))})
}

// noticeTextAsked answers a question asking what a notice posted to the
// group said ("通知说的啥", "刚才发的通知是什么", "停水的通知说的啥"): the
// latest posted there within the time notices are passed on whose text
// holds what else the question names (noticeTextAbout), told again with
// the corrections posted after it (a correction alone is not told). done
// is false, before any read, when asked is no such question, and when no
// notice fits; else one read and one commit.
func (r *Router) noticeTextAsked(ctx context.Context, t *turn, asked string) (done bool, err error) {
	if !words.AsksNoticeText(asked) {
		return false, nil
	}
	n, fixes, ok, err := r.gridNotice(ctx, t, func(n village.Notice) bool {
		return words.NoticeTextAbout(asked, n.Text) && !words.CorrectsNotice(n.Text)
	})
	if err != nil || !ok {
		return ok || err != nil, err
	}
	return true, r.noticeAgain(ctx, t, n, fixes)
}

// noticeAskedAnswered answers a question said to the bot that names no
// matter but asks what a notice posted there tells ("@网格小助手 明天几点去领"
// after 明天上午9点到村委会领取…): the notice's words that answer it
// (noticeAnswer), as noticeQuestion answers it said unaddressed. done is
// false when it asks nothing a notice tells, before any read, or no notice
// still followed up answers it.
func (r *Router) noticeAskedAnswered(ctx context.Context, t *turn) (done bool, err error) {
	asked := strings.TrimSpace(t.text)
	if words.AsksNoticeText(asked) {
		return r.noticeTextAsked(ctx, t, asked) // "@网格小助手 通知说的啥"
	}
	n, fixes, quote, ok, err := r.noticeAnswering(ctx, t, asked, "", false)
	if err != nil || !ok {
		return ok || err != nil, err
	}
	return true, r.answerFromNotice(ctx, t, n, fixes, asked, quote, "")
}

// noticeAnswering is the latest notice still followed up in t's grid
// (gridNotice) whose text answers asked (noticeAnswer), and the words that
// do; only the notice quoted when quoted is one ("N3"). ok is false, before
// any read, when asked asks nothing a notice tells; else one read (none
// from this process's copy, see gridNoticeOn). passedOn says that when
// none answers, the question is passed on in a commit that checks the
// read too (ackAndAsk).
func (r *Router) noticeAnswering(ctx context.Context, t *turn, asked, quoted string, passedOn bool) (n village.Notice, fixes []village.Notice, quote string, ok bool, err error) {
	if len(words.AskedKinds(asked)) == 0 {
		return n, nil, "", false, nil
	}
	guard := words.NoticeUnguarded
	if chat, _ := r.ackChat(t); chat != "" {
		guard = words.NoticeFoundGuarded // answered with its 收到 (answerFromNotice)
		if passedOn {
			guard = words.NoticeGuarded
		}
	}
	n, fixes, ok, err = r.gridNoticeOn(ctx, t, guard, func(n village.Notice) bool {
		if quoted != "" && n.ID != quoted || !n.Relayed(t.at) && !n.Answerable(t.at) ||
			!words.AboutNotice(asked, n.Text) && !words.AsksOnlyLogistics(asked) {
			return false
		}
		q, told := words.NoticeAnswer(asked, n, t.at)
		quote = q
		return told
	})
	return n, fixes, quote, ok, err
}

// gridNotice is the latest notice posted to the group of t's grid within
// the time notices are passed on (relayedSince), and before t, that fits,
// and the notices posted there after it that correct something
// (correctsNotice: 「更正：领取时间改为下午2点」), for whoever is told its
// words: one read. ok is false when none fits.
func (r *Router) gridNotice(ctx context.Context, t *turn, fits func(village.Notice) bool) (n village.Notice, fixes []village.Notice, ok bool, err error) {
	return r.gridNoticeOn(ctx, t, words.NoticeUnguarded, fits)
}

// gridNoticeOn is gridNotice; guard says which decisions are committed
// in the township's scope guarded by t.copies (answerFromNotice, a
// question passed on with its 收到: rt66): those may be made on this
// process's copy of the group's notices, with no read
// (storage.Store.FollowedNotices). A notice written since by another
// process refuses that commit, and the message is handled again on the
// notices as stored. A decision no commit checks is made on a read of
// Redis.
func (r *Router) gridNoticeOn(ctx context.Context, t *turn, guard words.NoticeGuard, fits func(village.Notice) bool) (n village.Notice, fixes []village.Notice, ok bool, err error) {
	return r.groupNoticeOn(ctx, t, r.groupOf(t.where.Village, t.where.Grid), guard, fits)
}

// groupNoticeOn is gridNoticeOn of the notices posted to group grp, said
// anywhere (a relay told privately of a household of grp: call76).
func (r *Router) groupNoticeOn(ctx context.Context, t *turn, grp string, guard words.NoticeGuard, fits func(village.Notice) bool) (n village.Notice, fixes []village.Notice, ok bool, err error) {
	sc, index := storage.TownshipScope(r.cfg.Township.Name), storage.NoticesPostedTo(grp)
	if guard != words.NoticeUnguarded && (t.copies.scope == "" || t.copies.scope == sc) {
		notices, read, err := r.store.FollowedNotices(ctx, sc, index, words.RelayedSince(t.at))
		if err != nil {
			return n, nil, false, err
		}
		if n, fixes, ok = latestFitting(t, grp, notices, fits); ok || guard == words.NoticeGuarded || !read.Copied() {
			t.copies.add(sc, read)
			return n, fixes, ok, nil
		}
	}
	notices, err := r.store.RecentNotices(ctx, sc, index, words.RelayedSince(t.at))
	if err != nil {
		return n, nil, false, err
	}
	n, fixes, ok = latestFitting(t, grp, notices, fits)
	return n, fixes, ok, nil
}

// latestFitting is gridNotice's choice among notices, grp's as read.
func latestFitting(t *turn, grp string, notices []village.Notice, fits func(village.Notice) bool) (n village.Notice, fixes []village.Notice, ok bool) {
	notices = slices.DeleteFunc(notices, func(n village.Notice) bool {
		return n.Held || n.Posted().After(t.at) || !slices.Contains(n.Groups, grp)
	})
	for i, n := range slices.Backward(notices) {
		if fits(n) {
			for _, later := range notices[i+1:] {
				if words.CorrectsNotice(later.Text) {
					fixes = append(fixes, later)
				}
			}
			return n, fixes, true
		}
	}
	return n, nil, false
}

// fixesSaid are the corrections posted after a notice (gridNotice) as a
// reply shows them: number and text, days as dates at t.
func fixesSaid(t *turn, fixes []village.Notice) []map[string]string {
	var out []map[string]string
	for _, f := range fixes {
		out = append(out, map[string]string{"N": f.ID, "Text": strings.TrimRight(f.DatedOn(t.at), "。.！! ")})
	}
	return out
}
