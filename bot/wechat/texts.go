package wechat

// Texts of the transport: what group members see (short, Chinese) and what
// the operator sees at the terminal and in alerts (Chinese, then English).
const (
	// hintVoice answers a voice or video message.
	hintVoice = "语音和视频我听不了，请打字告诉我，例如：上报 村口路灯不亮了。"

	bindDone      = "已绑定：本群是%s（配置里的「%s」）。以后改群名也不影响。"
	bindRefused   = "只有管理员可以绑定群（按机器人微信里给好友设的备注名认定）。"
	bindUnknown   = "没有找到「%s」。请写配置里的网格，例如：绑定本群 %s"
	bindUsage     = "请写上要绑定的网格，例如：绑定本群 %s"
	bindCommand   = "绑定本群"
	bindElsewhere = "「%s」归别的微信号负责（配置里的 wechat.villages），本号不绑定。要本号负责，请先在配置里给本号加上这个村；本号的网格例如：绑定本群 %s"
	bindAmbiguous = "「%s」在几个村都有，请写上村名，例如：绑定本群 %s"

	whoAreYou   = "「%s」，花名册上有几位同名的，您是哪一户的？请回复「我是 %s 户号」（户号问网格长），网格长确认后就认得您了。"
	joinWelcome = "欢迎%s！有事在群里发「上报 什么事」，紧急情况直接说，发「帮助」看怎么用。"
	joinWho     = "\n%s：群昵称和花名册对不上，请发「我是 姓名」，网格长确认后就能查自己的事项和积分。"

	stepScan = `
================ 微信登录 / WeChat login ================
请用【机器人微信号】所在的手机打开微信，扫描下面的二维码，然后在手机上点「登录」。
Scan this QR code with WeChat on the BOT ACCOUNT's phone, then tap "Log in" on the phone.
%s或在浏览器打开 / or open in a browser: %s
`
	// stepQRSaved and stepQRNotSaved complete stepScan.
	stepQRSaved      = "二维码图片也保存在 / The QR code is also saved as: %s\n"
	stepQRNotSaved   = "二维码图片没能保存到 %s（%v），请扫下面的二维码或打开网址。/ Could not save the QR code as %s; scan the one below or open the URL.\n"
	stepScanned      = "已扫码，请在手机上点「登录」。/ Scanned: tap \"Log in\" on the phone.\n"
	stepExpired      = "二维码过期了，已换一张新的，请重新扫。/ The QR code expired; here is a new one.\n"
	stepHotFail      = "保存的登录已失效，需要重新扫码。/ The kept login no longer works: a new scan is needed.\n"
	stepHotRetry     = "暂时连不上微信（网络可能还没通），保存的登录留着，稍后自动重试，不用扫码。/ Cannot reach WeChat yet (is the network up?); the kept login is kept and retried, no scan needed.\n"
	stepNoNetwork    = "连不上微信，拿不到登录二维码：请检查这台机器能不能上网（如 curl -I https://login.wx.qq.com）。机器人隔几秒到 5 分钟自己再试，连上了就显示二维码。/ Cannot reach WeChat for a login QR code: check this machine's internet access (e.g. curl -I https://login.wx.qq.com). Retried every few seconds up to 5 minutes; the QR code shows once WeChat answers.\n"
	stepNoStore      = "连不上 Redis，读不到保存的登录，先不登录（免得白白重新扫码）：请确认 redis-server 在运行（systemctl status redis-server、redis-cli ping）。Redis 好了，机器人自己接着登录。/ Redis is down, so the kept login cannot be read; not logging in yet (that would need a new scan). Is redis-server running? The login resumes by itself once Redis is back.\n"
	stepStoreDown    = "Redis 连不上了：群里的消息登记不上（机器人请大家过几分钟再发；突发事件照样直接发到应急值班群），待发的消息等着。请在服务器上运行 systemctl status redis-server 和 redis-cli ping（应显示 PONG）检查，看 Redis 的日志 /var/log/redis/redis-server.log。Redis 好了机器人自己接着登记和发送，不用重启。/ Redis stopped answering: nothing is registered meanwhile. Is redis-server running? gridbot resumes by itself once Redis answers.\n"
	stepStoreBack    = "Redis 又连上了（断了%s），机器人照常登记和发送。请在群里说一声，请大家把这期间没登记上的事重发一遍。/ Redis answers again (down for about %s).\n"
	stepStoreRefused = "Redis 在运行，但不肯写入：%s。群里的消息登记不上（机器人请大家过几分钟再发；突发事件照样直接发到应急值班群），待发的消息等着。%s Redis 能写了机器人自己接着登记和发送，不用重启。/ Redis answers but refuses writes (%s): nothing is registered meanwhile; gridbot resumes by itself once Redis takes writes again.\n"
	stepStoreWrites  = "Redis 又能写入了（停了%s），机器人照常登记和发送。请在群里说一声，请大家把这期间没登记上的事重发一遍。/ Redis takes writes again (refused them for about %s).\n"
	stepOtherUin     = `登录的微信号（%[2]d）和以前服务的（%[1]d）不同，为安全已退出登录。请用机器人原来的微信号扫稍后出现的新二维码；有意换号请按 Ctrl+C 退出（用 systemd 的：systemctl stop gridbot），再用 %[3]s -accept-uin %[2]d 启动。
Another WeChat account (%[2]d) logged in than the one that served before (%[1]d): logged out. Scan the next QR code with the bot's own account; to switch accounts, stop and start %[3]s -accept-uin %[2]d.
`
	stepLoggedIn = `登录成功：%s。已绑定 %d 个群。/ Logged in as %s; %d groups bound.
`
	// stepOnline and stepOnlineFix close the login's report: the next step.
	stepOnline    = "网格小助手在线了。请在一个网格群里发「上报 测试一下」，机器人应回复「已登记」；试完请网格长回「驳回 #编号 测试」（README「8. 启动后检查」）。/ Online: try 上报 测试一下 in a grid group.\n"
	stepOnlineFix = "网格小助手在线了，但上面还有要补的：照提示在机器人的手机上保存群、设备注，然后重启 gridbot（不用重新扫码）。/ Online, but fix what is listed above, then restart gridbot (no new scan needed).\n"
	stepMissing   = `找不到群「%s」：请在机器人的手机上打开这个群，点右上角「…」，打开「保存到通讯录」，然后重启 gridbot。
Group %q not found: on the bot's phone open the group, tap "…", turn on "Save to Contacts", then restart gridbot.
`
	stepAmbiguous = `有几个群都叫「%s」，机器人分不清是哪一个，一个也没有绑定：请把多余的群改名后重启 gridbot，或由管理员在正确的群里发「绑定本群 %s」。
Several groups are named %q: none is bound. Rename the extra ones and restart gridbot, or have an admin send "绑定本群 %s" in the right group.
`
	stepNoRemark = `有角色的人（网格长、网格员、评分小组等）只按备注名认人。下面这些人还不是机器人的好友或没有备注：%s。
请在机器人的手机上加他们为好友，把备注设成花名册里的姓名（一字不差），然后重启 gridbot。
Role holders are recognised only by the bot's remark names. Not yet friends with a remark: %s.
Befriend them on the bot's phone, set each remark to the roster name, then restart gridbot.
`

	stepVillagersNoFriend = `另有 %d 位用微信的村民还不是机器人的好友或没有备注（如 %s）：机器人要私信他们时，改请他们的网格员转告。想让机器人直接私信谁，就在机器人的手机上加他为好友，把备注设成花名册里的姓名，然后重启 gridbot。
%d villagers on WeChat are not friends with a remark name (e.g. %s): private messages to them go to their grid worker to pass on.
`

	alertLoggedOut = "网格小助手（%s）被微信退出登录了：%v。消息都存着不会丢。请到服务器上看 gridbot 的输出，用机器人的手机重新扫码。"
	alertLoginFail = "网格小助手（%s）登录失败：%s。机器人会自己隔几秒到 5 分钟再试；一直不好请到服务器上看 gridbot 的输出，检查网络。"
	// why a login failed (loginProblem), in alertLoginFail
	problemNoNetwork  = "连不上微信（这台机器上不了网，或域名解析不了）"
	problemLogin      = "微信没有让登录（原因在日志的 wechat: will try to log in again 一行里）"
	alertSilent       = "网格小助手（%s）已经%s没有收到微信的回应，可能掉线了。请检查服务器网络，或重启 gridbot。"
	alertOtherUin     = "网格小助手（%s）这次扫码登录的微信号和以前不同（以前 %d，这次 %d），为安全已退出登录、不提供服务。如果是有意换号，请在服务器上停掉机器人，用 %s -accept-uin %d 启动；否则请查一下是谁扫的码，再用机器人原来的微信号扫码。"
	alertStoreDown    = "网格小助手（%s）连不上 Redis 了：群里的消息登记不上，突发事件仍直接发到应急值班群。请到服务器上运行 systemctl status redis-server、redis-cli ping 检查；Redis 好了机器人自己恢复，不用重启。"
	alertStoreRefused = "网格小助手（%s）的 Redis 在运行，但不肯写入：%s。群里的消息登记不上，突发事件仍直接发到应急值班群。%s Redis 能写了机器人自己恢复，不用重启。"
	alertStoreWrites  = "网格小助手（%s）的 Redis 又能写入了（停了%s），照常登记。请群里把这期间没登记上的事重发一遍。"
	alertStoreBack    = "网格小助手（%s）又连上 Redis 了（断了%s），照常登记。请群里把这期间没登记上的事重发一遍。"
	alertScan         = "网格小助手（%s）需要扫码登录：请到服务器上看 gridbot 的输出或打开 %s，用机器人的手机扫码。"
	alertBack         = "网格小助手（%s）又能收发消息了。"
	alertUndelivered  = "网格小助手（%s）发给「%s」的紧急消息没发出去：%v。机器人会再试几次；请先打电话通知，并检查这个群是否已“保存到通讯录”。"
	alertDirectLost   = "网格小助手（%s）发给「%s」的紧急消息没发出去：数据库连不上，微信又暂停发送，这条消息不会再发。请马上打电话转告：%s"
	alertSyncStuck    = "网格小助手（%s）收不到微信消息了（%v），正在重新登录。如果一直不好，请检查服务器网络，或在手机上看机器人微信号是否被限制。"
	alertRestricted   = "网格小助手（%s）的微信号可能被限制了（微信返回 1203）。请在机器人的手机上打开微信看提示，按提示解除限制。"
	alertLateBound    = "网格小助手（%s）登录时找不到群「%s」，刚才按群里发来的消息绑定了它。请确认是真的网格群，并在机器人的手机上把它“保存到通讯录”。"
	alertStillOffline = "网格小助手（%s）已经%s不在线了，群里的消息没人处理。%s"
	alertFirstScan    = "网格小助手（%s）还没有登录过，等第一次扫码已经%s了，登录以后才开始处理群里的消息。%s"
	// The next step of alertStillOffline, by state.
	offlineScan     = "请用机器人的手机扫码登录：到服务器上看 gridbot 的输出，或打开 %s。"
	offlineRetrying = "机器人在自己重试登录；一直不好请检查服务器网络，看 gridbot 的输出（要扫码时那里会出现二维码）。"
	offlineWrong    = "扫码登录的微信号不对：请用机器人原来的微信号扫码；有意换号请按之前的报警用 -accept-uin 启动。"
	// The Chinese lines of /healthz's problems (Health.ProblemsZH).
	healthOffline  = "机器人没有登录微信，群里的消息没人处理。"
	healthNoGroup  = "一个群也没有绑定，机器人收不到群里的消息：请在机器人的手机上打开每个网格群，点右上角「…」，打开「保存到通讯录」（群名要和配置里的 group 一字不差），然后重启 gridbot；或由管理员在群里发「绑定本群 三组」这样的话。"
	healthSilent   = "已经%s没有收到微信的回应，可能掉线了：请检查服务器网络；机器人会自己重新登录，一直不好就重启 gridbot，并在手机上看机器人的微信号是否被限制。"
	healthTownship = "镇里的群「%s」没有绑定，突发事件和镇里的消息发不进去：请在机器人的手机上打开这个群，点右上角「…」，打开「保存到通讯录」，然后重启 gridbot；或由管理员在这个群里发「绑定本群 %s」。"
	healthPaused   = "暂停发送到 %s（微信嫌发得太快，或网络不通）：消息都存着，到时自动接着发，不用管；常出现就把配置里的 wechat.per_minute 调小。"
	healthRefused  = "Redis 不肯写入：%s，消息登记不上。%s"
	healthRedis    = "连不上 Redis，消息登记不上：请在服务器上运行 systemctl status redis-server 和 redis-cli ping（应显示 PONG）检查；Redis 好了机器人自己恢复，再请群里把没登记上的事重发一遍。"

	alertUrgentNoFriend = "网格小助手（%[1]s）发给「%[2]s」的紧急私信发不出去：%[2]s还不是机器人的微信好友，或好友备注不是「%[2]s」。请马上打电话转告：%[3]s。之后在机器人的手机上加%[2]s为好友并把备注设成「%[2]s」（一字不差），然后重启 gridbot。"
	alertNoFriend       = "网格小助手（%[1]s）发给「%[2]s」的私信发不出去：%[2]s还不是机器人的微信好友，或好友备注不是「%[2]s」。请在机器人的手机上加%[2]s为好友并把备注设成「%[2]s」（一字不差），然后重启 gridbot。没发出去的这条请人工转告：%[3]s（全文在 gridbot 的日志里，搜 dead letter）。今天再有发给%[2]s的私信发不出去，只记在日志里（dead letter），不再报警。"
	alertDead           = "网格小助手（%s）发给「%s」的消息试了 5 次都没发出去，已放弃：%s（%v）。请人工转告（全文在 gridbot 的日志里，搜 dead letter），并检查这个群或备注名。"
)

// Why Redis refuses writes (storeTrouble, a storage.Refused*): what is
// wrong and what to do on the server, in the terminal, the alert and
// /healthz.
const (
	refusedMemory  = "内存用到了上限（maxmemory）"
	fixMemory      = "请在服务器上运行 redis-cli INFO memory 看 used_memory_human 和 maxmemory_human，再运行 redis-cli CONFIG SET maxmemory 0（不设上限；要设就设得比 used_memory 大得多），并把 /etc/redis/redis.conf 里的 maxmemory 改成同样的值，下次重启也对。maxmemory-policy 保持 noeviction：别的写法在内存满时会悄悄删掉事项。"
	refusedDisk    = "写不了硬盘（多半是硬盘满了）"
	fixDisk        = "请在服务器上运行 df -h /var/lib/redis 看还剩多少空间，删掉旧日志、旧备份腾出空间；原因写在 Redis 的日志 /var/log/redis/redis-server.log 里。腾出空间后 Redis 自己接着写，过一分钟还不行的，运行 redis-cli BGSAVE。"
	refusedReplica = "连的是只读的副本（replica）"
	fixReplica     = "配置里的 redis.url 要写主库的地址（redis-cli -u 地址 INFO replication 里 role 是 master 的那台），改好后重启 gridbot。"
)
