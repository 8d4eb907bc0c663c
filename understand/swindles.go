package understand

import (
	"regexp"
	"strings"

	"gridbot/village"
)

// This file tells the swindles a village meets at the year's end that ask
// no fee in an office's name (und111): old phones taken in at the door for
// eggs, a fixer's money for a school place or a scheme, a scheme paying
// more interest than any bank; and a scam call that left its target hurt.

// phonesCollected reports whether canonical text t tells of old phones
// taken in for eggs, a basin or nothing ("村里来了几个收旧手机的 说旧手机
// 换鸡蛋 挨家挨户敲门"): the phones' data and cards feed phone frauds, so
// the police warn of them. The collectors are told of here (phoneSwapRe
// and a word of them come or of a phone handed over), no ad's 「收旧手机
// 上门回收」 nor one's own old phone traded in at a shop.
func phonesCollected(t string) bool {
	return phoneSwapRe.MatchString(t) && containsAny(t, collectorsHere) && !containsAny(t, phoneShops)
}

var (
	// phoneSwapRe is an old phone traded for something, or its collector:
	// "旧手机换鸡蛋", "拿鸡蛋换旧手机", "收旧手机的".
	phoneSwapRe = gate("机", regexp.MustCompile(`(?:旧|老|废|坏|不用的)手机[^，。！？!?\s]{0,6}?换|换[^，。！？!?\s]{0,4}?(?:旧|老|废|坏)手机|收(?:旧|老|废|坏)?手机的`))
	// collectorsHere say the collectors came or a phone went to them.
	collectorsHere = newLexicon("来了", "又来", "挨家挨户", "敲门", "上门", "村口", "村里", "门口", "给他", "给了", "拿去", "换了", "面包车", "三轮")
	// phoneShops trade a phone in where one buys the new one.
	phoneShops = newLexicon("营业厅", "专卖店", "以旧换新", "手机店")
)

// fixerPaid reports whether canonical text t tells of someone who says he
// can get a school place, a scheme or a post for money paid first ("有人说
// 能帮孩子弄进县一中 先交两万", "有个人说认识教育局的 交三万块能把孩子安
// 排进城里小学"): places and schemes are not sold; the swindle warning
// (check with the office itself) is what the sender needs. The fixer is
// another (fixerTold), his power claimed (fixerClaims), the thing got
// named (fixedPlaces) and a sum told (sumRe); a school's own fees
// (schoolFees) are none.
func fixerPaid(t string) bool {
	return containsAny(t, fixerTold) && containsAny(t, fixerClaims) && containsAny(t, fixedPlaces) && sumRe.MatchString(t) && !containsAny(t, schoolFees)
}

var (
	fixerTold   = newLexicon("有人说", "有个人说", "有人讲", "那人说", "那个人说", "他说能", "说是能", "说能", "说他能", "说他认识", "说认识", "自称")
	fixerClaims = newLexicon("能帮", "帮忙", "能把", "能给", "能弄", "能办", "能安排", "保准", "保证", "包进", "包批", "包过", "关系", "认识", "走后门", "打点", "疏通")
	fixedPlaces = newLexicon("弄进", "安排进", "安排到", "进县", "进城", "一中", "二中", "小学", "中学", "学校", "入学", "名额", "低保", "五保", "特困", "补贴", "编制", "当兵", "入伍", "工作", "户口", "批下来", "能批")
	// sumRe is a sum of money told: "两万", "三千块", "5000元".
	sumRe      = gate("块元万千百", regexp.MustCompile(`[一二两三四五六七八九十几百千万0-9]+(?:块|元|万|千)`))
	schoolFees = newLexicon("学费", "住宿费", "伙食费", "书本费", "校服", "补课费", "资料费")
)

// interestLured reports whether canonical text t tells of money put into a
// scheme that pays more than a bank ("有个养老项目说存十万一年给两万利息 村
// 里好几个老人都投了"): illegal fund-raising (非法集资), the police's
// (治安). A bank's or a credit union's own rate (banks) is none.
func interestLured(t string) bool {
	return containsAny(t, schemesPut) && containsAny(t, returnsPromised) && sumRe.MatchString(t) && !containsAny(t, banks)
}

var (
	// schemesPut are a household's money put in (a village's own project
	// earning for the village, "光伏项目…收益用于公益", puts none).
	schemesPut      = newLexicon("投了", "投进去", "集资", "入股", "入会", "存十万", "存一万", "存五万", "存钱", "存了", "交了")
	returnsPromised = newLexicon("利息", "回报", "分红", "返利", "高息", "保本", "返本")
	banks           = newLexicon("银行", "信用社", "邮政", "定期", "国债")
)

// scamHurt reports whether canonical text t, a scam's story or its alarm,
// tells someone hurt or taken ill after what the swindler asked ("有人打
// 电话说我孙子被抓了 让我奶奶转钱 她急得晕过去了"): the fainting is real
// and needs 120, where the story's own crash or arrest before the ask is
// the caller's lie. Its reading is the medical alarm, its reply the
// swindle's steps beside the first aid (Scene.Scam).
func scamHurt(t string) bool {
	at := lastAsk(t)
	if at < 0 {
		return false
	}
	h, ok := emergency(t[at:])
	return ok && h == village.HazardMedical
}

// lastAsk is where the swindler's last ask (scamAsks, moneyMoves) ends in
// t, -1 with none.
func lastAsk(t string) int {
	end := -1
	for _, l := range []lexicon{scamAsks, moneyMoves} {
		for _, w := range l.words {
			if i := strings.LastIndex(t, w); i >= 0 && i+len(w) > end {
				end = i + len(w)
			}
		}
	}
	return end
}
