<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
  <context>
    <name>AgendaModel</name>
    <message>
      <source>When</source>
      <translation>Quand</translation>
    </message>
    <message>
      <source>Network</source>
      <translation>Réseau</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Statut</translation>
    </message>
    <message>
      <source>Post</source>
      <translation>Publication</translation>
    </message>
    <message>
      <source>Labels</source>
      <translation>Étiquettes</translation>
    </message>
    <message>
      <source>Warnings</source>
      <translation>Alertes</translation>
    </message>
  </context>
  <context>
    <name>ApprovalActions</name>
    <message>
      <source>Send for &amp;approval (page for the client)…</source>
      <translation>Envoyer pour &amp;validation (page pour le client)…</translation>
    </message>
    <message>
      <source>Import the client's &amp;answers…</source>
      <translation>Importer les &amp;réponses du client…</translation>
    </message>
    <message>
      <source>%1 - for approval %2.html</source>
      <translation>%1 - à valider %2.html</translation>
    </message>
    <message>
      <source>Send for approval</source>
      <translation>Envoyer pour validation</translation>
    </message>
    <message>
      <source>Web page (*.html)</source>
      <translation>Page web (*.html)</translation>
    </message>
    <message numerus="yes">
      <source>Send %Ln post(s) for approval</source>
      <translation>
        <numerusform>Envoyer %Ln publication pour validation</numerusform>
        <numerusform>Envoyer %Ln publications pour validation</numerusform>
      </translation>
    </message>
    <message>
      <source>The page could not be written</source>
      <translation>La page n'a pas pu être écrite</translation>
    </message>
    <message>
      <source>%1: %2. Choose another folder.</source>
      <translation>%1 : %2. Choisissez un autre dossier.</translation>
    </message>
    <message>
      <source>Page written</source>
      <translation>Page écrite</translation>
    </message>
    <message numerus="yes">
      <source>%1

%Ln post(s) to approve. E-mail this file to the client: it opens in any browser, offline. Drop the answers file they send back on this window.</source>
      <translation>
        <numerusform>%1

%Ln publication à valider. Envoyez ce fichier au client par e-mail : il s'ouvre dans n'importe quel navigateur, hors ligne. Déposez sur cette fenêtre le fichier de réponses qu'il vous renverra.</numerusform>
        <numerusform>%1

%Ln publications à valider. Envoyez ce fichier au client par e-mail : il s'ouvre dans n'importe quel navigateur, hors ligne. Déposez sur cette fenêtre le fichier de réponses qu'il vous renverra.</numerusform>
      </translation>
    </message>
    <message>
      <source>Import the client's answers</source>
      <translation>Importer les réponses du client</translation>
    </message>
    <message>
      <source>Answers (*.json)</source>
      <translation>Réponses (*.json)</translation>
    </message>
    <message>
      <source>The answers could not be read</source>
      <translation>Les réponses n'ont pas pu être lues</translation>
    </message>
    <message>
      <source>The client's answers</source>
      <translation>Les réponses du client</translation>
    </message>
    <message numerus="yes">
      <source>%Ln post(s) approved</source>
      <translation>
        <numerusform>%Ln publication validée</numerusform>
        <numerusform>%Ln publications validées</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln post(s) with changes requested</source>
      <translation>
        <numerusform>%Ln publication avec modifications demandées</numerusform>
        <numerusform>%Ln publications avec modifications demandées</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln answer(s) already applied</source>
      <translation>
        <numerusform>%Ln réponse déjà appliquée</numerusform>
        <numerusform>%Ln réponses déjà appliquées</numerusform>
      </translation>
    </message>
    <message>
      <source>changed since it was sent: not applied, look at it with the client</source>
      <translation>modifiée depuis l'envoi : non appliquée, à revoir avec le client</translation>
    </message>
    <message>
      <source>deleted since it was sent</source>
      <translation>supprimée depuis l'envoi</translation>
    </message>
    <message>
      <source>scheduled or published meanwhile: not applied</source>
      <translation>programmée ou publiée entre-temps : non appliquée</translation>
    </message>
    <message numerus="yes">
      <source>%Ln conflict(s):</source>
      <translation>
        <numerusform>%Ln conflit :</numerusform>
        <numerusform>%Ln conflits :</numerusform>
      </translation>
    </message>
    <message>
      <source>• post %1 %2: %3</source>
      <translation>• publication %1 %2 : %3</translation>
    </message>
  </context>
  <context>
    <name>ApprovalMenu</name>
    <message>
      <source>Send this period for approval…</source>
      <translation>Envoyer cette période pour validation…</translation>
    </message>
    <message>
      <source>Import the client's answers…</source>
      <translation>Importer les réponses du client…</translation>
    </message>
  </context>
  <context>
    <name>CalendarActions</name>
    <message numerus="yes">
      <source>Copy %Ln post(s) to the ideas</source>
      <translation>
        <numerusform>Copier %Ln publication dans les idées</numerusform>
        <numerusform>Copier %Ln publications dans les idées</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Move %Ln post(s) to the ideas</source>
      <translation>
        <numerusform>Déplacer %Ln publication dans les idées</numerusform>
        <numerusform>Déplacer %Ln publications dans les idées</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Copy %Ln post(s) to %1</source>
      <translation>
        <numerusform>Copier %Ln publication au %1</numerusform>
        <numerusform>Copier %Ln publications au %1</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Move %Ln post(s) to %1</source>
      <translation>
        <numerusform>Déplacer %Ln publication au %1</numerusform>
        <numerusform>Déplacer %Ln publications au %1</numerusform>
      </translation>
    </message>
    <message>
      <source>New post</source>
      <translation>Nouvelle publication</translation>
    </message>
    <message>
      <source>Edit post</source>
      <translation>Modifier la publication</translation>
    </message>
    <message>
      <source>Edit series</source>
      <translation>Modifier la série</translation>
    </message>
    <message numerus="yes">
      <source>Delete %Ln post(s)</source>
      <translation>
        <numerusform>Supprimer %Ln publication</numerusform>
        <numerusform>Supprimer %Ln publications</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Mark %Ln post(s) as "%1"</source>
      <translation>
        <numerusform>Marquer %Ln publication comme « %1 »</numerusform>
        <numerusform>Marquer %Ln publications comme « %1 »</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Duplicate %Ln post(s)</source>
      <translation>
        <numerusform>Dupliquer %Ln publication</numerusform>
        <numerusform>Dupliquer %Ln publications</numerusform>
      </translation>
    </message>
    <message>
      <source>Flagship launch</source>
      <translation>Lancement phare</translation>
    </message>
    <message>
      <source>No longer a flagship launch</source>
      <translation>N'est plus un lancement phare</translation>
    </message>
    <message>
      <source>Variants per network</source>
      <translation>Déclinaisons par réseau</translation>
    </message>
    <message>
      <source>Retro-planning</source>
      <translation>Rétroplanning</translation>
    </message>
    <message>
      <source>Recurring series</source>
      <translation>Série récurrente</translation>
    </message>
    <message>
      <source>Delete the series</source>
      <translation>Supprimer la série</translation>
    </message>
    <message>
      <source>Change how the series repeats</source>
      <translation>Modifier la récurrence de la série</translation>
    </message>
  </context>
  <context>
    <name>CalendarExchangeActions</name>
    <message>
      <source>Calendar for &amp;Google, Outlook, Apple (.ics)…</source>
      <translation>Calendrier pour &amp;Google, Outlook, Apple (.ics)…</translation>
    </message>
    <message>
      <source>Posts for a sc&amp;heduler (Buffer, Hootsuite…)…</source>
      <translation>Publications pour un outil de &amp;programmation (Buffer, Hootsuite…)…</translation>
    </message>
    <message>
      <source>Posts to &amp;edit and import back (CSV)…</source>
      <translation>Publications à &amp;modifier puis réimporter (CSV)…</translation>
    </message>
    <message>
      <source>Import p&amp;osts (CSV)…</source>
      <translation>Importer des p&amp;ublications (CSV)…</translation>
    </message>
    <message>
      <source> - calendar.csv</source>
      <translation> - calendrier.csv</translation>
    </message>
    <message>
      <source>iCalendar (*.ics)</source>
      <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
      <source>CSV (*.csv)</source>
      <translation>CSV (*.csv)</translation>
    </message>
    <message>
      <source>Export the calendar</source>
      <translation>Exporter le calendrier</translation>
    </message>
    <message numerus="yes">
      <source>%Ln row(s) written: %1.</source>
      <translation>
        <numerusform>%Ln ligne écrite : %1.</numerusform>
        <numerusform>%Ln lignes écrites : %1.</numerusform>
      </translation>
    </message>
    <message>
      <source>%1's free plan queues at most %2 posts per channel: upload each channel's numbered files in turn, each once the posts of the one before have gone out.</source>
      <translation>L’offre gratuite de %1 garde au plus %2 publications en file d’attente par canal : importez les fichiers numérotés de chaque canal l’un après l’autre, chacun une fois parties les publications du précédent.</translation>
    </message>
    <message numerus="yes">
      <source>%Ln post(s) left out:</source>
      <translation>
        <numerusform>%Ln publication écartée :</numerusform>
        <numerusform>%Ln publications écartées :</numerusform>
      </translation>
    </message>
    <message>
      <source>To finish in the tool:</source>
      <translation>À compléter dans l'outil :</translation>
    </message>
    <message>
      <source>Calendar exported</source>
      <translation>Calendrier exporté</translation>
    </message>
    <message>
      <source>Import posts from a CSV file</source>
      <translation>Importer des publications depuis un fichier CSV</translation>
    </message>
    <message numerus="yes">
      <source>Import %Ln post(s) from %1</source>
      <translation>
        <numerusform>Importer %Ln publication depuis %1</numerusform>
        <numerusform>Importer %Ln publications depuis %1</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>CalendarExportDialog</name>
    <message>
      <source>Export the calendar</source>
      <translation>Exporter le calendrier</translation>
    </message>
    <message>
      <source>Calendar app: Google, Outlook, Apple (.ics)</source>
      <translation>Agenda : Google, Outlook, Apple (.ics)</translation>
    </message>
    <message>
      <source>%1 bulk upload (CSV)</source>
      <translation>%1, import en masse (CSV)</translation>
    </message>
    <message>
      <source>Posts to edit and import back (CSV)</source>
      <translation>Publications à modifier puis réimporter (CSV)</translation>
    </message>
    <message>
      <source>The whole plan</source>
      <translation>Tout le plan</translation>
    </message>
    <message>
      <source>from</source>
      <translation>du</translation>
    </message>
    <message>
      <source>to</source>
      <translation>au</translation>
    </message>
    <message>
      <source>Also the posts not ready to publish (drafts…)</source>
      <translation>Aussi les publications pas prêtes à publier (brouillons…)</translation>
    </message>
    <message>
      <source>Template downloaded from Metricool…</source>
      <translation>Modèle téléchargé depuis Metricool…</translation>
    </message>
    <message>
      <source>none: the usual columns are written</source>
      <translation>aucun : les colonnes habituelles sont écrites</translation>
    </message>
    <message>
      <source>Format:</source>
      <translation>Format :</translation>
    </message>
    <message>
      <source>Networks:</source>
      <translation>Réseaux :</translation>
    </message>
    <message>
      <source>Period:</source>
      <translation>Période :</translation>
    </message>
    <message>
      <source>Export…</source>
      <translation>Exporter…</translation>
    </message>
    <message>
      <source>%1 free plan: files of %2 posts per channel, uploaded in turn</source>
      <translation>Offre gratuite de %1 : fichiers de %2 publications par canal, importés l’un après l’autre</translation>
    </message>
    <message>
      <source>One event per dated post, campaigns as all-day events, in the plan's time zone. Import the file again after changes: the events are updated, not doubled.</source>
      <translation>Un événement par publication datée, les campagnes en journées entières, dans le fuseau horaire du plan. Réimportez le fichier après des changements : les événements sont mis à jour, pas dupliqués.</translation>
    </message>
    <message>
      <source>Every post with its id: edit it in a spreadsheet, then Import posts (CSV) updates the posts whose id is given and adds the others.</source>
      <translation>Chaque publication avec son numéro (id) : modifiez le fichier dans un tableur, puis « Importer des publications (CSV) » met à jour les publications dont le numéro est donné et ajoute les autres.</translation>
    </message>
    <message>
      <source>Only posts ready to publish go (ready, approved or scheduled). Posts already published, in the past or on a network the tool cannot take are left out and listed after the export. Times are written in the plan's time zone: set the same zone in the tool. Tools that take one channel per file get one file per network; Buffer gets numbered files of 100 posts (10 on its free plan, which queues at most 10 posts per channel: upload the next file once the posts of the one before have gone out).</source>
      <translation>Seules les publications prêtes à publier partent (prêtes, validées ou programmées). Les publications déjà publiées, passées ou sur un réseau que l'outil ne prend pas sont laissées de côté et listées après l'export. Les heures sont écrites dans le fuseau horaire du plan : réglez le même fuseau dans l'outil. Les outils qui prennent un canal par fichier reçoivent un fichier par réseau ; Buffer reçoit des fichiers numérotés de 100 publications (10 avec son offre gratuite, qui garde au plus 10 publications en file d’attente par canal : importez le fichier suivant une fois parties les publications du précédent).</translation>
    </message>
    <message>
      <source>Metricool template</source>
      <translation>Modèle Metricool</translation>
    </message>
    <message>
      <source>CSV (*.csv)</source>
      <translation>CSV (*.csv)</translation>
    </message>
  </context>
  <context>
    <name>CalendarGridView</name>
    <message>
      <source>W%1</source>
      <translation>S%1</translation>
    </message>
    <message numerus="yes">
      <source>+%Ln more</source>
      <translation>
        <numerusform>+%Ln autre</numerusform>
        <numerusform>+%Ln autres</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>CalendarLabels</name>
    <message>
      <source>Labels</source>
      <translation>Étiquettes</translation>
    </message>
    <message>
      <source>Manage labels…</source>
      <translation>Gérer les étiquettes…</translation>
    </message>
    <message numerus="yes">
      <source>Label %Ln post(s) “%1”</source>
      <translation>
        <numerusform>Étiqueter 1 publication « %1 »</numerusform>
        <numerusform>Étiqueter %Ln publications « %1 »</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Take the label “%1” off %Ln post(s)</source>
      <translation>
        <numerusform>Retirer l’étiquette « %1 » d’une publication</numerusform>
        <numerusform>Retirer l’étiquette « %1 » de %Ln publications</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>CalendarTab</name>
    <message>
      <source>Suggest a slot</source>
      <translation>Proposer un créneau</translation>
    </message>
    <message>
      <source>Month calendar</source>
      <translation>Calendrier du mois</translation>
    </message>
    <message>
      <source>Ideas (drag onto a day)</source>
      <translation>Idées (glissez-les sur un jour)</translation>
    </message>
    <message>
      <source>The method's warnings</source>
      <translation>Alertes de la méthode</translation>
    </message>
    <message>
      <source>Week of %1</source>
      <translation>Semaine du %1</translation>
    </message>
    <message>
      <source>Week calendar</source>
      <translation>Calendrier de la semaine</translation>
    </message>
    <message>
      <source>Select one or more posts first.</source>
      <translation>Sélectionnez d'abord une ou plusieurs publications.</translation>
    </message>
    <message>
      <source>No free good slot in the next weeks.</source>
      <translation>Aucun bon créneau libre dans les prochaines semaines.</translation>
    </message>
  </context>
  <context>
    <name>CalendarToolbar</name>
    <message>
      <source>Previous</source>
      <translation>Précédent</translation>
    </message>
    <message>
      <source>Today</source>
      <translation>Aujourd'hui</translation>
    </message>
    <message>
      <source>Next</source>
      <translation>Suivant</translation>
    </message>
    <message>
      <source>Month</source>
      <translation>Mois</translation>
    </message>
    <message>
      <source>Week</source>
      <translation>Semaine</translation>
    </message>
    <message>
      <source>Agenda</source>
      <translation>Agenda</translation>
    </message>
    <message>
      <source>Search: words, #hashtag, campaign</source>
      <translation>Rechercher : mots, #hashtag, campagne</translation>
    </message>
    <message>
      <source>Settings</source>
      <translation>Réglages</translation>
    </message>
    <message>
      <source>Recommended time slots…</source>
      <translation>Créneaux recommandés…</translation>
    </message>
    <message>
      <source>The method's rules…</source>
      <translation>Règles de la méthode…</translation>
    </message>
    <message>
      <source>Labels…</source>
      <translation>Étiquettes…</translation>
    </message>
    <message>
      <source>Unused media…</source>
      <translation>Médias inutilisés…</translation>
    </message>
    <message>
      <source>New post</source>
      <translation>Nouvelle publication</translation>
    </message>
    <message>
      <source>Suggest a slot</source>
      <translation>Proposer un créneau</translation>
    </message>
    <message>
      <source>Retro-planning…</source>
      <translation>Rétroplanning…</translation>
    </message>
    <message>
      <source>Recurring series…</source>
      <translation>Série récurrente…</translation>
    </message>
    <message>
      <source>Campaign…</source>
      <translation>Campagne…</translation>
    </message>
    <message>
      <source>Variants…</source>
      <translation>Déclinaisons…</translation>
    </message>
    <message>
      <source>Network</source>
      <translation>Réseau</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Statut</translation>
    </message>
    <message>
      <source>Campaign</source>
      <translation>Campagne</translation>
    </message>
    <message>
      <source>Pillar</source>
      <translation>Pilier</translation>
    </message>
    <message>
      <source>Labels</source>
      <translation>Étiquettes</translation>
    </message>
    <message>
      <source>Show everything</source>
      <translation>Tout afficher</translation>
    </message>
    <message>
      <source>All networks</source>
      <translation>Tous les réseaux</translation>
    </message>
    <message>
      <source>All statuses</source>
      <translation>Tous les statuts</translation>
    </message>
    <message>
      <source>All campaigns</source>
      <translation>Toutes les campagnes</translation>
    </message>
    <message>
      <source>All pillars</source>
      <translation>Tous les piliers</translation>
    </message>
    <message>
      <source>Filters (%1)</source>
      <translation>Filtres (%1)</translation>
    </message>
    <message>
      <source>Filters</source>
      <translation>Filtres</translation>
    </message>
    <message>
      <source>Everything is shown</source>
      <translation>Tout est affiché</translation>
    </message>
  </context>
  <context>
    <name>CampaignDialog</name>
    <message>
      <source>Campaign</source>
      <translation>Campagne</translation>
    </message>
    <message>
      <source>Event</source>
      <translation>Événement</translation>
    </message>
    <message>
      <source>Launch</source>
      <translation>Lancement</translation>
    </message>
    <message>
      <source>Trade fair</source>
      <translation>Salon</translation>
    </message>
    <message>
      <source>Sales</source>
      <translation>Soldes</translation>
    </message>
    <message>
      <source>Holiday</source>
      <translation>Vacances</translation>
    </message>
    <message>
      <source>Campaign or event</source>
      <translation>Campagne ou événement</translation>
    </message>
    <message>
      <source>Brief, offer, hashtags, who to contact…</source>
      <translation>Brief, offre, hashtags, contact…</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Type</translation>
    </message>
    <message>
      <source>From</source>
      <translation>Du</translation>
    </message>
    <message>
      <source>To</source>
      <translation>Au</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
    <message>
      <source>New campaign</source>
      <translation>Nouvelle campagne</translation>
    </message>
    <message>
      <source>Edit the campaign “%1”</source>
      <translation>Modifier la campagne « %1 »</translation>
    </message>
  </context>
  <context>
    <name>CampaignsDialog</name>
    <message>
      <source>Campaigns and events</source>
      <translation>Campagnes et événements</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Type</translation>
    </message>
    <message>
      <source>From</source>
      <translation>Du</translation>
    </message>
    <message>
      <source>To</source>
      <translation>Au</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
    <message>
      <source>New…</source>
      <translation>Nouvelle…</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>Modifier…</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Supprimer</translation>
    </message>
    <message>
      <source>No campaign yet: New… adds one (a launch, an event, the sales).</source>
      <translation>Aucune campagne pour l'instant : Nouvelle… en ajoute une (un lancement, un événement, les soldes).</translation>
    </message>
    <message>
      <source>Delete the campaign “%1”</source>
      <translation>Supprimer la campagne « %1 »</translation>
    </message>
    <message>
      <source>“%1” deleted; its posts stay in the calendar. Edit &gt; Undo brings it back.</source>
      <translation>« %1 » supprimée ; ses publications restent dans le calendrier. Édition &gt; Annuler la rétablit.</translation>
    </message>
  </context>
  <context>
    <name>ClientCommentDialog</name>
    <message>
      <source>Changes requested</source>
      <translation>Modifications demandées</translation>
    </message>
    <message>
      <source>What the client wants changed</source>
      <translation>Ce que le client souhaite modifier</translation>
    </message>
    <message numerus="yes">
      <source>The client's comment on %Ln post(s):</source>
      <translation>
        <numerusform>Commentaire du client sur %Ln publication :</numerusform>
        <numerusform>Commentaire du client sur %Ln publications :</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ExchangeMenu</name>
    <message>
      <source>Export / import</source>
      <translation>Exporter / importer</translation>
    </message>
    <message>
      <source>To a calendar app (.ics)…</source>
      <translation>Vers un agenda (.ics)…</translation>
    </message>
    <message>
      <source>For a scheduler (CSV)…</source>
      <translation>Pour un outil de programmation (CSV)…</translation>
    </message>
    <message>
      <source>Posts to edit in a spreadsheet (CSV)…</source>
      <translation>Publications à modifier dans un tableur (CSV)…</translation>
    </message>
    <message>
      <source>Import posts (CSV)…</source>
      <translation>Importer des publications (CSV)…</translation>
    </message>
  </context>
  <context>
    <name>ExchangeTexts</name>
    <message>
      <source>it has no date (an idea)</source>
      <translation>elle n'a pas de date (une idée)</translation>
    </message>
    <message>
      <source>it is already published</source>
      <translation>elle est déjà publiée</translation>
    </message>
    <message>
      <source>its time {when} has passed</source>
      <translation>son heure ({when}) est passée</translation>
    </message>
    <message>
      <source>{tool} needs it at least {minutes} minutes after the upload</source>
      <translation>{tool} la veut au moins {minutes} minutes après l'import</translation>
    </message>
    <message>
      <source>{tool} cannot publish on {network} from a CSV file</source>
      <translation>{tool} ne peut pas publier sur {network} depuis un fichier CSV</translation>
    </message>
    <message>
      <source>it is not ready to publish (status: {status}): mark it ready, or export the posts not ready too</source>
      <translation>elle n'est pas prête à publier (statut : {status}) : marquez-la prête, ou exportez aussi les publications pas prêtes</translation>
    </message>
    <message>
      <source>{tool}'s CSV carries text and one image only, so a {network} post cannot go through it: schedule it in {tool} itself</source>
      <translation>le CSV de {tool} ne porte que du texte et une image : une publication {network} ne peut pas y passer, programmez-la directement dans {tool}</translation>
    </message>
    <message>
      <source>{tool} needs the Pinterest board: write the board's name in the post's account</source>
      <translation>{tool} a besoin du tableau Pinterest : écrivez le nom du tableau dans le compte de la publication</translation>
    </message>
    <message>
      <source>{network} allows {limit} characters and this text has {length}: shorten it</source>
      <translation>{network} accepte {limit} caractères et ce texte en compte {length} : raccourcissez-le</translation>
    </message>
    <message>
      <source>it has no text and no image address</source>
      <translation>elle n'a ni texte ni adresse d'image</translation>
    </message>
    <message>
      <source>{tool} needs {minutes} minutes between posts; the previous one is at {when}</source>
      <translation>{tool} veut {minutes} minutes entre deux publications ; la précédente est à {when}</translation>
    </message>
    <message>
      <source>{tool} takes at most {limit} posts per file</source>
      <translation>{tool} prend au plus {limit} publications par fichier</translation>
    </message>
    <message>
      <source>its media are files on this computer: attach them in {tool}</source>
      <translation>ses médias sont des fichiers de cet ordinateur : ajoutez-les dans {tool}</translation>
    </message>
    <message>
      <source>{tool}'s CSV carries no images or videos: attach its {count} media to the post in {tool} after the upload</source>
      <translation>le CSV de {tool} ne porte ni images ni vidéos : joignez ses {count} médias à la publication dans {tool} après l'import</translation>
    </message>
    <message>
      <source>{tool}'s CSV carries one image: the file has the first, add the other {count} in {tool}</source>
      <translation>le CSV de {tool} ne porte qu'une image : le fichier a la première, ajoutez les {count} autres dans {tool}</translation>
    </message>
    <message>
      <source>{tool}'s CSV carries no video: attach the video to the post in {tool}</source>
      <translation>le CSV de {tool} ne porte pas de vidéo : joignez la vidéo à la publication dans {tool}</translation>
    </message>
    <message>
      <source>choose the Pinterest board in {tool} (the post's account is empty)</source>
      <translation>choisissez le tableau Pinterest dans {tool} (le compte de la publication est vide)</translation>
    </message>
    <message>
      <source>{tool} does not take the first comment from the file: add it there</source>
      <translation>{tool} ne reprend pas le premier commentaire du fichier : ajoutez-le dans l'outil</translation>
    </message>
    <message>
      <source>its text starts with '{start}', which spreadsheets run as a formula, so the file has an apostrophe before it: remove the apostrophe in {tool} before publishing</source>
      <translation>son texte commence par « {start} », qu'un tableur exécuterait comme une formule : le fichier le précède d'une apostrophe, retirez-la dans {tool} avant de publier</translation>
    </message>
    <message>
      <source>ideas without a date</source>
      <translation>idées sans date</translation>
    </message>
    <message>
      <source>already published</source>
      <translation>déjà publiées</translation>
    </message>
    <message>
      <source>not ready to publish (ideas, drafts, waiting for the client)</source>
      <translation>pas prêtes à publier (idées, brouillons, en attente du client)</translation>
    </message>
    <message>
      <source>their time has passed</source>
      <translation>heure déjà passée</translation>
    </message>
    <message>
      <source>too close to the upload</source>
      <translation>trop proches de l'import</translation>
    </message>
    <message>
      <source>on a network the tool cannot publish from a CSV file</source>
      <translation>sur un réseau que l'outil ne publie pas depuis un CSV</translation>
    </message>
    <message>
      <source>on TikTok or YouTube, which the tool's CSV cannot carry</source>
      <translation>sur TikTok ou YouTube, que le CSV de l'outil ne peut pas porter</translation>
    </message>
    <message>
      <source>Pinterest posts without a board</source>
      <translation>épingles Pinterest sans tableau</translation>
    </message>
    <message>
      <source>text too long for the network</source>
      <translation>texte trop long pour le réseau</translation>
    </message>
    <message>
      <source>no text and no image</source>
      <translation>ni texte ni image</translation>
    </message>
    <message>
      <source>too close to the previous post</source>
      <translation>trop proches de la publication précédente</translation>
    </message>
    <message>
      <source>over the tool's posts per file</source>
      <translation>au-delà du nombre de publications par fichier de l'outil</translation>
    </message>
    <message>
      <source>{reason}: {count}</source>
      <translation>{reason} : {count}</translation>
    </message>
    <message>
      <source>{network}, {when}: {reason}</source>
      <translation>{network}, {when} : {reason}</translation>
    </message>
  </context>
  <context>
    <name>KeyDatesOverlay</name>
    <message>
      <source>Show key dates (holidays, sales…)</source>
      <translation>Afficher les temps forts (jours fériés, soldes…)</translation>
    </message>
    <message>
      <source>Alsace-Moselle public holidays</source>
      <translation>Jours fériés d'Alsace-Moselle</translation>
    </message>
    <message>
      <source>Key dates on the calendar</source>
      <translation>Temps forts du calendrier</translation>
    </message>
  </context>
  <context>
    <name>LabelFilter</name>
    <message>
      <source>Find a label…</source>
      <translation>Chercher une étiquette…</translation>
    </message>
    <message>
      <source>Find a label to filter by</source>
      <translation>Chercher une étiquette à filtrer</translation>
    </message>
    <message>
      <source>Labels to show</source>
      <translation>Étiquettes à afficher</translation>
    </message>
    <message>
      <source>No label in this plan yet (the post dialog makes them)</source>
      <translation>Aucune étiquette dans ce plan (la fenêtre d’une publication en crée)</translation>
    </message>
  </context>
  <context>
    <name>LabelsDialog</name>
    <message>
      <source>Labels</source>
      <translation>Étiquettes</translation>
    </message>
    <message>
      <source>Labels tag posts (“Promo”, “Video to shoot”…): their colours show on the cards and the calendar filters by them. Double-click a name (or press F2) to rename it.</source>
      <translation>Les étiquettes marquent les publications (« Promo », « Vidéo à tourner »…) : leurs couleurs s’affichent sur les cartes et le calendrier se filtre par elles. Double-cliquez sur un nom (ou appuyez sur F2) pour le renommer.</translation>
    </message>
    <message>
      <source>Label</source>
      <translation>Étiquette</translation>
    </message>
    <message>
      <source>Posts</source>
      <translation>Publications</translation>
    </message>
    <message>
      <source>The plan's labels</source>
      <translation>Les étiquettes du plan</translation>
    </message>
    <message>
      <source>New label's name</source>
      <translation>Nom de la nouvelle étiquette</translation>
    </message>
    <message>
      <source>Add</source>
      <translation>Ajouter</translation>
    </message>
    <message>
      <source>Colour…</source>
      <translation>Couleur…</translation>
    </message>
    <message>
      <source>Delete…</source>
      <translation>Supprimer…</translation>
    </message>
    <message>
      <source>New label “%1”</source>
      <translation>Nouvelle étiquette « %1 »</translation>
    </message>
    <message>
      <source>Rename the label “%1”</source>
      <translation>Renommer l’étiquette « %1 »</translation>
    </message>
    <message>
      <source>Colour of “%1”</source>
      <translation>Couleur de « %1 »</translation>
    </message>
    <message>
      <source>Recolour the label “%1”</source>
      <translation>Changer la couleur de l’étiquette « %1 »</translation>
    </message>
    <message>
      <source>Delete a label</source>
      <translation>Supprimer une étiquette</translation>
    </message>
    <message>
      <source>Delete the label “%1”?</source>
      <translation>Supprimer l’étiquette « %1 » ?</translation>
    </message>
    <message numerus="yes">
      <source>It is on %Ln post(s): deleting it takes it off them, nothing else changes.</source>
      <translation>
        <numerusform>Elle est sur %Ln publication : la supprimer l’en retire, rien d’autre ne change.</numerusform>
        <numerusform>Elle est sur %Ln publications : la supprimer les en retire, rien d’autre ne change.</numerusform>
      </translation>
    </message>
    <message>
      <source>Edit &gt; Undo puts it back on them.</source>
      <translation>Édition &gt; Annuler la remet sur ces publications.</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Supprimer</translation>
    </message>
    <message>
      <source>Delete the label “%1”</source>
      <translation>Supprimer l’étiquette « %1 »</translation>
    </message>
  </context>
  <context>
    <name>PostDialog</name>
    <message>
      <source>Post</source>
      <translation>Publication</translation>
    </message>
    <message>
      <source>Preview</source>
      <translation>Aperçu</translation>
    </message>
    <message>
      <source>Planned at</source>
      <translation>Prévue le</translation>
    </message>
    <message>
      <source>Network</source>
      <translation>Réseau</translation>
    </message>
    <message>
      <source>Account</source>
      <translation>Compte</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Titre</translation>
    </message>
    <message>
      <source>Text</source>
      <translation>Texte</translation>
    </message>
    <message>
      <source>Link</source>
      <translation>Lien</translation>
    </message>
    <message>
      <source>Media</source>
      <translation>Médias</translation>
    </message>
    <message>
      <source>Hashtags</source>
      <translation>Hashtags</translation>
    </message>
    <message>
      <source>First comment</source>
      <translation>Premier commentaire</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Statut</translation>
    </message>
    <message>
      <source>Content pillar</source>
      <translation>Pilier de contenu</translation>
    </message>
    <message>
      <source>Objective</source>
      <translation>Objectif</translation>
    </message>
    <message>
      <source>Campaign</source>
      <translation>Campagne</translation>
    </message>
    <message>
      <source>Labels</source>
      <translation>Étiquettes</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
    <message>
      <source>Sent with the post (Metricool…)</source>
      <translation>Envoyé avec la publication (Metricool…)</translation>
    </message>
    <message>
      <source>No first comment on this network</source>
      <translation>Pas de premier commentaire sur ce réseau</translation>
    </message>
    <message>
      <source>Posted with the post by the schedulers that take one (Metricool…)</source>
      <translation>Publié avec la publication par les outils de programmation qui le prennent (Metricool…)</translation>
    </message>
    <message>
      <source>This network takes no first comment from the schedulers</source>
      <translation>Ce réseau ne prend pas de premier commentaire depuis les outils de programmation</translation>
    </message>
    <message>
      <source>(none)</source>
      <translation>(aucun)</translation>
    </message>
    <message>
      <source>Missing files: %1</source>
      <translation>Fichiers introuvables : %1</translation>
    </message>
  </context>
  <context>
    <name>PostGestures</name>
    <message>
      <source>Open…</source>
      <translation>Ouvrir…</translation>
    </message>
    <message>
      <source>Variants side by side…</source>
      <translation>Déclinaisons côte à côte…</translation>
    </message>
    <message>
      <source>Duplicate</source>
      <translation>Dupliquer</translation>
    </message>
    <message>
      <source>Change status</source>
      <translation>Changer le statut</translation>
    </message>
    <message>
      <source>Move to ideas</source>
      <translation>Renvoyer aux idées</translation>
    </message>
    <message>
      <source>Copy to another network</source>
      <translation>Copier vers un autre réseau</translation>
    </message>
    <message>
      <source>Copy</source>
      <translation>Copier</translation>
    </message>
    <message>
      <source>Cut</source>
      <translation>Couper</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Supprimer</translation>
    </message>
    <message>
      <source>Change network</source>
      <translation>Changer de réseau</translation>
    </message>
    <message numerus="yes">
      <source>Change the network of %Ln post(s)</source>
      <translation>
        <numerusform>Changer le réseau de %Ln publication</numerusform>
        <numerusform>Changer le réseau de %Ln publications</numerusform>
      </translation>
    </message>
    <message>
      <source>Change campaign</source>
      <translation>Changer de campagne</translation>
    </message>
    <message numerus="yes">
      <source>Change the campaign of %Ln post(s)</source>
      <translation>
        <numerusform>Changer la campagne de %Ln publication</numerusform>
        <numerusform>Changer la campagne de %Ln publications</numerusform>
      </translation>
    </message>
    <message>
      <source>(no campaign)</source>
      <translation>(aucune campagne)</translation>
    </message>
    <message>
      <source>New post here…</source>
      <translation>Nouvelle publication ici…</translation>
    </message>
    <message>
      <source>Paste here</source>
      <translation>Coller ici</translation>
    </message>
    <message>
      <source>Delete posts</source>
      <translation>Supprimer des publications</translation>
    </message>
    <message numerus="yes">
      <source>Delete the %Ln selected post(s)?</source>
      <translation>
        <numerusform>Supprimer la publication sélectionnée ?</numerusform>
        <numerusform>Supprimer les %Ln publications sélectionnées ?</numerusform>
      </translation>
    </message>
    <message>
      <source>Edit &gt; Undo puts them back.</source>
      <translation>Édition &gt; Annuler les remet en place.</translation>
    </message>
  </context>
  <context>
    <name>PostStatus</name>
    <message>
      <source>Idea</source>
      <translation>Idée</translation>
    </message>
    <message>
      <source>Draft</source>
      <translation>Brouillon</translation>
    </message>
    <message>
      <source>Ready</source>
      <translation>Prêt</translation>
    </message>
    <message>
      <source>To approve</source>
      <translation>À valider</translation>
    </message>
    <message>
      <source>Changes requested</source>
      <translation>Modifications demandées</translation>
    </message>
    <message>
      <source>Approved</source>
      <translation>Validé</translation>
    </message>
    <message>
      <source>Scheduled</source>
      <translation>Programmé</translation>
    </message>
    <message>
      <source>Published</source>
      <translation>Publié</translation>
    </message>
    <message>
      <source>Status: %1</source>
      <translation>Statut : %1</translation>
    </message>
    <message>
      <source>Labels: %1</source>
      <translation>Étiquettes : %1</translation>
    </message>
    <message>
      <source>The client's comment: %1</source>
      <translation>Commentaire du client : %1</translation>
    </message>
  </context>
  <context>
    <name>PostWhenField</name>
    <message>
      <source>Date of the post</source>
      <translation>Date de la publication</translation>
    </message>
    <message>
      <source>Time of the post</source>
      <translation>Heure de la publication</translation>
    </message>
    <message>
      <source>at</source>
      <translation>à</translation>
    </message>
    <message>
      <source>A time is needed here: type it as HH:MM, e.g. 14:30.</source>
      <translation>Une heure est nécessaire ici : tapez-la sous la forme HH:MM, par exemple 14:30.</translation>
    </message>
  </context>
  <context>
    <name>PostsImportDialog</name>
    <message>
      <source>Import posts from %1</source>
      <translation>Importer des publications depuis %1</translation>
    </message>
    <message>
      <source>Skip the bad rows and import the others</source>
      <translation>Ignorer les lignes en erreur et importer les autres</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>Importer</translation>
    </message>
    <message numerus="yes">
      <source>%Ln new post(s)</source>
      <translation>
        <numerusform>%Ln nouvelle publication</numerusform>
        <numerusform>%Ln nouvelles publications</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln update(s)</source>
      <translation>
        <numerusform>%Ln mise à jour</numerusform>
        <numerusform>%Ln mises à jour</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln unchanged</source>
      <translation>
        <numerusform>%Ln inchangée</numerusform>
        <numerusform>%Ln inchangées</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln row(s) have problems: nothing is imported until they are corrected, unless you skip them.</source>
      <translation>
        <numerusform>%Ln ligne a une erreur : rien n'est importé tant qu'elle n'est pas corrigée, sauf si vous l'ignorez.</numerusform>
        <numerusform>%Ln lignes ont des erreurs : rien n'est importé tant qu'elles ne sont pas corrigées, sauf si vous les ignorez.</numerusform>
      </translation>
    </message>
    <message>
      <source>Columns ignored: %1.</source>
      <translation>Colonnes ignorées : %1.</translation>
    </message>
    <message>
      <source>The table shows the first rows; the counts are the whole file's.</source>
      <translation>Le tableau montre les premières lignes ; les nombres portent sur tout le fichier.</translation>
    </message>
  </context>
  <context>
    <name>PreviewTableModel</name>
    <message>
      <source>New</source>
      <translation>Nouvelle</translation>
    </message>
    <message>
      <source>Update</source>
      <translation>Mise à jour</translation>
    </message>
    <message>
      <source>Unchanged</source>
      <translation>Inchangée</translation>
    </message>
    <message>
      <source>changes: %1</source>
      <translation>modifie : %1</translation>
    </message>
    <message>
      <source>column %1: %2</source>
      <translation>colonne %1 : %2</translation>
    </message>
    <message>
      <source>Problem</source>
      <translation>Erreur</translation>
    </message>
    <message>
      <source>Line</source>
      <translation>Ligne</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>Import</translation>
    </message>
    <message>
      <source>Network</source>
      <translation>Réseau</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>Text</source>
      <translation>Texte</translation>
    </message>
    <message>
      <source>Details</source>
      <translation>Détails</translation>
    </message>
  </context>
  <context>
    <name>RetroPlanningDialog</name>
    <message>
      <source>Product launch</source>
      <translation>Lancement de produit</translation>
    </message>
    <message>
      <source>Event or trade fair</source>
      <translation>Événement ou salon</translation>
    </message>
    <message>
      <source>Sales or promotion</source>
      <translation>Soldes ou promotion</translation>
    </message>
    <message>
      <source>Retro-planning</source>
      <translation>Rétroplanning</translation>
    </message>
    <message>
      <source>(type the day below)</source>
      <translation>(saisir le jour ci-dessous)</translation>
    </message>
    <message>
      <source>Event</source>
      <translation>Événement</translation>
    </message>
    <message>
      <source>From a key date</source>
      <translation>À partir d'un temps fort</translation>
    </message>
    <message>
      <source>Event day (D)</source>
      <translation>Jour J</translation>
    </message>
    <message>
      <source>Template</source>
      <translation>Modèle</translation>
    </message>
    <message>
      <source>Networks</source>
      <translation>Réseaux</translation>
    </message>
    <message>
      <source>Timeline: the posts to make and the key dates around</source>
      <translation>Frise : les publications à préparer et les temps forts autour</translation>
    </message>
    <message>
      <source>%1 on D%2: %3</source>
      <translation>%1 à J%2 : %3</translation>
    </message>
    <message>
      <source>weekly cap reached: kept in the ideas, drag it onto a day</source>
      <translation>plafond hebdomadaire atteint : gardée dans les idées, glissez-la sur un jour</translation>
    </message>
    <message>
      <source>date already past</source>
      <translation>date déjà passée</translation>
    </message>
    <message>
      <source>Not placed</source>
      <translation>Non placées</translation>
    </message>
  </context>
  <context>
    <name>RetroTimeline</name>
    <message>
      <source>Post to make</source>
      <translation>Publication à préparer</translation>
    </message>
    <message>
      <source>Key date</source>
      <translation>Temps fort</translation>
    </message>
    <message>
      <source>Public holiday</source>
      <translation>Jour férié</translation>
    </message>
    <message>
      <source>Campaign</source>
      <translation>Campagne</translation>
    </message>
    <message>
      <source>D</source>
      <translation>J</translation>
    </message>
    <message>
      <source>D%1</source>
      <translation>J%1</translation>
    </message>
  </context>
  <context>
    <name>RetroTimelineView</name>
    <message>
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>Day</source>
      <translation>Jour</translation>
    </message>
    <message>
      <source>What</source>
      <translation>Quoi</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Type</translation>
    </message>
  </context>
  <context>
    <name>RulesDialog</name>
    <message>
      <source>The method's rules</source>
      <translation>Règles de la méthode</translation>
    </message>
    <message>
      <source> h</source>
      <translation> h</translation>
    </message>
    <message>
      <source>from</source>
      <translation>de</translation>
    </message>
    <message>
      <source>to</source>
      <translation>à</translation>
    </message>
    <message>
      <source>For the networks whose weekly frequency the strategy does not set</source>
      <translation>Pour les réseaux dont la stratégie ne fixe pas la fréquence hebdomadaire</translation>
    </message>
    <message>
      <source> days</source>
      <translation> jours</translation>
    </message>
    <message>
      <source>A post has no content pillar</source>
      <translation>Une publication n'a aucun pilier de contenu</translation>
    </message>
    <message>
      <source>A post serves no objective</source>
      <translation>Une publication ne sert aucun objectif</translation>
    </message>
    <message>
      <source>Warn about posts at the weekend</source>
      <translation>Alerter sur les publications du week-end</translation>
    </message>
    <message>
      <source>The weekend is fine on</source>
      <translation>Le week-end convient sur</translation>
    </message>
    <message>
      <source>Night (no posting)</source>
      <translation>Nuit (sans publication)</translation>
    </message>
    <message>
      <source>Weekly cap by default</source>
      <translation>Plafond hebdomadaire par défaut</translation>
    </message>
    <message>
      <source>Flag a used network idle for</source>
      <translation>Signaler un réseau utilisé inactif depuis</translation>
    </message>
    <message>
      <source>Back to the method's defaults</source>
      <translation>Revenir aux valeurs de la méthode</translation>
    </message>
    <message>
      <source>Each change applies at once to the warnings and can be undone.</source>
      <translation>Chaque modification s'applique aussitôt aux alertes et peut être annulée.</translation>
    </message>
    <message>
      <source>Change the method's rules</source>
      <translation>Modifier les règles de la méthode</translation>
    </message>
  </context>
  <context>
    <name>SeriesDialog</name>
    <message>
      <source>Recurring series</source>
      <translation>Série récurrente</translation>
    </message>
    <message>
      <source>Every week on that weekday</source>
      <translation>Chaque semaine ce jour-là</translation>
    </message>
    <message>
      <source>Every two weeks on that weekday</source>
      <translation>Toutes les deux semaines ce jour-là</translation>
    </message>
    <message>
      <source>Same weekday each month (1st, 2nd…)</source>
      <translation>Même jour chaque mois (1er, 2e…)</translation>
    </message>
    <message>
      <source>Repeat</source>
      <translation>Répétition</translation>
    </message>
    <message>
      <source>Occurrences</source>
      <translation>Occurrences</translation>
    </message>
    <message>
      <source>How the series repeats</source>
      <translation>Récurrence de la série</translation>
    </message>
  </context>
  <context>
    <name>SeriesScopeQuestion</name>
    <message>
      <source>Recurring series</source>
      <translation>Série récurrente</translation>
    </message>
    <message>
      <source>This post repeats. Apply the changes to:</source>
      <translation>Cette publication se répète. Appliquer les modifications à :</translation>
    </message>
    <message>
      <source>This post repeats. Move:</source>
      <translation>Cette publication se répète. Déplacer :</translation>
    </message>
    <message>
      <source>This post repeats. Delete:</source>
      <translation>Cette publication se répète. Supprimer :</translation>
    </message>
    <message>
      <source>This one only</source>
      <translation>Celle-ci seulement</translation>
    </message>
    <message>
      <source>This one and the following</source>
      <translation>Celle-ci et les suivantes</translation>
    </message>
    <message>
      <source>The whole series</source>
      <translation>Toute la série</translation>
    </message>
  </context>
  <context>
    <name>SlotLegend</name>
    <message>
      <source>the sector's usual hours</source>
      <translation>les horaires habituels du secteur</translation>
    </message>
    <message>
      <source>the hours set in this plan</source>
      <translation>les créneaux réglés dans ce plan</translation>
    </message>
    <message>
      <source>the client's best hours, from the statistics</source>
      <translation>les meilleures heures du client, d'après les statistiques</translation>
    </message>
    <message>
      <source>; </source>
      <translation> ; </translation>
    </message>
    <message>
      <source>Shaded hours: recommended for the networks shown, darker is better</source>
      <translation>Heures ombrées : créneaux recommandés pour les réseaux affichés, plus foncé = meilleur</translation>
    </message>
  </context>
  <context>
    <name>StatusButton</name>
    <message>
      <source>Status</source>
      <translation>Statut</translation>
    </message>
    <message>
      <source>Set the status of the selected posts</source>
      <translation>Définir le statut des publications sélectionnées</translation>
    </message>
    <message>
      <source>Flagship launch: the same text on every network is fine</source>
      <translation>Lancement phare : le même texte sur tous les réseaux est voulu</translation>
    </message>
  </context>
  <context>
    <name>TimeSlotsDialog</name>
    <message>
      <source>Recommended time slots</source>
      <translation>Créneaux recommandés</translation>
    </message>
    <message>
      <source>Best hour</source>
      <translation>Meilleure heure</translation>
    </message>
    <message>
      <source>Good hour</source>
      <translation>Bonne heure</translation>
    </message>
    <message>
      <source>Not recommended</source>
      <translation>Déconseillée</translation>
    </message>
    <message>
      <source>Back to the defaults (sources)</source>
      <translation>Revenir aux créneaux par défaut (sources)</translation>
    </message>
    <message>
      <source>Network</source>
      <translation>Réseau</translation>
    </message>
    <message>
      <source>Selected hours:</source>
      <translation>Heures sélectionnées :</translation>
    </message>
    <message>
      <source>Select hours and pick a weight, or double-click an hour to cycle it.</source>
      <translation>Sélectionnez des heures et choisissez un poids, ou double-cliquez sur une heure pour la faire changer.</translation>
    </message>
    <message>
      <source>In use: the client's own best hours, from the statistics. Editing them makes them this plan's slots; the defaults return with the button.</source>
      <translation>En vigueur : les meilleures heures du client lui-même, tirées des statistiques. Les modifier en fait les créneaux propres à ce plan ; le bouton rétablit les créneaux par défaut.</translation>
    </message>
    <message>
      <source>In use: the slots edited for this plan.</source>
      <translation>En vigueur : les créneaux modifiés pour ce plan.</translation>
    </message>
    <message>
      <source>In use: the defaults, from these sources:</source>
      <translation>En vigueur : les créneaux par défaut, d'après ces sources :</translation>
    </message>
    <message>
      <source>Edit the time slots of %1</source>
      <translation>Modifier les créneaux de %1</translation>
    </message>
    <message>
      <source>Default time slots for %1</source>
      <translation>Créneaux par défaut pour %1</translation>
    </message>
  </context>
  <context>
    <name>UnusedMedia</name>
    <message>
      <source>Unused media</source>
      <translation>Médias inutilisés</translation>
    </message>
    <message>
      <source>Every file kept in the plan is used by a post.</source>
      <translation>Chaque fichier gardé dans le plan sert à une publication.</translation>
    </message>
    <message numerus="yes">
      <source>No post uses %Ln of the files kept in the plan (%1).</source>
      <translation>
        <numerusform>Aucune publication n’utilise %Ln des fichiers gardés dans le plan (%1).</numerusform>
        <numerusform>Aucune publication n’utilise %Ln des fichiers gardés dans le plan (%1).</numerusform>
      </translation>
    </message>
    <message>
      <source>They come from media removed from their post, posts deleted or a composer cancelled. Remove them from the plan? Edit &gt; Undo puts them back.</source>
      <translation>Ils viennent de médias retirés de leur publication, de publications supprimées ou d’une publication abandonnée. Les retirer du plan ? Édition &gt; Annuler les remet.</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Retirer</translation>
    </message>
    <message numerus="yes">
      <source>Remove %Ln unused media</source>
      <translation>
        <numerusform>Retirer %Ln média inutilisé</numerusform>
        <numerusform>Retirer %Ln médias inutilisés</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>VariantsDialog</name>
    <message>
      <source>Variants per network</source>
      <translation>Déclinaisons par réseau</translation>
    </message>
  </context>
  <context>
    <name>WarningGroups</name>
    <message>
      <source>post %1</source>
      <translation>publication %1</translation>
    </message>
    <message>
      <source>idea</source>
      <translation>idée</translation>
    </message>
    <message>
      <source>“%1”</source>
      <translation>« %1 »</translation>
    </message>
    <message>
      <source>(no title)</source>
      <translation>(sans titre)</translation>
    </message>
    <message>
      <source>1 post</source>
      <translation>1 publication</translation>
    </message>
    <message>
      <source>%1 posts</source>
      <translation>%1 publications</translation>
    </message>
    <message>
      <source>%1: posted at night</source>
      <translation>%1 : publication de nuit</translation>
    </message>
    <message>
      <source>%1 pairs</source>
      <translation>%1 paires</translation>
    </message>
    <message>
      <source>%1 and %2 (%3 % alike)</source>
      <translation>%1 et %2 (%3 % de ressemblance)</translation>
    </message>
    <message>
      <source>quieter nearby: %1</source>
      <translation>plus calme à côté : %1</translation>
    </message>
  </context>
</TS>