package understand

import (
	"testing"

	"gridbot/village"
)

// genreCase is what the formal-register tables check: intent, type and
// hazard, and a report's category and that it is acted on; a noise
// reading's category is whatever the text names.
type genreCase struct {
	name string
	text string
	want reading
}

func checkGenre(t *testing.T, tests []genreCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := read(t, tt.text)
			got := reading{Intent: r.Intent, Type: r.Type, Hazard: r.Hazard}
			want := tt.want
			if want.Intent == village.IntentNoise {
				want.Type = village.General
			} else {
				got.Category = r.Category
			}
			if got != want {
				t.Errorf("Read(%q) = %+v (%.2f); want %+v", tt.text, got, r.Confidence, want)
			}
			if want.Intent == village.IntentReport && r.Confidence < confAsk {
				t.Errorf("Read(%q).Confidence = %.2f; want at least %.2f: a report is acted on", tt.text, r.Confidence, confAsk)
			}
		})
	}
}

var quiet = reading{Intent: village.IntentNoise}

// generalOf is a general report of category cat.
func generalOf(cat string) reading {
	return reading{Intent: village.IntentReport, Type: village.General, Category: cat}
}

// TestReadFormalNoise: a text in the form of a notice — a heading that
// names its genre, a closing formula, a news opening, an organisation's
// signature — asks nothing of the grid, whatever matters it names.
func TestReadFormalNoise(t *testing.T) {
	checkGenre(t, []genreCase{
		{"公示 with 可向…反映", "关于本年度危房改造补助对象的公示：经评议，拟补助以下三户，如有异议，可向村委会反映。", quiet},
		{"work summary names disputes", "二组网格员十月工作小结：入户走访三十户，化解邻里纠纷一起，排查隐患两处。", quiet},
		{"weekly report", "本周工作汇报：清理沟渠两公里，修补村道坑洼五处，调解纠纷一起。", quiet},
		{"year's report", "2026年度工作总结：全年硬化村道两公里，改造危房八户，群众诉求件件有回音。", quiet},
		{"minutes", "村民代表会议记录：议题一，讨论自来水管网改造出资方案；议题二，讨论占地补偿，下次再议。", quiet},
		{"learning notes", "党员学习笔记：要坚持以人民为中心，切实解决群众急难愁盼问题。", quiet},
		{"what one felt at a training", "参加调解员培训的体会：化解矛盾纠纷要耐心细致，把群众的事当自己的事。", quiet},
		{"policy explained with a question", "政策解读|新农合住院怎么报销？县内住院报销比例百分之八十，无需本人申请。", quiet},
		{"村规民约", "青山村村规民约：不得乱搭乱建；红白喜事简办；邻里发生纠纷协商解决。", quiet},
		{"formal job ad", "诚聘：本厂招聘电工两名，要求持证上岗，待遇面议，缴纳保险。", quiet},
		{"anti-drug poster with a hotline", "禁毒宣传：远离毒品，珍爱生命，发现贩毒线索请拨打举报电话。", quiet},
		{"weather warning", "大风蓝色预警：今夜到明天有六级大风，请加固大棚，注意水管防冻。县气象台", quiet},
		{"legal lesson", "普法小课堂：因相邻关系造成损害的，应当依法给予赔偿。", quiet},
		{"village accounts", "村务公开：本季度支出路灯维修费三千元、修路款两万元，接受全体村民监督。", quiet},
		{"closing formula", "经评议，以下五户被评为本年度“清洁户”，特此公布。", quiet},
		{"closing formula after works named", "经排查，二组村道有三处坑洼、两盏路灯不亮，已安排维修，特此通知。", quiet},
		{"signed by the township and dated", "今年我镇新修村道十公里，新装路灯三百盏，群众出行更方便。青山镇人民政府 2026年12月1日", quiet},
		{"a repairman's ad", "本公司专业维修水管、电路、房屋漏水，上门服务，欢迎来电。", quiet},
		{"a clinic's ad", "村口新开一家卫生室，看病拿药更方便，欢迎咨询。", quiet},
		{"so that no fire breaks out", "今年冬天用火用电都要小心，确保不发生火灾。", quiet},
		{"to reduce fires, no heading", "为减少火灾事故，春节期间大家不要在山林边燃放烟花爆竹。", quiet},
		{"news opening", "本报讯 近日，青山镇司法所走进各村，讲解土地承包和赡养老人的法律知识。", quiet},
		{"signed by an office", "冬季雨雪天气路面湿滑，出行请减速慢行，切勿酒后驾车。青山镇交管站", quiet},
		{"signed and dated", "春节期间请勿在林区燃放烟花爆竹，共同守护绿水青山。青山村委会 2026年12月20日", quiet},
		{"insurance ad warns of falls", "尊敬的客户您好！某某保险温馨提醒，冬季老人易摔伤，意外险每年只需一百元，欢迎咨询。", quiet},
		{"a 倡议书 to reduce fires", "文明祭扫倡议书：为减少火灾事故，倡议大家鲜花祭扫，不烧纸不放炮。", quiet},
		{"a lost dog", "寻狗启事：本人家中一只白色小狗昨天走失，有发现者请联系，必有酬谢。", quiet},
		{"a lost cat, the owner named", "谁看到一只橘猫 主人找了一天了 猫走丢了", quiet},
		{"a forwarded fraud warning", "转：近期有人冒充社保局打电话要银行卡号，千万别信", quiet},
		{"a forwarded timetable", "转发：二组到镇上的班车下周起改为每天四班，末班车下午五点。", quiet},
		{"a 寻物启事", "寻物启事：本人昨天在集市上遗失钥匙一串，有拾到者请与本人联系。", quiet},
	})
}

// TestReadOwnMatterInFormalForm: the sender's own problem and a request or
// question about it is read whatever form it takes — a genre heading, a
// thanks letter, a quoted notice, a signature with his name and the date.
func TestReadOwnMatterInFormalForm(t *testing.T) {
	checkGenre(t, []genreCase{
		{"thanks letter ends with a request", "感谢信：感谢大家去年帮我家渡过难关，不过门口的水沟又堵了，麻烦再派人来疏通一下。", generalOf("环境卫生")},
		{"thanks letter ends with a question", "感谢信：感谢村里帮我家办好了低保。想问一下，我母亲的高龄补贴要怎么申请？",
			reading{Intent: village.IntentReport, Type: village.Approval, Category: "政策咨询"}},
		{"a 公告 of one's own matter", "公告：本人承包的鱼塘近期被人投毒，鱼死了一大片，恳请派出所调查。", generalOf("治安")},
		{"a letter to the committee", "致村两委的一封信：本人系二组村民，我家门前的排水沟堵了半年，恳请安排清理。", generalOf("环境卫生")},
		{"signed by a villager", "村口那段路坑坑洼洼，雨天积水，一直没人修。三组村民张三 2026年11月28日", generalOf("道路交通")},
		{"a notice quoted, then a plea", "村里发倡议书让大家不要往河里倒垃圾，可是上游几户天天往河里倒，希望村里管一管。", generalOf("环境卫生")},
	})
}

// TestReadThanksForForwarding: a sender who thanks people for forwarding,
// or asks them to, and names his own missing child or parent calls for
// help himself; forwarding from elsewhere, or a child found, alarms none.
func TestReadThanksForForwarding(t *testing.T) {
	missing := emergencyOf(village.HazardMissing, "治安")
	checkGenre(t, []genreCase{
		{"thanks, then a grandson lost", "感谢转发！我家小孙子…走丢了，穿红衣服，求大家帮忙找找", missing},
		{"thanks everyone for forwarding", "谢谢大家帮忙转发，我家孩子放学到现在还没回家，大家见到请联系我", missing},
		{"thanks, and still not found", "谢谢大家昨天转发，我妈到现在还没找到，求大家再帮忙扩散", missing},
		{"plea to forward", "麻烦大家帮忙转发，我爸早上出门到现在没回来，有老年痴呆", missing},
		{"thanks for forwarding, a neighbour lost", "谢谢转发，三组王奶奶走失到现在还没找到", missing},
		{"a forward of one's own call", "转发扩散：我家孩子放学到现在没回家，十岁，穿蓝校服", missing},
		{"forward from elsewhere", "麻烦大家转发，隔壁县一个五岁男孩走失了", quiet},
		{"a forwarded notice", "【转发】外省某地一名老人走失，请大家留意", quiet},
		{"thanks, the child found", "感谢转发！我家孩子找到了，谢谢大家！", quiet},
	})
}

// TestReadNoticeFormKeepsAlarms: the form of a notice silences no
// emergency: a fire, a search for a person, a gas leak.
func TestReadNoticeFormKeepsAlarms(t *testing.T) {
	checkGenre(t, []genreCase{
		{"urgent notice of a fire", "紧急通知：三组后山起火了，请青壮年马上带工具去帮忙扑救！", emergencyOf(village.HazardFire, "安全隐患")},
		{"寻人启事 for an elder", "寻人启事：我家老人今早走失，八十岁，穿黑棉袄，请大家帮忙找找。", emergencyOf(village.HazardMissing, "治安")},
		{"寻人启事 signed by the committee", "寻人启事：二组一名九岁男孩今天下午在河边玩耍后失去联系，至今未归，有线索请联系。青山村委会", emergencyOf(village.HazardMissing, "治安")},
		{"a 通报 of a gas leak now", "情况通报：刚才二组张家煤气泄漏，有人晕倒了，快打120！", emergencyOf(village.HazardGas, "安全隐患")},
	})
}

// TestReadOfficialese: with no heading or signature, a text worded as the
// authorities word things — its addressees, its reach, sanctions, accounts
// of work — is a notice; a villager who quotes a rule against what
// happens, writes "近日", or tells of his household's matter is read.
func TestReadOfficialese(t *testing.T) {
	checkGenre(t, []genreCase{
		{"a fraud warning to all", "近期有人冒充燃气公司上门检查收费，村民朋友们要提高警惕，燃气公司不会上门收现金。", quiet},
		{"an instruction to group leaders", "各组要对辖区内的危房逐户排查，建立台账，发现问题及时上报。", quiet},
		{"a work account", "本季度共走访农户六十户，收集群众诉求九件，已办结七件。", quiet},
		{"an appointment", "经村党支部研究决定，由王五负责三组的网格工作，请大家支持。", quiet},
		{"a subsidy, to whoever needs it", "今年的取暖补贴开始申领了，有需要的老人带身份证到村委会登记。", quiet},
		{"two stiff words", "冬季防火形势严峻，进山一律不准带火种，切勿在林边烧荒。", quiet},
		{"two stiff words and a problem", "严禁往河道倾倒垃圾，切勿在河边焚烧秸秆。", quiet},
		{"近日 and a warning", "近日，有不法分子冒充医保局工作人员打电话，务必提高警惕。", quiet},
		{"an account of reports fixed", "近期有群众反映二组几盏路灯不亮，村两委高度重视，现已全部修复。", quiet},
		{"a fire told as a lesson", "经调查，上月二组一户人家的火灾系电线老化引起，已得到妥善处理，请大家引以为戒。", quiet},
		{"minutes without a heading", "会议强调，各组要把冬季防火责任落实到人，确保不发生山火。", quiet},
		{"a rule from above", "根据上级文件精神，今后村里的红白喜事一律报红白理事会备案。", quiet},
		{"party study", "全体党员要认真学习贯彻全会精神，带头为群众解难题、办实事。", quiet},
		{"a campaign reported", "今天上午，镇司法所在村里开展普法宣传活动，发放宣传资料两百份，群众纷纷点赞。", quiet},
		{"a rule from above, and one's own parent", "按照上级要求老人要做养老认证，可是我父亲瘫痪在床去不了，请问能不能上门认证？",
			reading{Intent: village.IntentReport, Type: village.Approval, Category: "政策咨询"}},
		{"to the villagers as friends", "尊敬的村民朋友：自下月起电费可以用手机银行缴纳，也可以到村便民服务点缴纳。", quiet},
		{"to the parents as friends", "家长朋友们，寒假期间请督促孩子按时完成作业，少玩手机，多陪孩子读书。", quiet},
		{"greets all, then pleads", "各位乡亲，村口那段路的护栏去年被洪水冲走了，到现在还没装，恳请村里尽快安装。", generalOf("道路交通")},
		{"各位村民, then a plea", "各位村民，三组河边的护栏被冲走一年了，恳请村里尽快安装。", generalOf("安全隐患")},
		{"thanks for a fix, then it leaks again", "谢谢网格员上次帮我家修了水管，可是这两天又开始漏水了，麻烦再来看一下。", generalOf("水电设施")},
		{"a sign quoted against what happens", "村口立了严禁倒垃圾的牌子，可牌子底下还是堆满了垃圾", generalOf("环境卫生")},
		{"one stiff word", "二组路口不得停车的地方天天停满了车，大车都过不去", generalOf("道路交通")},
		{"a villager writes 近日", "近日，三组村道被大车压坏了好几处，坑里全是积水", generalOf("道路交通")},
		{"a rule's reach against one's group", "全镇范围内都在搞人居环境整治，可我们三组的垃圾一个月都没人收，希望管一管", generalOf("环境卫生")},
		{"greets all, then pleads for his group", "各位村民好，我是五组的，我们组的垃圾池满出来半个月了，苍蝇乱飞，请村里安排清运。", generalOf("环境卫生")},
	})
}

// TestReadFormalPleas: a plea for relief tells of a mishap that is past;
// a mother who has not come back is missing; a plea to mediate is a
// dispute.
func TestReadFormalPleas(t *testing.T) {
	checkGenre(t, []genreCase{
		{"an injury in a plea for relief", "村里每户要出修路费，我家孩子在外打工受伤了，家里确实困难，恳请村里考虑减免。",
			reading{Intent: village.IntentReport, Type: village.General, Category: "政策咨询"}},
		{"an injury now, and relief later", "我爸刚刚从房顶摔下来了，快来人！以后还想申请医疗救助", emergencyOf(village.HazardMedical, "安全隐患")},
		{"a mother not back", "我母亲早上出门赶集到现在还没回来，手机也打不通", emergencyOf(village.HazardMissing, "治安")},
		{"a father not back", "家父今早独自上山，至今未归，恳请大家帮忙寻找", emergencyOf(village.HazardMissing, "治安")},
		{"a plea to mediate", "邻居家的猪圈粪水流进我家院子，多次沟通无果，恳请村里出面调解。",
			reading{Intent: village.IntentReport, Type: village.Mediation, Category: "矛盾纠纷"}},
	})
}
