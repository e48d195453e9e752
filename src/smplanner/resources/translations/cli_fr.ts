<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
  <context>
    <name>CheckCommand</name>
    <message>
      <source>current</source>
      <translation>à jour</translation>
    </message>
    <message>
      <source>older, will be updated to %1 when opened for editing</source>
      <translation>ancienne, sera mise à jour en %1 à la première ouverture en écriture</translation>
    </message>
    <message>
      <source>%1 bytes</source>
      <translation>%1 octets</translation>
    </message>
    <message>
      <source>Plan:</source>
      <translation>Plan :</translation>
    </message>
    <message>
      <source>Client:</source>
      <translation>Client :</translation>
    </message>
    <message>
      <source>Sector:</source>
      <translation>Secteur :</translation>
    </message>
    <message>
      <source>Time zone:</source>
      <translation>Fuseau horaire :</translation>
    </message>
    <message>
      <source>Language:</source>
      <translation>Langue :</translation>
    </message>
    <message>
      <source>Format version:</source>
      <translation>Format :</translation>
    </message>
    <message>
      <source>Size:</source>
      <translation>Taille :</translation>
    </message>
    <message>
      <source>Integrity:</source>
      <translation>Intégrité :</translation>
    </message>
    <message>
      <source>ok</source>
      <translation>bonne</translation>
    </message>
    <message>
      <source>Strategy:</source>
      <translation>Stratégie :</translation>
    </message>
    <message>
      <source>%1 rows</source>
      <translation>%1 lignes</translation>
    </message>
    <message>
      <source>%1 of %2 sections complete</source>
      <translation>%1 sections sur %2 complètes</translation>
    </message>
    <message>
      <source>missing</source>
      <translation>à faire</translation>
    </message>
    <message>
      <source>warning</source>
      <translation>alerte</translation>
    </message>
    <message>
      <source>  [%1] %2: %3</source>
      <translation>  [%1] %2 : %3</translation>
    </message>
    <message>
      <source>%1 characters, the network takes %2</source>
      <translation>%1 caractères, le réseau en accepte %2</translation>
    </message>
    <message>
      <source>%1 hashtags, the network takes %2</source>
      <translation>%1 hashtags, le réseau en accepte %2</translation>
    </message>
    <message>
      <source>title of %1 characters, the network takes %2</source>
      <translation>titre de %1 caractères, le réseau en accepte %2</translation>
    </message>
    <message>
      <source>%1 media, the network takes %2</source>
      <translation>%1 médias, le réseau en accepte %2</translation>
    </message>
    <message>
      <source>%1 videos, the network takes %2</source>
      <translation>%1 vidéos, le réseau en accepte %2</translation>
    </message>
    <message>
      <source>video of %1 s, the network takes %2 s</source>
      <translation>vidéo de %1 s, le réseau accepte %2 s</translation>
    </message>
    <message>
      <source>needs an image or a video</source>
      <translation>il faut une image ou une vidéo</translation>
    </message>
    <message>
      <source>files the network does not take (%3)</source>
      <translation>fichiers refusés par le réseau (%3)</translation>
    </message>
    <message>
      <source>Network limits: %1 post(s) over</source>
      <translation>Limites des réseaux : %1 publication(s) au-delà</translation>
    </message>
    <message>
      <source>idea</source>
      <translation>idée</translation>
    </message>
    <message>
      <source>  [%1] post %2, %3, “%4”: %5</source>
      <translation>  [%1] publication %2, %3, « %4 » : %5</translation>
    </message>
    <message>
      <source>the view %2 was not made by smplanner</source>
      <translation>la vue %2 n’a pas été créée par smplanner</translation>
    </message>
    <message>
      <source>the trigger %2 on the table %1 was not made by smplanner</source>
      <translation>le déclencheur %2 sur la table %1 n’a pas été créé par smplanner</translation>
    </message>
    <message>
      <source>%3 row(s) of the table %1: %2 names no row of %4</source>
      <translation>%3 ligne(s) de la table %1 : %2 ne désigne aucune ligne de %4</translation>
    </message>
    <message>
      <source>Repaired: removed the trigger %1, not made by smplanner.</source>
      <translation>Réparé : déclencheur %1 supprimé (il n’avait pas été créé par smplanner).</translation>
    </message>
    <message>
      <source>Repaired: removed the view %1, not made by smplanner.</source>
      <translation>Réparé : vue %1 supprimée (elle n’avait pas été créée par smplanner).</translation>
    </message>
    <message>
      <source>the table %1 is missing</source>
      <translation>la table %1 manque</translation>
    </message>
    <message>
      <source>the column %1.%2 is missing</source>
      <translation>la colonne %1.%2 manque</translation>
    </message>
    <message>
      <source>the column %1.%2 is not as smplanner makes it</source>
      <translation>la colonne %1.%2 n’est pas telle que smplanner la crée</translation>
    </message>
    <message>
      <source>the index %2 is missing</source>
      <translation>l’index %2 manque</translation>
    </message>
    <message>
      <source>the links between tables cannot be checked (%4)</source>
      <translation>les liens entre les tables ne peuvent pas être vérifiés (%4)</translation>
    </message>
    <message>
      <source>row %3 of the table %1 refers to a missing row of %2</source>
      <translation>la ligne %3 de la table %1 renvoie à une ligne absente de %2</translation>
    </message>
    <message>
      <source>%3 row(s) of the table %1: %2 is not valid JSON</source>
      <translation>%3 ligne(s) de la table %1 : %2 n’est pas du JSON valide</translation>
    </message>
    <message>
      <source>Schema:</source>
      <translation>Structure :</translation>
    </message>
    <message>
      <source>as smplanner makes it</source>
      <translation>telle que smplanner la crée</translation>
    </message>
    <message>
      <source>%1 problem(s)</source>
      <translation>%1 problème(s)</translation>
    </message>
    <message>
      <source>Repaired: a change interrupted by a crash was undone; every finished edit is kept.</source>
      <translation>Réparé : une modification interrompue par un plantage a été annulée ; toutes les modifications terminées sont conservées.</translation>
    </message>
    <message>
      <source>Repaired: a crash journal that belonged to another file was set aside as %1 (not replayed: it would have damaged this plan).</source>
      <translation>Réparé : un journal de plantage qui appartenait à un autre fichier a été mis de côté sous le nom %1 (non rejoué : il aurait abîmé ce plan).</translation>
    </message>
    <message>
      <source>Repaired: updated from format %1; the original was kept as %2.</source>
      <translation>Réparé : mis à jour depuis le format %1 ; l’original est conservé sous le nom %2.</translation>
    </message>
    <message>
      <source>The file as it was is kept as %1.</source>
      <translation>Le fichier tel qu’il était est conservé sous le nom %1.</translation>
    </message>
    <message>
      <source>Repair: nothing was needed.</source>
      <translation>Réparation : rien n’était nécessaire.</translation>
    </message>
    <message>
      <source>Calendar: %1 warning(s)</source>
      <translation>Calendrier : %1 alerte(s)</translation>
    </message>
    <message>
      <source>Pillar mix (tolerance %1 points): %2 drift(s)</source>
      <translation>Mix des piliers (tolérance %1 points) : %2 écart(s)</translation>
    </message>
    <message>
      <source>  %1 %2: %3 % of the posts, the mix says %4 % (%5 of %6 posts)</source>
      <translation>  %1 %2 : %3 % des publications, le mix prévoit %4 % (%5 sur %6 publications)</translation>
    </message>
    <message>
      <source>Warning: this plan is on a network folder (%1), where file locks are not reliable: two people opening it at once could damage it. Work on a copy on the computer.</source>
      <translation>Attention : ce plan est sur un dossier réseau (%1), où les verrous de fichiers ne sont pas fiables : deux personnes qui l’ouvrent en même temps pourraient l’abîmer. Travaillez sur une copie sur l’ordinateur.</translation>
    </message>
  </context>
  <context>
    <name>CommandLine</name>
    <message>
      <source>usage: </source>
      <translation>utilisation : </translation>
    </message>
    <message>
      <source>positional arguments</source>
      <translation>arguments</translation>
    </message>
    <message>
      <source>options</source>
      <translation>options</translation>
    </message>
    <message>
      <source>show this help message and exit</source>
      <translation>affiche cette aide et quitte</translation>
    </message>
  </context>
  <context>
    <name>ImportCommand</name>
    <message>
      <source>import the networks' analytics exports (CSV, XLS, XLSX, ZIP) into a plan</source>
      <translation>importe dans un plan les exports de statistiques des réseaux (CSV, XLS, XLSX, ZIP)</translation>
    </message>
    <message>
      <source>the plan file</source>
      <translation>le fichier du plan</translation>
    </message>
    <message>
      <source>export files to import</source>
      <translation>les fichiers d’export à importer</translation>
    </message>
    <message>
      <source>read and check the files, store nothing</source>
      <translation>lit et vérifie les fichiers, sans rien enregistrer</translation>
    </message>
    <message>
      <source>print the result as JSON (always English)</source>
      <translation>affiche le résultat en JSON (toujours en anglais)</translation>
    </message>
    <message>
      <source>import the good rows even if some rows have problems</source>
      <translation>importe les lignes correctes même si d’autres ont des problèmes</translation>
    </message>
    <message>
      <source>ZONE</source>
      <translation>FUSEAU</translation>
    </message>
    <message>
      <source>read the times of the files that write them without a time zone (Meta Business Suite: Pacific time) in ZONE, an IANA name such as Asia/Manila; default: the zone last chosen for that network in this plan, else Pacific time</source>
      <translation>lit dans FUSEAU (un nom IANA, par exemple Asia/Manila) les heures des fichiers qui les écrivent sans fuseau horaire (Meta Business Suite : heure du Pacifique) ; par défaut : le dernier fuseau choisi pour ce réseau dans ce plan, sinon l’heure du Pacifique</translation>
    </message>
    <message>
      <source>YYYY-MM-DD</source>
      <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
      <source>the day the files were downloaded, which places the days TikTok Studio writes without a year; default: the dates of the zip's entries, else the file's modification time</source>
      <translation>le jour où les fichiers ont été téléchargés, qui situe les jours que TikTok Studio écrit sans année ; par défaut : les dates des fichiers du zip, sinon la date de modification du fichier</translation>
    </message>
    <message>
      <source>which of the two hours a time in the hour repeated when the clocks go back is: earlier (the first, summer time) or later (the second, winter time); without it such a file is not imported</source>
      <translation>laquelle des deux heures est une heure vécue deux fois au passage à l’heure d’hiver : earlier (la première, heure d’été) ou later (la seconde, heure d’hiver) ; sans cette option, un tel fichier n’est pas importé</translation>
    </message>
    <message>
      <source>the network of a Meta Business Suite daily series whose file does not say it (a title such as Reach or Followers en plus): facebook or instagram; without it such a file is not imported</source>
      <translation>le réseau d’une série quotidienne de Meta Business Suite dont le fichier ne le dit pas (un titre comme Reach ou Followers en plus) : facebook ou instagram ; sans cette option, un tel fichier n’est pas importé</translation>
    </message>
    <message>
      <source>NAME</source>
      <translation>NOM</translation>
    </message>
    <message>
      <source>read the files through the column mapping saved in the plan under NAME (saved by the window's import preview, e.g. Metricool); case is ignored when no saved name matches exactly</source>
      <translation>lire les fichiers avec la correspondance de colonnes enregistrée dans le plan sous le nom NOM (enregistrée depuis l’aperçu d’import de la fenêtre, p. ex. Metricool) ; majuscules et minuscules ne comptent pas si aucun nom enregistré ne correspond exactement</translation>
    </message>
    <message>
      <source>%1: not recognised</source>
      <translation>%1 : non reconnu</translation>
    </message>
    <message>
      <source>%1: %2, %3 rows read</source>
      <translation>%1 : %2, %3 lignes lues</translation>
    </message>
    <message>
      <source>times read in %1 (Pacific time, as Meta writes it)</source>
      <translation>heures lues dans le fuseau %1 (heure du Pacifique, comme Meta les écrit)</translation>
    </message>
    <message>
      <source>times read in %1</source>
      <translation>heures lues dans le fuseau %1</translation>
    </message>
    <message>
      <source>days without a year placed from %1 to %2 (downloaded on %3)</source>
      <translation>jours sans année situés du %1 au %2 (téléchargé le %3)</translation>
    </message>
    <message>
      <source>note: %1</source>
      <translation>remarque : %1</translation>
    </message>
    <message>
      <source>check: %1</source>
      <translation>à vérifier : %1</translation>
    </message>
    <message>
      <source>problem: %1</source>
      <translation>problème : %1</translation>
    </message>
    <message>
      <source>stored %1: %2 new posts, %3 updated; %4 new daily values, %5 updated</source>
      <translation>enregistré %1 : %2 nouvelles publications, %3 mises à jour ; %4 nouvelles valeurs quotidiennes, %5 mises à jour</translation>
    </message>
    <message>
      <source>dry run: nothing was stored.</source>
      <translation>essai à blanc : rien n’a été enregistré.</translation>
    </message>
    <message>
      <source>smplanner import: nothing was imported.</source>
      <translation>smplanner import : rien n’a été importé.</translation>
    </message>
    <message>
      <source>smplanner import: nothing was imported; fix the files or use --skip-bad-rows.</source>
      <translation>smplanner import : rien n’a été importé ; corrigez les fichiers ou ajoutez --skip-bad-rows.</translation>
    </message>
    <message>
      <source>smplanner import: %1 is not a time zone: give an IANA name such as Europe/Paris or America/Los_Angeles.</source>
      <translation>smplanner import : %1 n’est pas un fuseau horaire : donnez un nom IANA comme Europe/Paris ou America/Los_Angeles.</translation>
    </message>
    <message>
      <source>smplanner import: %1 is not a download day: write it as YYYY-MM-DD (e.g. 2026-02-28), today or before.</source>
      <translation>smplanner import : %1 n’est pas un jour de téléchargement : écrivez-le AAAA-MM-JJ (par exemple 2026-02-28), aujourd’hui ou avant.</translation>
    </message>
    <message>
      <source>smplanner import: no column mapping is saved in %1, so none is named "%2". Save one first in the window's import preview (Import statistics, Read with a column mapping…, Save as).</source>
      <translation>smplanner import : aucune correspondance de colonnes n’est enregistrée dans %1, donc aucune ne s’appelle « %2 ». Enregistrez-en d’abord une depuis l’aperçu d’import de la fenêtre (Importer des statistiques, Lire avec une correspondance de colonnes…, Enregistrer sous).</translation>
    </message>
    <message>
      <source>smplanner import: no column mapping named "%1" is saved in %2. Saved mappings: %3.</source>
      <translation>smplanner import : aucune correspondance de colonnes nommée « %1 » n’est enregistrée dans %2. Correspondances enregistrées : %3.</translation>
    </message>
    <message>
      <source>"%1"</source>
      <translation>« %1 »</translation>
    </message>
    <message>
      <source>smplanner import: %1: %2 post(s) were published in the hour that repeats when the clocks go back in %3 (rows %4). Pass --ambiguous earlier if it is the first hour (summer time), --ambiguous later if it is the second (winter time).</source>
      <translation>smplanner import : %1 : %2 publication(s) à une heure vécue deux fois au passage à l’heure d’hiver (fuseau %3, lignes %4). Ajoutez --ambiguous earlier s’il s’agit de la première heure (heure d’été), --ambiguous later s’il s’agit de la seconde (heure d’hiver).</translation>
    </message>
    <message>
      <source>smplanner import: %1: the Meta Business Suite daily series "%2" does not say whether it is Facebook's or Instagram's. Pass --network facebook or --network instagram.</source>
      <translation>smplanner import : %1 : la série quotidienne de Meta Business Suite « %2 » ne dit pas si elle est celle de Facebook ou d’Instagram. Ajoutez --network facebook ou --network instagram.</translation>
    </message>
  </context>
  <context>
    <name>NewCommand</name>
    <message>
      <source>unknown sector '%1'. Use one of these ids:</source>
      <translation>secteur inconnu « %1 ». Donnez l'un de ces identifiants :</translation>
    </message>
    <message>
      <source>Created %1 for %2.</source>
      <translation>%1 créé pour %2.</translation>
    </message>
  </context>
  <context>
    <name>RestoreCommand</name>
    <message>
      <source>Copies kept of %1, newest first:</source>
      <translation>Copies de sauvegarde de %1, de la plus récente à la plus ancienne :</translation>
    </message>
    <message>
      <source>Put one back with: smplanner restore PLAN NUMBER (the plan as it is now is kept as a copy first).</source>
      <translation>Pour en restaurer une : smplanner restore PLAN NUMÉRO (le plan tel qu’il est maintenant est d’abord gardé en copie).</translation>
    </message>
    <message>
      <source>smplanner restore: no copy of %1 was kept (smplanner keeps one when a plan is opened, before an import and before a template).</source>
      <translation>smplanner restore : aucune copie de %1 n’a été gardée (smplanner en garde une à l’ouverture d’un plan, avant un import et avant l’application d’un modèle).</translation>
    </message>
    <message>
      <source>smplanner restore: there is no copy number %1: choose a number from 1 to %2 (run smplanner restore PLAN to see the list).</source>
      <translation>smplanner restore : il n’y a pas de copie numéro %1 : choisissez un numéro de 1 à %2 (smplanner restore PLAN affiche la liste).</translation>
    </message>
    <message>
      <source>%1 is back as it was on %2 (%3).</source>
      <translation>%1 est revenu à son état du %2 (%3).</translation>
    </message>
    <message>
      <source>The plan as it was is kept: it is copy number 1 of smplanner restore PLAN.</source>
      <translation>Le plan tel qu’il était est gardé : c’est la copie numéro 1 de smplanner restore PLAN.</translation>
    </message>
    <message>
      <source>A crash journal of the old file was set aside as %1.</source>
      <translation>Un journal de plantage de l’ancien fichier a été mis de côté sous le nom %1.</translation>
    </message>
  </context>
</TS>