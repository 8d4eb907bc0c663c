package understand

import (
	"bufio"
	"encoding/json"
	"os"
	"slices"
	"strings"
	"testing"
	"unsafe"

	"gridbot/village"
)

func init() {
	// und107: the settling and the notice's call, gated
	gatedRegexps["settlingRe"] = settlingRe
	gatedRegexps["calledToRe"] = calledToRe
}

// TestDecember107Read: what the walk found misread in a cold December —
// a thing left undone read as settled, a doctor's bill's bare 能报多少
// silent, a fixture a car hit sent to the duty chat as someone hurt, a
// line sagging under snow unheard — and their look-alikes.
func TestDecember107Read(t *testing.T) {
	checkReads(t, []readCase{
		{"rubbish nobody deals with", "村口垃圾堆了好几天了 没人处理了", reportIn(catEnv)},
		{"ice nobody deals with", "小学门口那段路上的冰没人处理了 早上好几个人摔了", reportIn(catRoad)},
		{"a settled quarrel stays news", "两家吵架的事调解好了", noiseIn(catOther)},
		{"settled by the village stays news", "雪压坏的大棚的事处理了 谢谢网格员", noiseIn(catOther)},
		{"a doctor's bill, bare 报", "医药费能报多少", approvalIn(catPolicy)},
		{"medicine, bare 报", "俺娘的药费能报多少啊 一个月好几百", approvalIn(catPolicy)},
		{"a railing a car hit", "桥头的护栏被车撞了 一直没人修", reportIn(catRoad)},
		{"a wall a lorry hit", "俺家院墙被拉煤的大车撞了个口子", reportIn(catSafety)},
		{"a person a car hit", "快来人 张明被车撞了 躺地上不动", emergencyOf(village.HazardMedical, catSafety)},
		{"someone a car hit at the gate", "村口有人被车撞了", emergencyOf(village.HazardMedical, catSafety)},
		{"a line sagging under snow", "屋后的电线让雪压得耷拉下来了 离地就一人高", reportIn(catSupply)},
		{"a line weighed low by ice", "村西头的电线被冰凌子压得很低 骑车都能碰着", reportIn(catSupply)},
		{"lying in the snow", "村口有个人躺在雪地里 不知道是谁", emergencyOf(village.HazardMedical, catSafety)},
		{"children rolling in the snow", "娃们在雪地里躺着打滚 衣服都湿了", noiseIn(catOther)},
		{"an elder alone, no answer for days", "俺娘一个人在老家 打电话一直没人接 都两天了", emergencyOf(village.HazardMedical, catSafety)},
		{"no answer, no days", "给老人打电话没人接 是不是睡了", queryIn(catOther)},
		{"through the ice", "有人开车从冰面上过 车陷进去了", emergencyOf(village.HazardMedical, catSafety)},
		{"stuck in snow, no ice", "车陷在雪里了 出不来", noiseIn(catOther)},
		{"a hill set alight at a grave", "上坟烧纸把山上点着了", emergencyOf(village.HazardFire, catSafety)},
		{"a hill alight, said 着了", "上坟烧纸 山上着了", emergencyOf(village.HazardFire, catSafety)},
		{"a fire running up the hill", "上坟放炮把坟边的草点着了 火往山上走", emergencyOf(village.HazardFire, catSafety)},
		{"a kiln lit on the hill", "山上的炭窑点着了 在烧炭", noiseIn(catOther)},
		{"a child asleep on the hill", "孩子在山上睡着了", noiseIn(catOther)},
		{"fireworks sold unlicensed", "小卖部偷偷卖大炮仗 没有许可证", reportIn(catSafety)},
	})
}

// TestThingStruck (und107): a blow told of a thing or a beast is no one
// hurt; of a person, or with one in its clause, it is.
func TestThingStruck(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"桥头的护栏被车撞了", true},
		{"车把护栏撞了", true},
		{"小卖部门口的石墩子被撞碎了", true},
		{"俺家的狗被车撞了", true},
		{"张明被车撞了", false},
		{"护栏被车撞了 人也被撞了", true}, // the first blow only: the second is its own
		{"一辆车撞上了护栏", false},
		{"护栏被撞了", true},
		{"俺爹被撞了", false},
	} {
		at := strings.Index(c.in, "撞")
		if k := strings.Index(c.in, "被撞"); k >= 0 && k < at {
			at = k
		}
		if got := thingStruck(c.in, at); got != c.want {
			t.Errorf("thingStruck(%q) = %v, want %v", c.in, got, c.want)
		}
	}
	if thingStruck("俺爹晕倒了", strings.Index("俺爹晕倒了", "晕倒")) {
		t.Error("thingStruck on a word that is no blow")
	}
}

// TestReplacerAgrees (und107): every replacer of understand gives
// strings.Replacer's answer on every labelled message, and hands back the
// message itself, uncopied and with no allocation, when nothing is replaced.
func TestReplacerAgrees(t *testing.T) {
	eachLabelledText(t, func(text string) {
		replacersAgree(t, text)
		replacersAgree(t, normalize(text))
	})
	s := strings.Clone("今天天气不错 大家早上好")
	if got := variants.Replace(s); unsafe.StringData(got) != unsafe.StringData(s) {
		t.Errorf("variants.Replace(%q) copied its text", s)
	}
	if n := testing.AllocsPerRun(100, func() { variants.Replace(s) }); n != 0 {
		t.Errorf("variants.Replace of a text it leaves: %v allocations, want 0", n)
	}
}

// eachLabelledText calls f with the text of every row of the labelled
// sets, dev and test.
func eachLabelledText(t *testing.T, f func(text string)) {
	t.Helper()
	for _, path := range []string{"../testdata/messages/dev.jsonl", "../testdata/messages/test.jsonl"} {
		file, err := os.Open(path)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(file)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		for sc.Scan() {
			var row struct{ Text string }
			if err := json.Unmarshal(sc.Bytes(), &row); err != nil {
				t.Fatal(err)
			}
			f(row.Text)
		}
		file.Close()
	}
}

// understandReplacers are the replacers of understand, by name, with the
// pairs each was made of.
var understandReplacers = map[string]replacer{"variants": variants, "softened": softened, "inCareBlank": inCareBlank,
	"questionWords": questionWords, "zheVerbs": zheVerbs, "noHash": noHash, "lookalikes": lookalikes}

// replacersAgree fails t when a replacer's answer on s is not its
// strings.Replacer's.
func replacersAgree(t *testing.T, s string) {
	t.Helper()
	for name, r := range understandReplacers {
		if got, want := r.Replace(s), r.r.Replace(s); got != want {
			t.Errorf("%s.Replace(%q) = %q, strings.Replacer %q", name, s, got, want)
		}
	}
	if got, want := turnedToYou(s), strings.NewReplacer("我们", "你们", "俺们", "你们", "咱们", "你们", "我", "你", "俺", "你", "咱", "你").Replace(s); got != want {
		t.Errorf("turnedToYou(%q) = %q, want %q", s, got, want)
	}
}

// TestReplacerWrites (und107): a writer that writes in bytes, or the
// source whole and then more, is collected as written.
func TestReplacerWrites(t *testing.T) {
	w := &replaced{src: "abc"}
	w.WriteString("abc")
	w.WriteString("d")
	if !slices.Equal(w.buf, []byte("abcd")) || w.whole {
		t.Errorf("whole then more: %q whole=%v", w.buf, w.whole)
	}
	w = &replaced{src: "abc"}
	w.Write([]byte("abc"))
	if string(w.buf) != "abc" || w.whole {
		t.Errorf("bytes: %q whole=%v", w.buf, w.whole)
	}
	one := newReplacer("a", "b") // a byte replacer: it writes bytes
	if got := one.Replace("aXa"); got != "bXb" {
		t.Errorf("byte replacer: %q", got)
	}
	if got := one.Replace("XYZ"); got != "XYZ" {
		t.Errorf("byte replacer, nothing: %q", got)
	}
	single := newReplacer("着火", "") // a single-string replacer
	if got := single.Replace("着火了 着火了"); got != "了 了" {
		t.Errorf("single replacer: %q", got)
	}
}

func FuzzUnd107Parsers(f *testing.F) {
	for _, s := range []string{"医药费能报多少", "桥头的护栏被车撞了", "车把护栏撞了", "村口垃圾堆了好几天了 没人处理了", "着火了 着火了", "咋办 俺家", "", "a#＃b",
		"征兵报名开始了 有意向的到村委会报名", "两家吵架的事调解好了"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		gatedAgree(t, s)
		replacersAgree(t, s)
		for at := range len(s) {
			thingStruck(s, at)
		}
		if got := stayRefund(s); len(got) < len(s) {
			t.Errorf("stayRefund(%q) = %q: shorter", s, got)
		}
		_ = Rules{}.Read(t.Context(), s)
	})
}

// FuzzUnd107Replacer is the replacers' and the two new gates' half of
// FuzzUnd107Parsers, light enough to run many texts a second.
func FuzzUnd107Replacer(f *testing.F) {
	for _, s := range []string{"咋办 俺家", "着火了 着火了", "a#＃b", "不太亮", "两家吵架的事调解好了", "征兵报名开始了", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		replacersAgree(t, s)
		for _, g := range []gatedRe{settlingRe, calledToRe} {
			if got, want := g.FindAllStringIndex(s, -1), g.Regexp.FindAllStringIndex(s, -1); len(got) != len(want) {
				t.Errorf("%v on %q: gated %v, regexp %v", g.Regexp, s, got, want)
			}
		}
	})
}
