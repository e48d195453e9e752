<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
  <context>
    <name>AboutDialog</name>
    <message>
      <source>Social-media strategy, editorial calendar and statistics for community managers.</source>
      <translation>Stratégie social media, calendrier éditorial et statistiques pour les community managers.</translation>
    </message>
    <message>
      <source>Plan format: {version}</source>
      <translation>Format de plan : {version}</translation>
    </message>
    <message>
      <source>Plan file: {path}</source>
      <translation>Fichier du plan : {path}</translation>
    </message>
    <message>
      <source>No plan open</source>
      <translation>Aucun plan ouvert</translation>
    </message>
    <message>
      <source>About smplanner</source>
      <translation>À propos de smplanner</translation>
    </message>
    <message>
      <source>About Qt</source>
      <translation>À propos de Qt</translation>
    </message>
    <message>
      <source>This program uses Qt version {version}.</source>
      <translation>Ce programme utilise la version {version} de Qt.</translation>
    </message>
    <message>
      <source>Qt is a C++ toolkit for cross-platform application development.</source>
      <translation>Qt est une bibliothèque C++ pour développer des applications multiplateformes.</translation>
    </message>
    <message>
      <source>smplanner uses Qt through PySide6 (Qt for Python) {version}, under the terms of the GNU Lesser General Public License (LGPL) version 3.</source>
      <translation>smplanner utilise Qt par PySide6 (Qt for Python) {version}, selon les termes de la licence publique générale limitée GNU (LGPL) version 3.</translation>
    </message>
    <message>
      <source>Qt is available under several licences, commercial and open source: see &lt;a href="https://qt.io/licensing/"&gt;qt.io/licensing&lt;/a&gt;.</source>
      <translation>Qt est disponible sous plusieurs licences, commerciales et libres : voir &lt;a href="https://qt.io/licensing/"&gt;qt.io/licensing&lt;/a&gt;.</translation>
    </message>
    <message>
      <source>Copyright (C) The Qt Company Ltd. and other contributors.</source>
      <translation>Copyright (C) The Qt Company Ltd. et d’autres contributeurs.</translation>
    </message>
    <message>
      <source>Qt and the Qt logo are trademarks of The Qt Company Ltd.</source>
      <translation>Qt et le logo Qt sont des marques de The Qt Company Ltd.</translation>
    </message>
    <message>
      <source>Qt is The Qt Company Ltd. product developed as an open source project. See &lt;a href="https://qt.io/"&gt;qt.io&lt;/a&gt; for more information.</source>
      <translation>Qt est un produit de The Qt Company Ltd., développé comme un projet libre. Plus d’informations sur &lt;a href="https://qt.io/"&gt;qt.io&lt;/a&gt;.</translation>
    </message>
  </context>
  <context>
    <name>DateEntry</name>
    <message>
      <source>Pick in a calendar (F4)</source>
      <translation>Choisir dans un calendrier (F4)</translation>
    </message>
    <message>
      <source>A date is needed here: %1.</source>
      <translation>Une date est nécessaire ici : %1.</translation>
    </message>
    <message>
      <source>“%1” is not a day of the calendar: %2.</source>
      <translation>« %1 » n’est pas un jour du calendrier : %2.</translation>
    </message>
    <message>
      <source>“%1” is not a date: %2.</source>
      <translation>« %1 » n’est pas une date : %2.</translation>
    </message>
    <message>
      <source>%1 is outside the dates allowed here (%2 to %3).</source>
      <translation>%1 est en dehors des dates possibles ici (du %2 au %3).</translation>
    </message>
    <message>
      <source>type it as %1, e.g. %2</source>
      <translation>tapez-la sous la forme %1, par exemple %2</translation>
    </message>
    <message>
      <source>DD</source>
      <translation>JJ</translation>
    </message>
    <message>
      <source>MM</source>
      <translation>MM</translation>
    </message>
    <message>
      <source>YYYY</source>
      <translation>AAAA</translation>
    </message>
  </context>
  <context>
    <name>ErrorMessages</name>
    <message>
      <source>Use File &gt; Save As to work on a copy.</source>
      <translation>Utilisez Fichier &gt; Enregistrer sous pour travailler sur une copie.</translation>
    </message>
    <message>
      <source>Plan not found</source>
      <translation>Plan introuvable</translation>
    </message>
    <message>
      <source>Not a plan</source>
      <translation>Ce n'est pas un plan</translation>
    </message>
    <message>
      <source>Damaged plan</source>
      <translation>Plan endommagé</translation>
    </message>
    <message>
      <source>Plan from a newer version</source>
      <translation>Plan d'une version plus récente</translation>
    </message>
    <message>
      <source>Plan already open</source>
      <translation>Plan déjà ouvert</translation>
    </message>
    <message>
      <source>Read-only plan</source>
      <translation>Plan en lecture seule</translation>
    </message>
    <message>
      <source>Could not save</source>
      <translation>Enregistrement impossible</translation>
    </message>
    <message>
      <source>Invalid value</source>
      <translation>Valeur incorrecte</translation>
    </message>
    <message>
      <source>Cannot do that</source>
      <translation>Action impossible</translation>
    </message>
  </context>
  <context>
    <name>ErrorReporting</name>
    <message>
      <source>Unexpected error</source>
      <translation>Erreur inattendue</translation>
    </message>
    <message>
      <source>smplanner ran into an unexpected problem. Your plan is safe: every change is saved as soon as it is made, up to the last one that finished.

The details were written to {log}. Please send that file to support. You can keep working; if something looks wrong, close and reopen the plan.</source>
      <translation>smplanner a rencontré un problème inattendu. Votre plan est en sécurité : chaque modification est enregistrée dès qu'elle est faite, jusqu'à la dernière terminée.

Les détails ont été écrits dans {log}. Merci d'envoyer ce fichier au support. Vous pouvez continuer à travailler ; si quelque chose semble anormal, fermez puis rouvrez le plan.</translation>
    </message>
  </context>
  <context>
    <name>IntegrityWatch</name>
    <message>
      <source>This plan is damaged</source>
      <translation>Ce plan est endommagé</translation>
    </message>
    <message>
      <source>Checking the whole of %1 found damaged pages (%2).

What can still be read is shown. Make a copy with File &gt; Save As now, and go back to a backup copy of the plan if something is missing.</source>
      <translation>La vérification complète de %1 a trouvé des pages endommagées (%2).

Ce qui peut encore être lu est affiché. Faites-en une copie dès maintenant avec Fichier &gt; Enregistrer sous, et revenez à une copie de sauvegarde du plan s'il manque quelque chose.</translation>
    </message>
  </context>
  <context>
    <name>MainMenus</name>
    <message>
      <source>&amp;File</source>
      <translation>&amp;Fichier</translation>
    </message>
    <message>
      <source>&amp;New plan…</source>
      <translation>&amp;Nouveau plan…</translation>
    </message>
    <message>
      <source>&amp;Open plan…</source>
      <translation>&amp;Ouvrir un plan…</translation>
    </message>
    <message>
      <source>Open &amp;Recent</source>
      <translation>Plans &amp;récents</translation>
    </message>
    <message>
      <source>Save &amp;As…</source>
      <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
      <source>&amp;Close plan</source>
      <translation>&amp;Fermer le plan</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>&amp;Quitter</translation>
    </message>
    <message>
      <source>Restore a pre&amp;vious version…</source>
      <translation>Restaurer une &amp;version précédente…</translation>
    </message>
    <message>
      <source>&amp;Import statistics…</source>
      <translation>&amp;Importer des statistiques…</translation>
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation>&amp;Édition</translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Annuler</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>&amp;Rétablir</translation>
    </message>
    <message>
      <source>Plan &amp;properties…</source>
      <translation>&amp;Propriétés du plan…</translation>
    </message>
    <message>
      <source>Pre&amp;ferences…</source>
      <translation>Pré&amp;férences…</translation>
    </message>
    <message>
      <source>&amp;Accounts…</source>
      <translation>&amp;Comptes…</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>&amp;Affichage</translation>
    </message>
    <message>
      <source>&amp;Strategy</source>
      <translation>&amp;Stratégie</translation>
    </message>
    <message>
      <source>&amp;Calendar</source>
      <translation>&amp;Calendrier</translation>
    </message>
    <message>
      <source>S&amp;tatistics</source>
      <translation>S&amp;tatistiques</translation>
    </message>
    <message>
      <source>&amp;Undo history</source>
      <translation>&amp;Historique des modifications</translation>
    </message>
    <message>
      <source>&amp;Full screen</source>
      <translation>&amp;Plein écran</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>Aid&amp;e</translation>
    </message>
    <message>
      <source>&amp;About smplanner</source>
      <translation>À &amp;propos de smplanner</translation>
    </message>
    <message>
      <source>About &amp;Qt</source>
      <translation>À propos de &amp;Qt</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>Undo history</source>
      <translation>Historique des modifications</translation>
    </message>
    <message>
      <source>This plan was updated from format {old} to {new}; the original was kept as {backup}.</source>
      <translation>Ce plan a été mis à jour du format {old} au format {new} ; l'original a été conservé sous {backup}.</translation>
    </message>
    <message>
      <source>The last change, interrupted when smplanner stopped unexpectedly, was undone; every finished edit is kept.</source>
      <translation>La dernière modification, interrompue par un arrêt inattendu de smplanner, a été annulée ; toutes les modifications terminées sont conservées.</translation>
    </message>
    <message>
      <source>Crash journal set aside</source>
      <translation>Journal de plantage mis de côté</translation>
    </message>
    <message>
      <source>A crash journal beside this plan belonged to another file (the plan was replaced after a crash). Replaying it would have damaged the plan, so it was kept aside as {journal} and the plan opened as it is.</source>
      <translation>Un journal de plantage à côté de ce plan appartenait à un autre fichier (le plan a été remplacé après un plantage). Le rejouer aurait abîmé le plan : il a été mis de côté sous le nom {journal} et le plan a été ouvert tel quel.</translation>
    </message>
    <message>
      <source>A plan on a network folder</source>
      <translation>Un plan sur un dossier réseau</translation>
    </message>
    <message>
      <source>{path} is on a network folder ({kind}). File locks are not reliable there: if someone opens this plan from another computer at the same time, both may write and damage it. Work on a copy on this computer (File &gt; Save As), and put it back when you are done.</source>
      <translation>{path} est sur un dossier réseau ({kind}). Les verrous de fichiers n’y sont pas fiables : si quelqu’un ouvre ce plan depuis un autre ordinateur en même temps, les deux peuvent écrire et l’abîmer. Travaillez sur une copie sur cet ordinateur (Fichier &gt; Enregistrer sous), puis remettez-la en place une fois terminé.</translation>
    </message>
    <message>
      <source>(read-only)</source>
      <translation>(lecture seule)</translation>
    </message>
    <message>
      <source>Clear the list</source>
      <translation>Vider la liste</translation>
    </message>
    <message>
      <source>The new language applies the next time smplanner starts.</source>
      <translation>La nouvelle langue s'appliquera au prochain démarrage de smplanner.</translation>
    </message>
  </context>
  <context>
    <name>PlanFileActions</name>
    <message>
      <source>Create the plan file</source>
      <translation>Créer le fichier du plan</translation>
    </message>
    <message>
      <source>File already exists</source>
      <translation>Le fichier existe déjà</translation>
    </message>
    <message>
      <source>{path} already exists. Choose another name, or open it with File &gt; Open.</source>
      <translation>{path} existe déjà. Choisissez un autre nom, ou ouvrez-le avec Fichier &gt; Ouvrir.</translation>
    </message>
    <message>
      <source>Plan not found</source>
      <translation>Plan introuvable</translation>
    </message>
    <message>
      <source>{path} is no longer there: it may have been moved, renamed or deleted. It was removed from the recent plans.</source>
      <translation>{path} n'est plus là : il a peut-être été déplacé, renommé ou supprimé. Il a été retiré des plans récents.</translation>
    </message>
    <message>
      <source>This plan is already open.</source>
      <translation>Ce plan est déjà ouvert.</translation>
    </message>
    <message>
      <source>Open read-only</source>
      <translation>Ouvrir en lecture seule</translation>
    </message>
    <message>
      <source>%1 copy.smplan</source>
      <translation>%1 - copie.smplan</translation>
    </message>
    <message>
      <source>Save the plan as</source>
      <translation>Enregistrer le plan sous</translation>
    </message>
    <message>
      <source>Access tokens not copied</source>
      <translation>Jetons d’accès non copiés</translation>
    </message>
    <message>
      <source>The copy is saved, but the access tokens of its accounts could not be copied: the keyring could not be used. The original plan keeps its tokens. To refresh statistics online from the copy, type the tokens again in Accounts once the keyring is unlocked.</source>
      <translation>La copie est enregistrée, mais les jetons d’accès de ses comptes n’ont pas pu être copiés : le trousseau n’a pas pu être utilisé. Le plan d’origine garde ses jetons. Pour actualiser les statistiques en ligne depuis la copie, saisissez à nouveau les jetons dans Comptes une fois le trousseau déverrouillé.</translation>
    </message>
  </context>
  <context>
    <name>PlanProperties</name>
    <message>
      <source>Edit plan properties</source>
      <translation>Modifier les propriétés du plan</translation>
    </message>
  </context>
  <context>
    <name>PlanPropertiesDialog</name>
    <message>
      <source>New plan</source>
      <translation>Nouveau plan</translation>
    </message>
    <message>
      <source>Plan properties</source>
      <translation>Propriétés du plan</translation>
    </message>
    <message>
      <source>e.g. Boulangerie Martin</source>
      <translation>ex. Boulangerie Martin</translation>
    </message>
    <message>
      <source>Language of the client's report</source>
      <translation>Langue du rapport remis au client</translation>
    </message>
    <message>
      <source>&amp;Client:</source>
      <translation>&amp;Client :</translation>
    </message>
    <message>
      <source>&amp;Sector:</source>
      <translation>&amp;Secteur :</translation>
    </message>
    <message>
      <source>&amp;Time zone:</source>
      <translation>&amp;Fuseau horaire :</translation>
    </message>
    <message>
      <source>Report &amp;language:</source>
      <translation>&amp;Langue du rapport :</translation>
    </message>
    <message>
      <source>C&amp;urrency:</source>
      <translation>&amp;Devise :</translation>
    </message>
    <message>
      <source>Create…</source>
      <translation>Créer…</translation>
    </message>
    <message>
      <source>Type the client's name.</source>
      <translation>Saisissez le nom du client.</translation>
    </message>
    <message>
      <source>“{zone}” is not a known time zone: pick one in the list, e.g. Europe/Paris.</source>
      <translation>« {zone} » n'est pas un fuseau horaire connu : choisissez-en un dans la liste, par ex. Europe/Paris.</translation>
    </message>
    <message>
      <source>The currency is a three-letter code such as EUR, CHF or CAD.</source>
      <translation>La devise est un code de trois lettres, comme EUR, CHF ou CAD.</translation>
    </message>
  </context>
  <context>
    <name>PlanRestoreActions</name>
    <message>
      <source>The plan is back as it was on %1 (%2). The version it replaced is kept: File &gt; Restore a previous version.</source>
      <translation>Le plan est revenu à son état du %1 (%2). La version remplacée est gardée : Fichier &gt; Restaurer une version précédente.</translation>
    </message>
  </context>
  <context>
    <name>PlanView</name>
    <message>
      <source>Strategy</source>
      <translation>Stratégie</translation>
    </message>
    <message>
      <source>Calendar</source>
      <translation>Calendrier</translation>
    </message>
    <message>
      <source>Statistics</source>
      <translation>Statistiques</translation>
    </message>
  </context>
  <context>
    <name>PreferencesDialog</name>
    <message>
      <source>Preferences</source>
      <translation>Préférences</translation>
    </message>
    <message>
      <source>System language</source>
      <translation>Langue du système</translation>
    </message>
    <message>
      <source>Your name, printed on reports</source>
      <translation>Votre nom, imprimé sur les rapports</translation>
    </message>
    <message>
      <source>Path to your logo (PNG or JPEG), optional</source>
      <translation>Chemin de votre logo (PNG ou JPEG), facultatif</translation>
    </message>
    <message>
      <source>&amp;Browse…</source>
      <translation>&amp;Parcourir…</translation>
    </message>
    <message>
      <source>Interface &amp;language:</source>
      <translation>&amp;Langue de l'interface :</translation>
    </message>
    <message>
      <source>Community &amp;manager:</source>
      <translation>Community &amp;manager :</translation>
    </message>
    <message>
      <source>&amp;Logo:</source>
      <translation>L&amp;ogo :</translation>
    </message>
    <message>
      <source>A new language applies the next time smplanner starts.</source>
      <translation>Une nouvelle langue s'applique au prochain démarrage de smplanner.</translation>
    </message>
    <message>
      <source>Choose your logo</source>
      <translation>Choisir votre logo</translation>
    </message>
    <message>
      <source>Images (*.png *.jpg *.jpeg *.svg);;All files (*)</source>
      <translation>Images (*.png *.jpg *.jpeg *.svg);;Tous les fichiers (*)</translation>
    </message>
    <message>
      <source>There is no file at %1: choose it with Browse….</source>
      <translation>Il n’y a pas de fichier à l’emplacement %1 : choisissez-le avec Parcourir….</translation>
    </message>
    <message>
      <source>%1 is not an image smplanner can read: choose a PNG or JPEG.</source>
      <translation>%1 n’est pas une image que smplanner sait lire : choisissez un PNG ou un JPEG.</translation>
    </message>
  </context>
  <context>
    <name>Prompts</name>
    <message>
      <source>smplanner plans (*.smplan);;All files (*)</source>
      <translation>Plans smplanner (*.smplan);;Tous les fichiers (*)</translation>
    </message>
    <message>
      <source>Open a plan</source>
      <translation>Ouvrir un plan</translation>
    </message>
  </context>
  <context>
    <name>QAbstractFileIconProvider</name>
    <message>
      <source>Folder</source>
      <translation>Dossier</translation>
    </message>
    <message>
      <source>Drive</source>
      <translation>Disque</translation>
    </message>
    <message>
      <source>File</source>
      <translation>Fichier</translation>
    </message>
    <message>
      <source>Unknown</source>
      <translation>Inconnu</translation>
    </message>
    <message>
      <source>%1 File</source>
      <comment>%1 is a file name suffix, for example txt</comment>
      <translation>Fichier %1</translation>
    </message>
  </context>
  <context>
    <name>QFileDialog</name>
    <message>
      <source>&amp;Look in:</source>
      <translation>&amp;Regarder dans :</translation>
    </message>
    <message>
      <source>Files of &amp;type:</source>
      <translation>&amp;Type de fichier :</translation>
    </message>
    <message>
      <source>File name:</source>
      <translation>Nom de fichier :</translation>
    </message>
  </context>
  <context>
    <name>ReadOnlyBanner</name>
    <message>
      <source>Read-only: {reason}. Changes cannot be made to this plan.</source>
      <translation>Lecture seule : {reason}. Ce plan ne peut pas être modifié.</translation>
    </message>
    <message>
      <source>Save a copy to edit…</source>
      <translation>Enregistrer une copie pour la modifier…</translation>
    </message>
  </context>
  <context>
    <name>RestoreDialog</name>
    <message>
      <source>Restore a previous version</source>
      <translation>Restaurer une version précédente</translation>
    </message>
    <message>
      <source>smplanner keeps a copy of %1 when it is opened, before an import, before a template is applied and before a restore. Choose the version to go back to: the plan as it is now is kept as a copy first, so this can be undone the same way.</source>
      <translation>smplanner garde une copie de %1 à son ouverture, avant un import, avant l’application d’un modèle et avant une restauration. Choisissez la version à retrouver : le plan tel qu’il est maintenant est d’abord gardé en copie, et la restauration peut donc être annulée de la même façon.</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>Taille</translation>
    </message>
    <message>
      <source>Client</source>
      <translation>Client</translation>
    </message>
    <message>
      <source>Copy made</source>
      <translation>Copie faite</translation>
    </message>
    <message>
      <source>Kept versions of the plan</source>
      <translation>Versions gardées du plan</translation>
    </message>
    <message>
      <source>No copy of this plan was kept yet: smplanner makes the first one a few seconds after a plan is opened.</source>
      <translation>Aucune copie de ce plan n’a encore été gardée : smplanner fait la première quelques secondes après l’ouverture d’un plan.</translation>
    </message>
    <message>
      <source>&amp;Restore this version</source>
      <translation>&amp;Restaurer cette version</translation>
    </message>
  </context>
  <context>
    <name>StartPage</name>
    <message>
      <source>No plan is open</source>
      <translation>Aucun plan n'est ouvert</translation>
    </message>
    <message>
      <source>One plan per client: its strategy, calendar and statistics in one .smplan file. Start a plan for a new client (from a template for a head start), or open an existing one.</source>
      <translation>Un plan par client : sa stratégie, son calendrier et ses statistiques dans un seul fichier .smplan. Commencez le plan d'un nouveau client (à partir d'un modèle pour gagner du temps), ou ouvrez un plan existant.</translation>
    </message>
    <message>
      <source>New from a template…</source>
      <translation>Nouveau à partir d'un modèle…</translation>
    </message>
    <message>
      <source>New plan…</source>
      <translation>Nouveau plan…</translation>
    </message>
    <message>
      <source>Open a plan…</source>
      <translation>Ouvrir un plan…</translation>
    </message>
    <message>
      <source>Recent plans:</source>
      <translation>Plans récents :</translation>
    </message>
  </context>
  <context>
    <name>Startup</name>
    <message>
      <source>My first client</source>
      <translation>Mon premier client</translation>
    </message>
  </context>
  <context>
    <name>TimeEntry</name>
    <message>
      <source>“%1” is not a time of day: %2.</source>
      <translation>« %1 » n’est pas une heure : %2.</translation>
    </message>
    <message>
      <source>type it as HH:MM, e.g. 14:30</source>
      <translation>tapez-la sous la forme HH:MM, par exemple 14:30</translation>
    </message>
  </context>
  <context>
    <name>WaitingNote</name>
    <message>
      <source>Please wait</source>
      <translation>Veuillez patienter</translation>
    </message>
    <message>
      <source>Undoing %1…</source>
      <translation>Annulation : %1…</translation>
    </message>
    <message>
      <source>Redoing %1…</source>
      <translation>Rétablissement : %1…</translation>
    </message>
  </context>
  <context>
    <name>WelcomeDialog</name>
    <message>
      <source>Welcome to smplanner</source>
      <translation>Bienvenue dans smplanner</translation>
    </message>
    <message>
      <source>Welcome</source>
      <translation>Bienvenue</translation>
    </message>
    <message>
      <source>smplanner keeps one plan per client: the strategy workshop, the editorial calendar and the statistics of that client, in one .smplan file you can copy or e-mail. Every change is saved at once.

Start a client's plan from a template (bakery, craft, B2B…): its strategy outline, content pillars and network roles are filled in, ready to adapt. Or try things out in the plan that is open behind this window.</source>
      <translation>smplanner tient un plan par client : l'atelier de stratégie, le calendrier éditorial et les statistiques de ce client, dans un seul fichier .smplan que vous pouvez copier ou envoyer par e-mail. Chaque modification est enregistrée aussitôt.

Commencez le plan d'un client à partir d'un modèle (boulangerie, artisanat, B2B…) : la trame de la stratégie, les piliers de contenu et les rôles des réseaux sont déjà remplis, prêts à adapter. Ou faites vos essais dans le plan ouvert derrière cette fenêtre.</translation>
    </message>
    <message>
      <source>New plan from a template…</source>
      <translation>Nouveau plan à partir d'un modèle…</translation>
    </message>
    <message>
      <source>Empty new plan…</source>
      <translation>Nouveau plan vide…</translation>
    </message>
    <message>
      <source>Look around first</source>
      <translation>Découvrir d'abord</translation>
    </message>
  </context>
</TS>