<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CardPromptScreen</name>
    <message>
        <location filename="../qml/CardPromptScreen.qml" line="19" />
        <source>This service needs your ID card. Please put the card flat on the reader below the screen.</source>
        <translation>This service needs your ID card. Please put the card flat on the reader below the screen.</translation>
    </message>
    <message>
        <location filename="../qml/CardPromptScreen.qml" line="47" />
        <source>Card reader</source>
        <translation>Card reader</translation>
    </message>
    <message>
        <location filename="../qml/CardPromptScreen.qml" line="65" />
        <source>ID card</source>
        <translation>ID card</translation>
    </message>
    <message>
        <location filename="../qml/CardPromptScreen.qml" line="73" />
        <source>Only your masked name and number are shown; the card is not stored.</source>
        <translation>Only your masked name and number are shown; the card is not stored.</translation>
    </message>
    <message>
        <location filename="../qml/CardPromptScreen.qml" line="80" />
        <source>Back</source>
        <translation>Back</translation>
    </message>
</context>
<context>
    <name>CheckInScreen</name>
    <message>
        <location filename="../qml/CheckInScreen.qml" line="16" />
        <source>Appointment check-in</source>
        <translation>Appointment check-in</translation>
    </message>
    <message>
        <location filename="../qml/CheckInScreen.qml" line="20" />
        <source>Put your ID card on the reader, or type the booking code from your confirmation message.</source>
        <translation>Put your ID card on the reader, or type the booking code from your confirmation message.</translation>
    </message>
    <message>
        <location filename="../qml/CheckInScreen.qml" line="33" />
        <source>Booking code</source>
        <translation>Booking code</translation>
    </message>
    <message>
        <location filename="../qml/CheckInScreen.qml" line="52" />
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../qml/CheckInScreen.qml" line="60" />
        <source>Check in</source>
        <translation>Check in</translation>
    </message>
</context>
<context>
    <name>GreenChannelScreen</name>
    <message>
        <location filename="../qml/GreenChannelScreen.qml" line="13" />
        <source>Green channel</source>
        <translation>Green channel</translation>
    </message>
    <message>
        <location filename="../qml/GreenChannelScreen.qml" line="17" />
        <source>Green-channel numbers are called first at every window that serves the service.</source>
        <translation>Green-channel numbers are called first at every window that serves the service.</translation>
    </message>
    <message>
        <location filename="../qml/GreenChannelScreen.qml" line="24" />
        <source>For: %1</source>
        <translation>For: %1</translation>
    </message>
    <message>
        <location filename="../qml/GreenChannelScreen.qml" line="38" />
        <source>Aged %1 or older: put your ID card on the reader, then choose your service. Your number will be a green-channel number automatically.</source>
        <translation>Aged %1 or older: put your ID card on the reader, then choose your service. Your number will be a green-channel number automatically.</translation>
    </message>
    <message>
        <location filename="../qml/GreenChannelScreen.qml" line="53" />
        <source>Ill, disabled, pregnant, serving in the military, or otherwise in need: please go to the guide desk with your certificate. Staff will give you a green-channel number.</source>
        <translation>Ill, disabled, pregnant, serving in the military, or otherwise in need: please go to the guide desk with your certificate. Staff will give you a green-channel number.</translation>
    </message>
    <message>
        <location filename="../qml/GreenChannelScreen.qml" line="61" />
        <source>Back to the start</source>
        <translation>Back to the start</translation>
    </message>
</context>
<context>
    <name>GuideScreen</name>
    <message>
        <location filename="../qml/GuideScreen.qml" line="18" />
        <source>Guide: %1</source>
        <translation>Guide: %1</translation>
    </message>
    <message>
        <location filename="../qml/GuideScreen.qml" line="35" />
        <source>What to bring</source>
        <translation>What to bring</translation>
    </message>
    <message>
        <location filename="../qml/GuideScreen.qml" line="44" />
        <source>Time limit</source>
        <translation>Time limit</translation>
    </message>
    <message>
        <location filename="../qml/GuideScreen.qml" line="45" />
        <source>Fees</source>
        <translation>Fees</translation>
    </message>
    <message>
        <location filename="../qml/GuideScreen.qml" line="46" />
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <location filename="../qml/GuideScreen.qml" line="63" />
        <source>Scan to download this guide (free)</source>
        <translation>Scan to download this guide (free)</translation>
    </message>
    <message>
        <location filename="../qml/GuideScreen.qml" line="74" />
        <source>All guides</source>
        <translation>All guides</translation>
    </message>
    <message>
        <location filename="../qml/GuideScreen.qml" line="82" />
        <source>Take a number</source>
        <translation>Take a number</translation>
    </message>
</context>
<context>
    <name>GuidesScreen</name>
    <message>
        <location filename="../qml/GuidesScreen.qml" line="14" />
        <source>Service guides</source>
        <translation>Service guides</translation>
    </message>
    <message>
        <location filename="../qml/GuidesScreen.qml" line="18" />
        <source>What to bring, how long it takes, what it costs and where to go — before you queue.</source>
        <translation>What to bring, how long it takes, what it costs and where to go — before you queue.</translation>
    </message>
    <message>
        <location filename="../qml/GuidesScreen.qml" line="50" />
        <source>Back to the start</source>
        <translation>Back to the start</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../qml/HomeScreen.qml" line="17" />
        <source>Please choose a service</source>
        <translation>Please choose a service</translation>
    </message>
    <message>
        <location filename="../qml/HomeScreen.qml" line="37" />
        <source>ID card read: %1 (%2). You are %3 or older: your number will be a green-channel number.</source>
        <translation>ID card read: %1 (%2). You are %3 or older: your number will be a green-channel number.</translation>
    </message>
    <message>
        <location filename="../qml/HomeScreen.qml" line="39" />
        <source>ID card read: %1 (%2).</source>
        <translation>ID card read: %1 (%2).</translation>
    </message>
    <message>
        <location filename="../qml/HomeScreen.qml" line="102" />
        <source>Service guides</source>
        <translation>Service guides</translation>
    </message>
    <message>
        <location filename="../qml/HomeScreen.qml" line="109" />
        <source>Appointment check-in</source>
        <translation>Appointment check-in</translation>
    </message>
    <message>
        <location filename="../qml/HomeScreen.qml" line="116" />
        <source>Green channel</source>
        <translation>Green channel</translation>
    </message>
</context>
<context>
    <name>IssuingScreen</name>
    <message>
        <location filename="../qml/IssuingScreen.qml" line="19" />
        <source>Taking your number…</source>
        <translation>Taking your number…</translation>
    </message>
</context>
<context>
    <name>Keyboard</name>
    <message>
        <location filename="../qml/Keyboard.qml" line="49" />
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <location filename="../qml/Keyboard.qml" line="55" />
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>LockedScreen</name>
    <message>
        <location filename="../qml/LockedScreen.qml" line="15" />
        <source>This kiosk is out of service</source>
        <translation>This kiosk is out of service</translation>
    </message>
    <message>
        <location filename="../qml/LockedScreen.qml" line="21" />
        <source>Please use another kiosk, or ask at the guide desk.</source>
        <translation>Please use another kiosk, or ask at the guide desk.</translation>
    </message>
</context>
<context>
    <name>PausedScreen</name>
    <message>
        <location filename="../qml/PausedScreen.qml" line="18" />
        <source>Number taking is paused</source>
        <translation>Number taking is paused</translation>
    </message>
    <message>
        <location filename="../qml/PausedScreen.qml" line="24" />
        <source>This kiosk cannot reach the queue system right now. It reconnects by itself — please wait a moment, or ask at the guide desk. Numbers you already hold stay valid.</source>
        <translation>This kiosk cannot reach the queue system right now. It reconnects by itself — please wait a moment, or ask at the guide desk. Numbers you already hold stay valid.</translation>
    </message>
    <message>
        <location filename="../qml/PausedScreen.qml" line="35" />
        <source>Reconnecting…</source>
        <translation>Reconnecting…</translation>
    </message>
</context>
<context>
    <name>Refusal</name>
    <message>
        <location filename="../core/Refusal.cpp" line="41" />
        <source>today at %1</source>
        <translation>today at %1</translation>
    </message>
    <message>
        <location filename="../core/Refusal.cpp" line="43" />
        <source>tomorrow at %1</source>
        <translation>tomorrow at %1</translation>
    </message>
    <message>
        <location filename="../core/Refusal.cpp" line="45" />
        <source>%1/%2 at %3</source>
        <extracomment>Month/day of the next opening, e.g. 10月8日 08:30 / Oct 8 at 08:30</extracomment>
        <translation>%1/%2 at %3</translation>
    </message>
    <message>
        <location filename="../core/Refusal.cpp" line="54" />
        <location filename="../core/Refusal.cpp" line="72" />
        <source>Numbers cannot be issued right now</source>
        <translation>Numbers cannot be issued right now</translation>
    </message>
    <message>
        <location filename="../core/Refusal.cpp" line="55" />
        <source>The ID card reader is not working</source>
        <translation>The ID card reader is not working</translation>
    </message>
    <message>
        <location filename="../core/Refusal.cpp" line="56" />
        <source>Appointment check-in</source>
        <translation>Appointment check-in</translation>
    </message>
    <message>
        <location filename="../core/Refusal.cpp" line="57" />
        <location filename="../core/Refusal.cpp" line="69" />
        <source>The ID card could not be read</source>
        <translation>The ID card could not be read</translation>
    </message>
    <message>
        <location filename="../core/Refusal.cpp" line="58" />
        <location filename="../core/Refusal.cpp" line="68" />
        <source>Green channel</source>
        <translation>Green channel</translation>
    </message>
    <message>
        <location filename="../core/Refusal.cpp" line="59" />
        <location filename="../core/Refusal.cpp" line="66" />
        <source>Not open now</source>
        <translation>Not open now</translation>
    </message>
    <message>
        <location filename="../core/Refusal.cpp" line="64" />
        <source>You already have a number</source>
        <translation>You already have a number</translation>
    </message>
    <message>
        <location filename="../core/Refusal.cpp" line="65" />
        <source>No more numbers today</source>
        <translation>No more numbers today</translation>
    </message>
    <message>
        <location filename="../core/Refusal.cpp" line="73" />
        <source>No number was issued</source>
        <translation>No number was issued</translation>
    </message>
    <message>
        <location filename="../core/Refusal.cpp" line="82" />
        <location filename="../core/Refusal.cpp" line="132" />
        <source>The kiosk cannot reach the queue system. No number was issued. Please try again in a moment or ask at the guide desk.</source>
        <translation>The kiosk cannot reach the queue system. No number was issued. Please try again in a moment or ask at the guide desk.</translation>
    </message>
    <message>
        <location filename="../core/Refusal.cpp" line="85" />
        <source>%1 needs your ID card, and the card reader is not working. Please ask at the guide desk; other services can still be chosen here.</source>
        <translation>%1 needs your ID card, and the card reader is not working. Please ask at the guide desk; other services can still be chosen here.</translation>
    </message>
    <message>
        <location filename="../core/Refusal.cpp" line="89" />
        <location filename="../core/Refusal.cpp" line="126" />
        <source>Please put the card flat on the reader again. If it still fails, the guide desk will help.</source>
        <translation>Please put the card flat on the reader again. If it still fails, the guide desk will help.</translation>
    </message>
    <message>
        <location filename="../core/Refusal.cpp" line="91" />
        <source>If you are elderly, ill, disabled, pregnant or serving in the military, please go to the guide desk: staff will check your certificate and give you a green-channel number.</source>
        <translation>If you are elderly, ill, disabled, pregnant or serving in the military, please go to the guide desk: staff will check your certificate and give you a green-channel number.</translation>
    </message>
    <message>
        <location filename="../core/Refusal.cpp" line="94" />
        <location filename="../core/Refusal.cpp" line="120" />
        <source>%1 is not open now.</source>
        <translation>%1 is not open now.</translation>
    </message>
    <message>
        <location filename="../core/Refusal.cpp" line="95" />
        <location filename="../core/Refusal.cpp" line="121" />
        <source>%1 is not open now. It opens %2.</source>
        <translation>%1 is not open now. It opens %2.</translation>
    </message>
    <message>
        <location filename="../core/Refusal.cpp" line="98" />
        <source>Appointment check-in is not available at the moment. Please ask at the guide desk.</source>
        <translation>Appointment check-in is not available at the moment. Please ask at the guide desk.</translation>
    </message>
    <message>
        <location filename="../core/Refusal.cpp" line="108" />
        <source>You already hold a number for %1 today. Please wait for your number to be called.</source>
        <translation>You already hold a number for %1 today. Please wait for your number to be called.</translation>
    </message>
    <message>
        <location filename="../core/Refusal.cpp" line="110" />
        <source>You already took number %1 for this service today. Please wait for it to be called.</source>
        <translation>You already took number %1 for this service today. Please wait for it to be called.</translation>
    </message>
    <message>
        <location filename="../core/Refusal.cpp" line="114" />
        <source>%1 needs your ID card. Please put it on the reader.</source>
        <translation>%1 needs your ID card. Please put it on the reader.</translation>
    </message>
    <message>
        <location filename="../core/Refusal.cpp" line="116" />
        <source>All numbers for %1 have been given out today. Please come back on the next working day or book an appointment.</source>
        <translation>All numbers for %1 have been given out today. Please come back on the next working day or book an appointment.</translation>
    </message>
    <message>
        <location filename="../core/Refusal.cpp" line="124" />
        <source>Green-channel numbers for this service are given at the guide desk.</source>
        <translation>Green-channel numbers for this service are given at the guide desk.</translation>
    </message>
    <message>
        <location filename="../core/Refusal.cpp" line="128" />
        <source>This service has changed. Please choose again.</source>
        <translation>This service has changed. Please choose again.</translation>
    </message>
    <message>
        <location filename="../core/Refusal.cpp" line="135" />
        <source>Please ask at the guide desk.</source>
        <translation>Please ask at the guide desk.</translation>
    </message>
</context>
<context>
    <name>RefusalScreen</name>
    <message>
        <location filename="../qml/RefusalScreen.qml" line="46" />
        <source>Take a walk-in number instead</source>
        <translation>Take a walk-in number instead</translation>
    </message>
    <message>
        <location filename="../qml/RefusalScreen.qml" line="53" />
        <source>Read the service guide</source>
        <translation>Read the service guide</translation>
    </message>
    <message>
        <location filename="../qml/RefusalScreen.qml" line="60" />
        <source>Back to the start</source>
        <translation>Back to the start</translation>
    </message>
</context>
<context>
    <name>ServiceTile</name>
    <message>
        <location filename="../qml/ServiceTile.qml" line="49" />
        <source>%1 waiting · about %2 min</source>
        <translation>%1 waiting · about %2 min</translation>
    </message>
    <message>
        <location filename="../qml/ServiceTile.qml" line="50" />
        <source>%1 waiting</source>
        <translation>%1 waiting</translation>
    </message>
    <message>
        <location filename="../qml/ServiceTile.qml" line="59" />
        <source>Called from %1</source>
        <translation>Called from %1</translation>
    </message>
    <message>
        <location filename="../qml/ServiceTile.qml" line="59" />
        <source>Opens %1</source>
        <translation>Opens %1</translation>
    </message>
    <message>
        <location filename="../qml/ServiceTile.qml" line="51" />
        <source>Closed now</source>
        <translation>Closed now</translation>
    </message>
    <message>
        <location filename="../qml/ServiceTile.qml" line="66" />
        <source>ID card needed</source>
        <translation>ID card needed</translation>
    </message>
</context>
<context>
    <name>StaffLoginScreen</name>
    <message>
        <location filename="../qml/StaffLoginScreen.qml" line="18" />
        <source>Staff log-in</source>
        <translation>Staff log-in</translation>
    </message>
    <message>
        <location filename="../qml/StaffLoginScreen.qml" line="27" />
        <source>Staff ID: %1</source>
        <translation>Staff ID: %1</translation>
    </message>
    <message>
        <location filename="../qml/StaffLoginScreen.qml" line="34" />
        <source>Password: %1</source>
        <translation>Password: %1</translation>
    </message>
    <message>
        <location filename="../qml/StaffLoginScreen.qml" line="42" />
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../qml/StaffLoginScreen.qml" line="65" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../qml/StaffLoginScreen.qml" line="73" />
        <source>Log in</source>
        <translation>Log in</translation>
    </message>
</context>
<context>
    <name>StaffScreen</name>
    <message>
        <location filename="../qml/StaffScreen.qml" line="14" />
        <source>Staff mode — %1</source>
        <translation>Staff mode — %1</translation>
    </message>
    <message>
        <location filename="../qml/StaffScreen.qml" line="16" />
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../qml/StaffScreen.qml" line="16" />
        <source>connected</source>
        <translation>connected</translation>
    </message>
    <message>
        <location filename="../qml/StaffScreen.qml" line="16" />
        <source>not reachable</source>
        <translation>not reachable</translation>
    </message>
    <message>
        <location filename="../qml/StaffScreen.qml" line="17" />
        <source>Printer</source>
        <translation>Printer</translation>
    </message>
    <message>
        <location filename="../qml/StaffScreen.qml" line="18" />
        <source>ID card reader</source>
        <translation>ID card reader</translation>
    </message>
    <message>
        <location filename="../qml/StaffScreen.qml" line="20" />
        <source>Print reports waiting</source>
        <translation>Print reports waiting</translation>
    </message>
    <message>
        <location filename="../qml/StaffScreen.qml" line="23" />
        <source>Kiosk</source>
        <translation>Kiosk</translation>
    </message>
    <message>
        <location filename="../qml/StaffScreen.qml" line="23" />
        <source>locked (out of service)</source>
        <translation>locked (out of service)</translation>
    </message>
    <message>
        <location filename="../qml/StaffScreen.qml" line="23" />
        <source>in service</source>
        <translation>in service</translation>
    </message>
    <message>
        <location filename="../qml/StaffScreen.qml" line="39" />
        <source>Test print</source>
        <translation>Test print</translation>
    </message>
    <message>
        <location filename="../qml/StaffScreen.qml" line="45" />
        <source>Reprint last ticket</source>
        <translation>Reprint last ticket</translation>
    </message>
    <message>
        <location filename="../qml/StaffScreen.qml" line="51" />
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../qml/StaffScreen.qml" line="51" />
        <source>Lock</source>
        <translation>Lock</translation>
    </message>
    <message>
        <location filename="../qml/StaffScreen.qml" line="58" />
        <source>Leave staff mode</source>
        <translation>Leave staff mode</translation>
    </message>
    <message>
        <location filename="../qml/StaffScreen.qml" line="65" />
        <source>Green-channel number (after checking the certificate):</source>
        <translation>Green-channel number (after checking the certificate):</translation>
    </message>
</context>
<context>
    <name>StaffSession</name>
    <message>
        <location filename="../core/StaffSession.cpp" line="37" />
        <source>This account may not use staff mode (it needs the guide, supervisor or admin role).</source>
        <translation>This account may not use staff mode (it needs the guide, supervisor or admin role).</translation>
    </message>
    <message>
        <location filename="../core/StaffSession.cpp" line="53" />
        <source>Wrong staff ID or password.</source>
        <translation>Wrong staff ID or password.</translation>
    </message>
    <message>
        <location filename="../core/StaffSession.cpp" line="56" />
        <source>Too many attempts. Wait a minute and try again.</source>
        <translation>Too many attempts. Wait a minute and try again.</translation>
    </message>
    <message>
        <location filename="../core/StaffSession.cpp" line="61" />
        <source>The server cannot be reached.</source>
        <translation>The server cannot be reached.</translation>
    </message>
</context>
<context>
    <name>TicketScreen</name>
    <message>
        <location filename="../qml/TicketScreen.qml" line="52" />
        <source>Green channel · served first</source>
        <translation>Green channel · served first</translation>
    </message>
    <message>
        <location filename="../qml/TicketScreen.qml" line="58" />
        <source>Appointment</source>
        <translation>Appointment</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/TicketScreen.qml" line="72" />
        <source>%n people ahead of you</source>
        <translation><numerusform>%n person ahead of you</numerusform><numerusform>%n people ahead of you</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/TicketScreen.qml" line="79" />
        <source>Estimated wait: about %n min</source>
        <translation><numerusform>Estimated wait: about %n min</numerusform><numerusform>Estimated wait: about %n min</numerusform></translation>
    </message>
    <message>
        <location filename="../qml/TicketScreen.qml" line="148" />
        <source>Scan to follow your number on your phone</source>
        <translation>Scan to follow your number on your phone</translation>
    </message>
    <message>
        <location filename="../qml/TicketScreen.qml" line="125" />
        <source>Printing your ticket…</source>
        <translation>Printing your ticket…</translation>
    </message>
    <message>
        <location filename="../qml/TicketScreen.qml" line="126" />
        <source>Please take your ticket from the slot below.</source>
        <translation>Please take your ticket from the slot below.</translation>
    </message>
    <message>
        <location filename="../qml/TicketScreen.qml" line="128" />
        <source>Your ticket could not be printed (%1) — but your number is registered and valid. Please take a photo of this screen or scan the code, and remember: %2.</source>
        <translation>Your ticket could not be printed (%1) — but your number is registered and valid. Please take a photo of this screen or scan the code, and remember: %2.</translation>
    </message>
    <message>
        <location filename="../qml/TicketScreen.qml" line="155" />
        <source>Please wait in the hall and listen for your number. If you miss your call, ask at the guide desk.</source>
        <translation>Please wait in the hall and listen for your number. If you miss your call, ask at the guide desk.</translation>
    </message>
    <message>
        <location filename="../qml/TicketScreen.qml" line="164" />
        <source>Done</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <location filename="../qml/TopBar.qml" line="24" />
        <source>Self-service kiosk</source>
        <translation>Self-service kiosk</translation>
    </message>
    <message>
        <location filename="../qml/TopBar.qml" line="45" />
        <source>Normal text</source>
        <translation>Normal text</translation>
    </message>
    <message>
        <location filename="../qml/TopBar.qml" line="45" />
        <source>Large text</source>
        <translation>Large text</translation>
    </message>
</context>
<context>
    <name>hallq::kiosk::KioskController</name>
    <message>
        <location filename="../core/KioskController.cpp" line="32" />
        <source>The printer did not answer.</source>
        <translation>The printer did not answer.</translation>
    </message>
    <message>
        <location filename="../core/KioskController.cpp" line="205" />
        <source>The printer is out of paper</source>
        <translation>The printer is out of paper</translation>
    </message>
    <message>
        <location filename="../core/KioskController.cpp" line="206" />
        <source>The printer is not working</source>
        <translation>The printer is not working</translation>
    </message>
    <message>
        <location filename="../core/KioskController.cpp" line="207" />
        <source>The printer reported a fault</source>
        <translation>The printer reported a fault</translation>
    </message>
    <message>
        <location filename="../core/KioskController.cpp" line="208" />
        <source>The printer did not answer</source>
        <translation>The printer did not answer</translation>
    </message>
    <message>
        <location filename="../core/KioskController.cpp" line="209" />
        <source>This kiosk has no printer</source>
        <translation>This kiosk has no printer</translation>
    </message>
    <message>
        <location filename="../core/KioskController.cpp" line="236" />
        <source>elderly</source>
        <translation>elderly</translation>
    </message>
    <message>
        <location filename="../core/KioskController.cpp" line="236" />
        <source>frail</source>
        <translation>frail</translation>
    </message>
    <message>
        <location filename="../core/KioskController.cpp" line="237" />
        <source>ill</source>
        <translation>ill</translation>
    </message>
    <message>
        <location filename="../core/KioskController.cpp" line="237" />
        <source>disabled</source>
        <translation>disabled</translation>
    </message>
    <message>
        <location filename="../core/KioskController.cpp" line="238" />
        <source>pregnant</source>
        <translation>pregnant</translation>
    </message>
    <message>
        <location filename="../core/KioskController.cpp" line="238" />
        <source>military</source>
        <translation>military</translation>
    </message>
    <message>
        <location filename="../core/KioskController.cpp" line="253" />
        <source>No ID card reader is configured.</source>
        <translation>No ID card reader is configured.</translation>
    </message>
    <message>
        <location filename="../core/KioskController.cpp" line="254" />
        <source>Card reader ready.</source>
        <translation>Card reader ready.</translation>
    </message>
    <message>
        <location filename="../core/KioskController.cpp" line="255" />
        <source>Card reader disconnected.</source>
        <translation>Card reader disconnected.</translation>
    </message>
    <message>
        <location filename="../core/KioskController.cpp" line="256" />
        <source>Card reader fault: %1</source>
        <translation>Card reader fault: %1</translation>
    </message>
    <message>
        <location filename="../core/KioskController.cpp" line="264" />
        <source>No printer is configured.</source>
        <translation>No printer is configured.</translation>
    </message>
    <message>
        <location filename="../core/KioskController.cpp" line="267" />
        <source>ready</source>
        <translation>ready</translation>
    </message>
    <message>
        <location filename="../core/KioskController.cpp" line="268" />
        <source>paper low</source>
        <translation>paper low</translation>
    </message>
    <message>
        <location filename="../core/KioskController.cpp" line="269" />
        <source>out of paper</source>
        <translation>out of paper</translation>
    </message>
    <message>
        <location filename="../core/KioskController.cpp" line="270" />
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <location filename="../core/KioskController.cpp" line="271" />
        <source>fault</source>
        <translation>fault</translation>
    </message>
    <message>
        <location filename="../core/KioskController.cpp" line="272" />
        <source>not found</source>
        <translation>not found</translation>
    </message>
    <message>
        <location filename="../core/KioskController.cpp" line="274" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../core/KioskController.cpp" line="310" />
        <source>Simulated card reader</source>
        <translation>Simulated card reader</translation>
    </message>
    <message>
        <location filename="../core/KioskController.cpp" line="312" />
        <source>Simulated printer (tickets go to a file)</source>
        <translation>Simulated printer (tickets go to a file)</translation>
    </message>
    <message>
        <location filename="../core/KioskController.cpp" line="688" />
        <source>Test ticket printed.</source>
        <translation>Test ticket printed.</translation>
    </message>
    <message>
        <location filename="../core/KioskController.cpp" line="688" />
        <source>Test print failed: %1</source>
        <translation>Test print failed: %1</translation>
    </message>
    <message>
        <location filename="../core/KioskController.cpp" line="701" />
        <source>Ticket reprinted.</source>
        <translation>Ticket reprinted.</translation>
    </message>
    <message>
        <location filename="../core/KioskController.cpp" line="701" />
        <source>Reprint failed: %1</source>
        <translation>Reprint failed: %1</translation>
    </message>
    <message>
        <location filename="../core/KioskController.cpp" line="799" />
        <source>Enter your staff ID and password.</source>
        <translation>Enter your staff ID and password.</translation>
    </message>
    <message>
        <location filename="../core/KioskController.cpp" line="829" />
        <source>Printing a test ticket…</source>
        <translation>Printing a test ticket…</translation>
    </message>
    <message>
        <location filename="../core/KioskController.cpp" line="840" />
        <source>No ticket has been issued here since the kiosk started.</source>
        <translation>No ticket has been issued here since the kiosk started.</translation>
    </message>
    <message>
        <location filename="../core/KioskController.cpp" line="844" />
        <source>Reprinting %1…</source>
        <translation>Reprinting %1…</translation>
    </message>
    <message>
        <location filename="../core/KioskController.cpp" line="863" />
        <source>The kiosk is locked. It stays out of service until a guide unlocks it.</source>
        <translation>The kiosk is locked. It stays out of service until a guide unlocks it.</translation>
    </message>
    <message>
        <location filename="../core/KioskController.cpp" line="873" />
        <source>The kiosk is in service again.</source>
        <translation>The kiosk is in service again.</translation>
    </message>
    <message>
        <location filename="../core/KioskController.cpp" line="951" />
        <source>Please choose a service.</source>
        <translation>Please choose a service.</translation>
    </message>
    <message>
        <location filename="../core/KioskController.cpp" line="952" />
        <source>Please put your ID card on the reader.</source>
        <translation>Please put your ID card on the reader.</translation>
    </message>
    <message>
        <location filename="../core/KioskController.cpp" line="956" />
        <source>The ticket could not be printed. Please take a photo of the screen, or remember your number: %1.</source>
        <translation>The ticket could not be printed. Please take a photo of the screen, or remember your number: %1.</translation>
    </message>
    <message>
        <location filename="../core/KioskController.cpp" line="959" />
        <source>Your number is %1. Please take your ticket.</source>
        <translation>Your number is %1. Please take your ticket.</translation>
    </message>
    <message>
        <location filename="../core/KioskController.cpp" line="961" />
        <source>Numbers cannot be taken at the moment.</source>
        <translation>Numbers cannot be taken at the moment.</translation>
    </message>
    <message>
        <location filename="../core/KioskController.cpp" line="962" />
        <source>Please choose a service guide.</source>
        <translation>Please choose a service guide.</translation>
    </message>
    <message>
        <location filename="../core/KioskController.cpp" line="963" />
        <source>Green channel: please go to the guide desk.</source>
        <translation>Green channel: please go to the guide desk.</translation>
    </message>
</context>
</TS>