<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
  <context>
    <name>MonthlyReport</name>
    <message>
      <source>Published against planned</source>
      <translation>Publié par rapport au prévu</translation>
    </message>
    <message>
      <source>Results of the month</source>
      <translation>Résultats du mois</translation>
    </message>
    <message>
      <source>Engagement by content pillar</source>
      <translation>Engagement par pilier de contenu</translation>
    </message>
    <message>
      <source>Engagement by time slot</source>
      <translation>Engagement par créneau horaire</translation>
    </message>
    <message>
      <source>Key dates of the month to come</source>
      <translation>Temps forts du mois à venir</translation>
    </message>
    <message>
      <source>Results of the period</source>
      <translation>Résultats de la période</translation>
    </message>
    <message>
      <source>Key dates to come</source>
      <translation>Temps forts à venir</translation>
    </message>
    <message>
      <source>Morning (6–12 h)</source>
      <translation>Matin (6–12 h)</translation>
    </message>
    <message>
      <source>Afternoon (12–18 h)</source>
      <translation>Après-midi (12–18 h)</translation>
    </message>
    <message>
      <source>Evening (18–24 h)</source>
      <translation>Soir (18–24 h)</translation>
    </message>
    <message>
      <source>Night (0–6 h)</source>
      <translation>Nuit (0–6 h)</translation>
    </message>
    <message>
      <source>No pillar</source>
      <translation>Sans pilier</translation>
    </message>
    <message>
      <source>Quarterly report — Q%1 %2</source>
      <translation>Rapport trimestriel — T%1 %2</translation>
    </message>
    <message>
      <source>Campaign report — %1, %2 to %3</source>
      <translation>Bilan de campagne — %1, du %2 au %3</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>Total</translation>
    </message>
    <message>
      <source>Network</source>
      <translation>Réseau</translation>
    </message>
    <message>
      <source>Planned</source>
      <translation>Prévu</translation>
    </message>
    <message>
      <source>Published</source>
      <translation>Publié</translation>
    </message>
    <message>
      <source>Published the month before</source>
      <translation>Publié le mois précédent</translation>
    </message>
    <message>
      <source>Published the period before</source>
      <translation>Publié la période précédente</translation>
    </message>
    <message>
      <source>Nothing was planned this month.</source>
      <translation>Rien n'était prévu ce mois-ci.</translation>
    </message>
    <message>
      <source>Nothing was planned in this period.</source>
      <translation>Rien n'était prévu sur cette période.</translation>
    </message>
    <message>
      <source>No statistics matched to this month's posts yet: import the networks' exports in the Statistics tab.</source>
      <translation>Aucune statistique rapprochée des publications de ce mois : importez les exports des réseaux dans l'onglet Statistiques.</translation>
    </message>
    <message>
      <source>No statistics matched to this period's posts yet: import the networks' exports in the Statistics tab.</source>
      <translation>Aucune statistique rapprochée des publications de cette période : importez les exports des réseaux dans l'onglet Statistiques.</translation>
    </message>
    <message>
      <source>%1 interactions this month (%2 against the month before).</source>
      <translation>%1 interactions ce mois-ci (%2 par rapport au mois précédent).</translation>
    </message>
    <message>
      <source>%1 interactions in the period (%2 against the period before).</source>
      <translation>%1 interactions sur la période (%2 par rapport à la période précédente).</translation>
    </message>
    <message>
      <source>Top posts</source>
      <translation>Meilleures publications</translation>
    </message>
    <message>
      <source>Posts that did least well</source>
      <translation>Publications les moins performantes</translation>
    </message>
    <message>
      <source>Posts</source>
      <translation>Publications</translation>
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
      <source>Post</source>
      <translation>Publication</translation>
    </message>
    <message>
      <source>Reach</source>
      <translation>Portée</translation>
    </message>
    <message>
      <source>Pillar</source>
      <translation>Pilier</translation>
    </message>
    <message>
      <source>The editorial line kept</source>
      <translation>La ligne éditoriale tenue</translation>
    </message>
    <message>
      <source>Mix set in the workshop</source>
      <translation>Mix défini en atelier</translation>
    </message>
    <message>
      <source>Share this month</source>
      <translation>Part ce mois-ci</translation>
    </message>
    <message>
      <source>Share of the period</source>
      <translation>Part sur la période</translation>
    </message>
    <message>
      <source>Time slot</source>
      <translation>Créneau</translation>
    </message>
    <message>
      <source>No key date next month.</source>
      <translation>Aucun temps fort le mois prochain.</translation>
    </message>
    <message>
      <source>No key date in the weeks to come.</source>
      <translation>Aucun temps fort dans les semaines à venir.</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>Key date</source>
      <translation>Temps fort</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>Source</translation>
    </message>
    <message>
      <source>Monthly report — %1</source>
      <translation>Rapport mensuel — %1</translation>
    </message>
    <message>
      <source>Objectives' progress</source>
      <translation>Avancement des objectifs</translation>
    </message>
    <message>
      <source>Prepared by %1</source>
      <translation>Préparé par %1</translation>
    </message>
    <message>
      <source>Measured on %1 with the imported figures.</source>
      <translation>Mesuré au %1 avec les chiffres importés.</translation>
    </message>
  </context>
  <context>
    <name>Report</name>
    <message>
      <source>Social media strategy</source>
      <translation>Stratégie social media</translation>
    </message>
    <message>
      <source>Prepared by {name}</source>
      <translation>Préparé par {name}</translation>
    </message>
    <message>
      <source>Calendar from {start} to {end}</source>
      <translation>Calendrier du {start} au {end}</translation>
    </message>
    <message>
      <source>Contents</source>
      <translation>Sommaire</translation>
    </message>
    <message>
      <source>Page {page} of {total}</source>
      <translation>Page {page} sur {total}</translation>
    </message>
    <message>
      <source>Summary</source>
      <translation>Synthèse</translation>
    </message>
    <message>
      <source>Audit</source>
      <translation>Audit (état des lieux)</translation>
    </message>
    <message>
      <source>Budget</source>
      <translation>Budget</translation>
    </message>
    <message>
      <source>SMART objectives</source>
      <translation>Objectifs SMART</translation>
    </message>
    <message>
      <source>Audience and positioning</source>
      <translation>Cible et positionnement</translation>
    </message>
    <message>
      <source>Networks and their roles</source>
      <translation>Réseaux et rôles</translation>
    </message>
    <message>
      <source>Editorial line</source>
      <translation>Ligne éditoriale</translation>
    </message>
    <message>
      <source>Community management charter</source>
      <translation>Charte de modération et d'animation</translation>
    </message>
    <message>
      <source>Editorial calendar</source>
      <translation>Calendrier éditorial</translation>
    </message>
    <message>
      <source>Key dates</source>
      <translation>Temps forts</translation>
    </message>
    <message>
      <source>KPIs to follow</source>
      <translation>KPI à suivre</translation>
    </message>
    <message>
      <source>Results and progress</source>
      <translation>Résultats et progression</translation>
    </message>
    <message>
      <source>Networks:</source>
      <translation>Réseaux :</translation>
    </message>
    <message>
      <source>{count} posts planned from {start} to {end}.</source>
      <translation>{count} publications prévues du {start} au {end}.</translation>
    </message>
    <message>
      <source>Media: {names}</source>
      <translation>Médias : {names}</translation>
    </message>
    <message>
      <source>The posts, to approve</source>
      <translation>Les publications, à valider</translation>
    </message>
    <message>
      <source>When</source>
      <translation>Quand</translation>
    </message>
    <message>
      <source>Text</source>
      <translation>Texte</translation>
    </message>
    <message>
      <source>Positioning</source>
      <translation>Positionnement</translation>
    </message>
    <message>
      <source>Differentiators</source>
      <translation>Éléments différenciants</translation>
    </message>
    <message>
      <source>Personas</source>
      <translation>Personas</translation>
    </message>
    <message>
      <source>{low}–{high} years</source>
      <translation>{low}–{high} ans</translation>
    </message>
    <message>
      <source>Persona</source>
      <translation>Persona</translation>
    </message>
    <message>
      <source>Interests</source>
      <translation>Centres d'intérêt</translation>
    </message>
    <message>
      <source>Networks</source>
      <translation>Réseaux</translation>
    </message>
    <message>
      <source>Expectations</source>
      <translation>Attentes</translation>
    </message>
    <message>
      <source>Competitors</source>
      <translation>Concurrents</translation>
    </message>
    <message>
      <source>Competitor</source>
      <translation>Concurrent</translation>
    </message>
    <message>
      <source>What they do well</source>
      <translation>Ce qu'il fait bien</translation>
    </message>
    <message>
      <source>{count} a week</source>
      <translation>{count} par semaine</translation>
    </message>
    <message>
      <source>Network</source>
      <translation>Réseau</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>Rôle</translation>
    </message>
    <message>
      <source>Posts</source>
      <translation>Publications</translation>
    </message>
    <message>
      <source>Posting rhythm</source>
      <translation>Rythme de publication</translation>
    </message>
    <message>
      <source>Sources: {sources}</source>
      <translation>Sources : {sources}</translation>
    </message>
    <message>
      <source>Why these networks</source>
      <translation>Pourquoi ces réseaux</translation>
    </message>
    <message>
      <source>Tone of voice</source>
      <translation>Ton</translation>
    </message>
    <message>
      <source>Do</source>
      <translation>À faire</translation>
    </message>
    <message>
      <source>Don't</source>
      <translation>À éviter</translation>
    </message>
    <message>
      <source>Hashtags</source>
      <translation>Hashtags</translation>
    </message>
    <message>
      <source>Content pillars</source>
      <translation>Piliers de contenu</translation>
    </message>
    <message>
      <source>Pillar</source>
      <translation>Pilier</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Type</translation>
    </message>
    <message>
      <source>Share of posts</source>
      <translation>Part des publications</translation>
    </message>
    <message>
      <source>Tone and rules</source>
      <translation>Ton et règles</translation>
    </message>
    <message>
      <source>Moderation</source>
      <translation>Modération</translation>
    </message>
    <message>
      <source>Answer within</source>
      <translation>Délai de réponse</translation>
    </message>
    <message>
      <source>{hours} hours</source>
      <translation>{hours} heures</translation>
    </message>
    <message>
      <source>Who answers</source>
      <translation>Qui répond</translation>
    </message>
    <message>
      <source>Tone of answers</source>
      <translation>Ton des réponses</translation>
    </message>
    <message>
      <source>Criticism</source>
      <translation>Critiques</translation>
    </message>
    <message>
      <source>Trolls</source>
      <translation>Trolls</translation>
    </message>
    <message>
      <source>Escalation</source>
      <translation>Escalade</translation>
    </message>
    <message>
      <source>Reply templates</source>
      <translation>Modèles de réponse</translation>
    </message>
    <message>
      <source>Situation</source>
      <translation>Situation</translation>
    </message>
    <message>
      <source>Answer</source>
      <translation>Réponse</translation>
    </message>
    <message>
      <source>(per {denominator})</source>
      <translation>(sur {denominator})</translation>
    </message>
    <message>
      <source>Objective</source>
      <translation>Objectif</translation>
    </message>
    <message>
      <source>KPI</source>
      <translation>KPI</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>Source</translation>
    </message>
    <message>
      <source>Review</source>
      <translation>Bilan</translation>
    </message>
    <message>
      <source>Review rhythm: {rhythm}</source>
      <translation>Rythme des bilans : {rhythm}</translation>
    </message>
    <message>
      <source>Target: {value}</source>
      <translation>Objectif : {value}</translation>
    </message>
    <message>
      <source>{metric} on {network}, {start} to {end}</source>
      <translation>{metric} sur {network}, du {start} au {end}</translation>
    </message>
    <message>
      <source>Start</source>
      <translation>Départ</translation>
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
      <source>No data yet</source>
      <translation>Pas encore de données</translation>
    </message>
    <message>
      <source>(base: {denominator})</source>
      <translation>(base : {denominator})</translation>
    </message>
    <message>
      <source>all networks</source>
      <translation>tous les réseaux</translation>
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
      <source>Status</source>
      <translation>État</translation>
    </message>
    <message>
      <source>Progress: the share of the way from the starting value to the target. Counts such as reach add up from the objective's start; followers are the latest count; rates are the mean over the period's posts. On track: at least as far along as the time elapsed toward the deadline.</source>
      <translation>Avancement : part du chemin parcouru entre la valeur de départ et la cible. Les volumes comme la portée se cumulent depuis le début de l'objectif ; les abonnés sont le dernier nombre connu ; les taux sont la moyenne des publications de la période. En bonne voie : au moins aussi avancé que le temps écoulé vers l'échéance.</translation>
    </message>
    <message>
      <source>{start} to {end}</source>
      <translation>du {start} au {end}</translation>
    </message>
    <message>
      <source>Client</source>
      <translation>Client</translation>
    </message>
    <message>
      <source>Calendar period</source>
      <translation>Période du calendrier</translation>
    </message>
    <message>
      <source>objectives</source>
      <translation>objectifs</translation>
    </message>
    <message>
      <source>networks</source>
      <translation>réseaux</translation>
    </message>
    <message>
      <source>posts a week</source>
      <translation>publications par semaine</translation>
    </message>
    <message>
      <source>posts planned</source>
      <translation>publications prévues</translation>
    </message>
    <message>
      <source>Who runs the accounts</source>
      <translation>Qui anime les comptes</translation>
    </message>
    <message>
      <source>Hours a week</source>
      <translation>Heures par semaine</translation>
    </message>
    <message>
      <source>Skills in-house</source>
      <translation>Compétences en interne</translation>
    </message>
    <message>
      <source>Tools already used</source>
      <translation>Outils déjà utilisés</translation>
    </message>
    <message>
      <source>What worked, what did not</source>
      <translation>Ce qui a marché, ce qui n'a pas marché</translation>
    </message>
    <message>
      <source>active</source>
      <translation>actif</translation>
    </message>
    <message>
      <source>dormant</source>
      <translation>en sommeil</translation>
    </message>
    <message>
      <source>Networks in use today</source>
      <translation>Réseaux utilisés aujourd'hui</translation>
    </message>
    <message>
      <source>Account</source>
      <translation>Compte</translation>
    </message>
    <message>
      <source>Followers</source>
      <translation>Abonnés</translation>
    </message>
    <message>
      <source>Posts a week</source>
      <translation>Publications par semaine</translation>
    </message>
    <message>
      <source>Last post</source>
      <translation>Dernière publication</translation>
    </message>
    <message>
      <source>State</source>
      <translation>État</translation>
    </message>
    <message>
      <source>Team and tools</source>
      <translation>Équipe et outils</translation>
    </message>
    <message>
      <source>Envelope</source>
      <translation>Enveloppe</translation>
    </message>
    <message>
      <source>Share</source>
      <translation>Part</translation>
    </message>
    <message>
      <source>Amount per year</source>
      <translation>Montant annuel</translation>
    </message>
    <message>
      <source>Annual revenue</source>
      <translation>Chiffre d'affaires annuel</translation>
    </message>
    <message>
      <source>All communication</source>
      <translation>Budget de communication</translation>
    </message>
    <message>
      <source>Digital</source>
      <translation>Digital</translation>
    </message>
    <message>
      <source>Social media</source>
      <translation>Réseaux sociaux</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>Total</translation>
    </message>
    <message>
      <source>Paid items</source>
      <translation>Postes payants</translation>
    </message>
    <message>
      <source>Item</source>
      <translation>Poste</translation>
    </message>
    <message>
      <source>Amount</source>
      <translation>Montant</translation>
    </message>
    <message>
      <source>Per year</source>
      <translation>Par an</translation>
    </message>
    <message>
      <source>Budget split</source>
      <translation>Répartition du budget</translation>
    </message>
    <message>
      <source>The paid items ({total}) exceed the envelope ({limit}).</source>
      <translation>Les postes payants ({total}) dépassent l'enveloppe ({limit}).</translation>
    </message>
    <message>
      <source>SMART</source>
      <translation>SMART</translation>
    </message>
    <message>
      <source>to complete: {letters}</source>
      <translation>à compléter : {letters}</translation>
    </message>
    <message>
      <source>Deadline</source>
      <translation>Échéance</translation>
    </message>
    <message>
      <source>Objectives</source>
      <translation>Objectifs</translation>
    </message>
    <message>
      <source>Social media envelope a year</source>
      <translation>Enveloppe réseaux sociaux par an</translation>
    </message>
    <message>
      <source>Paid items a year</source>
      <translation>Dépenses payantes par an</translation>
    </message>
    <message>
      <source>Rhythm</source>
      <translation>Rythme</translation>
    </message>
    <message>
      <source>Next steps</source>
      <translation>Prochaines étapes</translation>
    </message>
    <message>
      <source>Approve the calendar of {start} to {end}.</source>
      <translation>Valider le calendrier du {start} au {end}.</translation>
    </message>
    <message>
      <source>First publication on {day}.</source>
      <translation>Première publication le {day}.</translation>
    </message>
    <message>
      <source>First objective review by {day}.</source>
      <translation>Premier bilan d’objectif au plus tard le {day}.</translation>
    </message>
    <message>
      <source>Check</source>
      <translation>Vérification</translation>
    </message>
    <message>
      <source>SMART: specific, measurable, achievable, realistic and time-bound. The check names the letters still to work on.</source>
      <translation>SMART : spécifique, mesurable, atteignable, réaliste et temporellement défini. La vérification indique les lettres encore à travailler.</translation>
    </message>
    <message>
      <source>Presented by %1</source>
      <translation>Présenté par %1</translation>
    </message>
    <message>
      <source>Campaign: {name}</source>
      <translation>Campagne : {name}</translation>
    </message>
    <message>
      <source>Nothing planned</source>
      <translation>Rien de prévu</translation>
    </message>
    <message>
      <source>The key dates from {start} to {end}, with what is planned around each.</source>
      <translation>Les temps forts du {start} au {end}, avec ce qui est prévu autour de chacun.</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>Key date</source>
      <translation>Temps fort</translation>
    </message>
    <message>
      <source>Planned around it</source>
      <translation>Prévu autour</translation>
    </message>
  </context>
  <context>
    <name>ReportLabels</name>
    <message>
      <source>Awareness</source>
      <translation>Notoriété</translation>
    </message>
    <message>
      <source>Traffic to the website</source>
      <translation>Trafic vers le site</translation>
    </message>
    <message>
      <source>Leads and sales</source>
      <translation>Prospects et ventes</translation>
    </message>
    <message>
      <source>Engagement and community</source>
      <translation>Engagement et communauté</translation>
    </message>
    <message>
      <source>Loyalty</source>
      <translation>Fidélisation</translation>
    </message>
    <message>
      <source>Customer care</source>
      <translation>Service client</translation>
    </message>
    <message>
      <source>Recruitment</source>
      <translation>Recrutement</translation>
    </message>
    <message>
      <source>Monitoring</source>
      <translation>Veille</translation>
    </message>
    <message>
      <source>E-reputation</source>
      <translation>E-réputation</translation>
    </message>
    <message>
      <source>Footfall</source>
      <translation>Fréquentation en boutique</translation>
    </message>
    <message>
      <source>Local reach</source>
      <translation>Visibilité locale</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>Autre</translation>
    </message>
    <message>
      <source>Followers</source>
      <translation>Abonnés</translation>
    </message>
    <message>
      <source>Reach</source>
      <translation>Portée</translation>
    </message>
    <message>
      <source>Impressions</source>
      <translation>Impressions</translation>
    </message>
    <message>
      <source>Engagement rate</source>
      <translation>Taux d'engagement</translation>
    </message>
    <message>
      <source>Clicks</source>
      <translation>Clics</translation>
    </message>
    <message>
      <source>Click-through rate</source>
      <translation>Taux de clic (CTR)</translation>
    </message>
    <message>
      <source>Website sessions</source>
      <translation>Visites du site</translation>
    </message>
    <message>
      <source>Video views</source>
      <translation>Vues des vidéos</translation>
    </message>
    <message>
      <source>Average watch time</source>
      <translation>Durée moyenne de visionnage</translation>
    </message>
    <message>
      <source>Completion rate</source>
      <translation>Taux de complétion</translation>
    </message>
    <message>
      <source>Leads</source>
      <translation>Prospects</translation>
    </message>
    <message>
      <source>Sales</source>
      <translation>Ventes</translation>
    </message>
    <message>
      <source>Applications received</source>
      <translation>Candidatures reçues</translation>
    </message>
    <message>
      <source>Mentions</source>
      <translation>Mentions</translation>
    </message>
    <message>
      <source>Response time (hours)</source>
      <translation>Délai de réponse (heures)</translation>
    </message>
    <message>
      <source>Average rating</source>
      <translation>Note moyenne</translation>
    </message>
    <message>
      <source>Likes</source>
      <translation>J'aime</translation>
    </message>
    <message>
      <source>Comments</source>
      <translation>Commentaires</translation>
    </message>
    <message>
      <source>Shares</source>
      <translation>Partages</translation>
    </message>
    <message>
      <source>Views</source>
      <translation>Vues</translation>
    </message>
    <message>
      <source>Engagements</source>
      <translation>Interactions</translation>
    </message>
    <message>
      <source>New followers</source>
      <translation>Nouveaux abonnés</translation>
    </message>
    <message>
      <source>Profile views</source>
      <translation>Visites du profil</translation>
    </message>
    <message>
      <source>Store visits</source>
      <translation>Visites en boutique</translation>
    </message>
    <message>
      <source>Direction requests</source>
      <translation>Demandes d’itinéraire</translation>
    </message>
    <message>
      <source>Calls from the profile</source>
      <translation>Appels depuis la fiche</translation>
    </message>
    <message>
      <source>“Call” button clicks</source>
      <translation>Clics sur « Appeler »</translation>
    </message>
    <message>
      <source>New reviews</source>
      <translation>Nouveaux avis</translation>
    </message>
    <message>
      <source>Advertising</source>
      <translation>Publicité</translation>
    </message>
    <message>
      <source>Contests and games</source>
      <translation>Jeux-concours</translation>
    </message>
    <message>
      <source>Premium accounts</source>
      <translation>Comptes premium</translation>
    </message>
    <message>
      <source>Tools</source>
      <translation>Outils</translation>
    </message>
    <message>
      <source>Content production</source>
      <translation>Production de contenus</translation>
    </message>
    <message>
      <source>Freelance days</source>
      <translation>Jours de prestation</translation>
    </message>
    <message>
      <source>one-off</source>
      <translation>ponctuel</translation>
    </message>
    <message>
      <source>per month</source>
      <translation>par mois</translation>
    </message>
    <message>
      <source>per year</source>
      <translation>par an</translation>
    </message>
    <message>
      <source>Expertise and figures</source>
      <translation>Expertise et chiffres</translation>
    </message>
    <message>
      <source>Curation</source>
      <translation>Curation</translation>
    </message>
    <message>
      <source>Illustrated content</source>
      <translation>Contenus illustrés</translation>
    </message>
    <message>
      <source>Storytelling and behind the scenes</source>
      <translation>Storytelling et coulisses</translation>
    </message>
    <message>
      <source>Links to the website</source>
      <translation>Liens vers le site</translation>
    </message>
    <message>
      <source>Promotions</source>
      <translation>Promotions</translation>
    </message>
    <message>
      <source>A priori: comments are read before they appear</source>
      <translation>A priori : les commentaires sont lus avant d'être publiés</translation>
    </message>
    <message>
      <source>A posteriori: comments appear at once and are read afterwards</source>
      <translation>A posteriori : les commentaires paraissent aussitôt et sont lus ensuite</translation>
    </message>
    <message>
      <source>women</source>
      <translation>femmes</translation>
    </message>
    <message>
      <source>men</source>
      <translation>hommes</translation>
    </message>
    <message>
      <source>all genders</source>
      <translation>tous genres</translation>
    </message>
    <message>
      <source>idea</source>
      <translation>idée</translation>
    </message>
    <message>
      <source>draft</source>
      <translation>brouillon</translation>
    </message>
    <message>
      <source>ready</source>
      <translation>prêt</translation>
    </message>
    <message>
      <source>to approve</source>
      <translation>à valider</translation>
    </message>
    <message>
      <source>changes requested</source>
      <translation>modifications demandées</translation>
    </message>
    <message>
      <source>approved</source>
      <translation>validé</translation>
    </message>
    <message>
      <source>scheduled</source>
      <translation>programmé</translation>
    </message>
    <message>
      <source>published</source>
      <translation>publié</translation>
    </message>
    <message>
      <source>every week</source>
      <translation>chaque semaine</translation>
    </message>
    <message>
      <source>every month</source>
      <translation>chaque mois</translation>
    </message>
    <message>
      <source>every quarter</source>
      <translation>chaque trimestre</translation>
    </message>
  </context>
</TS>