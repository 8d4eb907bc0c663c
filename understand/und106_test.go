package understand

import (
	"strings"
	"testing"

	"gridbot/village"
)

// TestDecember106Read: fumes smelt or a flue smoking by a door no one
// answers, told in the words the walk found silent, and their look-alikes.
func TestDecember106Read(t *testing.T) {
	checkReads(t, []readCase{
		{"coal smoke at a neighbour's door", "我家对门煤烟味好大 叫门没人开", emergencyOf(village.HazardGas, catSafety)},
		{"a flue smoking all morning", "烟筒冒了一早上的烟 喊门也没人答应 老两口在里头", emergencyOf(village.HazardGas, catSafety)},
		{"the neighbour's flue, from his own", "俺家隔壁烟囱冒黑烟冒了一上午了 敲门没人应", emergencyOf(village.HazardGas, catSafety)},
		{"a smoker's smell and a phone", "抽烟的味道好大 打电话没人接", noiseIn(catOther)},
		{"a works' stack, no door", "砖厂烟囱冒了一上午的烟 呛死人了", reportIn(catEnv)},
		{"a doctor's bill asked back", "看病能报销多少", approvalIn(catPolicy)},
		{"an operation's bill", "俺娘做了手术 报销找谁", approvalIn(catPolicy)},
	})
}

// TestMedRefund (und106): a 报销 of a doctor's bill naming no scheme is
// read as 医保报销; one naming a scheme, or no doctor's bill, is left.
func TestMedRefund(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"看病能报销多少", "看病能看病报销多少"},
		{"买药的钱能报销吗", "买药的钱能看病报销吗"},
		{"俺娘做了手术 报销找谁", "俺娘做了手术 看病报销找谁"},
		{"医保报销要多久", "医保报销要多久"},
		{"合作医疗住院报销要带啥材料", "合作医疗住院报销要带啥材料"},
		{"住院了保险公司能报销吗", "住院了保险公司能报销吗"},
		{"修路垫的钱啥时候报销", "修路垫的钱啥时候报销"},
		{"车票能报销吗", "车票能报销吗"},
	} {
		if got := medRefund(c.in); got != c.want {
			t.Errorf("medRefund(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	if got := Canon("看病能报销多少"); !strings.Contains(got, "看病报销") {
		t.Errorf("Canon(看病能报销多少) = %q: no 看病报销", got)
	}
}

// summarizeBefore is summarize as it was before und106 made it one pass:
// the reference its answers must equal.
func summarizeBefore(text string) string {
	var b strings.Builder
	for _, r := range stripStickers(text) {
		if r >= 0x1F000 || r >= 0x2600 && r <= 0x27BF || r == '\uFE0F' || r == '\u200D' || r < 0x20 && r != '\n' {
			continue
		}
		b.WriteRune(r)
	}
	t := TrimLead(letterBody(strings.Join(strings.Fields(b.String()), " ")), nil)
	if rs := []rune(t); len(rs) > 30 {
		t = string(rs[:30]) + "…"
	}
	return t
}

func FuzzUnd106Parsers(f *testing.F) {
	for _, s := range []string{"看病能报销多少", "  村口\t路灯\u3000坏了 \n 好几天了😀 ", "[强][强] 收到", "门口全是冰 能不能撒点盐", "公交停了 只好打车",
		"谁家有梯子借一下", "有没有会修电视的 我家电视没信号了", strings.Repeat("路灯坏了 ", 9), ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		gatedAgree(t, s)
		if got, want := summarize(s), summarizeBefore(s); got != want {
			t.Errorf("summarize(%q) = %q, before %q", s, got, want)
		}
		if got := medRefund(s); len(got) < len(s) {
			t.Errorf("medRefund(%q) = %q: shorter", s, got)
		}
	})
}
