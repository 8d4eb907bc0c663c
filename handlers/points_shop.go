package handlers

// Reading what the shopkeeper writes at the points supermarket: the item
// and how many ("洗衣液 两瓶", "5升食用油", "三条毛巾").

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"gridbot/bot"
	"gridbot/storage"
	"gridbot/understand"
	"gridbot/village"
)

var (
	// sizeRe is a size ("5升", "2.5公斤", "500ml", "500ml装"): the
	// item's own size, or a weight or volume the shopkeeper measured.
	sizeRe = regexp.MustCompile(`(?i)[0-9]+(?:\.[0-9]+)?\s*(?:毫升|公斤|千克|升|斤|克|ml|kg|l|g)(?:装)?`)
	// qtyTokenRe is a count: digits (maybe with 千 or 万: "1千"), or
	// Chinese numerals, with a sign.
	qtyTokenRe = regexp.MustCompile(`([+\-－负]?)\s*([0-9]+\s*[千万]?|[` + hanNumerals + `]+)`)
	// priceRe is a price, not a count: "20分", "二十积分", "5元", "5块钱".
	priceRe = regexp.MustCompile(`(?:[0-9]+|[` + hanNumerals + `]+)\s*(?:积分|分|元|块钱)`)
	// packRe is a pack size, not a count: "5支装", "十条装".
	packRe = regexp.MustCompile(`(?:[0-9]+|[` + hanNumerals + `]+)\s*[` + measureWords + `]?\s*装`)
	// fractionRe is part of a unit: "一瓶半", "半袋", "1.5瓶".
	fractionRe = regexp.MustCompile(`半|[0-9]+\.[0-9]+`)
)

// hanNumerals are what Chinese numerals are written with.
const hanNumerals = "零一二两三四五六七八九十百千万"

// maxQty is the most of one item one redemption takes.
const maxQty = 999

// measureWords follow a count ("两瓶", "三条"); the item's own unit is
// one of them too.
const measureWords = "个瓶袋桶条块支提台包盒箱件只双套盆把张卷斤份罐听"

// Why parseItem could not read a redemption: the reply asks about it
// rather than guess, so the household is never charged more than the
// shopkeeper clearly asked.
const (
	itemNone     = "none"     // no item of the shop is named
	itemQuantity = "quantity" // the count is negative, zero, several or unreadable
	itemTooMany  = "toomany"  // the count is beyond maxQty ("一千瓶")
	itemPrice    = "price"    // "20分": a price where a count goes
	itemSize     = "size"     // "大米 20斤": a weight for an item sold by the bag
	itemPack     = "pack"     // "5支装": a pack size
	itemFraction = "fraction" // "一瓶半"
	itemMany     = "many"     // two items ("洗衣液 毛巾")
	itemUnit     = "unit"     // "香皂 2包": a count in another unit than the item's 块
)

// parseItem finds a supermarket item and the quantity in s ("洗衣液 2",
// "洗衣液2瓶", "洗衣液 两瓶", "三条毛巾", "大米"): the longest item name
// that appears, quantity 1 when none is written. The item's own size
// ("5升食用油" for a 桶（5升）) is no quantity. why is "" when both are
// read, else one of the item* reasons (item set unless itemNone; also the
// other item for itemMany).
func parseItem(s string, shop []village.ShopItem) (item village.ShopItem, qty int, why string, other village.ShopItem) {
	s = foldDigits(s)
	best := -1
	for i, it := range shop {
		if it.Name != "" && strings.Contains(s, it.Name) && (best < 0 || len(it.Name) > len(shop[best].Name)) {
			best = i
		}
	}
	if best < 0 {
		return village.ShopItem{}, 0, itemNone, other
	}
	item = shop[best]
	rest := strings.Replace(s, item.Name, " ", 1)
	for i, it := range shop {
		if i != best && it.Name != "" && strings.Contains(rest, it.Name) && !strings.Contains(item.Name, it.Name) {
			if strings.Index(s, it.Name) < strings.Index(s, item.Name) {
				item, it = it, item // in the order written
			}
			return item, 0, itemMany, it
		}
	}
	if m := priceRe.FindString(rest); m != "" {
		// "电压力锅 1台 210分": a count with its matching price is clear.
		without := strings.Replace(rest, m, " ", 1)
		price, _ := strconv.Atoi(strings.TrimRight(m, "积分元块钱 "))
		if n, ok := chineseNumber(strings.TrimRight(m, "积分元块钱 ")); ok {
			price = n
		}
		qty, ok := readQuantity(without, item.Unit)
		if !ok || !qtyTokenRe.MatchString(without) || priceRe.MatchString(without) || qty*item.Points != price {
			return item, 0, itemPrice, other
		}
		if qty > maxQty {
			return item, 0, itemTooMany, other
		}
		return item, qty, "", other
	}
	unitSize := sizeText(item.Unit)
	for _, size := range sizeRe.FindAllString(rest, -1) {
		if !strings.Contains(unitSize, strings.TrimSuffix(sizeText(size), "装")) {
			return item, 0, itemSize, other
		}
	}
	rest = sizeRe.ReplaceAllString(rest, " ")
	if packRe.MatchString(rest) {
		return item, 0, itemPack, other
	}
	if fractionRe.MatchString(rest) {
		return item, 0, itemFraction, other
	}
	qty, ok := readQuantity(rest, item.Unit)
	switch {
	case !ok || qty < 1:
		return item, 0, itemQuantity, other
	case qty > maxQty:
		return item, 0, itemTooMany, other
	case otherUnit(rest, item.Unit) != "":
		// "香皂 2包" of 香皂 sold by the 块: two 块 or two packs of
		// several is for the shopkeeper to say (qty: as written)
		return item, qty, itemUnit, other
	}
	return item, qty, "", other
}

// anyUnit are measure words said of any goods ("两个", "一件", "一份"):
// no other unit than the item's.
const anyUnit = "个件份"

// otherUnit is the measure word after a count in s that is neither unit's
// (the item's: "块", "袋（5公斤）"; 包 and 袋 one) nor one said of anything (anyUnit):
// "包" in "2包" of 香皂 sold by the 块; "" when there is none.
func otherUnit(s, unit string) string {
	own := ownUnits(unit)
	for _, r := range countedIn(s) {
		if !strings.ContainsRune(own+anyUnit, r) {
			return string(r)
		}
	}
	return ""
}

// ownUnits are the measure words an item sold by unit ("块", "袋（5公斤）")
// is counted in: its own, 包 and 袋 one.
func ownUnits(unit string) string {
	own, _, _ := strings.Cut(unit, "（")
	if strings.ContainsAny(own, "袋包") {
		own += "袋包" // "一包盐" is the 袋 it is sold by
	}
	return own
}

// countedIn are the measure words after the counts in s ("瓶" of "一瓶油").
func countedIn(s string) []rune {
	var words []rune
	for _, m := range qtyTokenRe.FindAllStringIndex(s, -1) {
		if r, _ := firstRune(strings.TrimLeft(s[m[1]:], " ")); strings.ContainsRune(measureWords, r) {
			words = append(words, r)
		}
	}
	return words
}

// likelyWritten are the likelyItems of what, the name the shopkeeper wrote
// in s for what the shop does not sell; of several, the one sold in the
// unit s counts it in when only one is ("一瓶油": 酱油 by the 瓶, not 食用油
// by the 桶; "一桶油": 食用油). The suggestion (tookData) and the 兑换
// (notSold) narrow alike.
func likelyWritten(s, what string, shop []village.ShopItem) []village.ShopItem {
	likely := likelyItems(what, shop)
	if len(likely) < 2 {
		return likely
	}
	var in []village.ShopItem
	for _, r := range countedIn(foldDigits(s)) {
		if strings.ContainsRune(anyUnit, r) {
			continue // "一个" is said of anything
		}
		for _, it := range likely {
			if strings.ContainsRune(ownUnits(it.Unit), r) && !slices.ContainsFunc(in, func(o village.ShopItem) bool { return o.Name == it.Name }) {
				in = append(in, it)
			}
		}
	}
	if len(in) == 1 {
		return in
	}
	return likely
}

// countRe is a count at either end of what was written ("茅台 1",
// "两瓶茅台"), with its measure word.
var countRe = regexp.MustCompile(`^[0-9` + hanNumerals + `]+\s*[` + measureWords + `]?|[0-9` + hanNumerals + `]+\s*[` + measureWords + `]?$`)

// unsoldItem is what the shopkeeper wrote for an item the shop does not
// sell, without its count: "茅台" of "茅台 1"; "" when nothing is written.
func unsoldItem(s string) string {
	s = strings.TrimSpace(foldDigits(s))
	if what := strings.TrimSpace(countRe.ReplaceAllString(s, "")); understand.HasContent(what) {
		return what
	}
	if understand.HasContent(s) && !countRe.MatchString(s) {
		return s
	}
	return ""
}

// sells reports whether s names an item of the shop, or one like it
// ("一桶油"): "张三换了新手机" is no redemption.
func (p *pointsFlow) sells(s string) bool {
	if _, _, why, _ := parseItem(s, p.shop); why != itemNone {
		return true
	}
	what := unsoldItem(s)
	return what != "" && len(likelyItems(what, p.shop)) > 0
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
	if _, _, why, _ := parseItem(what, p.shop); why != itemNone {
		return data
	}
	unsold := unsoldItem(what)
	likely := likelyWritten(what, unsold, p.shop)
	data["What"], data["Likely"] = unsold, likely
	if len(likely) != 1 {
		data["Command"] = "兑换 " + name + " 物品 数量"
		return data
	}
	again := strings.TrimSpace(strings.Replace(foldDigits(what), unsold, likely[0].Name, 1))
	if _, _, why, _ := parseItem(again, p.shop); why != "" {
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
	v := cmp.Or(t.where.village, t.who.Village)
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
		if item, qty, why, _ := parseItem(rest, p.shop); why == "" {
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
		short["What"], short["Likely"] = data["What"], likely
		p.buysData(short, c, s.item, t.at)
		return p.r.commitOut(ctx, t, p.balancePrivately(t, "points.redeem.notsold.short", short))
	})
	if !done {
		t.copies, t.scope = saved, scope
	}
	return done || err != nil, err
}

// shortNamed are the items of shop that text names by the end of its name
// ("米" of 大米, "盐" of 食用盐, "油" of 食用油 and 酱油), said after a word
// of taking, a count or a measure word ("换袋米", "换点油", "两桶油") and
// ending the text or before a particle; of several, those sold by the
// measure word said before it when any is ("换桶油": 食用油).
func shortNamed(text string, shop []village.ShopItem) []village.ShopItem {
	text = foldDigits(text)
	var out, byUnit []village.ShopItem
	for _, it := range shop {
		rs := []rune(it.Name)
		for k := 1; k < len(rs); k++ {
			unit, ok := saidShort(text, string(rs[k:]))
			if !ok {
				continue
			}
			out = append(out, it)
			if unit != 0 && strings.ContainsRune(ownUnits(it.Unit), unit) {
				byUnit = append(byUnit, it)
			}
			break
		}
	}
	if len(byUnit) > 0 {
		return byUnit
	}
	return out
}

// saidShort reports whether text says word as a thing taken (shortNamed),
// and the measure word right before it, if any.
func saidShort(text, word string) (unit rune, ok bool) {
	for i := strings.Index(text, word); i >= 0; {
		before, _ := utf8.DecodeLastRuneInString(text[:i])
		after, _ := utf8.DecodeRuneInString(text[i+len(word):])
		ends := i+len(word) == len(text) || !unicode.Is(unicode.Han, after) || strings.ContainsRune("吗呢吧啊么呀了行可不", after)
		if ends && strings.ContainsRune("换兑拿领买点些"+measureWords+hanNumerals+"0123456789", before) {
			if strings.ContainsRune(measureWords, before) {
				unit = before
			}
			return unit, true
		}
		next := strings.Index(text[i+len(word):], word)
		if next < 0 {
			break
		}
		i += len(word) + next
	}
	return 0, false
}

// likelyItems are the items the shopkeeper may have meant by what the
// shop does not sell: those that share the most characters with it ("盐"
// of 食用盐, "油" of 食用油 and 酱油, "肥皂" for 香皂, "洗衣粉" for 洗衣液,
// "纸巾" for 卫生纸 or 毛巾, "电饭锅" for 电压力锅); nil when none shares
// one, or too many share as many to help. One character shared counts only
// when it ends either word, the thing it names (皂, 盐, 纸): "电视机" shares
// only 电 with 电压力锅 and is no likely 电压力锅.
func likelyItems(what string, shop []village.ShopItem) []village.ShopItem {
	var out []village.ShopItem
	most := 0
	for _, it := range shop {
		n, shared := 0, rune(0)
		for _, r := range slices.Compact([]rune(what)) {
			if strings.ContainsRune(it.Name, r) {
				n, shared = n+1, r
			}
		}
		if n == 1 && !strings.HasSuffix(what, string(shared)) && !strings.HasSuffix(it.Name, string(shared)) {
			n = 0
		}
		switch {
		case n == 0 || n < most:
		case n > most:
			out, most = []village.ShopItem{it}, n
		default:
			out = append(out, it)
		}
	}
	if len(out) > 3 {
		return nil // too loose to help
	}
	return out
}

// sizeUnits spell sizes one way, so that "5L" is the "5升" of 桶（5升）.
var sizeUnits = strings.NewReplacer("毫升", "ml", "公斤", "kg", "千克", "kg", "升", "l", " ", "")

// sizeText is s with its size units spelled one way.
func sizeText(s string) string { return sizeUnits.Replace(strings.ToLower(s)) }

// readQuantity reads the one count in s; 1 when there is none. A
// Chinese numeral counts only before a measure word or standing alone
// ("两瓶", "两"), so that words such as "一下" are no count.
func readQuantity(s, unit string) (int, bool) {
	qty, found := 1, false
	for _, m := range qtyTokenRe.FindAllStringSubmatchIndex(s, -1) {
		sign, num := s[m[2]:m[3]], s[m[4]:m[5]]
		after := strings.TrimLeft(s[m[1]:], " ")
		if r, _ := firstRune(num); r < '0' || r > '9' {
			r, _ := firstRune(after)
			if after != "" && !strings.ContainsRune(measureWords+unit, r) && !strings.ContainsRune(" ，,。、", r) {
				continue
			}
		}
		n, ok := countNumber(num)
		if !ok {
			return 0, false
		}
		if sign != "" && sign != "+" || found {
			return 0, false // a negative count, or two counts
		}
		qty, found = n, true
	}
	return qty, true
}

func firstRune(s string) (rune, bool) {
	for _, r := range s {
		return r, true
	}
	return 0, false
}

// countNumber reads a count: digits, digits with 千 or 万 ("1千"), or
// Chinese numerals. Counts of more than nine digits are not read.
func countNumber(s string) (int, bool) {
	digits, mult := strings.TrimSpace(strings.TrimRight(s, "千万")), 1
	switch {
	case strings.HasSuffix(s, "千"):
		mult = 1000
	case strings.HasSuffix(s, "万"):
		mult = 10000
	}
	if n, err := strconv.Atoi(digits); err == nil && len(digits) <= 9 {
		return n * mult, true
	}
	return chineseNumber(s)
}

// chineseDigits and chineseUnits are the numerals chineseNumber reads.
var (
	chineseDigits = map[rune]int{'零': 0, '一': 1, '二': 2, '两': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9}
	chineseUnits  = map[rune]int{'十': 10, '百': 100, '千': 1000, '万': 10000}
)

// chineseNumber reads 一 to 九万九千九百九十九 ("两", "十二", "二十",
// "三百零五", "一千").
func chineseNumber(s string) (int, bool) {
	total, cur, last := 0, -1, 100000
	for _, r := range s {
		if d, ok := chineseDigits[r]; ok {
			if cur > 0 {
				return 0, false // "二三"
			}
			cur = d
			continue
		}
		unit := chineseUnits[r]
		if unit == 0 || unit >= last {
			return 0, false
		}
		if cur < 0 {
			cur = 1 // "十二"
		}
		total, cur, last = total+cur*unit, -1, unit
	}
	if cur > 0 {
		total += cur
	}
	return total, total > 0
}

// shopRefuse tells someone who is not the village's shopkeeper whom to ask.
// shopAt is the village whose shop the sender keeps; done when he may not
// record in this chat and has been told so: he is no shopkeeper here, or
// it is the township's chat, where a household's redemption is nobody's
// business (DESIGN: the shopkeeper, in the grid group or privately).
func (p *pointsFlow) shopAt(ctx context.Context, t *turn, word string) (v string, done bool, err error) {
	v = cmp.Or(t.where.village, t.who.Village)
	if v == "" || !t.who.Covers(village.RoleShopkeeper, v, t.where.grid) {
		return v, true, p.shopRefuse(ctx, t, v, word)
	}
	if t.where.kind == inOffice {
		return v, true, p.r.reply(ctx, t, "points.shop.office", map[string]any{"Verb": word, "Village": v})
	}
	return v, false, nil
}

func (p *pointsFlow) shopRefuse(ctx context.Context, t *turn, v, word string) error {
	var ask []string
	if v != "" {
		for _, s := range p.r.people.InGrid(v, t.where.grid, village.RoleShopkeeper) {
			ask = append(ask, s.Name)
		}
	}
	return p.r.reply(ctx, t, "refuse", map[string]any{"Verb": word, "Who": "积分超市管理员", "Ask": ask})
}

// ledgerRefRe is a ledger reference: "#L12", "L12".
var ledgerRefRe = regexp.MustCompile(`(?i)(?:^|[^0-9A-Za-z])#?\s*L\s*([0-9]{1,9})`)

// ledgerRef is the ledger entry a command names: in its text, else in the
// quoted bot message; 0 when there is none.
func ledgerRef(t *turn, args string) int {
	for _, s := range []string{args, quoteText(t)} {
		if m := ledgerRefRe.FindStringSubmatch(s); m != nil {
			n, _ := strconv.Atoi(m[1])
			return n
		}
	}
	return 0
}

func quoteText(t *turn) string {
	if t.quote == nil {
		return ""
	}
	return t.quote.Text
}

// unredeemWindow is how long after a redemption its shopkeeper may undo
// it: a mistake is seen at the counter or when the household is told;
// later, the goods are long gone and a township officer decides.
const unredeemWindow = 7 * 24 * time.Hour

// unredeem handles 撤销兑换 #L12 [理由]: a mistaken redemption of this
// year, before the year-end run, is given back once, with its points and
// stock. The shopkeeper may within unredeemWindow and not for his own
// household (as a scorer may not score his own); a township officer may
// at any time of the year.
func (p *pointsFlow) unredeem(ctx context.Context, t *turn, cmd command) error {
	if done, err := p.off(ctx, t); done {
		return err
	}
	v := cmp.Or(t.where.village, t.who.Village)
	officer := v != "" && t.where.kind != inOffice && t.who.Has(village.RoleOfficer)
	if !officer {
		var done bool
		var err error
		if v, done, err = p.shopAt(ctx, t, cmd.word); done {
			return err
		}
	}
	n := ledgerRef(t, cmd.args)
	note := strings.TrimSpace(ledgerRefRe.ReplaceAllString(cmd.args, " "))
	sc := storage.VillageScope(v)
	t.scope = sc
	if n == 0 {
		return p.offerLast(ctx, t, cmd, sc, v, officer, note)
	}
	ref := "L" + strconv.Itoa(n)
	return p.retry(ctx, t, ref, "", func() error {
		d, err := p.r.store.Doc(ctx, sc, storage.LedgerKind, n)
		if errors.Is(err, storage.ErrNotFound) {
			return p.r.reply(ctx, t, "points.unredeem.unknown", map[string]any{"Ref": ref})
		}
		if err != nil {
			return err
		}
		e, err := storage.DecodeLedgerEntry(d)
		if err != nil {
			return err
		}
		data := map[string]any{"Ref": ref, "E": e, "Label": p.label(v, e.Household), "Unit": p.unitOf(e.Item), "Now": t.at}
		if e.Event == village.EventRefund {
			return p.r.reply(ctx, t, "points.unredeem.isrefund", data)
		}
		if e.Event != village.EventRedeem {
			return p.r.reply(ctx, t, "points.unredeem.unknown", data)
		}
		// After the year-end run a refund would bring back points the
		// clearing already took (QA round 4, N7): the year is closed.
		if open, err := p.yearOpen(ctx, sc, e.Year(), t); err != nil {
			return err
		} else if !open {
			return p.r.reply(ctx, t, "points.unredeem.old", data)
		}
		acct, err := p.peek(ctx, sc, v, e.Household)
		if err != nil {
			return err
		}
		if slices.Contains(acct.Reversed, ref) {
			return p.r.reply(ctx, t, "points.unredeem.done", data)
		}
		if no := p.mayNotUndo(t, v, officer, e, data); no != "" {
			return p.r.reply(ctx, t, no, data)
		}
		back := village.LedgerEntry{At: t.at, Village: v, Grid: e.Grid, Household: e.Household, Person: e.Person,
			Points: e.Points, Event: village.EventRefund, Item: e.Item, Qty: e.Qty, By: t.who.Name, Source: t.m.ID,
			Period: e.Period, Reverses: ref, Note: note}
		if err := acct.Post(back); err != nil {
			return err
		}
		docs := []storage.Doc{storage.RefundDoc(back, e), storage.AccountDoc(acct)}
		if stock, err := p.unsell(ctx, sc, v, e); err != nil {
			return err
		} else if stock != nil {
			docs = append(docs, storage.StockDoc(*stock))
		}
		data["Balance"] = max(acct.Redeemable(), 0)
		data["Group"] = t.where.kind != inPrivate // no household's balance in a group
		var told []bot.Outbound
		if person, err := p.r.people.Lookup(v, e.Person); err == nil {
			told = p.tellRedeemer(v, person, t.who, p.r.texts.Render("points.unredeemed.told", data))
		}
		data["Told"] = len(told) > 0 // the group reply says where the balance went
		data["Asker"] = p.askerFor(v, e.Household)
		out := append([]bot.Outbound{p.r.back(t, p.r.texts.Render("points.unredeemed", data))}, told...)
		t.out = out
		_, err = p.r.store.Commit(ctx, storage.Change{Scope: sc, MsgID: t.m.ID, Docs: docs,
			Audit: storage.Audit{At: t.at, By: t.who.Name, Action: "points.refund",
				Note: fmt.Sprintf("%s %s %s %s×%d +%d %s", ref, e.Household, e.Person, e.Item, e.Qty, e.Points, note)},
			Out: out})
		return err
	})
}

// mayNotUndo is the reply refusing the sender the undoing of redemption e
// of village v, "" when he may: a shopkeeper (not officer) may not undo
// his own household's, nor one past unredeemWindow. data gains whom to
// ask instead.
func (p *pointsFlow) mayNotUndo(t *turn, v string, officer bool, e village.LedgerEntry, data map[string]any) string {
	if officer {
		return ""
	}
	data["Ask"], data["Days"] = names(p.r.people.InGrid(v, e.Grid, village.RoleOfficer)), int(unredeemWindow.Hours()/24)
	switch {
	case t.who.Village == v && t.who.Household != "" && t.who.Household == e.Household:
		return "points.unredeem.own"
	case t.at.Sub(e.At) > unredeemWindow:
		return "points.unredeem.late"
	}
	return ""
}

// offerLast answers 撤销兑换 without a number: the last redemption the
// sender made here is offered, and a 「是」 undoes it as 「撤销兑换 #L…」
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
	data := map[string]any{"Ref": e.ID, "E": e, "Label": p.label(v, e.Household), "Unit": p.unitOf(e.Item), "Last": true, "Now": t.at}
	if back.Reverses == e.ID {
		return p.r.reply(ctx, t, "points.unredeem.done", data)
	}
	if no := p.mayNotUndo(t, v, officer, e, data); no != "" {
		return p.r.reply(ctx, t, no, data)
	}
	q := question{Kind: askRedeem, Undo: true, Text: strings.TrimSpace(cmd.word + " #" + e.ID + " " + note), For: e.Person, Item: e.Item, Msg: t.m.ID}
	if err := p.r.ask(t, q); err != nil {
		return err
	}
	return p.r.reply(ctx, t, "points.unredeem.offer", data)
}

// unitOf is the unit an item is counted in ("瓶"), for replies.
func (p *pointsFlow) unitOf(item string) string {
	if i := slices.IndexFunc(p.shop, func(s village.ShopItem) bool { return s.Name == item }); i >= 0 && p.shop[i].Unit != "" {
		return p.shop[i].Unit
	}
	return "件"
}

// unsell puts a redemption's items back in the counted stock; nil when
// the item's stock is not counted.
func (p *pointsFlow) unsell(ctx context.Context, sc storage.Scope, v string, e village.LedgerEntry) (*village.Stock, error) {
	i := slices.IndexFunc(p.shop, func(s village.ShopItem) bool { return s.Name == e.Item })
	if i < 0 || p.shop[i].Stock <= 0 {
		return nil, nil
	}
	stock, err := storage.StockOf(ctx, p.r.store, sc, v)
	if err != nil {
		return nil, err
	}
	stock.Sold[e.Item] -= e.Qty
	return &stock, nil
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
	v := cmp.Or(t.where.village, t.who.Village)
	return sale{v: v, sc: storage.VillageScope(v), person: person, item: item, qty: qty, another: oneMore(rest)}, false, nil
}

// redeemFor is the person a 兑换 is for and the rest of its text; done
// when it was answered instead.
func (p *pointsFlow) redeemFor(ctx context.Context, t *turn, cmd command) (person village.Person, rest string, done bool, err error) {
	// "兑换张三洗洁精1" glued to its text is a command only from the
	// shopkeeper naming someone on the roster; "兑换券在哪里领" is speech.
	quiet := cmd.glued && !t.addr && t.where.kind != inPrivate
	v := cmp.Or(t.where.village, t.who.Village)
	shopkeeper := v != "" && t.who.Covers(village.RoleShopkeeper, v, t.where.grid)
	if quiet && !shopkeeper {
		return person, "", true, p.r.freeText(ctx, t)
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
		item, _, why, _ := parseItem(rest, p.shop)
		if why == itemNone {
			item = village.ShopItem{}
		}
		// 「是」 redeems for the one near, as written for him
		q := &question{Kind: askRedeem, Item: item.Name, Msg: t.m.ID}
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
	item, qty, why, other := parseItem(rest, p.shop)
	switch why {
	case "":
		return item, qty, false, nil
	case itemNone:
		return item, 0, true, p.notSold(ctx, t, cmd, person, rest)
	}
	unit, _, _ := strings.Cut(cmp.Or(item.Unit, "件"), "（") // "袋（5公斤）" is counted in 袋
	if why == itemUnit {
		return item, 0, true, p.otherUnitAsked(ctx, t, cmd, person, item, unit, qty, rest)
	}
	return item, 0, true, p.r.reply(ctx, t, "points.redeem."+why, map[string]any{"Item": item, "Other": other, "Name": person.Name, "Unit": unit,
		"Text": strings.TrimSpace(strings.Replace(foldDigits(rest), item.Name, "", 1))})
}

// notSold answers a 兑换 of what the shop does not sell ("兑换 张三 茅台
// 1"): one item like it ("盐" for 食用盐, "肥皂" for 香皂) is asked about,
// and 「是」 redeems it as written right (the person as he wrote him).
func (p *pointsFlow) notSold(ctx context.Context, t *turn, cmd command, person village.Person, rest string) error {
	what := unsoldItem(rest)
	if what == "" {
		return p.r.reply(ctx, t, "points.redeem.usage", map[string]any{"Shop": p.shop})
	}
	data := map[string]any{"What": what, "Name": person.Name, "Shop": p.shop}
	likely := likelyWritten(rest, what, p.shop)
	if len(likely) > 0 {
		// what is not sold is most often the likely item misnamed: one
		// the household cannot afford is not offered
		v := cmp.Or(t.where.village, t.who.Village)
		s := sale{v: v, sc: storage.VillageScope(v), person: person, item: likely[0]}
		t.scope = s.sc
		c, err := p.peekComing(ctx, s)
		if err != nil {
			return err
		}
		if bal := c.acct.Redeemable(); !slices.ContainsFunc(likely, func(it village.ShopItem) bool { return it.Points <= bal }) {
			data["Likely"], data["Item"], data["Label"], data["Asker"] = likely, likely[0], p.label(v, person.Household), p.askerFor(v, person.Household)
			p.buysData(data, c, likely[0], t.at)
			return p.r.commitOut(ctx, t, p.balancePrivately(t, "points.redeem.notsold.short", data))
		}
	}
	if len(likely) > 0 {
		data["Likely"], data["Again"] = likely, strings.TrimSpace(strings.Replace(foldDigits(rest), what, likely[0].Name, 1))
		if len(likely) == 1 {
			q := question{Kind: askRedeem, Text: cmd.word + " " + strings.TrimSpace(strings.Replace(foldDigits(cmd.args), what, likely[0].Name, 1)),
				For: person.Name, Item: likely[0].Name, Msg: t.m.ID}
			if err := p.r.ask(t, q); err != nil {
				return err
			}
		}
	}
	return p.r.reply(ctx, t, "points.redeem.notsold", data)
}

// oneMoreRe are words that make a 兑换 one more purchase, not the last
// one sent again: "兑换 刘芳 香皂 1 她也要", "再来一块", "另买的".
var oneMoreRe = regexp.MustCompile(`又|再|另|也|还要|第二`)

// oneMore reports whether the text of a 兑换 after the name says it is one
// more purchase.
func oneMore(rest string) bool { return oneMoreRe.MatchString(rest) }

// kinWindow is how soon after the same goods were redeemed for one member
// of a household the same again for another member is asked about: the
// points are shared, and at once it is most often the first sent again
// under the other's name; later in the day it is his own purchase.
const kinWindow = 30 * time.Minute

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
	if v != saleCharge {
		for _, rd := range c.reads {
			t.copies.add(s.sc, rd)
		}
	}
	data := map[string]any{"Label": p.label(s.v, s.person.Household), "Item": s.item, "Qty": s.qty, "Cost": s.cost(),
		"Balance": max(c.acct.Redeemable(), 0), "Person": s.person.Name, "Asker": p.askerFor(s.v, s.person.Household)}
	switch v {
	case saleMade:
		// 「是」 after he sent the redemption written out: made once
		data["At"] = r.At
		return p.r.reply(ctx, t, "points.redeem.made", data)
	case saleShort:
		return p.redeemShort(ctx, t, s, c, data)
	case saleNoStock:
		data["Left"], _ = c.stock.Left(s.item)
		return p.r.reply(ctx, t, "points.redeem.nostock", data)
	case saleAgain, saleKin:
		return p.askAgain(ctx, t, cmd, s, v, r, data)
	}
	return p.commitSale(ctx, t, s, c, data)
}

// saleVerdict is what a sale comes to on what was read.
type saleVerdict int

const (
	saleCharge  saleVerdict = iota
	saleMade                // a 「是」 whose redemption was made already
	saleShort               // the redeemable points do not cover it
	saleNoStock             // the counted stock does not
	saleAgain               // the same for the same person today: asked first
	saleKin                 // the same for another member just now: asked first
)

// judge decides a sale on c; r is the redemption made already that the
// verdict speaks of, if any. The same again (saleAgain) is asked about
// whatever came between: most often the message sent again (no reply
// seen, a network hiccup); the same for another member within kinWindow
// (saleKin) unless the words say it is one more. A 「是」
// (t.redeemAsked) is not asked about again.
func (p *pointsFlow) judge(t *turn, s sale, c counter) (saleVerdict, village.Redemption) {
	if !t.redeemAsked.IsZero() {
		if r, ok := c.acct.RedeemedToday(s.item.Name, s.qty, s.person.Name, t.at, t.redeemAsked); ok {
			return saleMade, r
		}
	}
	if c.acct.Redeemable() < s.cost() {
		return saleShort, village.Redemption{}
	}
	if left, counted := c.stock.Left(s.item); counted && left < s.qty {
		return saleNoStock, village.Redemption{}
	}
	if !t.redeemAsked.IsZero() {
		return saleCharge, village.Redemption{}
	}
	if r, ok := c.acct.RedeemedToday(s.item.Name, s.qty, s.person.Name, t.at, time.Time{}); ok {
		return saleAgain, r
	}
	if r, ok := c.acct.RedeemedForOther(s.item.Name, s.qty, s.person.Name, t.at.Add(-kinWindow)); ok && !s.another {
		return saleKin, r
	}
	return saleCharge, village.Redemption{}
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
	} else if kin, ok := c.acct.RedeemedForOther(s.item.Name, s.qty, s.person.Name, t.at.Add(-kinWindow)); ok && !s.another {
		// the same goods for another member moments ago, under the
		// wrong name (points24): the first went through
		data["Again"], data["Kin"] = kin.At, kin.Person
	}
	p.buysData(data, c, s.item, t.at)
	return p.r.commitOut(ctx, t, p.balancePrivately(t, "points.redeem.short", data))
}

// buysData is what points.short.buys tells after a refusal for want of
// points: what the household's balance buys, more of item (Fits) or
// cheaper goods (Cheaper), none of it when it buys nothing; and when more
// becomes redeemable, as the villager at the counter asks "那什么时候能换".
func (p *pointsFlow) buysData(data map[string]any, c counter, item village.ShopItem, at time.Time) {
	data["Cleared"], data["ClearedYear"] = lastCleared(c.acct, at)
	data["Balance"] = max(c.acct.Redeemable(), 0)
	p.comingData(data, c.approved, at)
	if bal := c.acct.Redeemable(); bal > 0 && item.Points > 0 && bal >= item.Points {
		data["Fits"] = bal / item.Points
	} else if bal > 0 {
		data["Cheaper"] = affordable(p.shop, bal)
	}
}

// askAgain asks before charging goods redeemed already (r, as judge found
// it): nothing is charged until the shopkeeper says 是, so no retry
// counts twice.
func (p *pointsFlow) askAgain(ctx context.Context, t *turn, cmd command, s sale, v saleVerdict, r village.Redemption, data map[string]any) error {
	block := "points.redeem.twice"
	if v == saleKin {
		block, data["Kin"] = "points.redeem.kin", r.Person
	}
	data["Again"] = r.At
	q := question{Kind: askRedeem, Text: strings.TrimSpace(cmd.word + " " + cmd.args), For: s.person.Name, Item: s.item.Name, Msg: t.m.ID}
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
	data["Ref"] = storage.RefPlaceholder // the ledger entry's, to undo it
	if err := c.acct.Post(e); err != nil {
		return err
	}
	docs := []storage.Doc{storage.LedgerDoc(e), storage.AccountDoc(c.acct)}
	if left, counted := c.stock.Left(s.item); counted {
		c.stock.Sold[s.item.Name] += s.qty
		docs = append(docs, storage.StockDoc(c.stock))
		if left-s.qty <= s.item.Low {
			data["Low"] = left - s.qty
		}
	}
	data["Balance"] = max(c.acct.Redeemable(), 0)
	data["Group"] = t.where.kind != inPrivate // no household's balance in a group
	out := []bot.Outbound{p.r.back(t, p.r.texts.Render("points.redeemed", data))}
	out = append(out, p.tellRedeemer(s.v, s.person, t.who, p.r.texts.Render("points.redeemed.told", data))...)
	t.out = out
	_, err := p.r.store.Commit(ctx, storage.Change{Scope: s.sc, MsgID: t.m.ID, Docs: docs, Reads: c.reads[:readApprovedOf],
		Audit: storage.Audit{At: t.at, By: t.who.Name, Action: "points.redeem",
			Note: fmt.Sprintf("%s %s %s×%d −%d", s.person.Household, s.person.Name, s.item.Name, s.qty, s.cost())},
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

// The reads peekComing makes, by their place: a charge's commit carries
// those before readApprovedOf, which it writes (and creates, the first
// time).
const (
	readAccountOf = iota
	readStock
	readApprovedOf
)

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
	a, ok, err := storage.AccountIn(raws[readAccountOf], s.person.Household)
	if err != nil {
		return c, err
	}
	if !ok {
		a = village.NewAccount(s.v, s.person.Household)
	}
	c.acct = a
	if c.stock, err = storage.StockIn(raws[readStock], s.v); err != nil {
		return c, err
	}
	c.approved, err = storage.ClaimsIn(raws[readApprovedOf])
	return c, err
}

// balancePrivately renders block, which tells a household's balance: in a
// group, the group hears it without the balance (data "Group") and the
// sender gets the whole text privately.
func (p *pointsFlow) balancePrivately(t *turn, block string, data map[string]any) []bot.Outbound {
	if t.where.kind == inPrivate {
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
func (p *pointsFlow) howToRedeem(ctx context.Context, t *turn) error {
	if done, err := p.off(ctx, t); done {
		return err
	}
	v := cmp.Or(t.where.village, t.who.Village)
	data := map[string]any{"Shop": names(p.r.people.InGrid(v, cmp.Or(t.where.grid, t.who.Grid), village.RoleShopkeeper))}
	// Price is what the least of it costs: whether the household's
	// points are enough is said privately with the balance
	if item, qty, why, _ := parseItem(t.text, p.shop); why != itemNone {
		data["Item"], data["Price"] = item, item.Points*max(qty, 1)
	} else if its := shortNamed(t.text, p.shop); len(its) == 1 {
		data["Item"], data["Price"] = its[0], its[0].Points // "换袋米": 大米
	} else if len(its) > 1 {
		// "换点油": 食用油 and 酱油, each with its price
		data["Items"], data["Price"] = its, slices.MinFunc(its, func(a, b village.ShopItem) int { return a.Points - b.Points }).Points
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
// private. done is false, data unchanged, when he has no household there.
func (p *pointsFlow) withOwnBalance(ctx context.Context, t *turn, v, block, private string, data map[string]any) (done bool, err error) {
	if v == "" || t.who.Village != v || t.who.Household == "" {
		return false, nil
	}
	sc := storage.VillageScope(v)
	if t.scope == "" && t.where.village == "" {
		t.scope = sc
	}
	acct, err := p.peekFor(ctx, t, sc, v, t.who.Household)
	if err != nil {
		return true, err
	}
	data["Household"], data["Balance"] = true, max(acct.Redeemable(), 0)
	if t.where.kind == inPrivate {
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
	item, qty, why, _ := parseItem(cmd.args, p.shop)
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
		_, err = p.r.store.Commit(ctx, storage.Change{Scope: sc, MsgID: t.m.ID, Docs: []storage.Doc{storage.StockDoc(stock)},
			Audit: storage.Audit{At: t.at, By: t.who.Name, Action: "points.restock", Note: fmt.Sprintf("%s +%d", item.Name, qty)},
			Out:   t.out})
		return err
	})
}

// affordable are the names of the goods one unit of which costs at most
// points.
func affordable(shop []village.ShopItem, points int) []string {
	var out []string
	for _, it := range shop {
		if it.Points <= points {
			out = append(out, it.Name)
		}
	}
	return out
}

// lastCleared is what the latest year-end clearing took of acct, and the
// year it closed: this year's (after its run on 31 December) or, in
// January, last year's; 0 when it took nothing.
func lastCleared(acct village.Account, at time.Time) (points, year int) {
	years := []int{at.Year()}
	if at.Month() == time.January {
		years = append(years, at.Year()-1)
	}
	for _, y := range years {
		if n := acct.Year(strconv.Itoa(y)).Cleared; n > 0 {
			return n, y
		}
	}
	return 0, 0
}

// otherUnitAsked answers a 兑换 counted in another unit than the item's
// ("兑换 张三 香皂 2包" of 香皂 sold by the 块): nothing is redeemed; 「1」
// redeems qty of the item's unit, as the words most plainly read, and
// the shopkeeper is shown how to write the count in that unit instead.
func (p *pointsFlow) otherUnitAsked(ctx context.Context, t *turn, cmd command, person village.Person, item village.ShopItem, unit string, qty int, rest string) error {
	line := strings.Join([]string{cmd.word, p.written(person), item.Name, strconv.Itoa(qty)}, " ")
	if err := p.r.ask(t, question{Kind: askCommand, Text: line, Msg: t.m.ID}); err != nil {
		return err
	}
	return p.r.reply(ctx, t, "points.redeem.unit", map[string]any{"Item": item, "Unit": unit, "Qty": qty, "Line": line,
		"Said": otherUnit(foldDigits(rest), item.Unit), "Name": p.written(person),
		"Text": strings.TrimSpace(strings.Replace(foldDigits(rest), item.Name, "", 1))})
}
