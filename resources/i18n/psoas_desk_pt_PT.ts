<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_PT" sourcelanguage="en">
<context>
    <name>ArtView</name>
    <message>
        <location filename="../../psoas_desk/ui/art_view.py" line="+55"/>
        <source>Illustration</source>
        <translation>Ilustração</translation>
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
        <translation>Fundo da pausa</translation>
    </message>
</context>
<context>
    <name>BreakKind</name>
    <message>
        <location filename="../../psoas_desk/ui/kind_texts.py" line="+37"/>
        <source>Stretch break</source>
        <translation>Pausa para alongar</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Micro-break</source>
        <translation>Micropausa</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Finish your sentence; it starts when you pause typing.</source>
        <translation>Termine a frase; começa quando fizer uma pausa na escrita.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>A few minutes to stretch your hips; it starts when you pause typing.</source>
        <translation>Alguns minutos para alongar as ancas; começa quando fizer uma pausa na escrita.</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Micro-break at your next pause</source>
        <translation>Micropausa na próxima pausa</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Stretch break at your next pause</source>
        <translation>Pausa para alongar na próxima pausa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 away: counted as your stretch break</source>
        <translation>%1 ausente: contou como a sua pausa para alongar</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>%1 away: counted as your micro-break</source>
        <translation>%1 ausente: contou como a sua micropausa</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Time for a stretch</source>
        <translation>Hora de alongar</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Time for a short break</source>
        <translation>Hora de uma pausa curta</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Micro-breaks</source>
        <translation>Micropausas</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Stretch breaks</source>
        <translation>Pausas para alongar</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>&amp;Micro-break now</source>
        <translation>&amp;Micropausa agora</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>S&amp;tretch now</source>
        <translation>Alongar a&amp;gora</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Starts a short break to stand up and reset your posture.</source>
        <translation>Começa uma pausa curta para se levantar e reajustar a postura.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Starts a guided stretch routine for your hips.</source>
        <translation>Começa uma rotina guiada de alongamentos para as ancas.</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Take a &amp;micro-break now</source>
        <translation>Fazer uma &amp;micropausa agora</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Start a s&amp;tretch routine</source>
        <translation>Começar uma rotina de alon&amp;gamentos</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>micro-break at your next pause in typing</source>
        <translation>micropausa na próxima pausa na escrita</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>stretch break at your next pause in typing</source>
        <translation>pausa para alongar na próxima pausa na escrita</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>micro-break due now</source>
        <translation>micropausa pendente agora</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>stretch break due now</source>
        <translation>pausa para alongar pendente agora</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>micro-break waits for a quiet moment</source>
        <translation>a micropausa espera por um momento calmo</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>stretch break waits for a quiet moment</source>
        <translation>a pausa para alongar espera por um momento calmo</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>micro-break postponed, again in %1</source>
        <translation>micropausa adiada, de novo daqui a %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>stretch break postponed, again in %1</source>
        <translation>pausa para alongar adiada, de novo daqui a %1</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>micro-break after %1 more sitting</source>
        <translation>micropausa após mais %1 sentado</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>stretch break after %1 more sitting</source>
        <translation>pausa para alongar após mais %1 sentado</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>micro-break in %1</source>
        <translation>micropausa daqui a %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>stretch break in %1</source>
        <translation>pausa para alongar daqui a %1</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>In a micro-break · %1 left</source>
        <translation>Numa micropausa · faltam %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>In a stretch break · %1 left</source>
        <translation>Numa pausa para alongar · faltam %1</translation>
    </message>
</context>
<context>
    <name>BreakPopup</name>
    <message>
        <location filename="../../psoas_desk/ui/popup_base.py" line="+107"/>
        <source>&amp;Postpone</source>
        <translation>&amp;Adiar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Postpone</source>
        <translation>Adiar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Take this break a little later.</source>
        <translation>Fazer esta pausa um pouco mais tarde.</translation>
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
        <translation>Não fazer esta pausa. Só pode saltar algumas por dia.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+181"/>
        <source>&amp;Done</source>
        <translation>&amp;Concluído</translation>
    </message>
    <message>
        <location line="-181"/>
        <source>Done</source>
        <translation>Concluído</translation>
    </message>
    <message numerus="yes">
        <location line="+64"/>
        <source>&amp;Postpone (%n left)</source>
        <translation>
            <numerusform>&amp;Adiar (resta %n)</numerusform>
            <numerusform>&amp;Adiar (restam %n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Postpone (%n left)</source>
        <translation>
            <numerusform>Adiar (resta %n)</numerusform>
            <numerusform>Adiar (restam %n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>&amp;Skip (%n left today)</source>
        <translation>
            <numerusform>&amp;Saltar (resta %n hoje)</numerusform>
            <numerusform>&amp;Saltar (restam %n hoje)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Skip (%n left today)</source>
        <translation>
            <numerusform>Saltar (resta %n hoje)</numerusform>
            <numerusform>Saltar (restam %n hoje)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+80"/>
        <location line="+2"/>
        <source>Postpone by…</source>
        <translation>Adiar por…</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Choose how long to put this break off.</source>
        <translation>Escolha por quanto tempo adiar esta pausa.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 later</source>
        <translation>Daqui a %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Done in %1</source>
        <translation>Concluído daqui a %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Available in %1</source>
        <translation>Disponível daqui a %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ends the break.</source>
        <translation>Termina a pausa.</translation>
    </message>
</context>
<context>
    <name>BreathPacer</name>
    <message>
        <location filename="../../psoas_desk/ui/breath_pacer.py" line="+151"/>
        <source>Breath phase</source>
        <translation>Fase da respiração</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seconds left in this phase</source>
        <translation>Segundos que faltam nesta fase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breathing pacer</source>
        <translation>Guia de respiração</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Breathe in</source>
        <translation>Inspire</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>Hold</source>
        <translation>Suspenda</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Breathe out</source>
        <translation>Expire</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Breathe in for %1, hold for %2, breathe out for %3, then hold for %4.</source>
        <translation>Inspire durante %1, suspenda %2, expire durante %3 e suspenda %4.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Breathe in for %1, hold for %2, breathe out for %3.</source>
        <translation>Inspire durante %1, suspenda %2 e expire durante %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Breathe in for %1, breathe out for %3, then hold for %4.</source>
        <translation>Inspire durante %1, expire durante %3 e suspenda %4.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Breathe in for %1, breathe out for %3.</source>
        <translation>Inspire durante %1 e expire durante %3.</translation>
    </message>
</context>
<context>
    <name>ChecklistWindow</name>
    <message>
        <location filename="../../psoas_desk/ui/checklist_window.py" line="+80"/>
        <source>Posture checklist</source>
        <translation>Lista de verificação da postura</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Tick each point that is set up, or mark what you cannot change here. Done records the review once every point is answered.</source>
        <translation>Assinale cada ponto que já está certo, ou indique o que não pode mudar aqui. Concluído regista a revisão quando todos os pontos tiverem resposta.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>C&amp;hecklist:</source>
        <translation>&amp;Lista:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checklist</source>
        <translation>Lista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which checklist the window shows.</source>
        <translation>A lista que a janela mostra.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Done</source>
        <translation>&amp;Concluído</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Records that you went through the checklist and closes it.</source>
        <translation>Regista que percorreu a lista e fecha-a.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>&amp;Fechar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closes without recording a review.</source>
        <translation>Fecha sem registar uma verificação.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Last reviewed %1</source>
        <translation>Última verificação: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not reviewed yet</source>
        <translation>Ainda não verificada</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>No checklist is available.</source>
        <translation>Não há nenhuma lista disponível.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Can&apos;t change this here</source>
        <translation>Não posso mudar isto aqui</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Can&apos;t change this here: %1</source>
        <translation>Não posso mudar isto aqui: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answers this point when your desk or chair does not let you change it.</source>
        <translation>Responde a este ponto quando a secretária ou a cadeira não o deixam mudar.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 to answer</source>
        <translation>Faltam %1</translation>
    </message>
</context>
<context>
    <name>CountdownRing</name>
    <message>
        <location filename="../../psoas_desk/ui/countdown_ring.py" line="+85"/>
        <source>Time left</source>
        <translation>Tempo restante</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Time is up</source>
        <translation>O tempo terminou</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 left</source>
        <translation>faltam %1</translation>
    </message>
</context>
<context>
    <name>DeskApp</name>
    <message>
        <location filename="../../psoas_desk/app/warning.py" line="+103"/>
        <source>Time to sit for a while?</source>
        <translation>Que tal sentar-se um pouco?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You have been standing for %1. Switching now and then is what helps.</source>
        <translation>Está de pé há %1. O que ajuda é alternar de vez em quando.</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>%1 in %2</source>
        <translation>%1 daqui a %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>It waits while you type, %1 at most.</source>
        <translation>Espera enquanto escreve, no máximo %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 later</source>
        <translation>Daqui a %1</translation>
    </message>
    <message>
        <location filename="../../psoas_desk/app/windows.py" line="+122"/>
        <source>No system tray was found, so psoas-desk shows this window instead.</source>
        <translation>Não foi encontrada uma área de notificação, por isso o psoas-desk mostra esta janela.</translation>
    </message>
    <message>
        <location filename="../../psoas_desk/app/settings_effects.py" line="+55"/>
        <source>Could not change start at login: %1</source>
        <translation>Não foi possível alterar o arranque ao entrar na sessão: %1</translation>
    </message>
    <message>
        <location filename="../../psoas_desk/app/status.py" line="+90"/>
        <source>No idle-time source was found: psoas-desk counts wall-clock time and notices absence only by screen locks.</source>
        <translation>Não foi encontrada nenhuma fonte de inatividade: o psoas-desk conta o tempo de relógio e só deteta a ausência pelo bloqueio do ecrã.</translation>
    </message>
    <message>
        <location filename="../../psoas_desk/app/controller.py" line="+374"/>
        <source>No audio output was found on this computer, so psoas-desk cannot play sounds. Breaks still come with their windows and notifications.</source>
        <translation>Não foi encontrada nenhuma saída de áudio neste computador, por isso o psoas-desk não pode tocar sons. As pausas continuam a chegar com as suas janelas e notificações.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sounds cannot play here (%1).</source>
        <translation>Não é possível tocar sons aqui (%1).</translation>
    </message>
    <message>
        <location filename="../../psoas_desk/app/absence_question.py" line="+68"/>
        <source>The time away stays counted as a break</source>
        <translation>O tempo ausente continua a contar como pausa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“I was at my desk” can take it back within %1 of coming back, before you leave again or take a break.</source>
        <translation>«Estava à secretária» só o pode anular nos %1 após regressar, antes de sair outra vez ou fazer uma pausa.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No typing or pointing for a while. If you were reading or watching at your desk, say so and it counts as sitting.</source>
        <translation>Algum tempo sem teclado nem rato. Se estava a ler ou a ver algo à secretária, diga-o e conta como tempo sentado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I was at my desk</source>
        <translation>Estava à secretária</translation>
    </message>
    <message>
        <location filename="../../psoas_desk/app/windowing.py" line="+210"/>
        <source>GNOME shows tray icons only with the “AppIndicator and KStatusNotifierItem Support” extension. Everything works without it: this window is your way in.</source>
        <translation>O GNOME só mostra ícones na área de notificação com a extensão «AppIndicator and KStatusNotifierItem Support». Sem ela tudo funciona na mesma: esta janela é o seu acesso.</translation>
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
        <translation>Média por dia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longest bout</source>
        <translation>Período mais longo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bouts over 30 min</source>
        <translation>Períodos com mais de 30 min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bouts over 60 min</source>
        <translation>Períodos com mais de 60 min</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Standing</source>
        <translation>De pé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sitting / standing</source>
        <translation>Sentado / de pé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breaks taken</source>
        <translation>Pausas feitas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Breaks postponed</source>
        <translation>Pausas adiadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breaks skipped</source>
        <translation>Pausas saltadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breaks worked through</source>
        <translation>Pausas sem parar de trabalhar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Natural breaks</source>
        <translation>Pausas espontâneas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stretch routines done</source>
        <translation>Rotinas de alongamentos feitas</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1% sitting, %2% standing</source>
        <translation>%1% sentado, %2% de pé</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Days in a row with no bout over %1</source>
        <translation>Dias seguidos sem nenhum período com mais de %1</translation>
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
            <numerusform>Não foi possível ler %n ficheiro de rotinas ou listas; consulte o registo.</numerusform>
            <numerusform>Não foi possível ler %n ficheiros de rotinas ou listas; consulte o registo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MicroPopup</name>
    <message>
        <location filename="../../psoas_desk/ui/micro_popup.py" line="+89"/>
        <source>Open the &amp;checklist</source>
        <translation>Abrir a &amp;lista</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open the checklist</source>
        <translation>Abrir a lista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens the whole set-up checklist to tick through.</source>
        <translation>Abre a lista completa de ajustes do posto para ir assinalando.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Stand up, breathe, reset</source>
        <translation>Levante-se, respire, reajuste a postura</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+67"/>
        <source>Then: %1</source>
        <translation>Depois: %1</translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <location filename="../../psoas_desk/core/durations.py" line="+51"/>
        <location line="+22"/>
        <source>expected a duration such as 90, &quot;25m&quot; or &quot;1h30m&quot;, got %1</source>
        <translation>espera-se uma duração como 90, &quot;25m&quot; ou &quot;1h30m&quot;, não %1</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>%1 has no unit; write e.g. &quot;%1m&quot; or &quot;%1s&quot;</source>
        <translation>%1 não tem unidade; escreva p. ex. &quot;%1m&quot; ou &quot;%1s&quot;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; has no unit; write e.g. &quot;%1m&quot; or &quot;%1s&quot;</source>
        <translation>&quot;%1&quot; não tem unidade; escreva p. ex. &quot;%1m&quot; ou &quot;%1s&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is not a duration; write e.g. &quot;45s&quot;, &quot;25m&quot; or &quot;1h30m&quot;</source>
        <translation>&quot;%1&quot; não é uma duração; escreva p. ex. &quot;45s&quot;, &quot;25m&quot; ou &quot;1h30m&quot;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a duration cannot be negative (%1 s)</source>
        <translation>uma duração não pode ser negativa (%1 s)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 s is far too long for a duration</source>
        <translation>%1 s é demasiado longo para uma duração</translation>
    </message>
    <message>
        <location filename="../../psoas_desk/core/schedule_types.py" line="+45"/>
        <source>start %1 min is outside the day</source>
        <translation>o início (%1 min) fica fora do dia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>end %1 min is outside the day</source>
        <translation>o fim (%1 min) fica fora do dia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 ends before it starts; split a range that crosses midnight in two</source>
        <translation>%1 termina antes de começar; divida em dois um intervalo que passe da meia-noite</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is not a time range like &quot;09:00-17:30&quot;</source>
        <translation>%1 não é um intervalo como &quot;09:00-17:30&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 has an impossible time of day</source>
        <translation>%1 contém uma hora impossível</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>working hours need one entry per weekday</source>
        <translation>o horário de trabalho precisa de uma entrada por dia da semana</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 and %2 overlap</source>
        <translation>%1 e %2 sobrepõem-se</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>working hours must be a table of weekdays</source>
        <translation>o horário de trabalho tem de ser uma tabela de dias da semana</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown weekday %1; use %2</source>
        <translation>dia da semana desconhecido %1; use %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>expected a list of ranges like [&quot;09:00-12:00&quot;]</source>
        <translation>espera-se uma lista de intervalos como [&quot;09:00-12:00&quot;]</translation>
    </message>
    <message>
        <location filename="../../psoas_desk/core/settings_codec.py" line="+111"/>
        <source>expected true or false, got %1</source>
        <translation>espera-se true ou false, não %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected a whole number, got %1</source>
        <translation>espera-se um número inteiro, não %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>expected one of %1, got %2</source>
        <translation>espera-se um destes valores: %1; não %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected text, got %1</source>
        <translation>espera-se texto, não %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is longer than %1 characters</source>
        <translation>tem mais de %1 caracteres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a language code like &quot;de&quot; or &quot;pt_PT&quot;</source>
        <translation>%1 não é um código de idioma como &quot;de&quot; ou &quot;pt_PT&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>has too many entries</source>
        <translation>tem demasiadas entradas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expected a list of names, got %1</source>
        <translation>espera-se uma lista de nomes, não %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be at least %1, got %2</source>
        <translation>tem de ser pelo menos %1, não %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be at most %1, got %2</source>
        <translation>tem de ser no máximo %1, não %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 is not a schema version; reading the file as version %2</source>
        <translation>%1 não é uma versão de esquema; o ficheiro é lido como versão %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>this file was written by a newer psoas-desk (settings version %1); options this version does not know are kept as they are</source>
        <translation>este ficheiro foi escrito por um psoas-desk mais recente (versão de definições %1); as opções que esta versão não conhece são mantidas como estão</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>expected a table of options, got %1; using the defaults</source>
        <translation>espera-se uma tabela de opções, não %1; são usados os valores predefinidos</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1; using the default working hours</source>
        <translation>%1; é usado o horário de trabalho predefinido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1; using the default %2</source>
        <translation>%1; é usado o valor predefinido %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1; using the break length</source>
        <translation>%1; é usada a duração da pausa</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>is longer than the break itself (%1)</source>
        <translation>é mais longa do que a própria pausa (%1)</translation>
    </message>
    <message>
        <location filename="../../psoas_desk/storage/settings_store.py" line="+148"/>
        <source>could not save settings to %1: %2</source>
        <translation>não foi possível guardar as definições em %1: %2</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 is a folder, not a settings file; using the defaults</source>
        <translation>%1 é uma pasta, não um ficheiro de definições; são usados os valores predefinidos</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not a regular file; using the defaults</source>
        <translation>%1 não é um ficheiro normal; são usados os valores predefinidos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is larger than 1 MiB, so it is not a settings file; using the defaults</source>
        <translation>%1 tem mais de 1 MiB, por isso não é um ficheiro de definições; são usados os valores predefinidos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>could not read %1: %2; using the defaults</source>
        <translation>não foi possível ler %1: %2; são usados os valores predefinidos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not UTF-8 text (byte %2); using the defaults</source>
        <translation>%1 não é texto UTF-8 (byte %2); são usados os valores predefinidos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not valid TOML (%2); using the defaults</source>
        <translation>%1 não é TOML válido (%2); são usados os valores predefinidos</translation>
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
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>&amp;Fechar</translation>
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
        <translation>Fechar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore Defaults</source>
        <translation>Restaurar predefinições</translation>
    </message>
</context>
<context>
    <name>RoutineMenu</name>
    <message>
        <location filename="../../psoas_desk/ui/routine_menu.py" line="+64"/>
        <source>At your desk</source>
        <translation>Na secretária</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>At home</source>
        <translation>Em casa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breathing</source>
        <translation>Respiração</translation>
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
        <translation>Ante&amp;rior</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Previous step</source>
        <translation>Passo anterior</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+40"/>
        <source>Pa&amp;use</source>
        <translation>&amp;Pausa</translation>
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
        <translation>&amp;Começar já</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start now</source>
        <translation>Começar já</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starts the first step.</source>
        <translation>Começa o primeiro passo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Goes back to the start of the step before.</source>
        <translation>Volta ao início do passo anterior.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+46"/>
        <source>Stops the clock; the step waits for you.</source>
        <translation>Para o relógio; o passo fica à sua espera.</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>&amp;Next</source>
        <translation>Segui&amp;nte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next step</source>
        <translation>Passo seguinte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goes on to the next step now.</source>
        <translation>Passa agora para o passo seguinte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to the steps</source>
        <translation>Voltar aos passos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Goes back to the first step you did not follow.</source>
        <translation>Volta ao primeiro passo que não fez.</translation>
    </message>
    <message>
        <location filename="../../psoas_desk/ui/routine_player.py" line="+258"/>
        <source>Step %1 of %2</source>
        <translation>Passo %1 de %2</translation>
    </message>
    <message>
        <location filename="../../psoas_desk/ui/routine_steps.py" line="+73"/>
        <source>Left side</source>
        <translation>Lado esquerdo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Right side</source>
        <translation>Lado direito</translation>
    </message>
    <message>
        <location filename="../../psoas_desk/ui/routine_pages.py" line="+209"/>
        <source>Well done — %1 of slow breathing</source>
        <translation>Muito bem: %1 de respiração lenta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Well done — %1 of stretching</source>
        <translation>Muito bem: %1 de alongamentos</translation>
    </message>
    <message>
        <location filename="../../psoas_desk/ui/routine_controls.py" line="+31"/>
        <source>Starts the clock again.</source>
        <translation>Volta a pôr o relógio a andar.</translation>
    </message>
    <message>
        <location filename="../../psoas_desk/ui/routine_player.py" line="+42"/>
        <location filename="../../psoas_desk/ui/routine_steps.py" line="-18"/>
        <source>paused</source>
        <translation>em pausa</translation>
    </message>
    <message>
        <location filename="../../psoas_desk/ui/routine_controls.py" line="-43"/>
        <location line="+41"/>
        <source>Res&amp;ume</source>
        <translation>Reto&amp;mar</translation>
    </message>
    <message>
        <location filename="../../psoas_desk/ui/routine_pages.py" line="+1"/>
        <source>All %1 steps followed.</source>
        <translation>Feitos todos os %1 passos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Routine ended early</source>
        <translation>Rotina terminada mais cedo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 steps followed, %3 in all.</source>
        <translation>%1 de %2 passos feitos, %3 no total.</translation>
    </message>
    <message>
        <location filename="../../psoas_desk/ui/routine_controls.py" line="+10"/>
        <source>&amp;Back to step %1</source>
        <translation>&amp;Voltar ao passo %1</translation>
    </message>
    <message>
        <location filename="../../psoas_desk/ui/routine_player.py" line="-13"/>
        <source>Starts by itself in %1</source>
        <translation>Começa sozinha daqui a %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Not counted as a break.</source>
        <translation>Não conta como pausa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closes by itself in %1</source>
        <translation>Fecha sozinho daqui a %1</translation>
    </message>
    <message>
        <location filename="../../psoas_desk/ui/routine_controls.py" line="-9"/>
        <source>Resume</source>
        <translation>Retomar</translation>
    </message>
    <message>
        <location filename="../../psoas_desk/ui/routine_pages.py" line="-117"/>
        <source>Before you start</source>
        <translation>Antes de começar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On the floor, on a mat or rug; about %1.</source>
        <translation>No chão, num tapete; cerca de %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At your desk; about %1.</source>
        <translation>Junto à secretária; cerca de %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Details</source>
        <translation>&amp;Detalhes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>Detalhes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shows every safety note in full.</source>
        <translation>Mostra todos os avisos de segurança completos.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Safety notes in full</source>
        <translation>Avisos de segurança completos</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>&amp;Back</source>
        <translation>&amp;Voltar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Goes back to the page before.</source>
        <translation>Volta à página anterior.</translation>
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
        <translation>Presença</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schedule</source>
        <translation>Horário</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Popups</source>
        <translation>Janelas</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+213"/>
        <source>Sounds</source>
        <translation>Sons</translation>
    </message>
    <message>
        <location line="-212"/>
        <source>Startup</source>
        <translation>Arranque</translation>
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
        <translation>Pausas curtas para se levantar, respirar e reajustar a postura.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Micro-break every</source>
        <translation>Micropausa a cada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Minutes of sitting between micro-breaks.</source>
        <translation>Minutos sentado entre micropausas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Micro-break length</source>
        <translation>Duração da micropausa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How long a micro-break lasts.</source>
        <translation>Quanto tempo dura uma micropausa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Micro-break can end after</source>
        <translation>A micropausa pode terminar após</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+24"/>
        <source>Done becomes available after this much of the break.</source>
        <translation>«Concluído» fica disponível após este tempo de pausa.</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Postpone micro-break by</source>
        <translation>Adiar a micropausa por</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How long Postpone puts a micro-break off.</source>
        <translation>Quanto tempo «Adiar» atrasa uma micropausa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Postpones per micro-break</source>
        <translation>Adiamentos por micropausa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How often one micro-break can be put off (0: never).</source>
        <translation>Quantas vezes uma micropausa pode ser adiada (0: nunca).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Posture check every</source>
        <translation>Verificação da postura a cada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every Nth micro-break shows the posture checklist (0: never).</source>
        <translation>A cada N micropausas, aparece a lista de verificação da postura (0: nunca).</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../psoas_desk/ui/routine_list_editor.py" line="+1"/>
        <source>Stretch breaks</source>
        <translation>Pausas para alongar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Longer guided breaks that stretch the hip flexors.</source>
        <translation>Pausas guiadas mais longas para alongar os flexores da anca.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stretch break every</source>
        <translation>Pausa para alongar a cada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Minutes of sitting between stretch breaks.</source>
        <translation>Minutos sentado entre pausas para alongar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stretch break length</source>
        <translation>Duração da pausa para alongar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>About how long a guided stretch routine takes.</source>
        <translation>Mais ou menos o que dura uma rotina de alongamentos guiada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stretch break can end after</source>
        <translation>A pausa para alongar pode terminar após</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Postpone stretch break by</source>
        <translation>Adiar a pausa para alongar por</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How long Postpone puts a stretch break off.</source>
        <translation>Quanto tempo «Adiar» atrasa uma pausa para alongar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Postpones per stretch break</source>
        <translation>Adiamentos por pausa para alongar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How often one stretch break can be put off (0: never).</source>
        <translation>Quantas vezes uma pausa para alongar pode ser adiada (0: nunca).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Warn before a break</source>
        <translation>Avisar antes de uma pausa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A notification this long before a break (0: no warning).</source>
        <translation>Uma notificação com esta antecedência (0: sem aviso).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wait for a typing pause of</source>
        <translation>Esperar por uma pausa na escrita de</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A due break waits until you stop typing for this long.</source>
        <translation>Uma pausa pendente espera até deixar de escrever durante este tempo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show anyway after</source>
        <translation>Mostrar mesmo assim após</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>If you keep typing, the break shows after this long.</source>
        <translation>Se continuar a escrever, a pausa aparece ao fim deste tempo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skips per day</source>
        <translation>Pausas que pode saltar por dia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How many breaks you can skip each day.</source>
        <translation>Quantas pausas pode saltar por dia.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Strict mode</source>
        <translation>Modo rigoroso</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No Postpone or Skip buttons: every break is taken.</source>
        <translation>Sem botões para adiar ou saltar: todas as pausas são feitas.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Away after no input for</source>
        <translation>Ausente após inatividade de</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Until then, no input means you are reading or thinking at your desk.</source>
        <translation>Até lá, não usar o teclado nem o rato significa que está a ler ou a pensar à secretária.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A break on your own counts from</source>
        <translation>Uma pausa por sua conta conta a partir de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Being away this long ends the sitting bout and counts as a micro-break.</source>
        <translation>Uma ausência desta duração termina o período sentado e conta como micropausa.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calls and videos mean I am here</source>
        <translation>Chamadas e vídeos indicam que estou presente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A call, a playing video or a camera in use keeps you present without input.</source>
        <translation>Uma chamada, um vídeo a reproduzir ou uma câmara em uso mantêm-no presente sem usar o teclado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trust calls and videos for up to</source>
        <translation>Confiar em chamadas e vídeos até</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Remind me to sit down</source>
        <translation>Lembrar-me de me sentar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Suggest switching back after standing for a while.</source>
        <translation>Sugere voltar a mudar depois de algum tempo de pé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suggest sitting after</source>
        <translation>Sugerir sentar após</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Standing time before the reminder.</source>
        <translation>Tempo de pé antes do lembrete.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hold breaks during presentations</source>
        <translation>Reter as pausas durante apresentações</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Breaks wait while you present, share your screen or are in a meeting.</source>
        <translation>As pausas esperam enquanto apresenta, partilha o ecrã ou está numa reunião.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full-screen windows</source>
        <translation>Janelas em ecrã inteiro</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A full-screen window in front holds breaks.</source>
        <translation>Uma janela em ecrã inteiro em primeiro plano retém as pausas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Camera in use</source>
        <translation>Câmara em uso</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A camera in use (a video call) holds breaks.</source>
        <translation>Uma câmara em uso (uma videochamada) retém as pausas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Desktop do-not-disturb</source>
        <translation>«Não incomodar» do ambiente de trabalho</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The desktop&apos;s own do-not-disturb mode holds breaks.</source>
        <translation>O modo «Não incomodar» do próprio ambiente de trabalho retém as pausas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offer held breaks after</source>
        <translation>Oferecer as pausas retidas após</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Once the presentation ends, a held break comes this much later.</source>
        <translation>Quando a apresentação termina, a pausa retida chega este tempo depois.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A new day starts at</source>
        <translation>Um novo dia começa às</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hour of the day when the daily figures and skips reset.</source>
        <translation>Hora do dia em que os valores diários e as pausas saltadas são repostos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only during working hours</source>
        <translation>Só durante o horário de trabalho</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outside these hours psoas-desk keeps quiet.</source>
        <translation>Fora deste horário, o psoas-desk fica em silêncio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Working hours</source>
        <translation>Horário de trabalho</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Times per weekday, e.g. 09:00-12:30 and 13:30-17:30.</source>
        <translation>Horas por dia da semana, p. ex. 09:00-12:30 e 13:30-17:30.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Show breaks as</source>
        <translation>Mostrar as pausas como</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A window; a window with the screens dimmed around it; or filling the screens. On sway and other native Wayland desktops a break is always a window.</source>
        <translation>Uma janela; uma janela com os ecrãs escurecidos à volta; ou em ecrã inteiro. No sway e noutros ambientes Wayland nativos, uma pausa é sempre uma janela.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show breaks on every screen</source>
        <translation>Mostrar as pausas em todos os ecrãs</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Otherwise the break shows on the screen with the mouse pointer.</source>
        <translation>Caso contrário, a pausa aparece no ecrã onde está o ponteiro do rato.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ignore keys for</source>
        <translation>Ignorar as teclas durante</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Key presses right after a break appears are ignored.</source>
        <translation>As teclas premidas logo depois de aparecer uma pausa são ignoradas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Explain why</source>
        <translation>Explicar porquê</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show a short line on why each break helps.</source>
        <translation>Mostra uma linha curta sobre porque é que cada pausa ajuda.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Colours</source>
        <translation>Cores</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Follow the system, or always light or dark.</source>
        <translation>Como o sistema, ou sempre claro ou escuro.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reduce motion</source>
        <translation>Reduzir o movimento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Replace the breathing animation with calm text. Turning animations off for the whole desktop does the same.</source>
        <translation>Substitui a animação da respiração por texto calmo. Desligar as animações em todo o ambiente de trabalho tem o mesmo efeito.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The language of the windows; the system&apos;s unless you choose one.</source>
        <translation>O idioma das janelas; o do sistema, a menos que escolha outro.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Break windows on Wayland</source>
        <translation>Janelas de pausa no Wayland</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automatic uses X11 (XWayland) on GNOME and KDE, where it keeps breaks on top without taking your keyboard. Applies after a restart.</source>
        <translation>«Automático» usa X11 (XWayland) no GNOME e no KDE, onde as pausas ficam à frente sem lhe tirar o teclado. Aplica-se após reiniciar.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Older history is deleted after this many days; Forever keeps all of it.</source>
        <translation>O histórico mais antigo é apagado após estes dias; «Sempre» guarda tudo.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Routines to use</source>
        <translation>Rotinas a usar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Checked routines can be picked for a break; clear a check to leave one out.</source>
        <translation>As rotinas assinaladas podem ser escolhidas para uma pausa; desmarque uma para a deixar de fora.</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>A soft sound when a break starts and ends.</source>
        <translation>Um som suave quando uma pausa começa e termina.</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>After this long without input you count as away even if a video plays, or you read with &quot;Reading or watching&quot; on.</source>
        <translation>Após este tempo sem usar o teclado, conta como ausente mesmo com um vídeo a reproduzir ou com «A ler ou a ver» ligado.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ask when time away counted as a break</source>
        <translation>Perguntar quando uma ausência contar como pausa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After time without input (no lock, no sleep) that counted as a break, a notification lets you say you were at your desk.</source>
        <translation>Se um período sem usar o teclado (sem bloqueio nem suspensão) contou como pausa, uma notificação permite dizer que estava à secretária.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Loudness of the break sounds.</source>
        <translation>Volume dos sons das pausas.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Start at login</source>
        <translation>Iniciar ao entrar na sessão</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start psoas-desk when you log in.</source>
        <translation>Inicia o psoas-desk quando entra na sessão.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep history for</source>
        <translation>Guardar o histórico durante</translation>
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
        <translation>…e mais %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A copy of the file as it was is kept at %1</source>
        <translation>Foi guardada uma cópia do ficheiro original em %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your settings file had problems, so some settings were reset to their defaults.</source>
        <translation>O seu ficheiro de definições tinha problemas, por isso algumas definições voltaram aos valores predefinidos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your settings file could not be used as it was.</source>
        <translation>O seu ficheiro de definições não podia ser usado tal como estava.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Dismiss</source>
        <translation>Ignorar</translation>
    </message>
    <message>
        <location filename="../../psoas_desk/ui/hours_editor.py" line="-30"/>
        <source>No working hours</source>
        <translation>Sem horário de trabalho</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../../psoas_desk/ui/routine_list_editor.py" line="+1"/>
        <source>At home</source>
        <translation>Em casa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breathing</source>
        <translation>Respiração</translation>
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
        <translation>%</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> breaks</source>
        <translation> pausas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> days</source>
        <translation> dias</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>enter a whole number</source>
        <translation>introduza um número inteiro</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Forever</source>
        <translation>Sempre</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Follow the system</source>
        <translation>Como o sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Escuro</translation>
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
        <translation>Uma janela</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A window, screens dimmed</source>
        <translation>Uma janela, ecrãs escurecidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full screen</source>
        <translation>Ecrã inteiro</translation>
    </message>
    <message>
        <location filename="../../psoas_desk/ui/choice_editors.py" line="+68"/>
        <source>System language (%1)</source>
        <translation>Idioma do sistema (%1)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (no translation: screens in English)</source>
        <translation>%1 (sem tradução: janelas em inglês)</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Pla&amp;y a sample</source>
        <translation>Ouvir uma amostra (&amp;Y)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plays the break sound at this volume.</source>
        <translation>Toca o som da pausa a este volume.</translation>
    </message>
</context>
<context>
    <name>SettingsWindow</name>
    <message>
        <location filename="../../psoas_desk/ui/settings_window.py" line="+91"/>
        <source>psoas-desk settings</source>
        <translation>Definições do psoas-desk</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Settings pages</source>
        <translation>Páginas de definições</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the page to show. Ctrl+Page Down and Ctrl+Page Up move between pages.</source>
        <translation>Escolha a página a mostrar. Ctrl+Page Down e Ctrl+Page Up mudam de página.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Saves your changes and closes the window.</source>
        <translation>Guarda as suas alterações e fecha a janela.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closes the window without saving your changes.</source>
        <translation>Fecha a janela sem guardar as suas alterações.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saves your changes and keeps the window open.</source>
        <translation>Guarda as suas alterações e mantém a janela aberta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore page &amp;defaults</source>
        <translation>Pre&amp;definições desta página</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sets the options on the page shown back to their defaults.</source>
        <translation>Repõe as opções da página apresentada nos valores predefinidos.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Your settings could not be saved.</source>
        <translation>Não foi possível guardar as suas definições.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Correct the marked values to save your settings.</source>
        <translation>Corrija os valores assinalados para guardar as suas definições.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1 (has values to correct)</source>
        <translation>%1 (tem valores a corrigir)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Restore defaults</source>
        <translation>Restaurar predefinições</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing is saved until you press OK or Apply.</source>
        <translation>Nada é guardado até carregar em «OK» ou «Aplicar».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Set every option on the “%1” page back to its default?</source>
        <translation>Repor todas as opções da página «%1» nos valores predefinidos?</translation>
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
        <translation>De pé</translation>
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
        <translation>Sentado e de pé por dia</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+162"/>
        <source>%1: %2 sitting, %3 standing</source>
        <translation>%1: %2 sentado, %3 de pé</translation>
    </message>
    <message>
        <location filename="../../psoas_desk/ui/stats_timeline.py" line="+30"/>
        <source>%1 to %2 (%3)</source>
        <translation>das %1 às %2 (%3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>now</source>
        <translation>agora</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>taken</source>
        <translation>feita</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>postponed</source>
        <translation>adiada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skipped</source>
        <translation>saltada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>taken while away</source>
        <translation>feita durante a ausência</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>worked through</source>
        <translation>continuou a trabalhar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>withdrawn</source>
        <translation>retirada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>on screen</source>
        <translation>no ecrã</translation>
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
        <translation>Cronologia do dia</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+92"/>
        <source>Nothing recorded on this day.</source>
        <translation>Nada foi registado neste dia.</translation>
    </message>
</context>
<context>
    <name>StatsWindow</name>
    <message>
        <location filename="../../psoas_desk/ui/stats_window.py" line="+86"/>
        <location line="+2"/>
        <source>psoas-desk statistics</source>
        <translation>Estatísticas do psoas-desk</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Which days the figures and the chart below cover.</source>
        <translation>Os dias abrangidos pelos números e pelo gráfico abaixo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Today</source>
        <translation>&amp;Hoje</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Figures for today</source>
        <translation>Números de hoje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last &amp;7 days</source>
        <translation>Últimos &amp;7 dias</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Figures for the last 7 days</source>
        <translation>Números dos últimos 7 dias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last &amp;30 days</source>
        <translation>Últimos &amp;30 dias</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Figures for the last 30 days</source>
        <translation>Números dos últimos 30 dias</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sitting and standing per day</source>
        <translation>Sentado e de pé por dia</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Click a day, or use the arrow keys, to see it below.</source>
        <translation>Clique num dia, ou use as setas, para o ver em baixo.</translation>
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
        <translation>&amp;Eliminar todo o histórico…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;lose</source>
        <translation>&amp;Fechar</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saves one row per sitting bout and per break to a file you choose.</source>
        <translation>Guarda uma linha por período sentado e por pausa no ficheiro que escolher.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saves the whole history to a file you choose.</source>
        <translation>Guarda todo o histórico no ficheiro que escolher.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asks first, then deletes every recorded bout, break and day.</source>
        <translation>Pergunta primeiro e depois elimina todos os períodos, pausas e dias registados.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closes the statistics window.</source>
        <translation>Fecha a janela de estatísticas.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The history could not be read (%1).</source>
        <translation>Não foi possível ler o histórico (%1).</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Saved %n records to %1.</source>
        <translation>
            <numerusform>Foi guardado %n registo em %1.</numerusform>
            <numerusform>Foram guardados %n registos em %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../psoas_desk/ui/history_text.py" line="+26"/>
        <source>This history was written by a newer version of psoas-desk. It is shown as it is, and nothing new is recorded until psoas-desk is updated.</source>
        <translation>Este histórico foi escrito por uma versão mais recente do psoas-desk. É mostrado tal como está e nada de novo é registado até o psoas-desk ser atualizado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The history file could not be read, so a new one was started. The old file was kept at %1.</source>
        <translation>Não foi possível ler o ficheiro do histórico, por isso foi iniciado um novo. O ficheiro antigo foi guardado em %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The history cannot be saved right now (%1); psoas-desk keeps trying.</source>
        <translation>De momento não é possível guardar o histórico (%1); o psoas-desk continua a tentar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recent events could not be saved (%1); psoas-desk will try again.</source>
        <translation>Não foi possível guardar os eventos recentes (%1); o psoas-desk vai tentar de novo.</translation>
    </message>
    <message>
        <location filename="../../psoas_desk/app/state.py" line="+38"/>
        <location filename="../../psoas_desk/ui/stats_window.py" line="+5"/>
        <source>Could not save %1: %2</source>
        <translation>Não foi possível guardar %1: %2</translation>
    </message>
    <message>
        <location filename="../../psoas_desk/ui/stats_window.py" line="+4"/>
        <source>All history was deleted.</source>
        <translation>Todo o histórico foi eliminado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The history could not be deleted: %1</source>
        <translation>Não foi possível eliminar o histórico: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 to %2</source>
        <translation>De %1 a %2</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The day so far</source>
        <translation>O dia até agora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Today, %1</source>
        <translation>Hoje, %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Timeline of %1</source>
        <translation>Cronologia de %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Export history as CSV</source>
        <translation>Exportar o histórico como CSV</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>Ficheiros CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export history as JSON</source>
        <translation>Exportar o histórico como JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON files (*.json)</source>
        <translation>Ficheiros JSON (*.json)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete all history?</source>
        <translation>Eliminar todo o histórico?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This deletes every recorded sitting bout, break and day from this computer. It cannot be undone. Today&apos;s figures in the tray stay until the day ends.</source>
        <translation>Isto elimina deste computador todos os períodos sentado, pausas e dias registados. Não é possível anular. Os valores de hoje na área de notificação mantêm-se até o dia acabar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete all history</source>
        <translation>Eliminar todo o histórico</translation>
    </message>
</context>
<context>
    <name>StatusPanel</name>
    <message>
        <location filename="../../psoas_desk/ui/status_panel.py" line="+52"/>
        <source>psoas-desk status</source>
        <translation>Estado do psoas-desk</translation>
    </message>
    <message>
        <location filename="../../psoas_desk/ui/status_facts.py" line="+74"/>
        <source>State icon</source>
        <translation>Ícone de estado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Starting…</source>
        <translation>A iniciar…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Now</source>
        <translation>Agora</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+83"/>
        <source>Sitting bout</source>
        <translation>Período sentado</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>Next break</source>
        <translation>Próxima pausa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Today</source>
        <translation>Hoje</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sitting</source>
        <translation>Sentado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longest bout</source>
        <translation>Período mais longo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standing</source>
        <translation>De pé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breaks taken</source>
        <translation>Pausas feitas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breaks postponed</source>
        <translation>Pausas adiadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breaks skipped</source>
        <translation>Pausas saltadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breaks worked through</source>
        <translation>Pausas sem parar de trabalhar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Natural breaks</source>
        <translation>Pausas espontâneas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Setup</source>
        <translation>Configuração</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last checklist review</source>
        <translation>Última verificação da lista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Idle detection</source>
        <translation>Deteção de inatividade</translation>
    </message>
    <message>
        <location filename="../../psoas_desk/ui/status_panel.py" line="+49"/>
        <source>R&amp;outines</source>
        <translation>Roti&amp;nas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I just took a &amp;break</source>
        <translation>Acabei de fazer uma pa&amp;usa</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+109"/>
        <source>I&apos;m &amp;standing</source>
        <translation>Estou de &amp;pé</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>Rea&amp;ding or watching</source>
        <translation>A ler ou a &amp;ver</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+111"/>
        <source>&amp;Pause 30 min</source>
        <translation>Pau&amp;sar 30 min</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>Posture &amp;checklist</source>
        <translation>&amp;Lista de postura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>St&amp;atistics</source>
        <translation>Es&amp;tatísticas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ettings</source>
        <translation>De&amp;finições</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit psoas-desk</source>
        <translation>Sa&amp;ir do psoas-desk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose any routine to start now: at your desk, at home or breathing.</source>
        <translation>Escolha qualquer rotina para começar agora: na secretária, em casa ou de respiração.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counts a break you just took on your own; the sitting clock starts again.</source>
        <translation>Conta uma pausa que acabou de fazer por sua conta; o tempo sentado recomeça.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tells psoas-desk whether you sit or stand now.</source>
        <translation>Indica ao psoas-desk se agora está sentado ou de pé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time without typing counts as sitting, not as away, until you type again.</source>
        <translation>O tempo sem escrever conta como sentado, não como ausência, até voltar a escrever.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pauses or resumes the break reminders.</source>
        <translation>Pausa ou retoma os lembretes de pausa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens the checklist for setting up your desk and chair.</source>
        <translation>Abre a lista para ajustar a secretária e a cadeira.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens your sitting and break history.</source>
        <translation>Abre o seu histórico de tempo sentado e pausas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens the settings window.</source>
        <translation>Abre a janela de definições.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ends psoas-desk; no more break reminders until you start it again.</source>
        <translation>Fecha o psoas-desk; não há mais lembretes até o voltar a abrir.</translation>
    </message>
    <message>
        <location filename="../../psoas_desk/ui/status_facts.py" line="+67"/>
        <source>Standing for</source>
        <translation>De pé há</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Away for</source>
        <translation>Ausente há</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>none planned right now</source>
        <translation>nenhuma prevista de momento</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>not yet</source>
        <translation>ainda não</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>nenhuma</translation>
    </message>
    <message>
        <location filename="../../psoas_desk/ui/status_panel.py" line="+87"/>
        <source>I&apos;m s&amp;itting</source>
        <translation>Estou senta&amp;do</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Resume</source>
        <translation>&amp;Retomar</translation>
    </message>
    <message>
        <location filename="../../psoas_desk/ui/status_facts.py" line="+14"/>
        <source>paused</source>
        <translation>em pausa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>outside your working hours</source>
        <translation>fora do seu horário de trabalho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>turned off</source>
        <translation>desligadas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>due now</source>
        <translation>é agora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in %1</source>
        <translation>daqui a %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>after %1 more sitting</source>
        <translation>após mais %1 sentado</translation>
    </message>
</context>
<context>
    <name>TrayController</name>
    <message>
        <location filename="../../psoas_desk/ui/tray_menu.py" line="+138"/>
        <source>psoas-desk menu</source>
        <translation>Menu do psoas-desk</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Starting…</source>
        <translation>A iniciar…</translation>
    </message>
    <message>
        <location line="+50"/>
        <location line="+9"/>
        <source>I&apos;m &amp;standing</source>
        <translation>Estou de &amp;pé</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>I just took a &amp;break</source>
        <translation>Acabei de fazer uma pa&amp;usa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Pause</source>
        <translation>Pau&amp;sar</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Pause reminders</source>
        <translation>Pausar os lembretes</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>&amp;30 minutes</source>
        <translation>&amp;30 minutos</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>R&amp;outines</source>
        <translation>Roti&amp;nas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rea&amp;ding or watching</source>
        <translation>A ler ou a &amp;ver</translation>
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
        <translation>Até a&amp;manhã</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Indefinitely</source>
        <translation>&amp;Indefinidamente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Resume</source>
        <translation>&amp;Retomar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Posture &amp;checklist</source>
        <translation>&amp;Lista de postura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>St&amp;atistics</source>
        <translation>Es&amp;tatísticas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ettings</source>
        <translation>De&amp;finições</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>Sa&amp;ir</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Start a routine</source>
        <translation>Começar uma rotina</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>I&apos;m s&amp;itting</source>
        <translation>Estou senta&amp;do</translation>
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
        <translation>De pé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Away</source>
        <translation>Ausente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Break due</source>
        <translation>Pausa pendente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taking a break</source>
        <translation>Em pausa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused</source>
        <translation>Suspenso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outside working hours</source>
        <translation>Fora do horário de trabalho</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Outside your working hours</source>
        <translation>Fora do seu horário de trabalho</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Away %1</source>
        <translation>Ausente há %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Standing %1</source>
        <translation>De pé há %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sitting %1</source>
        <translation>Sentado há %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Paused until you resume</source>
        <translation>Suspenso até retomar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Paused until %1</source>
        <translation>Suspenso até às %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paused until tomorrow, %1</source>
        <translation>Suspenso até amanhã às %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paused until %1, %2</source>
        <translation>Suspenso até %1 às %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Today: %1 sitting · longest %2</source>
        <translation>Hoje: %1 sentado · período mais longo %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No idle-time source: counting wall-clock time</source>
        <translation>Sem fonte de inatividade: conta-se o tempo de relógio</translation>
    </message>
</context>
<context>
    <name>WelcomeWindow</name>
    <message>
        <location filename="../../psoas_desk/ui/welcome_window.py" line="+49"/>
        <location line="+16"/>
        <source>Welcome to psoas-desk</source>
        <translation>Bem-vindo ao psoas-desk</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>psoas-desk notices how long you sit and offers a short break every so often: a micro-break to stand up, and now and then a guided stretch for your hips.</source>
        <translation>O psoas-desk repara há quanto tempo está sentado e propõe de vez em quando uma pausa curta: uma micropausa para se levantar e, de tempos a tempos, um alongamento guiado para as ancas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It lives in your system tray: the icon fills up as you sit. Click it for the status window; right-click it for the menu (pause, settings, quit).</source>
        <translation>Fica na área de notificação: o ícone vai enchendo enquanto está sentado. Clique nele para a janela de estado; com o botão direito, para o menu (pausar, definições, sair).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No system tray was found, so the psoas-desk status window is its home: closing it only minimises it. Quit from its button.</source>
        <translation>Não foi encontrada uma área de notificação, por isso o psoas-desk fica na sua janela de estado: fechá-la apenas a minimiza. Para sair, use o botão dela.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>From a terminal: %1 status, %2 pause 30m, %3 --help.</source>
        <translation>Num terminal: %1 status, %2 pause 30m, %3 --help.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Start psoas-desk when I log in</source>
        <translation>&amp;Iniciar o psoas-desk ao entrar na sessão</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Off until you tick it. You can change it later under Settings, Startup.</source>
        <translation>Desligado até o assinalar. Pode mudá-lo mais tarde em Definições, Arranque.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You can change this later under Settings, Startup.</source>
        <translation>Pode mudar isto mais tarde em Definições, Arranque.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start at login cannot be set up on this system.</source>
        <translation>Neste sistema não é possível iniciar ao entrar na sessão.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A good first step: go through the posture checklist to set up your chair, desk and screen (two minutes).</source>
        <translation>Um bom primeiro passo: percorra a lista de postura para ajustar a cadeira, a secretária e o ecrã (dois minutos).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open the posture &amp;checklist</source>
        <translation>Abrir a &amp;lista de postura</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Closes this window and opens the checklist for your chair and desk.</source>
        <translation>Fecha esta janela e abre a lista para a cadeira e a secretária.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Done</source>
        <translation>&amp;Concluído</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Closes this window; psoas-desk keeps running.</source>
        <translation>Fecha esta janela; o psoas-desk continua a funcionar.</translation>
    </message>
</context>
</TS>
