package understand

import (
	"testing"

	"gridbot/village"
)

// TestPayoutsHelpersAndTips: a hazard's word naming the event a payout is
// for raises no alarm, and when that one event's money comes is asked of
// the village (a query), a standing scheme's stays a procedure; a favour
// asked for the sender's own fault is a query however long it lasted and
// in dialect (有啥人会修伐); 那个啥 before a pause seeks a word, asks
// nothing; a danger's question answered in imperatives is a tip; burnables
// by woods are a fire danger; a thing brought down by water is the flood's
// alarm (und78).
func TestPayoutsHelpersAndTips(t *testing.T) {
	checkReads(t, []readCase{
		{"a flood's payout asked when", "洪水补偿款啥时候发", queryIn("政策咨询")},
		{"a fire's payout asked when", "火灾的补偿款啥时候发", queryIn("政策咨询")},
		{"last year's flood payout", "啥时候发洪水补偿款 去年那次的", queryIn("政策咨询")},
		{"a flood's payout late", "洪水补偿款咋还没到", reportIn("政策咨询")},
		{"a favour in dialect", "阿拉屋里厢水龙头漏脱了 一直滴 有啥人会修伐", queryIn("水电设施")},
		{"a favour with no one caring", "俺家水管漏了好几天了 没人管 谁会修", reportIn("水电设施")},
		{"a word sought", "刚才那个语音转的 就是那个啥 嗯 我也不晓得 你看着办", noiseIn("其他")},
		{"a tip", "煤气泄漏了怎么办？第一时间关阀门开窗 千万别开灯", noiseIn("其他")},
		{"burnables by woods", "村里要求森林防火期间上山不带火种，可二组后山那片林子边上有人堆了大量枯枝和垃圾，一直没人清理，建议尽快组织清理。", reportIn("安全隐患")},
		{"rubbish by woods", "树林旁边有人倒垃圾 臭得很", reportIn("环境卫生")},
	})
	for _, tc := range []struct {
		text string
		want village.Hazard
	}{
		{"大水把俺家后墙冲倒了 屋里俩老人出不来", village.HazardFlood},
		{"房子塌了 人压在下面", village.HazardCollapse},
		{"我家煤气泄漏了怎么办 快来人", village.HazardGas},
		{"着火了 快来人 保险柜还在屋里", village.HazardFire},
	} {
		if h, ok := emergency(canon(unspace(normalize(tc.text)))); !ok || h != tc.want {
			t.Errorf("emergency(%q) = %v, %v; want %v", tc.text, h, ok, tc.want)
		}
	}
}
