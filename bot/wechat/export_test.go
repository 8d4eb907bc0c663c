package wechat

// JoinedNames and LeftNames expose the system-text parsers to the external tests.
var (
	JoinedNames = joinedNames
	LeftNames   = leftNames
)
