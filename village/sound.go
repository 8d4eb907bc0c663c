package village

import "strings"

// syllables are common characters of Chinese surnames and given names by
// their toneless pinyin: enough to tell that a name typed by sound (张山
// for 张三, 陈而 for 陈二) is one on the roster. A character not listed
// sounds like itself alone.
var syllables = map[string]string{
	"ba": "八巴", "bai": "白柏百", "bin": "斌彬滨", "bo": "波博伯",
	"cai": "才财彩蔡", "can": "灿", "cao": "曹草", "chang": "昌常长畅", "chao": "超朝潮",
	"chen": "陈晨辰臣沉", "cheng": "程成诚城承", "chun": "春纯", "cui": "翠崔",
	"da": "大达", "dan": "丹单", "de": "德", "deng": "邓登", "dong": "东冬董栋",
	"er": "二而儿尔耳", "fan": "范凡帆樊", "fang": "方芳", "fen": "芬分",
	"feng": "冯风凤锋峰丰枫", "fu": "福富付傅", "gang": "刚钢岗", "gao": "高",
	"gui": "桂贵", "guo": "国郭", "hai": "海", "han": "韩汉涵寒",
	"hao": "浩豪好昊", "he": "何贺和河荷", "hong": "红洪宏鸿虹", "hu": "胡虎湖",
	"hua": "华花", "huang": "黄皇", "hui": "慧辉惠会", "jia": "佳家嘉贾",
	"jian": "建剑健坚", "jiang": "蒋江姜", "jin": "金锦进晋", "jiu": "九久玖",
	"juan": "娟", "jun": "军俊君峻", "kong": "孔", "lan": "兰蓝岚",
	"le": "乐", "lei": "雷磊蕾", "li": "李里黎丽力立利莉理礼", "lian": "莲连廉",
	"liang": "梁良亮", "liao": "廖", "lin": "林琳霖", "ling": "玲灵凌",
	"liu": "刘六柳留", "long": "龙隆", "lu": "卢陆鲁路露", "luo": "罗洛",
	"lv": "吕绿", "ma": "马玛", "mei": "梅美玫", "min": "民敏闽",
	"ming": "明鸣铭名", "na": "娜", "pan": "潘盼", "peng": "彭鹏朋",
	"ping": "平萍苹", "qi": "七齐琪琦奇启其", "qian": "钱倩千", "qiang": "强蔷",
	"qin": "琴秦勤", "qing": "青清庆", "ran": "然冉", "san": "三叁伞散",
	"shan": "山珊善杉衫", "sheng": "生胜盛圣", "shi": "石十施史师诗时世",
	"si": "四思斯丝", "song": "宋松颂", "su": "苏素", "sun": "孙",
	"tang": "唐堂", "tao": "涛陶桃", "tian": "田甜天添", "ting": "婷亭庭",
	"tong": "桐童同", "wan": "万婉", "wang": "王汪旺望", "wei": "卫伟魏薇维威",
	"wen": "文闻", "wu": "五吴武伍午", "xia": "霞夏", "xiang": "想祥翔香湘向",
	"xiao": "晓小肖孝", "xie": "谢", "xin": "欣新心鑫馨", "xiu": "秀修",
	"xu": "徐许旭", "xue": "雪学薛", "yan": "燕艳岩颜严", "yang": "杨洋阳扬",
	"yao": "姚瑶遥", "yi": "怡一艺毅义", "ying": "英颖莹", "yong": "永勇",
	"you": "有友", "yu": "玉雨宇余于鱼俞", "yuan": "袁元远园源圆", "zhang": "张章彰",
	"zhao": "赵照昭兆", "zhen": "珍贞真振", "zheng": "郑正政", "zhi": "志芝智之",
	"zhong": "钟忠中", "zhou": "周舟州洲", "zhu": "朱珠竹祝", "zou": "邹",
}

// soundOf is each listed character's sound, as fuzzy pinyin input
// methods hear it: zh/ch/sh as z/c/s, -ang/-eng/-ing as -an/-en/-in
// (山 and 三, 程 and 陈 alike).
var soundOf = func() map[rune]string {
	blur := strings.NewReplacer("zh", "z", "ch", "c", "sh", "s")
	m := map[rune]string{}
	for py, chars := range syllables {
		s := blur.Replace(py)
		for _, end := range []string{"ang", "eng", "ing"} {
			if rest, ok := strings.CutSuffix(s, end); ok {
				s = rest + end[:2]
			}
		}
		for _, r := range chars {
			m[r] = s
		}
	}
	return m
}()

// SoundsAlike reports whether a and b are names as long whose characters
// sound alike one by one, and are not the same name: b typed by its sound
// (张山, 章三 for 张三).
func SoundsAlike(a, b string) bool {
	ar, br := []rune(a), []rune(b)
	if len(ar) != len(br) || a == b {
		return false
	}
	for i := range ar {
		if ar[i] == br[i] {
			continue
		}
		sa, ok := soundOf[ar[i]]
		if !ok || sa != soundOf[br[i]] {
			return false
		}
	}
	return true
}
