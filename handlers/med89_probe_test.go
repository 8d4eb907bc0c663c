package handlers_test

import (
	"testing"
	"time"

	"gridbot/understand"
)

func TestMed89Probe(t *testing.T) {
	for _, acc := range []string{
		account + " 另外村口路灯也坏了",
		account + " 还有村口的路灯也不亮了",
		account + " 另外他家牛踩了俺玉米 还把俺家墙推倒了",
		account + " 还有老刘家的狗天天半夜叫 吵得睡不着",
		account + " 另外低保年审需要什么材料",
		account + " 还有他家在俺家地里堆柴火",
	} {
		c := newChat(t, understand.Rules{})
		t.Logf("ACCOUNT %s\n%s", acc, c.say("张三", acc))
		c.now = c.now.Add(3 * time.Minute)
		t.Logf("RETORT\n%s", c.say("陈二", retort))
		c.now = c.now.Add(3 * time.Minute)
		t.Logf("ONE\n%s", c.say("张三", "1"))
		for _, r := range c.reports() {
			t.Logf("REP %s %s %s %q along=%s", r.ID, r.Type, r.Category, r.Text, r.Along)
		}
	}
}
