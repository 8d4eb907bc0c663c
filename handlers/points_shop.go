package handlers

// Reading what the shopkeeper writes at the points supermarket: the item
// and how many ("洗衣液 两瓶", "5升食用油", "三条毛巾").

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"gridbot/bot"
	"gridbot/handlers/words"
	"gridbot/storage"
	"gridbot/village"
)

// sells reports whether s names an item of the shop, or one like it
// ("一桶油"): "张三换了新手机" is no redemption.
func (p *pointsFlow) sells(s string) bool {
	if _, _, why, _ := words.ParseItem(s, p.shop); why != words.ItemNone {
		return true
	}
	what := words.UnsoldItem(s)
	return what != "" && len(words.LikelyItems(what, p.shop)) > 0
}

// tookData is what the shopkeeper is asked when he tells in his own
// words that name took what ("张三拿了两瓶洗洁精", tookSaid): the 兑换 to
// send. Of what the shop sells under another name ("一袋洗衣粉" of 洗衣液),
// the 兑换 names the item like it (likelyItems, as 兑换 itself offers),
// or the few like it are listed: a 兑换 of what the shop has no item of
// would only be refused. A count in another unit than the item's ("一袋"
// of 洗衣液 by the 瓶) is left for him to write (Unit).
func (p *pointsFlow) tookData(name, what string) map[string]any {
	data := map[string]any{"Name": name, "Command": "兑换 " + name + " " + what}
	if _, _, why, _ := words.ParseItem(what, p.shop); why != words.ItemNone {
		return data
	}
	unsold := words.UnsoldItem(what)
	likely := words.LikelyWritten(what, unsold, p.shop)
	data["What"], data["Likely"] = unsold, likely
	if len(likely) != 1 {
		data["Command"] = "兑换 " + name + " 物品 数量"
		return data
	}
	again := strings.TrimSpace(strings.Replace(words.FoldDigits(what), unsold, likely[0].Name, 1))
	if _, _, why, _ := words.ParseItem(again, p.shop); why != "" {
		unit, _, _ := strings.Cut(cmp.Or(likely[0].Unit, "件"), "（")
		data["Unit"], again = unit, likely[0].Name+" "+unit+"数"
	}
	data["Command"] = "兑换 " + name + " " + again
	return data
}

// tookSale is the sale the shopkeeper's 「李四拿了两瓶洗洁精」 would make
// (data as tookData has it): one person with a household, and the goods
// as the 兑换 it is asked back as writes them (Command) or, when the shop
// sells nothing so named, the first of those like them (Likely). count is
// false when the 兑换 leaves the count to him (「洗衣液 瓶数」), ok false
// when no one person or no goods are read.
func (p *pointsFlow) tookSale(t *turn, data map[string]any) (s sale, count, ok bool) {
	v := cmp.Or(t.where.Village, t.who.Village)
	name, rest := p.splitName(v, strings.TrimPrefix(data["Command"].(string), "兑换 "))
	fits, rest := p.r.whoIs([]string{v}, "", name, rest)
	if len(fits) != 1 || fits[0].Household == "" {
		return sale{}, false, false
	}
	s = sale{v: v, sc: storage.VillageScope(v), person: fits[0]}
	if likely, _ := data["Likely"].([]village.ShopItem); len(likely) > 0 {
		s.item = likely[0]
	}
	if _, unit := data["Unit"]; !unit {
		if item, qty, why, _ := words.ParseItem(rest, p.shop); why == "" {
			s.item, s.qty, count = item, qty, true
		}
	}
	return s, count, s.item.Name != ""
}

// tookShort answers the shopkeeper's 「李四拿了两瓶洗洁精」 (data as
// tookData has it; s as tookSale read it) at once when the household's
// redeemable points do not cover it: asking him to record what would be
// refused only sends him round twice. Goods the shop sells under another
// name (「一袋洗衣粉」) are answered so when the points buy none of those
// like them, as a 兑换 of them is (notSold). done is false, and nothing
// said, when the points do cover it.
func (p *pointsFlow) tookShort(ctx context.Context, t *turn, data map[string]any, s sale, count bool) (done bool, err error) {
	saved, scope := t.copies, t.scope
	err = p.retry(ctx, t, "", s.person.Name+"家的积分", func() error {
		t.copies, t.scope = saved, s.sc
		c, err := p.peekComing(ctx, s)
		if err != nil {
			return err
		}
		bal := c.acct.Redeemable()
		likely, _ := data["Likely"].([]village.ShopItem)
		if done = bal < s.cost(); !count {
			// the count left to him: short when the points buy not one
			done = !slices.ContainsFunc(likely, func(it village.ShopItem) bool { return it.Points <= bal })
		}
		if !done {
			return nil
		}
		for _, rd := range c.reads {
			t.copies.add(s.sc, rd) // the balance it was refused on
		}
		short := map[string]any{"Label": p.label(s.v, s.person.Household), "Item": s.item, "Qty": s.qty,
			"Cost": s.cost(), "Person": s.person.Name, "Asker": p.askerFor(s.v, s.person.Household)}
		if len(likely) == 0 {
			return p.redeemShort(ctx, t, s, c, short)
		}
		what, _ := data["What"].(string)
		short["What"], short["Likely"] = what, likely
		short["Named"] = namedShort(what, likely)
		p.buysData(short, c, s.item, t.at)
		return p.r.commitOut(ctx, t, p.balancePrivately(t, "points.redeem.notsold.short", short))
	})
	if !done {
		t.copies, t.scope = saved, scope
	}
	return done || err != nil, err
}

// shopRefuse tells someone who is not the village's shopkeeper whom to ask.
// shopAt is the village whose shop the sender keeps; done when he may not
// record in this chat and has been told so: he is no shopkeeper here, or
// it is the township's chat, where a household's redemption is nobody's
// business (DESIGN: the shopkeeper, in the grid group or privately).
func (p *pointsFlow) shopAt(ctx context.Context, t *turn, word string) (v string, done bool, err error) {
	v = cmp.Or(t.where.Village, t.who.Village)
	if v == "" || !t.who.Covers(village.RoleShopkeeper, v, t.where.Grid) {
		return v, true, p.shopRefuse(ctx, t, v, word)
	}
	if t.where.Kind == words.InOffice {
		return v, true, p.r.reply(ctx, t, "points.shop.office", map[string]any{"Verb": word, "Village": v})
	}
	return v, false, nil
}

func (p *pointsFlow) shopRefuse(ctx context.Context, t *turn, v, word string) error {
	var ask []string
	if v != "" {
		for _, s := range p.r.people.InGrid(v, t.where.Grid, village.RoleShopkeeper) {
			ask = append(ask, s.Name)
		}
	}
	return p.r.reply(ctx, t, "refuse", map[string]any{"Verb": word, "Who": "积分超市管理员", "Ask": ask})
}

// ledgerRef is the redemption a command names, as written: its sale
// number ("D3") or a ledger reference ("L12"), in its text, else in the
// quoted bot message; "" when there is none.
func ledgerRef(t *turn, args string) string {
	for _, s := range []string{args, quoteText(t)} {
		if m := words.LedgerRefRe.FindStringSubmatch(s); m != nil {
			if n, _ := strconv.Atoi(m[2]); n > 0 {
				return strings.ToUpper(m[1]) + strconv.Itoa(n)
			}
		}
	}
	return ""
}

func quoteText(t *turn) string {
	if t.quote == nil {
		return ""
	}
	return t.quote.Text
}

// unredeem handles 撤销兑换 #D3 [理由] (or #L12, the ledger's reference): a mistaken redemption of this
// year, before the year-end run, is given back once, with its points and
// stock. The shopkeeper may within unredeemWindow and not for his own
// household (as a scorer may not score his own); a township officer may
// at any time of the year.
func (p *pointsFlow) unredeem(ctx context.Context, t *turn, cmd command) error {
	if done, err := p.off(ctx, t); done {
		return err
	}
	v := cmp.Or(t.where.Village, t.who.Village)
	officer := v != "" && t.where.Kind != words.InOffice && t.who.Has(village.RoleOfficer)
	if !officer {
		var done bool
		var err error
		if v, done, err = p.shopAt(ctx, t, cmd.word); done {
			return err
		}
	}
	typed := ledgerRef(t, cmd.args)
	note := strings.TrimSpace(words.LedgerRefRe.ReplaceAllString(cmd.args, " "))
	sc := storage.VillageScope(v)
	t.scope = sc
	if typed == "" {
		return p.offerLast(ctx, t, cmd, sc, v, officer, note)
	}
	saved := t.copies
	return p.retry(ctx, t, typed, "", func() error {
		t.copies = saved // a refused attempt's reads are forgotten
		e, sale, found, err := p.redemption(ctx, sc, typed)
		if err != nil {
			return err
		}
		// decided on the sale's copy when this process holds one (rt78):
		// every reply and the refund's commit check it
		t.copies.add(sc, sale)
		data := map[string]any{"Ref": typed, "E": e, "Label": p.label(v, e.Household), "Unit": p.unitOf(e.Item), "Now": t.at}
		if !found {
			return p.r.reply(ctx, t, "points.unredeem.unknown", data)
		}
		if e.Event == village.EventRefund {
			return p.r.reply(ctx, t, "points.unredeem.isrefund", data)
		}
		if e.Event != village.EventRedeem {
			return p.r.reply(ctx, t, "points.unredeem.unknown", data)
		}
		// the ledger's reference keeps the account's record of what was
		// given back (Reversed); people see the sale's number
		ref := e.ID
		data["Ref"] = e.SaleRef()
		u, err := p.peekUndo(ctx, sc, v, e, t)
		if err != nil {
			return err
		}
		if !u.open || slices.Contains(u.acct.Reversed, ref) {
			// decided on what this process follows: the reply's commit
			// checks it (turn.copies)
			for _, rd := range u.reads {
				t.copies.add(sc, rd)
			}
		}
		// After the year-end run a refund would bring back points the
		// clearing already took (QA round 4, N7): the year is closed.
		if !u.open {
			return p.r.reply(ctx, t, "points.unredeem.old", data)
		}
		if slices.Contains(u.acct.Reversed, ref) {
			return p.r.reply(ctx, t, "points.unredeem.done", data)
		}
		if no := p.mayNotUndo(t, v, officer, e, data); no != "" {
			return p.r.reply(ctx, t, no, data)
		}
		acct := u.acct
		back := village.LedgerEntry{At: t.at, Village: v, Grid: e.Grid, Household: e.Household, Person: e.Person,
			Points: e.Points, Event: village.EventRefund, Item: e.Item, Qty: e.Qty, By: t.who.Name, Source: t.m.ID,
			Period: e.Period, Reverses: ref, Sale: e.Sale, Note: note}
		if err := acct.Post(back); err != nil {
			return err
		}
		docs := []storage.Doc{storage.RefundDoc(back, e), storage.AccountDoc(acct)}
		if _, counted := u.stock.Left(p.shopItem(e.Item)); counted {
			u.stock.Sold[e.Item] -= e.Qty
			docs = append(docs, storage.StockDoc(u.stock))
		}
		data["Balance"] = max(acct.Redeemable(), 0)
		data["Group"] = t.where.Kind != words.InPrivate // no household's balance in a group
		var told []bot.Outbound
		if person, err := p.r.people.Lookup(v, e.Person); err == nil {
			told = p.tellRedeemer(v, person, t.who, p.r.texts.Render("points.unredeemed.told", data))
		}
		data["Told"] = len(told) > 0 // the group reply says where the balance went
		data["Asker"] = p.askerFor(v, e.Household)
		out := append([]bot.Outbound{p.r.back(t, p.r.texts.Render("points.unredeemed", data))}, told...)
		t.out = out
		_, err = p.r.commit(ctx, t, storage.Change{Scope: sc, MsgID: t.m.ID, Docs: docs, Reads: append(slices.Clip(u.reads), sale),
			Audit: storage.Audit{At: t.at, By: t.who.Name, Action: "points.refund",
				Note: fmt.Sprintf("%s %s %s %s×%d +%d %s", e.SaleRef(), e.Household, e.Person, e.Item, e.Qty, e.Points, note)},
			Out: out})
		return err
	})
}

// undoing is what the undoing of a redemption is decided on: the
// household's account, the village's stock, whether the sale's year is
// still open (not yet archived by the year-end run), and the reads of the
// account and the year's archive, which the undo's commit carries (the
// stock document is written at the version read).
type undoing struct {
	acct  village.Account
	stock village.Stock
	open  bool
	reads []storage.IndexRead
}

// peekUndo reads what undoing redemption e is decided on: from this
// process's copies where it follows them (no round trip; all three are
// followed indexes), the others from Redis together, in one round trip
// (before: the archive, the account and the stock one after another).
func (p *pointsFlow) peekUndo(ctx context.Context, sc storage.Scope, v string, e village.LedgerEntry, t *turn) (undoing, error) {
	year := e.Year()
	raws, reads, err := p.r.store.FollowedOf(ctx, sc,
		storage.DocsRead{Kind: storage.AccountKind, Index: storage.AccountIndex(e.Household)},
		storage.DocsRead{Kind: storage.RankKind, Index: storage.RankIndex(year)},
		storage.DocsRead{Kind: storage.StockKind, Index: storage.StockIndex})
	if err != nil {
		return undoing{}, err
	}
	u := undoing{reads: reads[:2]}
	if u.acct, err = storage.AccountOrNew(raws[0], v, e.Household); err != nil {
		return u, err
	}
	_, closed, err := storage.RankingIn(raws[1])
	if err != nil {
		return u, err
	}
	u.open = p.openYear(year, closed, t)
	u.stock, err = storage.StockIn(raws[2], v)
	return u, err
}

// shopItem is the shop's item named name; a zero one (stock not counted,
// no unit) when the shop no longer lists it.
func (p *pointsFlow) shopItem(name string) village.ShopItem {
	if i := slices.IndexFunc(p.shop, func(s village.ShopItem) bool { return s.Name == name }); i >= 0 {
		return p.shop[i]
	}
	return village.ShopItem{}
}

// redemption reads the ledger entry ref names: "D3" the redemption
// numbered 3 (storage.SaleOf), "L12" ledger entry 12, whatever it is (a
// reference written before redemptions were numbered), and the read of
// the sale's index (zero for a ledger number). found is false when there
// is none.
func (p *pointsFlow) redemption(ctx context.Context, sc storage.Scope, ref string) (e village.LedgerEntry, read storage.IndexRead, found bool, err error) {
	es, read, err := p.saleEntries(ctx, sc, ref)
	if err != nil || len(es) == 0 {
		return e, read, false, err
	}
	return es[0], read, true, nil
}

// saleEntries are the ledger entries ref names, in one read: "D3" the
// redemption numbered 3 and, when it was given back, its refund; "L12"
// ledger entry 12 alone. None when there is none. A sale's index is
// followed (rt78): served from this process's copy when it holds one (the
// sale's own commit leaves it), with no round trip; read is what a commit
// decided on it carries (zero for a ledger number: entries never change).
func (p *pointsFlow) saleEntries(ctx context.Context, sc storage.Scope, ref string) ([]village.LedgerEntry, storage.IndexRead, error) {
	n, _ := strconv.Atoi(ref[1:])
	var ds []storage.RawDoc
	var read storage.IndexRead
	if strings.HasPrefix(ref, village.SalePrefix) {
		raws, reads, err := p.r.store.FollowedOf(ctx, sc, storage.DocsRead{Kind: storage.LedgerKind, Index: storage.SaleOf(n)})
		if err != nil {
			return nil, read, err
		}
		ds, read = raws[0], reads[0]
	} else if d, err := p.r.store.Doc(ctx, sc, storage.LedgerKind, n); errors.Is(err, storage.ErrNotFound) {
		return nil, read, nil
	} else if err != nil {
		return nil, read, err
	} else {
		ds = []storage.RawDoc{d}
	}
	es := make([]village.LedgerEntry, 0, len(ds))
	for _, d := range ds {
		e, err := storage.DecodeLedgerEntry(d)
		if err != nil {
			return nil, read, err
		}
		es = append(es, e)
	}
	return es, read, nil
}

// saleStatus answers 查 #D3 (or #L12 of a redemption): what it took, for
// whom, who recorded it, and whether it was given back; the number the
// shopkeeper and the household were both told. No balance: what the 兑换
// reply showed where it was made. One named by its ledger number (#L13,
// as written before sales were numbered) is known undone from its
// household's account.
func (p *pointsFlow) saleStatus(ctx context.Context, t *turn, ref string) error {
	v := cmp.Or(t.where.Village, t.who.Village)
	if v == "" {
		return p.r.reply(ctx, t, "points.unredeem.unknown", map[string]any{"Ref": ref})
	}
	sc := storage.VillageScope(v)
	t.scope = sc
	es, read, err := p.saleEntries(ctx, sc, ref)
	if err != nil {
		return err
	}
	// decided on the sale's copy when this process holds one: the reply's
	// commit checks it (turn.copies)
	t.copies.add(sc, read)
	data := map[string]any{"Ref": ref, "Now": t.at}
	if len(es) == 0 || es[0].Event != village.EventRedeem && es[0].Event != village.EventRefund {
		return p.r.reply(ctx, t, "points.unredeem.unknown", data)
	}
	e := es[0]
	data["E"], data["Label"], data["Unit"] = e, p.label(v, e.Household), p.unitOf(e.Item)
	if e.Event == village.EventRefund {
		return p.r.reply(ctx, t, "points.unredeem.isrefund", data)
	}
	if len(es) > 1 {
		data["Back"] = es[len(es)-1]
	} else if !strings.HasPrefix(ref, village.SalePrefix) {
		// named by its ledger number: its refund, if any, is on the account
		acct, err := p.peek(ctx, sc, v, e.Household)
		if err != nil {
			return err
		}
		if slices.Contains(acct.Reversed, e.ID) {
			data["Back"] = village.LedgerEntry{Points: e.Points}
		}
	}
	data["Ref"] = e.SaleRef()
	return p.r.reply(ctx, t, "points.sale.status", data)
}

// mayNotUndo is the reply refusing the sender the undoing of redemption e
// of village v, "" when he may: a shopkeeper (not officer) may not undo
// his own household's, nor one past unredeemWindow. data gains whom to
// ask instead.
func (p *pointsFlow) mayNotUndo(t *turn, v string, officer bool, e village.LedgerEntry, data map[string]any) string {
	if officer {
		return ""
	}
	data["Ask"], data["Days"] = words.Names(p.r.people.InGrid(v, e.Grid, village.RoleOfficer)), int(words.UnredeemWindow.Hours()/24)
	switch {
	case t.who.Village == v && t.who.Household != "" && t.who.Household == e.Household:
		return "points.unredeem.own"
	case t.at.Sub(e.At) > words.UnredeemWindow:
		return "points.unredeem.late"
	}
	return ""
}

// offerLast answers 撤销兑换 without a number: the last redemption the
// sender made here is offered, and a 「是」 undoes it as 「撤销兑换 #D…」
// would (askRedeem, Undo), so that a shopkeeper who just made a mistake
// need not look the number up, and nothing is given back before he has
// seen which it is. One he may not undo (already undone, his own
// household's, past the window) is said at once; none found asks for the
// number. His redemptions and their refunds are read from their own
// indexes (storage.RedeemedBy, RefundedOf), the last of each, in one round
// trip: found however long the village's ledger.
func (p *pointsFlow) offerLast(ctx context.Context, t *turn, cmd command, sc storage.Scope, v string, officer bool, note string) error {
	raws, err := p.r.store.DocsOf(ctx, sc, storage.DocsRead{Kind: storage.LedgerKind, Index: storage.RedeemedBy(t.who.Name), Last: 1},
		storage.DocsRead{Kind: storage.LedgerKind, Index: storage.RefundedOf(t.who.Name), Last: 1})
	if err != nil {
		return err
	}
	var e, back village.LedgerEntry
	for i, x := range []*village.LedgerEntry{&e, &back} {
		for _, d := range raws[i] {
			if *x, err = storage.DecodeLedgerEntry(d); err != nil {
				return err
			}
		}
	}
	if e.ID == "" {
		return p.r.reply(ctx, t, "points.unredeem.usage", nil)
	}
	data := map[string]any{"Ref": e.SaleRef(), "E": e, "Label": p.label(v, e.Household), "Unit": p.unitOf(e.Item), "Last": true, "Now": t.at}
	if back.Reverses == e.ID {
		return p.r.reply(ctx, t, "points.unredeem.done", data)
	}
	if no := p.mayNotUndo(t, v, officer, e, data); no != "" {
		return p.r.reply(ctx, t, no, data)
	}
	q := question{Kind: words.AskRedeem, Undo: true, Text: strings.TrimSpace(cmd.word + " #" + e.SaleRef() + " " + note), For: e.Person, Item: e.Item, Msg: t.m.ID}
	if err := p.r.ask(t, q); err != nil {
		return err
	}
	return p.r.reply(ctx, t, "points.unredeem.offer", data)
}

// unitOf is the unit an item is counted in ("瓶"), for replies.
func (p *pointsFlow) unitOf(item string) string {
	return cmp.Or(p.shopItem(item).Unit, "件")
}

// askerFor is whom a household none of whose members uses WeChat asks its
// points of (「我的积分」 is no help to it): the 责任网格员 of its first
// member, else the grid's worker or leader (village.Phoner), titled
// ("网格员王五"); "" when a member uses WeChat or the grid has no one.
func (p *pointsFlow) askerFor(v, household string) string {
	var first village.Person
	for _, q := range p.r.people.All() {
		if q.Village != v || q.Household != household {
			continue
		}
		if q.UsesWeChat {
			return ""
		}
		if first.Name == "" {
			first = q
		}
	}
	if first.Name == "" {
		return ""
	}
	if w := village.Phoner(p.r.people.All(), first); w.Name != "" {
		return w.Titled()
	}
	return ""
}

// tellRedeemer tells the person a redemption was for, privately, when he
// uses WeChat and did not send the command himself.
func (p *pointsFlow) tellRedeemer(v string, person, sender village.Person, text string) []bot.Outbound {
	var out []bot.Outbound
	for _, to := range p.tellHousehold(v, person, sender) {
		if to == p.r.shown(person) {
			out = append(out, bot.Outbound{To: to, Kind: bot.Private, Priority: bot.Normal, Text: text})
		}
	}
	return out
}

// redeem handles 兑换 名字 物品 [数量] by the village's shopkeeper,
// against the household's redeemable (final, unspent) points, read and
// written at one version so two redemptions cannot overspend.
func (p *pointsFlow) redeem(ctx context.Context, t *turn, cmd command) error {
	if done, err := p.off(ctx, t); done {
		return err
	}
	s, done, err := p.saleOf(ctx, t, cmd)
	if done {
		return err
	}
	t.scope = s.sc
	saved := t.copies
	return p.retry(ctx, t, "", s.person.Name+"家的积分", func() error { return p.sell(ctx, t, cmd, s, saved) })
}

// sale is a 兑换 as the shopkeeper wrote it: for whom, what and how many.
type sale struct {
	v      string
	sc     storage.Scope
	person village.Person
	item   village.ShopItem
	qty    int
	// another: the words say it is one more purchase ("她也要一块"), not
	// the last one sent again under another member's name
	another bool
}

func (s sale) cost() int { return s.item.Points * s.qty }

// saleOf reads a 兑换 from the village's shopkeeper; done when it was
// answered instead (not his to record, glued speech, a person or an item
// not read).
func (p *pointsFlow) saleOf(ctx context.Context, t *turn, cmd command) (s sale, done bool, err error) {
	person, rest, done, err := p.redeemFor(ctx, t, cmd)
	if done {
		return sale{}, true, err
	}
	item, qty, done, err := p.redeemItem(ctx, t, cmd, person, rest)
	if done {
		return sale{}, true, err
	}
	v := cmp.Or(t.where.Village, t.who.Village)
	return sale{v: v, sc: storage.VillageScope(v), person: person, item: item, qty: qty, another: words.OneMore(rest)}, false, nil
}

// ownRedeem reports whether a 兑换 (args) by one who keeps no shop in v
// is a villager's own wish to redeem: he has a household in v, it is not
// the township's chat, and it names nobody on the roster but himself. A
// 兑换 naming someone else is one recording a sale, told whom to ask
// (shopRefuse).
func (p *pointsFlow) ownRedeem(t *turn, v, args string) bool {
	if v == "" || t.where.Kind == words.InOffice || t.who.Village != v || t.who.Household == "" {
		return false
	}
	name, _ := p.splitName(v, args) // the first word when no name is read
	return name == t.who.Name || !p.r.nameIn(v)(name)
}

// redeemFor is the person a 兑换 is for and the rest of its text; done
// when it was answered instead.
func (p *pointsFlow) redeemFor(ctx context.Context, t *turn, cmd command) (person village.Person, rest string, done bool, err error) {
	// "兑换张三洗洁精1" glued to its text is a command only from the
	// shopkeeper naming someone on the roster; "兑换券在哪里领" is speech.
	quiet := cmd.glued && !t.addr && t.where.Kind != words.InPrivate
	v := cmp.Or(t.where.Village, t.who.Village)
	shopkeeper := v != "" && t.who.Covers(village.RoleShopkeeper, v, t.where.Grid)
	if quiet && !shopkeeper {
		return person, "", true, p.r.freeText(ctx, t)
	}
	if !shopkeeper && p.ownRedeem(t, v, cmd.args) {
		// 「兑换 洗衣液」 from a villager: he wants to go and redeem
		return person, "", true, p.howToRedeem(ctx, t, false, false)
	}
	if _, done, err := p.shopAt(ctx, t, cmd.word); done {
		return person, "", true, err
	}
	// "兑换 张三 …", and for namesakes "兑换 三组 张三 …", "兑换 张三 QS-301 …"
	villages, grid, args := p.r.narrow([]string{v}, cmd.args)
	name, rest := p.splitName(v, args)
	fits, rest := p.r.whoIs(villages, grid, name, rest)
	if quiet && (name == "" || len(fits) == 0) {
		return person, "", true, p.r.freeText(ctx, t)
	}
	switch {
	case name == "":
		return person, "", true, p.r.reply(ctx, t, "points.redeem.usage", map[string]any{"Shop": p.shop})
	case len(fits) == 0:
		near := p.r.nearPeople(villages, grid, name, func(q village.Person) bool { return q.Household != "" })
		item, _, why, _ := words.ParseItem(rest, p.shop)
		if why == words.ItemNone {
			item = village.ShopItem{}
		}
		// 「是」 redeems for the one near, as written for him
		q := &question{Kind: words.AskRedeem, Item: item.Name, Msg: t.m.ID}
		if len(near) == 1 {
			q.For = near[0].Name
		}
		return person, "", true, p.r.unknownPerson(ctx, t, cmd.word, name, rest, "这条还没有兑换。", near, q, "")
	case len(fits) > 1:
		return person, "", true, p.r.whichPerson(ctx, t, cmd.word, name, rest, fits)
	case fits[0].Household == "":
		return person, "", true, p.r.reply(ctx, t, "points.redeem.nohousehold", map[string]string{"Name": fits[0].Name})
	}
	return fits[0], rest, false, nil
}

// redeemItem is the item and count of a 兑换 for person (rest is its text
// after the name); done when they were not read and the shopkeeper was
// asked instead: nothing is redeemed on a guess.
func (p *pointsFlow) redeemItem(ctx context.Context, t *turn, cmd command, person village.Person, rest string) (item village.ShopItem, qty int, done bool, err error) {
	item, qty, why, other := words.ParseItem(rest, p.shop)
	switch why {
	case "":
		return item, qty, false, nil
	case words.ItemNone:
		return item, 0, true, p.notSold(ctx, t, cmd, person, rest)
	}
	unit, _, _ := strings.Cut(cmp.Or(item.Unit, "件"), "（") // "袋（5公斤）" is counted in 袋
	if why == words.ItemUnit {
		return item, 0, true, p.otherUnitAsked(ctx, t, cmd, person, item, unit, qty, rest)
	}
	return item, 0, true, p.r.reply(ctx, t, "points.redeem."+why, map[string]any{"Item": item, "Other": other, "Name": person.Name, "Unit": unit,
		"Text": strings.TrimSpace(strings.Replace(words.FoldDigits(rest), item.Name, "", 1))})
}

// notSold answers a 兑换 of what the shop does not sell ("兑换 张三 茅台
// 1"): one item like it ("盐" for 食用盐, "肥皂" for 香皂) is asked about,
// and 「是」 redeems it as written right (the person as he wrote him).
func (p *pointsFlow) notSold(ctx context.Context, t *turn, cmd command, person village.Person, rest string) error {
	what := words.UnsoldItem(rest)
	if what == "" {
		return p.r.reply(ctx, t, "points.redeem.usage", map[string]any{"Shop": p.shop})
	}
	data := map[string]any{"What": what, "Name": person.Name, "Shop": p.shop}
	likely := words.LikelyWritten(rest, what, p.shop)
	if len(likely) > 0 {
		// what is not sold is most often the likely item misnamed: one
		// the household cannot afford is not offered
		v := cmp.Or(t.where.Village, t.who.Village)
		s := sale{v: v, sc: storage.VillageScope(v), person: person, item: likely[0]}
		t.scope = s.sc
		c, err := p.peekComing(ctx, s)
		if err != nil {
			return err
		}
		if bal := c.acct.Redeemable(); !slices.ContainsFunc(likely, func(it village.ShopItem) bool { return it.Points <= bal }) {
			data["Likely"], data["Item"], data["Label"], data["Asker"] = likely, likely[0], p.label(v, person.Household), p.askerFor(v, person.Household)
			data["Named"] = namedShort(what, likely)
			p.buysData(data, c, likely[0], t.at)
			return p.r.commitOut(ctx, t, p.balancePrivately(t, "points.redeem.notsold.short", data))
		}
	}
	if len(likely) > 0 {
		data["Likely"], data["Again"] = likely, strings.TrimSpace(strings.Replace(words.FoldDigits(rest), what, likely[0].Name, 1))
		if len(likely) == 1 {
			q := question{Kind: words.AskRedeem, Text: cmd.word + " " + strings.TrimSpace(strings.Replace(words.FoldDigits(cmd.args), what, likely[0].Name, 1)),
				For: person.Name, Item: likely[0].Name, Msg: t.m.ID}
			if err := p.r.ask(t, q); err != nil {
				return err
			}
		}
	}
	return p.r.reply(ctx, t, "points.redeem.notsold", data)
}

// sell decides a sale on what the household and the shop have, as this
// process follows them (no read when it does), and commits it, or
// answers why not. Each commit checks what it was decided on: a charge,
// the account and the stock it writes (and creates, the first time); any
// other answer (积分不够, out of stock, a question, made already), every
// read (turn.copies), since another replica may have changed them. Refused,
// the sale is decided again on them as read from Redis.
func (p *pointsFlow) sell(ctx context.Context, t *turn, cmd command, s sale, saved copiesRead) error {
	t.copies = saved // a refused attempt's reads are forgotten
	c, err := p.peekComing(ctx, s)
	if err != nil {
		return err
	}
	v, r := p.judge(t, s, c)
	if v != words.SaleCharge {
		for _, rd := range c.reads {
			t.copies.add(s.sc, rd)
		}
	}
	data := map[string]any{"Label": p.label(s.v, s.person.Household), "Item": s.item, "Qty": s.qty, "Cost": s.cost(),
		"Balance": max(c.acct.Redeemable(), 0), "Person": s.person.Name, "Asker": p.askerFor(s.v, s.person.Household)}
	switch v {
	case words.SaleMade:
		// 「是」 after he sent the redemption written out: made once
		data["At"] = r.At
		return p.r.reply(ctx, t, "points.redeem.made", data)
	case words.SaleShort:
		return p.redeemShort(ctx, t, s, c, data)
	case words.SaleNoStock:
		data["Left"], _ = c.stock.Left(s.item)
		return p.r.reply(ctx, t, "points.redeem.nostock", data)
	case words.SaleAgain, words.SaleKin:
		return p.askAgain(ctx, t, cmd, s, v, r, data)
	}
	return p.commitSale(ctx, t, s, c, data)
}

// judge decides a sale on c; r is the redemption made already that the
// verdict speaks of, if any. The same again (saleAgain) is asked about
// whatever came between: most often the message sent again (no reply
// seen, a network hiccup); the same for another member within kinWindow
// (saleKin) unless the words say it is one more. A 「是」
// (t.redeemAsked) is not asked about again.
func (p *pointsFlow) judge(t *turn, s sale, c counter) (words.SaleVerdict, village.Redemption) {
	if !t.redeemAsked.IsZero() {
		if r, ok := c.acct.RedeemedToday(s.item.Name, s.qty, s.person.Name, t.at, t.redeemAsked); ok {
			return words.SaleMade, r
		}
	}
	if c.acct.Redeemable() < s.cost() {
		return words.SaleShort, village.Redemption{}
	}
	if left, counted := c.stock.Left(s.item); counted && left < s.qty {
		return words.SaleNoStock, village.Redemption{}
	}
	if !t.redeemAsked.IsZero() {
		return words.SaleCharge, village.Redemption{}
	}
	if r, ok := c.acct.RedeemedToday(s.item.Name, s.qty, s.person.Name, t.at, time.Time{}); ok {
		return words.SaleAgain, r
	}
	if r, ok := c.acct.RedeemedForOther(s.item.Name, s.qty, s.person.Name, t.at.Add(-words.KinWindow)); ok && !s.another {
		return words.SaleKin, r
	}
	return words.SaleCharge, village.Redemption{}
}

// redeemShort answers a sale the household's redeemable points do not
// cover: the shopkeeper hears privately what is left, what it buys and
// when more becomes redeemable.
func (p *pointsFlow) redeemShort(ctx context.Context, t *turn, s sale, c counter, data map[string]any) error {
	// the same goods for the same person already taken today: sent again
	// (no reply seen) after it took the last points, "积分不够" alone reads
	// as if the first one failed
	if same, again := c.acct.RedeemedToday(s.item.Name, s.qty, s.person.Name, t.at, time.Time{}); again {
		data["Again"] = same.At
	} else if kin, ok := c.acct.RedeemedForOther(s.item.Name, s.qty, s.person.Name, t.at.Add(-words.KinWindow)); ok && !s.another {
		// the same goods for another member moments ago, under the
		// wrong name (points24): the first went through
		data["Again"], data["Kin"] = kin.At, kin.Person
	}
	p.buysData(data, c, s.item, t.at)
	// what was cleared would have paid: the clearing, not a want of
	// points, is why (31 December 18:00 at the counter, pts89)
	if cleared, _ := data["Cleared"].(int); cleared > 0 && cleared+max(c.acct.Redeemable(), 0) >= s.cost() {
		if at := p.cfg.LastClearing(t.at.In(p.r.cfg.Location())); !at.IsZero() && t.at.Sub(at) < clearingEvening {
			data["ClearedAt"], data["Now"] = at, t.at
		}
	}
	return p.r.commitOut(ctx, t, p.balancePrivately(t, "points.redeem.short", data))
}

// clearingEvening is how long after the year-end clearing a 兑换 that the
// cleared points would have paid is refused as 「年终已结算」 rather than
// 「积分不够」: the rush at the counter that evening and the next day.
const clearingEvening = 24 * time.Hour

// buysData is what points.short.buys tells after a refusal for want of
// points: what the household's balance buys, more of item (Fits) or
// cheaper goods (Cheaper), none of it when it buys nothing; and when more
// becomes redeemable, as the villager at the counter asks "那什么时候能换".
func (p *pointsFlow) buysData(data map[string]any, c counter, item village.ShopItem, at time.Time) {
	data["Cleared"], data["ClearedYear"] = words.LastCleared(c.acct, at)
	data["Balance"] = max(c.acct.Redeemable(), 0)
	p.comingData(data, c.approved, at)
	bal := c.acct.Redeemable()
	buys := false
	if bal > 0 && item.Points > 0 && bal >= item.Points {
		data["Fits"], buys = bal/item.Points, true
	} else if bal > 0 {
		cheaper := words.Affordable(p.shop, bal)
		data["Cheaper"], buys = cheaper, len(cheaper) > 0
	}
	if cl := p.cfg.ClearsSoon(at.In(p.r.cfg.Location())); buys && !cl.IsZero() {
		// December's rush: what the balance buys is lost after this, as
		// 我的积分 says (pts86)
		data["ClearsAt"] = cl
	}
}

// askAgain asks before charging goods redeemed already (r, as judge found
// it): nothing is charged until the shopkeeper says 是, so no retry
// counts twice.
func (p *pointsFlow) askAgain(ctx context.Context, t *turn, cmd command, s sale, v words.SaleVerdict, r village.Redemption, data map[string]any) error {
	block := "points.redeem.twice"
	if v == words.SaleKin {
		block, data["Kin"] = "points.redeem.kin", r.Person
	}
	data["Again"] = r.At
	q := question{Kind: words.AskRedeem, Text: strings.TrimSpace(cmd.word + " " + cmd.args), For: s.person.Name, Item: s.item.Name, Msg: t.m.ID}
	if err := p.r.ask(t, q); err != nil {
		return err
	}
	return p.r.reply(ctx, t, block, data)
}

// commitSale charges the sale to the household's account and the shop's
// counted stock, in one commit with the replies: the group hears it
// without the balance, the household privately with it.
func (p *pointsFlow) commitSale(ctx context.Context, t *turn, s sale, c counter, data map[string]any) error {
	e := village.LedgerEntry{At: t.at, Village: s.v, Grid: s.person.Grid, Household: s.person.Household, Person: s.person.Name,
		Points: s.cost(), Event: village.EventRedeem, Item: s.item.Name, Qty: s.qty, By: t.who.Name, Source: t.m.ID,
		Period: p.cfg.Period(t.at)} // after the year-end run: the new year's
	// The sale's own number (D3), counted on the village's stock document,
	// written at the version read: the shop's count, not the ledger's.
	c.stock.Sales++
	e.Sale = c.stock.Sales
	data["Ref"] = e.SaleRef() // to undo it
	if err := c.acct.Post(e); err != nil {
		return err
	}
	if left, counted := c.stock.Left(s.item); counted {
		c.stock.Sold[s.item.Name] += s.qty
		if left-s.qty <= s.item.Low {
			data["Low"] = left - s.qty
		}
	}
	docs := []storage.Doc{storage.LedgerDoc(e), storage.AccountDoc(c.acct), storage.StockDoc(c.stock)}
	data["Balance"] = max(c.acct.Redeemable(), 0)
	data["Group"] = t.where.Kind != words.InPrivate // no household's balance in a group
	out := []bot.Outbound{p.r.back(t, p.r.texts.Render("points.redeemed", data))}
	out = append(out, p.tellRedeemer(s.v, s.person, t.who, p.r.texts.Render("points.redeemed.told", data))...)
	t.out = out
	_, err := p.r.commit(ctx, t, storage.Change{Scope: s.sc, MsgID: t.m.ID, Docs: docs, Reads: c.reads[:words.ReadApprovedOf],
		Audit: storage.Audit{At: t.at, By: t.who.Name, Action: "points.redeem",
			Note: fmt.Sprintf("%s %s %s %s×%d −%d", e.SaleRef(), s.person.Household, s.person.Name, s.item.Name, s.qty, s.cost())},
		Out: out})
	return err
}

// counter is what a redemption is decided on: the household's account
// (new when it has none), its approved claims, on their way to
// redeemable, and the village's counted stock; reads are those reads, in
// that order (readAccount, readStock, readApprovedOf).
type counter struct {
	acct     village.Account
	approved []village.Claim
	stock    village.Stock
	reads    []storage.IndexRead
}

// peekComing reads what a sale is decided on: from this process's copies
// where it follows them (no round trip), the others from Redis together,
// in one round trip.
func (p *pointsFlow) peekComing(ctx context.Context, s sale) (counter, error) {
	raws, reads, err := p.r.store.FollowedOf(ctx, s.sc,
		storage.DocsRead{Kind: storage.AccountKind, Index: storage.AccountIndex(s.person.Household)},
		storage.DocsRead{Kind: storage.StockKind, Index: storage.StockIndex},
		storage.DocsRead{Kind: storage.ClaimKind, Index: storage.ApprovedOf(s.person.Household)})
	if err != nil {
		return counter{}, err
	}
	c := counter{reads: reads}
	if c.acct, err = storage.AccountOrNew(raws[words.ReadAccountOf], s.v, s.person.Household); err != nil {
		return c, err
	}
	if c.stock, err = storage.StockIn(raws[words.ReadStock], s.v); err != nil {
		return c, err
	}
	c.approved, err = storage.ClaimsIn(raws[words.ReadApprovedOf])
	return c, err
}

// balancePrivately renders block, which tells a household's balance: in a
// group, the group hears it without the balance (data "Group") and the
// sender gets the whole text privately.
func (p *pointsFlow) balancePrivately(t *turn, block string, data map[string]any) []bot.Outbound {
	if t.where.Kind == words.InPrivate {
		return []bot.Outbound{p.r.back(t, p.r.texts.Render(block, data))}
	}
	full := p.r.texts.Render(block, data)
	data["Group"] = true
	return []bot.Outbound{p.r.back(t, p.r.texts.Render(block, data)),
		p.r.toSender(t, full)}
}

// howToRedeem answers a villager who wants to spend points ("我想用积分
// 换两瓶酱油"): the shopkeeper records a redemption at the shop; he hears
// whom to go to, the price of what he named, his household's redeemable
// balance (his own, as 我的积分 tells it where he asks) and where the
// price list is.
//
// still: an item named was asked whether it can still be had ("洗衣液还能
// 兑换吗", pts101): the answer starts 能, or that a counted item is gone,
// and names the year-end clearing when it is near.
func (p *pointsFlow) howToRedeem(ctx context.Context, t *turn, still, stock bool) error {
	if done, err := p.off(ctx, t); done {
		return err
	}
	v := cmp.Or(t.where.Village, t.who.Village)
	data := map[string]any{"Shop": words.Names(p.r.people.InGrid(v, cmp.Or(t.where.Grid, t.who.Grid), village.RoleShopkeeper)),
		"Hours": p.cfg.Visit.Hours, "Place": p.cfg.Visit.Place, "Now": t.at}
	if still {
		data["Still"], data["Stock"] = true, stock
		if cl := p.cfg.ClearsSoon(t.at.In(p.r.cfg.Location())); !cl.IsZero() {
			data["Clears"] = cl
		}
	}
	// Price is what the least of it costs: whether the household's
	// points are enough is said privately with the balance
	if item, qty, why, _ := words.ParseItem(t.text, p.shop); why != words.ItemNone {
		data["Item"], data["Price"] = item, item.Points*max(qty, 1)
	} else if its := words.ShortNamed(t.text, p.shop); len(its) == 1 {
		data["Item"], data["Price"] = its[0], its[0].Points // "换袋米": 大米
	} else if len(its) > 1 {
		// "换点油": 食用油 and 酱油, each with its price
		data["Items"], data["Price"] = its, slices.MinFunc(its, func(a, b village.ShopItem) int { return a.Points - b.Points }).Points
	} else if m := words.MissingGoods(t.said().Canon, p.shop); m != "" {
		data["Missing"] = m // 「积分能换对联吗」: none sold (pts112)
	}
	if words.HowManyAsked(t.said().Canon) {
		data["Many"] = true // how many of it the balance buys, said with it
	}
	done, err := p.withOwnBalance(ctx, t, v, "points.redeem.how", "points.redeem.how", data)
	if done || err != nil {
		return err
	}
	return p.r.reply(ctx, t, "points.redeem.how", data)
}

// withOwnBalance answers with block the sender's household's redeemable
// balance in data (Household, Balance) when he has one in village v: said
// privately, the one reply; in a group, the balance stays out of it, as
// 我的积分's does (data's Group set), and goes to him privately with
// private. When data's Price is more than the balance, it also holds
// what the balance does buy and the points on their way (buysData), read
// with the account in one round trip. done is false, data unchanged, when
// he has no household there.
func (p *pointsFlow) withOwnBalance(ctx context.Context, t *turn, v, block, private string, data map[string]any) (done bool, err error) {
	if v == "" || t.who.Village != v || t.who.Household == "" {
		return false, nil
	}
	sc := storage.VillageScope(v)
	if t.scope == "" && t.where.Village == "" {
		t.scope = sc
	}
	c, err := p.peekComing(ctx, sale{v: v, sc: sc, person: t.who})
	if err != nil {
		return true, err
	}
	if p.r.scope(t) == sc {
		for _, rd := range c.reads {
			t.copies.add(sc, rd) // the reply is decided on them
		}
	}
	data["Household"], data["Balance"] = true, max(c.acct.Redeemable(), 0)
	if item, ok := data["Item"].(village.ShopItem); ok {
		if left, counted := c.stock.Left(item); counted && left <= 0 {
			data["SoldOut"] = true // counted, and none left: said as 能 would not be true
		} else if counted {
			data["Left"] = left // 「大米还有吗」 (Stock)
		}
	}
	if data["Many"] == true {
		// 「能换几袋米」: how many (pts108)
		delete(data, "Many")
		if item, ok := data["Item"].(village.ShopItem); ok && item.Points > 0 && c.acct.Redeemable() >= item.Points {
			data["Many"] = c.acct.Redeemable() / item.Points
		}
	}
	if price, _ := data["Price"].(int); price > c.acct.Redeemable() {
		// short: what the balance does buy, and when more is redeemable
		item, _ := data["Item"].(village.ShopItem)
		p.buysData(data, c, item, t.at)
	} else if _, priced := data["Price"]; !priced {
		// what its points buy asked ("我家积分能换啥"): the points still
		// to come and when, and December's clearing of what it buys now
		// (pts100: a household with 10 points in 公示 heard 「可兑换 0 分」
		// and nothing more)
		p.comingData(data, c.approved, t.at)
		if cl := p.cfg.ClearsSoon(t.at.In(p.r.cfg.Location())); !cl.IsZero() && len(words.Affordable(p.shop, c.acct.Redeemable())) > 0 {
			data["ClearsAt"] = cl
		}
	}
	if t.where.Kind == words.InPrivate {
		return true, p.r.reply(ctx, t, block, data)
	}
	full := p.r.texts.Render(private, data)
	data["Group"] = true
	return true, p.r.commitOut(ctx, t, []bot.Outbound{p.r.toSender(t, full), p.r.back(t, p.r.texts.Render(block, data))})
}

// restock handles 补货 物品 数量 by the shopkeeper, for counted items.
func (p *pointsFlow) restock(ctx context.Context, t *turn, cmd command) error {
	if done, err := p.off(ctx, t); done {
		return err
	}
	v, done, err := p.shopAt(ctx, t, cmd.word)
	if done {
		return err
	}
	item, qty, why, _ := words.ParseItem(cmd.args, p.shop)
	if why != "" || item.Stock <= 0 {
		var counted []string
		for _, it := range p.shop {
			if it.Stock > 0 {
				counted = append(counted, it.Name)
			}
		}
		data := map[string]any{"Counted": counted, "Example": "大米"}
		if len(counted) > 0 {
			data["Example"] = counted[0]
		}
		if why == "" {
			data["Uncounted"] = item.Name // "补货 毛巾 20": the shop does not count it
		}
		return p.r.reply(ctx, t, "points.restock.usage", data)
	}
	ps := p.r.store
	sc := storage.VillageScope(v)
	t.scope = sc
	return p.retry(ctx, t, "", item.Name+"的库存", func() error {
		stock, err := storage.StockOf(ctx, ps, sc, v)
		if err != nil {
			return err
		}
		if stock.Restocked == nil {
			stock.Restocked = map[string]int{}
		}
		stock.Restocked[item.Name] += qty
		left, _ := stock.Left(item)
		t.out = []bot.Outbound{p.r.back(t, p.r.texts.Render("points.restocked", map[string]any{"Item": item, "Qty": qty, "Left": left}))}
		_, err = p.r.commit(ctx, t, storage.Change{Scope: sc, MsgID: t.m.ID, Docs: []storage.Doc{storage.StockDoc(stock)},
			Audit: storage.Audit{At: t.at, By: t.who.Name, Action: "points.restock", Note: fmt.Sprintf("%s +%d", item.Name, qty)},
			Out:   t.out})
		return err
	})
}

// otherUnitAsked answers a 兑换 counted in another unit than the item's
// ("兑换 张三 香皂 2包" of 香皂 sold by the 块): nothing is redeemed; 「1」
// redeems qty of the item's unit, as the words most plainly read, and
// the shopkeeper is shown how to write the count in that unit instead.
func (p *pointsFlow) otherUnitAsked(ctx context.Context, t *turn, cmd command, person village.Person, item village.ShopItem, unit string, qty int, rest string) error {
	line := strings.Join([]string{cmd.word, p.written(person), item.Name, strconv.Itoa(qty)}, " ")
	if err := p.r.ask(t, question{Kind: words.AskCommand, Text: line, Msg: t.m.ID}); err != nil {
		return err
	}
	return p.r.reply(ctx, t, "points.redeem.unit", map[string]any{"Item": item, "Unit": unit, "Qty": qty, "Line": line,
		"Said": words.OtherUnit(words.FoldDigits(rest), item.Unit), "Name": p.written(person),
		"Text": strings.TrimSpace(strings.Replace(words.FoldDigits(rest), item.Name, "", 1))})
}

// namedShort reports whether what, written for goods the shop has no item
// of, is short for its one likely item (「一桶油」 of 食用油): refused for
// want of points, the reply names that item, not goods the shop lacks
// (「积分超市没有「油」」, pts74).
func namedShort(what string, likely []village.ShopItem) bool {
	return len(likely) == 1 && what != "" && strings.Contains(likely[0].Name, what)
}
