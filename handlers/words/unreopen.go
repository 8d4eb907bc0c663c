package words

// SlipWords say one's last step was a mistake.
var SlipWords = []string{"点错", "按错", "弄错", "搞错", "看错", "发错", "写错", "回错", "撤回", "撤销", "不算", "取消"}
