package handlers

import (
	"context"
	"errors"
	"strings"
	"unicode/utf8"

	"gridbot/bot"
	"gridbot/handlers/words"
	"gridbot/storage"
	"gridbot/understand"
	"gridbot/village"
)

// alarmNamed takes words in a grid group that name whom or where the
// group's open medical alarm is of when that alarm named neither ("有人晕
// 倒了 快来人", a minute later "是张三家的老人 在村口", "张三家的 他爸", or an
// alarm of its own: "张三家的老人晕倒了 在村口") as that alarm told more
// fully, not a second alarm (alarm81): the item's text takes the words
// (so its re-posts, 查 and later alarms read the household and place:
// another family's 晕倒 stays apart, hurtOne), the sender follows it, the
// duty chat hears one 【突发补充·伤者】 with the household's roster line and
// those asked hear one line in the group; one commit. An alarm that tells
// a harm apart ("张三家的老人摔倒了" after "有人晕倒了") or names no
// household, person or place is left to joinEmergency.
func (r *Router) alarmNamed(ctx context.Context, t *turn, reading village.Reading) (done bool, err error) {
	if t.where.Kind != words.InGrid || t.quote != nil {
		return false, nil
	}
	v := t.where.Village
	home := r.familyHome(v, t.text)
	medical := reading.Hazard == village.HazardMedical
	switch {
	case medical:
		// his alarm names a household, a villager, or a place
		// (not his own kin nor himself: "我妈晕倒了 在村口" read into
		// another's alarm would be its reporter's mother)
		if words.OwnKinRe.MatchString(t.text) || words.SaysOwnHome(t.text) || understand.SelfHurt(t.said()) ||
			home == "" && words.Placeless(t.text) && r.hurtIn(v, t.who.Key(), "", t.said()).person == "" {
			return false, nil
		}
	case reading.Hazard != village.HazardNone || !words.NamesWhoWhere(t.text):
		return false, nil
	case home == "" && (strings.Contains(t.text, "家") || words.Placeless(t.text)):
		return false, nil // "刘洋家的": a household the roster does not know
	}
	rep, ok, err := r.openFitting(ctx, t, func(rep village.Report) bool {
		return liveEmergency(t, rep) && rep.Hazard == village.HazardMedical && t.at.Sub(rep.CreatedAt) <= words.AlarmNamedWithin &&
			(!medical || !words.HarmsApart(t.text, rep.Text)) && r.namesNoOne(t, rep)
	})
	if err != nil || !ok {
		return false, err
	}
	said := words.ShortText(t.text)
	rep.Text += "（补充：" + said + "）"
	rep.Tell(r.shown(t.who), t.at, village.NamedNote+said)
	if !rep.ReportedBy(t.who) && !rep.FollowedBy(t.who) {
		rep.AddFollower(t.who, r.shown(t.who))
	}
	data := map[string]any{"R": &rep, "Who": r.shown(t.who), "Phone": t.who.Phone, "Text": said}
	if home != "" {
		if members := r.people.Household(v, home); len(members) > 0 {
			data["Home"] = r.homeOf(members[0])
			for _, m := range members {
				if m.Relation == village.RelHead && m.Phone != "" {
					data["HomePhone"] = m.Name + " " + m.Phone // the duty officer phones the family
				}
			}
		}
	}
	asked, _ := r.askees(rep)
	data["Asked"] = asked
	out := []bot.Outbound{{To: r.cfg.Township.EmergencyChat, Kind: bot.Group, Priority: bot.Urgent, Text: r.texts.Render("report.emergency.named.duty", data)},
		r.back(t, r.textsFor(t).Render("report.emergency.named", data))}
	out[1].Priority = bot.Urgent
	t.scope = storage.VillageScope(rep.Village)
	_, err = r.store.Commit(ctx, t.copies.guard(storage.Change{Scope: t.scope, MsgID: t.m.ID, Report: &rep, Out: out,
		Audit: storage.Audit{At: t.at, By: t.who.Name, Action: "told", Note: said}}))
	if errors.Is(err, storage.ErrConflict) && t.readAgain() {
		return r.alarmNamed(ctx, t, reading) // it changed meanwhile: read it again, once
	}
	return true, err
}

// namesNoOne reports whether rep, a medical alarm, named nobody hurt
// (hurtIn: no one, "有人晕倒了") and no place, and nobody named them since
// (village.NamedNote).
func (r *Router) namesNoOne(t *turn, rep village.Report) bool {
	return words.Placeless(rep.Text) && !rep.Named() &&
		r.hurtIn(rep.Village, rep.ReporterKey, words.ReporterHome(rep), t.hear(rep.Text)) == hurtOne{}
}

// unlistedAnswers takes what the reporter of a live emergency of the
// group, on no roster (Report.Unlisted), says there with a phone number
// or a place ("在村口小卖部 13812345678": what his alarm's reply asked him
// for) as news of it, not a stranger's ad (promo): a note on the item (the
// number as LeftPhoneNote, so the re-posts give it), the duty chat told
// (【突发补充·报告人】) and he thanked; one commit.
func (r *Router) unlistedAnswers(ctx context.Context, t *turn) (done bool, err error) {
	if !t.stranger || t.where.Kind != words.InGrid || t.quote != nil || utf8.RuneCountInString(t.text) > 60 {
		return false, nil
	}
	phone := words.PhoneIn(t.text)
	if phone == "" && words.Placeless(t.text) {
		return false, nil
	}
	rep, ok, err := r.openFitting(ctx, t, func(rep village.Report) bool {
		return liveEmergency(t, rep) && rep.Unlisted && rep.ReportedBy(t.who)
	})
	if err != nil || !ok {
		return false, err
	}
	said := words.ShortText(t.text)
	rep.Tell(r.shown(t.who), t.at, village.LeftNote+said)
	if phone != "" {
		rep.Tell(r.shown(t.who), t.at, village.LeftPhoneNote+phone)
	}
	data := map[string]any{"R": &rep, "Who": r.shown(t.who), "Text": said, "Phone": phone}
	out := []bot.Outbound{{To: r.cfg.Township.EmergencyChat, Kind: bot.Group, Priority: bot.Urgent, Text: r.texts.Render("report.emergency.unlisted.duty", data)},
		r.back(t, r.textsFor(t).Render("report.emergency.unlisted", data))}
	t.scope = storage.VillageScope(rep.Village)
	_, err = r.store.Commit(ctx, t.copies.guard(storage.Change{Scope: t.scope, MsgID: t.m.ID, Report: &rep, Out: out,
		Audit: storage.Audit{At: t.at, By: t.who.Name, Action: "told", Note: said}}))
	if errors.Is(err, storage.ErrConflict) && t.readAgain() {
		return r.unlistedAnswers(ctx, t) // it changed meanwhile: read it again, once
	}
	return true, err
}
