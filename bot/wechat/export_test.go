package wechat

// JoinedNames and LeftNames expose the parsers of outside text to the
// external tests.
var (
	JoinedNames = joinedNames
	LeftNames   = leftNames
)
