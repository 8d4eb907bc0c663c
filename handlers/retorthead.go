package handlers

import (
	"context"
	"slices"
	"strings"
	"time"

	"gridbot/handlers/words"
	"gridbot/storage"
	"gridbot/understand"
	"gridbot/village"
)

// quarrelOffer is a villager's account of a quarrel the bot asked him to
// confirm (「1」 登记) in a group: who told it, his words, when.
type quarrelOffer struct {
	who  village.Person
	text string
	at   time.Time
}

// offeredQuarrel remembers, for the group it was said in, the account of a
// quarrel just offered to its teller for his 「1」 (confirmAfter): the
// other side's retort filed before that 「1」 is headed by it
// (accountWaiting).
func (r *Router) offeredQuarrel(t *turn, reading village.Reading) {
	if t.where.Kind != words.InGrid || reading.Type != village.Mediation || reading.Intent != village.IntentReport {
		return
	}
	r.quarrelOffers.Put(t.m.Chat, quarrelOffer{who: t.who, text: t.text, at: t.at})
}

// waitingAccount is the account a retort's filing takes as its head: the
// offer, the line of its teller's questions it is (raw) and all of them as
// this process copied them (copy), which the filing's commit checks.
type waitingAccount struct {
	quarrelOffer
	raw, copy []byte
	key       string
}

// accountWaiting is the other side's account of the quarrel f files that
// waits for its teller's 「1」 in the same group: 张三's 「陈二家盖猪圈把
// 墙往我家宅基地这边挪了半米…」 read under the filing threshold and
// offered, then 陈二's retort 「是他先把界桩拔了的 张三你别血口喷人」
// read above it. The account names the retort's teller (or the retort
// names the account's), it was offered within llm.confirm_ttl, and its
// question is still kept as this process asked it (a copy: no round trip;
// with none, the retort files as before and the 「1」 joins it:
// retortFiled), told in one piece with no photos. ok is false for anything else: a retort answering
// nobody's waiting account, a 「1」's filing, several matters at once, an
// item of the same households already open (it goes along that one).
func (r *Router) accountWaiting(t *turn, f *filing) (acc waitingAccount, ok bool) {
	if f.typ != village.Mediation || t.where.Kind != words.InGrid || f.rep.Chat == "" || !t.offeredAt.IsZero() ||
		t.batch != nil || f.along != nil || f.rep.Recurs != "" || f.aboutCadre || t.forWhom != nil {
		return acc, false
	}
	o, found := r.quarrelOffers.Get(t.m.Chat)
	if !found || o.who.Key() == f.reporter.Key() || t.at.Before(o.at) || t.at.Sub(o.at) > r.cfg.LLM.ConfirmTTL.Std() ||
		words.OwnSide(f.reporter)(o.who) {
		return acc, false
	}
	// 「金大海家…」 answered by his son 金小海, 「是你们先把界桩拔了的」
	// naming nobody: one household answers for another's account, as
	// the account's teller's wife may be the one the retort names
	told := &village.Report{Village: f.v, Chat: "-", Text: o.text}
	retort := &village.Report{Village: f.v, Chat: "-", Text: f.text}
	names := slices.ContainsFunc(r.partiesNamed(told), words.OwnSide(f.reporter))
	if !names && !strings.Contains(f.text, o.who.Name) && !slices.ContainsFunc(r.partiesNamed(retort), words.OwnSide(o.who)) {
		return acc, false
	}
	key := t.m.Chat + "|" + o.who.Key()
	b, held := r.store.AskedCopy(storage.VillageScope(f.v), key)
	if !held {
		return acc, false
	}
	qs, raws := readQuestions(b)
	for i, q := range qs {
		if q.Kind == words.AskConfirm && !q.Claim && q.Text == o.text && len(q.Images) == 0 && words.ListPieces(q.Text) == nil {
			// one matter, no photos: an account of several parts or
			// with photos joins at his 「1」 (retortFiled), whose
			// accountParts and withPhotos tell them apart
			return waitingAccount{quarrelOffer: o, raw: raws[i], copy: b, key: key}, true
		}
	}
	return acc, false
}

// headWithAccount makes the item f files of a retort the quarrel as its
// first teller told it: his account heads it and he is its reporter (as
// his 「1」 would have made it: accountJoined), the retort is kept as its
// teller's side, when it was said, and the question his account waited on
// is taken in the same commit (checked against the copy it was read from:
// a refusal files again, the retort alone). The group hears the quarrel
// registered as he told it, that he need not answer 「1」, and that the
// retort is kept as the other side's.
func (r *Router) headWithAccount(t *turn, f *filing, acc waitingAccount) {
	rep := f.rep
	retorter, retort := rep.Reporter, rep.Text
	rep.Text = words.Defuse(strings.TrimSpace(acc.text))
	rep.HandOver(acc.who, r.shown(acc.who))
	if len(rep.History) > 0 {
		first := rep.History[0]
		rep.History = slices.Insert(rep.History, 1, village.Entry{At: t.at, By: retorter, Action: village.ActSaid, Note: retort, From: first.To, To: first.To})
	}
	f.data["Headed"] = map[string]string{"Who": r.shown(acc.who), "Retorter": retorter}
	f.data["WageHint"] = r.wageHint(t, f)
	t.keep = append(t.keep, storage.AskAnswered(acc.key, acc.raw).DecidedOn(acc.copy))
}

// retortUnread takes back-talk to an account still waiting for its
// teller's 「1」 that reads as no dispute of its own: 张三's 「陈二家办喜事
// 搭棚子把路堵了…」 offered, then 陈二's 「一辈子就结一次婚 热闹两天咋了」,
// which names no thing nor person (med100 left it dropped). Said by the
// one the account names (or his household), in the group, not to the
// bot, taking a side (understand.TakesSide) or talking back
// (words.TalksBack), while accountWaiting would head a filing of it with
// the account, it is filed so: the quarrel as its teller told it, this as
// the other side's (med101). done is false for anything else, nothing
// read.
func (r *Router) retortUnread(ctx context.Context, t *turn, reading village.Reading, addressed bool) (done bool, err error) {
	if addressed || t.where.Kind != words.InGrid || reading.Type == village.Emergency || reading.Intent == village.IntentClaim ||
		!understand.TakesSide(t.said()) && !words.TalksBack(t.text) {
		return false, nil
	}
	f := filing{typ: village.Mediation, v: t.where.Village, g: t.where.Grid, text: t.text, reporter: t.who,
		rep: &village.Report{Village: t.where.Village, Chat: t.m.Chat, Reporter: t.who.Name, Text: t.text}}
	if _, ok := r.accountWaiting(t, &f); !ok {
		return false, nil
	}
	return true, r.report(ctx, t, t.text, village.Mediation)
}
