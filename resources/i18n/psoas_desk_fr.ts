<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>ArtView</name>
    <message>
        <location filename="../../psoas_desk/ui/art_view.py" line="+55"/>
        <source>Illustration</source>
        <translation>Illustration</translation>
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
        <translation>Arrière-plan de la pause</translation>
    </message>
</context>
<context>
    <name>BreakKind</name>
    <message>
        <location filename="../../psoas_desk/ui/kind_texts.py" line="+37"/>
        <source>Stretch break</source>
        <translation>Pause étirements</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Micro-break</source>
        <translation>Micro-pause</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Finish your sentence; it starts when you pause typing.</source>
        <translation>Finissez votre phrase ; elle commencera dès que vous ferez une pause dans la saisie.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>A few minutes to stretch your hips; it starts when you pause typing.</source>
        <translation>Quelques minutes pour étirer vos hanches ; elle commencera dès que vous ferez une pause dans la saisie.</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Micro-break at your next pause</source>
        <translation>Micro-pause à votre prochaine pause</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Stretch break at your next pause</source>
        <translation>Pause étirements à votre prochaine pause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 away: counted as your stretch break</source>
        <translation>%1 d’absence : comptée comme votre pause étirements</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>%1 away: counted as your micro-break</source>
        <translation>%1 d’absence : comptée comme votre micro-pause</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Time for a stretch</source>
        <translation>C’est le moment de s’étirer</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Time for a short break</source>
        <translation>C’est le moment d’une courte pause</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Micro-breaks</source>
        <translation>Micro-pauses</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Stretch breaks</source>
        <translation>Pauses étirements</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>&amp;Micro-break now</source>
        <translation>&amp;Micro-pause maintenant</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>S&amp;tretch now</source>
        <translation>É&amp;tirements maintenant</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Starts a short break to stand up and reset your posture.</source>
        <translation>Lance une courte pause pour vous lever et corriger votre posture.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Starts a guided stretch routine for your hips.</source>
        <translation>Lance une routine d’étirements guidée pour vos hanches.</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Take a &amp;micro-break now</source>
        <translation>Faire une &amp;micro-pause maintenant</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Start a s&amp;tretch routine</source>
        <translation>Commencer une routine d’é&amp;tirements</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>micro-break at your next pause in typing</source>
        <translation>micro-pause à votre prochaine pause de frappe</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>stretch break at your next pause in typing</source>
        <translation>pause étirements à votre prochaine pause de frappe</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>micro-break due now</source>
        <translation>micro-pause due maintenant</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>stretch break due now</source>
        <translation>pause étirements due maintenant</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>micro-break waits for a quiet moment</source>
        <translation>la micro-pause attend un moment calme</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>stretch break waits for a quiet moment</source>
        <translation>la pause étirements attend un moment calme</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>micro-break postponed, again in %1</source>
        <translation>micro-pause reportée, à nouveau dans %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>stretch break postponed, again in %1</source>
        <translation>pause étirements reportée, à nouveau dans %1</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>micro-break after %1 more sitting</source>
        <translation>micro-pause après encore %1 en position assise</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>stretch break after %1 more sitting</source>
        <translation>pause étirements après encore %1 en position assise</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>micro-break in %1</source>
        <translation>micro-pause dans %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>stretch break in %1</source>
        <translation>pause étirements dans %1</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>In a micro-break · %1 left</source>
        <translation>En micro-pause · encore %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>In a stretch break · %1 left</source>
        <translation>En pause étirements · encore %1</translation>
    </message>
</context>
<context>
    <name>BreakPopup</name>
    <message>
        <location filename="../../psoas_desk/ui/popup_base.py" line="+107"/>
        <source>&amp;Postpone</source>
        <translation>&amp;Reporter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Postpone</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Take this break a little later.</source>
        <translation>Prendre cette pause un peu plus tard.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Skip</source>
        <translation>&amp;Passer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Skip</source>
        <translation>Passer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Leave this break out. Skips are limited per day.</source>
        <translation>Ne pas faire cette pause. Le nombre de pauses passées par jour est limité.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+181"/>
        <source>&amp;Done</source>
        <translation>&amp;Terminé</translation>
    </message>
    <message>
        <location line="-181"/>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message numerus="yes">
        <location line="+64"/>
        <source>&amp;Postpone (%n left)</source>
        <translation>
            <numerusform>&amp;Reporter (encore %n)</numerusform>
            <numerusform>&amp;Reporter (encore %n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Postpone (%n left)</source>
        <translation>
            <numerusform>Reporter (encore %n)</numerusform>
            <numerusform>Reporter (encore %n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>&amp;Skip (%n left today)</source>
        <translation>
            <numerusform>&amp;Passer (encore %n aujourd’hui)</numerusform>
            <numerusform>&amp;Passer (encore %n aujourd’hui)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Skip (%n left today)</source>
        <translation>
            <numerusform>Passer (encore %n aujourd’hui)</numerusform>
            <numerusform>Passer (encore %n aujourd’hui)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+80"/>
        <location line="+2"/>
        <source>Postpone by…</source>
        <translation>Reporter de…</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Choose how long to put this break off.</source>
        <translation>Choisissez de combien reporter cette pause.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 later</source>
        <translation>Dans %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Done in %1</source>
        <translation>Terminé dans %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Available in %1</source>
        <translation>Disponible dans %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ends the break.</source>
        <translation>Termine la pause.</translation>
    </message>
</context>
<context>
    <name>BreathPacer</name>
    <message>
        <location filename="../../psoas_desk/ui/breath_pacer.py" line="+151"/>
        <source>Breath phase</source>
        <translation>Phase respiratoire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seconds left in this phase</source>
        <translation>Secondes restantes dans cette phase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breathing pacer</source>
        <translation>Guide de respiration</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Breathe in</source>
        <translation>Inspirez</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>Hold</source>
        <translation>Retenez</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Breathe out</source>
        <translation>Expirez</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Breathe in for %1, hold for %2, breathe out for %3, then hold for %4.</source>
        <translation>Inspirez pendant %1, retenez %2, expirez pendant %3, puis retenez %4.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Breathe in for %1, hold for %2, breathe out for %3.</source>
        <translation>Inspirez pendant %1, retenez %2, puis expirez pendant %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Breathe in for %1, breathe out for %3, then hold for %4.</source>
        <translation>Inspirez pendant %1, expirez pendant %3, puis retenez %4.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Breathe in for %1, breathe out for %3.</source>
        <translation>Inspirez pendant %1, puis expirez pendant %3.</translation>
    </message>
</context>
<context>
    <name>ChecklistWindow</name>
    <message>
        <location filename="../../psoas_desk/ui/checklist_window.py" line="+80"/>
        <source>Posture checklist</source>
        <translation>Liste de contrôle de la posture</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Tick each point that is set up, or mark what you cannot change here. Done records the review once every point is answered.</source>
        <translation>Cochez chaque point déjà en place, ou indiquez ce que vous ne pouvez pas changer ici. Terminé enregistre la revue une fois chaque point répondu.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>C&amp;hecklist:</source>
        <translation>&amp;Liste :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checklist</source>
        <translation>Liste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which checklist the window shows.</source>
        <translation>La liste affichée dans la fenêtre.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Done</source>
        <translation>&amp;Terminé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Records that you went through the checklist and closes it.</source>
        <translation>Enregistre que vous avez parcouru la liste et la ferme.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closes without recording a review.</source>
        <translation>Ferme sans enregistrer de vérification.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Last reviewed %1</source>
        <translation>Dernière vérification : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not reviewed yet</source>
        <translation>Pas encore vérifiée</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>No checklist is available.</source>
        <translation>Aucune liste n’est disponible.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Can&apos;t change this here</source>
        <translation>Impossible à changer ici</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Can&apos;t change this here: %1</source>
        <translation>Impossible à changer ici : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answers this point when your desk or chair does not let you change it.</source>
        <translation>Répond à ce point quand votre bureau ou votre chaise ne permet pas de le changer.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 to answer</source>
        <translation>Encore %1 à répondre</translation>
    </message>
</context>
<context>
    <name>CountdownRing</name>
    <message>
        <location filename="../../psoas_desk/ui/countdown_ring.py" line="+85"/>
        <source>Time left</source>
        <translation>Temps restant</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Time is up</source>
        <translation>Le temps est écoulé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 left</source>
        <translation>encore %1</translation>
    </message>
</context>
<context>
    <name>DeskApp</name>
    <message>
        <location filename="../../psoas_desk/app/warning.py" line="+103"/>
        <source>Time to sit for a while?</source>
        <translation>Et si vous vous asseyiez un moment ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You have been standing for %1. Switching now and then is what helps.</source>
        <translation>Vous êtes debout depuis %1. Ce qui aide, c’est d’alterner de temps en temps.</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>%1 in %2</source>
        <translation>%1 dans %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>It waits while you type, %1 at most.</source>
        <translation>Elle attend pendant que vous tapez, %1 au plus.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 later</source>
        <translation>Dans %1</translation>
    </message>
    <message>
        <location filename="../../psoas_desk/app/windows.py" line="+122"/>
        <source>No system tray was found, so psoas-desk shows this window instead.</source>
        <translation>Aucune zone de notification n’a été trouvée : psoas-desk affiche donc cette fenêtre à la place.</translation>
    </message>
    <message>
        <location filename="../../psoas_desk/app/settings_effects.py" line="+55"/>
        <source>Could not change start at login: %1</source>
        <translation>Impossible de modifier le démarrage à l’ouverture de session : %1</translation>
    </message>
    <message>
        <location filename="../../psoas_desk/app/status.py" line="+90"/>
        <source>No idle-time source was found: psoas-desk counts wall-clock time and notices absence only by screen locks.</source>
        <translation>Aucune source d’inactivité n’a été trouvée : psoas-desk compte le temps écoulé et ne détecte votre absence que par le verrouillage de l’écran.</translation>
    </message>
    <message>
        <location filename="../../psoas_desk/app/controller.py" line="+374"/>
        <source>No audio output was found on this computer, so psoas-desk cannot play sounds. Breaks still come with their windows and notifications.</source>
        <translation>Aucune sortie audio n’a été trouvée sur cet ordinateur : psoas-desk ne peut donc pas jouer de sons. Les pauses arrivent toujours avec leurs fenêtres et leurs notifications.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sounds cannot play here (%1).</source>
        <translation>Les sons ne peuvent pas être joués ici (%1).</translation>
    </message>
    <message>
        <location filename="../../psoas_desk/app/absence_question.py" line="+68"/>
        <source>The time away stays counted as a break</source>
        <translation>Le temps d’absence reste compté comme une pause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“I was at my desk” can take it back within %1 of coming back, before you leave again or take a break.</source>
        <translation>« J’étais à mon poste » ne peut l’annuler que dans les %1 après votre retour, avant que vous repartiez ou preniez une pause.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No typing or pointing for a while. If you were reading or watching at your desk, say so and it counts as sitting.</source>
        <translation>Aucune saisie pendant un moment. Si vous lisiez ou regardiez quelque chose à votre poste, dites-le et ce temps compte comme assis.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I was at my desk</source>
        <translation>J’étais à mon poste</translation>
    </message>
    <message>
        <location filename="../../psoas_desk/app/windowing.py" line="+210"/>
        <source>GNOME shows tray icons only with the “AppIndicator and KStatusNotifierItem Support” extension. Everything works without it: this window is your way in.</source>
        <translation>GNOME n’affiche les icônes de la zone de notification qu’avec l’extension « AppIndicator and KStatusNotifierItem Support ». Tout fonctionne sans elle : cette fenêtre est alors votre accès.</translation>
    </message>
</context>
<context>
    <name>FiguresPanel</name>
    <message>
        <location filename="../../psoas_desk/ui/stats_figures.py" line="+29"/>
        <source>Sitting</source>
        <translation>Position assise</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A day on average</source>
        <translation>En moyenne par jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longest bout</source>
        <translation>Plus longue période</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bouts over 30 min</source>
        <translation>Périodes de plus de 30 min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bouts over 60 min</source>
        <translation>Périodes de plus de 60 min</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Standing</source>
        <translation>Debout</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sitting / standing</source>
        <translation>Assis / debout</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breaks taken</source>
        <translation>Pauses prises</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Breaks postponed</source>
        <translation>Pauses reportées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breaks skipped</source>
        <translation>Pauses passées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breaks worked through</source>
        <translation>Pauses sans arrêter le travail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Natural breaks</source>
        <translation>Pauses spontanées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stretch routines done</source>
        <translation>Routines d’étirements faites</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1% sitting, %2% standing</source>
        <translation>%1 % en position assise, %2 % debout</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Days in a row with no bout over %1</source>
        <translation>Jours d’affilée sans période de plus de %1</translation>
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
            <numerusform>Impossible de lire %n fichier de routines ou de listes ; consultez le journal.</numerusform>
            <numerusform>Impossible de lire %n fichiers de routines ou de listes ; consultez le journal.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MicroPopup</name>
    <message>
        <location filename="../../psoas_desk/ui/micro_popup.py" line="+89"/>
        <source>Open the &amp;checklist</source>
        <translation>Ouvrir la &amp;liste</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open the checklist</source>
        <translation>Ouvrir la liste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens the whole set-up checklist to tick through.</source>
        <translation>Ouvre la liste complète de réglages du poste, à cocher point par point.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Stand up, breathe, reset</source>
        <translation>Levez-vous, respirez, repositionnez-vous</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+67"/>
        <source>Then: %1</source>
        <translation>Ensuite : %1</translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <location filename="../../psoas_desk/core/durations.py" line="+51"/>
        <location line="+22"/>
        <source>expected a duration such as 90, &quot;25m&quot; or &quot;1h30m&quot;, got %1</source>
        <translation>une durée comme 90, &quot;25m&quot; ou &quot;1h30m&quot; est attendue, pas %1</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>%1 has no unit; write e.g. &quot;%1m&quot; or &quot;%1s&quot;</source>
        <translation>%1 n’a pas d’unité ; écrivez par ex. &quot;%1m&quot; ou &quot;%1s&quot;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; has no unit; write e.g. &quot;%1m&quot; or &quot;%1s&quot;</source>
        <translation>&quot;%1&quot; n’a pas d’unité ; écrivez par ex. &quot;%1m&quot; ou &quot;%1s&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is not a duration; write e.g. &quot;45s&quot;, &quot;25m&quot; or &quot;1h30m&quot;</source>
        <translation>&quot;%1&quot; n’est pas une durée ; écrivez par ex. &quot;45s&quot;, &quot;25m&quot; ou &quot;1h30m&quot;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a duration cannot be negative (%1 s)</source>
        <translation>une durée ne peut pas être négative (%1 s)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 s is far too long for a duration</source>
        <translation>%1 s est bien trop long pour une durée</translation>
    </message>
    <message>
        <location filename="../../psoas_desk/core/schedule_types.py" line="+45"/>
        <source>start %1 min is outside the day</source>
        <translation>le début (%1 min) est en dehors de la journée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>end %1 min is outside the day</source>
        <translation>la fin (%1 min) est en dehors de la journée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 ends before it starts; split a range that crosses midnight in two</source>
        <translation>%1 se termine avant de commencer ; coupez en deux une plage qui passe minuit</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is not a time range like &quot;09:00-17:30&quot;</source>
        <translation>%1 n’est pas une plage horaire comme &quot;09:00-17:30&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 has an impossible time of day</source>
        <translation>%1 contient une heure impossible</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>working hours need one entry per weekday</source>
        <translation>les heures de travail demandent une entrée par jour de la semaine</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 and %2 overlap</source>
        <translation>%1 et %2 se chevauchent</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>working hours must be a table of weekdays</source>
        <translation>les heures de travail doivent être une table de jours de la semaine</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown weekday %1; use %2</source>
        <translation>jour de la semaine inconnu %1 ; utilisez %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>expected a list of ranges like [&quot;09:00-12:00&quot;]</source>
        <translation>une liste de plages comme [&quot;09:00-12:00&quot;] est attendue</translation>
    </message>
    <message>
        <location filename="../../psoas_desk/core/settings_codec.py" line="+111"/>
        <source>expected true or false, got %1</source>
        <translation>true ou false est attendu, pas %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected a whole number, got %1</source>
        <translation>un nombre entier est attendu, pas %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>expected one of %1, got %2</source>
        <translation>l’une de ces valeurs est attendue : %1 ; pas %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected text, got %1</source>
        <translation>du texte est attendu, pas %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is longer than %1 characters</source>
        <translation>dépasse %1 caractères</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a language code like &quot;de&quot; or &quot;pt_PT&quot;</source>
        <translation>%1 n’est pas un code de langue comme &quot;de&quot; ou &quot;pt_PT&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>has too many entries</source>
        <translation>contient trop d’entrées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expected a list of names, got %1</source>
        <translation>une liste de noms est attendue, pas %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be at least %1, got %2</source>
        <translation>doit valoir au moins %1, pas %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be at most %1, got %2</source>
        <translation>doit valoir au plus %1, pas %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 is not a schema version; reading the file as version %2</source>
        <translation>%1 n’est pas une version de schéma ; le fichier est lu comme version %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>this file was written by a newer psoas-desk (settings version %1); options this version does not know are kept as they are</source>
        <translation>ce fichier a été écrit par un psoas-desk plus récent (version de réglages %1) ; les options que cette version ne connaît pas sont gardées telles quelles</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>expected a table of options, got %1; using the defaults</source>
        <translation>une table d’options est attendue, pas %1 ; les valeurs par défaut s’appliquent</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1; using the default working hours</source>
        <translation>%1 ; les heures de travail par défaut s’appliquent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1; using the default %2</source>
        <translation>%1 ; la valeur par défaut %2 s’applique</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1; using the break length</source>
        <translation>%1 ; la durée de la pause s’applique</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>is longer than the break itself (%1)</source>
        <translation>est plus longue que la pause elle-même (%1)</translation>
    </message>
    <message>
        <location filename="../../psoas_desk/storage/settings_store.py" line="+148"/>
        <source>could not save settings to %1: %2</source>
        <translation>impossible d’enregistrer les réglages dans %1 : %2</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 is a folder, not a settings file; using the defaults</source>
        <translation>%1 est un dossier, pas un fichier de réglages ; les valeurs par défaut s’appliquent</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not a regular file; using the defaults</source>
        <translation>%1 n’est pas un fichier ordinaire ; les valeurs par défaut s’appliquent</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is larger than 1 MiB, so it is not a settings file; using the defaults</source>
        <translation>%1 dépasse 1 Mio, ce n’est donc pas un fichier de réglages ; les valeurs par défaut s’appliquent</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>could not read %1: %2; using the defaults</source>
        <translation>impossible de lire %1 : %2 ; les valeurs par défaut s’appliquent</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not UTF-8 text (byte %2); using the defaults</source>
        <translation>%1 n’est pas du texte UTF-8 (octet %2) ; les valeurs par défaut s’appliquent</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not valid TOML (%2); using the defaults</source>
        <translation>%1 n’est pas du TOML valide (%2) ; les valeurs par défaut s’appliquent</translation>
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
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
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
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore Defaults</source>
        <translation>Restaurer les valeurs par défaut</translation>
    </message>
</context>
<context>
    <name>RoutineMenu</name>
    <message>
        <location filename="../../psoas_desk/ui/routine_menu.py" line="+64"/>
        <source>At your desk</source>
        <translation>À votre bureau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>At home</source>
        <translation>À la maison</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breathing</source>
        <translation>Respiration</translation>
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
        <translation>Pré&amp;cédent</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Previous step</source>
        <translation>Étape précédente</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+40"/>
        <source>Pa&amp;use</source>
        <translation>Pa&amp;use</translation>
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
        <translation>&amp;Commencer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start now</source>
        <translation>Commencer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starts the first step.</source>
        <translation>Commence la première étape.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Goes back to the start of the step before.</source>
        <translation>Revient au début de l’étape précédente.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+46"/>
        <source>Stops the clock; the step waits for you.</source>
        <translation>Arrête le chronomètre ; l’étape vous attend.</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>&amp;Next</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next step</source>
        <translation>Étape suivante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goes on to the next step now.</source>
        <translation>Passe maintenant à l’étape suivante.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to the steps</source>
        <translation>Revenir aux étapes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Goes back to the first step you did not follow.</source>
        <translation>Revient à la première étape que vous n’avez pas suivie.</translation>
    </message>
    <message>
        <location filename="../../psoas_desk/ui/routine_player.py" line="+258"/>
        <source>Step %1 of %2</source>
        <translation>Étape %1 sur %2</translation>
    </message>
    <message>
        <location filename="../../psoas_desk/ui/routine_steps.py" line="+73"/>
        <source>Left side</source>
        <translation>Côté gauche</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Right side</source>
        <translation>Côté droit</translation>
    </message>
    <message>
        <location filename="../../psoas_desk/ui/routine_pages.py" line="+209"/>
        <source>Well done — %1 of slow breathing</source>
        <translation>Bravo : %1 de respiration lente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Well done — %1 of stretching</source>
        <translation>Bravo : %1 d’étirements</translation>
    </message>
    <message>
        <location filename="../../psoas_desk/ui/routine_controls.py" line="+31"/>
        <source>Starts the clock again.</source>
        <translation>Relance le chronomètre.</translation>
    </message>
    <message>
        <location filename="../../psoas_desk/ui/routine_player.py" line="+42"/>
        <location filename="../../psoas_desk/ui/routine_steps.py" line="-18"/>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <location filename="../../psoas_desk/ui/routine_controls.py" line="-43"/>
        <location line="+41"/>
        <source>Res&amp;ume</source>
        <translation>Repren&amp;dre</translation>
    </message>
    <message>
        <location filename="../../psoas_desk/ui/routine_pages.py" line="+1"/>
        <source>All %1 steps followed.</source>
        <translation>Les %1 étapes suivies.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Routine ended early</source>
        <translation>Routine terminée plus tôt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 steps followed, %3 in all.</source>
        <translation>%1 étapes sur %2 suivies, %3 en tout.</translation>
    </message>
    <message>
        <location filename="../../psoas_desk/ui/routine_controls.py" line="+10"/>
        <source>&amp;Back to step %1</source>
        <translation>&amp;Revenir à l’étape %1</translation>
    </message>
    <message>
        <location filename="../../psoas_desk/ui/routine_player.py" line="-13"/>
        <source>Starts by itself in %1</source>
        <translation>Commence toute seule dans %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Not counted as a break.</source>
        <translation>Ne compte pas comme une pause.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closes by itself in %1</source>
        <translation>Se ferme tout seul dans %1</translation>
    </message>
    <message>
        <location filename="../../psoas_desk/ui/routine_controls.py" line="-9"/>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <location filename="../../psoas_desk/ui/routine_pages.py" line="-117"/>
        <source>Before you start</source>
        <translation>Avant de commencer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On the floor, on a mat or rug; about %1.</source>
        <translation>Au sol, sur un tapis ; environ %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At your desk; about %1.</source>
        <translation>À votre bureau ; environ %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Details</source>
        <translation>&amp;Détails</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shows every safety note in full.</source>
        <translation>Affiche toutes les consignes de sécurité en entier.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Safety notes in full</source>
        <translation>Consignes de sécurité en entier</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>&amp;Back</source>
        <translation>Re&amp;tour</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Goes back to the page before.</source>
        <translation>Revient à la page précédente.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../psoas_desk/core/settings.py" line="+33"/>
        <source>Breaks</source>
        <translation>Pauses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presence</source>
        <translation>Présence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schedule</source>
        <translation>Horaires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Popups</source>
        <translation>Fenêtres</translation>
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
        <translation>Démarrage</translation>
    </message>
    <message>
        <location line="+59"/>
        <location filename="../../psoas_desk/ui/routine_list_editor.py" line="+40"/>
        <source>Micro-breaks</source>
        <translation>Micro-pauses</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Short pauses to stand up, breathe and reset your posture.</source>
        <translation>De courtes pauses pour vous lever, respirer et corriger votre posture.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Micro-break every</source>
        <translation>Micro-pause toutes les</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Minutes of sitting between micro-breaks.</source>
        <translation>Minutes en position assise entre deux micro-pauses.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Micro-break length</source>
        <translation>Durée de la micro-pause</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How long a micro-break lasts.</source>
        <translation>Durée d’une micro-pause.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Micro-break can end after</source>
        <translation>Micro-pause terminable après</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+24"/>
        <source>Done becomes available after this much of the break.</source>
        <translation>« Terminé » devient disponible après ce temps de pause.</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Postpone micro-break by</source>
        <translation>Reporter la micro-pause de</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How long Postpone puts a micro-break off.</source>
        <translation>De combien « Reporter » décale une micro-pause.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Postpones per micro-break</source>
        <translation>Reports par micro-pause</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How often one micro-break can be put off (0: never).</source>
        <translation>Combien de fois une micro-pause peut être reportée (0 : jamais).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Posture check every</source>
        <translation>Contrôle de posture toutes les</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every Nth micro-break shows the posture checklist (0: never).</source>
        <translation>Toutes les N micro-pauses, la liste de contrôle de la posture s’affiche (0 : jamais).</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../psoas_desk/ui/routine_list_editor.py" line="+1"/>
        <source>Stretch breaks</source>
        <translation>Pauses étirements</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Longer guided breaks that stretch the hip flexors.</source>
        <translation>Des pauses guidées plus longues pour étirer les fléchisseurs de la hanche.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stretch break every</source>
        <translation>Pause étirements toutes les</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Minutes of sitting between stretch breaks.</source>
        <translation>Minutes en position assise entre deux pauses étirements.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stretch break length</source>
        <translation>Durée de la pause étirements</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>About how long a guided stretch routine takes.</source>
        <translation>Durée approximative d’une routine d’étirements guidée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stretch break can end after</source>
        <translation>Pause étirements terminable après</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Postpone stretch break by</source>
        <translation>Reporter la pause étirements de</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How long Postpone puts a stretch break off.</source>
        <translation>De combien « Reporter » décale une pause étirements.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Postpones per stretch break</source>
        <translation>Reports par pause étirements</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How often one stretch break can be put off (0: never).</source>
        <translation>Combien de fois une pause étirements peut être reportée (0 : jamais).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Warn before a break</source>
        <translation>Prévenir avant une pause</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A notification this long before a break (0: no warning).</source>
        <translation>Une notification ce temps avant la pause (0 : pas d’avertissement).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wait for a typing pause of</source>
        <translation>Attendre une pause de saisie de</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A due break waits until you stop typing for this long.</source>
        <translation>Une pause due attend que vous arrêtiez de taper pendant ce temps.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show anyway after</source>
        <translation>Afficher quand même après</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>If you keep typing, the break shows after this long.</source>
        <translation>Si vous continuez à taper, la pause s’affiche au bout de ce temps.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skips per day</source>
        <translation>Pauses à passer par jour</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How many breaks you can skip each day.</source>
        <translation>Nombre de pauses que vous pouvez passer chaque jour.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Strict mode</source>
        <translation>Mode strict</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No Postpone or Skip buttons: every break is taken.</source>
        <translation>Pas de boutons Reporter ni Passer : chaque pause est prise.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Away after no input for</source>
        <translation>Absent après une inactivité de</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Until then, no input means you are reading or thinking at your desk.</source>
        <translation>Jusque-là, l’absence de saisie signifie que vous lisez ou réfléchissez à votre bureau.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A break on your own counts from</source>
        <translation>Une pause de votre propre initiative compte dès</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Being away this long ends the sitting bout and counts as a micro-break.</source>
        <translation>Une absence de cette durée met fin à la période assise et compte comme une micro-pause.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calls and videos mean I am here</source>
        <translation>Les appels et vidéos signifient que je suis là</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A call, a playing video or a camera in use keeps you present without input.</source>
        <translation>Un appel, une vidéo en cours ou une caméra active vous garde présent sans saisie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trust calls and videos for up to</source>
        <translation>Se fier aux appels et vidéos jusqu’à</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Remind me to sit down</source>
        <translation>Me rappeler de m’asseoir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Suggest switching back after standing for a while.</source>
        <translation>Propose de changer à nouveau après un moment debout.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suggest sitting after</source>
        <translation>Proposer de s’asseoir après</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Standing time before the reminder.</source>
        <translation>Temps debout avant le rappel.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hold breaks during presentations</source>
        <translation>Retenir les pauses pendant les présentations</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Breaks wait while you present, share your screen or are in a meeting.</source>
        <translation>Les pauses attendent pendant que vous présentez, partagez votre écran ou êtes en réunion.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full-screen windows</source>
        <translation>Fenêtres en plein écran</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A full-screen window in front holds breaks.</source>
        <translation>Une fenêtre en plein écran au premier plan retient les pauses.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Camera in use</source>
        <translation>Caméra utilisée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A camera in use (a video call) holds breaks.</source>
        <translation>Une caméra utilisée (un appel vidéo) retient les pauses.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Desktop do-not-disturb</source>
        <translation>« Ne pas déranger » du bureau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The desktop&apos;s own do-not-disturb mode holds breaks.</source>
        <translation>Le mode « Ne pas déranger » du bureau retient les pauses.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offer held breaks after</source>
        <translation>Proposer les pauses retenues après</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Once the presentation ends, a held break comes this much later.</source>
        <translation>Une fois la présentation terminée, la pause retenue arrive après ce délai.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A new day starts at</source>
        <translation>Une nouvelle journée commence à</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hour of the day when the daily figures and skips reset.</source>
        <translation>Heure à laquelle les chiffres du jour et les pauses passées sont remis à zéro.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only during working hours</source>
        <translation>Uniquement pendant les heures de travail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outside these hours psoas-desk keeps quiet.</source>
        <translation>En dehors de ces heures, psoas-desk reste silencieux.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Working hours</source>
        <translation>Heures de travail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Times per weekday, e.g. 09:00-12:30 and 13:30-17:30.</source>
        <translation>Horaires par jour de la semaine, par ex. 09:00-12:30 et 13:30-17:30.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Show breaks as</source>
        <translation>Afficher les pauses en</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A window; a window with the screens dimmed around it; or filling the screens. On sway and other native Wayland desktops a break is always a window.</source>
        <translation>Une fenêtre ; une fenêtre avec les écrans assombris autour ; ou en plein écran. Sur sway et les autres bureaux Wayland natifs, une pause est toujours une fenêtre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show breaks on every screen</source>
        <translation>Afficher les pauses sur chaque écran</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Otherwise the break shows on the screen with the mouse pointer.</source>
        <translation>Sinon, la pause s’affiche sur l’écran où se trouve le pointeur de la souris.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ignore keys for</source>
        <translation>Ignorer les touches pendant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Key presses right after a break appears are ignored.</source>
        <translation>Les touches pressées juste à l’apparition d’une pause sont ignorées.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Explain why</source>
        <translation>Expliquer pourquoi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show a short line on why each break helps.</source>
        <translation>Affiche une courte ligne expliquant pourquoi chaque pause aide.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Colours</source>
        <translation>Couleurs</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Follow the system, or always light or dark.</source>
        <translation>Comme le système, ou toujours clair ou sombre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reduce motion</source>
        <translation>Réduire les animations</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Replace the breathing animation with calm text. Turning animations off for the whole desktop does the same.</source>
        <translation>Remplace l’animation de respiration par un texte calme. Désactiver les animations pour tout le bureau a le même effet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The language of the windows; the system&apos;s unless you choose one.</source>
        <translation>La langue des fenêtres ; celle du système tant que vous n’en choisissez pas une autre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Break windows on Wayland</source>
        <translation>Fenêtres de pause sous Wayland</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automatic uses X11 (XWayland) on GNOME and KDE, where it keeps breaks on top without taking your keyboard. Applies after a restart.</source>
        <translation>« Automatique » utilise X11 (XWayland) sous GNOME et KDE : les pauses y restent au premier plan sans prendre votre clavier. S’applique après un redémarrage.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Older history is deleted after this many days; Forever keeps all of it.</source>
        <translation>L’historique plus ancien est effacé après ce nombre de jours ; « Toujours » garde tout.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Routines to use</source>
        <translation>Routines utilisées</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Checked routines can be picked for a break; clear a check to leave one out.</source>
        <translation>Les routines cochées peuvent être choisies pour une pause ; décochez-en une pour l’écarter.</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>A soft sound when a break starts and ends.</source>
        <translation>Un son doux au début et à la fin d’une pause.</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>After this long without input you count as away even if a video plays, or you read with &quot;Reading or watching&quot; on.</source>
        <translation>Après ce temps sans saisie, vous passez en « absent », même si une vidéo est lue ou si « Lecture ou vidéo » est activé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ask when time away counted as a break</source>
        <translation>Demander quand une absence compte comme pause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After time without input (no lock, no sleep) that counted as a break, a notification lets you say you were at your desk.</source>
        <translation>Si un moment sans saisie (sans verrouillage ni veille) a compté comme pause, une notification vous permet de dire que vous étiez à votre poste.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Loudness of the break sounds.</source>
        <translation>Volume des sons de pause.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Start at login</source>
        <translation>Démarrer à l’ouverture de session</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start psoas-desk when you log in.</source>
        <translation>Démarre psoas-desk quand vous ouvrez votre session.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep history for</source>
        <translation>Conserver l’historique pendant</translation>
    </message>
    <message>
        <location filename="../../psoas_desk/ui/form_labels.py" line="+127"/>
        <location filename="../../psoas_desk/ui/hours_editor.py" line="+89"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>• %1</source>
        <translation>• %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>…and %1 more.</source>
        <translation>…et %1 de plus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A copy of the file as it was is kept at %1</source>
        <translation>Une copie du fichier d’origine est conservée ici : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your settings file had problems, so some settings were reset to their defaults.</source>
        <translation>Votre fichier de réglages comportait des erreurs : certains réglages ont été remis à leur valeur par défaut.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your settings file could not be used as it was.</source>
        <translation>Votre fichier de réglages n’était pas utilisable en l’état.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Dismiss</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <location filename="../../psoas_desk/ui/hours_editor.py" line="-30"/>
        <source>No working hours</source>
        <translation>Pas d’heures de travail</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../../psoas_desk/ui/routine_list_editor.py" line="+1"/>
        <source>At home</source>
        <translation>À la maison</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breathing</source>
        <translation>Respiration</translation>
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
        <translation> pauses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>enter a whole number</source>
        <translation>saisissez un nombre entier</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Forever</source>
        <translation>Toujours</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Follow the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automatic</source>
        <translation>Automatique</translation>
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
        <translation>Une fenêtre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A window, screens dimmed</source>
        <translation>Une fenêtre, écrans assombris</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full screen</source>
        <translation>Plein écran</translation>
    </message>
    <message>
        <location filename="../../psoas_desk/ui/choice_editors.py" line="+68"/>
        <source>System language (%1)</source>
        <translation>Langue du système (%1)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (no translation: screens in English)</source>
        <translation>%1 (pas de traduction : fenêtres en anglais)</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Pla&amp;y a sample</source>
        <translation>Écouter un e&amp;xtrait</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plays the break sound at this volume.</source>
        <translation>Joue le son de pause à ce volume.</translation>
    </message>
</context>
<context>
    <name>SettingsWindow</name>
    <message>
        <location filename="../../psoas_desk/ui/settings_window.py" line="+91"/>
        <source>psoas-desk settings</source>
        <translation>Réglages de psoas-desk</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Settings pages</source>
        <translation>Pages de réglages</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the page to show. Ctrl+Page Down and Ctrl+Page Up move between pages.</source>
        <translation>Choisissez la page à afficher. Ctrl+Pg suiv et Ctrl+Pg préc passent d’une page à l’autre.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Saves your changes and closes the window.</source>
        <translation>Enregistre vos modifications et ferme la fenêtre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closes the window without saving your changes.</source>
        <translation>Ferme la fenêtre sans enregistrer vos modifications.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saves your changes and keeps the window open.</source>
        <translation>Enregistre vos modifications et laisse la fenêtre ouverte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore page &amp;defaults</source>
        <translation>Valeurs par &amp;défaut de la page</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sets the options on the page shown back to their defaults.</source>
        <translation>Remet les options de la page affichée à leur valeur par défaut.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Your settings could not be saved.</source>
        <translation>Impossible d’enregistrer vos réglages.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Correct the marked values to save your settings.</source>
        <translation>Corrigez les valeurs signalées pour enregistrer vos réglages.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1 (has values to correct)</source>
        <translation>%1 (contient des valeurs à corriger)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Restore defaults</source>
        <translation>Restaurer les valeurs par défaut</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing is saved until you press OK or Apply.</source>
        <translation>Rien n’est enregistré tant que vous n’appuyez pas sur « OK » ou « Appliquer ».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Set every option on the “%1” page back to its default?</source>
        <translation>Remettre toutes les options de la page « %1 » à leur valeur par défaut ?</translation>
    </message>
</context>
<context>
    <name>StatsCharts</name>
    <message>
        <location filename="../../psoas_desk/ui/stats_charts.py" line="+63"/>
        <source>Sitting</source>
        <translation>Position assise</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Standing</source>
        <translation>Debout</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Away</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Breaks</source>
        <translation>Pauses</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Sitting and standing per day</source>
        <translation>Assis et debout par jour</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+162"/>
        <source>%1: %2 sitting, %3 standing</source>
        <translation>%1 : %2 en position assise, %3 debout</translation>
    </message>
    <message>
        <location filename="../../psoas_desk/ui/stats_timeline.py" line="+30"/>
        <source>%1 to %2 (%3)</source>
        <translation>de %1 à %2 (%3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>now</source>
        <translation>maintenant</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>taken</source>
        <translation>prise</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>postponed</source>
        <translation>reportée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skipped</source>
        <translation>passée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>taken while away</source>
        <translation>prise pendant votre absence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>worked through</source>
        <translation>travail poursuivi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>withdrawn</source>
        <translation>annulée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>on screen</source>
        <translation>à l’écran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Day timeline</source>
        <translation>Chronologie de la journée</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+92"/>
        <source>Nothing recorded on this day.</source>
        <translation>Rien n’a été enregistré ce jour-là.</translation>
    </message>
</context>
<context>
    <name>StatsWindow</name>
    <message>
        <location filename="../../psoas_desk/ui/stats_window.py" line="+86"/>
        <location line="+2"/>
        <source>psoas-desk statistics</source>
        <translation>Statistiques de psoas-desk</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Which days the figures and the chart below cover.</source>
        <translation>Les jours couverts par les chiffres et le graphique ci-dessous.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Today</source>
        <translation>&amp;Aujourd’hui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Figures for today</source>
        <translation>Chiffres du jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last &amp;7 days</source>
        <translation>&amp;7 derniers jours</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Figures for the last 7 days</source>
        <translation>Chiffres des 7 derniers jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last &amp;30 days</source>
        <translation>&amp;30 derniers jours</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Figures for the last 30 days</source>
        <translation>Chiffres des 30 derniers jours</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sitting and standing per day</source>
        <translation>Assis et debout par jour</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Click a day, or use the arrow keys, to see it below.</source>
        <translation>Cliquez sur un jour, ou utilisez les flèches, pour l’afficher ci-dessous.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Export &amp;CSV…</source>
        <translation>Exporter en &amp;CSV…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;JSON…</source>
        <translation>Exporter en &amp;JSON…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete all history…</source>
        <translation>&amp;Effacer tout l’historique…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;lose</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saves one row per sitting bout and per break to a file you choose.</source>
        <translation>Enregistre une ligne par période assise et par pause dans le fichier de votre choix.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saves the whole history to a file you choose.</source>
        <translation>Enregistre tout l’historique dans le fichier de votre choix.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asks first, then deletes every recorded bout, break and day.</source>
        <translation>Demande d’abord, puis efface toutes les périodes, pauses et journées enregistrées.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closes the statistics window.</source>
        <translation>Ferme la fenêtre des statistiques.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The history could not be read (%1).</source>
        <translation>Impossible de lire l’historique (%1).</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Saved %n records to %1.</source>
        <translation>
            <numerusform>%n enregistrement sauvegardé dans %1.</numerusform>
            <numerusform>%n enregistrements sauvegardés dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../psoas_desk/ui/history_text.py" line="+26"/>
        <source>This history was written by a newer version of psoas-desk. It is shown as it is, and nothing new is recorded until psoas-desk is updated.</source>
        <translation>Cet historique a été écrit par une version plus récente de psoas-desk. Il est affiché tel quel, et rien de nouveau n’est enregistré tant que psoas-desk n’est pas mis à jour.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The history file could not be read, so a new one was started. The old file was kept at %1.</source>
        <translation>Impossible de lire le fichier d’historique : un nouveau a été commencé. L’ancien fichier a été conservé ici : %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The history cannot be saved right now (%1); psoas-desk keeps trying.</source>
        <translation>L’historique ne peut pas être enregistré pour l’instant (%1) ; psoas-desk continue d’essayer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recent events could not be saved (%1); psoas-desk will try again.</source>
        <translation>Les derniers événements n’ont pas pu être enregistrés (%1) ; psoas-desk réessaiera.</translation>
    </message>
    <message>
        <location filename="../../psoas_desk/app/state.py" line="+38"/>
        <location filename="../../psoas_desk/ui/stats_window.py" line="+5"/>
        <source>Could not save %1: %2</source>
        <translation>Impossible d’enregistrer %1 : %2</translation>
    </message>
    <message>
        <location filename="../../psoas_desk/ui/stats_window.py" line="+4"/>
        <source>All history was deleted.</source>
        <translation>Tout l’historique a été effacé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The history could not be deleted: %1</source>
        <translation>Impossible d’effacer l’historique : %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 to %2</source>
        <translation>Du %1 au %2</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The day so far</source>
        <translation>La journée jusqu’ici</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Today, %1</source>
        <translation>Aujourd’hui, %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Timeline of %1</source>
        <translation>Chronologie de %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Export history as CSV</source>
        <translation>Exporter l’historique en CSV</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export history as JSON</source>
        <translation>Exporter l’historique en JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete all history?</source>
        <translation>Effacer tout l’historique ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This deletes every recorded sitting bout, break and day from this computer. It cannot be undone. Today&apos;s figures in the tray stay until the day ends.</source>
        <translation>Cela efface de cet ordinateur toutes les périodes assises, pauses et journées enregistrées. C’est irréversible. Les chiffres du jour dans la zone de notification restent jusqu’à la fin de la journée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete all history</source>
        <translation>Effacer tout l’historique</translation>
    </message>
</context>
<context>
    <name>StatusPanel</name>
    <message>
        <location filename="../../psoas_desk/ui/status_panel.py" line="+52"/>
        <source>psoas-desk status</source>
        <translation>État de psoas-desk</translation>
    </message>
    <message>
        <location filename="../../psoas_desk/ui/status_facts.py" line="+74"/>
        <source>State icon</source>
        <translation>Icône d’état</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+83"/>
        <source>Sitting bout</source>
        <translation>Période assise</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>Next break</source>
        <translation>Prochaine pause</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sitting</source>
        <translation>Position assise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longest bout</source>
        <translation>Plus longue période</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standing</source>
        <translation>Debout</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breaks taken</source>
        <translation>Pauses prises</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breaks postponed</source>
        <translation>Pauses reportées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breaks skipped</source>
        <translation>Pauses passées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breaks worked through</source>
        <translation>Pauses sans arrêter le travail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Natural breaks</source>
        <translation>Pauses spontanées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Setup</source>
        <translation>Configuration</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last checklist review</source>
        <translation>Dernière vérification de la liste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Idle detection</source>
        <translation>Détection d’inactivité</translation>
    </message>
    <message>
        <location filename="../../psoas_desk/ui/status_panel.py" line="+49"/>
        <source>R&amp;outines</source>
        <translation>Routi&amp;nes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I just took a &amp;break</source>
        <translation>Je viens de faire une pa&amp;use</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+109"/>
        <source>I&apos;m &amp;standing</source>
        <translation>Je suis &amp;debout</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>Rea&amp;ding or watching</source>
        <translation>Lecture ou &amp;vidéo</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+111"/>
        <source>&amp;Pause 30 min</source>
        <translation>&amp;Pause de 30 min</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>Posture &amp;checklist</source>
        <translation>&amp;Liste de posture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>St&amp;atistics</source>
        <translation>St&amp;atistiques</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ettings</source>
        <translation>Ré&amp;glages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit psoas-desk</source>
        <translation>&amp;Quitter psoas-desk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose any routine to start now: at your desk, at home or breathing.</source>
        <translation>Choisissez une routine à commencer maintenant : au bureau, à la maison ou de respiration.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counts a break you just took on your own; the sitting clock starts again.</source>
        <translation>Compte une pause que vous venez de faire de vous-même ; le temps assis repart de zéro.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tells psoas-desk whether you sit or stand now.</source>
        <translation>Indique à psoas-desk si vous êtes maintenant assis ou debout.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time without typing counts as sitting, not as away, until you type again.</source>
        <translation>Le temps sans saisie compte comme assis, pas comme absent, jusqu’à ce que vous tapiez à nouveau.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pauses or resumes the break reminders.</source>
        <translation>Suspend ou reprend les rappels de pause.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens the checklist for setting up your desk and chair.</source>
        <translation>Ouvre la liste pour régler votre bureau et votre chaise.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens your sitting and break history.</source>
        <translation>Ouvre votre historique de position assise et de pauses.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens the settings window.</source>
        <translation>Ouvre la fenêtre des réglages.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ends psoas-desk; no more break reminders until you start it again.</source>
        <translation>Quitte psoas-desk ; plus aucun rappel de pause jusqu’à ce que vous le relanciez.</translation>
    </message>
    <message>
        <location filename="../../psoas_desk/ui/status_facts.py" line="+67"/>
        <source>Standing for</source>
        <translation>Debout depuis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Away for</source>
        <translation>Absent depuis</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>none planned right now</source>
        <translation>aucune prévue pour l’instant</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>not yet</source>
        <translation>pas encore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location filename="../../psoas_desk/ui/status_panel.py" line="+87"/>
        <source>I&apos;m s&amp;itting</source>
        <translation>Je m’ass&amp;ois</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <location filename="../../psoas_desk/ui/status_facts.py" line="+14"/>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>outside your working hours</source>
        <translation>hors de vos heures de travail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>turned off</source>
        <translation>désactivées</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>due now</source>
        <translation>c’est l’heure</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in %1</source>
        <translation>dans %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>after %1 more sitting</source>
        <translation>après encore %1 assis</translation>
    </message>
</context>
<context>
    <name>TrayController</name>
    <message>
        <location filename="../../psoas_desk/ui/tray_menu.py" line="+138"/>
        <source>psoas-desk menu</source>
        <translation>Menu de psoas-desk</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <location line="+50"/>
        <location line="+9"/>
        <source>I&apos;m &amp;standing</source>
        <translation>Je suis &amp;debout</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>I just took a &amp;break</source>
        <translation>Je viens de faire une pa&amp;use</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Pause reminders</source>
        <translation>Suspendre les rappels</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>&amp;30 minutes</source>
        <translation>&amp;30 minutes</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>R&amp;outines</source>
        <translation>Routi&amp;nes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rea&amp;ding or watching</source>
        <translation>Lecture ou &amp;vidéo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;1 hour</source>
        <translation>&amp;1 heure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;2 hours</source>
        <translation>&amp;2 heures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until &amp;tomorrow</source>
        <translation>Jusqu’à &amp;demain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Indefinitely</source>
        <translation>&amp;Indéfiniment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Posture &amp;checklist</source>
        <translation>&amp;Liste de posture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>St&amp;atistics</source>
        <translation>St&amp;atistiques</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ettings</source>
        <translation>Ré&amp;glages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Start a routine</source>
        <translation>Commencer une routine</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>I&apos;m s&amp;itting</source>
        <translation>Je m’ass&amp;ois</translation>
    </message>
</context>
<context>
    <name>TrayText</name>
    <message>
        <location filename="../../psoas_desk/ui/tray_text.py" line="+42"/>
        <source>Sitting</source>
        <translation>Position assise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standing</source>
        <translation>Debout</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Away</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Break due</source>
        <translation>Pause due</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taking a break</source>
        <translation>En pause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused</source>
        <translation>Suspendu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outside working hours</source>
        <translation>Hors des heures de travail</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Outside your working hours</source>
        <translation>En dehors de vos heures de travail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Away %1</source>
        <translation>Absent depuis %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Standing %1</source>
        <translation>Debout depuis %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sitting %1</source>
        <translation>En position assise depuis %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Paused until you resume</source>
        <translation>Suspendu jusqu’à ce que vous repreniez</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Paused until %1</source>
        <translation>Suspendu jusqu’à %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paused until tomorrow, %1</source>
        <translation>Suspendu jusqu’à demain, %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paused until %1, %2</source>
        <translation>Suspendu jusqu’au %1, %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Today: %1 sitting · longest %2</source>
        <translation>Aujourd’hui : %1 en position assise · plus longue période %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No idle-time source: counting wall-clock time</source>
        <translation>Aucune source d’inactivité : le temps écoulé est compté</translation>
    </message>
</context>
<context>
    <name>WelcomeWindow</name>
    <message>
        <location filename="../../psoas_desk/ui/welcome_window.py" line="+49"/>
        <location line="+16"/>
        <source>Welcome to psoas-desk</source>
        <translation>Bienvenue dans psoas-desk</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>psoas-desk notices how long you sit and offers a short break every so often: a micro-break to stand up, and now and then a guided stretch for your hips.</source>
        <translation>psoas-desk remarque depuis combien de temps vous êtes assis et vous propose de temps en temps une courte pause : une micro-pause pour vous lever et, de temps à autre, des étirements guidés pour les hanches.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It lives in your system tray: the icon fills up as you sit. Click it for the status window; right-click it for the menu (pause, settings, quit).</source>
        <translation>Il se trouve dans la zone de notification : l’icône se remplit pendant que vous êtes assis. Cliquez dessus pour la fenêtre d’état, clic droit pour le menu (pause, réglages, quitter).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No system tray was found, so the psoas-desk status window is its home: closing it only minimises it. Quit from its button.</source>
        <translation>Aucune zone de notification n’a été trouvée : psoas-desk vit donc dans sa fenêtre d’état, que la fermer ne fait que réduire. Quittez-le avec son bouton.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>From a terminal: %1 status, %2 pause 30m, %3 --help.</source>
        <translation>Dans un terminal : %1 status, %2 pause 30m, %3 --help.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Start psoas-desk when I log in</source>
        <translation>&amp;Démarrer psoas-desk à l’ouverture de session</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Off until you tick it. You can change it later under Settings, Startup.</source>
        <translation>Désactivé tant que vous ne le cochez pas. Vous pourrez le changer dans Réglages, Démarrage.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You can change this later under Settings, Startup.</source>
        <translation>Vous pourrez le changer plus tard dans Réglages, Démarrage.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start at login cannot be set up on this system.</source>
        <translation>Le démarrage à l’ouverture de session n’est pas possible sur ce système.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A good first step: go through the posture checklist to set up your chair, desk and screen (two minutes).</source>
        <translation>Un bon premier pas : parcourez la liste de posture pour régler chaise, bureau et écran (deux minutes).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open the posture &amp;checklist</source>
        <translation>Ouvrir la &amp;liste de posture</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Closes this window and opens the checklist for your chair and desk.</source>
        <translation>Ferme cette fenêtre et ouvre la liste pour votre chaise et votre bureau.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Done</source>
        <translation>&amp;Terminé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Closes this window; psoas-desk keeps running.</source>
        <translation>Ferme cette fenêtre ; psoas-desk continue de fonctionner.</translation>
    </message>
</context>
</TS>
