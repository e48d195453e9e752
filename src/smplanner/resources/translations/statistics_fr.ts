<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
  <context>
    <name>BestHoursPanel</name>
    <message>
      <source>Use these hours in the calendar</source>
      <translation>Utiliser ces heures dans le calendrier</translation>
    </message>
    <message>
      <source>Calculating…</source>
      <translation>Calcul en cours…</translation>
    </message>
    <message>
      <source>Network</source>
      <translation>Réseau</translation>
    </message>
    <message>
      <source>followers' activity</source>
      <translation>activité des abonnés</translation>
    </message>
    <message>
      <source>engagement of your posts</source>
      <translation>engagement de vos publications</translation>
    </message>
    <message>
      <source>Best hours (%1): %2</source>
      <translation>Meilleures heures (%1) : %2</translation>
    </message>
    <message>
      <source>Not enough posts with a known hour yet to advise hours.</source>
      <translation>Pas encore assez de publications à l'heure connue pour conseiller des horaires.</translation>
    </message>
    <message>
      <source>Use the client's best hours for %1</source>
      <translation>Utiliser les meilleures heures du client pour %1</translation>
    </message>
  </context>
  <context>
    <name>ChartContent</name>
    <message>
      <source>Target: %1</source>
      <translation>Cible : %1</translation>
    </message>
    <message>
      <source>Expected pace</source>
      <translation>Rythme attendu</translation>
    </message>
  </context>
  <context>
    <name>ChartHover</name>
    <message>
      <source>week of %1</source>
      <translation>semaine du %1</translation>
    </message>
    <message>
      <source>%1: %2</source>
      <translation>%1 : %2</translation>
    </message>
  </context>
  <context>
    <name>ColumnMappingDialog</name>
    <message>
      <source>Column mapping</source>
      <translation>Correspondance des colonnes</translation>
    </message>
    <message>
      <source>Column</source>
      <translation>Colonne</translation>
    </message>
    <message>
      <source>Metric</source>
      <translation>Indicateur</translation>
    </message>
    <message>
      <source>e.g. Iconosquare (leave empty not to save)</source>
      <translation>ex. Iconosquare (laisser vide pour ne pas enregistrer)</translation>
    </message>
    <message>
      <source>Saved mapping</source>
      <translation>Correspondance enregistrée</translation>
    </message>
    <message>
      <source>Network</source>
      <translation>Réseau</translation>
    </message>
    <message>
      <source>Date column</source>
      <translation>Colonne de date</translation>
    </message>
    <message>
      <source>Post id column (posts only)</source>
      <translation>Colonne d'identifiant de publication (publications seulement)</translation>
    </message>
    <message>
      <source>Save as</source>
      <translation>Enregistrer sous</translation>
    </message>
    <message>
      <source>File: %1</source>
      <translation>Fichier : %1</translation>
    </message>
    <message>
      <source>Column mapping — choose a date column and a metric</source>
      <translation>Correspondance des colonnes — choisissez une colonne de date et un indicateur</translation>
    </message>
  </context>
  <context>
    <name>DropHighlight</name>
    <message numerus="yes">
      <source>Drop the %Ln file(s) to import them into the statistics</source>
      <translation>
        <numerusform>Déposez le fichier pour l'importer dans les statistiques</numerusform>
        <numerusform>Déposez les %Ln fichiers pour les importer dans les statistiques</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>HeatMapView</name>
    <message>
      <source>%1h</source>
      <translation>%1 h</translation>
    </message>
    <message>
      <source>Darker cells: more engagement. No colour: no post at that hour.</source>
      <translation>Cases plus foncées : plus d'engagement. Sans couleur : aucune publication à cette heure.</translation>
    </message>
    <message>
      <source>%1, %2 h – %3 h</source>
      <translation>%1, %2 h – %3 h</translation>
    </message>
    <message>
      <source>%1: no activity figure</source>
      <translation>%1 : pas de chiffre d'activité</translation>
    </message>
    <message>
      <source>%1: %2 active followers on average</source>
      <translation>%1 : %2 abonnés actifs en moyenne</translation>
    </message>
    <message>
      <source>%1: no post</source>
      <translation>%1 : aucune publication</translation>
    </message>
    <message numerus="yes">
      <source>%Ln post(s)</source>
      <translation>
        <numerusform>%Ln publication</numerusform>
        <numerusform>%Ln publications</numerusform>
      </translation>
    </message>
    <message>
      <source>engagement %1 × their network's mean</source>
      <translation>engagement %1 × la moyenne de leur réseau</translation>
    </message>
    <message>
      <source>mean engagement rate %1 %</source>
      <translation>taux d'engagement moyen %1 %</translation>
    </message>
    <message>
      <source>%1: %2</source>
      <translation>%1 : %2</translation>
    </message>
  </context>
  <context>
    <name>ImportDialog</name>
    <message>
      <source>Import statistics</source>
      <translation>Importer des statistiques</translation>
    </message>
    <message>
      <source>Add the files downloaded from Meta Business Suite, LinkedIn, TikTok Studio, X or YouTube Studio (CSV, XLS, XLSX or ZIP). Each file is recognised from its content.</source>
      <translation>Ajoutez les fichiers téléchargés depuis Meta Business Suite, LinkedIn, TikTok Studio, X ou YouTube Studio (CSV, XLS, XLSX ou ZIP). Chaque fichier est reconnu d'après son contenu.</translation>
    </message>
    <message>
      <source>File</source>
      <translation>Fichier</translation>
    </message>
    <message>
      <source>Recognised as</source>
      <translation>Reconnu comme</translation>
    </message>
    <message>
      <source>Rows</source>
      <translation>Lignes</translation>
    </message>
    <message>
      <source>Problems</source>
      <translation>Problèmes</translation>
    </message>
    <message>
      <source>Stop reading</source>
      <translation>Arrêter la lecture</translation>
    </message>
    <message>
      <source>Stop importing</source>
      <translation>Arrêter l'import</translation>
    </message>
    <message>
      <source>Add files…</source>
      <translation>Ajouter des fichiers…</translation>
    </message>
    <message>
      <source>Read with a column mapping…</source>
      <translation>Lire avec une correspondance de colonnes…</translation>
    </message>
    <message>
      <source>Another tool's export (Iconosquare, Agorapulse…): say which column is which.</source>
      <translation>Export d'un autre outil (Iconosquare, Agorapulse…) : indiquez quelle colonne correspond à quoi.</translation>
    </message>
    <message>
      <source>Skip bad rows and import the others</source>
      <translation>Ignorer les lignes erronées et importer les autres</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>Importer</translation>
    </message>
    <message>
      <source>Say which network the daily series that do not name one are of (files: %1).</source>
      <translation>Indiquez le réseau des séries quotidiennes qui n’en nomment aucun (fichiers : %1).</translation>
    </message>
    <message>
      <source>Not recognised</source>
      <translation>Non reconnu</translation>
    </message>
    <message>
      <source>
… and %1 more</source>
      <translation>
… et %1 de plus</translation>
    </message>
    <message>
      <source>%1: %2</source>
      <translation>%1 : %2</translation>
    </message>
    <message>
      <source> and </source>
      <translation> et </translation>
    </message>
    <message>
      <source>Files ready to import: %1.</source>
      <translation>Fichiers prêts à importer : %1.</translation>
    </message>
    <message>
      <source>Files that cannot be imported (left out): %1.</source>
      <translation>Fichiers impossibles à importer (écartés) : %1.</translation>
    </message>
    <message>
      <source>Rows with problems: %1. Nothing is imported unless you skip them.</source>
      <translation>Lignes en erreur : %1. Rien n'est importé à moins de les ignorer.</translation>
    </message>
    <message>
      <source>None</source>
      <translation>Aucun</translation>
    </message>
    <message>
      <source>Facebook posts</source>
      <translation>publications Facebook</translation>
    </message>
    <message>
      <source>Instagram posts</source>
      <translation>publications Instagram</translation>
    </message>
    <message>
      <source>daily account series</source>
      <translation>série quotidienne du compte</translation>
    </message>
    <message>
      <source>legacy post export</source>
      <translation>ancien export des publications</translation>
    </message>
    <message>
      <source>legacy page export</source>
      <translation>ancien export de la Page</translation>
    </message>
    <message>
      <source>content metrics (sheet Metrics)</source>
      <translation>indicateurs du contenu (feuille Metrics)</translation>
    </message>
    <message>
      <source>content (sheet All posts)</source>
      <translation>contenu (feuille All posts)</translation>
    </message>
    <message>
      <source>new followers</source>
      <translation>nouveaux abonnés</translation>
    </message>
    <message>
      <source>visitor metrics</source>
      <translation>visiteurs</translation>
    </message>
    <message>
      <source>account analytics content</source>
      <translation>contenu (account analytics content)</translation>
    </message>
    <message>
      <source>account overview analytics</source>
      <translation>vue d’ensemble du compte</translation>
    </message>
    <message>
      <source>video overview analytics</source>
      <translation>vue d’ensemble des vidéos</translation>
    </message>
    <message>
      <source>legacy tweet activity</source>
      <translation>ancienne activité des tweets</translation>
    </message>
    <message>
      <source>Chart data / Totals</source>
      <translation>données du graphique (Chart data) / totaux</translation>
    </message>
    <message>
      <source>Say which of the two hours the times in the repeated hour are (files: %1).</source>
      <translation>Dites laquelle des deux heures est celle des publications à l’heure vécue deux fois (fichiers : %1).</translation>
    </message>
    <message>
      <source>Choose export files</source>
      <translation>Choisir des fichiers d'export</translation>
    </message>
    <message>
      <source>Exports (*.csv *.txt *.xls *.xlsx *.zip);;All files (*)</source>
      <translation>Exports (*.csv *.txt *.xls *.xlsx *.zip);;Tous les fichiers (*)</translation>
    </message>
    <message>
      <source>Importing…</source>
      <translation>Import en cours…</translation>
    </message>
    <message>
      <source>Import stopped: nothing was stored.</source>
      <translation>Import arrêté : rien n'a été enregistré.</translation>
    </message>
    <message>
      <source>Import statistics from %1</source>
      <translation>Importer les statistiques de %1</translation>
    </message>
  </context>
  <context>
    <name>ImportNotes</name>
    <message>
      <source>Notes on %1:</source>
      <translation>Remarques sur %1 :</translation>
    </message>
  </context>
  <context>
    <name>ImportTimesRow</name>
    <message>
      <source>Place the days again</source>
      <translation>Replacer les jours</translation>
    </message>
    <message>
      <source>%1 (Pacific time, as Meta writes it)</source>
      <translation>%1 (heure du Pacifique, celle qu’écrit Meta)</translation>
    </message>
    <message>
      <source>%1 (the plan's time zone)</source>
      <translation>%1 (le fuseau horaire du plan)</translation>
    </message>
    <message>
      <source>%1: the times of %2 are read in</source>
      <translation>%1 : les heures de %2 sont lues dans le fuseau</translation>
    </message>
    <message>
      <source>%1: days without a year placed from %2 to %3, the file downloaded on</source>
      <translation>%1 : jours sans année placés du %2 au %3, le fichier ayant été téléchargé le</translation>
    </message>
  </context>
  <context>
    <name>ManualEntryDialog</name>
    <message>
      <source>Type figures in</source>
      <translation>Saisir des chiffres</translation>
    </message>
    <message>
      <source>Account figure for a day</source>
      <translation>Chiffre du compte pour un jour</translation>
    </message>
    <message>
      <source>Figure of an imported post</source>
      <translation>Chiffre d'une publication importée</translation>
    </message>
    <message>
      <source>What</source>
      <translation>Quoi</translation>
    </message>
    <message>
      <source>Network</source>
      <translation>Réseau</translation>
    </message>
    <message>
      <source>Day</source>
      <translation>Jour</translation>
    </message>
    <message>
      <source>Post</source>
      <translation>Publication</translation>
    </message>
    <message>
      <source>Figure</source>
      <translation>Indicateur</translation>
    </message>
    <message>
      <source>Value</source>
      <translation>Valeur</translation>
    </message>
    <message>
      <source>Type in %1</source>
      <translation>Saisir %1</translation>
    </message>
  </context>
  <context>
    <name>ObjectivesPanel</name>
    <message>
      <source>Objectives and their progress</source>
      <translation>Objectifs et leur avancement</translation>
    </message>
    <message>
      <source>Objective</source>
      <translation>Objectif</translation>
    </message>
    <message>
      <source>Network</source>
      <translation>Réseau</translation>
    </message>
    <message>
      <source>KPI</source>
      <translation>KPI</translation>
    </message>
    <message>
      <source>Now</source>
      <translation>Actuel</translation>
    </message>
    <message>
      <source>Target</source>
      <translation>Cible</translation>
    </message>
    <message>
      <source>Progress</source>
      <translation>Avancement</translation>
    </message>
    <message>
      <source>Select an objective to draw its progress against its target above; click it again (or press Esc) to take it off the chart.</source>
      <translation>Sélectionnez un objectif pour tracer son avancement face à sa cible, ci-dessus ; cliquez-le à nouveau (ou Échap) pour le retirer du graphique.</translation>
    </message>
    <message>
      <source>Target exceeded (×%1)</source>
      <translation>Cible dépassée (×%1)</translation>
    </message>
    <message>
      <source>Reached</source>
      <translation>Atteint</translation>
    </message>
    <message>
      <source>On track</source>
      <translation>En bonne voie</translation>
    </message>
    <message>
      <source>Late</source>
      <translation>En retard</translation>
    </message>
    <message>
      <source>No target set</source>
      <translation>Pas de cible fixée</translation>
    </message>
    <message>
      <source>No data yet</source>
      <translation>Pas encore de données</translation>
    </message>
    <message>
      <source>Target equals the baseline</source>
      <translation>Cible égale au point de départ</translation>
    </message>
    <message>
      <source>%1 is more than %2 is possible for this KPI: check the imported figures (a missing reach or follower count gives rates above 100 %).</source>
      <translation>%1 dépasse les %2 possibles pour ce KPI : vérifiez les chiffres importés (une portée ou un nombre d'abonnés manquant donne des taux au-dessus de 100 %).</translation>
    </message>
    <message>
      <source>(sum of the posts)</source>
      <translation>(somme des publications)</translation>
    </message>
    <message>
      <source>all</source>
      <translation>tous</translation>
    </message>
    <message>
      <source>This network's exports give no daily figure for it: this is the sum of the imported posts' own figures (a person reached by two posts counts twice).</source>
      <translation>Les exports de ce réseau ne donnent pas ce chiffre par jour : c’est la somme des chiffres des publications importées (une personne touchée par deux publications compte deux fois).</translation>
    </message>
  </context>
  <context>
    <name>PillarMixPanel</name>
    <message>
      <source>Calculating…</source>
      <translation>Calcul en cours…</translation>
    </message>
    <message>
      <source>Pillar</source>
      <translation>Pilier</translation>
    </message>
    <message>
      <source>Mix set</source>
      <translation>Mix défini</translation>
    </message>
    <message>
      <source>Planned share</source>
      <translation>Part prévue</translation>
    </message>
    <message>
      <source>Published share</source>
      <translation>Part publiée</translation>
    </message>
    <message>
      <source>Gap (points)</source>
      <translation>Écart (points)</translation>
    </message>
    <message>
      <source>Posts published</source>
      <translation>Publications faites</translation>
    </message>
    <message>
      <source>Interactions</source>
      <translation>Interactions</translation>
    </message>
    <message>
      <source>Per measured post</source>
      <translation>Par publication mesurée</translation>
    </message>
    <message>
      <source>By campaign</source>
      <translation>Par campagne</translation>
    </message>
    <message>
      <source>Campaign</source>
      <translation>Campagne</translation>
    </message>
    <message>
      <source>Planned</source>
      <translation>Prévues</translation>
    </message>
    <message>
      <source>No content pillars yet: set them in the Strategy tab (Editorial line).</source>
      <translation>Pas encore de piliers de contenu : définissez-les dans l'onglet Stratégie (Ligne éditoriale).</translation>
    </message>
    <message>
      <source>%1 planned and %2 published posts with a pillar in the period.</source>
      <translation>%1 publications prévues et %2 publiées avec un pilier sur la période.</translation>
    </message>
    <message>
      <source>Posts without a pillar, left out: %1.</source>
      <translation>Publications sans pilier, non comptées : %1.</translation>
    </message>
    <message>
      <source>No mix set in the workshop to compare with.</source>
      <translation>Aucun mix défini en atelier pour comparer.</translation>
    </message>
    <message>
      <source>Beyond the tolerance of %1 points: %2.</source>
      <translation>Au-delà de la tolérance de %1 points : %2.</translation>
    </message>
    <message>
      <source>%1 points away from the mix set in the workshop</source>
      <translation>À %1 points du mix défini en atelier</translation>
    </message>
  </context>
  <context>
    <name>PlanActualPanel</name>
    <message>
      <source>All planned posts due</source>
      <translation>Toutes les publications prévues échues</translation>
    </message>
    <message>
      <source>Never published</source>
      <translation>Jamais publiées</translation>
    </message>
    <message>
      <source>Published more than an hour off</source>
      <translation>Publiées à plus d'une heure de l'horaire prévu</translation>
    </message>
    <message>
      <source>Not in an export yet</source>
      <translation>Pas encore dans un export</translation>
    </message>
    <message numerus="yes">
      <source>Match with the calendar: %Ln imported post(s) recognised as planned posts and marked published</source>
      <translation>
        <numerusform>Rapprochement avec le calendrier : %Ln publication importée reconnue comme publication prévue et marquée publiée</numerusform>
        <numerusform>Rapprochement avec le calendrier : %Ln publications importées reconnues comme publications prévues et marquées publiées</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln imported post(s) match no planned post.</source>
      <translation>
        <numerusform>%Ln publication importée ne correspond à aucune publication prévue.</numerusform>
        <numerusform>%Ln publications importées ne correspondent à aucune publication prévue.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln planned post(s) due: </source>
      <translation>
        <numerusform>%Ln publication prévue échue : </numerusform>
        <numerusform>%Ln publications prévues échues : </numerusform>
      </translation>
    </message>
    <message>
      <source>Planned</source>
      <translation>Prévue le</translation>
    </message>
    <message>
      <source>Network</source>
      <translation>Réseau</translation>
    </message>
    <message>
      <source>Post</source>
      <translation>Publication</translation>
    </message>
    <message>
      <source>Published</source>
      <translation>Publiée</translation>
    </message>
    <message>
      <source>Drift</source>
      <translation>Écart</translation>
    </message>
    <message>
      <source>Published at</source>
      <translation>Publiée le</translation>
    </message>
    <message>
      <source>What became of it</source>
      <translation>Ce qu'elle est devenue</translation>
    </message>
    <message>
      <source>Published time minus planned time: + late, − early.</source>
      <translation>Heure de publication moins heure prévue : + en retard, − en avance.</translation>
    </message>
    <message>
      <source>Calculating…</source>
      <translation>Calcul en cours…</translation>
    </message>
    <message>
      <source>Show</source>
      <translation>Afficher</translation>
    </message>
    <message>
      <source>%1 by link or post id, %2 by time and text</source>
      <translation>%1 par lien ou identifiant, %2 par heure et texte</translation>
    </message>
    <message>
      <source>Match with the calendar: no imported post is one of the planned posts (same network, within 6 hours and a similar text, or its link).</source>
      <translation>Rapprochement avec le calendrier : aucune publication importée ne correspond à une publication prévue (même réseau, à moins de 6 heures et un texte proche, ou son lien).</translation>
    </message>
    <message>
      <source>%1 min</source>
      <translation>%1 min</translation>
    </message>
    <message>
      <source>%1 h %2</source>
      <translation>%1 h %2</translation>
    </message>
    <message>
      <source>%1 d</source>
      <translation>%1 j</translation>
    </message>
    <message>
      <source>Marked published, not in the exports</source>
      <translation>Marquée publiée, absente des exports</translation>
    </message>
    <message>
      <source>Never published (not in the exports)</source>
      <translation>Jamais publiée (absente des exports)</translation>
    </message>
    <message>
      <source>No export covers it yet</source>
      <translation>Aucun export ne couvre encore cette date</translation>
    </message>
    <message>
      <source>No planned post is due yet.</source>
      <translation>Aucune publication prévue n'est encore échue.</translation>
    </message>
    <message>
      <source>%1 published, %2 never published, %3 not in an export yet.</source>
      <translation>%1 publiées, %2 jamais publiées, %3 pas encore dans un export.</translation>
    </message>
    <message>
      <source>Median drift: %1; %2 published more than an hour off.</source>
      <translation>Écart médian : %1 ; %2 publiées à plus d'une heure de l'horaire prévu.</translation>
    </message>
  </context>
  <context>
    <name>PostsPane</name>
    <message>
      <source>Filter posts (text, network…)</source>
      <translation>Filtrer les publications (texte, réseau…)</translation>
    </message>
    <message>
      <source>Filtering…</source>
      <translation>Filtrage en cours…</translation>
    </message>
    <message>
      <source>Posts as CSV…</source>
      <translation>Publications en CSV…</translation>
    </message>
    <message>
      <source>Green: best posts; red: worst, by engagement rate within each denominator.</source>
      <translation>Vert : meilleures publications ; rouge : les moins bonnes, selon le taux d'engagement pour chaque dénominateur.</translation>
    </message>
    <message>
      <source>Save the posts</source>
      <translation>Enregistrer les publications</translation>
    </message>
    <message>
      <source>posts.csv</source>
      <translation>publications.csv</translation>
    </message>
  </context>
  <context>
    <name>PostsTableModel</name>
    <message>
      <source>Published</source>
      <translation>Publiée le</translation>
    </message>
    <message>
      <source>Network</source>
      <translation>Réseau</translation>
    </message>
    <message>
      <source>Post</source>
      <translation>Publication</translation>
    </message>
    <message>
      <source>Reach / views</source>
      <translation>Portée / vues</translation>
    </message>
    <message>
      <source>Interactions</source>
      <translation>Interactions</translation>
    </message>
    <message>
      <source>Engagement rate</source>
      <translation>Taux d'engagement</translation>
    </message>
    <message>
      <source>By</source>
      <translation>Sur</translation>
    </message>
    <message>
      <source>Planned</source>
      <translation>Planifiée</translation>
    </message>
  </context>
  <context>
    <name>RepeatedHourRow</name>
    <message>
      <source>Choose…</source>
      <translation>Choisir…</translation>
    </message>
    <message>
      <source>the first (summer time)</source>
      <translation>la première (heure d’été)</translation>
    </message>
    <message>
      <source>the second (winter time)</source>
      <translation>la seconde (heure d’hiver)</translation>
    </message>
    <message>
      <source>%1: %4 post(s) published in the hour that repeats when the clocks go back in %2 (rows %3). Which of the two hours is it?</source>
      <translation>%1 : %4 publication(s) à une heure vécue deux fois au passage à l’heure d’hiver (fuseau %2, lignes %3). Laquelle des deux heures est-ce ?</translation>
    </message>
  </context>
  <context>
    <name>SeriesNetworkRow</name>
    <message>
      <source>Choose…</source>
      <translation>Choisir…</translation>
    </message>
    <message>
      <source>%1: the daily series "%2" does not say whether it is Facebook's or Instagram's. Which network is it?</source>
      <translation>%1 : la série quotidienne « %2 » ne dit pas si elle est celle de Facebook ou d’Instagram. De quel réseau s’agit-il ?</translation>
    </message>
  </context>
  <context>
    <name>SeriesTree</name>
    <message>
      <source>Find a figure…</source>
      <translation>Chercher un indicateur…</translation>
    </message>
    <message>
      <source>Figures to chart</source>
      <translation>Indicateurs à afficher</translation>
    </message>
    <message>
      <source>Tick to draw its main figures; again for all of them, once more for none.</source>
      <translation>Cochez pour tracer ses indicateurs principaux ; une deuxième fois pour tous, une troisième pour aucun.</translation>
    </message>
  </context>
  <context>
    <name>StatisticsTab</name>
    <message>
      <source>Import files…</source>
      <translation>Importer des fichiers…</translation>
    </message>
    <message>
      <source>Type figures in…</source>
      <translation>Saisir des chiffres…</translation>
    </message>
    <message>
      <source>Match planned posts</source>
      <translation>Rapprocher du calendrier</translation>
    </message>
    <message>
      <source>Link imported posts to the calendar's posts; matched posts become published.</source>
      <translation>Relie les publications importées à celles du calendrier ; les publications rapprochées passent à « publiée ».</translation>
    </message>
    <message>
      <source>All time</source>
      <translation>Toute la période</translation>
    </message>
    <message>
      <source>Last 7 days</source>
      <translation>7 derniers jours</translation>
    </message>
    <message>
      <source>Last 28 days</source>
      <translation>28 derniers jours</translation>
    </message>
    <message>
      <source>Last 90 days</source>
      <translation>90 derniers jours</translation>
    </message>
    <message>
      <source>This month</source>
      <translation>Ce mois-ci</translation>
    </message>
    <message>
      <source>Custom</source>
      <translation>Personnalisée</translation>
    </message>
    <message>
      <source>First day of the period</source>
      <translation>Premier jour de la période</translation>
    </message>
    <message>
      <source>Last day of the period</source>
      <translation>Dernier jour de la période</translation>
    </message>
    <message>
      <source>By day</source>
      <translation>Par jour</translation>
    </message>
    <message>
      <source>By week</source>
      <translation>Par semaine</translation>
    </message>
    <message>
      <source>By month</source>
      <translation>Par mois</translation>
    </message>
    <message>
      <source>One chart per metric</source>
      <translation>Un graphique par indicateur</translation>
    </message>
    <message>
      <source>Figures of very different sizes (followers, reach, watch time) each get their own scale.</source>
      <translation>Des chiffres d'ordres de grandeur très différents (abonnés, portée, durée de visionnage) ont chacun leur échelle.</translation>
    </message>
    <message>
      <source>Chart as PNG…</source>
      <translation>Graphique en PNG…</translation>
    </message>
    <message>
      <source>Period</source>
      <translation>Période</translation>
    </message>
    <message>
      <source>No statistics yet. Import the exports downloaded from the networks (drop the files here), or type figures in.</source>
      <translation>Pas encore de statistiques. Importez les exports téléchargés depuis les réseaux (déposez les fichiers ici) ou saisissez des chiffres.</translation>
    </message>
    <message>
      <source>Objectives</source>
      <translation>Objectifs</translation>
    </message>
    <message>
      <source>Posts</source>
      <translation>Publications</translation>
    </message>
    <message>
      <source>Best hours</source>
      <translation>Meilleures heures</translation>
    </message>
    <message>
      <source>Totals</source>
      <translation>Totaux</translation>
    </message>
    <message>
      <source>Plan vs actual</source>
      <translation>Prévu / réalisé</translation>
    </message>
    <message>
      <source>Pillars and campaigns</source>
      <translation>Piliers et campagnes</translation>
    </message>
    <message>
      <source>Imports</source>
      <translation>Imports</translation>
    </message>
    <message>
      <source>When</source>
      <translation>Quand</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>Source</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Type</translation>
    </message>
    <message>
      <source>New / updated</source>
      <translation>Nouveaux / mis à jour</translation>
    </message>
    <message>
      <source>Match imported posts to planned posts</source>
      <translation>Rapprocher les publications importées du calendrier</translation>
    </message>
    <message>
      <source>Typed in</source>
      <translation>Saisi à la main</translation>
    </message>
    <message>
      <source>CSV with a column mapping</source>
      <translation>CSV avec correspondance des colonnes</translation>
    </message>
    <message>
      <source>Save the chart</source>
      <translation>Enregistrer le graphique</translation>
    </message>
    <message>
      <source>%1 - chart.png</source>
      <translation>%1 - graphique.png</translation>
    </message>
  </context>
  <context>
    <name>TotalsPanel</name>
    <message>
      <source>Tick figures in the list to total them here.</source>
      <translation>Cochez des indicateurs dans la liste pour en voir les totaux ici.</translation>
    </message>
    <message>
      <source>All networks</source>
      <translation>Tous les réseaux</translation>
    </message>
    <message>
      <source>Figures summed over the days of the period (followers: the last value). The previous period has as many days and ends the day before.</source>
      <translation>Chiffres additionnés sur les jours de la période (abonnés : la dernière valeur). La période précédente compte autant de jours et se termine la veille.</translation>
    </message>
    <message>
      <source>No figures for the previous period: choose a period to compare.</source>
      <translation>Aucun chiffre pour la période précédente : choisissez une période à comparer.</translation>
    </message>
    <message>
      <source>Period</source>
      <translation>Période</translation>
    </message>
    <message>
      <source>Previous period</source>
      <translation>Période précédente</translation>
    </message>
    <message>
      <source>Network</source>
      <translation>Réseau</translation>
    </message>
    <message>
      <source>Figure</source>
      <translation>Indicateur</translation>
    </message>
    <message>
      <source>Change</source>
      <translation>Évolution</translation>
    </message>
  </context>
</TS>