package handlers_test

import (
	"strings"
	"testing"

	"gridbot/roster"
	"gridbot/storage/storagetest"
)

// kinRegister is a household whose 与户主关系 is written as registers
// write it (本人, 妻, 长子, 次子, 女儿, 孙子, 儿媳妇, 父亲), not in the
// bot's own words (户主, 配偶, 子女…).
const kinRegister = `姓名,户号,与户主关系,网格,使用微信,角色
孙大山,QS-399,本人,三组,是,村民
王秀英,QS-399,妻,三组,是,村民
孙强,QS-399,长子,三组,是,村民
孙伟,QS-399,次子,三组,是,村民
孙丽,QS-399,女儿,三组,是,村民
孙小宝,QS-399,孙子,三组,是,村民
李梅,QS-399,儿媳妇,三组,是,村民
孙老汉,QS-399,父亲,三组,是,村民
`

// TestClaimForKinAsTheRegisterWritesIt: kin words find the member by the
// register's 与户主关系 however it is written, and by the sex it tells:
// the head's 闺女 is the 女儿 (not a son), his 老伴 or 媳妇 the 妻; a
// daughter's 爸 is the head, as the 配偶 is written 妻; the head's father's
// 儿子 is the head. Two sons are asked about by name; a daughter-in-law
// in a household of several children is asked whom she means.
func TestClaimForKinAsTheRegisterWritesIt(t *testing.T) {
	b := kinBot(t)
	claimsForKin(t, b, []kinClaim{
		{"a head's daughter", "孙大山", "申请积分 给我闺女 参加普法讲座", "孙大山户·孙丽「参加普法学习、法治讲座」"},
		{"a head's 老伴", "孙大山", "申请积分 我老伴 参加义务劳动", "孙大山户·王秀英「参加义务劳动、集体劳动」"},
		{"a head's 媳妇 is his wife", "孙大山", "申请积分 我媳妇 参加普法讲座", "孙大山户·王秀英「参加普法学习、法治讲座」"},
		{"a head's grandson", "孙大山", "申请积分 给我孙子 参加普法讲座", "孙大山户·孙小宝「参加普法学习、法治讲座」"},
		{"a daughter's father, the wife being 妻", "孙丽", "申请积分 我爸 参加普法讲座", "孙大山户·孙大山「参加普法学习、法治讲座」"},
		{"a father's son", "孙老汉", "申请积分 给我儿子 出义务工修路", "孙大山户·孙大山「参加义务劳动、集体劳动」"},
		{"two sons", "孙大山", "申请积分 给我儿子 参加普法讲座", "申请里写了「儿子」，是给家里哪一位申请？还没有登记。请直接回名字，我就登记。\n可能是：孙强、孙伟。"},
		{"a wife's sons", "王秀英", "申请积分 帮我儿子申请积分 献血了", "可能是：孙强、孙伟。"},
		{"a daughter-in-law of a household of several children", "李梅", "申请积分 我老公 参加普法讲座", "您家名单上有：孙大山、王秀英、孙强、孙伟、孙丽、孙小宝、李梅、孙老汉。"},
	})
}

// kinBot is the example village with the household of kinRegister,
// read as roster -import reads it.
func kinBot(t *testing.T) *pointsBot {
	t.Helper()
	people := storagetest.Must(roster.ParseCSV(strings.NewReader(kinRegister), "花名册.csv"))(t)
	for i := range people {
		people[i].Village = "青山村"
	}
	cfg, dir := exampleVillage(t, people...)
	return newPointsBot(t, cfg, dir)
}

// kinClaim is a claim for kin: who sends what, and what the reply says.
type kinClaim struct{ name, from, text, want string }

// claimsForKin sends each claim and checks its reply; a claim asked back
// (the reply lists whom it may be) must not be booked.
func claimsForKin(t *testing.T, b *pointsBot, claims []kinClaim) {
	t.Helper()
	for _, s := range claims {
		got := b.say(s.from, s.text)
		has(t, s.name, got, s.want)
		if asked := strings.Contains(s.want, "名单上有") || strings.Contains(s.want, "可能是"); asked && strings.Contains(strings.Join(got, ""), "已登记") {
			t.Errorf("%s: booked on a guess: %q", s.name, got)
		}
	}
}

// TestPointsOfKin: 积分 我闺女 tells the points of the member the
// register's 与户主关系 names; two sons are asked about by name.
func TestPointsOfKin(t *testing.T) {
	b := kinBot(t)
	has(t, "my daughter", b.say("孙大山", "积分 我闺女"), "孙丽")
	has(t, "my sons", b.say("孙大山", "积分 我儿子"), "「儿子」是家里哪一位？请写上名字再查，例如：积分 孙强。\n可能是：孙强、孙伟。")
	has(t, "my mother, not on the roster", b.say("孙大山", "积分 我妈"), "您家名单上有：孙大山、王秀英")
}

// TestPointsOfKinAskedInWords: "我闺女的积分多少" is asked as 积分 我闺女
// is; "俺家积分有多少了", "我有多少分" as 我的积分. Talk of points taken
// off or a claim for kin is no balance question.
func TestPointsOfKinAskedInWords(t *testing.T) {
	b := kinBot(t)
	for _, text := range []string{"我闺女的积分多少", "俺闺女还有多少积分", "我闺女积分有多少了"} {
		has(t, text, b.say("孙大山", text), "孙大山户2026年积分", "孙丽：")
	}
	has(t, "my sons, in words", b.say("孙大山", "我儿子的积分多少"), "「儿子」是家里哪一位？请写上名字再查，例如：积分 孙强。")
	for _, text := range []string{"俺家积分有多少了", "我有多少分"} {
		has(t, text, b.say("孙大山", text), "孙大山户2026年积分", "您本人：")
	}
	for _, text := range []string{"我闺女的积分扣了多少", "我闺女今天打扫了村口卫生 能加分吗", "给我闺女加分"} {
		lacks(t, text, b.say("孙大山", text), "户2026年积分")
	}
}

// TestKinNamedBeforeConfirming: a name said to the confirm-back of a
// claim for "我儿子" (two sons) answers it: yes, and for him.
func TestKinNamedBeforeConfirming(t *testing.T) {
	b := kinBot(t)
	has(t, "confirm", b.say("孙大山", "给我儿子申请积分，他参加了普法讲座"), "回复「1」")
	got := b.say("孙大山", "孙伟")
	has(t, "named", got, "已登记积分申请", "孙大山户·孙伟「参加普法学习、法治讲座」")
	has(t, "asked again", b.say("孙大山", "给我儿子申请积分，他参加了普法讲座"), "回复「1」")
	has(t, "kin word", b.say("孙大山", "我儿子"), "可能是：孙强、孙伟。")
	has(t, "then the name", b.say("孙大山", "孙强"), "已登记积分申请", "孙大山户·孙强「参加普法学习、法治讲座」")
}
