package understand

import (
	"slices"
	"testing"
)

// TestTrimLead: fillers and an address to a person before the matter go;
// the sender's own words stay, and so does a name that is part of them.
func TestTrimLead(t *testing.T) {
	isName := func(n string) bool { return slices.Contains([]string{"李四", "王五", "张三"}, n) }
	for text, want := range map[string]string{
		"网格员 村口那个路灯坏了三天了":    "村口那个路灯坏了三天了",
		"@李四 村口桥的栏杆断了":       "村口桥的栏杆断了",
		"@李四 @王五 井盖没了":       "井盖没了",
		"李四 你看下 我家门口下水道井盖没了": "我家门口下水道井盖没了",
		"李四，麻烦你看下 后院水管冻裂了":   "后院水管冻裂了",
		"王五你看看 路灯又不亮了":       "路灯又不亮了",
		"那个 后山那条路被水冲垮了":      "后山那条路被水冲垮了",
		"领导好，村口垃圾没人收":        "村口垃圾没人收",
		"张三家门口的路灯坏了":         "张三家门口的路灯坏了",
		"村口那个路灯坏了":           "村口那个路灯坏了",
		"李四 你看下":             "李四 你看下",
		"李明 路灯坏了":            "李明 路灯坏了",
		"请问一下 医保卡丢了咋补办啊":     "医保卡丢了咋补办啊",
		"想问下低保怎么申请":          "低保怎么申请",
		// a title right before his hurt is who is hurt (alarm74)
		"网格长摔伤了 快来人":    "网格长摔伤了 快来人",
		"网格员被狗咬了":       "网格员被狗咬了",
		"网格长 快来 老王家着火了": "快来 老王家着火了",
		"网格长 我摔伤了 快来人":  "我摔伤了 快来人",
		"网格长快来 有人摔伤了":   "快来 有人摔伤了",
		// and after a pause, a title or a name, when what follows opens
		// with what befell him (alarm75)
		"网格长 摔伤了":     "网格长 摔伤了",
		"李四，从梯子上摔下来了": "李四，从梯子上摔下来了",
		"李四 有人摔伤了 快来": "有人摔伤了 快来",
	} {
		if got := TrimLead(text, isName); got != want {
			t.Errorf("TrimLead(%q) = %q, want %q", text, got, want)
		}
	}
}
