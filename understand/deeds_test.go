package understand_test

import (
	"testing"

	"gridbot/understand"
	"gridbot/village"
)

// TestReadDeeds: a good deed told without asking for points is offered as
// a claim, asking first; deeds of others, questions and plain chat are not.
func TestReadDeeds(t *testing.T) {
	cat, th := exampleCatalogue(t)
	tests := []struct {
		text      string
		indicator string // "" when no claim
	}{
		{"我昨天帮五保户老杨挑了水", "SG04"},
		{"捡到一个钱包 已经还给失主了", "SG03"},
		{"参加了今天的义务劳动", "SG02"},
		{"他帮五保户挑了水", ""},
		{"五保户的房子漏雨了", ""},
		{"今天我去上班了", ""},
		{"我家院子打扫干净了 可以申请庭院整洁的分吗", "HJ01"},
		// A deed told as news names the problem it cleared away; a
		// complaint asks someone to act on it.
		{"今天跟着网格员去清理河道了 捞了好多垃圾", "HJ02"},
		{"今天去河边捡了两袋垃圾", "HJ02"},
		{"俺家院子里堆满垃圾了 隔壁扔过来的 帮忙管管", ""},
		{"我们自己清理了好几次河道里的垃圾 上游的厂子还在排 恳请相关部门处理", ""},
		{"河道里的垃圾清理了一半 又没人管了", ""},
		{"有人去清理河道了", ""},
		// 拾金不昧 and helping a neighbour's elder, in plain words; one's
		// own grandmother is family duty, no deed for the catalogue.
		{"我把路上捡的钱包交到村委会了 失主来领走了", "SG03"},
		{"捡了个手机 已经交给派出所了", "SG03"},
		{"帮隔壁王奶奶挑了一个月的水", "SG04"},
		// A quarrel the sender settled is his deed; one the village
		// settled is news.
		{"昨天帮老陈家和老李家调解好了", "SG05"},
		{"去年两家因为宅基地吵架的事村里调解好了", ""},
		{"两家的事网格员早就处理了", ""},
		{"帮我奶奶挑了水", ""},
		// An elder neighbour's yard swept is care for her, not the
		// sender's own 庭院整洁 (QA points3); his own stays his.
		{"今天帮隔壁李奶奶把院子扫了 申请积分", "SG04"},
		{"今天把自家院子扫干净了 申请积分", "HJ01"},
		{"今天扶刘奶奶过马路了", "SG08"},
		{"早上把路上摔倒的大爷扶起来送回家了", "SG08"},
		{"给村小学捐了两千块钱", "SG06"},
		{"昨天俺和几个党员去把村道上的垃圾都清了 干干净净的", "HJ02"},
		// 还有 adding another deed of his is no problem left: a claim
		// (the second deed is read; one claim a message), not a report
		{"昨天俺跟几个党员把村道上的垃圾都清了 干干净净的 还有俺帮王奶奶挑了两担水", "SG04"},
		// Told done (干净了, 完了, 好了): a claim; told undone, asked for or
		// still wrong: a report.
		{"今天把门口的垃圾清理干净了", "HJ02"},
		{"今天早上把村口的垃圾池清完了", "HJ02"},
		{"我们几个把村道扫干净了", "HJ02"},
		{"今天我去扫了村里的路 能加分不", "HJ02"},
		{"把村口那段马路扫干净了", "HJ02"},
		{"明天谁去扫一下村里的路", ""},
		{"水沟里的树枝烂叶我都清理干净了", "HJ02"},
		{"门口的垃圾没人清理", ""},
		{"谁来把门口的垃圾清理一下", ""},
		{"我把门口的垃圾清理干净了 可是旁边的垃圾池又满了 没人拉", ""},
		{"我家门口的垃圾我自己清理干净了 但是垃圾车一直不来收", ""},
		{"水沟我清理干净了 就是水管还在漏水", ""},
		// Money given, with digits; things handed in.
		{"我捐了200块给村里修路", "SG06"},
		{"给受灾的老刘家捐了1000元", "SG06"},
		{"把家里的农药瓶都送到回收点了", "QJ02"},
		// A fire the sender put out is over because of him.
		{"昨天帮隔壁扑灭了柴房的火 还好人都没事", "JF02"},
		// A life saved is the plan's 见义勇为.
		{"我昨天救了个落水的娃 这能算积分不", "JF01"},
		{"上个月我在河边救起一个溺水的老人 能加分吗", "JF01"},
		// Pulled, dragged or fished out: the same rescue in other verbs.
		{"前天把掉河里的小孩拉上来了 能加分不", "JF01"},
		{"昨天把落水的娃从塘里捞上来了", "JF01"},
		{"我把掉井里的小孩拽上来了 这个算积分吗", "JF01"},
		{"我家娃掉河里了 还没拉上来", ""},
		// The doer named before the deed: the sender, after a time word,
		// or someone else.
		{"前几天我帮五保户老周家劈了柴", "SG04"},
		// A meal, a visit, company for an elder of another household; not
		// for one's own, nor an errand for a child.
		{"我给王奶奶送饭了，有照片", "SG04"},
		{"今天去看望了孤寡老人李大爷", "SG04"},
		{"陪隔壁刘大爷去医院看病了", "SG04"},
		{"我给五保户李大爷送了米和油", "SG04"},
		{"今天给隔壁李大爷挑了两担水", "SG04"},
		{"昨天帮五保户张爷爷剪了头发", "SG04"},
		{"给王奶奶买了药送过去了", "SG04"},
		{"今天挑了两担水 累死了", ""},
		{"我给我奶奶送饭了", ""},
		{"给孩子送饭了", ""},
		{"送孩子上学了", ""},
		{"我陪我妈去医院了", ""},
		{"周末我们一家把村口的水沟清理干净了", "HJ02"},
		{"网格员把村口的垃圾清理干净了", ""},
		{"消防队帮忙把火扑灭了 人都没事", ""},
		{"村里组织人把河道清理干净了", ""},
		{"小李把捡到的钱包还给失主了", ""},
		// A found thing still held, its owner sought, is no deed yet.
		{"在村口捡了个钱包 谁丢的", ""},
		{"今天在路边捡了一部手机 是谁的 联系我", ""},
		{"前天捡的钱包 今天已经还给失主了", "SG03"},
		// Swept, in the plain past ("扫了"): the sender's own deed, asked
		// first; unswept, or swept by no one, a report (points14).
		{"我今天把门口垃圾扫了", "HJ02"},
		{"门口垃圾我扫了", "HJ02"},
		{"今天我把村道扫了一遍", "HJ02"},
		{"今天帮五保户挑了水", "SG04"},
		{"今天去参加了义务劳动", "SG02"},
		{"门口垃圾没人扫", ""},
		{"我家门口垃圾好几天没人扫了", ""},
		{"我们家门口的垃圾没人扫了", ""},
		{"门口垃圾扫了没有", ""},
		{"谁把门口垃圾扫了", ""},
		{"网格员把门口垃圾扫了", ""},
		{"我扫了半天垃圾 还是有人乱扔", ""},
		{"村口的垃圾扫了一半就没人管了", ""},
	}
	for _, tt := range tests {
		r := understand.Rules{Catalogue: cat}.Read(t.Context(), tt.text)
		if got := r.Claims(); got != (tt.indicator != "") || r.Indicator != tt.indicator {
			t.Errorf("Read(%q) = %s %q; want claim %v %q", tt.text, r.Intent, r.Indicator, tt.indicator != "", tt.indicator)
		}
		if tt.indicator != "" && r.Handling(false, th) != village.HandleConfirm {
			t.Errorf("Read(%q) is handled %v; want asked first", tt.text, r.Handling(false, th))
		}
	}
}

// TestReadFixedNews: a fix someone else made, told with nothing left to do,
// is news, not a matter; a fix asked about ("修好了吗") is none, and the
// problem told with it is a report acted on.
func TestReadFixedNews(t *testing.T) {
	cat, th := exampleCatalogue(t)
	for _, tt := range []struct {
		text string
		act  bool
	}{
		{"网格员把村口的垃圾清理干净了", false},
		{"水管修好了吗 我家还是没水", true},
		{"村口的垃圾清理了一半就没人管了", true},
		{"门口垃圾没人扫", true},
		{"我家门口垃圾好几天没人扫了", true},
	} {
		r := understand.Rules{Catalogue: cat}.Read(t.Context(), tt.text)
		if got := r.Intent == village.IntentReport && r.Handling(false, th) != village.HandleIgnore; got != tt.act {
			t.Errorf("Read(%q) = %s %.2f; want acted on as a report: %v", tt.text, r.Intent, r.Confidence, tt.act)
		}
	}
}
