package understand

import (
	"testing"

	"gridbot/village"
)

// TestViolenceCriedIsCrime: a fight or a beating under way with a cry for
// help and no hazard word (「隔壁家打得好凶 快来人啊」, 「打起来了 快来
// 人」), or a cry of a life in danger over one (「有人在打架 要出人命了」),
// is violence for 110, not a general alarm nor a medical one; a cry of no
// fight, a fight only near or in jest, and a fight that hurt someone keep
// their reading.
func TestViolenceCriedIsCrime(t *testing.T) {
	const safety, order = "安全隐患", "治安"
	crime := emergencyOf(village.HazardCrime, order)
	checkReads(t, []readCase{
		{"beating heard", "隔壁家打得好凶 快来人啊", crime},
		{"fight", "打起来了 快来人", crime},
		{"fight at a shop", "村口小卖部那里有人打起来了 快来人啊", crime},
		{"life in danger", "有人在打架 要出人命了", crime},
		{"couple beating with a cry", "老王家两口子打得好凶 救命啊", crime},
		{"own beating", "他打我 快来人", crime},
		{"operation", "快来人 我爸要动手术", emergencyOf(village.HazardNone, safety)},
		{"fainted", "救命 我爸晕倒了", emergencyOf(village.HazardMedical, safety)},
		{"fight that hurt", "有人打架 打伤了 快来人", emergencyOf(village.HazardMedical, safety)},
		{"children at play", "孩子们在打闹 快来人", emergencyOf(village.HazardNone, safety)},
	})
	for _, s := range []string{"哈哈 打起来了 快来人", "没打起来 快来人帮忙", "差点打起来 快来人"} {
		if Violent(Hear(s)) {
			t.Errorf("Violent(%q) = true", s)
		}
	}
}

// TestScamAskedOfSender: a swindler asking the sender or his own to move
// money (「有人冒充公安让我转钱」) is a scam under way, for 110; one he did
// not fall for or asks about stays a report, and Scam tells a scam from
// another crime.
func TestScamAskedOfSender(t *testing.T) {
	crime := emergencyOf(village.HazardCrime, "治安")
	checkReads(t, []readCase{
		{"posing as police", "有人冒充公安让我转钱", crime},
		{"mother transferring", "我妈正在给骗子转账", crime},
		{"safe account", "有个自称警察的打电话叫我把钱转到安全账户", crime},
		{"did not transfer", "有人冒充公安让我转钱 我没转", reportIn("治安")},
		{"ignored", "骗子让我转钱 我没理他", reportIn("治安")},
	})
	if !Scam(Hear("我妈正在给骗子转账")) || Scam(Hear("有人在撬门偷东西 快来")) || Scam(Hear("隔壁又在打老婆")) {
		t.Error("Scam: a transfer to a swindler is one, a theft or a beating none")
	}
}
