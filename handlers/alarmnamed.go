package handlers

import (
	"cmp"
	"context"
	"errors"
	"slices"
	"strings"
	"unicode/utf8"

	"gridbot/bot"
	"gridbot/handlers/words"
	"gridbot/storage"
	"gridbot/understand"
	"gridbot/village"
)

// alarmNamed takes words in a grid group that name whom or where the
// group's open emergency is of when that alarm named neither ("有人晕倒了
// 快来人", a minute later "是张三家的老人 在村口", "张三家的 他爸", "是他爸",
// or an alarm said as whose it is: "是张三家的老人晕倒了 在村口"; "着火了 快
// 来人", then "在后山 老李家的林子": alarm82, or a fire's own alarm naming
// the place, "后山着火了": held83) as that alarm told more fully,
// not a second alarm nor a witness's note (alarm81): the item's text takes
// the words (so its re-posts, 查 and later alarms read the household and
// place: another family's 晕倒 stays apart, hurtOne), the sender follows
// it, the duty chat hears one 【突发补充·伤者】 (·地点) with the household's
// roster line, or that the roster has no such household ("刘洋家的"), and
// those asked hear one line in the group; one commit. An alarm that stands
// on its own ("王五家的老人晕倒了": standsApart), tells a harm apart ("张三家
// 的老人摔倒了" after "有人晕倒了") or names no household, person or place is
// left to joinEmergency.
func (r *Router) alarmNamed(ctx context.Context, t *turn, reading village.Reading) (done bool, err error) {
	if t.where.Kind != words.InGrid || t.quote != nil {
		return false, nil
	}
	v := t.where.Village
	if reading.Hazard == village.HazardNone && !words.NamesWhoWhere(t.text) {
		return false, nil // most messages: decided before the roster is searched
	}
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
	case reading.Hazard != village.HazardNone && !alarmPlaced(t, home):
		return false, nil
	}
	// "后山着火了" places a fire of the same hazard as "在后山" does
	own := reading.Hazard != village.HazardNone && !medical
	where := words.NamesWhere(t.text) || own
	rep, ok, err := r.openFitting(ctx, t, func(rep village.Report) bool {
		if !liveEmergency(t, rep) || t.at.Sub(rep.CreatedAt) > words.AlarmNamedWithin || !r.namesNoOne(t, rep) {
			return false
		}
		if rep.Hazard != village.HazardMedical {
			// "在后山 老李家的林子" after "着火了 快来人": where it is
			return !medical && where && (!own || rep.Hazard == reading.Hazard)
		}
		return !medical || !words.HarmsApart(t.text, rep.Text) && !r.standsApart(t, rep)
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
	data := map[string]any{"R": &rep, "Who": r.shown(t.who), "Phone": t.who.Phone, "Text": said,
		"Where": home != "" || !words.Placeless(t.text)} // "是他爸" says who, not where
	if homes := words.HomesIn(t.text); len(homes) > 0 && words.NamedHome(r.people, v, t.text) == "" {
		// "赵铁柱家的": the words are kept; the duty officer asks which
		// household it is; so for "老李家的", a family name the roster's
		// one 李 head bears, maybe not his (alarm102)
		data["Unknown"] = cmp.Or(words.HouseholdSaid(t.text), homes[0]) + "家"
		data["Vague"] = home != ""
	} else if home != "" {
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
	_, err = r.commit(ctx, t, t.copies.guard(storage.Change{Scope: t.scope, MsgID: t.m.ID, Report: &rep, Out: out,
		Audit: storage.Audit{At: t.at, By: t.who.Name, Action: "told", Note: said}}))
	if errors.Is(err, storage.ErrConflict) && t.readAgain() {
		return r.alarmNamed(ctx, t, reading) // it changed meanwhile: read it again, once
	}
	return true, err
}

// alarmPlaced reports whether t, a fire's, flood's or other hazard's own
// alarm ("后山着火了"), names where it is: a spot, not "这边" (where he
// stands, no place to send anyone). Not a household (home): "张三家着火
// 了" after "快来人 着火了" is a fire of its own (emg52), nor his own home
// or kin ("我家着火了" joins only his home's alarm).
func alarmPlaced(t *turn, home string) bool {
	return home == "" && len(words.SpotsIn(t.text)) > 0 && !words.SaysOwnHome(t.text) && !words.OwnKinRe.MatchString(t.text)
}

// namesNoOne reports whether rep, an emergency, named no place and, a
// medical alarm, nobody hurt (hurtIn: no one, "有人晕倒了"), and nobody
// named them since (village.NamedNote).
func (r *Router) namesNoOne(t *turn, rep village.Report) bool {
	return words.Placeless(rep.Text) && !rep.Named() && (rep.Hazard != village.HazardMedical ||
		r.hurtIn(rep.Village, rep.ReporterKey, words.ReporterHome(rep), t.hear(rep.Text)) == hurtOne{})
}

// standsApart reports whether t, a medical alarm, stands on its own
// beside rep, an open medical alarm of another's that named no one: it
// names a household ("王五家的老人晕倒了", on the roster or not) or a
// villager ("李四晕倒了") and is not said as whose rep is ("是王五家的老人
// 晕倒了", words.SaysWhoItIs). Unsure whether they are one person, the two
// are kept apart (hurt77): the second's duty post asks whether they are
// (modelAlarmsLike), a duplicate merged with 重复 costs less than a lost
// 120 call (alarm82).
//
// Two falls told by two households minutes apart stand so too (fallsApart,
// alarm108): on a morning of ice many fall.
func (r *Router) standsApart(t *turn, rep village.Report) bool {
	return rep.Hazard == village.HazardMedical && !rep.ReportedBy(t.who) && !words.SaysWhoItIs(t.text) && r.namesNoOne(t, rep) &&
		(len(words.HomesIn(t.text)) > 0 || !understand.SelfHurt(t.said()) && r.hurtIn(t.where.Village, t.who.Key(), "", t.said()).person != "" ||
			r.fallsApart(t, rep))
}

// fallsApart reports whether t, a fall's alarm ("俺爹在后院摔了 起不来了"),
// and rep, a fall's alarm of another household ("老人摔了 起不来了"), tell
// two falls: t's sender names his own kin or a spot rep's words do not
// (alarm108), or tells his own fall (understand.OwnFall, alarm109; 「我妈晕倒了」 after 「有人晕倒了」 still joins, alarm79).
func (r *Router) fallsApart(t *turn, rep village.Report) bool {
	if words.ReporterHome(rep) == r.homeOf(t.who).Key || !understand.SceneOf(t.said(), village.HazardMedical).Fall ||
		!understand.SceneOf(t.hear(rep.Text), village.HazardMedical).Fall {
		return false
	}
	spots := words.SpotsIn(t.text)
	// "摔了一跤 不能动": the sender fell himself (alarm109)
	return understand.OwnFall(t.said()) || words.OwnKinRe.MatchString(t.text) && len(spots) == 0 || slices.ContainsFunc(spots, func(w string) bool { return !strings.Contains(rep.Text, w) })
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
	_, err = r.commit(ctx, t, t.copies.guard(storage.Change{Scope: t.scope, MsgID: t.m.ID, Report: &rep, Out: out,
		Audit: storage.Audit{At: t.at, By: t.who.Name, Action: "told", Note: said}}))
	if errors.Is(err, storage.ErrConflict) && t.readAgain() {
		return r.unlistedAnswers(ctx, t) // it changed meanwhile: read it again, once
	}
	return true, err
}
