.pragma library

// Minutes for people: "约 12 分钟", "—" when unknown (-1), "<1 分钟" for under a minute.
function waitText(seconds) {
    if (seconds === undefined || seconds === null || seconds < 0)
        return "—"
    if (seconds < 60)
        return "<1 分钟"
    return "约 " + Math.round(seconds / 60) + " 分钟"
}

// "12 分钟", "1 小时 5 分钟": how long something has lasted.
function duration(seconds) {
    if (seconds === undefined || seconds === null || seconds < 0)
        return "—"
    var m = Math.floor(seconds / 60)
    if (m < 60)
        return m + " 分钟"
    return Math.floor(m / 60) + " 小时 " + (m % 60) + " 分钟"
}

function windowState(state, reason) {
    switch (state) {
    case "serving": return "办理中"
    case "calling": return "呼叫中"
    case "idle": return "空闲"
    case "paused":
        switch (reason) {
        case "lunch": return "暂停（午休）"
        case "meeting": return "暂停（会议）"
        case "system_fault": return "暂停（故障）"
        default: return "暂停"
        }
    default: return "关闭"
    }
}
