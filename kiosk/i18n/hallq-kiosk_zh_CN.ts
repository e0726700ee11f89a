<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>CardPromptScreen</name>
    <message>
        <location filename="../qml/CardPromptScreen.qml" line="19" />
        <source>This service needs your ID card. Please put the card flat on the reader below the screen.</source>
        <translation>本业务需刷身份证取号。请将身份证平放在屏幕下方的读卡区。</translation>
    </message>
    <message>
        <location filename="../qml/CardPromptScreen.qml" line="47" />
        <source>Card reader</source>
        <translation>读卡区</translation>
    </message>
    <message>
        <location filename="../qml/CardPromptScreen.qml" line="65" />
        <source>ID card</source>
        <translation>身份证</translation>
    </message>
    <message>
        <location filename="../qml/CardPromptScreen.qml" line="73" />
        <source>Only your masked name and number are shown; the card is not stored.</source>
        <translation>屏幕只显示部分遮挡的姓名和证件号，证件信息不会保存。</translation>
    </message>
    <message>
        <location filename="../qml/CardPromptScreen.qml" line="80" />
        <source>Back</source>
        <translation>返回</translation>
    </message>
</context>
<context>
    <name>CheckInScreen</name>
    <message>
        <location filename="../qml/CheckInScreen.qml" line="16" />
        <source>Appointment check-in</source>
        <translation>预约签到</translation>
    </message>
    <message>
        <location filename="../qml/CheckInScreen.qml" line="20" />
        <source>Put your ID card on the reader, or type the booking code from your confirmation message.</source>
        <translation>请刷身份证，或输入预约短信中的预约码。</translation>
    </message>
    <message>
        <location filename="../qml/CheckInScreen.qml" line="33" />
        <source>Booking code</source>
        <translation>预约码</translation>
    </message>
    <message>
        <location filename="../qml/CheckInScreen.qml" line="52" />
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../qml/CheckInScreen.qml" line="60" />
        <source>Check in</source>
        <translation>签到</translation>
    </message>
</context>
<context>
    <name>GreenChannelScreen</name>
    <message>
        <location filename="../qml/GreenChannelScreen.qml" line="13" />
        <source>Green channel</source>
        <translation>绿色通道</translation>
    </message>
    <message>
        <location filename="../qml/GreenChannelScreen.qml" line="17" />
        <source>Green-channel numbers are called first at every window that serves the service.</source>
        <translation>绿色通道号在办理该业务的各窗口优先叫号。</translation>
    </message>
    <message>
        <location filename="../qml/GreenChannelScreen.qml" line="24" />
        <source>For: %1</source>
        <translation>适用人群：%1</translation>
    </message>
    <message>
        <location filename="../qml/GreenChannelScreen.qml" line="38" />
        <source>Aged %1 or older: put your ID card on the reader, then choose your service. Your number will be a green-channel number automatically.</source>
        <translation>年满 %1 周岁的老年人：请先刷身份证，再选择业务，系统自动为您取绿色通道号。</translation>
    </message>
    <message>
        <location filename="../qml/GreenChannelScreen.qml" line="53" />
        <source>Ill, disabled, pregnant, serving in the military, or otherwise in need: please go to the guide desk with your certificate. Staff will give you a green-channel number.</source>
        <translation>病、残、孕、军人等其他需要优先办理的群众：请持相关证件到导办台，由工作人员为您取绿色通道号。</translation>
    </message>
    <message>
        <location filename="../qml/GreenChannelScreen.qml" line="61" />
        <source>Back to the start</source>
        <translation>返回首页</translation>
    </message>
</context>
<context>
    <name>GuideScreen</name>
    <message>
        <location filename="../qml/GuideScreen.qml" line="18" />
        <source>Guide: %1</source>
        <translation>办事指南：%1</translation>
    </message>
    <message>
        <location filename="../qml/GuideScreen.qml" line="35" />
        <source>What to bring</source>
        <translation>申请材料</translation>
    </message>
    <message>
        <location filename="../qml/GuideScreen.qml" line="44" />
        <source>Time limit</source>
        <translation>办理时限</translation>
    </message>
    <message>
        <location filename="../qml/GuideScreen.qml" line="45" />
        <source>Fees</source>
        <translation>收费标准</translation>
    </message>
    <message>
        <location filename="../qml/GuideScreen.qml" line="46" />
        <source>Where</source>
        <translation>办理窗口</translation>
    </message>
    <message>
        <location filename="../qml/GuideScreen.qml" line="63" />
        <source>Scan to download this guide (free)</source>
        <translation>扫码免费下载办事指南</translation>
    </message>
    <message>
        <location filename="../qml/GuideScreen.qml" line="74" />
        <source>All guides</source>
        <translation>全部办事指南</translation>
    </message>
    <message>
        <location filename="../qml/GuideScreen.qml" line="82" />
        <source>Take a number</source>
        <translation>取号</translation>
    </message>
</context>
<context>
    <name>GuidesScreen</name>
    <message>
        <location filename="../qml/GuidesScreen.qml" line="14" />
        <source>Service guides</source>
        <translation>办事指南</translation>
    </message>
    <message>
        <location filename="../qml/GuidesScreen.qml" line="18" />
        <source>What to bring, how long it takes, what it costs and where to go — before you queue.</source>
        <translation>排队之前，先看清要带的材料、办理时限、收费和办理窗口。</translation>
    </message>
    <message>
        <location filename="../qml/GuidesScreen.qml" line="50" />
        <source>Back to the start</source>
        <translation>返回首页</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../qml/HomeScreen.qml" line="17" />
        <source>Please choose a service</source>
        <translation>请选择办理的业务</translation>
    </message>
    <message>
        <location filename="../qml/HomeScreen.qml" line="37" />
        <source>ID card read: %1 (%2). You are %3 or older: your number will be a green-channel number.</source>
        <translation>已读取身份证：%1（%2）。您已年满 %3 周岁，将为您取绿色通道号。</translation>
    </message>
    <message>
        <location filename="../qml/HomeScreen.qml" line="39" />
        <source>ID card read: %1 (%2).</source>
        <translation>已读取身份证：%1（%2）。</translation>
    </message>
    <message>
        <location filename="../qml/HomeScreen.qml" line="102" />
        <source>Service guides</source>
        <translation>办事指南</translation>
    </message>
    <message>
        <location filename="../qml/HomeScreen.qml" line="109" />
        <source>Appointment check-in</source>
        <translation>预约签到</translation>
    </message>
    <message>
        <location filename="../qml/HomeScreen.qml" line="116" />
        <source>Green channel</source>
        <translation>绿色通道</translation>
    </message>
</context>
<context>
    <name>IssuingScreen</name>
    <message>
        <location filename="../qml/IssuingScreen.qml" line="19" />
        <source>Taking your number…</source>
        <translation>正在取号，请稍候…</translation>
    </message>
</context>
<context>
    <name>Keyboard</name>
    <message>
        <location filename="../qml/Keyboard.qml" line="49" />
        <source>Space</source>
        <translation>空格</translation>
    </message>
    <message>
        <location filename="../qml/Keyboard.qml" line="55" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>LockedScreen</name>
    <message>
        <location filename="../qml/LockedScreen.qml" line="15" />
        <source>This kiosk is out of service</source>
        <translation>本机暂停服务</translation>
    </message>
    <message>
        <location filename="../qml/LockedScreen.qml" line="21" />
        <source>Please use another kiosk, or ask at the guide desk.</source>
        <translation>请使用其他自助机，或到导办台咨询。</translation>
    </message>
</context>
<context>
    <name>PausedScreen</name>
    <message>
        <location filename="../qml/PausedScreen.qml" line="18" />
        <source>Number taking is paused</source>
        <translation>暂停取号</translation>
    </message>
    <message>
        <location filename="../qml/PausedScreen.qml" line="24" />
        <source>This kiosk cannot reach the queue system right now. It reconnects by itself — please wait a moment, or ask at the guide desk. Numbers you already hold stay valid.</source>
        <translation>本机暂时无法连接排队系统，正在自动重新连接。请稍候，或到导办台咨询。您已取的号码仍然有效。</translation>
    </message>
    <message>
        <location filename="../qml/PausedScreen.qml" line="35" />
        <source>Reconnecting…</source>
        <translation>正在重新连接…</translation>
    </message>
</context>
<context>
    <name>Refusal</name>
    <message>
        <location filename="../core/Refusal.cpp" line="41" />
        <source>today at %1</source>
        <translation>今天 %1</translation>
    </message>
    <message>
        <location filename="../core/Refusal.cpp" line="43" />
        <source>tomorrow at %1</source>
        <translation>明天 %1</translation>
    </message>
    <message>
        <location filename="../core/Refusal.cpp" line="45" />
        <source>%1/%2 at %3</source>
        <extracomment>Month/day of the next opening, e.g. 10月8日 08:30 / Oct 8 at 08:30</extracomment>
        <translation>%1月%2日 %3</translation>
    </message>
    <message>
        <location filename="../core/Refusal.cpp" line="54" />
        <location filename="../core/Refusal.cpp" line="72" />
        <source>Numbers cannot be issued right now</source>
        <translation>暂时无法取号</translation>
    </message>
    <message>
        <location filename="../core/Refusal.cpp" line="55" />
        <source>The ID card reader is not working</source>
        <translation>读卡器暂时无法使用</translation>
    </message>
    <message>
        <location filename="../core/Refusal.cpp" line="56" />
        <source>Appointment check-in</source>
        <translation>预约签到</translation>
    </message>
    <message>
        <location filename="../core/Refusal.cpp" line="57" />
        <location filename="../core/Refusal.cpp" line="69" />
        <source>The ID card could not be read</source>
        <translation>身份证无法识别</translation>
    </message>
    <message>
        <location filename="../core/Refusal.cpp" line="58" />
        <location filename="../core/Refusal.cpp" line="68" />
        <source>Green channel</source>
        <translation>绿色通道</translation>
    </message>
    <message>
        <location filename="../core/Refusal.cpp" line="59" />
        <location filename="../core/Refusal.cpp" line="66" />
        <source>Not open now</source>
        <translation>现在不办理</translation>
    </message>
    <message>
        <location filename="../core/Refusal.cpp" line="64" />
        <source>You already have a number</source>
        <translation>您已取过号</translation>
    </message>
    <message>
        <location filename="../core/Refusal.cpp" line="65" />
        <source>No more numbers today</source>
        <translation>今日号已取完</translation>
    </message>
    <message>
        <location filename="../core/Refusal.cpp" line="73" />
        <source>No number was issued</source>
        <translation>未能取号</translation>
    </message>
    <message>
        <location filename="../core/Refusal.cpp" line="82" />
        <location filename="../core/Refusal.cpp" line="132" />
        <source>The kiosk cannot reach the queue system. No number was issued. Please try again in a moment or ask at the guide desk.</source>
        <translation>本机暂时无法连接排队系统，未取到号。请稍后再试，或到导办台咨询。</translation>
    </message>
    <message>
        <location filename="../core/Refusal.cpp" line="85" />
        <source>%1 needs your ID card, and the card reader is not working. Please ask at the guide desk; other services can still be chosen here.</source>
        <translation>“%1”需刷身份证取号，但读卡器暂时无法使用。请到导办台办理；其他业务仍可在本机取号。</translation>
    </message>
    <message>
        <location filename="../core/Refusal.cpp" line="89" />
        <location filename="../core/Refusal.cpp" line="126" />
        <source>Please put the card flat on the reader again. If it still fails, the guide desk will help.</source>
        <translation>请将身份证重新平放在读卡区。如仍无法识别，请到导办台咨询。</translation>
    </message>
    <message>
        <location filename="../core/Refusal.cpp" line="91" />
        <source>If you are elderly, ill, disabled, pregnant or serving in the military, please go to the guide desk: staff will check your certificate and give you a green-channel number.</source>
        <translation>老、弱、病、残、孕、军人等群众，请到导办台出示证件，由工作人员为您取绿色通道号。</translation>
    </message>
    <message>
        <location filename="../core/Refusal.cpp" line="94" />
        <location filename="../core/Refusal.cpp" line="120" />
        <source>%1 is not open now.</source>
        <translation>“%1”现在不办理。</translation>
    </message>
    <message>
        <location filename="../core/Refusal.cpp" line="95" />
        <location filename="../core/Refusal.cpp" line="121" />
        <source>%1 is not open now. It opens %2.</source>
        <translation>“%1”现在不办理，%2 开始取号。</translation>
    </message>
    <message>
        <location filename="../core/Refusal.cpp" line="98" />
        <source>Appointment check-in is not available at the moment. Please ask at the guide desk.</source>
        <translation>预约签到暂时无法使用，请到导办台咨询。</translation>
    </message>
    <message>
        <location filename="../core/Refusal.cpp" line="108" />
        <source>You already hold a number for %1 today. Please wait for your number to be called.</source>
        <translation>您今日已取“%1”的号，请留意叫号。</translation>
    </message>
    <message>
        <location filename="../core/Refusal.cpp" line="110" />
        <source>You already took number %1 for this service today. Please wait for it to be called.</source>
        <translation>您今日已取本业务号 %1，请留意叫号。</translation>
    </message>
    <message>
        <location filename="../core/Refusal.cpp" line="114" />
        <source>%1 needs your ID card. Please put it on the reader.</source>
        <translation>“%1”需刷身份证取号，请将身份证放在读卡区。</translation>
    </message>
    <message>
        <location filename="../core/Refusal.cpp" line="116" />
        <source>All numbers for %1 have been given out today. Please come back on the next working day or book an appointment.</source>
        <translation>“%1”今日号已取完，请下一个工作日再来，或进行预约。</translation>
    </message>
    <message>
        <location filename="../core/Refusal.cpp" line="124" />
        <source>Green-channel numbers for this service are given at the guide desk.</source>
        <translation>本业务的绿色通道号请到导办台办理。</translation>
    </message>
    <message>
        <location filename="../core/Refusal.cpp" line="128" />
        <source>This service has changed. Please choose again.</source>
        <translation>该业务已调整，请重新选择。</translation>
    </message>
    <message>
        <location filename="../core/Refusal.cpp" line="135" />
        <source>Please ask at the guide desk.</source>
        <translation>请到导办台咨询。</translation>
    </message>
</context>
<context>
    <name>RefusalScreen</name>
    <message>
        <location filename="../qml/RefusalScreen.qml" line="46" />
        <source>Take a walk-in number instead</source>
        <translation>改取普通号</translation>
    </message>
    <message>
        <location filename="../qml/RefusalScreen.qml" line="53" />
        <source>Read the service guide</source>
        <translation>查看办事指南</translation>
    </message>
    <message>
        <location filename="../qml/RefusalScreen.qml" line="60" />
        <source>Back to the start</source>
        <translation>返回首页</translation>
    </message>
</context>
<context>
    <name>ServiceTile</name>
    <message>
        <location filename="../qml/ServiceTile.qml" line="49" />
        <source>%1 waiting · about %2 min</source>
        <translation>等候 %1 人 · 约 %2 分钟</translation>
    </message>
    <message>
        <location filename="../qml/ServiceTile.qml" line="50" />
        <source>%1 waiting</source>
        <translation>等候 %1 人</translation>
    </message>
    <message>
        <location filename="../qml/ServiceTile.qml" line="59" />
        <source>Called from %1</source>
        <translation>%1 开始叫号</translation>
    </message>
    <message>
        <location filename="../qml/ServiceTile.qml" line="59" />
        <source>Opens %1</source>
        <translation>%1 开始取号</translation>
    </message>
    <message>
        <location filename="../qml/ServiceTile.qml" line="51" />
        <source>Closed now</source>
        <translation>暂停取号</translation>
    </message>
    <message>
        <location filename="../qml/ServiceTile.qml" line="66" />
        <source>ID card needed</source>
        <translation>需刷身份证</translation>
    </message>
</context>
<context>
    <name>StaffLoginScreen</name>
    <message>
        <location filename="../qml/StaffLoginScreen.qml" line="18" />
        <source>Staff log-in</source>
        <translation>工作人员登录</translation>
    </message>
    <message>
        <location filename="../qml/StaffLoginScreen.qml" line="27" />
        <source>Staff ID: %1</source>
        <translation>工号：%1</translation>
    </message>
    <message>
        <location filename="../qml/StaffLoginScreen.qml" line="34" />
        <source>Password: %1</source>
        <translation>密码：%1</translation>
    </message>
    <message>
        <location filename="../qml/StaffLoginScreen.qml" line="42" />
        <source>Checking…</source>
        <translation>正在验证…</translation>
    </message>
    <message>
        <location filename="../qml/StaffLoginScreen.qml" line="65" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../qml/StaffLoginScreen.qml" line="73" />
        <source>Log in</source>
        <translation>登录</translation>
    </message>
</context>
<context>
    <name>StaffScreen</name>
    <message>
        <location filename="../qml/StaffScreen.qml" line="14" />
        <source>Staff mode — %1</source>
        <translation>工作人员模式 — %1</translation>
    </message>
    <message>
        <location filename="../qml/StaffScreen.qml" line="16" />
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <location filename="../qml/StaffScreen.qml" line="16" />
        <source>connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <location filename="../qml/StaffScreen.qml" line="16" />
        <source>not reachable</source>
        <translation>无法连接</translation>
    </message>
    <message>
        <location filename="../qml/StaffScreen.qml" line="17" />
        <source>Printer</source>
        <translation>打印机</translation>
    </message>
    <message>
        <location filename="../qml/StaffScreen.qml" line="18" />
        <source>ID card reader</source>
        <translation>身份证读卡器</translation>
    </message>
    <message>
        <location filename="../qml/StaffScreen.qml" line="20" />
        <source>Print reports waiting</source>
        <translation>待上报打印结果</translation>
    </message>
    <message>
        <location filename="../qml/StaffScreen.qml" line="23" />
        <source>Kiosk</source>
        <translation>本机</translation>
    </message>
    <message>
        <location filename="../qml/StaffScreen.qml" line="23" />
        <source>locked (out of service)</source>
        <translation>已锁定（暂停服务）</translation>
    </message>
    <message>
        <location filename="../qml/StaffScreen.qml" line="23" />
        <source>in service</source>
        <translation>正常服务</translation>
    </message>
    <message>
        <location filename="../qml/StaffScreen.qml" line="39" />
        <source>Test print</source>
        <translation>测试打印</translation>
    </message>
    <message>
        <location filename="../qml/StaffScreen.qml" line="45" />
        <source>Reprint last ticket</source>
        <translation>补打上一张号票</translation>
    </message>
    <message>
        <location filename="../qml/StaffScreen.qml" line="51" />
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <location filename="../qml/StaffScreen.qml" line="51" />
        <source>Lock</source>
        <translation>锁定</translation>
    </message>
    <message>
        <location filename="../qml/StaffScreen.qml" line="58" />
        <source>Leave staff mode</source>
        <translation>退出工作人员模式</translation>
    </message>
    <message>
        <location filename="../qml/StaffScreen.qml" line="65" />
        <source>Green-channel number (after checking the certificate):</source>
        <translation>绿色通道取号（已核验证件）：</translation>
    </message>
</context>
<context>
    <name>StaffSession</name>
    <message>
        <location filename="../core/StaffSession.cpp" line="37" />
        <source>This account may not use staff mode (it needs the guide, supervisor or admin role).</source>
        <translation>该账号无权使用工作人员模式（需导办、值班主任或管理员角色）。</translation>
    </message>
    <message>
        <location filename="../core/StaffSession.cpp" line="53" />
        <source>Wrong staff ID or password.</source>
        <translation>工号或密码错误。</translation>
    </message>
    <message>
        <location filename="../core/StaffSession.cpp" line="56" />
        <source>Too many attempts. Wait a minute and try again.</source>
        <translation>尝试次数过多，请稍后再试。</translation>
    </message>
    <message>
        <location filename="../core/StaffSession.cpp" line="61" />
        <source>The server cannot be reached.</source>
        <translation>无法连接服务器。</translation>
    </message>
</context>
<context>
    <name>TicketScreen</name>
    <message>
        <location filename="../qml/TicketScreen.qml" line="52" />
        <source>Green channel · served first</source>
        <translation>绿色通道 · 优先办理</translation>
    </message>
    <message>
        <location filename="../qml/TicketScreen.qml" line="58" />
        <source>Appointment</source>
        <translation>预约</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/TicketScreen.qml" line="72" />
        <source>%n people ahead of you</source>
        <translation><numerusform>前面还有 %n 人</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/TicketScreen.qml" line="79" />
        <source>Estimated wait: about %n min</source>
        <translation><numerusform>预计等候约 %n 分钟</numerusform></translation>
    </message>
    <message>
        <location filename="../qml/TicketScreen.qml" line="148" />
        <source>Scan to follow your number on your phone</source>
        <translation>扫码用手机查看排队进度</translation>
    </message>
    <message>
        <location filename="../qml/TicketScreen.qml" line="125" />
        <source>Printing your ticket…</source>
        <translation>正在打印号票…</translation>
    </message>
    <message>
        <location filename="../qml/TicketScreen.qml" line="126" />
        <source>Please take your ticket from the slot below.</source>
        <translation>请从下方出票口取走号票。</translation>
    </message>
    <message>
        <location filename="../qml/TicketScreen.qml" line="128" />
        <source>Your ticket could not be printed (%1) — but your number is registered and valid. Please take a photo of this screen or scan the code, and remember: %2.</source>
        <translation>号票未能打印（%1），但您的号码已登记，叫号时有效。请拍下本屏幕或扫码，并记住您的号码：%2。</translation>
    </message>
    <message>
        <location filename="../qml/TicketScreen.qml" line="155" />
        <source>Please wait in the hall and listen for your number. If you miss your call, ask at the guide desk.</source>
        <translation>请在大厅等候，留意叫号。如错过叫号，请到导办台咨询。</translation>
    </message>
    <message>
        <location filename="../qml/TicketScreen.qml" line="164" />
        <source>Done</source>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <location filename="../qml/TopBar.qml" line="24" />
        <source>Self-service kiosk</source>
        <translation>自助取号机</translation>
    </message>
    <message>
        <location filename="../qml/TopBar.qml" line="45" />
        <source>Normal text</source>
        <translation>标准字体</translation>
    </message>
    <message>
        <location filename="../qml/TopBar.qml" line="45" />
        <source>Large text</source>
        <translation>大字模式</translation>
    </message>
</context>
<context>
    <name>hallq::kiosk::KioskController</name>
    <message>
        <location filename="../core/KioskController.cpp" line="32" />
        <source>The printer did not answer.</source>
        <translation>打印机无响应。</translation>
    </message>
    <message>
        <location filename="../core/KioskController.cpp" line="205" />
        <source>The printer is out of paper</source>
        <translation>打印机缺纸</translation>
    </message>
    <message>
        <location filename="../core/KioskController.cpp" line="206" />
        <source>The printer is not working</source>
        <translation>打印机故障或离线</translation>
    </message>
    <message>
        <location filename="../core/KioskController.cpp" line="207" />
        <source>The printer reported a fault</source>
        <translation>打印机报告故障</translation>
    </message>
    <message>
        <location filename="../core/KioskController.cpp" line="208" />
        <source>The printer did not answer</source>
        <translation>打印机无响应</translation>
    </message>
    <message>
        <location filename="../core/KioskController.cpp" line="209" />
        <source>This kiosk has no printer</source>
        <translation>本机未配置打印机</translation>
    </message>
    <message>
        <location filename="../core/KioskController.cpp" line="236" />
        <source>elderly</source>
        <translation>老</translation>
    </message>
    <message>
        <location filename="../core/KioskController.cpp" line="236" />
        <source>frail</source>
        <translation>弱</translation>
    </message>
    <message>
        <location filename="../core/KioskController.cpp" line="237" />
        <source>ill</source>
        <translation>病</translation>
    </message>
    <message>
        <location filename="../core/KioskController.cpp" line="237" />
        <source>disabled</source>
        <translation>残</translation>
    </message>
    <message>
        <location filename="../core/KioskController.cpp" line="238" />
        <source>pregnant</source>
        <translation>孕</translation>
    </message>
    <message>
        <location filename="../core/KioskController.cpp" line="238" />
        <source>military</source>
        <translation>军</translation>
    </message>
    <message>
        <location filename="../core/KioskController.cpp" line="253" />
        <source>No ID card reader is configured.</source>
        <translation>本机未配置身份证读卡器。</translation>
    </message>
    <message>
        <location filename="../core/KioskController.cpp" line="254" />
        <source>Card reader ready.</source>
        <translation>读卡器正常。</translation>
    </message>
    <message>
        <location filename="../core/KioskController.cpp" line="255" />
        <source>Card reader disconnected.</source>
        <translation>读卡器未连接。</translation>
    </message>
    <message>
        <location filename="../core/KioskController.cpp" line="256" />
        <source>Card reader fault: %1</source>
        <translation>读卡器故障：%1</translation>
    </message>
    <message>
        <location filename="../core/KioskController.cpp" line="264" />
        <source>No printer is configured.</source>
        <translation>未配置打印机。</translation>
    </message>
    <message>
        <location filename="../core/KioskController.cpp" line="267" />
        <source>ready</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../core/KioskController.cpp" line="268" />
        <source>paper low</source>
        <translation>纸将用完</translation>
    </message>
    <message>
        <location filename="../core/KioskController.cpp" line="269" />
        <source>out of paper</source>
        <translation>缺纸</translation>
    </message>
    <message>
        <location filename="../core/KioskController.cpp" line="270" />
        <source>offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <location filename="../core/KioskController.cpp" line="271" />
        <source>fault</source>
        <translation>故障</translation>
    </message>
    <message>
        <location filename="../core/KioskController.cpp" line="272" />
        <source>not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <location filename="../core/KioskController.cpp" line="274" />
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../core/KioskController.cpp" line="310" />
        <source>Simulated card reader</source>
        <translation>模拟读卡器</translation>
    </message>
    <message>
        <location filename="../core/KioskController.cpp" line="312" />
        <source>Simulated printer (tickets go to a file)</source>
        <translation>模拟打印机（号票写入文件）</translation>
    </message>
    <message>
        <location filename="../core/KioskController.cpp" line="688" />
        <source>Test ticket printed.</source>
        <translation>测试号票已打印。</translation>
    </message>
    <message>
        <location filename="../core/KioskController.cpp" line="688" />
        <source>Test print failed: %1</source>
        <translation>测试打印失败：%1</translation>
    </message>
    <message>
        <location filename="../core/KioskController.cpp" line="701" />
        <source>Ticket reprinted.</source>
        <translation>号票已补打。</translation>
    </message>
    <message>
        <location filename="../core/KioskController.cpp" line="701" />
        <source>Reprint failed: %1</source>
        <translation>补打失败：%1</translation>
    </message>
    <message>
        <location filename="../core/KioskController.cpp" line="799" />
        <source>Enter your staff ID and password.</source>
        <translation>请输入工号和密码。</translation>
    </message>
    <message>
        <location filename="../core/KioskController.cpp" line="829" />
        <source>Printing a test ticket…</source>
        <translation>正在打印测试号票…</translation>
    </message>
    <message>
        <location filename="../core/KioskController.cpp" line="840" />
        <source>No ticket has been issued here since the kiosk started.</source>
        <translation>本机启动以来尚未取过号。</translation>
    </message>
    <message>
        <location filename="../core/KioskController.cpp" line="844" />
        <source>Reprinting %1…</source>
        <translation>正在补打 %1…</translation>
    </message>
    <message>
        <location filename="../core/KioskController.cpp" line="863" />
        <source>The kiosk is locked. It stays out of service until a guide unlocks it.</source>
        <translation>本机已锁定，在导办员解锁前暂停服务。</translation>
    </message>
    <message>
        <location filename="../core/KioskController.cpp" line="873" />
        <source>The kiosk is in service again.</source>
        <translation>本机已恢复服务。</translation>
    </message>
    <message>
        <location filename="../core/KioskController.cpp" line="951" />
        <source>Please choose a service.</source>
        <translation>请选择办理的业务。</translation>
    </message>
    <message>
        <location filename="../core/KioskController.cpp" line="952" />
        <source>Please put your ID card on the reader.</source>
        <translation>请将身份证放在读卡区。</translation>
    </message>
    <message>
        <location filename="../core/KioskController.cpp" line="956" />
        <source>The ticket could not be printed. Please take a photo of the screen, or remember your number: %1.</source>
        <translation>号票未能打印，请拍下屏幕，或记住您的号码：%1。</translation>
    </message>
    <message>
        <location filename="../core/KioskController.cpp" line="959" />
        <source>Your number is %1. Please take your ticket.</source>
        <translation>您的号码是 %1，请取走号票。</translation>
    </message>
    <message>
        <location filename="../core/KioskController.cpp" line="961" />
        <source>Numbers cannot be taken at the moment.</source>
        <translation>暂停取号。</translation>
    </message>
    <message>
        <location filename="../core/KioskController.cpp" line="962" />
        <source>Please choose a service guide.</source>
        <translation>请选择要查看的办事指南。</translation>
    </message>
    <message>
        <location filename="../core/KioskController.cpp" line="963" />
        <source>Green channel: please go to the guide desk.</source>
        <translation>绿色通道请到导办台办理。</translation>
    </message>
</context>
</TS>