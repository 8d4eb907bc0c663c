package understand

import (
	"testing"

	"gridbot/village"
)

// TestReadQuestionsForInformation: a question that asks when, where, who,
// how much or whether is left to people, even when it names a problem
// word ("停电", "着火") or a policy; a complaint put as a question, a
// question that tells the problem first, a call to step in and a danger
// asked about are still matters.
func TestReadQuestionsForInformation(t *testing.T) {
	query := reading{Intent: village.IntentQuery, Type: village.General}
	tests := []struct {
		readCase
		anyCategory bool // a question's category is a guess, not checked
	}{
		{readCase{"outage hours", "停电是从几点到几点啊", query}, true},
		{readCase{"who is in charge", "井盖丢了一般找谁 村里还是镇上", query}, true},
		{readCase{"where moved", "村里的理发店搬到哪了", query}, true},
		{readCase{"who has a number", "电工小刘的电话谁有", query}, true},
		{readCase{"choice of place", "打疫苗是在卫生室还是在村委会", query}, true},
		{readCase{"policy amount", "独生子女补贴一年多少钱来着", query}, true},
		{readCase{"policy whether", "学校下礼拜还放不放农忙假", query}, true},
		{readCase{"fire household asked after", "着火那家人现在住哪 我想送点衣服", query}, true},
		{readCase{"why again", "二组的电怎么又停了 什么时候来电啊", reportIn("水电设施")}, false},
		{readCase{"call to step in", "谁家的鸡天天一大早就叫 能不能管管", reportIn("其他")}, false},
		{readCase{"tells first", "井水有股怪味 颜色发黄 还能喝吗", reportIn("水电设施")}, false},
		{readCase{"hedged", "村口的摄像头是不是坏了 好几天没亮灯了", reportIn("治安")}, false},
		{readCase{"no one there", "卫生室怎么老是没人 看个病都找不到医生", reportIn("其他")}, false},
		{readCase{"passive by a party", "我家的菜地被他家占了一半 该咋办", mediationIn("矛盾纠纷")}, false},
		{readCase{"danger asked about", "液化气味好重 是不是漏气了", emergencyOf(village.HazardGas, "安全隐患")}, false},
		{readCase{"fire household still burning", "着火那家还有人在里面吗 快去看看", emergencyOf(village.HazardFire, "安全隐患")}, false},
		{readCase{"fire place asked in a hurry", "着火那个地方在哪 快去救火", emergencyOf(village.HazardFire, "安全隐患")}, false},
		{readCase{"procedure", "残疾证要带什么材料去办", approvalIn("政策咨询")}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := read(t, tt.text)
			got := reading{r.Intent, r.Type, r.Category, r.Hazard}
			if tt.anyCategory {
				got.Category = ""
			}
			if got != tt.want {
				t.Errorf("Read(%q) = %+v, want %+v", tt.text, got, tt.want)
			}
		})
	}
}
