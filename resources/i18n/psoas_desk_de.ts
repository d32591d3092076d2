<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>ArtView</name>
    <message>
        <location filename="../../psoas_desk/ui/art_view.py" line="+55"/>
        <source>Illustration</source>
        <translation>Abbildung</translation>
    </message>
</context>
<context>
    <name>Backdrop</name>
    <message>
        <location filename="../../psoas_desk/ui/break_backdrop.py" line="+78"/>
        <source>Break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Break backdrop</source>
        <translation>Hintergrund der Pause</translation>
    </message>
</context>
<context>
    <name>BreakKind</name>
    <message>
        <location filename="../../psoas_desk/ui/kind_texts.py" line="+37"/>
        <source>Stretch break</source>
        <translation>Dehnpause</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Micro-break</source>
        <translation>Kurzpause</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Finish your sentence; it starts when you pause typing.</source>
        <translation>Schreib deinen Satz zu Ende; sie beginnt, sobald du beim Tippen innehältst.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>A few minutes to stretch your hips; it starts when you pause typing.</source>
        <translation>Ein paar Minuten, um deine Hüften zu dehnen; sie beginnt, sobald du beim Tippen innehältst.</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Micro-break at your next pause</source>
        <translation>Kurzpause bei deiner nächsten Tipppause</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Stretch break at your next pause</source>
        <translation>Dehnpause bei deiner nächsten Tipppause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 away: counted as your stretch break</source>
        <translation>%1 weg: als deine Dehnpause gezählt</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>%1 away: counted as your micro-break</source>
        <translation>%1 weg: als deine Kurzpause gezählt</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Time for a stretch</source>
        <translation>Zeit zum Dehnen</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Time for a short break</source>
        <translation>Zeit für eine kurze Pause</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Micro-breaks</source>
        <translation>Kurzpausen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Stretch breaks</source>
        <translation>Dehnpausen</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>&amp;Micro-break now</source>
        <translation>&amp;Kurzpause jetzt</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>S&amp;tretch now</source>
        <translation>Jetzt &amp;dehnen</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Starts a short break to stand up and reset your posture.</source>
        <translation>Startet eine Kurzpause, um aufzustehen und deine Haltung neu auszurichten.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Starts a guided stretch routine for your hips.</source>
        <translation>Startet ein angeleitetes Dehnprogramm für deine Hüften.</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Take a &amp;micro-break now</source>
        <translation>Jetzt eine &amp;Kurzpause machen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Start a s&amp;tretch routine</source>
        <translation>&amp;Dehnprogramm starten</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>micro-break at your next pause in typing</source>
        <translation>Kurzpause bei deiner nächsten Tipppause</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>stretch break at your next pause in typing</source>
        <translation>Dehnpause bei deiner nächsten Tipppause</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>micro-break due now</source>
        <translation>Kurzpause jetzt fällig</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>stretch break due now</source>
        <translation>Dehnpause jetzt fällig</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>micro-break waits for a quiet moment</source>
        <translation>Kurzpause wartet auf einen ruhigen Moment</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>stretch break waits for a quiet moment</source>
        <translation>Dehnpause wartet auf einen ruhigen Moment</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>micro-break postponed, again in %1</source>
        <translation>Kurzpause verschoben, wieder in %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>stretch break postponed, again in %1</source>
        <translation>Dehnpause verschoben, wieder in %1</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>micro-break after %1 more sitting</source>
        <translation>Kurzpause nach %1 weiterem Sitzen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>stretch break after %1 more sitting</source>
        <translation>Dehnpause nach %1 weiterem Sitzen</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>micro-break in %1</source>
        <translation>Kurzpause in %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>stretch break in %1</source>
        <translation>Dehnpause in %1</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>In a micro-break · %1 left</source>
        <translation>In einer Kurzpause · noch %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>In a stretch break · %1 left</source>
        <translation>In einer Dehnpause · noch %1</translation>
    </message>
</context>
<context>
    <name>BreakPopup</name>
    <message>
        <location filename="../../psoas_desk/ui/popup_base.py" line="+107"/>
        <source>&amp;Postpone</source>
        <translation>&amp;Verschieben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Postpone</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Take this break a little later.</source>
        <translation>Diese Pause etwas später machen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Skip</source>
        <translation>Ü&amp;berspringen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Leave this break out. Skips are limited per day.</source>
        <translation>Diese Pause auslassen. Du kannst nur begrenzt oft pro Tag überspringen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+181"/>
        <source>&amp;Done</source>
        <translation>&amp;Fertig</translation>
    </message>
    <message>
        <location line="-181"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message numerus="yes">
        <location line="+64"/>
        <source>&amp;Postpone (%n left)</source>
        <translation>
            <numerusform>&amp;Verschieben (noch %n)</numerusform>
            <numerusform>&amp;Verschieben (noch %n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Postpone (%n left)</source>
        <translation>
            <numerusform>Verschieben (noch %n)</numerusform>
            <numerusform>Verschieben (noch %n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>&amp;Skip (%n left today)</source>
        <translation>
            <numerusform>Ü&amp;berspringen (heute noch %n)</numerusform>
            <numerusform>Ü&amp;berspringen (heute noch %n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Skip (%n left today)</source>
        <translation>
            <numerusform>Überspringen (heute noch %n)</numerusform>
            <numerusform>Überspringen (heute noch %n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+80"/>
        <location line="+2"/>
        <source>Postpone by…</source>
        <translation>Verschieben um…</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Choose how long to put this break off.</source>
        <translation>Wähl, wie lange diese Pause verschoben wird.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 later</source>
        <translation>%1 später</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Done in %1</source>
        <translation>Fertig in %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Available in %1</source>
        <translation>Verfügbar in %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ends the break.</source>
        <translation>Beendet die Pause.</translation>
    </message>
</context>
<context>
    <name>BreathPacer</name>
    <message>
        <location filename="../../psoas_desk/ui/breath_pacer.py" line="+151"/>
        <source>Breath phase</source>
        <translation>Atemphase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seconds left in this phase</source>
        <translation>Verbleibende Sekunden in dieser Phase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breathing pacer</source>
        <translation>Atemtakt</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Breathe in</source>
        <translation>Einatmen</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>Hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Breathe out</source>
        <translation>Ausatmen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Breathe in for %1, hold for %2, breathe out for %3, then hold for %4.</source>
        <translation>%1 lang einatmen, %2 halten, %3 lang ausatmen, dann %4 halten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Breathe in for %1, hold for %2, breathe out for %3.</source>
        <translation>%1 lang einatmen, %2 halten, %3 lang ausatmen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Breathe in for %1, breathe out for %3, then hold for %4.</source>
        <translation>%1 lang einatmen, %3 lang ausatmen, dann %4 halten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Breathe in for %1, breathe out for %3.</source>
        <translation>%1 lang einatmen, %3 lang ausatmen.</translation>
    </message>
</context>
<context>
    <name>ChecklistWindow</name>
    <message>
        <location filename="../../psoas_desk/ui/checklist_window.py" line="+80"/>
        <source>Posture checklist</source>
        <translation>Haltungs-Checkliste</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Tick each point that is set up, or mark what you cannot change here. Done records the review once every point is answered.</source>
        <translation>Hak jeden Punkt ab, der schon stimmt, oder markier, was du hier nicht ändern kannst. Fertig zählt die Durchsicht, sobald jeder Punkt beantwortet ist.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>C&amp;hecklist:</source>
        <translation>C&amp;heckliste:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checklist</source>
        <translation>Checkliste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which checklist the window shows.</source>
        <translation>Welche Checkliste das Fenster zeigt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Done</source>
        <translation>&amp;Fertig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Records that you went through the checklist and closes it.</source>
        <translation>Hält fest, dass du die Checkliste durchgegangen bist, und schließt sie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closes without recording a review.</source>
        <translation>Schließt, ohne eine Durchsicht festzuhalten.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Last reviewed %1</source>
        <translation>Zuletzt durchgesehen am %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not reviewed yet</source>
        <translation>Noch nicht durchgesehen</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>No checklist is available.</source>
        <translation>Es ist keine Checkliste verfügbar.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Can&apos;t change this here</source>
        <translation>Kann ich hier nicht ändern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Can&apos;t change this here: %1</source>
        <translation>Kann ich hier nicht ändern: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answers this point when your desk or chair does not let you change it.</source>
        <translation>Beantwortet diesen Punkt, wenn dein Tisch oder Stuhl keine Änderung zulässt.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 to answer</source>
        <translation>Noch %1 offen</translation>
    </message>
</context>
<context>
    <name>CountdownRing</name>
    <message>
        <location filename="../../psoas_desk/ui/countdown_ring.py" line="+85"/>
        <source>Time left</source>
        <translation>Verbleibende Zeit</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Time is up</source>
        <translation>Die Zeit ist um</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 left</source>
        <translation>noch %1</translation>
    </message>
</context>
<context>
    <name>DeskApp</name>
    <message>
        <location filename="../../psoas_desk/app/warning.py" line="+103"/>
        <source>Time to sit for a while?</source>
        <translation>Zeit, dich eine Weile zu setzen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You have been standing for %1. Switching now and then is what helps.</source>
        <translation>Du stehst seit %1. Was hilft, ist der Wechsel ab und zu.</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>It waits while you type, %1 at most.</source>
        <translation>Sie wartet, solange du tippst, höchstens %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 later</source>
        <translation>%1 später</translation>
    </message>
    <message>
        <location filename="../../psoas_desk/app/windows.py" line="+122"/>
        <source>No system tray was found, so psoas-desk shows this window instead.</source>
        <translation>Es wurde kein Infobereich gefunden, daher zeigt psoas-desk stattdessen dieses Fenster.</translation>
    </message>
    <message>
        <location filename="../../psoas_desk/app/settings_effects.py" line="+55"/>
        <source>Could not change start at login: %1</source>
        <translation>„Beim Anmelden starten“ konnte nicht geändert werden: %1</translation>
    </message>
    <message>
        <location filename="../../psoas_desk/app/status.py" line="+90"/>
        <source>No idle-time source was found: psoas-desk counts wall-clock time and notices absence only by screen locks.</source>
        <translation>Es wurde keine Quelle für Inaktivität gefunden: psoas-desk zählt die Uhrzeit und erkennt Abwesenheit nur an der Bildschirmsperre.</translation>
    </message>
    <message>
        <location filename="../../psoas_desk/app/controller.py" line="+374"/>
        <source>No audio output was found on this computer, so psoas-desk cannot play sounds. Breaks still come with their windows and notifications.</source>
        <translation>Auf diesem Computer wurde keine Audioausgabe gefunden, daher kann psoas-desk keine Töne abspielen. Pausen kommen weiterhin mit ihren Fenstern und Benachrichtigungen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sounds cannot play here (%1).</source>
        <translation>Töne können hier nicht abgespielt werden (%1).</translation>
    </message>
    <message>
        <location filename="../../psoas_desk/app/absence_question.py" line="+68"/>
        <source>The time away stays counted as a break</source>
        <translation>Die Abwesenheit bleibt als Pause gezählt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“I was at my desk” can take it back within %1 of coming back, before you leave again or take a break.</source>
        <translation>„Ich war am Platz“ kann das nur innerhalb von %1 nach deiner Rückkehr zurücknehmen, bevor du wieder gehst oder eine Pause machst.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No typing or pointing for a while. If you were reading or watching at your desk, say so and it counts as sitting.</source>
        <translation>Eine Weile keine Eingabe. Hast du am Platz gelesen oder etwas angeschaut, sag es, dann zählt es als Sitzen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I was at my desk</source>
        <translation>Ich war am Platz</translation>
    </message>
    <message>
        <location filename="../../psoas_desk/app/windowing.py" line="+210"/>
        <source>GNOME shows tray icons only with the “AppIndicator and KStatusNotifierItem Support” extension. Everything works without it: this window is your way in.</source>
        <translation>GNOME zeigt Symbole im Infobereich nur mit der Erweiterung „AppIndicator and KStatusNotifierItem Support“. Ohne sie funktioniert alles genauso: Dieses Fenster ist dann Ihr Zugang.</translation>
    </message>
</context>
<context>
    <name>FiguresPanel</name>
    <message>
        <location filename="../../psoas_desk/ui/stats_figures.py" line="+29"/>
        <source>Sitting</source>
        <translation>Sitzen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A day on average</source>
        <translation>Pro Tag im Schnitt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longest bout</source>
        <translation>Längste Sitzphase</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bouts over 30 min</source>
        <translation>Sitzphasen über 30 Min.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bouts over 60 min</source>
        <translation>Sitzphasen über 60 Min.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Standing</source>
        <translation>Stehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sitting / standing</source>
        <translation>Sitzen / Stehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breaks taken</source>
        <translation>Gemachte Pausen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Breaks postponed</source>
        <translation>Verschobene Pausen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breaks skipped</source>
        <translation>Übersprungene Pausen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breaks worked through</source>
        <translation>Durchgearbeitete Pausen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Natural breaks</source>
        <translation>Eigene Pausen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stretch routines done</source>
        <translation>Gemachte Dehnprogramme</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1% sitting, %2% standing</source>
        <translation>%1 % Sitzen, %2 % Stehen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Days in a row with no bout over %1</source>
        <translation>Tage in Folge ohne Sitzphase über %1</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <location filename="../../psoas_desk/ui/fmt.py" line="+32"/>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min %2 s</source>
        <translation>%1 Min. %2 Sek.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 s</source>
        <translation>%1 Sek.</translation>
    </message>
    <message numerus="yes">
        <location line="+77"/>
        <source>%n routine or checklist files could not be read; see the log.</source>
        <translation>
            <numerusform>%n Programm- oder Checklistendatei konnte nicht gelesen werden; Details stehen im Protokoll.</numerusform>
            <numerusform>%n Programm- oder Checklistendateien konnten nicht gelesen werden; Details stehen im Protokoll.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MicroPopup</name>
    <message>
        <location filename="../../psoas_desk/ui/micro_popup.py" line="+89"/>
        <source>Open the &amp;checklist</source>
        <translation>&amp;Checkliste öffnen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open the checklist</source>
        <translation>Checkliste öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens the whole set-up checklist to tick through.</source>
        <translation>Öffnet die ganze Checkliste für deinen Arbeitsplatz zum Abhaken.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Stand up, breathe, reset</source>
        <translation>Aufstehen, atmen, neu ausrichten</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+67"/>
        <source>Then: %1</source>
        <translation>Danach: %1</translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <location filename="../../psoas_desk/core/durations.py" line="+51"/>
        <location line="+22"/>
        <source>expected a duration such as 90, &quot;25m&quot; or &quot;1h30m&quot;, got %1</source>
        <translation>erwartet wird eine Dauer wie 90, &quot;25m&quot; oder &quot;1h30m&quot;, nicht %1</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>%1 has no unit; write e.g. &quot;%1m&quot; or &quot;%1s&quot;</source>
        <translation>%1 hat keine Einheit; schreib z. B. &quot;%1m&quot; oder &quot;%1s&quot;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; has no unit; write e.g. &quot;%1m&quot; or &quot;%1s&quot;</source>
        <translation>&quot;%1&quot; hat keine Einheit; schreib z. B. &quot;%1m&quot; oder &quot;%1s&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is not a duration; write e.g. &quot;45s&quot;, &quot;25m&quot; or &quot;1h30m&quot;</source>
        <translation>&quot;%1&quot; ist keine Dauer; schreib z. B. &quot;45s&quot;, &quot;25m&quot; oder &quot;1h30m&quot;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a duration cannot be negative (%1 s)</source>
        <translation>eine Dauer kann nicht negativ sein (%1 s)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 s is far too long for a duration</source>
        <translation>%1 s ist als Dauer viel zu lang</translation>
    </message>
    <message>
        <location filename="../../psoas_desk/core/schedule_types.py" line="+45"/>
        <source>start %1 min is outside the day</source>
        <translation>der Beginn (%1 min) liegt außerhalb des Tages</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>end %1 min is outside the day</source>
        <translation>das Ende (%1 min) liegt außerhalb des Tages</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 ends before it starts; split a range that crosses midnight in two</source>
        <translation>%1 endet, bevor es beginnt; teile einen Zeitraum über Mitternacht in zwei</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is not a time range like &quot;09:00-17:30&quot;</source>
        <translation>%1 ist kein Zeitraum wie &quot;09:00-17:30&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 has an impossible time of day</source>
        <translation>%1 enthält eine unmögliche Uhrzeit</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>working hours need one entry per weekday</source>
        <translation>die Arbeitszeiten brauchen einen Eintrag pro Wochentag</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 and %2 overlap</source>
        <translation>%1 und %2 überschneiden sich</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>working hours must be a table of weekdays</source>
        <translation>die Arbeitszeiten müssen eine Tabelle von Wochentagen sein</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown weekday %1; use %2</source>
        <translation>unbekannter Wochentag %1; möglich sind %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>expected a list of ranges like [&quot;09:00-12:00&quot;]</source>
        <translation>erwartet wird eine Liste von Zeiträumen wie [&quot;09:00-12:00&quot;]</translation>
    </message>
    <message>
        <location filename="../../psoas_desk/core/settings_codec.py" line="+111"/>
        <source>expected true or false, got %1</source>
        <translation>erwartet wird true oder false, nicht %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected a whole number, got %1</source>
        <translation>erwartet wird eine ganze Zahl, nicht %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>expected one of %1, got %2</source>
        <translation>erwartet wird einer dieser Werte: %1; nicht %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected text, got %1</source>
        <translation>erwartet wird Text, nicht %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is longer than %1 characters</source>
        <translation>ist länger als %1 Zeichen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a language code like &quot;de&quot; or &quot;pt_PT&quot;</source>
        <translation>%1 ist kein Sprachcode wie &quot;de&quot; oder &quot;pt_PT&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>has too many entries</source>
        <translation>hat zu viele Einträge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expected a list of names, got %1</source>
        <translation>erwartet wird eine Liste von Namen, nicht %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be at least %1, got %2</source>
        <translation>muss mindestens %1 sein, nicht %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be at most %1, got %2</source>
        <translation>darf höchstens %1 sein, nicht %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 is not a schema version; reading the file as version %2</source>
        <translation>%1 ist keine Schema-Version; die Datei wird als Version %2 gelesen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>this file was written by a newer psoas-desk (settings version %1); options this version does not know are kept as they are</source>
        <translation>diese Datei stammt von einem neueren psoas-desk (Einstellungsversion %1); Optionen, die diese Version nicht kennt, bleiben unverändert erhalten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>expected a table of options, got %1; using the defaults</source>
        <translation>erwartet wird eine Tabelle von Optionen, nicht %1; es gelten die Standardwerte</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1; using the default working hours</source>
        <translation>%1; es gelten die Standard-Arbeitszeiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1; using the default %2</source>
        <translation>%1; es gilt der Standardwert %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1; using the break length</source>
        <translation>%1; es gilt die Länge der Pause</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>is longer than the break itself (%1)</source>
        <translation>ist länger als die Pause selbst (%1)</translation>
    </message>
    <message>
        <location filename="../../psoas_desk/storage/settings_store.py" line="+148"/>
        <source>could not save settings to %1: %2</source>
        <translation>die Einstellungen konnten nicht in %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 is a folder, not a settings file; using the defaults</source>
        <translation>%1 ist ein Ordner, keine Einstellungsdatei; es gelten die Standardwerte</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not a regular file; using the defaults</source>
        <translation>%1 ist keine normale Datei; es gelten die Standardwerte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is larger than 1 MiB, so it is not a settings file; using the defaults</source>
        <translation>%1 ist größer als 1 MiB und damit keine Einstellungsdatei; es gelten die Standardwerte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>could not read %1: %2; using the defaults</source>
        <translation>%1 konnte nicht gelesen werden: %2; es gelten die Standardwerte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not UTF-8 text (byte %2); using the defaults</source>
        <translation>%1 ist kein UTF-8-Text (Byte %2); es gelten die Standardwerte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not valid TOML (%2); using the defaults</source>
        <translation>%1 ist kein gültiges TOML (%2); es gelten die Standardwerte</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <location filename="../../psoas_desk/i18n.py" line="+66"/>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location line="-8"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore Defaults</source>
        <translation>Standardwerte wiederherstellen</translation>
    </message>
</context>
<context>
    <name>RoutineMenu</name>
    <message>
        <location filename="../../psoas_desk/ui/routine_menu.py" line="+64"/>
        <source>At your desk</source>
        <translation>Am Schreibtisch</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>At home</source>
        <translation>Zu Hause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breathing</source>
        <translation>Atmen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>RoutinePlayer</name>
    <message>
        <location filename="../../psoas_desk/ui/routine_controls.py" line="+50"/>
        <source>P&amp;revious</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Previous step</source>
        <translation>Vorheriger Schritt</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+40"/>
        <source>Pa&amp;use</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <location line="-45"/>
        <location line="+46"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Sta&amp;rt now</source>
        <translation>Jetzt &amp;starten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start now</source>
        <translation>Jetzt starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starts the first step.</source>
        <translation>Startet den ersten Schritt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Goes back to the start of the step before.</source>
        <translation>Geht zum Anfang des vorherigen Schritts zurück.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+46"/>
        <source>Stops the clock; the step waits for you.</source>
        <translation>Hält die Uhr an; der Schritt wartet auf dich.</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goes on to the next step now.</source>
        <translation>Geht jetzt zum nächsten Schritt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to the steps</source>
        <translation>Zurück zu den Schritten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Goes back to the first step you did not follow.</source>
        <translation>Geht zurück zum ersten Schritt, den du nicht mitgemacht hast.</translation>
    </message>
    <message>
        <location filename="../../psoas_desk/ui/routine_player.py" line="+258"/>
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <location filename="../../psoas_desk/ui/routine_steps.py" line="+73"/>
        <source>Left side</source>
        <translation>Linke Seite</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Right side</source>
        <translation>Rechte Seite</translation>
    </message>
    <message>
        <location filename="../../psoas_desk/ui/routine_pages.py" line="+209"/>
        <source>Well done — %1 of slow breathing</source>
        <translation>Gut gemacht – %1 ruhiges Atmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Well done — %1 of stretching</source>
        <translation>Gut gemacht – %1 Dehnen</translation>
    </message>
    <message>
        <location filename="../../psoas_desk/ui/routine_controls.py" line="+31"/>
        <source>Starts the clock again.</source>
        <translation>Lässt die Uhr weiterlaufen.</translation>
    </message>
    <message>
        <location filename="../../psoas_desk/ui/routine_player.py" line="+42"/>
        <location filename="../../psoas_desk/ui/routine_steps.py" line="-18"/>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <location filename="../../psoas_desk/ui/routine_controls.py" line="-43"/>
        <location line="+41"/>
        <source>Res&amp;ume</source>
        <translation>F&amp;ortsetzen</translation>
    </message>
    <message>
        <location filename="../../psoas_desk/ui/routine_pages.py" line="+1"/>
        <source>All %1 steps followed.</source>
        <translation>Alle %1 Schritte mitgemacht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Routine ended early</source>
        <translation>Programm früher beendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 steps followed, %3 in all.</source>
        <translation>%1 von %2 Schritten mitgemacht, insgesamt %3.</translation>
    </message>
    <message>
        <location filename="../../psoas_desk/ui/routine_controls.py" line="+10"/>
        <source>&amp;Back to step %1</source>
        <translation>&amp;Zurück zu Schritt %1</translation>
    </message>
    <message>
        <location filename="../../psoas_desk/ui/routine_player.py" line="-13"/>
        <source>Starts by itself in %1</source>
        <translation>Startet in %1 von selbst</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Not counted as a break.</source>
        <translation>Zählt nicht als Pause.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closes by itself in %1</source>
        <translation>Schließt sich in %1 von selbst</translation>
    </message>
    <message>
        <location filename="../../psoas_desk/ui/routine_controls.py" line="-9"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location filename="../../psoas_desk/ui/routine_pages.py" line="-117"/>
        <source>Before you start</source>
        <translation>Bevor du anfängst</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On the floor, on a mat or rug; about %1.</source>
        <translation>Auf dem Boden, auf einer Matte oder einem Teppich; etwa %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At your desk; about %1.</source>
        <translation>Am Schreibtisch; etwa %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shows every safety note in full.</source>
        <translation>Zeigt alle Sicherheitshinweise ausführlich.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Safety notes in full</source>
        <translation>Sicherheitshinweise ausführlich</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Goes back to the page before.</source>
        <translation>Geht zurück zur vorigen Seite.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../psoas_desk/core/settings.py" line="+33"/>
        <source>Breaks</source>
        <translation>Pausen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presence</source>
        <translation>Anwesenheit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Popups</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+213"/>
        <source>Sounds</source>
        <translation>Töne</translation>
    </message>
    <message>
        <location line="-212"/>
        <source>Startup</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+59"/>
        <location filename="../../psoas_desk/ui/routine_list_editor.py" line="+40"/>
        <source>Micro-breaks</source>
        <translation>Kurzpausen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Short pauses to stand up, breathe and reset your posture.</source>
        <translation>Kurze Pausen, um aufzustehen, durchzuatmen und deine Haltung neu auszurichten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Micro-break every</source>
        <translation>Kurzpause alle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Minutes of sitting between micro-breaks.</source>
        <translation>Minuten im Sitzen zwischen zwei Kurzpausen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Micro-break length</source>
        <translation>Dauer der Kurzpause</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How long a micro-break lasts.</source>
        <translation>Wie lange eine Kurzpause dauert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Micro-break can end after</source>
        <translation>Kurzpause beendbar nach</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+24"/>
        <source>Done becomes available after this much of the break.</source>
        <translation>„Fertig“ wird nach so viel Pausenzeit wählbar.</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Postpone micro-break by</source>
        <translation>Kurzpause verschieben um</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How long Postpone puts a micro-break off.</source>
        <translation>Um wie viel „Verschieben“ eine Kurzpause hinausschiebt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Postpones per micro-break</source>
        <translation>Verschiebungen pro Kurzpause</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How often one micro-break can be put off (0: never).</source>
        <translation>Wie oft eine Kurzpause verschoben werden kann (0: nie).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Posture check every</source>
        <translation>Haltungscheck alle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every Nth micro-break shows the posture checklist (0: never).</source>
        <translation>Jede n-te Kurzpause zeigt die Haltungs-Checkliste (0: nie).</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../psoas_desk/ui/routine_list_editor.py" line="+1"/>
        <source>Stretch breaks</source>
        <translation>Dehnpausen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Longer guided breaks that stretch the hip flexors.</source>
        <translation>Längere, angeleitete Pausen, die die Hüftbeuger dehnen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stretch break every</source>
        <translation>Dehnpause alle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Minutes of sitting between stretch breaks.</source>
        <translation>Minuten im Sitzen zwischen zwei Dehnpausen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stretch break length</source>
        <translation>Dauer der Dehnpause</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>About how long a guided stretch routine takes.</source>
        <translation>Ungefähr so lange dauert ein angeleitetes Dehnprogramm.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stretch break can end after</source>
        <translation>Dehnpause beendbar nach</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Postpone stretch break by</source>
        <translation>Dehnpause verschieben um</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How long Postpone puts a stretch break off.</source>
        <translation>Um wie viel „Verschieben“ eine Dehnpause hinausschiebt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Postpones per stretch break</source>
        <translation>Verschiebungen pro Dehnpause</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How often one stretch break can be put off (0: never).</source>
        <translation>Wie oft eine Dehnpause verschoben werden kann (0: nie).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Warn before a break</source>
        <translation>Vor einer Pause hinweisen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A notification this long before a break (0: no warning).</source>
        <translation>Eine Benachrichtigung so lange vor einer Pause (0: kein Hinweis).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wait for a typing pause of</source>
        <translation>Auf eine Tipppause warten von</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A due break waits until you stop typing for this long.</source>
        <translation>Eine fällige Pause wartet, bis du so lange nicht mehr tippst.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show anyway after</source>
        <translation>Trotzdem zeigen nach</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>If you keep typing, the break shows after this long.</source>
        <translation>Wenn du weitertippst, erscheint die Pause nach dieser Zeit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skips per day</source>
        <translation>Überspringen pro Tag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How many breaks you can skip each day.</source>
        <translation>Wie viele Pausen du pro Tag überspringen kannst.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Strict mode</source>
        <translation>Strenger Modus</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No Postpone or Skip buttons: every break is taken.</source>
        <translation>Keine Knöpfe zum Verschieben oder Überspringen: Jede Pause wird gemacht.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Away after no input for</source>
        <translation>Abwesend ohne Eingabe nach</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Until then, no input means you are reading or thinking at your desk.</source>
        <translation>Bis dahin heißt keine Eingabe: Du liest oder denkst am Schreibtisch nach.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A break on your own counts from</source>
        <translation>Eine eigene Pause zählt ab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Being away this long ends the sitting bout and counts as a micro-break.</source>
        <translation>So lange Abwesenheit beendet die Sitzphase und zählt als Kurzpause.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calls and videos mean I am here</source>
        <translation>Anrufe und Videos heißen: Ich bin da</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A call, a playing video or a camera in use keeps you present without input.</source>
        <translation>Ein Anruf, ein laufendes Video oder eine aktive Kamera hält dich auch ohne Eingabe anwesend.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trust calls and videos for up to</source>
        <translation>Anrufen und Videos vertrauen bis zu</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Remind me to sit down</source>
        <translation>Ans Hinsetzen erinnern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Suggest switching back after standing for a while.</source>
        <translation>Schlägt nach einer Weile im Stehen vor, wieder zu wechseln.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suggest sitting after</source>
        <translation>Hinsetzen vorschlagen nach</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Standing time before the reminder.</source>
        <translation>Zeit im Stehen bis zur Erinnerung.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hold breaks during presentations</source>
        <translation>Pausen bei Präsentationen zurückhalten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Breaks wait while you present, share your screen or are in a meeting.</source>
        <translation>Pausen warten, während du präsentierst, deinen Bildschirm teilst oder in einer Besprechung bist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full-screen windows</source>
        <translation>Vollbildfenster</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A full-screen window in front holds breaks.</source>
        <translation>Ein Vollbildfenster im Vordergrund hält Pausen zurück.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Camera in use</source>
        <translation>Kamera in Gebrauch</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A camera in use (a video call) holds breaks.</source>
        <translation>Eine Kamera in Gebrauch (ein Videoanruf) hält Pausen zurück.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Desktop do-not-disturb</source>
        <translation>„Nicht stören“ der Arbeitsumgebung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The desktop&apos;s own do-not-disturb mode holds breaks.</source>
        <translation>Der „Nicht stören“-Modus der Arbeitsumgebung hält Pausen zurück.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offer held breaks after</source>
        <translation>Zurückgehaltene Pausen anbieten nach</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Once the presentation ends, a held break comes this much later.</source>
        <translation>Nach dem Ende der Präsentation kommt eine zurückgehaltene Pause so viel später.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A new day starts at</source>
        <translation>Ein neuer Tag beginnt um</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hour of the day when the daily figures and skips reset.</source>
        <translation>Uhrzeit, zu der die Tageswerte und das Überspringen zurückgesetzt werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only during working hours</source>
        <translation>Nur während der Arbeitszeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outside these hours psoas-desk keeps quiet.</source>
        <translation>Außerhalb dieser Zeiten bleibt psoas-desk still.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Working hours</source>
        <translation>Arbeitszeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Times per weekday, e.g. 09:00-12:30 and 13:30-17:30.</source>
        <translation>Zeiten pro Wochentag, z. B. 09:00-12:30 und 13:30-17:30.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Show breaks as</source>
        <translation>Pausen zeigen als</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A window; a window with the screens dimmed around it; or filling the screens. On sway and other native Wayland desktops a break is always a window.</source>
        <translation>Ein Fenster; ein Fenster mit abgedunkelten Bildschirmen drumherum; oder bildschirmfüllend. Auf sway und anderen nativen Wayland-Desktops ist eine Pause immer ein Fenster.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show breaks on every screen</source>
        <translation>Pausen auf jedem Bildschirm zeigen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Otherwise the break shows on the screen with the mouse pointer.</source>
        <translation>Sonst erscheint die Pause auf dem Bildschirm mit dem Mauszeiger.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ignore keys for</source>
        <translation>Tasten ignorieren für</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Key presses right after a break appears are ignored.</source>
        <translation>Tastendrücke direkt nach dem Erscheinen einer Pause werden ignoriert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Explain why</source>
        <translation>Begründung zeigen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show a short line on why each break helps.</source>
        <translation>Eine kurze Zeile dazu zeigen, warum die jeweilige Pause hilft.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Colours</source>
        <translation>Farben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Follow the system, or always light or dark.</source>
        <translation>Wie das System, oder immer hell oder dunkel.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reduce motion</source>
        <translation>Bewegung reduzieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Replace the breathing animation with calm text. Turning animations off for the whole desktop does the same.</source>
        <translation>Ersetzt die Atemanimation durch ruhigen Text. Das Gleiche geschieht, wenn Animationen für den ganzen Desktop ausgeschaltet sind.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The language of the windows; the system&apos;s unless you choose one.</source>
        <translation>Die Sprache der Fenster; die des Systems, solange du keine andere wählst.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Break windows on Wayland</source>
        <translation>Pausenfenster unter Wayland</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automatic uses X11 (XWayland) on GNOME and KDE, where it keeps breaks on top without taking your keyboard. Applies after a restart.</source>
        <translation>„Automatisch“ nutzt unter GNOME und KDE X11 (XWayland): Dort bleiben Pausen im Vordergrund, ohne Ihnen die Tastatur wegzunehmen. Gilt nach einem Neustart.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Older history is deleted after this many days; Forever keeps all of it.</source>
        <translation>Älterer Verlauf wird nach so vielen Tagen gelöscht; „Für immer“ behält alles.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Routines to use</source>
        <translation>Verwendete Programme</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Checked routines can be picked for a break; clear a check to leave one out.</source>
        <translation>Angehakte Programme können für eine Pause ausgewählt werden; entferne den Haken, um eines wegzulassen.</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>A soft sound when a break starts and ends.</source>
        <translation>Ein sanfter Ton, wenn eine Pause beginnt und endet.</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>After this long without input you count as away even if a video plays, or you read with &quot;Reading or watching&quot; on.</source>
        <translation>Nach so langer Zeit ohne Eingabe giltst du als abwesend, auch wenn ein Video läuft oder „Lesen oder Zuschauen“ an ist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ask when time away counted as a break</source>
        <translation>Nachfragen, wenn Abwesenheit als Pause zählte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After time without input (no lock, no sleep) that counted as a break, a notification lets you say you were at your desk.</source>
        <translation>Hat Zeit ohne Eingabe (ohne Sperre, ohne Ruhezustand) als Pause gezählt, kannst du in einer Benachrichtigung sagen, dass du am Platz warst.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Volume</source>
        <translation>Lautstärke</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Loudness of the break sounds.</source>
        <translation>Lautstärke der Pausentöne.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Start at login</source>
        <translation>Beim Anmelden starten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start psoas-desk when you log in.</source>
        <translation>psoas-desk starten, wenn du dich anmeldest.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep history for</source>
        <translation>Verlauf aufbewahren für</translation>
    </message>
    <message>
        <location filename="../../psoas_desk/ui/form_labels.py" line="+127"/>
        <location filename="../../psoas_desk/ui/hours_editor.py" line="+89"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>• %1</source>
        <translation>• %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>…and %1 more.</source>
        <translation>…und %1 weitere.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A copy of the file as it was is kept at %1</source>
        <translation>Eine Kopie der ursprünglichen Datei liegt unter %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your settings file had problems, so some settings were reset to their defaults.</source>
        <translation>Deine Einstellungsdatei hatte Fehler, daher wurden einige Einstellungen auf ihre Standardwerte zurückgesetzt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your settings file could not be used as it was.</source>
        <translation>Deine Einstellungsdatei konnte so nicht verwendet werden.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <location filename="../../psoas_desk/ui/hours_editor.py" line="-30"/>
        <source>No working hours</source>
        <translation>Keine Arbeitszeit</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../../psoas_desk/ui/routine_list_editor.py" line="+1"/>
        <source>At home</source>
        <translation>Zu Hause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breathing</source>
        <translation>Atmen</translation>
    </message>
    <message>
        <location filename="../../psoas_desk/ui/setting_editors.py" line="+180"/>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> s</source>
        <translation> Sek.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> h</source>
        <translation> Uhr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%</source>
        <translation> %</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> breaks</source>
        <translation> Pausen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>enter a whole number</source>
        <translation>gib eine ganze Zahl ein</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Forever</source>
        <translation>Für immer</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wayland</source>
        <translation>Wayland</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X11 (XWayland)</source>
        <translation>X11 (XWayland)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A window</source>
        <translation>Ein Fenster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A window, screens dimmed</source>
        <translation>Ein Fenster, Bildschirme abgedunkelt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full screen</source>
        <translation>Vollbild</translation>
    </message>
    <message>
        <location filename="../../psoas_desk/ui/choice_editors.py" line="+68"/>
        <source>System language (%1)</source>
        <translation>Systemsprache (%1)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (no translation: screens in English)</source>
        <translation>%1 (keine Übersetzung: Fenster auf Englisch)</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Pla&amp;y a sample</source>
        <translation>Hörprobe a&amp;bspielen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plays the break sound at this volume.</source>
        <translation>Spielt den Pausenton in dieser Lautstärke ab.</translation>
    </message>
</context>
<context>
    <name>SettingsWindow</name>
    <message>
        <location filename="../../psoas_desk/ui/settings_window.py" line="+91"/>
        <source>psoas-desk settings</source>
        <translation>psoas-desk – Einstellungen</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Settings pages</source>
        <translation>Einstellungsseiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the page to show. Ctrl+Page Down and Ctrl+Page Up move between pages.</source>
        <translation>Wähle die Seite, die angezeigt wird. Strg+Bild ab und Strg+Bild auf wechseln zwischen den Seiten.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Saves your changes and closes the window.</source>
        <translation>Speichert deine Änderungen und schließt das Fenster.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closes the window without saving your changes.</source>
        <translation>Schließt das Fenster, ohne deine Änderungen zu speichern.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saves your changes and keeps the window open.</source>
        <translation>Speichert deine Änderungen und lässt das Fenster offen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore page &amp;defaults</source>
        <translation>Seite auf Stan&amp;dard zurücksetzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sets the options on the page shown back to their defaults.</source>
        <translation>Setzt die Optionen der angezeigten Seite auf ihre Standardwerte zurück.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Your settings could not be saved.</source>
        <translation>Deine Einstellungen konnten nicht gespeichert werden.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Correct the marked values to save your settings.</source>
        <translation>Korrigiere die markierten Werte, um deine Einstellungen zu speichern.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1 (has values to correct)</source>
        <translation>%1 (enthält Werte zum Korrigieren)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Restore defaults</source>
        <translation>Standardwerte wiederherstellen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing is saved until you press OK or Apply.</source>
        <translation>Gespeichert wird erst, wenn du auf „OK“ oder „Anwenden“ drückst.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Set every option on the “%1” page back to its default?</source>
        <translation>Alle Optionen der Seite „%1“ auf ihre Standardwerte zurücksetzen?</translation>
    </message>
</context>
<context>
    <name>StatsCharts</name>
    <message>
        <location filename="../../psoas_desk/ui/stats_charts.py" line="+63"/>
        <source>Sitting</source>
        <translation>Sitzen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Standing</source>
        <translation>Stehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Away</source>
        <translation>Abwesend</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Breaks</source>
        <translation>Pausen</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Sitting and standing per day</source>
        <translation>Sitzen und Stehen pro Tag</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+162"/>
        <source>%1: %2 sitting, %3 standing</source>
        <translation>%1: %2 Sitzen, %3 Stehen</translation>
    </message>
    <message>
        <location filename="../../psoas_desk/ui/stats_timeline.py" line="+30"/>
        <source>%1 to %2 (%3)</source>
        <translation>%1 bis %2 (%3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>taken</source>
        <translation>gemacht</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>postponed</source>
        <translation>verschoben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>taken while away</source>
        <translation>während der Abwesenheit gemacht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>worked through</source>
        <translation>durchgearbeitet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>withdrawn</source>
        <translation>zurückgezogen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>on screen</source>
        <translation>auf dem Bildschirm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Day timeline</source>
        <translation>Tagesverlauf</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+92"/>
        <source>Nothing recorded on this day.</source>
        <translation>An diesem Tag wurde nichts aufgezeichnet.</translation>
    </message>
</context>
<context>
    <name>StatsWindow</name>
    <message>
        <location filename="../../psoas_desk/ui/stats_window.py" line="+86"/>
        <location line="+2"/>
        <source>psoas-desk statistics</source>
        <translation>psoas-desk – Statistik</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Which days the figures and the chart below cover.</source>
        <translation>Welche Tage die Zahlen und das Diagramm darunter umfassen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Today</source>
        <translation>&amp;Heute</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Figures for today</source>
        <translation>Zahlen für heute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last &amp;7 days</source>
        <translation>Letzte &amp;7 Tage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Figures for the last 7 days</source>
        <translation>Zahlen der letzten 7 Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last &amp;30 days</source>
        <translation>Letzte &amp;30 Tage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Figures for the last 30 days</source>
        <translation>Zahlen der letzten 30 Tage</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sitting and standing per day</source>
        <translation>Sitzen und Stehen pro Tag</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Click a day, or use the arrow keys, to see it below.</source>
        <translation>Klick auf einen Tag oder nimm die Pfeiltasten, um ihn unten zu sehen.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Export &amp;CSV…</source>
        <translation>Als &amp;CSV exportieren …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;JSON…</source>
        <translation>Als &amp;JSON exportieren …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete all history…</source>
        <translation>Gesamten &amp;Verlauf löschen …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;lose</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saves one row per sitting bout and per break to a file you choose.</source>
        <translation>Speichert eine Zeile pro Sitzphase und pro Pause in eine Datei deiner Wahl.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saves the whole history to a file you choose.</source>
        <translation>Speichert den gesamten Verlauf in eine Datei deiner Wahl.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asks first, then deletes every recorded bout, break and day.</source>
        <translation>Fragt zuerst nach und löscht dann alle aufgezeichneten Sitzphasen, Pausen und Tage.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closes the statistics window.</source>
        <translation>Schließt das Statistikfenster.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The history could not be read (%1).</source>
        <translation>Der Verlauf konnte nicht gelesen werden (%1).</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Saved %n records to %1.</source>
        <translation>
            <numerusform>%n Eintrag in %1 gespeichert.</numerusform>
            <numerusform>%n Einträge in %1 gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../psoas_desk/ui/history_text.py" line="+26"/>
        <source>This history was written by a newer version of psoas-desk. It is shown as it is, and nothing new is recorded until psoas-desk is updated.</source>
        <translation>Dieser Verlauf stammt von einer neueren Version von psoas-desk. Er wird so angezeigt, wie er ist, und bis zu einem Update von psoas-desk wird nichts Neues aufgezeichnet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The history file could not be read, so a new one was started. The old file was kept at %1.</source>
        <translation>Die Verlaufsdatei konnte nicht gelesen werden, daher wurde eine neue begonnen. Die alte Datei liegt unter %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The history cannot be saved right now (%1); psoas-desk keeps trying.</source>
        <translation>Der Verlauf kann gerade nicht gespeichert werden (%1); psoas-desk versucht es weiter.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recent events could not be saved (%1); psoas-desk will try again.</source>
        <translation>Die letzten Ereignisse konnten nicht gespeichert werden (%1); psoas-desk versucht es erneut.</translation>
    </message>
    <message>
        <location filename="../../psoas_desk/app/state.py" line="+38"/>
        <location filename="../../psoas_desk/ui/stats_window.py" line="+5"/>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <location filename="../../psoas_desk/ui/stats_window.py" line="+4"/>
        <source>All history was deleted.</source>
        <translation>Der gesamte Verlauf wurde gelöscht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The history could not be deleted: %1</source>
        <translation>Der Verlauf konnte nicht gelöscht werden: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The day so far</source>
        <translation>Der Tag bisher</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Today, %1</source>
        <translation>Heute, %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Timeline of %1</source>
        <translation>Verlauf von %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Export history as CSV</source>
        <translation>Verlauf als CSV exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export history as JSON</source>
        <translation>Verlauf als JSON exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete all history?</source>
        <translation>Gesamten Verlauf löschen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This deletes every recorded sitting bout, break and day from this computer. It cannot be undone. Today&apos;s figures in the tray stay until the day ends.</source>
        <translation>Damit werden alle aufgezeichneten Sitzphasen, Pausen und Tage von diesem Computer gelöscht. Das lässt sich nicht rückgängig machen. Die heutigen Werte im Infobereich bleiben bis zum Ende des Tages.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete all history</source>
        <translation>Gesamten Verlauf löschen</translation>
    </message>
</context>
<context>
    <name>StatusPanel</name>
    <message>
        <location filename="../../psoas_desk/ui/status_panel.py" line="+52"/>
        <source>psoas-desk status</source>
        <translation>psoas-desk – Status</translation>
    </message>
    <message>
        <location filename="../../psoas_desk/ui/status_facts.py" line="+74"/>
        <source>State icon</source>
        <translation>Statussymbol</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Starting…</source>
        <translation>Startet …</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+83"/>
        <source>Sitting bout</source>
        <translation>Sitzphase</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>Next break</source>
        <translation>Nächste Pause</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sitting</source>
        <translation>Sitzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longest bout</source>
        <translation>Längste Sitzphase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standing</source>
        <translation>Stehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breaks taken</source>
        <translation>Gemachte Pausen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breaks postponed</source>
        <translation>Verschobene Pausen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breaks skipped</source>
        <translation>Übersprungene Pausen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breaks worked through</source>
        <translation>Durchgearbeitete Pausen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Natural breaks</source>
        <translation>Eigene Pausen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Setup</source>
        <translation>Einrichtung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last checklist review</source>
        <translation>Letzte Checklisten-Durchsicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Idle detection</source>
        <translation>Inaktivitätserkennung</translation>
    </message>
    <message>
        <location filename="../../psoas_desk/ui/status_panel.py" line="+49"/>
        <source>R&amp;outines</source>
        <translation>Pr&amp;ogramme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I just took a &amp;break</source>
        <translation>Habe gerade Pause &amp;gemacht</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+109"/>
        <source>I&apos;m &amp;standing</source>
        <translation>Ich &amp;stehe</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>Rea&amp;ding or watching</source>
        <translation>&amp;Lesen oder Zuschauen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+111"/>
        <source>&amp;Pause 30 min</source>
        <translation>&amp;Pausieren (30 Min.)</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>Posture &amp;checklist</source>
        <translation>Haltungs-&amp;Checkliste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>St&amp;atistics</source>
        <translation>St&amp;atistik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ettings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit psoas-desk</source>
        <translation>psoas-desk &amp;beenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose any routine to start now: at your desk, at home or breathing.</source>
        <translation>Wähl ein beliebiges Programm und starte es jetzt: am Schreibtisch, zu Hause oder zum Atmen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counts a break you just took on your own; the sitting clock starts again.</source>
        <translation>Zählt eine Pause, die du gerade selbst gemacht hast; die Sitzzeit beginnt von vorn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tells psoas-desk whether you sit or stand now.</source>
        <translation>Sagt psoas-desk, ob du jetzt sitzt oder stehst.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time without typing counts as sitting, not as away, until you type again.</source>
        <translation>Zeit ohne Tippen zählt als Sitzen, nicht als Abwesenheit, bis du wieder tippst.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pauses or resumes the break reminders.</source>
        <translation>Pausiert die Pausenerinnerungen oder setzt sie fort.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens the checklist for setting up your desk and chair.</source>
        <translation>Öffnet die Checkliste zum Einrichten von Schreibtisch und Stuhl.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens your sitting and break history.</source>
        <translation>Öffnet deinen Verlauf von Sitzen und Pausen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens the settings window.</source>
        <translation>Öffnet das Einstellungsfenster.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ends psoas-desk; no more break reminders until you start it again.</source>
        <translation>Beendet psoas-desk; bis zum nächsten Start gibt es keine Pausenerinnerungen mehr.</translation>
    </message>
    <message>
        <location filename="../../psoas_desk/ui/status_facts.py" line="+67"/>
        <source>Standing for</source>
        <translation>Stehen seit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Away for</source>
        <translation>Abwesend seit</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>none planned right now</source>
        <translation>gerade keine geplant</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../../psoas_desk/ui/status_panel.py" line="+87"/>
        <source>I&apos;m s&amp;itting</source>
        <translation>Ich s&amp;itze</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <location filename="../../psoas_desk/ui/status_facts.py" line="+14"/>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>outside your working hours</source>
        <translation>außerhalb deiner Arbeitszeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>turned off</source>
        <translation>ausgeschaltet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>due now</source>
        <translation>jetzt fällig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>after %1 more sitting</source>
        <translation>nach %1 weiterem Sitzen</translation>
    </message>
</context>
<context>
    <name>TrayController</name>
    <message>
        <location filename="../../psoas_desk/ui/tray_menu.py" line="+138"/>
        <source>psoas-desk menu</source>
        <translation>psoas-desk-Menü</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Starting…</source>
        <translation>Startet …</translation>
    </message>
    <message>
        <location line="+50"/>
        <location line="+9"/>
        <source>I&apos;m &amp;standing</source>
        <translation>Ich &amp;stehe</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>I just took a &amp;break</source>
        <translation>Ich habe gerade Pause &amp;gemacht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Pause reminders</source>
        <translation>Erinnerungen pausieren</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>&amp;30 minutes</source>
        <translation>&amp;30 Minuten</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>R&amp;outines</source>
        <translation>Pr&amp;ogramme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rea&amp;ding or watching</source>
        <translation>&amp;Lesen oder Zuschauen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;1 hour</source>
        <translation>&amp;1 Stunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;2 hours</source>
        <translation>&amp;2 Stunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until &amp;tomorrow</source>
        <translation>Bis &amp;morgen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Indefinitely</source>
        <translation>&amp;Unbegrenzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Posture &amp;checklist</source>
        <translation>Haltungs-&amp;Checkliste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>St&amp;atistics</source>
        <translation>St&amp;atistik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ettings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Start a routine</source>
        <translation>Ein Programm starten</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>I&apos;m s&amp;itting</source>
        <translation>Ich s&amp;itze</translation>
    </message>
</context>
<context>
    <name>TrayText</name>
    <message>
        <location filename="../../psoas_desk/ui/tray_text.py" line="+42"/>
        <source>Sitting</source>
        <translation>Sitzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standing</source>
        <translation>Stehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Away</source>
        <translation>Abwesend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Break due</source>
        <translation>Pause fällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taking a break</source>
        <translation>In der Pause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outside working hours</source>
        <translation>Außerhalb der Arbeitszeit</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Outside your working hours</source>
        <translation>Außerhalb deiner Arbeitszeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Away %1</source>
        <translation>Abwesend seit %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Standing %1</source>
        <translation>Stehen seit %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sitting %1</source>
        <translation>Sitzen seit %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Paused until you resume</source>
        <translation>Pausiert, bis du fortsetzt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Paused until %1</source>
        <translation>Pausiert bis %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paused until tomorrow, %1</source>
        <translation>Pausiert bis morgen, %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paused until %1, %2</source>
        <translation>Pausiert bis %1, %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Today: %1 sitting · longest %2</source>
        <translation>Heute: %1 gesessen · am längsten %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No idle-time source: counting wall-clock time</source>
        <translation>Keine Quelle für Inaktivität: Es zählt die Uhrzeit</translation>
    </message>
</context>
<context>
    <name>WelcomeWindow</name>
    <message>
        <location filename="../../psoas_desk/ui/welcome_window.py" line="+49"/>
        <location line="+16"/>
        <source>Welcome to psoas-desk</source>
        <translation>Willkommen bei psoas-desk</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>psoas-desk notices how long you sit and offers a short break every so often: a micro-break to stand up, and now and then a guided stretch for your hips.</source>
        <translation>psoas-desk merkt, wie lange du sitzt, und schlägt ab und zu eine kurze Pause vor: eine Kurzpause zum Aufstehen und hin und wieder eine angeleitete Dehnung für deine Hüften.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It lives in your system tray: the icon fills up as you sit. Click it for the status window; right-click it for the menu (pause, settings, quit).</source>
        <translation>Es wohnt im Infobereich der Kontrollleiste: Das Symbol füllt sich, während du sitzt. Ein Klick darauf öffnet das Statusfenster, ein Rechtsklick das Menü (Pause, Einstellungen, Beenden).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No system tray was found, so the psoas-desk status window is its home: closing it only minimises it. Quit from its button.</source>
        <translation>Es wurde kein Infobereich gefunden, daher wohnt psoas-desk in seinem Statusfenster: Schließen minimiert es nur. Beenden kannst du es über seine Schaltfläche.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>From a terminal: %1 status, %2 pause 30m, %3 --help.</source>
        <translation>Im Terminal: %1 status, %2 pause 30m, %3 --help.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Start psoas-desk when I log in</source>
        <translation>psoas-desk beim &amp;Anmelden starten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Off until you tick it. You can change it later under Settings, Startup.</source>
        <translation>Aus, bis du es ankreuzt. Du kannst es später unter Einstellungen, Start ändern.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You can change this later under Settings, Startup.</source>
        <translation>Du kannst das später unter Einstellungen, Start ändern.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start at login cannot be set up on this system.</source>
        <translation>Der Start beim Anmelden lässt sich auf diesem System nicht einrichten.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A good first step: go through the posture checklist to set up your chair, desk and screen (two minutes).</source>
        <translation>Ein guter erster Schritt: Geh die Haltungs-Checkliste durch und stelle Stuhl, Tisch und Bildschirm ein (zwei Minuten).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open the posture &amp;checklist</source>
        <translation>Haltungs-&amp;Checkliste öffnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Closes this window and opens the checklist for your chair and desk.</source>
        <translation>Schließt dieses Fenster und öffnet die Checkliste für Stuhl und Tisch.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Done</source>
        <translation>&amp;Fertig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Closes this window; psoas-desk keeps running.</source>
        <translation>Schließt dieses Fenster; psoas-desk läuft weiter.</translation>
    </message>
</context>
</TS>
