package handlers

// Ads and scams in a grid group (spam66). A stranger's advertisement
// ("大家好 我是新来的 卖保险的 有需要的加我微信", "低息贷款 无抵押 加我微信")
// is neither welcomed nor answered; the grid's leaders hear privately,
// once a stranger a day, who posted what and that they may remove him.
// A villager's own ad ("低价出售化肥 加微信…", "招工 日结300 联系…") is
// the group's business: silent, and read no further, so it is never filed
// as a report or claim (officer68); one offering a loan on a fraud's
// terms or sure returns gets the scam's warning below. A message that reads as fraud (a
// lure — a prize, a subsidy or refund, an account in trouble, paid
// 刷单 — with what a scam asks for: a transfer, a 验证码, a bank card, a
// link to click) from anyone but a cadre (officialVoice) gets one short warning in the
// group naming the grid's workers and 96110, once per text a day, and
// the leaders hear privately who posted it. A warning about scams
// Sent to the bot privately, the sender alone is warned (no note).
// A warning ("大家小心 最近有冒充医保局的诈骗电话"), an alarm ("我妈正在给骗子转账"),
// a question ("补贴领取要填银行卡吗") and one's own matter ("我的银行卡冻结了
// 转账转不出去") are not scams, unless they hold a link (a pasted one).

import (
	"context"
	"fmt"
	"hash/fnv"
	"regexp"
	"slices"
	"strings"
	"time"

	"gridbot/bot"
	"gridbot/storage"
	"gridbot/understand"
	"gridbot/village"
)

// Lexicons of a scam: what it lures with, and what it asks for.
var (
	// scamPrizes: a prize won.
	scamPrizes = []string{"中奖", "获奖", "抽中", "大奖", "奖品", "幸运用户", "领奖", "兑奖"}
	// scamClaims: what a prize is claimed by (a scam's next step).
	scamClaims = []string{"领取", "领奖", "兑奖", "点击", "链接", "http", "www.", "加微信", "客服", "手续费", "转账", "验证码", "银行卡"}
	// scamLures: money offered or an account in trouble.
	scamLures = []string{"补贴", "补助", "退款", "退费", "退税", "理赔", "返利", "返现", "额度", "免费领", "免费送", "高额回报", "稳赚", "日赚",
		"异常", "冻结", "注销", "停用", "失效", "过期", "涉嫌"}
	// scamDemands: what only a fraud asks of a group's readers.
	scamDemands = []string{"验证码", "转账", "汇款", "打钱", "点击", "点链接", "链接", "http", "www.", "银行卡号", "填银行卡", "填写银行卡",
		"提供银行卡", "输入银行卡", "卡号", "密码", "保证金", "手续费", "解冻费", "激活费", "下载"}
	// brushPays: paid 刷单, always a fraud.
	brushPays = []string{"返利", "返现", "佣金", "日赚", "兼职", "垫付", "提成", "日结"}
	// scamWarned: words of someone warning others, or telling of a scam
	// (the right message already), not of the scammer.
	scamWarned = []string{"骗", "冒充", "小心", "谨防", "提防", "当心", "警惕", "别信", "不要信", "别点", "不要点", "千万别", "千万不要", "假的", "反诈"}
	// scamOwn: the sender's own matter ("我的银行卡冻结了 转账转不出去"),
	// told, not a scammer's call to others.
	scamOwn = []string{"我的", "我家", "俺", "咱家", "我妈", "我爸", "我爹", "我娘", "我儿", "我女", "我孙", "我老"}
	// scamAsks: a question about it ("…要填银行卡吗"), unless it holds
	// a link (a pasted message asked about: warned all the same).
	scamAsks = []string{"吗", "?", "？", "是不是", "真的假的", "怎么回事", "咋回事"}
)

// Lexicons of an advertisement: what is offered, and how to reach the seller.
var (
	adOffers = []string{"卖", "出售", "销售", "代办", "代理", "贷款", "放款", "借款", "网贷", "套现", "信用卡", "保险", "兼职", "招聘",
		"招工", "优惠", "特价", "批发", "促销", "团购", "回收", "装修", "疏通", "开锁", "办证", "投资", "理财", "推广", "微商", "刷单"}
	adCalls = []string{"加我", "加微信", "加v", "加V", "微信号", "vx", "VX", "wx", "扫码", "二维码", "进群", "入群", "联系我", "联系电话",
		"私聊", "私信", "咨询电话", "欢迎咨询", "有需要", "需要的", "找我", "热线"}
)

// Lexicons of a loan or investment fraud posted as an ad (officer68): a
// loan offered on terms no bank gives, or returns promised.
var (
	loanOffers = []string{"贷款", "网贷", "放款", "借款", "下款", "套现", "借钱", "额度"}
	loanEasy   = []string{"无抵押", "免抵押", "无担保", "免担保", "不看征信", "征信修复", "修复征信", "黑户", "秒到", "秒批", "秒下",
		"当天到账", "当天放款", "当天下款", "包下款", "包过", "低息", "零利息", "免息", "无息"}
	sureReturns = []string{"稳赚", "保本", "高收益", "高回报", "零风险", "无风险", "躺赚", "包赚", "翻倍", "月入过万", "日赚", "保底收益"}
)

// adTroubles are words of a villager's own trouble or need ("下水道堵了
// 需要疏通 联系我"): such words are a matter for the reader, not an ad.
var adTroubles = []string{"坏了", "坏掉", "堵了", "堵住", "漏水", "漏了", "断了", "塌", "停水", "停电", "没水", "没电", "不亮", "着火",
	"帮忙", "求助", "谁会", "谁有", "哪里有", "哪有", "求购", "丢了", "找不到", "假", "有人", "举报", "投诉", "别买", "不要买", "上当"}

// readsAsScamAd reports whether an ad's text offers a loan on a fraud's
// terms (无抵押, 当天到账, 不看征信…) or promises returns (稳赚, 保本…).
func readsAsScamAd(text string) bool {
	return containsAnyOf(text, loanOffers...) && containsAnyOf(text, loanEasy...) || containsAnyOf(text, sureReturns...)
}

// villagerAd reports whether a roster villager's text is an ad of his
// and no trouble or matter of his own ("我家…", "…堵了 需要疏通").
func villagerAd(text string) bool {
	return readsAsAd(text) && !containsAnyOf(text, scamOwn...) && !containsAnyOf(text, adTroubles...)
}

// adPhone is a phone number written in an ad.
var adPhone = regexp.MustCompile(`[0-9]{7,}`)

// readsAsScam reports whether text reads as a scam's message (see above).
func readsAsScam(text string) bool {
	if containsAnyOf(text, scamWarned...) || understand.Alarms(text) {
		return false
	}
	lower := strings.ToLower(text)
	linked := containsAnyOf(lower, "http", "www.")
	if !linked && (containsAnyOf(text, scamAsks...) || containsAnyOf(text, scamOwn...)) {
		return false
	}
	return containsAnyOf(text, scamPrizes...) && containsAnyOf(lower, scamClaims...) ||
		containsAnyOf(text, scamLures...) && containsAnyOf(lower, scamDemands...) ||
		strings.Contains(text, "刷单") && containsAnyOf(text, brushPays...)
}

// readsAsAd reports whether text offers something with a way to reach
// the seller (see above), and is no warning, question ("想咨询一下 养老
// 保险…需要多少钱？") nor alarm.
func readsAsAd(text string) bool {
	return containsAnyOf(text, adOffers...) && (containsAnyOf(text, adCalls...) || adPhone.MatchString(text)) &&
		!containsAnyOf(text, scamWarned...) && !containsAnyOf(text, scamAsks...) && !understand.Alarms(text)
}

// officialVoice reports whether t's sender speaks for the grid or the
// township: a leader, worker, officer or admin of the roster (their
// notices, even of a scam's words, are never warned of). The shopkeeper
// and the scorers are villagers here: a scam they forward is warned of.
func officialVoice(t *turn) bool {
	return !t.stranger && slices.ContainsFunc(t.who.Roles, func(x village.Role) bool {
		return x == village.RoleLeader || x == village.RoleWorker || x == village.RoleOfficer || x == village.RoleAdmin
	})
}

// promo handles a scam or a stranger's ad in a grid group (see above).
func (r *Router) promo(ctx context.Context, t *turn) (done bool, err error) {
	if t.where.kind == inOffice || officialVoice(t) {
		return false, nil
	}
	if _, isCmd := parseCommand(t.text); isCmd {
		return false, nil
	}
	if t.where.kind == inPrivate {
		if !readsAsScam(t.text) {
			return false, nil
		}
		// a villager asking the bot about one he received: warned, not
		// asked whether to file it
		return true, r.reply(ctx, t, "promo.scamprivate", r.scamData(t))
	}
	switch {
	case readsAsScam(t.text):
		return true, r.scamWarning(ctx, t, false)
	case t.stranger && readsAsAd(t.text):
		return true, r.strangerAd(ctx, t)
	case t.stranger || !villagerAd(t.text):
		return false, nil
	case readsAsScamAd(t.text):
		// a villager's 「无抵押贷款 当天到账 加微信」: the group warned
		// (not he), the leader asked whether he forwarded it
		return true, r.scamWarning(ctx, t, true)
	}
	// a villager's own sale or hiring: the group's business; nothing is
	// read into it (no report, no claim), nothing said, no round trip
	r.log.InfoContext(ctx, "villager ad left alone", "id", t.m.ID, "chat", t.m.Chat)
	return true, nil
}

// promoDay is the day of t as dedupe ids write it.
func (r *Router) promoDay(t *turn) string { return t.at.In(r.cfg.Location()).Format(time.DateOnly) }

// toLeaders addresses text privately to the grid's leaders of t.
func (r *Router) toLeaders(t *turn, text string) []bot.Outbound {
	var out []bot.Outbound
	for _, l := range r.people.InGrid(t.where.village, t.where.grid, village.RoleLeader) {
		out = append(out, bot.Outbound{To: r.shown(l), Kind: bot.Private, Priority: bot.Normal, Text: text})
	}
	return out
}

// scamData is what the scam's texts name: its sender and words, and the
// grid's workers and leaders to ask.
func (r *Router) scamData(t *turn) map[string]any {
	return map[string]any{"From": bare(t.m.From), "Said": shortText(t.text), "Chat": t.m.Chat, "Stranger": t.stranger,
		"Workers": names(r.people.InGrid(t.where.village, t.where.grid, village.RoleWorker)),
		"Leaders": r.leaderNames(t.where.village, t.where.grid)}
}

// scamWarning warns the group of a scam's message (ad: a loan or returns
// offered, readsAsScamAd), once per text a day
// (the change's id is the grid, the day and the text's hash), and tells
// the leaders privately who posted it, once per sender and text a day
// (a Then of its own id): one round trip.
func (r *Router) scamWarning(ctx context.Context, t *turn, ad bool) error {
	h := fnv.New64a()
	h.Write([]byte(strings.Join(strings.Fields(t.text), " ")))
	id := fmt.Sprintf("scam:%s:%s:%x", t.where.grid, r.promoDay(t), h.Sum64())
	from := bare(t.m.From)
	data := r.scamData(t)
	data["Ad"] = ad // a loan or returns offered: add him, pay first
	sc := storage.VillageScope(t.where.village)
	c := storage.Change{Scope: sc, MsgID: id, Out: []bot.Outbound{r.back(t, r.textsFor(t).Render("promo.scam", data))}}
	if tell := r.toLeaders(t, r.texts.Render("promo.scamleader", data)); len(tell) > 0 {
		c.Then = &storage.Change{Scope: sc, MsgID: id + ":" + from, Out: tell}
	}
	r.log.InfoContext(ctx, "scam warned", "id", t.m.ID, "chat", t.m.Chat, "from", t.m.From, "stranger", t.stranger)
	_, err := r.store.Commit(ctx, c)
	return err
}

// strangerAd answers nothing to a stranger's ad; the leaders hear of it
// privately once a stranger a day (the change's id): one round trip.
func (r *Router) strangerAd(ctx context.Context, t *turn) error {
	from := bare(t.m.From)
	data := map[string]any{"From": from, "Said": shortText(t.text)}
	tell := r.toLeaders(t, r.texts.Render("promo.ad", data))
	if len(tell) == 0 {
		return nil
	}
	_, err := r.store.Commit(ctx, storage.Change{Scope: storage.VillageScope(t.where.village),
		MsgID: "ad:" + t.where.grid + ":" + from + ":" + r.promoDay(t), Out: tell})
	return err
}
