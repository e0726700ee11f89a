<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ActionKeys</name>
    <message>
        <source>Call next</source>
        <translation>叫号</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>重呼</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>过号</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>转办</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>Start serving</source>
        <translation>开始办理</translation>
    </message>
    <message>
        <source>Park</source>
        <translation>挂起</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Ask for rating</source>
        <translation>请求评价</translation>
    </message>
    <message>
        <source>Acceptance notice</source>
        <translation>受理通知单</translation>
    </message>
    <message>
        <source>Call selected</source>
        <translation>呼叫所选</translation>
    </message>
    <message>
        <source>Take back</source>
        <translation>取回</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>恢复过号</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>Materials notice</source>
        <translation>材料告知书</translation>
    </message>
</context>
<context>
    <name>ActionRules</name>
    <message>
        <source>Not logged in at a window</source>
        <translation>尚未登录窗口</translation>
    </message>
    <message>
        <source>No ticket in service or just finished</source>
        <translation>没有正在办理或刚办结的号票</translation>
    </message>
    <message>
        <source>A notice is being printed</source>
        <translation>正在打印通知书</translation>
    </message>
    <message>
        <source>Not connected to the server</source>
        <translation>未连接服务器</translation>
    </message>
    <message>
        <source>Waiting for the server's answer</source>
        <translation>正在等待服务器应答</translation>
    </message>
    <message>
        <source>The window is paused</source>
        <translation>窗口已暂停</translation>
    </message>
    <message>
        <source>Finish, park or transfer the current ticket first</source>
        <translation>请先办结、挂起或转办当前号票</translation>
    </message>
    <message>
        <source>Nobody is waiting for this window</source>
        <translation>本窗口暂无等候</translation>
    </message>
    <message>
        <source>The citizen is already being served</source>
        <translation>群众已在办理中</translation>
    </message>
    <message>
        <source>No ticket is being called</source>
        <translation>没有正在呼叫的号票</translation>
    </message>
    <message>
        <source>Recall limit reached: mark the ticket as a no-show</source>
        <translation>已达重呼上限：请按过号处理</translation>
    </message>
    <message>
        <source>The citizen came: finish instead</source>
        <translation>群众已到：请办结</translation>
    </message>
    <message>
        <source>No current ticket</source>
        <translation>没有当前号票</translation>
    </message>
    <message>
        <source>Start serving first</source>
        <translation>请先开始办理</translation>
    </message>
    <message>
        <source>No ticket in service</source>
        <translation>没有正在办理的号票</translation>
    </message>
    <message>
        <source>The window is already paused</source>
        <translation>窗口已处于暂停</translation>
    </message>
    <message>
        <source>Finish the current ticket first</source>
        <translation>请先办结当前号票</translation>
    </message>
    <message>
        <source>The window is not paused</source>
        <translation>窗口未暂停</translation>
    </message>
    <message>
        <source>No served ticket to rate</source>
        <translation>没有可评价的号票</translation>
    </message>
    <message>
        <source>Select a waiting ticket</source>
        <translation>请选择等候中的号票</translation>
    </message>
    <message>
        <source>Select a parked ticket</source>
        <translation>请选择挂起的号票</translation>
    </message>
    <message>
        <source>Select a no-show ticket</source>
        <translation>请选择过号的号票</translation>
    </message>
    <message>
        <source>Unknown action</source>
        <translation>未知操作</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>Wrong staff id or password</source>
        <translation>工号或密码错误</translation>
    </message>
    <message>
        <source>Too many failed log-ins: wait a moment and try again</source>
        <translation>登录失败次数过多，请稍后再试</translation>
    </message>
    <message>
        <source>Not allowed for this account or window</source>
        <translation>此账号无权操作该窗口</translation>
    </message>
    <message>
        <source>You are already logged in at another window: log out there first</source>
        <translation>您已在其他窗口登录，请先在该窗口退出</translation>
    </message>
    <message>
        <source>Not sent: the server cannot be reached</source>
        <translation>未发送：无法连接服务器</translation>
    </message>
    <message>
        <source>Too many requests: slow down</source>
        <translation>操作过于频繁，请稍候</translation>
    </message>
    <message>
        <source>No such ticket today</source>
        <translation>今日无此号票</translation>
    </message>
    <message>
        <source>No such window</source>
        <translation>无此窗口</translation>
    </message>
    <message>
        <source>No such service</source>
        <translation>无此业务</translation>
    </message>
    <message>
        <source>The ticket is not in a state that allows this</source>
        <translation>号票当前状态不允许此操作</translation>
    </message>
    <message>
        <source>The window is not open</source>
        <translation>窗口未开启</translation>
    </message>
    <message>
        <source>Finish, park or transfer the current ticket first</source>
        <translation>请先办结、挂起或转办当前号票</translation>
    </message>
    <message>
        <source>The window is paused</source>
        <translation>窗口已暂停</translation>
    </message>
    <message>
        <source>There is no current ticket</source>
        <translation>没有当前号票</translation>
    </message>
    <message>
        <source>This window does not serve that ticket</source>
        <translation>本窗口不办理该号票的业务</translation>
    </message>
    <message>
        <source>Nobody is waiting for this window</source>
        <translation>本窗口暂无等候</translation>
    </message>
    <message>
        <source>The server refused the request</source>
        <translation>服务器拒绝了此操作</translation>
    </message>
    <message>
        <source>This ticket has been rated already</source>
        <translation>该号票已评价</translation>
    </message>
    <message>
        <source>This counter program does not match the server's version</source>
        <translation>本程序与服务器版本不匹配</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Green channel</source>
        <translation>绿色通道</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>预约</translation>
    </message>
    <message>
        <source>Assisted</source>
        <translation>帮办代办</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>普通</translation>
    </message>
    <message>
        <source>%1, transferred</source>
        <translation>%1，转办</translation>
    </message>
    <message>
        <source>Open, free</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>Calling</source>
        <translation>叫号中</translation>
    </message>
    <message>
        <source>Serving</source>
        <translation>办理中</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>未开窗</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等候</translation>
    </message>
    <message>
        <source>Called</source>
        <translation>已叫号</translation>
    </message>
    <message>
        <source>In service</source>
        <translation>办理中</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>过号</translation>
    </message>
    <message>
        <source>Parked</source>
        <translation>挂起</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Promised (承诺件)</source>
        <translation>承诺件</translation>
    </message>
    <message>
        <source>Reported (上报件)</source>
        <translation>上报件</translation>
    </message>
    <message>
        <source>Joint (联办件)</source>
        <translation>联办件</translation>
    </message>
    <message>
        <source>Immediate (即办件)</source>
        <translation>即办件</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>Accepted for processing</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>Materials missing (told once)</source>
        <translation>材料不全（已一次告知）</translation>
    </message>
    <message>
        <source>Enquiry answered</source>
        <translation>咨询已答复</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>Lunch break</source>
        <translation>午休</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>开会</translation>
    </message>
    <message>
        <source>System fault</source>
        <translation>系统故障</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>At the front</source>
        <translation>排在最前</translation>
    </message>
    <message>
        <source>By issue time</source>
        <translation>按取号时间</translation>
    </message>
    <message>
        <source>At the end</source>
        <translation>排在最后</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>取号</translation>
    </message>
    <message>
        <source>Recalled</source>
        <translation>重呼</translation>
    </message>
    <message>
        <source>Service started</source>
        <translation>开始办理</translation>
    </message>
    <message>
        <source>Reactivated</source>
        <translation>恢复等候</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>转办</translation>
    </message>
    <message>
        <source>Taken back</source>
        <translation>取回</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1秒</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1分钟</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1小时%2分</translation>
    </message>
</context>
<context>
    <name>hallq::counter::CounterController</name>
    <message>
        <source>Connection lost: reconnecting. Actions are refused until it is back.</source>
        <translation>连接中断，正在重连。恢复前所有操作将被拒绝。</translation>
    </message>
    <message>
        <source>Connected again: the window is up to date.</source>
        <translation>已重新连接，窗口信息已同步。</translation>
    </message>
    <message>
        <source>Log-in cancelled</source>
        <translation>已取消登录</translation>
    </message>
    <message>
        <source>Logged in at %1</source>
        <translation>已登录 %1</translation>
    </message>
    <message>
        <source>Logged out of %1</source>
        <translation>已退出 %1</translation>
    </message>
    <message>
        <source>Calling %1</source>
        <translation>正在呼叫 %1</translation>
    </message>
    <message>
        <source>Recalled %1 (%2 of %3)</source>
        <translation>已重呼 %1（第%2次，共%3次）</translation>
    </message>
    <message>
        <source>Serving %1</source>
        <translation>开始办理 %1</translation>
    </message>
    <message>
        <source>%1 marked as no-show</source>
        <translation>%1 已按过号处理</translation>
    </message>
    <message>
        <source>%1 parked</source>
        <translation>%1 已挂起</translation>
    </message>
    <message>
        <source>%1 transferred to %2</source>
        <translation>%1 已转办至 %2</translation>
    </message>
    <message>
        <source>%1 finished</source>
        <translation>%1 已办结</translation>
    </message>
    <message>
        <source>Window paused</source>
        <translation>窗口已暂停</translation>
    </message>
    <message>
        <source>Window open again</source>
        <translation>窗口已恢复服务</translation>
    </message>
    <message>
        <source>%1 taken back and called</source>
        <translation>%1 已取回并呼叫</translation>
    </message>
    <message>
        <source>%1 is waiting again</source>
        <translation>%1 已恢复等候</translation>
    </message>
    <message>
        <source>Asking the citizen to rate %1</source>
        <translation>已请群众为 %1 评价</translation>
    </message>
    <message>
        <source>%1 was closed by someone else: log in again</source>
        <translation>%1 已被他人关闭，请重新登录</translation>
    </message>
    <message>
        <source>%1 was rated %2 of 5</source>
        <translation>%1 评价：%2 分（满分5分）</translation>
    </message>
    <message>
        <source>Window %1 %2</source>
        <translation>%1号 %2</translation>
    </message>
    <message>
        <source>Window %1</source>
        <translation>%1号窗口</translation>
    </message>
</context>
<context>
    <name>hallq::counter::NoticePrinting</name>
    <message>
        <source>Notice saved as %1</source>
        <translation>通知书已保存为 %1</translation>
    </message>
    <message>
        <source>Notice printed</source>
        <translation>通知书已打印</translation>
    </message>
    <message>
        <source>Not printed: %1</source>
        <translation>未打印：%1</translation>
    </message>
</context>
<context>
    <name>hallq::counter::RatingPadController</name>
    <message>
        <source>This service has been rated already. Thank you!</source>
        <translation>本次服务已评价过，谢谢！</translation>
    </message>
    <message>
        <source>Very satisfied</source>
        <translation>非常满意</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>Basically satisfied</source>
        <translation>基本满意</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <source>Very dissatisfied</source>
        <translation>非常不满意</translation>
    </message>
    <message>
        <source>Staff attitude</source>
        <translation>服务态度</translation>
    </message>
    <message>
        <source>Took too long</source>
        <translation>办理时间太长</translation>
    </message>
    <message>
        <source>Not explained clearly</source>
        <translation>没有讲清楚</translation>
    </message>
    <message>
        <source>Had to come back again</source>
        <translation>多次跑腿</translation>
    </message>
    <message>
        <source>Rules or process unreasonable</source>
        <translation>规定或流程不合理</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>hallq::counter::ui::CounterWindow</name>
    <message>
        <source>HallQ counter</source>
        <translation>HallQ 窗口叫号</translation>
    </message>
    <message>
        <source>Connection to the server lost. The ticket stays on screen; nothing can be called, finished or transferred until the connection is back. Reconnecting…</source>
        <translation>与服务器的连接已中断。当前号票保留在屏幕上；连接恢复前无法叫号、办结或转办。正在重连…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出程序</translation>
    </message>
    <message>
        <source>A ticket is still called or in service at this window. Quit anyway? The window stays open on the server until you log in again.</source>
        <translation>本窗口仍有正在呼叫或办理的号票。仍要退出吗？在您重新登录前，服务器上的窗口保持开启。</translation>
    </message>
</context>
<context>
    <name>hallq::counter::ui::FinishDialog</name>
    <message>
        <source>Case type</source>
        <translation>办件类型</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>办理结果(&amp;O)</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>Finish %1</source>
        <translation>办结 %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>hallq::counter::ui::LoginDialog</name>
    <message>
        <source>HallQ counter: log in</source>
        <translation>HallQ 窗口登录</translation>
    </message>
    <message>
        <source>&amp;Staff id</source>
        <translation>工号(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Window</source>
        <translation>窗口(&amp;W)</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Enter your staff id, your password and the window number.</source>
        <translation>请输入工号、密码和窗口号。</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
</context>
<context>
    <name>hallq::counter::ui::NoticeDialog</name>
    <message>
        <source>Applicant &amp;name</source>
        <translation>申请人姓名(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Phone (optional)</source>
        <translation>联系电话（选填）(&amp;P)</translation>
    </message>
    <message>
        <source> working days</source>
        <translation> 个工作日</translation>
    </message>
    <message>
        <source>One material per line</source>
        <translation>每行一项材料</translation>
    </message>
    <message>
        <source>&amp;Case type</source>
        <translation>办件类型(&amp;C)</translation>
    </message>
    <message>
        <source>Promised time limit</source>
        <translation>承诺时限</translation>
    </message>
    <message>
        <source>Materials &amp;received</source>
        <translation>已收材料(&amp;R)</translation>
    </message>
    <message>
        <source>Pick-up</source>
        <translation>取件方式</translation>
    </message>
    <message>
        <source>Other missing materials, one per line: name：requirement</source>
        <translation>其他缺少的材料，每行一项：名称：要求</translation>
    </message>
    <message>
        <source>no deadline</source>
        <translation>不设期限</translation>
    </message>
    <message>
        <source>From the service &amp;guide</source>
        <translation>从办事指南选择(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Typed</source>
        <translation>手动填写(&amp;T)</translation>
    </message>
    <message>
        <source>Bring them within</source>
        <translation>补齐期限</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Acceptance notice for %1</source>
        <translation>%1 的业务受理通知单</translation>
    </message>
    <message>
        <source>Missing materials notice for %1</source>
        <translation>%1 的材料补齐一次性告知书</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>hallq::counter::ui::PauseDialog</name>
    <message>
        <source>Pause the window</source>
        <translation>暂停窗口</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>hallq::counter::ui::RatingPad</name>
    <message>
        <source>Anything else you want to tell us (optional)</source>
        <translation>还有什么想告诉我们的吗（选填）</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>No, thanks</source>
        <translation>不评价</translation>
    </message>
    <message>
        <source>Sorry. What went wrong? (choose any)</source>
        <translation>很抱歉。哪里让您不满意？（可多选）</translation>
    </message>
    <message>
        <source>Welcome.
You may rate our service here after it is done.</source>
        <translation>欢迎光临。
办理完成后，您可以在这里对我们的服务进行评价。</translation>
    </message>
    <message>
        <source>How satisfied are you with the service for ticket %1 by %2?</source>
        <translation>请对 %1 号的服务进行评价（经办人：%2）</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在提交…</translation>
    </message>
    <message>
        <source>Thank you for your rating!</source>
        <translation>感谢您的评价！</translation>
    </message>
    <message>
        <source>This closes by itself in %1 s</source>
        <translation>%1 秒后自动关闭</translation>
    </message>
</context>
<context>
    <name>hallq::counter::ui::SidePanel</name>
    <message>
        <source>Waiting per service</source>
        <translation>各业务等候人数</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>业务</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等候</translation>
    </message>
    <message>
        <source>Est. wait</source>
        <translation>预计等候</translation>
    </message>
    <message>
        <source>Today at this window</source>
        <translation>本窗口今日统计</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>暂无数据</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <source>%1, average %2 of 5, %3 dissatisfied</source>
        <translation>%1 条，平均 %2 分，差评 %3 条</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>过号</translation>
    </message>
    <message>
        <source>Average handling</source>
        <translation>平均办理时长</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>评价</translation>
    </message>
</context>
<context>
    <name>hallq::counter::ui::StatusHeader</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Staff: %1 (%2)</source>
        <translation>工作人员：%1（%2）</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>Actions are refused until the server is back; the ticket on screen is kept.</source>
        <translation>连接恢复前所有操作将被拒绝；屏幕上的号票会保留。</translation>
    </message>
    <message>
        <source>OFFLINE · retrying (%1)</source>
        <translation>连接中断 · 重连中（第%1次）</translation>
    </message>
    <message>
        <source>OFFLINE · retrying</source>
        <translation>连接中断 · 重连中</translation>
    </message>
</context>
<context>
    <name>hallq::counter::ui::TicketListsView</name>
    <message>
        <source>Number</source>
        <translation>号码</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>业务</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>取号</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等候</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Waiting (%1)</source>
        <translation>等候（%1）</translation>
    </message>
    <message>
        <source>Parked (%1)</source>
        <translation>挂起（%1）</translation>
    </message>
    <message>
        <source>No-shows (%1)</source>
        <translation>过号（%1）</translation>
    </message>
</context>
<context>
    <name>hallq::counter::ui::TicketPanel</name>
    <message>
        <source>Service</source>
        <translation>业务</translation>
    </message>
    <message>
        <source>Issued at</source>
        <translation>取号时间</translation>
    </message>
    <message>
        <source>Waited</source>
        <translation>已等候</translation>
    </message>
    <message>
        <source>Recalls</source>
        <translation>重呼次数</translation>
    </message>
    <message>
        <source>Responsible window</source>
        <translation>首问负责窗口</translation>
    </message>
    <message>
        <source>Transfer note</source>
        <translation>转办备注</translation>
    </message>
    <message>
        <source>Transfer history</source>
        <translation>转办记录</translation>
    </message>
    <message>
        <source>Last: %1 finished at %2 (%3).</source>
        <translation>上一位：%1 于 %2 办结（%3）。</translation>
    </message>
    <message>
        <source>Rated %1 of 5.</source>
        <translation>评价 %1 分。</translation>
    </message>
    <message>
        <source>Rating being asked.</source>
        <translation>正在请求评价。</translation>
    </message>
    <message>
        <source>In service for %1</source>
        <translation>已办理 %1</translation>
    </message>
    <message>
        <source>Called %1 ago</source>
        <translation>已呼叫 %1</translation>
    </message>
    <message>
        <source>Not real-name</source>
        <translation>非实名</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 (this window)</source>
        <translation>%1（本窗口）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 window %2 → %3, %4</source>
        <translation>%1 由%2号窗口转至 %3，%4</translation>
    </message>
    <message>
        <source>No ticket</source>
        <translation>无号</translation>
    </message>
    <message>
        <source>%1 waiting for this window: press F1 to call.</source>
        <translation>本窗口有 %1 人等候，按 F1 叫号。</translation>
    </message>
    <message>
        <source>Nobody is waiting for this window.</source>
        <translation>本窗口暂无等候。</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
</context>
<context>
    <name>hallq::counter::ui::TransferDialog</name>
    <message>
        <source>Transfer the ticket</source>
        <translation>转办号票</translation>
    </message>
    <message>
        <source>To</source>
        <translation>转至</translation>
    </message>
    <message>
        <source>&amp;Service (any window serving it)</source>
        <translation>业务(&amp;S)（任一办理窗口）</translation>
    </message>
    <message>
        <source>&amp;Window</source>
        <translation>窗口(&amp;W)</translation>
    </message>
    <message>
        <source>Place in the queue</source>
        <translation>排队位置</translation>
    </message>
    <message>
        <source>What the next window should know</source>
        <translation>需要下一窗口了解的情况</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>转办</translation>
    </message>
    <message>
        <source>%1 (%2 waiting)</source>
        <translation>%1（%2人等候）</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
</TS>