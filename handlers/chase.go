package handlers

// A villager who presses a matter of his that is still open, in the
// group or privately, without its number: "那个狗的事有人管没有啊，都好几天
// 了", "路灯什么时候来修啊".

import (
	"context"
	"errors"
	"regexp"
	"strings"

	"gridbot/storage"
	"gridbot/village"
)

// chaseWords press a matter that takes long: "到底有人管没有", "怎么还没
// 人来", "什么时候来修".
var chaseWords = []string{"有人管", "没人管", "管不管", "到底", "怎么还没", "咋还没", "怎么还不", "咋还不", "还没人", "怎么没人", "咋没人",
	"多久", "什么时候", "啥时候", "几时"}

// sinceWords say how long a matter has waited ("都好几天了"), as much of a
// report told again as of a matter pressed: they name no part of it.
var sinceWords = []string{"几天了", "好几天", "一个礼拜", "一个星期", "一个月了", "半个月", "好久", "拖了", "拖着"}

// chased answers a villager who, in his grid's group or privately,
// presses one open matter he reported (or follows), naming it by its
// words and not its number ("那个狗的事有人管没有啊，都好几天了", "路灯什
// 么时候修"): read as chit-chat or as a new report, he got silence, the
// offer to register it again, or (privately) a second item filed. As when he tells it again (ownRepeated), he hears its number
// and how it stands, and its handlers hear his words. Only his own item
// sharing words with the message is meant, and only when one does; a
// resolved one waits for his answer (awaitedUnnamed), an emergency has
// its own ways (emergencyOver), a procedure question is answered
// (understood). A plain question ("路灯的事怎么样了") is left to the group
// unless told to the bot (askedAboutMine). done is false when the text
// presses no matter (the store is read only then), or no one item of his
// fits.
func (r *Router) chased(ctx context.Context, t *turn, reading village.Reading) (done bool, err error) {
	private := t.where.kind == inPrivate
	asked := asksAfterOwn(t.text) // "我上次说的路灯呢"
	if t.where.kind != inGrid && !private || t.quote != nil || t.who.IsCadre() || !asked && !containsAnyOf(t.text, chaseWords...) ||
		len(village.FindRefs(t.text)) > 0 || r.procedure(t.said()) != nil {
		return false, nil
	}
	subject := chaseSubject(t.text)
	addressed := private || t.addr
	// "怎么还没修", "什么时候来修" to the bot: names no matter, only its
	// fixing: his one open item, if he has one
	bare := addressed && len(contentRuns(blankWords(subject, fixingWords))) == 0
	if len(contentRuns(subject)) == 0 && !bare {
		// "到底有人管没有" in the group: names no matter
		return false, nil
	}
	open, err := r.openWhere(ctx, t)
	if err != nil {
		return true, err
	}
	var fits []village.Report
	for _, rep := range open {
		if !private && rep.Chat != t.m.Chat || rep.Type == village.Emergency || !rep.Status.Open() || rep.Status == village.StatusResolved ||
			!rep.ReportedBy(t.who) && !rep.FollowedBy(t.who) || bare && rep.Type == village.Approval ||
			!bare && (!sharesContent(subject, rep.Text) || reading.Category != "" && reading.Category != "其他" && reading.Category != rep.Category) {
			// "村口的垃圾什么时候有人来收" beside his "村口路灯坏了": a
			// matter of another kind, however many words they share
			continue
		}
		if rep.Type == village.Approval && soonAfter(t, rep) {
			// "要多久能批下来" minutes after he was told the 宅基地
			// procedure asks its 时限 (askedAgain), it presses nothing
			continue
		}
		fits = append(fits, rep)
	}
	switch {
	case len(fits) > 1 && asked && addressed:
		// "我上次说的路灯呢" of two lamps: which is his to say, each
		// listed with how it stands
		shown, more := newestCandidates(fits)
		return true, r.reply(ctx, t, "chase.several", map[string]any{"Items": shown, "More": more, "Who": t.who.Name, "Now": t.at})
	case len(fits) == 0 && asked && addressed:
		// nothing of his fits: what he has open (or that he has nothing),
		// not the menu
		return r.run(ctx, t, "我的事项")
	case len(fits) != 1:
		return false, nil
	}
	done, err = r.ownRepeated(ctx, t, fits[0], true)
	if errors.Is(err, storage.ErrConflict) && t.readAgain() {
		// the item changed since it was read: read the grid again, once
		return r.chased(ctx, t, reading)
	}
	return done, err
}

// ownPast say that a matter was told before by the sender: "我上次说的",
// "之前反映的".
var ownPast = []string{"上次", "上回", "之前", "前几天", "前两天", "前些天", "那天", "我说的", "我反映的", "我报的", "我上报的", "我讲的", "的事"}

// asksAfterOwn reports whether text asks, with no word of a status, after
// a matter the sender told before: "我上次说的路灯呢", "之前反映的那个狗的
// 事呢"; not "今天吃什么呢". Or how it stands, saying he told it
// ("网格员 我上礼拜说的那个路灯的事咋样了"): his own matter, not the
// group's plain "路灯的事怎么样了" (see askedAboutMine).
func asksAfterOwn(text string) bool {
	s := strings.TrimRight(strings.TrimSpace(text), "?？!！。.~ ")
	if containsAnyOf(s, statusQuestions...) && toldByMe.MatchString(s) {
		return true
	}
	return strings.HasSuffix(s, "呢") && containsAnyOf(s, ownPast...) && !containsAnyOf(s, "什么", "啥", "怎么", "为什么", "哪")
}

// toldByMe says the sender told a matter before: "我上礼拜说的", "俺前两
// 天反映过的", "我报的".
var toldByMe = regexp.MustCompile(`(?:我|俺)[^\s，,。！!？?]{0,4}?(?:说|反映|报|讲|提)过?的`)

// chaseSubject is what of text may name the matter asked after: text
// without the words that ask or press (they would match any item told
// with them: "好几天了"), nor those that name no part of it ("的事", "我
// 家").
func chaseSubject(text string) string {
	return blankWords(text, chaseWords, sinceWords, statusQuestions, askingWords, askedFillers, ownWords, scopeWords)
}

// fixingWords say that someone comes or fixes, naming nothing fixed:
// "什么时候来修", "咋还没人来弄".
var fixingWords = []string{"来修", "修好", "修理", "来弄", "弄好", "处理", "解决", "来看", "来人", "人来", "有人", "修", "来", "管", "弄", "人", "能", "会"}

// ownWords say whose a matter is, and name no part of it.
var ownWords = []string{"我家", "俺家", "我们家", "咱家", "我反映", "我说", "我报", "说的", "反映的", "报的", "上次", "上回", "之前", "那个", "这个", "呢"}
