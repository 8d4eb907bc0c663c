package understand

import "regexp"

// strangerProbeRe finds a stranger asking after households, their elders
// or their papers: "有个陌生人挨家挨户问老人家里几口人", "两个外地人在打
// 听谁家老人一个人住" — a scam's or a thief's scouting (治安, und105).
// The grid's own rounds ("网格员挨家挨户登记家里几口人") name no stranger.
var strangerProbeRe = regexp.MustCompile(`(?:陌生人|陌生男|陌生女|外地人|生面孔|不认识的人|不认得的人|不认识的男|不认识的女)` +
	`[^，。,.!！?？]{0,10}?(?:问|打听|登记|记下|拍照|拍了|查)[^，。,.!！?？]{0,10}?` +
	`(?:几口人|几个人|家里有谁|家里人|老人|独居|一个人住|身份证|存款|银行卡|存折|手机号|电话号|户口本|养老金)`)

// strangerRoundsRe finds strangers going round the doors with nothing
// else told ("外地来的收古董的 挨家挨户看老家具", und108): 治安, asked back
// (see problem), as a probe is.
var strangerRoundsRe = gate("挨", regexp.MustCompile(`(?:陌生人|外地人|外地来的|生面孔|不认识的)[^。!?！？]{0,16}?挨家挨户`))
