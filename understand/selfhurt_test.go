package understand

import (
	"testing"

	"gridbot/village"
)

// TestSelfHurt: the sender himself hurt or trapped, not his household,
// his kin or one he saw (left71).
func TestSelfHurt(t *testing.T) {
	for text, want := range map[string]bool{
		"我从梯子上摔下来了 腿好像断了": true, "俺被困在屋里出不去了": true, "救命 我被狗咬了": true, "我刚从房顶上掉下来了": true,
		"我的腿摔断了": true, "我手被机器绞了": true, "我的手机摔坏了": false,
		"我家老人摔倒了": false, "我看见王奶奶摔倒了": false, "我妈摔了一跤": false, "王奶奶摔倒了": false, "我们这边着火了": false,
	} {
		if got := SelfHurt(Hear(text)); got != want {
			t.Errorf("SelfHurt(%q) = %v, want %v", text, got, want)
		}
	}
}

// TestHurtCadre: a cadre of the grid named hurt by another, by name or by
// his grid's one title; not his household, his word, nor another's hurt
// (hurt73).
func TestHurtCadre(t *testing.T) {
	li := village.Person{Village: "青山村", Grid: "三组", Name: "李四", Roles: []village.Role{village.RoleLeader}}
	wang := village.Person{Village: "青山村", Grid: "三组", Name: "王五", Roles: []village.Role{village.RoleWorker}}
	zhang := village.Person{Village: "青山村", Grid: "三组", Name: "张三"}
	for text, want := range map[string]string{
		"李四从梯子上摔下来了 腿好像断了": "李四", "网格员被狗咬了": "王五", "快来人 我们网格长被困在屋里出不去了": "李四",
		"李四说他摔了一跤 没事": "", "李四家老人摔倒了": "", "李四的儿子摔断了腿": "", "王奶奶摔倒了 李四快来": "", "我从梯子上摔下来了": "",
		// by title at the head, or after a time (alarm74)
		"网格长摔伤了 快来人": "李四", "组长从房顶上摔下来了": "李四", "刚才网格员被车撞伤了": "王五", "俺们组的网格长被困在屋里了": "李四",
		"网格长快来看看摔伤的人": "", "网格长 快来 老王家着火了": "", "村长摔伤了 快来人": "",
		// his own body part, a machine, a pause (alarm75)
		"李四的腿摔断了": "李四", "李四腿摔断了": "李四", "王五的手被机器绞了": "王五", "王五被机器绞了": "王五", "李四的头摔破了": "李四",
		"网格长 摔伤了": "李四", "网格长，从梯子上摔下来了": "李四", "李四 摔伤了 快来人": "李四",
		"李四的手机摔坏了": "", "李四的腿没事吧": "", "网格长 有人摔伤了": "", "王五 张三摔伤了": "", "李四的车被撞了": "",
	} {
		got := ""
		if p := HurtCadre(Hear(text), zhang, []village.Person{li}, []village.Person{wang}); p != nil {
			got = p.Name
		}
		if got != want {
			t.Errorf("HurtCadre(%q) = %q, want %q", text, got, want)
		}
	}
	if p := HurtCadre(Hear("我从梯子上摔下来了"), li, []village.Person{li}, []village.Person{wang}); p == nil || p.Name != "李四" {
		t.Errorf("HurtCadre of 李四's own fall = %v, want 李四", p)
	}
}

// TestTitleHurt: a cadre's title right before his hurt is its subject
// (alarm74), and after a pause when what follows opens with what befell
// him (alarm75); before another subject or a call he is spoken to.
func TestTitleHurt(t *testing.T) {
	for rest, want := range map[string]bool{
		"摔伤了 快来人": true, "从梯子上摔下来了": true, "被狗咬了": true, "被困在屋里出不去了": true,
		"我摔伤了": false,
		// after a pause, a clause that opens with what befell him (alarm75)
		" 摔伤了": true, "，摔伤了 快来人": true, " 从梯子上摔下来了": true, " 腿摔断了": true, " 被机器绞了": true,
		" 快来 有人摔伤了": false, " 有人摔伤了": false, " 张三摔伤了": false, " 村口有个老人摔倒了": false, " 我摔伤了": false, "有人摔伤了": false, "快来 老王家着火了": false, "快来看看摔伤的人": false,
		"家老人摔倒了": false, "说他摔了一跤": false, "": false,
	} {
		if got := TitleHurt(rest); got != want {
			t.Errorf("TitleHurt(%q) = %v, want %v", rest, got, want)
		}
	}
}

// TestHurtNamed: any villager by name, as HurtCadre reads a cadre; no
// title names one (hurt77).
func TestHurtNamed(t *testing.T) {
	people := []village.Person{{Village: "青山村", Name: "李四"}, {Village: "青山村", Name: "张三"}, {Village: "青山村", Name: "陈二"}}
	for text, want := range map[string]string{
		"李四的腿摔断了": "李四", "陈二从房顶上摔下来了": "陈二", "快来人 张三被车撞了": "张三",
		"李四快来 我爸晕倒了": "", "张三说他摔了一跤": "", "张三的爸爸晕倒了": "", "网格长摔伤了": "", "我爸心绞痛犯了": "",
	} {
		got := ""
		if p := HurtNamed(Hear(text), people); p != nil {
			got = p.Name
		}
		if got != want {
			t.Errorf("HurtNamed(%q) = %q, want %q", text, got, want)
		}
	}
}
