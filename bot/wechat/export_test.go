package wechat

// JoinedNames exposes joinedNames to the external tests.
var JoinedNames = joinedNames
