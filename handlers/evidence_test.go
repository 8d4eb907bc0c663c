package handlers_test

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"gridbot/bot"
	"gridbot/config"
	"gridbot/storage"
	"gridbot/village"
)

// photo handles a message of images only, with id, from from in chat ("":
// a private chat), a minute after the last message.
func (b *pointsBot) photo(id, chat, from string, paths ...string) []string {
	b.t.Helper()
	b.now = b.now.Add(time.Minute)
	m := bot.Message{ID: id, At: b.now, Chat: chat, Private: chat == "", From: from, Images: paths}
	if err := b.r.Handle(context.Background(), m); err != nil {
		b.t.Fatalf("%s: photo %s: %v", from, id, err)
	}
	return b.drain()
}

func (b *pointsBot) claim(id string) village.Claim {
	b.t.Helper()
	cs, err := storage.Claims(context.Background(), b.st, qs, storage.ClaimIndex(""))
	if err != nil {
		b.t.Fatal(err)
	}
	for _, c := range cs {
		if c.ID == id {
			return c
		}
	}
	b.t.Fatalf("no claim %s", id)
	return village.Claim{}
}

// silent checks that there are no replies.
func silent(t testing.TB, step string, got []string) {
	t.Helper()
	if len(got) > 0 {
		t.Errorf("%s: replies %q, want none", step, got)
	}
}

// A photo sent right after a claim is its evidence: the claim that waited
// for it is ready, and its scorer is asked to review it. A second photo is
// attached without a reply; a message delivered again is attached once.
func TestPhotoAfterClaimIsAttached(t *testing.T) {
	b := examplePointsBot(t)
	has(t, "claim", b.say("张三", "申请积分 农药瓶回收"), "此项需要照片，请接着把照片发在这里")
	if c := b.claim("C1"); !c.LacksEvidence() {
		t.Fatal("C1 does not lack its photo before one is sent")
	}
	has(t, "listed lacking", b.say("赵六", "待审"), "#C1 张三户·张三「农药瓶、农膜等包装回收」，3月2日申请，缺照片")
	got := b.photo("img1", g3, "张三", "a.jpg")
	has(t, "first photo", got, g3+": 已把照片附到 #C1，谢谢。", "@赵六", "#C1 的照片补上了，请审核：回复「同意 #C1」")
	if len(got) != 1 {
		t.Errorf("first photo: %d replies %q, want one", len(got), got)
	}
	c := b.claim("C1")
	if !slices.Equal(c.Images, []string{"a.jpg"}) || c.LacksEvidence() {
		t.Errorf("C1 images %q, lacks evidence %v; want [a.jpg], not lacking", c.Images, c.LacksEvidence())
	}
	silent(t, "second photo", b.photo("img2", g3, "张三", "b.jpg"))
	has(t, "listed with photos", b.say("赵六", "待审"), "#C1 张三户·张三「农药瓶、农膜等包装回收」，3月2日申请，附照片 2 张")
	silent(t, "second photo again", b.photo("img2", g3, "张三", "b.jpg"))
	if c := b.claim("C1"); !slices.Equal(c.Images, []string{"a.jpg", "b.jpg"}) {
		t.Errorf("C1 images %q, want [a.jpg b.jpg]", c.Images)
	}
	approved := b.say("赵六", "同意 #C1")
	has(t, "approved", approved, "#C1")
	if strings.Contains(strings.Join(approved, ""), "提醒") {
		t.Errorf("the approval of a claim with its photo is flagged: %q", approved)
	}
	has(t, "status", b.say("赵六", "查 #C1"), "申请：张三，3月2日，附照片 2 张")
}

// Only the sender's own recent item gets his photo: someone else's photo,
// and his photo after the window, are not attached; a photo with nothing
// recent waits silently in a group for the sender's next item.
func TestPhotoWindowAndOwner(t *testing.T) {
	b := examplePointsBot(t)
	has(t, "report", b.say("张三", "上报 村口路灯坏了"), "#R1")
	silent(t, "someone else's photo", b.photo("img1", g3, "陈二", "chen.jpg"))
	b.now = b.now.Add(10 * time.Minute)
	silent(t, "photo after the window", b.photo("img2", g3, "张三", "late.jpg"))
	r1, err := b.st.Report(context.Background(), qs, "R1")
	if err != nil {
		t.Fatal(err)
	}
	if len(r1.Images) != 0 {
		t.Errorf("R1 images %q, want none", r1.Images)
	}
	// The late photo waits for 张三's next item, not 陈二's photo.
	has(t, "next report", b.say("张三", "上报 水渠堵了"), "#R2")
	r2, err := b.st.Report(context.Background(), qs, "R2")
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(r2.Images, []string{"late.jpg"}) {
		t.Errorf("R2 images %q, want [late.jpg]", r2.Images)
	}
	has(t, "photo after the report", b.photo("img3", g3, "张三", "r2.jpg"), g3+": 已把照片附到 #R2，谢谢。")
	has(t, "status", b.say("李四", "查 #R2"), "，附照片 2 张")
}

// In a private chat a photo with nothing to go with gets one hint; the
// claim sent next carries the photos. A private claim's scorer hears of a
// photo sent after it privately.
func TestPhotoInPrivate(t *testing.T) {
	b := examplePointsBot(t)
	has(t, "first photo", b.photo("img-p1", "", "张三", "a.jpg"), "张三: 收到照片。", "「申请积分")
	silent(t, "second photo", b.photo("img-p2", "", "张三", "b.jpg"))
	has(t, "claim", b.privately("张三", "申请积分 农药瓶回收"), "已附照片 2 张")
	if c := b.claim("C1"); !slices.Equal(c.Images, []string{"a.jpg", "b.jpg"}) {
		t.Errorf("C1 images %q, want [a.jpg b.jpg]", c.Images)
	}

	has(t, "claim without photo", b.privately("陈二", "申请积分 农药瓶回收"), "请接着把照片发在这里")
	has(t, "photo after it", b.photo("img-p3", "", "陈二", "c.jpg"), "陈二: 已把照片附到 #C2", "赵六: 【积分申请】", "#C2「农药瓶、农膜等包装回收」补上了照片")
}

// wechat.evidence_window sets how long after an item a photo is its own.
func TestPhotoWindowIsConfigured(t *testing.T) {
	cfg, dir := exampleVillage(t)
	cfg.WeChat.EvidenceWindow = config.Duration(30 * time.Minute)
	b := newPointsBot(t, cfg, dir)
	has(t, "report", b.say("张三", "上报 村口路灯坏了"), "#R1")
	b.now = b.now.Add(20 * time.Minute)
	has(t, "photo 21 minutes later", b.photo("img1", g3, "张三", "a.jpg"), "已把照片附到 #R1")
}

// A photo sent after a private report reaches its grid leader as one short
// private line, the first only, like the reporter's reply; a report made
// privately with a photo says so in the leader's message.
func TestPhotoAfterPrivateReport(t *testing.T) {
	b := examplePointsBot(t)
	has(t, "private report", b.privately("张三", "上报 我家门口水管漏了"), "李四: 【私信反映】张三 反映 #R1")
	got := b.photo("img-r1", "", "张三", "a.jpg")
	has(t, "first photo", got, "张三: 已把照片附到 #R1", "李四: 【私信反映】张三给 #R1 补了照片，已附上。")
	if len(got) != 2 {
		t.Errorf("first photo: %d replies %q, want two", len(got), got)
	}
	silent(t, "second photo", b.photo("img-r2", "", "张三", "b.jpg"))

	silent(t, "photo first", b.photo("img-r3", "", "陈二", "c.jpg")[1:])
	has(t, "private report with it", b.privately("陈二", "上报 我家屋后的沟堵了"), "李四: 【私信反映】陈二 反映 #R2", "（附照片 1 张）")
}

// TestDeedWithPhotoPromised: a hand to an elder told with "有照片" and no
// photo sent is offered as a claim; filed, it asks only for what the item
// needs (a witness: a photo does not do), and a photo sent next is
// attached all the same. A claim that promises no photo is not told of one.
func TestDeedWithPhotoPromised(t *testing.T) {
	b := catalogueBot(t)
	has(t, "offered", b.say("陈二", "我给王奶奶送饭了，有照片"), "积分申请·社会公德·帮助困难群众、照料孤寡老人", "回复「1」")
	// the item needs a witness: that is the one thing asked for (a photo
	// sent all the same is attached)
	filed := b.say("陈二", "1")
	has(t, "filed", filed, "已登记积分申请 #C1", "您说有照片，但这还不够，还要一位看见这件事的外人", "请接着发证明人的名字")
	lacks(t, "one next step", filed, "照片请接着发")
	has(t, "photo", b.photo("img1", g3, "陈二", "a.jpg"), g3+": 已把照片附到 #C1")
	lacks(t, "no photo promised", b.say("张三", "申请积分 帮五保户打扫卫生 证明人 王五"), "照片请接着发")
}

// TestPhotoCaptionAfterClaim: "这是垃圾分类的照片" said about the photo
// just sent for a claim (or just before sending it) is no new matter: it
// was offered as a report of 环境卫生. Without a claim or report of his
// just made, the same words are read as before.
func TestPhotoCaptionAfterClaim(t *testing.T) {
	b := examplePointsBot(t)
	b.say("张明", "申请积分 垃圾分类")
	has(t, "photo", b.photo("p1", g3, "张明", "a.jpg"), "已把照片附到 #C1")
	if got := b.say("张明", "这是垃圾分类的照片"); len(got) != 0 {
		t.Errorf("caption after the photo: %q, want silence", got)
	}
	b.say("刘芳", "申请积分 打扫院子")
	if got := b.say("刘芳", "这是我家院子的照片"); len(got) != 0 {
		t.Errorf("caption before the photo: %q, want silence", got)
	}
	has(t, "no item of his", b.say("陈二", "这是后山垃圾堆的照片"), "我理解为")
}

// TestClaimAfterPhotoSaysPhotoAttached: a claim made just after its photo
// says the photo is attached, not that "照片" was written; one that says
// it has a photo, none sent, asks for it next.
func TestClaimAfterPhotoSaysPhotoAttached(t *testing.T) {
	b := examplePointsBot(t)
	b.photo("img1", g3, "陈二", "a.jpg")
	got := b.say("陈二", "申请积分 把自家院子打扫干净了")
	has(t, "photo first", got, "此项需要照片，已附照片 1 张。")
	lacks(t, "photo first", got, "已写：照片")
	has(t, "photo written", b.say("张三", "申请积分 打扫院子 有照片"), "此项需要照片，请接着把照片发在这里（24小时内都行），会自动附到这条申请上。")
}
