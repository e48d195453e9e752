<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
  <context>
    <name>CoreMessage</name>
    <message>
      <source>line {line}, column '{column}': {problem}</source>
      <translation>ligne {line}, colonne « {column} » : {problem}</translation>
    </message>
    <message>
      <source>'{value}' is not a network: use one of {known}</source>
      <translation>« {value} » n’est pas un réseau : utilisez l’un de {known}</translation>
    </message>
    <message>
      <source>'{value}' is not a status: use one of {known}</source>
      <translation>« {value} » n’est pas un statut : utilisez l’un de {known}</translation>
    </message>
    <message>
      <source>'{value}' is not a date: write YYYY-MM-DD or DD/MM/YYYY</source>
      <translation>« {value} » n’est pas une date : écrivez AAAA-MM-JJ ou JJ/MM/AAAA</translation>
    </message>
    <message>
      <source>'{value}' is not a date: write YYYY-MM-DD or MM/DD/YYYY</source>
      <translation>« {value} » n’est pas une date : écrivez AAAA-MM-JJ ou MM/JJ/AAAA</translation>
    </message>
    <message>
      <source>'{value}' is not a time: write HH:MM (24 h), e.g. 18:30</source>
      <translation>« {value} » n’est pas une heure : écrivez HH:MM (sur 24 h), par ex. 18:30</translation>
    </message>
    <message>
      <source>this plan has no content pillars yet: add '{value}' first or clear the cell</source>
      <translation>ce plan n’a pas encore de piliers de contenu : ajoutez d’abord « {value} » ou videz la cellule</translation>
    </message>
    <message>
      <source>this plan has no objectives yet: add '{value}' first or clear the cell</source>
      <translation>ce plan n’a pas encore d’objectifs : ajoutez d’abord « {value} » ou videz la cellule</translation>
    </message>
    <message>
      <source>this plan has no campaigns yet: add '{value}' first or clear the cell</source>
      <translation>ce plan n’a pas encore de campagnes : ajoutez d’abord « {value} » ou videz la cellule</translation>
    </message>
    <message>
      <source>no content pillar is called '{value}' in this plan (known: {known})</source>
      <translation>aucun pilier de contenu ne s’appelle « {value} » dans ce plan (existants : {known})</translation>
    </message>
    <message>
      <source>no objective is called '{value}' in this plan (known: {known})</source>
      <translation>aucun objectif ne s’appelle « {value} » dans ce plan (existants : {known})</translation>
    </message>
    <message>
      <source>no campaign is called '{value}' in this plan (known: {known})</source>
      <translation>aucune campagne ne s’appelle « {value} » dans ce plan (existantes : {known})</translation>
    </message>
    <message>
      <source>'{value}' is not a post number: leave it empty for a new post</source>
      <translation>« {value} » n’est pas un numéro de publication : laissez la cellule vide pour une nouvelle publication</translation>
    </message>
    <message>
      <source>there is no variant group {value} in this plan: clear the cell</source>
      <translation>il n’y a pas de groupe de variantes {value} dans ce plan : videz la cellule</translation>
    </message>
    <message>
      <source>'{value}' is not an ISO date and time</source>
      <translation>« {value} » n’est pas une date et heure ISO</translation>
    </message>
    <message>
      <source>a time is given without a date</source>
      <translation>une heure est donnée sans date</translation>
    </message>
    <message>
      <source>give a time (HH:MM) or clear the date to make it an idea</source>
      <translation>indiquez une heure (HH:MM) ou videz la date pour en faire une idée</translation>
    </message>
    <message>
      <source>{name} must be an hour from 0 to 23</source>
      <translation>{name} doit être une heure de 0 à 23</translation>
    </message>
    <message>
      <source>gap_days must be 1 or more</source>
      <translation>gap_days doit valoir 1 ou plus</translation>
    </message>
    <message>
      <source>default_cap must be 1 or more</source>
      <translation>default_cap doit valoir 1 ou plus</translation>
    </message>
    <message>
      <source>similarity must be above 0 and at most 1</source>
      <translation>similarity doit être supérieur à 0 et au plus égal à 1</translation>
    </message>
    <message>
      <source>a yes/no value</source>
      <translation>une valeur oui/non</translation>
    </message>
    <message>
      <source>a date</source>
      <translation>une date</translation>
    </message>
    <message>
      <source>{text} is a number, not a date</source>
      <translation>{text} est un nombre, pas une date</translation>
    </message>
    <message>
      <source>'{text}' is not a number</source>
      <translation>« {text} » n’est pas un nombre</translation>
    </message>
    <message>
      <source>when it was opened</source>
      <translation>à l’ouverture</translation>
    </message>
    <message>
      <source>before its format was updated</source>
      <translation>avant la mise à jour de son format</translation>
    </message>
    <message>
      <source>before an import</source>
      <translation>avant un import</translation>
    </message>
    <message>
      <source>before a template was applied</source>
      <translation>avant l’application d’un modèle</translation>
    </message>
    <message>
      <source>before a restore</source>
      <translation>avant une restauration</translation>
    </message>
    <message>
      <source>before a repair</source>
      <translation>avant une réparation</translation>
    </message>
    <message>
      <source>{time} does not exist on {day} in {zone} (the clocks go forward): write {becomes}, the time it becomes, or another time</source>
      <translation>{time} n’existe pas le {day} dans le fuseau {zone} (passage à l’heure d’été) : écrivez {becomes}, l’heure qu’il est alors, ou une autre heure</translation>
    </message>
    <message>
      <source>{time} {offset} is not a time of {zone} on {day} (its offset there is {actual}): write {time} without an offset</source>
      <translation>{time} {offset} n’est pas une heure du fuseau {zone} le {day} (son décalage y est {actual}) : écrivez {time} sans décalage</translation>
    </message>
    <message>
      <source>{time} happens twice on {day} in {zone} (the clocks go back): write {earlier} for the first one, before the change, or {later} for the second</source>
      <translation>{time} revient deux fois le {day} dans le fuseau {zone} (passage à l’heure d’hiver) : écrivez {earlier} pour la première, avant le changement, ou {later} pour la seconde</translation>
    </message>
    <message>
      <source>the archive member {member} would inflate from {packed} KB to {size} MB: this is not an export (a zip bomb, or a damaged file). Download the export again.</source>
      <translation>le fichier {member} de l’archive passerait de {packed} Ko à {size} Mo une fois décompressé : ce n’est pas un export (une « bombe zip » ou un fichier abîmé). Téléchargez l’export à nouveau.</translation>
    </message>
    <message>
      <source>the archive holds {size} MB once decompressed, more than the {limit} MB smplanner reads: export a shorter period.</source>
      <translation>l’archive contient {size} Mo une fois décompressée, plus que les {limit} Mo que smplanner lit : exportez une période plus courte.</translation>
    </message>
    <message>
      <source>'{text}' is too large a number</source>
      <translation>« {text} » est un nombre trop grand</translation>
    </message>
    <message>
      <source>'{text}' is not a duration</source>
      <translation>« {text} » n’est pas une durée</translation>
    </message>
    <message>
      <source>'{text}' is not a date</source>
      <translation>« {text} » n’est pas une date</translation>
    </message>
    <message>
      <source>none of its sheets or files ({names}) is an export smplanner knows</source>
      <translation>aucune de ses feuilles ni aucun de ses fichiers ({names}) n’est un export que smplanner connaît</translation>
    </message>
    <message>
      <source>its sheet "{sheet}" is not an export smplanner knows</source>
      <translation>sa feuille « {sheet} » n’est pas un export que smplanner connaît</translation>
    </message>
    <message>
      <source>its columns are not those of an export smplanner knows</source>
      <translation>ses colonnes ne sont pas celles d’un export que smplanner connaît</translation>
    </message>
    <message>
      <source>{what}. If it comes from another tool, use the generic CSV import and say which column is which.</source>
      <translation>{what}. S’il vient d’un autre outil, utilisez l’import CSV générique et indiquez à quoi correspond chaque colonne.</translation>
    </message>
    <message>
      <source>the file does not exist.</source>
      <translation>le fichier n’existe pas.</translation>
    </message>
    <message>
      <source>this is a folder, not a file.</source>
      <translation>c’est un dossier, pas un fichier.</translation>
    </message>
    <message>
      <source>the file cannot be read ({reason}).</source>
      <translation>le fichier ne peut pas être lu ({reason}).</translation>
    </message>
    <message>
      <source>The comment on post {post} is not text.</source>
      <translation>Le commentaire sur la publication {post} n'est pas du texte.</translation>
    </message>
    <message>
      <source>The file is {size} bytes: answers files are at most {limit}. Ask the client to download the answers again from the approval page.</source>
      <translation>Le fichier fait {size} octets : un fichier de réponses en fait au plus {limit}. Demandez au client de télécharger à nouveau ses réponses depuis la page de validation.</translation>
    </message>
    <message>
      <source>The file is not an answers file (not JSON: {error}).</source>
      <translation>Ce fichier n'est pas un fichier de réponses (pas du JSON : {error}).</translation>
    </message>
    <message>
      <source>The file is not an approval answers file from a smplanner page.</source>
      <translation>Ce fichier n'est pas un fichier de réponses issu d'une page de validation smplanner.</translation>
    </message>
    <message>
      <source>The answers file is of version {version}; this smplanner reads version {known}.</source>
      <translation>Le fichier de réponses est en version {version} ; ce smplanner lit la version {known}.</translation>
    </message>
    <message>
      <source>These answers are for another plan: open the plan the approval page was made from.</source>
      <translation>Ces réponses concernent un autre plan : ouvrez le plan à partir duquel la page de validation a été faite.</translation>
    </message>
    <message>
      <source>These answers are for an approval round this plan did not send (or one sent from a copy of it).</source>
      <translation>Ces réponses concernent un envoi pour validation que ce plan n'a pas fait (ou fait depuis une copie du plan).</translation>
    </message>
    <message>
      <source>The answers file holds no list of answers.</source>
      <translation>Le fichier de réponses ne contient pas de liste de réponses.</translation>
    </message>
    <message>
      <source>Answer {n} is not an object.</source>
      <translation>La réponse {n} n'est pas un objet.</translation>
    </message>
    <message>
      <source>Answer {n} has no post id.</source>
      <translation>La réponse {n} n'a pas de numéro de publication.</translation>
    </message>
    <message>
      <source>Answer {n} is for post {post}, which this approval round did not send.</source>
      <translation>La réponse {n} concerne la publication {post}, qui ne faisait pas partie de cet envoi pour validation.</translation>
    </message>
    <message>
      <source>Post {post} is answered twice.</source>
      <translation>La publication {post} a deux réponses.</translation>
    </message>
    <message>
      <source>Answer {n}: '{decision}' is not a decision (approved or changes_requested).</source>
      <translation>Réponse {n} : « {decision} » n'est pas une décision (approved ou changes_requested).</translation>
    </message>
    <message>
      <source>the date is missing.</source>
      <translation>la date manque.</translation>
    </message>
    <message>
      <source>the post id is missing.</source>
      <translation>l’identifiant de la publication manque.</translation>
    </message>
    <message>
      <source>Columns left out, their description row naming no type: {columns}.</source>
      <translation>Colonnes laissées de côté, leur ligne de description ne nommant aucun type : {columns}.</translation>
    </message>
    <message>
      <source>row {row} already gives {what}, with other figures: which one is right cannot be told. Download the export again (a file made of two downloads holds both); skipping this row keeps row {row}'s.</source>
      <translation>la ligne {row} donne déjà {what}, avec d’autres chiffres : impossible de savoir laquelle est juste. Téléchargez à nouveau l’export (un fichier fait de deux téléchargements contient les deux) ; ignorer cette ligne garde celle de la ligne {row}.</translation>
    </message>
    <message>
      <source>{count} row(s) give {what} that an earlier row gave with the same figures (rows {rows}): each is counted once.</source>
      <translation>{count} ligne(s) redonnent {what} qu’une ligne précédente donnait déjà, avec les mêmes chiffres (lignes {rows}) : les doublons ne sont comptés qu’une fois.</translation>
    </message>
    <message>
      <source>the columns of the mapping ({columns}) are not all in this file: check the mapping.</source>
      <translation>les colonnes de la correspondance ({columns}) ne sont pas toutes dans ce fichier : vérifiez la correspondance.</translation>
    </message>
    <message>
      <source>English</source>
      <translation>anglais</translation>
    </message>
    <message>
      <source>French</source>
      <translation>français</translation>
    </message>
    <message>
      <source>Swedish</source>
      <translation>suédois</translation>
    </message>
    <message>
      <source>Portuguese</source>
      <translation>portugais</translation>
    </message>
    <message>
      <source>Spanish</source>
      <translation>espagnol</translation>
    </message>
    <message>
      <source>German</source>
      <translation>allemand</translation>
    </message>
    <message>
      <source>Italian</source>
      <translation>italien</translation>
    </message>
    <message>
      <source>Dutch</source>
      <translation>néerlandais</translation>
    </message>
    <message>
      <source>Russian</source>
      <translation>russe</translation>
    </message>
    <message>
      <source>Japanese</source>
      <translation>japonais</translation>
    </message>
    <message>
      <source>Chinese</source>
      <translation>chinois</translation>
    </message>
    <message>
      <source>Vietnamese</source>
      <translation>vietnamien</translation>
    </message>
    <message>
      <source>{source}, row {row}, column "{column}": {problem}</source>
      <translation>{source}, ligne {row}, colonne « {column} » : {problem}</translation>
    </message>
    <message>
      <source>{source}, row {row}: {problem}</source>
      <translation>{source}, ligne {row} : {problem}</translation>
    </message>
    <message>
      <source>{source}, column "{column}": {problem}</source>
      <translation>{source}, colonne « {column} » : {problem}</translation>
    </message>
    <message>
      <source>{source}: {problem}</source>
      <translation>{source} : {problem}</translation>
    </message>
    <message>
      <source>{problem}; a number is expected here.</source>
      <translation>{problem} ; un nombre est attendu ici.</translation>
    </message>
    <message>
      <source>{problem}; a duration is expected.</source>
      <translation>{problem} ; une durée est attendue.</translation>
    </message>
    <message>
      <source>{problem}; a date is expected.</source>
      <translation>{problem} ; une date est attendue.</translation>
    </message>
    <message>
      <source>… and {count} more.</source>
      <translation>… et {count} de plus.</translation>
    </message>
    <message>
      <source>Nothing was imported: {count} row(s) have problems.
{problems}
Correct the file, or import again choosing to skip the bad rows.</source>
      <translation>Rien n’a été importé : {count} ligne(s) posent problème.
{problems}
Corrigez le fichier, ou importez à nouveau en choisissant d’ignorer les lignes erronées.</translation>
    </message>
    <message>
      <source>the post link is missing.</source>
      <translation>le lien de la publication manque.</translation>
    </message>
    <message>
      <source>{count} boosted post(s): their organic figures are the post's; the sponsored campaigns are added up apart (…_sponsored) and the Total row kept apart (…_total).</source>
      <translation>{count} publication(s) sponsorisée(s) : leurs chiffres organiques sont ceux de la publication ; les campagnes sponsorisées sont additionnées à part (…_sponsored) et la ligne Total gardée à part (…_total).</translation>
    </message>
    <message>
      <source>the post id {id} was turned into a rounded number by Excel: its digits are lost. Download the export again and open it in a text editor, or import it without re-saving it in Excel.</source>
      <translation>l’identifiant de publication {id} a été transformé en nombre arrondi par Excel : ses chiffres sont perdus. Téléchargez à nouveau l’export et ouvrez-le dans un éditeur de texte, ou importez-le sans l’enregistrer dans Excel.</translation>
    </message>
    <message>
      <source>post {id} on {day}</source>
      <translation>la publication {id} le {day}</translation>
    </message>
    <message>
      <source>A daily breakdown ({first} to {last}): each post gets the sum of its days.</source>
      <translation>Un détail par jour (du {first} au {last}) : chaque publication reçoit la somme de ses jours.</translation>
    </message>
    <message>
      <source>the file is empty. Download the export again.</source>
      <translation>le fichier est vide. Téléchargez de nouveau l’export.</translation>
    </message>
    <message>
      <source>the file is larger than 512 MB: export a shorter period.</source>
      <translation>le fichier dépasse 512 Mo : exportez une période plus courte.</translation>
    </message>
    <message>
      <source>the zip archive is damaged or truncated ({reason}). Download it again.</source>
      <translation>l’archive zip est endommagée ou tronquée ({reason}). Téléchargez-la de nouveau.</translation>
    </message>
    <message>
      <source>it is not a valid zip file</source>
      <translation>ce n'est pas un fichier zip valide</translation>
    </message>
    <message>
      <source>it ends before its last file</source>
      <translation>elle s'arrête avant son dernier fichier</translation>
    </message>
    <message>
      <source>a file inside cannot be unpacked</source>
      <translation>un fichier qu'elle contient ne peut pas être décompressé</translation>
    </message>
    <message>
      <source>it uses a compression smplanner cannot unpack</source>
      <translation>elle utilise une compression que smplanner ne sait pas décompresser</translation>
    </message>
    <message>
      <source>it cannot be unpacked</source>
      <translation>elle ne peut pas être décompressée</translation>
    </message>
    <message>
      <source>the zip archive holds no CSV file: it is not an export.</source>
      <translation>l’archive zip ne contient aucun fichier CSV : ce n’est pas un export.</translation>
    </message>
    <message>
      <source>this Excel workbook cannot be read ({reason}): re-save it.</source>
      <translation>ce classeur Excel ne peut pas être lu ({reason}) : enregistrez-le de nouveau.</translation>
    </message>
    <message>
      <source>this old-format Excel file cannot be read ({reason}).</source>
      <translation>ce fichier Excel à l’ancien format ne peut pas être lu ({reason}).</translation>
    </message>
    <message>
      <source>the file is damaged (bad UTF-16 text).</source>
      <translation>le fichier est endommagé (texte UTF-16 invalide).</translation>
    </message>
    <message>
      <source>this is not a text export (it looks like a binary file).</source>
      <translation>ce n’est pas un export texte (il ressemble à un fichier binaire).</translation>
    </message>
    <message>
      <source>line {line}: the CSV is malformed ({reason}).</source>
      <translation>ligne {line} : le CSV est mal formé ({reason}).</translation>
    </message>
    <message>
      <source>row {row} has {count} columns, more than any export ({limit} at most): this is not an export, or the file is damaged. Download the export again.</source>
      <translation>la ligne {row} a {count} colonnes, plus qu’aucun export ({limit} au plus) : ce n’est pas un export, ou le fichier est abîmé. Téléchargez l’export à nouveau.</translation>
    </message>
    <message>
      <source>line {line}: a cell holds more than {limit} characters, more than any export: this is not an export, or the file is damaged.</source>
      <translation>ligne {line} : une cellule contient plus de {limit} caractères, plus qu’aucun export : ce n’est pas un export, ou le fichier est abîmé.</translation>
    </message>
    <message>
      <source>no video link with a video id.</source>
      <translation>aucun lien de vidéo avec un identifiant de vidéo.</translation>
    </message>
    <message>
      <source>an hour from 0 to 23 is expected.</source>
      <translation>une heure de 0 à 23 est attendue.</translation>
    </message>
    <message>
      <source>the day is missing. Download the export again from TikTok Studio.</source>
      <translation>le jour manque. Téléchargez à nouveau l’export depuis TikTok Studio.</translation>
    </message>
    <message>
      <source>a post's day</source>
      <translation>le jour d’une publication</translation>
    </message>
    <message>
      <source>{metric} (organic)</source>
      <translation>{metric} (organique)</translation>
    </message>
    <message>
      <source>{metric} (sponsored)</source>
      <translation>{metric} (sponsorisé)</translation>
    </message>
    <message>
      <source>'{text}' is not a day: TikTok writes a month and a day ('19 avril', 'April 19') or a date. Download the export again from TikTok Studio and import it without re-saving it.</source>
      <translation>« {text} » n’est pas un jour : TikTok écrit un jour et un mois (« 19 avril », « April 19 ») ou une date. Téléchargez à nouveau l’export depuis TikTok Studio et importez-le sans l’enregistrer de nouveau.</translation>
    </message>
    <message>
      <source>a numeric post id is expected.</source>
      <translation>un identifiant de publication numérique est attendu.</translation>
    </message>
    <message>
      <source>the video id is missing.</source>
      <translation>l’identifiant de la vidéo manque.</translation>
    </message>
    <message>
      <source>this is a YouTube Studio breakdown by "{dimension}": its figures are per {dimension}, not per video or per day, so they cannot be placed in time. In YouTube Studio (Advanced mode), export the "Content" view (one row per video) or the chart by date (Totals), and import that file instead.</source>
      <translation>c’est une ventilation YouTube Studio par « {dimension} » : ses chiffres sont donnés par {dimension}, non par vidéo ni par jour, et ne peuvent donc pas être placés dans le temps. Dans YouTube Studio (mode avancé), exportez la vue « Contenu » (une ligne par vidéo) ou le graphique par date (Totaux), puis importez ce fichier.</translation>
    </message>
    <message>
      <source>Could not reach {host} ({reason}). Check the internet connection and try the refresh again.</source>
      <translation>Impossible de joindre {host} ({reason}). Vérifiez la connexion internet et relancez l’actualisation.</translation>
    </message>
    <message>
      <source>{network} sent an answer that is not JSON; try the refresh again later.</source>
      <translation>{network} a envoyé une réponse qui n’est pas du JSON ; relancez l’actualisation plus tard.</translation>
    </message>
    <message>
      <source>{network} refused the access token of “{account}”: it has expired or was revoked ({detail}). Create a new token and paste it with Edit &gt; Accounts… &gt; Replace token.</source>
      <translation>{network} a refusé le jeton d’accès de « {account} » : il a expiré ou a été révoqué ({detail}). Créez un nouveau jeton et collez-le dans Édition &gt; Comptes… &gt; Remplacer le jeton.</translation>
    </message>
    <message>
      <source>The access token of “{account}” lacks a {network} permission ({detail}). Create a token with the statistics permissions and replace it in Edit &gt; Accounts….</source>
      <translation>Il manque une autorisation {network} au jeton d’accès de « {account} » ({detail}). Créez un jeton avec les autorisations de statistiques et remplacez-le dans Édition &gt; Comptes….</translation>
    </message>
    <message>
      <source>{network} is limiting requests for “{account}” ({detail}). Try the refresh again in about {minutes} minutes.</source>
      <translation>{network} limite les requêtes pour « {account} » ({detail}). Relancez l’actualisation dans environ {minutes} minutes.</translation>
    </message>
    <message>
      <source>{network} is limiting requests for “{account}” ({detail}). Try the refresh again later.</source>
      <translation>{network} limite les requêtes pour « {account} » ({detail}). Relancez l’actualisation plus tard.</translation>
    </message>
    <message>
      <source>{network} did not answer properly (HTTP {status}: {detail}). Try the refresh again later.</source>
      <translation>{network} n’a pas répondu correctement (HTTP {status} : {detail}). Relancez l’actualisation plus tard.</translation>
    </message>
    <message>
      <source>{network} refused the request for “{account}” (HTTP {status}: {detail}). Check the account id in Edit &gt; Accounts….</source>
      <translation>{network} a refusé la requête pour « {account} » (HTTP {status} : {detail}). Vérifiez l’identifiant du compte dans Édition &gt; Comptes….</translation>
    </message>
    <message>
      <source>{network} sent statistics in an unknown shape; smplanner may need an update.</source>
      <translation>{network} a envoyé des statistiques sous une forme inconnue ; smplanner a peut-être besoin d’une mise à jour.</translation>
    </message>
    <message>
      <source>smplanner cannot refresh {network} online yet.</source>
      <translation>smplanner ne sait pas encore actualiser {network} en ligne.</translation>
    </message>
    <message>
      <source>No access token for “{account}” ({network}) on this computer. Paste it in Edit &gt; Accounts… to refresh online; the plan keeps only the account.</source>
      <translation>Aucun jeton d’accès pour « {account} » ({network}) sur cet ordinateur. Collez-le dans Édition &gt; Comptes… pour actualiser en ligne ; le plan ne garde que le compte.</translation>
    </message>
    <message>
      <source>YouTube sent a report in an unknown shape; smplanner may need an update.</source>
      <translation>YouTube a envoyé un rapport sous une forme inconnue ; smplanner a peut-être besoin d’une mise à jour.</translation>
    </message>
    <message>
      <source>no keyring service is available (no Secret Service, Keychain or Credential Manager could be reached)</source>
      <translation>aucun trousseau n’est disponible (ni Secret Service, ni Trousseau d’accès macOS, ni Gestionnaire d’identification Windows n’a pu être joint)</translation>
    </message>
    <message>
      <source>the only keyring available does not encrypt what it stores</source>
      <translation>le seul trousseau disponible ne chiffre pas ce qu’il stocke</translation>
    </message>
    <message>
      <source>the keyring is locked and was not unlocked</source>
      <translation>le trousseau est verrouillé et n’a pas été déverrouillé</translation>
    </message>
    <message>
      <source>the keyring could not be opened (the unlock prompt was dismissed or the keyring service failed to start)</source>
      <translation>le trousseau n’a pas pu être ouvert (la demande de déverrouillage a été fermée ou le service de trousseau n’a pas démarré)</translation>
    </message>
    <message>
      <source>the keyring did not answer in time</source>
      <translation>le trousseau n’a pas répondu à temps</translation>
    </message>
    <message>
      <source>the keyring reported an error</source>
      <translation>le trousseau a signalé une erreur</translation>
    </message>
    <message>
      <source>{reason} ({detail})</source>
      <translation>{reason} ({detail})</translation>
    </message>
    <message>
      <source>The access token cannot be stored securely on this machine: {why}. It was not saved anywhere. smplanner keeps working offline; unlock or install a keyring (e.g. GNOME Keyring or KWallet on Linux) to refresh statistics online.</source>
      <translation>Le jeton d’accès ne peut pas être enregistré de façon sûre sur cette machine : {why}. Il n’a été enregistré nulle part. smplanner continue de fonctionner hors ligne ; déverrouillez ou installez un trousseau (par ex. GNOME Keyring ou KWallet sous Linux) pour actualiser les statistiques en ligne.</translation>
    </message>
    <message>
      <source>{seconds} s</source>
      <translation>{seconds} s</translation>
    </message>
    <message>
      <source>keyring missing</source>
      <translation>module keyring absent</translation>
    </message>
    <message>
      <source>Could not write {path} ({reason}): check the folder exists and that you may write there.</source>
      <translation>Impossible d’écrire {path} ({reason}) : vérifiez que le dossier existe et que vous pouvez y écrire.</translation>
    </message>
    <message>
      <source>Cannot read the template {path}: {reason}.</source>
      <translation>Impossible de lire le modèle {path} : {reason}.</translation>
    </message>
    <message>
      <source>{path} has no header row: download the bulk-upload template from the tool again and give that file.</source>
      <translation>{path} n’a pas de ligne d’en-tête : téléchargez de nouveau le modèle d’import en masse depuis l’outil et donnez ce fichier.</translation>
    </message>
    <message>
      <source>- {problem}</source>
      <translation>- {problem}</translation>
    </message>
    <message>
      <source>Nothing was imported: {count} problem(s) in the file.
{problems}
Correct the file, or choose to skip the bad rows.</source>
      <translation>Rien n’a été importé : {count} problème(s) dans le fichier.
{problems}
Corrigez le fichier, ou choisissez d’ignorer les lignes erronées.</translation>
    </message>
    <message>
      <source>Cannot read {path}: {reason}.</source>
      <translation>Impossible de lire {path} : {reason}.</translation>
    </message>
    <message>
      <source>{file} is not a posts CSV: its first row must name the columns ({columns}). Export the posts from smplanner to get the layout.</source>
      <translation>{file} n’est pas un CSV de publications : sa première ligne doit nommer les colonnes ({columns}). Exportez les publications depuis smplanner pour obtenir la mise en forme.</translation>
    </message>
    <message>
      <source>{file}, line {line}: this line cannot be read as CSV ({reason}). Save the file again as CSV from the spreadsheet.</source>
      <translation>{file}, ligne {line} : cette ligne ne peut pas être lue comme du CSV ({reason}). Enregistrez à nouveau le fichier en CSV depuis le tableur.</translation>
    </message>
    <message>
      <source>post {post} is already on line {line}</source>
      <translation>la publication {post} figure déjà à la ligne {line}</translation>
    </message>
    <message>
      <source>a new post needs a network</source>
      <translation>une nouvelle publication a besoin d’un réseau</translation>
    </message>
    <message>
      <source>Post {post} no longer exists: it was deleted meanwhile.</source>
      <translation>La publication {post} n’existe plus : elle a été supprimée entre-temps.</translation>
    </message>
    <message>
      <source>Network '{network}' is unknown: use one of {known}.</source>
      <translation>Le réseau « {network} » est inconnu : utilisez l’un de {known}.</translation>
    </message>
    <message>
      <source>Status '{status}' is unknown: use one of {known}.</source>
      <translation>Le statut « {status} » est inconnu : utilisez l’un de {known}.</translation>
    </message>
    <message>
      <source>The post's date has no time zone.</source>
      <translation>La date de la publication n’a pas de fuseau horaire.</translation>
    </message>
    <message>
      <source>Network '{network}' is unknown.</source>
      <translation>Le réseau « {network} » est inconnu.</translation>
    </message>
    <message>
      <source>{name}: smplanner takes images, GIFs, videos and PDF documents (JPEG, PNG, WebP, HEIC, GIF, MP4, MOV, PDF…), not .{suffix} files.</source>
      <translation>{name} : smplanner accepte les images, GIF, vidéos et documents PDF (JPEG, PNG, WebP, HEIC, GIF, MP4, MOV, PDF…), pas les fichiers .{suffix}.</translation>
    </message>
    <message>
      <source>{name}: the file cannot be read ({reason}); check that it is still there.</source>
      <translation>{name} : le fichier ne peut pas être lu ({reason}) ; vérifiez qu'il est toujours là.</translation>
    </message>
    <message>
      <source>The method's rules cannot be saved: {problems}.</source>
      <translation>Les règles de la méthode ne peuvent pas être enregistrées : {problems}.</translation>
    </message>
    <message>
      <source>Unknown network(s) {unknown} in the weekend exceptions: use {known}.</source>
      <translation>Réseau(x) inconnu(s) {unknown} dans les exceptions du week-end : utilisez {known}.</translation>
    </message>
    <message>
      <source>there is no file here.</source>
      <translation>il n’y a pas de fichier ici.</translation>
    </message>
    <message>
      <source>cannot be read as UTF-8 text ({reason}).</source>
      <translation>ne peut pas être lu comme du texte UTF-8 ({reason}).</translation>
    </message>
    <message>
      <source>line {line}, column {column}: not valid JSON ({reason}).</source>
      <translation>ligne {line}, colonne {column} : JSON invalide ({reason}).</translation>
    </message>
    <message>
      <source>Cannot write {path}: the folder {folder} does not exist. Choose another.</source>
      <translation>Impossible d’écrire {path} : le dossier {folder} n’existe pas. Choisissez-en un autre.</translation>
    </message>
    <message>
      <source>A label needs a name.</source>
      <translation>Une étiquette doit avoir un nom.</translation>
    </message>
    <message>
      <source>The label name '{name}' is too long: {limit} characters at most.</source>
      <translation>Le nom d'étiquette « {name} » est trop long : {limit} caractères au plus.</translation>
    </message>
    <message>
      <source>A label name cannot contain '|' (it separates labels in the CSV).</source>
      <translation>Un nom d'étiquette ne peut pas contenir « | » (il sépare les étiquettes dans le CSV).</translation>
    </message>
    <message>
      <source>There is already a label '{name}'.</source>
      <translation>Il existe déjà une étiquette « {name} ».</translation>
    </message>
    <message>
      <source>no label is called {names} in this plan: add it in Calendar &gt; Labels first, or clear it from the cell</source>
      <translation>aucune étiquette ne s'appelle {names} dans ce plan : ajoutez-la d'abord dans Calendrier &gt; Étiquettes, ou retirez-la de la cellule</translation>
    </message>
    <message>
      <source>its encoding is damaged: column names such as {columns} lost letters (the file was saved again in the wrong encoding), so their figures cannot be read. Download the export again and import it as it is, without saving it from another program.</source>
      <translation>son encodage est abîmé : des noms de colonnes comme {columns} ont perdu des lettres (le fichier a été réenregistré dans un mauvais encodage), leurs chiffres ne peuvent donc pas être lus. Téléchargez à nouveau l’export et importez-le tel quel, sans l’enregistrer depuis un autre logiciel.</translation>
    </message>
    <message>
      <source>this looks like an export of {network} in {language} (columns seen: {columns}). smplanner reads {network} exports in English only for now (their {language} column names are not confirmed yet): export it again with the {network} interface in English, or use the generic CSV import and say which column is which.</source>
      <translation>cela ressemble à un export {network} en {language} (colonnes vues : {columns}). smplanner ne lit pour l’instant les exports {network} qu’en anglais (leurs noms de colonnes en {language} ne sont pas encore confirmés) : exportez-le à nouveau avec l’interface de {network} en anglais, ou utilisez l’import CSV générique en indiquant quelle colonne correspond à quoi.</translation>
    </message>
    <message>
      <source>this looks like an export of {network} in {language} (columns seen: {columns}). smplanner reads {network} exports in English and French, not in {language} yet: export it again with the {network} interface in English or French, or use the generic CSV import and say which column is which.</source>
      <translation>cela ressemble à un export {network} en {language} (colonnes vues : {columns}). smplanner lit les exports {network} en anglais et en français, pas encore en {language} : exportez-le à nouveau avec l’interface de {network} en anglais ou en français, ou utilisez l’import CSV générique en indiquant quelle colonne correspond à quoi.</translation>
    </message>
    <message>
      <source>"{title}" read as {metric}; the file does not say of which network.</source>
      <translation>« {title} » lu comme {metric} ; le fichier ne dit pas de quel réseau.</translation>
    </message>
    <message>
      <source>"{title}" read as {network} {metric}.</source>
      <translation>« {title} » lu comme {metric} ({network}).</translation>
    </message>
    <message>
      <source>this looks like a Meta Business Suite daily series ("{title}") whose value column "{column}" smplanner does not know yet (it reads "Primary"): export it again with the interface in English, or use the generic CSV import and say which column is which.</source>
      <translation>cela ressemble à une série quotidienne de Meta Business Suite (« {title} ») dont smplanner ne connaît pas encore la colonne de valeurs « {column} » (il lit « Primary ») : exportez-la à nouveau avec l’interface en anglais, ou utilisez l’import CSV générique en indiquant quelle colonne correspond à quoi.</translation>
    </message>
    <message>
      <source>post {id}</source>
      <translation>la publication {id}</translation>
    </message>
    <message>
      <source>a post</source>
      <translation>une publication</translation>
    </message>
    <message>
      <source>impressions</source>
      <translation>impressions</translation>
    </message>
    <message>
      <source>views</source>
      <translation>vues</translation>
    </message>
    <message>
      <source>video views</source>
      <translation>vues de vidéos</translation>
    </message>
    <message>
      <source>reach</source>
      <translation>portée</translation>
    </message>
    <message>
      <source>likes</source>
      <translation>j'aime</translation>
    </message>
    <message>
      <source>reactions</source>
      <translation>réactions</translation>
    </message>
    <message>
      <source>comments</source>
      <translation>commentaires</translation>
    </message>
    <message>
      <source>shares</source>
      <translation>partages</translation>
    </message>
    <message>
      <source>saves</source>
      <translation>enregistrements</translation>
    </message>
    <message>
      <source>clicks</source>
      <translation>clics</translation>
    </message>
    <message>
      <source>link clicks</source>
      <translation>clics sur lien</translation>
    </message>
    <message>
      <source>engagements</source>
      <translation>engagements</translation>
    </message>
    <message>
      <source>interactions</source>
      <translation>interactions</translation>
    </message>
    <message>
      <source>followers</source>
      <translation>abonnés</translation>
    </message>
    <message>
      <source>new followers</source>
      <translation>nouveaux abonnés</translation>
    </message>
    <message>
      <source>follower change</source>
      <translation>variation d'abonnés</translation>
    </message>
    <message>
      <source>unfollows</source>
      <translation>désabonnements</translation>
    </message>
    <message>
      <source>profile views</source>
      <translation>vues du profil</translation>
    </message>
    <message>
      <source>page views</source>
      <translation>vues de la page</translation>
    </message>
    <message>
      <source>unique visitors</source>
      <translation>visiteurs uniques</translation>
    </message>
    <message>
      <source>viewers</source>
      <translation>spectateurs</translation>
    </message>
    <message>
      <source>new viewers</source>
      <translation>nouveaux spectateurs</translation>
    </message>
    <message>
      <source>returning viewers</source>
      <translation>spectateurs récurrents</translation>
    </message>
    <message>
      <source>watch time (s)</source>
      <translation>durée de visionnage (s)</translation>
    </message>
    <message>
      <source>average watch time (s)</source>
      <translation>durée moyenne de visionnage (s)</translation>
    </message>
    <message>
      <source>completion rate</source>
      <translation>taux de complétion</translation>
    </message>
    <message>
      <source>leads</source>
      <translation>prospects</translation>
    </message>
    <message>
      <source>applications</source>
      <translation>candidatures</translation>
    </message>
    <message>
      <source>sales</source>
      <translation>ventes</translation>
    </message>
    <message>
      <source>Audience shares are not time series: left out.</source>
      <translation>Les parts d’audience ne sont pas des séries dans le temps : laissées de côté.</translation>
    </message>
    <message>
      <source>video {id} on {day}</source>
      <translation>la vidéo {id} le {day}</translation>
    </message>
    <message>
      <source>the day {day}</source>
      <translation>le jour {day}</translation>
    </message>
    <message>
      <source>a day</source>
      <translation>un jour</translation>
    </message>
    <message>
      <source>a video</source>
      <translation>une vidéo</translation>
    </message>
    <message>
      <source>video {id}</source>
      <translation>la vidéo {id}</translation>
    </message>
    <message>
      <source>post {id}, campaign {campaign}</source>
      <translation>la publication {id}, campagne {campaign}</translation>
    </message>
    <message>
      <source>post {id}, Total row</source>
      <translation>la publication {id}, ligne Total</translation>
    </message>
    <message>
      <source>{day}, hour {hour}</source>
      <translation>le {day} à {hour} h</translation>
    </message>
    <message>
      <source>an hour of a day</source>
      <translation>l’heure d’un jour</translation>
    </message>
    <message>
      <source>a video's day</source>
      <translation>le jour d’une vidéo</translation>
    </message>
    <message>
      <source>Could not write {path} ({reason}): check that you may write there and that the file is not open in another program.</source>
      <translation>Impossible d’écrire {path} ({reason}) : vérifiez que vous pouvez écrire à cet endroit et que le fichier n’est pas ouvert dans un autre programme.</translation>
    </message>
    <message>
      <source>This campaign is no longer in the plan (deleted meanwhile): reopen the list.</source>
      <translation>Cette campagne n'est plus dans le plan (supprimée entre-temps) : rouvrez la liste.</translation>
    </message>
    <message>
      <source>{tool} has no free-plan limit smplanner knows: export without that option.</source>
      <translation>smplanner ne connaît pas de limite d’offre gratuite pour {tool} : exportez sans cette option.</translation>
    </message>
    <message>
      <source>{file} changed since it was previewed: nothing was imported. Import it again to see what it now holds.</source>
      <translation>{file} a changé depuis l’aperçu : rien n’a été importé. Importez-le à nouveau pour voir ce qu’il contient maintenant.</translation>
    </message>
    <message>
      <source>line {line}: {problem}</source>
      <translation>ligne {line} : {problem}</translation>
    </message>
    <message>
      <source>The campaign has no name: type one.</source>
      <translation>La campagne n'a pas de nom : saisissez-en un.</translation>
    </message>
    <message>
      <source>The campaign '{name}' ends ({ends}) before it starts ({starts}): fix the dates.</source>
      <translation>La campagne « {name} » se termine ({ends}) avant de commencer ({starts}) : corrigez les dates.</translation>
    </message>
    <message>
      <source>Kind '{kind}' is unknown: use one of {known}.</source>
      <translation>Le type « {kind} » est inconnu : choisissez parmi {known}.</translation>
    </message>
    <message>
      <source>A hashtag set needs a name.</source>
      <translation>Un jeu de hashtags doit avoir un nom.</translation>
    </message>
    <message>
      <source>The set '{name}' has no hashtag.</source>
      <translation>Le jeu « {name} » ne contient aucun hashtag.</translation>
    </message>
    <message>
      <source>'{colour}' is not a colour: write it as #rrggbb.</source>
      <translation>« {colour} » n'est pas une couleur : écrivez-la sous la forme #rrvvbb.</translation>
    </message>
    <message>
      <source>This label is no longer in the plan (deleted meanwhile): reopen the list.</source>
      <translation>Cette étiquette n'est plus dans le plan (supprimée entre-temps) : rouvrez la liste.</translation>
    </message>
    <message>
      <source>The {field} colour '{value}' is not a colour: write it as #RRGGBB, for example #1F6FB2.</source>
      <translation>La couleur {field} « {value} » n'est pas une couleur : écrivez-la sous la forme #RRGGBB, par exemple #1F6FB2.</translation>
    </message>
    <message>
      <source>main</source>
      <translation>principale</translation>
    </message>
    <message>
      <source>accent</source>
      <translation>d'accent</translation>
    </message>
    <message>
      <source>{path}: the logo could not be read ({reason}).</source>
      <translation>{path} : le logo n'a pas pu être lu ({reason}).</translation>
    </message>
    <message>
      <source>{path}: the logo is not a PNG or JPEG picture: save it as PNG and choose it again.</source>
      <translation>{path} : le logo n'est pas une image PNG ou JPEG : enregistrez-le en PNG et choisissez-le à nouveau.</translation>
    </message>
    <message>
      <source>{path}: the logo is larger than 1 MB: save a smaller picture (a few hundred pixels wide is enough).</source>
      <translation>{path} : le logo dépasse 1 Mo : enregistrez une image plus petite (quelques centaines de pixels de large suffisent).</translation>
    </message>
    <message>
      <source>the daily series "{title}" does not say whether it is Facebook's or Instagram's: say which network before importing.</source>
      <translation>la série quotidienne « {title} » ne dit pas si elle est celle de Facebook ou d’Instagram : indiquez le réseau avant d’importer.</translation>
    </message>
    <message>
      <source>the daily series "{title}" does not say its network: read as {network}'s, as chosen.</source>
      <translation>la série quotidienne « {title} » ne dit pas son réseau : lue comme une série {network}, comme vous l’avez choisi.</translation>
    </message>
    <message>
      <source>{file}: the daily series "{title}" does not say whether it is Facebook's or Instagram's. Say which network: nothing was imported.</source>
      <translation>{file} : la série quotidienne « {title} » ne dit pas si elle est celle de Facebook ou d’Instagram. Indiquez le réseau : rien n’a été importé.</translation>
    </message>
    <message>
      <source>{count} post(s) were published in the hour that repeats when the clocks go back in {zone} (rows {rows}): say whether it is the first hour (summer time) or the second (winter time).</source>
      <translation>{count} publication(s) à une heure vécue deux fois au passage à l’heure d’hiver (fuseau {zone}, lignes {rows}) : dites s’il s’agit de la première heure (heure d’été) ou de la seconde (heure d’hiver).</translation>
    </message>
    <message>
      <source>{count} post(s) were published in the hour that repeats when the clocks go back in {zone} (rows {rows}): read as the {which}.</source>
      <translation>{count} publication(s) à une heure vécue deux fois au passage à l’heure d’hiver (fuseau {zone}, lignes {rows}) : lue(s) comme la {which}.</translation>
    </message>
    <message>
      <source>first hour (summer time)</source>
      <translation>première heure (heure d’été)</translation>
    </message>
    <message>
      <source>second hour (winter time)</source>
      <translation>seconde heure (heure d’hiver)</translation>
    </message>
    <message>
      <source>{file}: {count} post(s) were published in the hour that repeats when the clocks go back in {zone} (rows {rows}). Say whether it is the first hour (summer time) or the second (winter time): nothing was imported.</source>
      <translation>{file} : {count} publication(s) à une heure vécue deux fois au passage à l’heure d’hiver (fuseau {zone}, lignes {rows}). Dites s’il s’agit de la première heure (heure d’été) ou de la seconde (heure d’hiver) : rien n’a été importé.</translation>
    </message>
    <message>
      <source>This item is still used by posts in the calendar: change those posts first.</source>
      <translation>Cet élément est encore utilisé par des publications du calendrier : modifiez d’abord ces publications.</translation>
    </message>
    <message>
      <source>Posts in the calendar still point to objectives or pillars this would remove: change those posts first.</source>
      <translation>Des publications du calendrier renvoient encore à des objectifs ou des piliers que cela supprimerait : modifiez d’abord ces publications.</translation>
    </message>
    <message>
      <source>The template has no name: type a name.</source>
      <translation>Le modèle n’a pas de nom : saisissez un nom.</translation>
    </message>
    <message>
      <source>The template {name} has no file.</source>
      <translation>Le modèle {name} n’a pas de fichier.</translation>
    </message>
    <message>
      <source>Unknown network '{network}': use one of {known}.</source>
      <translation>Réseau « {network} » inconnu : utilisez l’un de {known}.</translation>
    </message>
    <message>
      <source>Slots for {network}: {problem}. Weekdays run 0 (Monday) to 6, hours 0 to 23, scores are 0 or more.</source>
      <translation>Créneaux de {network} : {problem}. Les jours vont de 0 (lundi) à 6, les heures de 0 à 23, les scores valent 0 ou plus.</translation>
    </message>
    <message>
      <source>A UTM preset needs a name.</source>
      <translation>Un modèle UTM doit avoir un nom.</translation>
    </message>
    <message>
      <source>{path}: there is no file here. It may have been moved, renamed or deleted.</source>
      <translation>{path} : aucun fichier à cet emplacement. Il a peut-être été déplacé, renommé ou supprimé.</translation>
    </message>
    <message>
      <source>{path} is not a smplanner plan ({detail}). The file was left untouched; choose a .smplan file.</source>
      <translation>{path} n'est pas un plan smplanner ({detail}). Le fichier n'a pas été modifié ; choisissez un fichier .smplan.</translation>
    </message>
    <message>
      <source>{path} is damaged ({detail}). The file was left untouched; open a backup copy of it instead.</source>
      <translation>{path} est endommagé ({detail}). Le fichier n'a pas été modifié ; ouvrez plutôt une copie de sauvegarde.</translation>
    </message>
    <message>
      <source>{path} was written by a newer smplanner (plan format {file}); this version reads formats up to {known}. Update smplanner to open it.</source>
      <translation>{path} a été enregistré par une version plus récente de smplanner (format de plan {file}) ; cette version lit les formats jusqu'au {known}. Mettez smplanner à jour pour l'ouvrir.</translation>
    </message>
    <message>
      <source>{path} is already open in another smplanner window ({owner}). Close it there first, or open it read-only.</source>
      <translation>{path} est déjà ouvert dans une autre fenêtre smplanner ({owner}). Fermez-le d'abord là-bas, ou ouvrez-le en lecture seule.</translation>
    </message>
    <message>
      <source>{path} is open read-only ({reason}); the change was not made.</source>
      <translation>{path} est ouvert en lecture seule ({reason}) ; la modification n'a pas été faite.</translation>
    </message>
    <message>
      <source>Could not write to {path} ({detail}). The last change was not saved; check the disk and that the file is still there.</source>
      <translation>Impossible d'écrire dans {path} ({detail}). La dernière modification n'a pas été enregistrée ; vérifiez le disque et que le fichier est toujours là.</translation>
    </message>
    <message>
      <source>owner unknown</source>
      <translation>propriétaire inconnu</translation>
    </message>
    <message>
      <source>{user} on {host}, process {pid}, since {since}</source>
      <translation>{user} sur {host}, processus {pid}, depuis {since}</translation>
    </message>
    <message>
      <source>{path} does not exist.</source>
      <translation>{path} n'existe pas.</translation>
    </message>
    <message>
      <source>{path} cannot be read to be backed up ({reason}).</source>
      <translation>{path} ne peut pas être lu pour en faire une sauvegarde ({reason}).</translation>
    </message>
    <message>
      <source>it holds database triggers or views that smplanner did not make</source>
      <translation>il contient des déclencheurs ou des vues de base de données que smplanner n’a pas créés</translation>
    </message>
    <message>
      <source>table "{table}", column "{column}": {value} is not the {parent_column} of any row of table "{parent}"; the export was edited. Put back the value it had, or export the plan again from smplanner.</source>
      <translation>table « {table} », colonne « {column} » : {value} ne désigne aucune ligne de la table « {parent} » (colonne « {parent_column} ») ; l’export a été modifié. Remettez la valeur qu’il contenait, ou exportez à nouveau le plan depuis smplanner.</translation>
    </message>
    <message>
      <source>table "{table}", row {row}, column "{column}": {value} is not the {parent_column} of any row of table "{parent}"; the export was edited. Put back the value it had, or export the plan again from smplanner.</source>
      <translation>table « {table} », ligne {row}, colonne « {column} » : {value} ne désigne aucune ligne de la table « {parent} » (colonne « {parent_column} ») ; l’export a été modifié. Remettez la valeur qu’il contenait, ou exportez à nouveau le plan depuis smplanner.</translation>
    </message>
    <message>
      <source>table "{table}", row {row}, column "{column}": the number {value} is too large for a plan (at most 19 digits). Put back the value the export had, or export the plan again from smplanner.</source>
      <translation>table « {table} », ligne {row}, colonne « {column} » : le nombre {value} est trop grand pour un plan (19 chiffres au plus). Remettez la valeur que l’export contenait, ou exportez à nouveau le plan depuis smplanner.</translation>
    </message>
    <message>
      <source>table "{table}": a number is too large for a plan.</source>
      <translation>table « {table} » : un nombre est trop grand pour un plan.</translation>
    </message>
    <message>
      <source>"tables" appears twice: the export was edited.</source>
      <translation>« tables » figure deux fois : l’export a été modifié.</translation>
    </message>
    <message>
      <source>it has smplanner's mark but holds no plan (format 0, no client record): another program wrote it, or its making was cut short; create a new plan and import into it what you need</source>
      <translation>il porte la marque de smplanner mais ne contient aucun plan (format 0, pas de fiche client) : un autre programme l’a écrit, ou sa création a été interrompue ; créez un nouveau plan et importez-y ce dont vous avez besoin</translation>
    </message>
    <message>
      <source>it is a folder</source>
      <translation>c'est un dossier</translation>
    </message>
    <message>
      <source>{path} cannot be read ({reason}): check its permissions.</source>
      <translation>{path} ne peut pas être lu ({reason}) : vérifiez ses droits d'accès.</translation>
    </message>
    <message>
      <source>SQLite cannot read it ({reason})</source>
      <translation>SQLite ne peut pas le lire ({reason})</translation>
    </message>
    <message>
      <source>it is a SQLite database made by another program</source>
      <translation>c'est une base SQLite créée par un autre logiciel</translation>
    </message>
    <message>
      <source>the client record is missing</source>
      <translation>la fiche client est absente</translation>
    </message>
    <message>
      <source>the file is empty (0 bytes)</source>
      <translation>le fichier est vide (0 octet)</translation>
    </message>
    <message>
      <source>it is not a SQLite database</source>
      <translation>ce n'est pas une base SQLite</translation>
    </message>
    <message>
      <source>the file is truncated</source>
      <translation>le fichier est tronqué</translation>
    </message>
    <message>
      <source>{path} holds a change interrupted by a crash. Open it in smplanner (not read-only) once, or run `smplanner check --repair` on it: the interrupted change is then undone and the plan is as it was after the last finished edit.</source>
      <translation>{path} contient une modification interrompue par un plantage. Ouvrez-le une fois dans smplanner (pas en lecture seule), ou lancez `smplanner check --repair` dessus : la modification interrompue est alors annulée et le plan est tel qu'après la dernière modification terminée.</translation>
    </message>
    <message>
      <source>the file is read-only</source>
      <translation>le fichier est en lecture seule</translation>
    </message>
    <message>
      <source>its folder is read-only</source>
      <translation>son dossier est en lecture seule</translation>
    </message>
    <message>
      <source>opened read-only on request</source>
      <translation>ouvert en lecture seule à votre demande</translation>
    </message>
    <message>
      <source>{path} uses an older plan format ({old}) and must be updated to format {new} before use, but {reason}. Copy it to a folder where you can write and open the copy.</source>
      <translation>{path} utilise un format de plan plus ancien ({old}) et doit être mis à jour au format {new} avant utilisation, mais {reason}. Copiez-le dans un dossier où vous pouvez écrire et ouvrez la copie.</translation>
    </message>
    <message>
      <source>unknown value object {value}</source>
      <translation>objet de valeur inconnu {value}</translation>
    </message>
    <message>
      <source>{value} is not a value a plan can hold</source>
      <translation>{value} n’est pas une valeur qu’un plan peut contenir</translation>
    </message>
    <message>
      <source>this is not a smplanner plan export (not an object).</source>
      <translation>ce n’est pas un export de plan smplanner (pas un objet).</translation>
    </message>
    <message>
      <source>this is not a smplanner plan export ("format" is not "{format}").</source>
      <translation>ce n’est pas un export de plan smplanner (« format » n’est pas « {format} »).</translation>
    </message>
    <message>
      <source>"layout_version" is missing or not a number.</source>
      <translation>« layout_version » manque ou n’est pas un nombre.</translation>
    </message>
    <message>
      <source>it was written by a newer smplanner (layout {layout}; this version reads up to {known}). Update smplanner to import it.</source>
      <translation>il a été écrit par un smplanner plus récent (format {layout} ; cette version lit jusqu’au format {known}). Mettez smplanner à jour pour l’importer.</translation>
    </message>
    <message>
      <source>"schema.steps" is missing: the export is incomplete.</source>
      <translation>« schema.steps » manque : l’export est incomplet.</translation>
    </message>
    <message>
      <source>"tables" is missing or not a list.</source>
      <translation>« tables » manque ou n’est pas une liste.</translation>
    </message>
    <message>
      <source>{where} is not an object.</source>
      <translation>{where} n’est pas un objet.</translation>
    </message>
    <message>
      <source>{where} has no name.</source>
      <translation>{where} n’a pas de nom.</translation>
    </message>
    <message>
      <source>table "{table}": "rows" must be a list of objects.</source>
      <translation>table « {table} » : « rows » doit être une liste d’objets.</translation>
    </message>
    <message>
      <source>it was written by a newer smplanner (unknown plan format steps: {steps}). Update smplanner to import it.</source>
      <translation>il a été écrit par un smplanner plus récent (étapes de format de plan inconnues : {steps}). Mettez smplanner à jour pour l’importer.</translation>
    </message>
    <message>
      <source>its plan format steps for {feature} are not in order; the file was edited.</source>
      <translation>ses étapes de format de plan pour {feature} ne sont pas dans l’ordre ; le fichier a été modifié.</translation>
    </message>
    <message>
      <source>table "{table}" does not belong to a plan of this format; the export was edited or made by another program.</source>
      <translation>la table « {table} » n’appartient pas à un plan de ce format ; l’export a été modifié ou produit par un autre programme.</translation>
    </message>
    <message>
      <source>table "{table}", row {row}: unknown column "{column}".</source>
      <translation>table « {table} », ligne {row} : colonne inconnue « {column} ».</translation>
    </message>
    <message>
      <source>table "{table}", row {row}: {problem}.</source>
      <translation>table « {table} », ligne {row} : {problem}.</translation>
    </message>
    <message>
      <source>table "{table}": the rows break a rule of the plan ({problem}).</source>
      <translation>table « {table} » : les lignes enfreignent une règle du plan ({problem}).</translation>
    </message>
    <message>
      <source>{path} is the plan already open: choose another name.</source>
      <translation>{path} est le plan déjà ouvert : choisissez un autre nom.</translation>
    </message>
    <message>
      <source>{path} already exists: choose another name.</source>
      <translation>{path} existe déjà : choisissez un autre nom.</translation>
    </message>
    <message>
      <source>The folder {folder} does not exist: choose another.</source>
      <translation>Le dossier {folder} n’existe pas : choisissez-en un autre.</translation>
    </message>
    <message>
      <source>the client record (table "plan", id 1) is missing.</source>
      <translation>la fiche client (table « plan », id 1) manque.</translation>
    </message>
  </context>
</TS>