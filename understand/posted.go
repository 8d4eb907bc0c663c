package understand

import "regexp"

// This file tells news that something was put up for all to read ("这个月
// 的村务公开贴在村委会门口了 大家有空去看看", "低保名单贴出来了") from a
// complaint about it ("村务公开栏一年多没更新了", "公示贴出来了 可有的人根
// 本不够条件"). The first asks nothing of anyone.

// postedNotice reports whether t tells that a list, an account or a
// notice was posted, and neither asks nor objects to anything.
//
// A check that all have read a notice ("停水通知都看到了吧 大家记得提前接点
// 水") is no question: the notice is passed on (und101).
func postedNotice(t string) bool {
	if rest := replaceAll(noticeSeenRe, t, ""); rest != t && containsAny(rest, readiedFor) {
		t = rest
	} else if !postedRe.MatchString(t) {
		return false
	}
	return !isQuestion(t) && !containsAny(t, contrasts) && !containsAny(t, objections) && !containsAny(t, petitions)
}

// noticeSeenRe asks all whether they saw a notice: "停水通知都看到了吧",
// "通知大家收到没".
// With it, all are told to get ready (readiedFor); a matter told beside
// it ("停水通知看到了吗 我们组三天了还没来水") is none of this.
var noticeSeenRe = regexp.MustCompile(`(?:通知|公告|公示)(?:大家|各位)?都?(?:看到|看见|收到|看)了?(?:吧|没有|没|吗|么)[?？]?`)

// postedRe finds a thing for all to read put up somewhere: "村务公开贴在
// 村委会门口了", "名单已张贴", "排名公布了".
var postedRe = gate("贴布挂发", regexp.MustCompile(`(?:村务公开|财务公开|公示|名单|通知|公告|排名|光荣榜|红榜|账目|明细)\p{Han}{0,12}?(?:贴在|贴到|贴出来了|贴好了|已张贴|张贴在|张贴了|公布了|已公布|挂在|挂出来了|发在群)`))

// objections say what was posted is wrong or unfair.
var objections = newLexicon("不够条件", "不符合", "不公平", "不对", "对不上", "有问题", "凭什么", "优亲厚友", "走后门", "关系户", "没有我", "没我家", "没有我家", "假的", "糊弄")

// postedObjection reports whether t objects to what was posted: "低保名单
// 贴出来了 可有几户根本不够条件 这不公平".
func postedObjection(t string) bool {
	return postedRe.MatchString(t) && containsAny(t, objections)
}

// readiedFor tell all to get ready for what a notice announces: "大家记得
// 提前接点水", "把水缸备满".
var readiedFor = newLexicon("记得", "提前", "别忘了", "备好", "备满", "准备好", "做好准备")
