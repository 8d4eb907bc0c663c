package handlers

import (
	"context"
	"errors"
	"unicode/utf8"

	"gridbot/bot"

	"gridbot/handlers/words"
	"gridbot/storage"
	"gridbot/village"
)

// waitNews tells the handlers of an item paused with 等待 (waiting),
// privately and once a pause, that its reporter or one who follows it
// said in the group something sharing words with the pause's reason or
// the item ("张老五昨晚回来了" while it waits "等张老五回来再谈"): they may
// resume it (进展). The group hears only that they were told: a
// mediation's details are not for everyone. done is false when there is no such item.
func (r *Router) waitNews(ctx context.Context, t *turn) (done bool, err error) {
	if t.where.Kind != words.InGrid || utf8.RuneCountInString(t.text) < words.MinAskRunes || !words.ContainsAnyOf(t.text, words.NewsWords...) {
		return false, nil
	}
	open, err := r.openAll(ctx, t)
	if err != nil {
		return true, err
	}
	for _, rep := range open {
		if rep.Status != village.StatusWaiting || rep.Chat != t.m.Chat || !rep.WaitNewsAt.Before(rep.PausedAt) ||
			!rep.ReportedBy(t.who) && !rep.FollowedBy(t.who) {
			continue
		}
		reason := words.PauseReason(&rep)
		if words.Similarity(reason, t.text) == 0 && words.Similarity(rep.Text, t.text) == 0 {
			continue
		}
		rep.WaitNewsAt = t.at
		data := map[string]any{"R": &rep, "Reason": reason, "Who": r.shown(t.who), "Text": words.ShortText(t.text)}
		out := r.tellHandlers(t, &rep, "report.waitnews.handler", data)
		if len(out) > 0 {
			// the group hears only that they know: no details of the item
			var to []string
			for _, o := range out {
				to = append(to, o.To)
			}
			data["Told"] = to
			out = append([]bot.Outbound{r.back(t, r.textsFor(t).Render("report.waitnews", data))}, out...)
		}
		_, err := r.commit(ctx, t, storage.Change{Scope: storage.VillageScope(rep.Village), MsgID: t.m.ID, Report: &rep, Out: out,
			Audit: storage.Audit{At: t.at, By: t.who.Name, Action: "wait_news", Note: rep.ID + " " + words.ShortText(t.text)}})
		if errors.Is(err, storage.ErrConflict) && t.readAgain() {
			// the item changed since it was read: read the grid again, once
			return r.waitNews(ctx, t)
		}
		return true, err
	}
	return false, nil
}
