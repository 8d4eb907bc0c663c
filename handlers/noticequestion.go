package handlers

import (
	"context"
	"regexp"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"gridbot/bot"
	"gridbot/storage"
	"gridbot/understand"
	"gridbot/village"
)

// noticeQuestion passes on a villager's question said, unaddressed and
// without 收到, in his grid's group about a notice posted there and still
// followed up ("体检要空腹吗" after 【通知】本周六上午9点…免费体检…): as
// ackAndAsk passes the question of a 收到 on, to the grid's workers (its
// leaders when it has none), the asker told so. A question is about the notice when it
// shares a word with its text (aboutNotice), or asks only when, where,
// what to bring or who may go, naming nothing else (asksOnlyLogistics).
// done is false when no such notice is open there; ordinary talk is left
// alone before any read. When the notice's text tells what is asked
// (its time, place, what to bring, who may go…: noticeAnswer), the asker
// is answered at once with its words and no one is bothered ("明天几点去领"
// after 明天上午9点到村委会领取…); what it does not tell ("补贴多少钱") is
// passed on. One read (the group's notices), only for a villager's
// question in a grid group, and one commit when it is answered or passed
// on. Asking shows the household saw the notice: its 收到 is recorded
// (askedSeen), nothing said of it.
func (r *Router) noticeQuestion(ctx context.Context, t *turn, reading village.Reading) (done bool, err error) {
	if t.where.kind != inGrid || t.where.grid == "" || t.who.IsCadre() || t.quote != nil && !noticeRe.MatchString(t.quote.Text) {
		return false, nil
	}
	asked := strings.TrimSpace(t.text)
	// "谁可以领" the reader may leave unplaced (noise): what it asks of an
	// event is enough
	query := reading.Intent == village.IntentQuery || reading.Intent == village.IntentNoise && (len(askedKinds(asked)) > 0 || asksTakingPart(asked))
	if !query || !understand.IsQuestion(asked) && !containsAnyOf(asked, plainAsks...) && !asksNoticeText(asked) || isAck(asked) {
		return false, nil
	}
	if asksNoticeText(asked) {
		return r.noticeTextAsked(ctx, t, asked) // "通知说的啥": the notice again
	}
	answer := r.noticeAnswerers(t)
	if len(answer) == 0 {
		return false, nil
	}
	guard := noticeUnguarded
	if chat, _ := r.ackChat(t); chat != "" {
		guard = noticeFoundGuarded // answered or passed on with its 收到 (withSeen)
	}
	n, fixes, ok, err := r.gridNoticeOn(ctx, t, guard, func(n village.Notice) bool {
		// a correction that does not answer it is passed over for the
		// notice it corrects, told with it (「要带什么」 after 「更正：时间改为下午2点」)
		// one of taking part (「去不了怎么办」「能不能代领」) only in its first
		// day or two (Answerable), as a bare 收到 answers it
		return (n.Relayed(t.at) || n.Answerable(t.at)) && (aboutNotice(asked, n.Text) || asksOnlyLogistics(asked) || asksTakingPart(asked) && n.Answerable(t.at)) &&
			!(correctsNotice(n.Text) && !answers(asked, n, t.at))
	})
	if err != nil || !ok {
		return ok || err != nil, err
	}
	if quote, told := noticeAnswer(asked, n, t.at); told {
		// the notice tells what is asked: quoted back, no one bothered
		return true, r.answerFromNotice(ctx, t, n, fixes, asked, quote, "")
	}
	data := map[string]any{"Who": answer, "Asker": r.shown(t.who), "AskerTo": []string{t.m.From}, "Asked": asked, "Group": t.m.Chat,
		"Refs": []string{"#" + n.ID}, "Unacked": true}
	_, err = r.store.Commit(ctx, t.copies.guard(r.withSeen(t, n, storage.Change{Scope: r.scope(t), MsgID: t.m.ID, Out: r.noticeAskedOut(t, data),
		Audit: storage.Audit{At: t.at, By: t.who.Name, Action: "notice_question", Note: n.ID + " " + shortText(asked)}})))
	return true, err
}

// withSeen is c, a reply to a question about notice n, with the 收到 the
// question shows (askedSeen) recorded in it: c is then committed in the
// township's scope, where notices live, in one script, which checks the
// read of the notices it was decided on (turn.copies) and deduplicates
// both by the message id. c is unchanged when the asker answers no
// notice.
func (r *Router) withSeen(t *turn, n village.Notice, c storage.Change) storage.Change {
	if seen := r.askedSeen(t, n); seen != nil {
		c.Scope, c.Ack = seen.Scope, seen.Ack
	}
	return c
}

// askedSeen is the 收到 of notice n that a question about it shows: the
// asker's household saw it, and is no longer listed as not having
// answered it. Notices live in the township's scope: it rides on the
// question's commit as its Then, in the same round trip, deduplicated as
// ackAlso's. nil when the asker answers no notice (ackChat).
func (r *Router) askedSeen(t *turn, n village.Notice) *storage.Change {
	chat, _ := r.ackChat(t)
	if chat == "" {
		return nil
	}
	return r.ackChange(t, chat, n.ID)
}

// answers reports whether notice n's text answers question q at at.
func answers(q string, n village.Notice, at time.Time) bool {
	_, told := noticeAnswer(q, n, at)
	return told
}

// answerFromNotice answers asked, a question about notice n that its
// text answers, with quote (noticeAnswer), and whom to ask more: one
// commit; the corrections posted after n (fixes) are told with it. chat, when set, is the group of a 收到 the question followed
// ("收到 几点去领": ackAndAsk): the household's 收到 is recorded in the same
// commit and the reply says so.
func (r *Router) answerFromNotice(ctx context.Context, t *turn, n village.Notice, fixes []village.Notice, asked, quote, chat string) error {
	data := map[string]any{"AskerTo": []string{t.m.From}, "N": n.ID, "Quote": quote, "Fixes": fixesSaid(t, fixes), "Who": r.noticeAnswerers(t),
		"Workers": len(r.people.InGrid(t.where.village, t.where.grid, village.RoleWorker)) > 0}
	c := storage.Change{Scope: r.scope(t), MsgID: t.m.ID,
		Audit: storage.Audit{At: t.at, By: t.who.Name, Action: "notice_answered", Note: n.ID + " " + shortText(asked)}}
	if chat != "" {
		ack := noticeAck(t, chat)
		c.Scope, c.Ack, data["Acked"] = storage.TownshipScope(r.cfg.Township.Name), &ack, storage.AckedPlaceholder
	}
	if chat == "" {
		c = r.withSeen(t, n, c) // seen, said nowhere: he asked, and is answered
	}
	c.Out = []bot.Outbound{r.back(t, r.textsFor(t).Render("notice.answer", data))}
	_, err := r.store.Commit(ctx, t.copies.guard(c))
	return err
}

// noticeAnswerers are who answers a villager's question about a notice in
// his grid's group: its workers, else its leaders.
func (r *Router) noticeAnswerers(t *turn) []string {
	answer := r.people.InGrid(t.where.village, t.where.grid, village.RoleWorker)
	if len(answer) == 0 {
		answer = r.people.InGrid(t.where.village, t.where.grid, village.RoleLeader)
	}
	var who []string
	for _, p := range answer {
		who = append(who, r.shown(p))
	}
	return who
}

// noticeAskedOut is the reply to a villager who asked about a notice (data
// as notice.asked takes it) and the question passed to each who answers.
func (r *Router) noticeAskedOut(t *turn, data map[string]any) []bot.Outbound {
	out := []bot.Outbound{r.back(t, r.textsFor(t).Render("notice.asked", data))}
	for _, w := range data["Who"].([]string) {
		out = append(out, bot.Outbound{To: w, Kind: bot.Private, Priority: bot.Normal, Text: r.texts.Render("notice.asked.worker", data)})
	}
	return out
}

// plainAsks ask who may go or have what a notice offers, or what to do,
// with no question word the reader knows ("谁可以领", "停电了咋办").
var plainAsks = []string{"谁可以", "谁能", "谁去", "哪些人", "什么人", "啥人", "咋办", "咋整", "怎么办"}

// questionFillers are the words of a question that name no topic: particles,
// pronouns, days and times, and what is asked of an event (when, where,
// what to bring, who may go, whether it costs).
var questionFillers = []string{
	"通知上说", "通知里说", "通知说", "通知上", "通知里", "通知",
	"请问", "问一下", "问下", "一下", "来着", "又是", "再说一遍", "再说一下", "那个", "这个", "大家", "我们", "你们", "他们", "咱们", "俺们",
	"什么时候", "啥时候", "几点钟", "几点", "几号", "哪天", "哪一天", "在哪里", "在哪儿", "在哪", "哪里", "哪儿", "什么地方", "啥地方",
	"带什么", "带啥", "要带", "带上", "需要", "能不能", "可不可以", "可以", "要不要", "是不是", "用不用", "多少钱", "多少", "几个人",
	"收费", "收钱", "要钱", "花钱", "免费", "开始", "结束", "截止", "报名", "参加", "一起", "陪着", "陪同", "本人", "都能", "都可以",
	"今天", "明天", "后天", "今晚", "明早", "上午", "下午", "晚上", "早上", "中午", "本周", "这周", "下周", "这个星期", "下个星期",
	"周一", "周二", "周三", "周四", "周五", "周六", "周日", "周天", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日", "星期天",
	"什么", "怎么", "咋", "啥", "谁", "哪", "几", "吗", "么", "呢", "啊", "呀", "吧", "嘛", "哈", "了", "的", "得", "地",
	"我家", "你家", "他家", "她家", "俺家", "谁家", "家里", "能来", "要来", "过来",
	"我", "你", "他", "她", "俺", "要", "能", "都", "也", "还", "就", "是", "不", "没", "在", "和", "跟", "去",
}

// dateRe are dates and clock times in a question ("12月12日", "9点").
var dateRe = regexp.MustCompile(`[0-9０-９一二三四五六七八九十]+\s*(?:月|日|号|点半|点)`)

// nonTopicWords are what topicWords takes out of a question: what it asks
// (asksOfNotice) and questionFillers, the longest first, so that 在哪里 goes
// whole and leaves no 里 behind (「在哪里领」 names nothing).
var nonTopicWords = func() []string {
	var all []string
	for _, k := range asksOfNotice {
		all = append(all, k.asks...)
	}
	all = append(all, questionFillers...)
	slices.SortStableFunc(all, func(a, b string) int { return utf8.RuneCountInString(b) - utf8.RuneCountInString(a) })
	return all
}()

// topicWords are the runs of two or more Han characters left in a
// question once what it asks (asksOfNotice), questionFillers and dates are
// taken out: what it names.
func topicWords(q string) []string {
	q = dateRe.ReplaceAllString(q, " ")
	for _, w := range nonTopicWords {
		q = strings.ReplaceAll(q, w, " ")
	}
	var out []string
	for _, f := range strings.FieldsFunc(q, func(c rune) bool { return !unicode.Is(unicode.Han, c) }) {
		if len([]rune(f)) >= 2 {
			out = append(out, f)
		}
	}
	return out
}

// aboutNotice reports whether question q names what a notice's text is
// about: two Han characters in a row of what it names (topicWords: no
// day, particle or question word) are in the notice. "体检要空腹吗" is
// about 免费体检; "周六去赶集吗" is not about Saturday's 体检; "几点来水" is
// about 停水 (resumes).
func aboutNotice(q, text string) bool {
	for _, w := range topicWords(q) {
		if sharesBigram(w, text) || resumesIn(w, text) {
			return true
		}
	}
	return false
}

// asksOnlyLogistics reports whether q asks when, where, what to bring,
// who may go or what it costs, and names nothing ("几点开始啊", "要带什么",
// "我妈能去吗"): said while a notice is open, it asks of the notice.
// "明天几点开会" names a meeting: only a notice of one answers it.
func asksOnlyLogistics(q string) bool {
	return containsAnyOf(q, logisticsAsks...) && len(topicWords(q)) == 0
}

// logisticsAsks ask what a notice of an event tells: its time, place,
// what to bring, who may go, its cost.
var logisticsAsks = []string{"几点", "什么时候", "啥时候", "哪天", "几号", "在哪", "哪里", "哪儿", "什么地方", "啥地方",
	"带什么", "带啥", "要带", "能去", "能不能去", "可以去", "能参加", "可以参加", "谁去", "谁可以", "谁能", "哪些人", "什么人", "要钱", "收费", "多少钱", "免费吗"}
