<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name>ArtView</name>
    <message>
        <location filename="../../psoas_desk/ui/art_view.py" line="+55"/>
        <source>Illustration</source>
        <translation>Ilustración</translation>
    </message>
</context>
<context>
    <name>Backdrop</name>
    <message>
        <location filename="../../psoas_desk/ui/break_backdrop.py" line="+78"/>
        <source>Break</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Break backdrop</source>
        <translation>Fondo de la pausa</translation>
    </message>
</context>
<context>
    <name>BreakKind</name>
    <message>
        <location filename="../../psoas_desk/ui/kind_texts.py" line="+37"/>
        <source>Stretch break</source>
        <translation>Pausa de estiramiento</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Micro-break</source>
        <translation>Micropausa</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Finish your sentence; it starts when you pause typing.</source>
        <translation>Termina la frase; empezará cuando dejes de escribir un momento.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>A few minutes to stretch your hips; it starts when you pause typing.</source>
        <translation>Unos minutos para estirar las caderas; empezará cuando dejes de escribir un momento.</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Micro-break at your next pause</source>
        <translation>Micropausa en tu próxima pausa</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Stretch break at your next pause</source>
        <translation>Pausa de estiramiento en tu próxima pausa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 away: counted as your stretch break</source>
        <translation>%1 fuera: contado como tu pausa de estiramiento</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>%1 away: counted as your micro-break</source>
        <translation>%1 fuera: contado como tu micropausa</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Time for a stretch</source>
        <translation>Hora de estirar</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Time for a short break</source>
        <translation>Hora de una pausa corta</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Micro-breaks</source>
        <translation>Micropausas</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Stretch breaks</source>
        <translation>Pausas de estiramiento</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>&amp;Micro-break now</source>
        <translation>&amp;Micropausa ahora</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>S&amp;tretch now</source>
        <translation>&amp;Estirar ahora</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Starts a short break to stand up and reset your posture.</source>
        <translation>Empieza una pausa corta para levantarte y recolocar tu postura.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Starts a guided stretch routine for your hips.</source>
        <translation>Empieza una rutina guiada de estiramientos para las caderas.</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Take a &amp;micro-break now</source>
        <translation>Hacer una &amp;micropausa ahora</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Start a s&amp;tretch routine</source>
        <translation>Empezar una rutina de &amp;estiramiento</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>micro-break at your next pause in typing</source>
        <translation>micropausa en tu próxima pausa al teclear</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>stretch break at your next pause in typing</source>
        <translation>pausa de estiramiento en tu próxima pausa al teclear</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>micro-break due now</source>
        <translation>micropausa pendiente ahora</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>stretch break due now</source>
        <translation>pausa de estiramiento pendiente ahora</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>micro-break waits for a quiet moment</source>
        <translation>la micropausa espera un momento tranquilo</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>stretch break waits for a quiet moment</source>
        <translation>la pausa de estiramiento espera un momento tranquilo</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>micro-break postponed, again in %1</source>
        <translation>micropausa pospuesta, de nuevo en %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>stretch break postponed, again in %1</source>
        <translation>pausa de estiramiento pospuesta, de nuevo en %1</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>micro-break after %1 more sitting</source>
        <translation>micropausa tras %1 más sentado</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>stretch break after %1 more sitting</source>
        <translation>pausa de estiramiento tras %1 más sentado</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>micro-break in %1</source>
        <translation>micropausa en %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>stretch break in %1</source>
        <translation>pausa de estiramiento en %1</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>In a micro-break · %1 left</source>
        <translation>En una micropausa · quedan %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>In a stretch break · %1 left</source>
        <translation>En una pausa de estiramiento · quedan %1</translation>
    </message>
</context>
<context>
    <name>BreakPopup</name>
    <message>
        <location filename="../../psoas_desk/ui/popup_base.py" line="+107"/>
        <source>&amp;Postpone</source>
        <translation>&amp;Posponer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Postpone</source>
        <translation>Posponer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Take this break a little later.</source>
        <translation>Tomar esta pausa un poco más tarde.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Skip</source>
        <translation>&amp;Saltar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Skip</source>
        <translation>Saltar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Leave this break out. Skips are limited per day.</source>
        <translation>Omitir esta pausa. Solo puedes saltar unas pocas al día.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+181"/>
        <source>&amp;Done</source>
        <translation>&amp;Listo</translation>
    </message>
    <message>
        <location line="-181"/>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message numerus="yes">
        <location line="+64"/>
        <source>&amp;Postpone (%n left)</source>
        <translation>
            <numerusform>&amp;Posponer (queda %n)</numerusform>
            <numerusform>&amp;Posponer (quedan %n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Postpone (%n left)</source>
        <translation>
            <numerusform>Posponer (queda %n)</numerusform>
            <numerusform>Posponer (quedan %n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>&amp;Skip (%n left today)</source>
        <translation>
            <numerusform>&amp;Saltar (hoy queda %n)</numerusform>
            <numerusform>&amp;Saltar (hoy quedan %n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Skip (%n left today)</source>
        <translation>
            <numerusform>Saltar (hoy queda %n)</numerusform>
            <numerusform>Saltar (hoy quedan %n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+80"/>
        <location line="+2"/>
        <source>Postpone by…</source>
        <translation>Posponer…</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Choose how long to put this break off.</source>
        <translation>Elige cuánto tiempo aplazar esta pausa.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 later</source>
        <translation>Dentro de %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Done in %1</source>
        <translation>Listo en %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Available in %1</source>
        <translation>Disponible en %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ends the break.</source>
        <translation>Termina la pausa.</translation>
    </message>
</context>
<context>
    <name>BreathPacer</name>
    <message>
        <location filename="../../psoas_desk/ui/breath_pacer.py" line="+151"/>
        <source>Breath phase</source>
        <translation>Fase de la respiración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seconds left in this phase</source>
        <translation>Segundos que quedan de esta fase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breathing pacer</source>
        <translation>Guía de respiración</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Breathe in</source>
        <translation>Inspira</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>Hold</source>
        <translation>Mantén</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Breathe out</source>
        <translation>Espira</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Breathe in for %1, hold for %2, breathe out for %3, then hold for %4.</source>
        <translation>Inspira durante %1, mantén %2, espira durante %3 y mantén %4.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Breathe in for %1, hold for %2, breathe out for %3.</source>
        <translation>Inspira durante %1, mantén %2 y espira durante %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Breathe in for %1, breathe out for %3, then hold for %4.</source>
        <translation>Inspira durante %1, espira durante %3 y mantén %4.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Breathe in for %1, breathe out for %3.</source>
        <translation>Inspira durante %1 y espira durante %3.</translation>
    </message>
</context>
<context>
    <name>ChecklistWindow</name>
    <message>
        <location filename="../../psoas_desk/ui/checklist_window.py" line="+80"/>
        <source>Posture checklist</source>
        <translation>Lista de comprobación de la postura</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Tick each point that is set up, or mark what you cannot change here. Done records the review once every point is answered.</source>
        <translation>Marca cada punto que ya está bien, o indica lo que no puedes cambiar aquí. Listo registra la revisión cuando todos los puntos tienen respuesta.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>C&amp;hecklist:</source>
        <translation>Li&amp;sta:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checklist</source>
        <translation>Lista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which checklist the window shows.</source>
        <translation>Qué lista muestra la ventana.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Done</source>
        <translation>&amp;Listo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Records that you went through the checklist and closes it.</source>
        <translation>Anota que has repasado la lista y la cierra.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closes without recording a review.</source>
        <translation>Cierra sin anotar un repaso.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Last reviewed %1</source>
        <translation>Último repaso: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not reviewed yet</source>
        <translation>Aún sin repasar</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>No checklist is available.</source>
        <translation>No hay ninguna lista disponible.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Can&apos;t change this here</source>
        <translation>No puedo cambiarlo aquí</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Can&apos;t change this here: %1</source>
        <translation>No puedo cambiarlo aquí: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answers this point when your desk or chair does not let you change it.</source>
        <translation>Responde a este punto cuando tu mesa o tu silla no te dejan cambiarlo.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 to answer</source>
        <translation>Faltan %1</translation>
    </message>
</context>
<context>
    <name>CountdownRing</name>
    <message>
        <location filename="../../psoas_desk/ui/countdown_ring.py" line="+85"/>
        <source>Time left</source>
        <translation>Tiempo restante</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Time is up</source>
        <translation>Se acabó el tiempo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 left</source>
        <translation>quedan %1</translation>
    </message>
</context>
<context>
    <name>DeskApp</name>
    <message>
        <location filename="../../psoas_desk/app/warning.py" line="+103"/>
        <source>Time to sit for a while?</source>
        <translation>¿Es momento de sentarte un rato?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You have been standing for %1. Switching now and then is what helps.</source>
        <translation>Llevas %1 de pie. Lo que ayuda es alternar de vez en cuando.</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>%1 in %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>It waits while you type, %1 at most.</source>
        <translation>Espera mientras escribes, como mucho %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 later</source>
        <translation>Dentro de %1</translation>
    </message>
    <message>
        <location filename="../../psoas_desk/app/windows.py" line="+122"/>
        <source>No system tray was found, so psoas-desk shows this window instead.</source>
        <translation>No se ha encontrado una bandeja del sistema, así que psoas-desk muestra esta ventana en su lugar.</translation>
    </message>
    <message>
        <location filename="../../psoas_desk/app/settings_effects.py" line="+55"/>
        <source>Could not change start at login: %1</source>
        <translation>No se ha podido cambiar el inicio al iniciar sesión: %1</translation>
    </message>
    <message>
        <location filename="../../psoas_desk/app/status.py" line="+90"/>
        <source>No idle-time source was found: psoas-desk counts wall-clock time and notices absence only by screen locks.</source>
        <translation>No se ha encontrado ninguna fuente de inactividad: psoas-desk cuenta el tiempo de reloj y solo detecta tu ausencia por el bloqueo de pantalla.</translation>
    </message>
    <message>
        <location filename="../../psoas_desk/app/controller.py" line="+374"/>
        <source>No audio output was found on this computer, so psoas-desk cannot play sounds. Breaks still come with their windows and notifications.</source>
        <translation>No se encontró ninguna salida de audio en este ordenador, así que psoas-desk no puede reproducir sonidos. Las pausas siguen llegando con sus ventanas y notificaciones.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sounds cannot play here (%1).</source>
        <translation>Aquí no se pueden reproducir sonidos (%1).</translation>
    </message>
    <message>
        <location filename="../../psoas_desk/app/absence_question.py" line="+68"/>
        <source>The time away stays counted as a break</source>
        <translation>El tiempo fuera sigue contando como pausa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“I was at my desk” can take it back within %1 of coming back, before you leave again or take a break.</source>
        <translation>«Estaba en mi sitio» solo puede deshacerlo en los %1 después de volver, antes de que te vayas otra vez o hagas una pausa.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No typing or pointing for a while. If you were reading or watching at your desk, say so and it counts as sitting.</source>
        <translation>Un rato sin teclado ni ratón. Si estabas leyendo o viendo algo en tu sitio, dilo y contará como tiempo sentado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I was at my desk</source>
        <translation>Estaba en mi sitio</translation>
    </message>
    <message>
        <location filename="../../psoas_desk/app/windowing.py" line="+210"/>
        <source>GNOME shows tray icons only with the “AppIndicator and KStatusNotifierItem Support” extension. Everything works without it: this window is your way in.</source>
        <translation>GNOME solo muestra iconos en la bandeja con la extensión «AppIndicator and KStatusNotifierItem Support». Sin ella todo funciona igual: esta ventana es tu acceso.</translation>
    </message>
</context>
<context>
    <name>FiguresPanel</name>
    <message>
        <location filename="../../psoas_desk/ui/stats_figures.py" line="+29"/>
        <source>Sitting</source>
        <translation>Sentado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A day on average</source>
        <translation>Media por día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longest bout</source>
        <translation>Racha más larga</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bouts over 30 min</source>
        <translation>Rachas de más de 30 min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bouts over 60 min</source>
        <translation>Rachas de más de 60 min</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Standing</source>
        <translation>De pie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sitting / standing</source>
        <translation>Sentado / de pie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breaks taken</source>
        <translation>Pausas hechas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Breaks postponed</source>
        <translation>Pausas pospuestas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breaks skipped</source>
        <translation>Pausas saltadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breaks worked through</source>
        <translation>Pausas sin dejar de trabajar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Natural breaks</source>
        <translation>Pausas por tu cuenta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stretch routines done</source>
        <translation>Rutinas de estiramiento hechas</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1% sitting, %2% standing</source>
        <translation>%1 % sentado, %2 % de pie</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Days in a row with no bout over %1</source>
        <translation>Días seguidos sin ninguna racha de más de %1</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <location filename="../../psoas_desk/ui/fmt.py" line="+32"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message numerus="yes">
        <location line="+77"/>
        <source>%n routine or checklist files could not be read; see the log.</source>
        <translation>
            <numerusform>No se ha podido leer %n archivo de rutinas o listas; consulta el registro.</numerusform>
            <numerusform>No se han podido leer %n archivos de rutinas o listas; consulta el registro.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MicroPopup</name>
    <message>
        <location filename="../../psoas_desk/ui/micro_popup.py" line="+89"/>
        <source>Open the &amp;checklist</source>
        <translation>Abrir la lista de &amp;comprobación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open the checklist</source>
        <translation>Abrir la lista de comprobación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens the whole set-up checklist to tick through.</source>
        <translation>Abre la lista completa de ajustes del puesto para ir marcándola.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Stand up, breathe, reset</source>
        <translation>Levántate, respira, recoloca la postura</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+67"/>
        <source>Then: %1</source>
        <translation>Después: %1</translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <location filename="../../psoas_desk/core/durations.py" line="+51"/>
        <location line="+22"/>
        <source>expected a duration such as 90, &quot;25m&quot; or &quot;1h30m&quot;, got %1</source>
        <translation>se espera una duración como 90, &quot;25m&quot; o &quot;1h30m&quot;, no %1</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>%1 has no unit; write e.g. &quot;%1m&quot; or &quot;%1s&quot;</source>
        <translation>%1 no tiene unidad; escribe p. ej. &quot;%1m&quot; o &quot;%1s&quot;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; has no unit; write e.g. &quot;%1m&quot; or &quot;%1s&quot;</source>
        <translation>&quot;%1&quot; no tiene unidad; escribe p. ej. &quot;%1m&quot; o &quot;%1s&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is not a duration; write e.g. &quot;45s&quot;, &quot;25m&quot; or &quot;1h30m&quot;</source>
        <translation>&quot;%1&quot; no es una duración; escribe p. ej. &quot;45s&quot;, &quot;25m&quot; o &quot;1h30m&quot;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a duration cannot be negative (%1 s)</source>
        <translation>una duración no puede ser negativa (%1 s)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 s is far too long for a duration</source>
        <translation>%1 s es demasiado largo para una duración</translation>
    </message>
    <message>
        <location filename="../../psoas_desk/core/schedule_types.py" line="+45"/>
        <source>start %1 min is outside the day</source>
        <translation>el inicio (%1 min) queda fuera del día</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>end %1 min is outside the day</source>
        <translation>el final (%1 min) queda fuera del día</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 ends before it starts; split a range that crosses midnight in two</source>
        <translation>%1 termina antes de empezar; divide en dos un intervalo que pase de medianoche</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is not a time range like &quot;09:00-17:30&quot;</source>
        <translation>%1 no es un intervalo como &quot;09:00-17:30&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 has an impossible time of day</source>
        <translation>%1 contiene una hora imposible</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>working hours need one entry per weekday</source>
        <translation>el horario de trabajo necesita una entrada por día de la semana</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 and %2 overlap</source>
        <translation>%1 y %2 se solapan</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>working hours must be a table of weekdays</source>
        <translation>el horario de trabajo debe ser una tabla de días de la semana</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown weekday %1; use %2</source>
        <translation>día de la semana desconocido %1; usa %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>expected a list of ranges like [&quot;09:00-12:00&quot;]</source>
        <translation>se espera una lista de intervalos como [&quot;09:00-12:00&quot;]</translation>
    </message>
    <message>
        <location filename="../../psoas_desk/core/settings_codec.py" line="+111"/>
        <source>expected true or false, got %1</source>
        <translation>se espera true o false, no %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected a whole number, got %1</source>
        <translation>se espera un número entero, no %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>expected one of %1, got %2</source>
        <translation>se espera uno de estos valores: %1; no %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected text, got %1</source>
        <translation>se espera texto, no %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is longer than %1 characters</source>
        <translation>tiene más de %1 caracteres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a language code like &quot;de&quot; or &quot;pt_PT&quot;</source>
        <translation>%1 no es un código de idioma como &quot;de&quot; o &quot;pt_PT&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>has too many entries</source>
        <translation>tiene demasiadas entradas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expected a list of names, got %1</source>
        <translation>se espera una lista de nombres, no %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be at least %1, got %2</source>
        <translation>debe ser al menos %1, no %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be at most %1, got %2</source>
        <translation>debe ser como máximo %1, no %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 is not a schema version; reading the file as version %2</source>
        <translation>%1 no es una versión de esquema; el archivo se lee como versión %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>this file was written by a newer psoas-desk (settings version %1); options this version does not know are kept as they are</source>
        <translation>este archivo lo escribió un psoas-desk más reciente (versión de ajustes %1); las opciones que esta versión no conoce se conservan tal cual</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>expected a table of options, got %1; using the defaults</source>
        <translation>se espera una tabla de opciones, no %1; se usan los valores predeterminados</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1; using the default working hours</source>
        <translation>%1; se usa el horario de trabajo predeterminado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1; using the default %2</source>
        <translation>%1; se usa el valor predeterminado %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1; using the break length</source>
        <translation>%1; se usa la duración de la pausa</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>is longer than the break itself (%1)</source>
        <translation>es más larga que la propia pausa (%1)</translation>
    </message>
    <message>
        <location filename="../../psoas_desk/storage/settings_store.py" line="+148"/>
        <source>could not save settings to %1: %2</source>
        <translation>no se pudieron guardar los ajustes en %1: %2</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 is a folder, not a settings file; using the defaults</source>
        <translation>%1 es una carpeta, no un archivo de ajustes; se usan los valores predeterminados</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not a regular file; using the defaults</source>
        <translation>%1 no es un archivo normal; se usan los valores predeterminados</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is larger than 1 MiB, so it is not a settings file; using the defaults</source>
        <translation>%1 ocupa más de 1 MiB, así que no es un archivo de ajustes; se usan los valores predeterminados</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>could not read %1: %2; using the defaults</source>
        <translation>no se pudo leer %1: %2; se usan los valores predeterminados</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not UTF-8 text (byte %2); using the defaults</source>
        <translation>%1 no es texto UTF-8 (byte %2); se usan los valores predeterminados</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not valid TOML (%2); using the defaults</source>
        <translation>%1 no es TOML válido (%2); se usan los valores predeterminados</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <location filename="../../psoas_desk/i18n.py" line="+66"/>
        <source>&amp;OK</source>
        <translation>&amp;Aceptar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location line="-8"/>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore Defaults</source>
        <translation>Restablecer valores predeterminados</translation>
    </message>
</context>
<context>
    <name>RoutineMenu</name>
    <message>
        <location filename="../../psoas_desk/ui/routine_menu.py" line="+64"/>
        <source>At your desk</source>
        <translation>En tu mesa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>At home</source>
        <translation>En casa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breathing</source>
        <translation>Respiración</translation>
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
        <translation>&amp;Anterior</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Previous step</source>
        <translation>Paso anterior</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+40"/>
        <source>Pa&amp;use</source>
        <translation>Pa&amp;usa</translation>
    </message>
    <message>
        <location line="-45"/>
        <location line="+46"/>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Sta&amp;rt now</source>
        <translation>&amp;Empezar ya</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start now</source>
        <translation>Empezar ya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starts the first step.</source>
        <translation>Empieza el primer paso.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Goes back to the start of the step before.</source>
        <translation>Vuelve al principio del paso anterior.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+46"/>
        <source>Stops the clock; the step waits for you.</source>
        <translation>Detiene el reloj; el paso te espera.</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>&amp;Next</source>
        <translation>Si&amp;guiente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next step</source>
        <translation>Paso siguiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goes on to the next step now.</source>
        <translation>Pasa ahora al paso siguiente.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to the steps</source>
        <translation>Volver a los pasos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Goes back to the first step you did not follow.</source>
        <translation>Vuelve al primer paso que no hiciste.</translation>
    </message>
    <message>
        <location filename="../../psoas_desk/ui/routine_player.py" line="+258"/>
        <source>Step %1 of %2</source>
        <translation>Paso %1 de %2</translation>
    </message>
    <message>
        <location filename="../../psoas_desk/ui/routine_steps.py" line="+73"/>
        <source>Left side</source>
        <translation>Lado izquierdo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Right side</source>
        <translation>Lado derecho</translation>
    </message>
    <message>
        <location filename="../../psoas_desk/ui/routine_pages.py" line="+209"/>
        <source>Well done — %1 of slow breathing</source>
        <translation>¡Bien hecho! %1 de respiración lenta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Well done — %1 of stretching</source>
        <translation>¡Bien hecho! %1 de estiramientos</translation>
    </message>
    <message>
        <location filename="../../psoas_desk/ui/routine_controls.py" line="+31"/>
        <source>Starts the clock again.</source>
        <translation>Vuelve a poner en marcha el reloj.</translation>
    </message>
    <message>
        <location filename="../../psoas_desk/ui/routine_player.py" line="+42"/>
        <location filename="../../psoas_desk/ui/routine_steps.py" line="-18"/>
        <source>paused</source>
        <translation>en pausa</translation>
    </message>
    <message>
        <location filename="../../psoas_desk/ui/routine_controls.py" line="-43"/>
        <location line="+41"/>
        <source>Res&amp;ume</source>
        <translation>Rea&amp;nudar</translation>
    </message>
    <message>
        <location filename="../../psoas_desk/ui/routine_pages.py" line="+1"/>
        <source>All %1 steps followed.</source>
        <translation>Hechos los %1 pasos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Routine ended early</source>
        <translation>Rutina terminada antes de tiempo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 steps followed, %3 in all.</source>
        <translation>%1 de %2 pasos hechos, %3 en total.</translation>
    </message>
    <message>
        <location filename="../../psoas_desk/ui/routine_controls.py" line="+10"/>
        <source>&amp;Back to step %1</source>
        <translation>&amp;Volver al paso %1</translation>
    </message>
    <message>
        <location filename="../../psoas_desk/ui/routine_player.py" line="-13"/>
        <source>Starts by itself in %1</source>
        <translation>Empieza sola dentro de %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Not counted as a break.</source>
        <translation>No cuenta como pausa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closes by itself in %1</source>
        <translation>Se cierra solo dentro de %1</translation>
    </message>
    <message>
        <location filename="../../psoas_desk/ui/routine_controls.py" line="-9"/>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <location filename="../../psoas_desk/ui/routine_pages.py" line="-117"/>
        <source>Before you start</source>
        <translation>Antes de empezar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On the floor, on a mat or rug; about %1.</source>
        <translation>En el suelo, sobre una esterilla o una alfombra; unos %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At your desk; about %1.</source>
        <translation>Junto a tu mesa; unos %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Details</source>
        <translation>&amp;Detalles</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shows every safety note in full.</source>
        <translation>Muestra todos los avisos de seguridad completos.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Safety notes in full</source>
        <translation>Avisos de seguridad completos</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>&amp;Back</source>
        <translation>&amp;Volver</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back</source>
        <translation>Volver</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Goes back to the page before.</source>
        <translation>Vuelve a la página anterior.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../psoas_desk/core/settings.py" line="+33"/>
        <source>Breaks</source>
        <translation>Pausas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presence</source>
        <translation>Presencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schedule</source>
        <translation>Horario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Popups</source>
        <translation>Ventanas</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+213"/>
        <source>Sounds</source>
        <translation>Sonidos</translation>
    </message>
    <message>
        <location line="-212"/>
        <source>Startup</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location line="+59"/>
        <location filename="../../psoas_desk/ui/routine_list_editor.py" line="+40"/>
        <source>Micro-breaks</source>
        <translation>Micropausas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Short pauses to stand up, breathe and reset your posture.</source>
        <translation>Pausas cortas para levantarte, respirar y recolocar tu postura.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Micro-break every</source>
        <translation>Micropausa cada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Minutes of sitting between micro-breaks.</source>
        <translation>Minutos sentado entre una micropausa y la siguiente.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Micro-break length</source>
        <translation>Duración de la micropausa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How long a micro-break lasts.</source>
        <translation>Cuánto dura una micropausa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Micro-break can end after</source>
        <translation>La micropausa puede terminar tras</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+24"/>
        <source>Done becomes available after this much of the break.</source>
        <translation>«Listo» se activa tras este tiempo de pausa.</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Postpone micro-break by</source>
        <translation>Posponer la micropausa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How long Postpone puts a micro-break off.</source>
        <translation>Cuánto retrasa «Posponer» una micropausa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Postpones per micro-break</source>
        <translation>Aplazamientos por micropausa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How often one micro-break can be put off (0: never).</source>
        <translation>Cuántas veces se puede posponer una micropausa (0: nunca).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Posture check every</source>
        <translation>Revisión de postura cada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every Nth micro-break shows the posture checklist (0: never).</source>
        <translation>Cada enésima micropausa muestra la lista de la postura (0: nunca).</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../psoas_desk/ui/routine_list_editor.py" line="+1"/>
        <source>Stretch breaks</source>
        <translation>Pausas de estiramiento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Longer guided breaks that stretch the hip flexors.</source>
        <translation>Pausas guiadas más largas para estirar los flexores de la cadera.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stretch break every</source>
        <translation>Pausa de estiramiento cada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Minutes of sitting between stretch breaks.</source>
        <translation>Minutos sentado entre una pausa de estiramiento y la siguiente.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stretch break length</source>
        <translation>Duración de la pausa de estiramiento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>About how long a guided stretch routine takes.</source>
        <translation>Más o menos lo que dura una rutina de estiramientos guiada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stretch break can end after</source>
        <translation>La pausa de estiramiento puede terminar tras</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Postpone stretch break by</source>
        <translation>Posponer la pausa de estiramiento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How long Postpone puts a stretch break off.</source>
        <translation>Cuánto retrasa «Posponer» una pausa de estiramiento.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Postpones per stretch break</source>
        <translation>Aplazamientos por pausa de estiramiento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How often one stretch break can be put off (0: never).</source>
        <translation>Cuántas veces se puede posponer una pausa de estiramiento (0: nunca).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Warn before a break</source>
        <translation>Avisar antes de una pausa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A notification this long before a break (0: no warning).</source>
        <translation>Una notificación con esta antelación a la pausa (0: sin aviso).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wait for a typing pause of</source>
        <translation>Esperar una pausa al escribir de</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A due break waits until you stop typing for this long.</source>
        <translation>Una pausa pendiente espera a que dejes de escribir durante este tiempo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show anyway after</source>
        <translation>Mostrar de todos modos tras</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>If you keep typing, the break shows after this long.</source>
        <translation>Si sigues escribiendo, la pausa aparece pasado este tiempo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skips per day</source>
        <translation>Pausas que puedes saltar al día</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How many breaks you can skip each day.</source>
        <translation>Cuántas pausas puedes saltarte cada día.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Strict mode</source>
        <translation>Modo estricto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No Postpone or Skip buttons: every break is taken.</source>
        <translation>Sin botones para posponer ni saltar: se hacen todas las pausas.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Away after no input for</source>
        <translation>Ausente tras no usar el equipo durante</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Until then, no input means you are reading or thinking at your desk.</source>
        <translation>Hasta entonces, no usar el teclado ni el ratón significa que lees o piensas en tu mesa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A break on your own counts from</source>
        <translation>Una pausa por tu cuenta cuenta desde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Being away this long ends the sitting bout and counts as a micro-break.</source>
        <translation>Estar fuera este tiempo termina el periodo sentado y cuenta como micropausa.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calls and videos mean I am here</source>
        <translation>Las llamadas y los vídeos indican que estoy presente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A call, a playing video or a camera in use keeps you present without input.</source>
        <translation>Una llamada, un vídeo en reproducción o una cámara en uso te mantienen presente sin usar el teclado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trust calls and videos for up to</source>
        <translation>Confiar en llamadas y vídeos hasta</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Remind me to sit down</source>
        <translation>Recordarme que me siente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Suggest switching back after standing for a while.</source>
        <translation>Sugiere volver a cambiar tras un rato de pie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suggest sitting after</source>
        <translation>Sugerir sentarse tras</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Standing time before the reminder.</source>
        <translation>Tiempo de pie antes del recordatorio.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hold breaks during presentations</source>
        <translation>Retener las pausas durante presentaciones</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Breaks wait while you present, share your screen or are in a meeting.</source>
        <translation>Las pausas esperan mientras presentas, compartes pantalla o estás en una reunión.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full-screen windows</source>
        <translation>Ventanas a pantalla completa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A full-screen window in front holds breaks.</source>
        <translation>Una ventana a pantalla completa en primer plano retiene las pausas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Camera in use</source>
        <translation>Cámara en uso</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A camera in use (a video call) holds breaks.</source>
        <translation>Una cámara en uso (una videollamada) retiene las pausas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Desktop do-not-disturb</source>
        <translation>«No molestar» del escritorio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The desktop&apos;s own do-not-disturb mode holds breaks.</source>
        <translation>El modo «No molestar» del propio escritorio retiene las pausas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offer held breaks after</source>
        <translation>Ofrecer las pausas retenidas tras</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Once the presentation ends, a held break comes this much later.</source>
        <translation>Al terminar la presentación, la pausa retenida llega este tiempo después.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A new day starts at</source>
        <translation>Un nuevo día empieza a las</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hour of the day when the daily figures and skips reset.</source>
        <translation>Hora del día en que se reinician las cifras diarias y las pausas saltadas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only during working hours</source>
        <translation>Solo en horario laboral</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outside these hours psoas-desk keeps quiet.</source>
        <translation>Fuera de este horario, psoas-desk no te molesta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Working hours</source>
        <translation>Horario laboral</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Times per weekday, e.g. 09:00-12:30 and 13:30-17:30.</source>
        <translation>Horas por día de la semana, p. ej. 09:00-12:30 y 13:30-17:30.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Show breaks as</source>
        <translation>Mostrar las pausas como</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A window; a window with the screens dimmed around it; or filling the screens. On sway and other native Wayland desktops a break is always a window.</source>
        <translation>Una ventana; una ventana con las pantallas atenuadas alrededor; o a pantalla completa. En sway y otros escritorios Wayland nativos, una pausa siempre es una ventana.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show breaks on every screen</source>
        <translation>Mostrar las pausas en todas las pantallas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Otherwise the break shows on the screen with the mouse pointer.</source>
        <translation>Si no, la pausa aparece en la pantalla donde está el puntero del ratón.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ignore keys for</source>
        <translation>Ignorar las teclas durante</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Key presses right after a break appears are ignored.</source>
        <translation>Se ignoran las teclas pulsadas justo cuando aparece una pausa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Explain why</source>
        <translation>Explicar el motivo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show a short line on why each break helps.</source>
        <translation>Muestra una línea breve sobre por qué ayuda cada pausa.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Colours</source>
        <translation>Colores</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Follow the system, or always light or dark.</source>
        <translation>Como el sistema, o siempre claro u oscuro.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reduce motion</source>
        <translation>Reducir el movimiento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Replace the breathing animation with calm text. Turning animations off for the whole desktop does the same.</source>
        <translation>Sustituye la animación de respiración por un texto tranquilo. Desactivar las animaciones en todo el escritorio tiene el mismo efecto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The language of the windows; the system&apos;s unless you choose one.</source>
        <translation>El idioma de las ventanas; el del sistema si no eliges otro.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Break windows on Wayland</source>
        <translation>Ventanas de pausa en Wayland</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automatic uses X11 (XWayland) on GNOME and KDE, where it keeps breaks on top without taking your keyboard. Applies after a restart.</source>
        <translation>«Automático» usa X11 (XWayland) en GNOME y KDE, donde las pausas quedan delante sin quitarte el teclado. Se aplica tras reiniciar.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Older history is deleted after this many days; Forever keeps all of it.</source>
        <translation>El historial más antiguo se borra pasados estos días; «Siempre» lo conserva todo.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Routines to use</source>
        <translation>Rutinas que se usan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Checked routines can be picked for a break; clear a check to leave one out.</source>
        <translation>Las rutinas marcadas pueden elegirse para una pausa; desmarca una para dejarla fuera.</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>A soft sound when a break starts and ends.</source>
        <translation>Un sonido suave al empezar y al terminar una pausa.</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>After this long without input you count as away even if a video plays, or you read with &quot;Reading or watching&quot; on.</source>
        <translation>Pasado este tiempo sin usar el equipo, cuentas como ausente aunque haya un vídeo o tengas activado «Leyendo o viendo algo».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ask when time away counted as a break</source>
        <translation>Preguntar cuando una ausencia cuente como pausa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After time without input (no lock, no sleep) that counted as a break, a notification lets you say you were at your desk.</source>
        <translation>Si un rato sin usar el equipo (sin bloqueo ni suspensión) contó como pausa, una notificación te deja decir que seguías en tu sitio.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Loudness of the break sounds.</source>
        <translation>Volumen de los sonidos de las pausas.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Start at login</source>
        <translation>Iniciar al iniciar sesión</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start psoas-desk when you log in.</source>
        <translation>Inicia psoas-desk cuando inicias sesión.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep history for</source>
        <translation>Conservar el historial durante</translation>
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
        <translation>…y %1 más.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A copy of the file as it was is kept at %1</source>
        <translation>Se guarda una copia del archivo original en %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your settings file had problems, so some settings were reset to their defaults.</source>
        <translation>Tu archivo de ajustes tenía problemas, así que algunos ajustes han vuelto a sus valores predeterminados.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your settings file could not be used as it was.</source>
        <translation>Tu archivo de ajustes no se podía usar tal como estaba.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location filename="../../psoas_desk/ui/hours_editor.py" line="-30"/>
        <source>No working hours</source>
        <translation>Sin horario laboral</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../../psoas_desk/ui/routine_list_editor.py" line="+1"/>
        <source>At home</source>
        <translation>En casa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breathing</source>
        <translation>Respiración</translation>
    </message>
    <message>
        <location filename="../../psoas_desk/ui/setting_editors.py" line="+180"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%</source>
        <translation> %</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> breaks</source>
        <translation> pausas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>enter a whole number</source>
        <translation>escribe un número entero</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Forever</source>
        <translation>Siempre</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Follow the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automatic</source>
        <translation>Automático</translation>
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
        <translation>Una ventana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A window, screens dimmed</source>
        <translation>Una ventana, pantallas atenuadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full screen</source>
        <translation>Pantalla completa</translation>
    </message>
    <message>
        <location filename="../../psoas_desk/ui/choice_editors.py" line="+68"/>
        <source>System language (%1)</source>
        <translation>Idioma del sistema (%1)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (no translation: screens in English)</source>
        <translation>%1 (sin traducción: ventanas en inglés)</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Pla&amp;y a sample</source>
        <translation>Escuc&amp;har una muestra</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plays the break sound at this volume.</source>
        <translation>Reproduce el sonido de pausa a este volumen.</translation>
    </message>
</context>
<context>
    <name>SettingsWindow</name>
    <message>
        <location filename="../../psoas_desk/ui/settings_window.py" line="+91"/>
        <source>psoas-desk settings</source>
        <translation>Ajustes de psoas-desk</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Settings pages</source>
        <translation>Páginas de ajustes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the page to show. Ctrl+Page Down and Ctrl+Page Up move between pages.</source>
        <translation>Elige la página que se muestra. Ctrl+Av Pág y Ctrl+Re Pág cambian de página.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Saves your changes and closes the window.</source>
        <translation>Guarda tus cambios y cierra la ventana.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closes the window without saving your changes.</source>
        <translation>Cierra la ventana sin guardar tus cambios.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saves your changes and keeps the window open.</source>
        <translation>Guarda tus cambios y deja la ventana abierta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore page &amp;defaults</source>
        <translation>Valores pre&amp;determinados de la página</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sets the options on the page shown back to their defaults.</source>
        <translation>Devuelve las opciones de la página mostrada a sus valores predeterminados.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Your settings could not be saved.</source>
        <translation>No se han podido guardar tus ajustes.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Correct the marked values to save your settings.</source>
        <translation>Corrige los valores marcados para guardar tus ajustes.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1 (has values to correct)</source>
        <translation>%1 (tiene valores que corregir)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Restore defaults</source>
        <translation>Restablecer valores predeterminados</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing is saved until you press OK or Apply.</source>
        <translation>No se guarda nada hasta que pulses «Aceptar» o «Aplicar».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Set every option on the “%1” page back to its default?</source>
        <translation>¿Devolver todas las opciones de la página «%1» a sus valores predeterminados?</translation>
    </message>
</context>
<context>
    <name>StatsCharts</name>
    <message>
        <location filename="../../psoas_desk/ui/stats_charts.py" line="+63"/>
        <source>Sitting</source>
        <translation>Sentado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Standing</source>
        <translation>De pie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Away</source>
        <translation>Ausente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Breaks</source>
        <translation>Pausas</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Sitting and standing per day</source>
        <translation>Sentado y de pie por día</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+162"/>
        <source>%1: %2 sitting, %3 standing</source>
        <translation>%1: %2 sentado, %3 de pie</translation>
    </message>
    <message>
        <location filename="../../psoas_desk/ui/stats_timeline.py" line="+30"/>
        <source>%1 to %2 (%3)</source>
        <translation>de %1 a %2 (%3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>now</source>
        <translation>ahora</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>taken</source>
        <translation>hecha</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>postponed</source>
        <translation>pospuesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skipped</source>
        <translation>saltada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>taken while away</source>
        <translation>hecha mientras estabas fuera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>worked through</source>
        <translation>seguiste trabajando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>withdrawn</source>
        <translation>retirada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>on screen</source>
        <translation>en pantalla</translation>
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
        <translation>Cronología del día</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+92"/>
        <source>Nothing recorded on this day.</source>
        <translation>No hay nada registrado este día.</translation>
    </message>
</context>
<context>
    <name>StatsWindow</name>
    <message>
        <location filename="../../psoas_desk/ui/stats_window.py" line="+86"/>
        <location line="+2"/>
        <source>psoas-desk statistics</source>
        <translation>Estadísticas de psoas-desk</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Which days the figures and the chart below cover.</source>
        <translation>Qué días abarcan las cifras y el gráfico de abajo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Today</source>
        <translation>&amp;Hoy</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Figures for today</source>
        <translation>Cifras de hoy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last &amp;7 days</source>
        <translation>Últimos &amp;7 días</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Figures for the last 7 days</source>
        <translation>Cifras de los últimos 7 días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last &amp;30 days</source>
        <translation>Últimos &amp;30 días</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Figures for the last 30 days</source>
        <translation>Cifras de los últimos 30 días</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sitting and standing per day</source>
        <translation>Sentado y de pie por día</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Click a day, or use the arrow keys, to see it below.</source>
        <translation>Haz clic en un día, o usa las flechas, para verlo abajo.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Export &amp;CSV…</source>
        <translation>Exportar &amp;CSV…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;JSON…</source>
        <translation>Exportar &amp;JSON…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete all history…</source>
        <translation>&amp;Borrar todo el historial…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;lose</source>
        <translation>Ce&amp;rrar</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saves one row per sitting bout and per break to a file you choose.</source>
        <translation>Guarda una fila por cada periodo sentado y por cada pausa en el archivo que elijas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saves the whole history to a file you choose.</source>
        <translation>Guarda todo el historial en el archivo que elijas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asks first, then deletes every recorded bout, break and day.</source>
        <translation>Pregunta primero y luego borra todos los periodos, pausas y días registrados.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closes the statistics window.</source>
        <translation>Cierra la ventana de estadísticas.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The history could not be read (%1).</source>
        <translation>No se ha podido leer el historial (%1).</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Saved %n records to %1.</source>
        <translation>
            <numerusform>Se ha guardado %n registro en %1.</numerusform>
            <numerusform>Se han guardado %n registros en %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../psoas_desk/ui/history_text.py" line="+26"/>
        <source>This history was written by a newer version of psoas-desk. It is shown as it is, and nothing new is recorded until psoas-desk is updated.</source>
        <translation>Este historial lo escribió una versión más reciente de psoas-desk. Se muestra tal cual y no se registra nada nuevo hasta que actualices psoas-desk.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The history file could not be read, so a new one was started. The old file was kept at %1.</source>
        <translation>No se ha podido leer el archivo del historial, así que se ha empezado uno nuevo. El archivo antiguo se ha guardado en %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The history cannot be saved right now (%1); psoas-desk keeps trying.</source>
        <translation>Ahora mismo no se puede guardar el historial (%1); psoas-desk lo sigue intentando.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recent events could not be saved (%1); psoas-desk will try again.</source>
        <translation>No se han podido guardar los últimos eventos (%1); psoas-desk lo volverá a intentar.</translation>
    </message>
    <message>
        <location filename="../../psoas_desk/app/state.py" line="+38"/>
        <location filename="../../psoas_desk/ui/stats_window.py" line="+5"/>
        <source>Could not save %1: %2</source>
        <translation>No se ha podido guardar %1: %2</translation>
    </message>
    <message>
        <location filename="../../psoas_desk/ui/stats_window.py" line="+4"/>
        <source>All history was deleted.</source>
        <translation>Se ha borrado todo el historial.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The history could not be deleted: %1</source>
        <translation>No se ha podido borrar el historial: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 to %2</source>
        <translation>Del %1 al %2</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The day so far</source>
        <translation>El día hasta ahora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Today, %1</source>
        <translation>Hoy, %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Timeline of %1</source>
        <translation>Cronología de %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Export history as CSV</source>
        <translation>Exportar el historial como CSV</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export history as JSON</source>
        <translation>Exportar el historial como JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete all history?</source>
        <translation>¿Borrar todo el historial?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This deletes every recorded sitting bout, break and day from this computer. It cannot be undone. Today&apos;s figures in the tray stay until the day ends.</source>
        <translation>Esto borra de este equipo todos los periodos sentado, pausas y días registrados. No se puede deshacer. Las cifras de hoy en la bandeja se mantienen hasta que termine el día.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete all history</source>
        <translation>Borrar todo el historial</translation>
    </message>
</context>
<context>
    <name>StatusPanel</name>
    <message>
        <location filename="../../psoas_desk/ui/status_panel.py" line="+52"/>
        <source>psoas-desk status</source>
        <translation>Estado de psoas-desk</translation>
    </message>
    <message>
        <location filename="../../psoas_desk/ui/status_facts.py" line="+74"/>
        <source>State icon</source>
        <translation>Icono de estado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+83"/>
        <source>Sitting bout</source>
        <translation>Tiempo sentado</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>Next break</source>
        <translation>Próxima pausa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sitting</source>
        <translation>Sentado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longest bout</source>
        <translation>Racha más larga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standing</source>
        <translation>De pie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breaks taken</source>
        <translation>Pausas hechas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breaks postponed</source>
        <translation>Pausas pospuestas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breaks skipped</source>
        <translation>Pausas saltadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breaks worked through</source>
        <translation>Pausas sin dejar de trabajar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Natural breaks</source>
        <translation>Pausas por tu cuenta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Setup</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last checklist review</source>
        <translation>Último repaso de la lista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Idle detection</source>
        <translation>Detección de inactividad</translation>
    </message>
    <message>
        <location filename="../../psoas_desk/ui/status_panel.py" line="+49"/>
        <source>R&amp;outines</source>
        <translation>Rut&amp;inas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I just took a &amp;break</source>
        <translation>Acabo de hacer una pa&amp;usa</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+109"/>
        <source>I&apos;m &amp;standing</source>
        <translation>Estoy de &amp;pie</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>Rea&amp;ding or watching</source>
        <translation>Leyendo o &amp;viendo algo</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+111"/>
        <source>&amp;Pause 30 min</source>
        <translation>P&amp;ausar 30 min</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>Posture &amp;checklist</source>
        <translation>&amp;Lista de postura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>St&amp;atistics</source>
        <translation>Es&amp;tadísticas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ettings</source>
        <translation>A&amp;justes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit psoas-desk</source>
        <translation>&amp;Salir de psoas-desk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose any routine to start now: at your desk, at home or breathing.</source>
        <translation>Elige cualquier rutina para empezarla ahora: en tu mesa, en casa o de respiración.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counts a break you just took on your own; the sitting clock starts again.</source>
        <translation>Cuenta una pausa que acabas de hacer por tu cuenta; el tiempo sentado vuelve a empezar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tells psoas-desk whether you sit or stand now.</source>
        <translation>Indica a psoas-desk si ahora estás sentado o de pie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time without typing counts as sitting, not as away, until you type again.</source>
        <translation>El tiempo sin teclear cuenta como sentado, no como ausencia, hasta que vuelvas a teclear.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pauses or resumes the break reminders.</source>
        <translation>Pausa o reanuda los recordatorios de pausa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens the checklist for setting up your desk and chair.</source>
        <translation>Abre la lista para ajustar tu mesa y tu silla.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens your sitting and break history.</source>
        <translation>Abre tu historial de tiempo sentado y pausas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens the settings window.</source>
        <translation>Abre la ventana de ajustes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ends psoas-desk; no more break reminders until you start it again.</source>
        <translation>Cierra psoas-desk; no habrá más recordatorios hasta que lo vuelvas a abrir.</translation>
    </message>
    <message>
        <location filename="../../psoas_desk/ui/status_facts.py" line="+67"/>
        <source>Standing for</source>
        <translation>De pie desde hace</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Away for</source>
        <translation>Ausente desde hace</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>none planned right now</source>
        <translation>ninguna prevista ahora</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>not yet</source>
        <translation>todavía no</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <location filename="../../psoas_desk/ui/status_panel.py" line="+87"/>
        <source>I&apos;m s&amp;itting</source>
        <translation>Estoy senta&amp;do</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Resume</source>
        <translation>&amp;Reanudar</translation>
    </message>
    <message>
        <location filename="../../psoas_desk/ui/status_facts.py" line="+14"/>
        <source>paused</source>
        <translation>en pausa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>outside your working hours</source>
        <translation>fuera de tu horario de trabajo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>turned off</source>
        <translation>desactivadas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>due now</source>
        <translation>toca ahora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in %1</source>
        <translation>dentro de %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>after %1 more sitting</source>
        <translation>tras %1 más sentado</translation>
    </message>
</context>
<context>
    <name>TrayController</name>
    <message>
        <location filename="../../psoas_desk/ui/tray_menu.py" line="+138"/>
        <source>psoas-desk menu</source>
        <translation>Menú de psoas-desk</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <location line="+50"/>
        <location line="+9"/>
        <source>I&apos;m &amp;standing</source>
        <translation>Estoy de &amp;pie</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>I just took a &amp;break</source>
        <translation>Acabo de hacer una pa&amp;usa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Pause</source>
        <translation>P&amp;ausar</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Pause reminders</source>
        <translation>Pausar los recordatorios</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>&amp;30 minutes</source>
        <translation>&amp;30 minutos</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>R&amp;outines</source>
        <translation>Rut&amp;inas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rea&amp;ding or watching</source>
        <translation>Leyendo o &amp;viendo algo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;1 hour</source>
        <translation>&amp;1 hora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;2 hours</source>
        <translation>&amp;2 horas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until &amp;tomorrow</source>
        <translation>Hasta &amp;mañana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Indefinitely</source>
        <translation>&amp;Indefinidamente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Resume</source>
        <translation>&amp;Reanudar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Posture &amp;checklist</source>
        <translation>&amp;Lista de postura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>St&amp;atistics</source>
        <translation>Es&amp;tadísticas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ettings</source>
        <translation>A&amp;justes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Start a routine</source>
        <translation>Empezar una rutina</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>I&apos;m s&amp;itting</source>
        <translation>Estoy senta&amp;do</translation>
    </message>
</context>
<context>
    <name>TrayText</name>
    <message>
        <location filename="../../psoas_desk/ui/tray_text.py" line="+42"/>
        <source>Sitting</source>
        <translation>Sentado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standing</source>
        <translation>De pie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Away</source>
        <translation>Ausente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Break due</source>
        <translation>Pausa pendiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taking a break</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused</source>
        <translation>En espera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outside working hours</source>
        <translation>Fuera del horario laboral</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Outside your working hours</source>
        <translation>Fuera de tu horario laboral</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Away %1</source>
        <translation>Ausente desde hace %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Standing %1</source>
        <translation>De pie desde hace %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sitting %1</source>
        <translation>Sentado desde hace %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Paused until you resume</source>
        <translation>En espera hasta que reanudes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Paused until %1</source>
        <translation>En espera hasta las %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paused until tomorrow, %1</source>
        <translation>En espera hasta mañana a las %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paused until %1, %2</source>
        <translation>En espera hasta el %1 a las %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Today: %1 sitting · longest %2</source>
        <translation>Hoy: %1 sentado · racha más larga %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No idle-time source: counting wall-clock time</source>
        <translation>Sin fuente de inactividad: se cuenta el tiempo de reloj</translation>
    </message>
</context>
<context>
    <name>WelcomeWindow</name>
    <message>
        <location filename="../../psoas_desk/ui/welcome_window.py" line="+49"/>
        <location line="+16"/>
        <source>Welcome to psoas-desk</source>
        <translation>Te damos la bienvenida a psoas-desk</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>psoas-desk notices how long you sit and offers a short break every so often: a micro-break to stand up, and now and then a guided stretch for your hips.</source>
        <translation>psoas-desk nota cuánto tiempo pasas sentado y te propone de vez en cuando una pausa corta: una micropausa para levantarte y, cada cierto tiempo, un estiramiento guiado para las caderas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It lives in your system tray: the icon fills up as you sit. Click it for the status window; right-click it for the menu (pause, settings, quit).</source>
        <translation>Vive en la bandeja del sistema: el icono se llena mientras estás sentado. Haz clic en él para la ventana de estado y clic derecho para el menú (pausar, ajustes, salir).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No system tray was found, so the psoas-desk status window is its home: closing it only minimises it. Quit from its button.</source>
        <translation>No se encontró una bandeja del sistema, así que psoas-desk vive en su ventana de estado: al cerrarla solo se minimiza. Para salir, usa su botón.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>From a terminal: %1 status, %2 pause 30m, %3 --help.</source>
        <translation>Desde una terminal: %1 status, %2 pause 30m, %3 --help.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Start psoas-desk when I log in</source>
        <translation>&amp;Iniciar psoas-desk al iniciar sesión</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Off until you tick it. You can change it later under Settings, Startup.</source>
        <translation>Desactivado hasta que lo marques. Puedes cambiarlo más tarde en Ajustes, Inicio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You can change this later under Settings, Startup.</source>
        <translation>Puedes cambiarlo más tarde en Ajustes, Inicio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start at login cannot be set up on this system.</source>
        <translation>En este sistema no se puede configurar el inicio al iniciar sesión.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A good first step: go through the posture checklist to set up your chair, desk and screen (two minutes).</source>
        <translation>Un buen primer paso: repasa la lista de postura para ajustar la silla, la mesa y la pantalla (dos minutos).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open the posture &amp;checklist</source>
        <translation>Abrir la lista de &amp;postura</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Closes this window and opens the checklist for your chair and desk.</source>
        <translation>Cierra esta ventana y abre la lista para la silla y la mesa.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Done</source>
        <translation>&amp;Listo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Closes this window; psoas-desk keeps running.</source>
        <translation>Cierra esta ventana; psoas-desk sigue funcionando.</translation>
    </message>
</context>
</TS>
