package handlers_test

import (
	"context"
	"slices"
	"testing"

	"gridbot/storage"
)

// TestTownshipReplyToDigestNamesItsVillage: an officer quoting a township
// post (the 早报's lines, each item with its village) and answering with
// 「确认 石桥村 #R2」 takes 石桥村's #R2, not the #R2 of 青山村 the quoted
// post names first: the item the quote read is taken as read only when it
// is of the village written with the number (findKnown).
func TestTownshipReplyToDigestNamesItsVillage(t *testing.T) {
	c := twoVillagesUp(t)
	for _, quoted := range []string{
		"【镇里待接手】这件上报镇后已过受理时限，镇里还没有人确认接手：\n【青山村三组】青山村 #R2（一般事项）水渠堵了，昨天上报，已等1天",
		"【早报】3月2日 全镇未办结 4 件\n等镇里接手的上报（接手回复「确认 村名 #编号」）：\n青山村 #R2 三组 水渠堵了（上报）\n石桥村 #R2 一组 桥下河道有垃圾（上报）",
	} {
		got := c.inSQ(officeChat, "孙七", "「网格小助手："+quoted+"」\n- - - - - - - - - - - - - - -\n确认 石桥村 #R2")
		has(t, "确认 石桥村 #R2", got, "石桥村 #R2")
		lacks(t, "确认 石桥村 #R2", got, "在几个村都有")
		rep, err := c.st.Report(context.Background(), storage.VillageScope("石桥村"), "R2")
		if err != nil || !slices.Contains(rep.Handlers, "孙七") {
			t.Errorf("石桥村's R2 after 确认 石桥村 #R2 quoting %q: handlers %v (%v), want 孙七", quoted, rep.Handlers, err)
		}
		ours, err := c.st.Report(context.Background(), storage.VillageScope("青山村"), "R2")
		if err != nil || slices.Contains(ours.Handlers, "孙七") {
			t.Errorf("青山村's R2 was taken quoting %q: handlers %v (%v)", quoted, ours.Handlers, err)
		}
		// the next quote starts from 石桥村's R2 not taken
		c = twoVillagesUp(t)
	}
}
