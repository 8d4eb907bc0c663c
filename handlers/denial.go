package handlers

// Plain words of a reporter that deny a fix without the words of a fix:
// "还是吵", "没用 还在放", "跟没说一样", "又开始了". Whether they are about
// his item takes its text: "还是吵" denies the fix of a quarrel over
// music at night ("吵得睡不着"), not of a lamp.

// stillFillers may stand between stillWords and what goes on ("还是很
// 吵", "又天天放"); partialFillers say it goes on only in part ("还是有点
// 吵": a partial fix, for him to call 满意 or 未解决).
var ()
