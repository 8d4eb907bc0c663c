package understand
import "testing"
func TestL97Tmp(t *testing.T){
 for _, s := range []string{"我找不到张三了","我找不到阿某了 他一早就出门了 电话也打不通","我找不到小明了","找不着我妈了","找不到老王的电话","找不到他家","我找不到阿某了 有个表要填","我找不到钥匙了","找不到小票了","我找不到阿某了吗", "找不到老王 他欠我钱"} {
   h, ok := emergency(canon(unspace(normalize(s))))
   t.Log(s, h, ok)
 }
 t.Log(NamedGone("我找不到张三了 他一早就出门了","张三",false))
}
