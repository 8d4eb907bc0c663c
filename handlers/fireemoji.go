package handlers

import (
	"context"
	"errors"

	"gridbot/bot"
	"gridbot/storage"
	"gridbot/village"
)

// fireEmojis answers fire emojis alone ("🔥🔥🔥") in a grid group. While
// a fire of the group is open (liveEmergency), they are read as about it
// (emg43): the sender follows it, and hears that the duty chat knows it
// and who is on it, and to say where if he sees more: no new alarm on an
// emoji, and no question as if nothing were known. Else he is asked where
// and what burns, with 119 (emg42). One commit either way.
func (r *Router) fireEmojis(ctx context.Context, t *turn) error {
	rep, ok, err := r.openFitting(ctx, t, func(rep village.Report) bool {
		return liveEmergency(t, rep) && rep.Hazard == village.HazardFire
	})
	if err != nil {
		return err
	}
	if !ok {
		return r.reply(ctx, t, "emergency.fire.emoji", map[string]any{"Who": t.who.Name})
	}
	text := r.groupTexts.Render("emergency.fire.emoji.open", r.stateOf(&rep, map[string]any{"Who": r.shown(t.who)}))
	ch := storage.Change{Scope: storage.VillageScope(rep.Village), MsgID: t.m.ID, Out: []bot.Outbound{r.back(t, text)}}
	if !rep.ReportedBy(t.who) && !rep.FollowedBy(t.who) {
		// he hears how it ends, as one who joined it in words does
		rep.AddFollower(t.who, r.shown(t.who))
		ch.Report = &rep
	}
	t.scope = ch.Scope
	_, err = r.commit(ctx, t, ch)
	if errors.Is(err, storage.ErrConflict) && t.readAgain() {
		return r.fireEmojis(ctx, t) // it changed meanwhile: read it again, once
	}
	return err
}
