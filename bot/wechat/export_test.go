package wechat

// JoinedNames, LeftNames and IAmFields expose the parsers of outside text
// to the external tests.
var (
	JoinedNames = joinedNames
	LeftNames   = leftNames
	IAmFields   = iamFields
)
