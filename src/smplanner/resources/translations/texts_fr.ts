<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
  <context>
    <name>RuleWarnings</name>
    <message>
      <source>%1: %2 posts in the week of %3, above the weekly cap of %4</source>
      <translation>%1 : %2 publications la semaine du %3, au-delà du plafond hebdomadaire de %4</translation>
    </message>
    <message>
      <source>Nearly the same text on %1 and %2: adapt it to each network</source>
      <translation>Texte presque identique sur %1 et %2 : adaptez-le à chaque réseau</translation>
    </message>
    <message>
      <source>%1: posted at night (%2 h)</source>
      <translation>%1 : publication de nuit (%2 h)</translation>
    </message>
    <message>
      <source>%1: posted at the weekend</source>
      <translation>%1 : publication le week-end</translation>
    </message>
    <message>
      <source>%1: busiest slot of the network, the competition posts then too</source>
      <translation>%1 : créneau le plus chargé du réseau, la concurrence y publie aussi</translation>
    </message>
    <message>
      <source>; quieter nearby: %1</source>
      <translation> ; créneau plus calme à côté : %1</translation>
    </message>
    <message>
      <source>%1: nothing planned for %2 days (%3 – %4)</source>
      <translation>%1 : rien de prévu pendant %2 jours (%3 – %4)</translation>
    </message>
    <message>
      <source>%1: no content pillar</source>
      <translation>%1 : aucun pilier de contenu</translation>
    </message>
    <message>
      <source>%1: serves no objective</source>
      <translation>%1 : ne sert aucun objectif</translation>
    </message>
    <message>
      <source>%1: %2 characters, the network takes %3</source>
      <translation>%1 : %2 caractères, le réseau en accepte %3</translation>
    </message>
    <message>
      <source>%1: %2 hashtags, the network takes %3</source>
      <translation>%1 : %2 hashtags, le réseau en accepte %3</translation>
    </message>
    <message>
      <source>%1: title of %2 characters, the network takes %3</source>
      <translation>%1 : titre de %2 caractères, le réseau en accepte %3</translation>
    </message>
    <message>
      <source>%1: %2 media, the network takes %3</source>
      <translation>%1 : %2 médias, le réseau en accepte %3</translation>
    </message>
    <message>
      <source>%1: %2 videos, the network takes %3</source>
      <translation>%1 : %2 vidéos, le réseau en accepte %3</translation>
    </message>
    <message>
      <source>%1: video of %2 s, the network takes %3 s</source>
      <translation>%1 : vidéo de %2 s, le réseau accepte %3 s</translation>
    </message>
    <message>
      <source>%1: needs an image or a video</source>
      <translation>%1 : il faut une image ou une vidéo</translation>
    </message>
    <message>
      <source>%1: does not take these files (%4)</source>
      <translation>%1 : n'accepte pas ces fichiers (%4)</translation>
    </message>
    <message>
      <source>%1: over a limit of the network</source>
      <translation>%1 : au-delà d'une limite du réseau</translation>
    </message>
    <message>
      <source>%1: text over the network's %3 characters</source>
      <translation>%1 : texte au-delà des %3 caractères du réseau</translation>
    </message>
    <message>
      <source>%1: more than %3 hashtags</source>
      <translation>%1 : plus de %3 hashtags</translation>
    </message>
    <message>
      <source>%1: title over %3 characters</source>
      <translation>%1 : titre au-delà de %3 caractères</translation>
    </message>
    <message>
      <source>%1: more than %3 media</source>
      <translation>%1 : plus de %3 médias</translation>
    </message>
    <message>
      <source>%1: more than %3 videos</source>
      <translation>%1 : plus de %3 vidéos</translation>
    </message>
    <message>
      <source>%1: video over %3 s</source>
      <translation>%1 : vidéo de plus de %3 s</translation>
    </message>
    <message>
      <source>images</source>
      <translation>images</translation>
    </message>
    <message>
      <source>GIFs</source>
      <translation>GIF</translation>
    </message>
    <message>
      <source>videos</source>
      <translation>vidéos</translation>
    </message>
    <message>
      <source>documents</source>
      <translation>documents</translation>
    </message>
  </context>
  <context>
    <name>StrategyFinding</name>
    <message>
      <source>Choose the moderation mode (a priori or a posteriori).</source>
      <translation>Choisissez le mode de modération (a priori ou a posteriori).</translation>
    </message>
    <message>
      <source>Say how quickly comments and messages get an answer.</source>
      <translation>Dites sous quel délai commentaires et messages reçoivent une réponse.</translation>
    </message>
    <message>
      <source>Say who answers.</source>
      <translation>Dites qui répond.</translation>
    </message>
    <message>
      <source>Say how criticism is answered.</source>
      <translation>Dites comment répondre aux critiques.</translation>
    </message>
    <message>
      <source>Write the troll policy: when to ignore, hide, ban or escalate.</source>
      <translation>Rédigez la règle sur les trolls : quand ignorer, masquer, bannir ou remonter.</translation>
    </message>
    <message>
      <source>Say who runs the accounts today.</source>
      <translation>Dites qui anime les comptes aujourd'hui.</translation>
    </message>
    <message>
      <source>Say how many hours a week the team can give.</source>
      <translation>Dites combien d'heures par semaine l'équipe peut y consacrer.</translation>
    </message>
    <message>
      <source>Note the skills in-house (a social media manager or not).</source>
      <translation>Notez les compétences en interne (community manager ou non).</translation>
    </message>
    <message>
      <source>List the tools already used (analytics, schedulers).</source>
      <translation>Listez les outils déjà utilisés (statistiques, programmation).</translation>
    </message>
    <message>
      <source>Note what worked and what did not.</source>
      <translation>Notez ce qui a marché et ce qui n'a pas marché.</translation>
    </message>
    <message>
      <source>S: say in a few words what the objective is.</source>
      <translation>S : dites en quelques mots en quoi consiste l'objectif.</translation>
    </message>
    <message>
      <source>S: “{objective}” names no network: say where it happens.</source>
      <translation>S : « {objective} » ne cite aucun réseau : dites où il se joue.</translation>
    </message>
    <message>
      <source>S: “{objective}” does not say for whom (which audience).</source>
      <translation>S : « {objective} » ne dit pas pour qui (quelle cible).</translation>
    </message>
    <message>
      <source>M: “{objective}” has no KPI: choose what will measure it.</source>
      <translation>M : « {objective} » n'a pas de KPI : choisissez ce qui le mesurera.</translation>
    </message>
    <message>
      <source>M: “{objective}” has no baseline: note today's value to measure progress.</source>
      <translation>M : « {objective} » n'a pas de valeur de départ : notez la valeur actuelle pour mesurer les progrès.</translation>
    </message>
    <message>
      <source>M: “{objective}” has no target value.</source>
      <translation>M : « {objective} » n'a pas de valeur cible.</translation>
    </message>
    <message>
      <source>T: “{objective}” has no deadline.</source>
      <translation>T : « {objective} » n'a pas d'échéance.</translation>
    </message>
    <message>
      <source>M: the target {target} of “{objective}” does not improve on the baseline {baseline}.</source>
      <translation>M : la valeur cible {target} de « {objective} » n'améliore pas la valeur de départ {baseline}.</translation>
    </message>
    <message>
      <source>T: the deadline of “{objective}” is not after its start ({start}).</source>
      <translation>T : l'échéance de « {objective} » n'est pas après son début ({start}).</translation>
    </message>
    <message>
      <source>A: going from {baseline} to {target} {kpi} in {months} months is more than the data supports (about {limit} at most); lower the target or give more time.</source>
      <translation>A : passer de {baseline} à {target} ({kpi}) en {months} mois dépasse ce que les données permettent (environ {limit} au plus) ; baissez la cible ou donnez plus de temps.</translation>
    </message>
    <message>
      <source>R: {kpi} does not measure a “{kind}” objective; use e.g. {usual}.</source>
      <translation>R : « {kpi} » ne mesure pas un objectif de type « {kind} » ; utilisez par exemple {usual}.</translation>
    </message>
    <message>
      <source>R: a rate cannot exceed 100 % (target {target}).</source>
      <translation>R : un taux ne peut pas dépasser 100 % (valeur cible {target}).</translation>
    </message>
    <message>
      <source>T: the deadline of “{objective}” ({deadline}) is already past.</source>
      <translation>T : l'échéance de « {objective} » ({deadline}) est déjà passée.</translation>
    </message>
    <message>
      <source>R: {target} for {kpi} is beyond what the studies observe (about {max} at best).</source>
      <translation>R : {target} pour « {kpi} » dépasse ce qu'observent les études (environ {max} au mieux).</translation>
    </message>
    <message>
      <source>T: less than two weeks for “{objective}” leaves no time to see a trend.</source>
      <translation>T : moins de deux semaines pour « {objective} » ne laisse pas le temps de voir une tendance.</translation>
    </message>
    <message>
      <source>Give the annual revenue.</source>
      <translation>Indiquez le chiffre d'affaires annuel.</translation>
    </message>
    <message>
      <source>Give the share of revenue for communication (usually 2–10 %).</source>
      <translation>Indiquez la part du chiffre d'affaires consacrée à la communication (en général 2 à 10 %).</translation>
    </message>
    <message>
      <source>Say which share of the communication budget goes to digital.</source>
      <translation>Indiquez la part du budget de communication consacrée au digital.</translation>
    </message>
    <message>
      <source>Say which share goes to social media.</source>
      <translation>Indiquez la part consacrée aux réseaux sociaux.</translation>
    </message>
    <message>
      <source>List the paid items (ads, contests, premium accounts, tools…).</source>
      <translation>Listez les dépenses (publicité, jeux-concours, comptes premium, outils…).</translation>
    </message>
    <message>
      <source>The budget lines add up to {total} a year, {over} more than the envelope of {envelope}: cut a line or raise the share.</source>
      <translation>Les postes de dépense totalisent {total} par an, soit {over} de plus que l'enveloppe de {envelope} : supprimez un poste ou augmentez la part.</translation>
    </message>
    <message>
      <source>{share} % of revenue for communication is below the usual 2–10 %: check that it can fund the objectives.</source>
      <translation>{share} % du CA pour la communication, c'est sous la fourchette habituelle de 2 à 10 % : vérifiez que cela suffit aux objectifs.</translation>
    </message>
    <message>
      <source>The budget line “{line}” has no amount.</source>
      <translation>Le poste « {line} » n'a pas de montant.</translation>
    </message>
    <message>
      <source>{share} % of revenue for communication is above the usual 2–10 %: make sure the objectives justify it.</source>
      <translation>{share} % du CA pour la communication, c'est au-dessus de la fourchette habituelle de 2 à 10 % : assurez-vous que les objectifs le justifient.</translation>
    </message>
    <message>
      <source>Describe at least one persona.</source>
      <translation>Décrivez au moins un persona.</translation>
    </message>
    <message>
      <source>Write the positioning statement.</source>
      <translation>Rédigez le positionnement.</translation>
    </message>
    <message>
      <source>Say what sets the client apart from competitors.</source>
      <translation>Dites ce qui distingue le client de ses concurrents.</translation>
    </message>
    <message>
      <source>Name at least one competitor.</source>
      <translation>Citez au moins un concurrent.</translation>
    </message>
    <message>
      <source>Give the age range of persona “{persona}”.</source>
      <translation>Indiquez la tranche d'âge du persona « {persona} ».</translation>
    </message>
    <message>
      <source>Persona “{persona}” ({low}–{high}) is hardly reached by the networks chosen: add a network they use.</source>
      <translation>Le persona « {persona} » ({low}–{high} ans) est peu touché par les réseaux choisis : ajoutez un réseau qu'il utilise.</translation>
    </message>
    <message>
      <source>{network} mostly reaches people aged {low}–{high}; none of the personas is in that range.</source>
      <translation>{network} touche surtout les {low}–{high} ans ; aucun persona n'est dans cette tranche.</translation>
    </message>
    <message>
      <source>Persona “{persona}” starts at {age} years: social networks require 13.</source>
      <translation>Le persona « {persona} » commence à {age} ans : les réseaux sociaux exigent 13 ans.</translation>
    </message>
    <message>
      <source>Persona “{persona}” uses {network}, which the plan does not use.</source>
      <translation>Le persona « {persona} » utilise {network}, que le plan n'utilise pas.</translation>
    </message>
    <message>
      <source>Define the content pillars.</source>
      <translation>Définissez les piliers de contenu.</translation>
    </message>
    <message>
      <source>Describe the tone of voice.</source>
      <translation>Décrivez le ton de la marque.</translation>
    </message>
    <message>
      <source>The same message on every network suits only a major event (a flagship launch): adapt it to each network, or name the event.</source>
      <translation>Le même message sur tous les réseaux ne convient qu'à un événement majeur (un lancement phare) : adaptez-le à chaque réseau, ou nommez l'événement.</translation>
    </message>
    <message>
      <source>The pillars' shares add up to {total} %, not 100 %.</source>
      <translation>Les parts des piliers totalisent {total} %, pas 100 %.</translation>
    </message>
    <message>
      <source>The mix is mostly promotion ({share} %): followers leave feeds that read like adverts; give room to expertise, stories and useful content.</source>
      <translation>Le mix est surtout promotionnel ({share} %) : les abonnés quittent les fils qui ressemblent à des publicités ; faites place à l'expertise, aux histoires et au contenu utile.</translation>
    </message>
    <message>
      <source>Nothing links back to the website: add a pillar that brings readers there.</source>
      <translation>Rien ne renvoie vers le site : ajoutez un pilier qui y amène les lecteurs.</translation>
    </message>
    <message>
      <source>Answering within {hours} hours is slow: people expect an answer within the day.</source>
      <translation>Répondre sous {hours} heures, c'est lent : on attend une réponse dans la journée.</translation>
    </message>
    <message>
      <source>Save a few reply templates for frequent questions and criticism.</source>
      <translation>Enregistrez quelques modèles de réponse pour les questions fréquentes et les critiques.</translation>
    </message>
    <message>
      <source>List the networks the client already uses (or tick “starting from scratch”).</source>
      <translation>Listez les réseaux que le client utilise déjà (ou cochez « on part de zéro »).</translation>
    </message>
    <message>
      <source>Choose the networks the plan uses.</source>
      <translation>Choisissez les réseaux du plan.</translation>
    </message>
    <message>
      <source>{posts} posts a week need about {needed} hours; the team has {hours}: post less or on fewer networks.</source>
      <translation>{posts} publications par semaine demandent environ {needed} heures ; l'équipe dispose de {hours} h : publiez moins ou sur moins de réseaux.</translation>
    </message>
    <message>
      <source>{count} networks for {hours} hours a week: better fewer networks, well kept.</source>
      <translation>{count} réseaux pour {hours} heures par semaine : mieux vaut moins de réseaux, bien tenus.</translation>
    </message>
    <message>
      <source>Set at least one objective.</source>
      <translation>Fixez au moins un objectif.</translation>
    </message>
    <message>
      <source>{network} is marked active but its last post is {days} days old: mark it dormant, then revive or close it.</source>
      <translation>{network} est marqué actif mais sa dernière publication date de {days} jours : marquez-le en sommeil, puis relancez-le ou fermez-le.</translation>
    </message>
    <message>
      <source>Give {network} a role (showcase, photos, hot news, recruitment…).</source>
      <translation>Donnez un rôle à {network} (vitrine, photos, actualité chaude, recrutement…).</translation>
    </message>
    <message>
      <source>Set a weekly posting target for {network}.</source>
      <translation>Fixez un rythme de publication hebdomadaire pour {network}.</translation>
    </message>
    <message>
      <source>“{objective}” is on {network}, which the plan does not use.</source>
      <translation>« {objective} » porte sur {network}, que le plan n'utilise pas.</translation>
    </message>
    <message>
      <source>Choose the KPIs that follow “{objective}”.</source>
      <translation>Choisissez les KPI qui suivent « {objective} ».</translation>
    </message>
    <message>
      <source>Set the objectives first (section 3), then choose the KPIs that follow each.</source>
      <translation>Fixez d'abord les objectifs (section 3), puis choisissez les KPI qui suivent chacun.</translation>
    </message>
    <message>
      <source>{count} posts a week on {network} is above the weekly cap of {cap}: check the team can sustain it.</source>
      <translation>{count} publications par semaine sur {network}, c'est au-dessus du plafond hebdomadaire de {cap} : vérifiez que l'équipe peut tenir.</translation>
    </message>
    <message>
      <source>Say what the engagement rate of “{objective}” is divided by (reach, impressions or followers): rates on different bases do not compare.</source>
      <translation>Dites sur quoi est calculé le taux d'engagement de « {objective} » (portée, impressions ou abonnés) : des taux sur des bases différentes ne se comparent pas.</translation>
    </message>
    <message>
      <source>Say where the figures of {kpi} for “{objective}” come from.</source>
      <translation>Dites d'où viennent les chiffres de « {kpi} » pour « {objective} ».</translation>
    </message>
    <message>
      <source>Say how often {kpi} for “{objective}” is reviewed.</source>
      <translation>Dites à quel rythme « {kpi} » est suivi pour « {objective} ».</translation>
    </message>
    <message>
      <source>S: “{objective}” is vague (“{words}”): say what will change and by how much, e.g. “+20 % {kpi} by the deadline”, with the KPI, baseline and target in their columns.</source>
      <translation>S : « {objective} » est vague (« {words} ») : dites ce qui doit changer et de combien, par exemple « +20 % de {kpi} d’ici l’échéance », avec le KPI, la valeur de départ et la cible dans leurs colonnes.</translation>
    </message>
    <message>
      <source>{posts} posts a week need about {needed} hours; the team has {team} and the freelance days bought add {bought}: post less or on fewer networks.</source>
      <translation>{posts} publications par semaine demandent environ {needed} heures ; l’équipe en a {team} et les jours de freelance achetés en ajoutent {bought} : publiez moins ou sur moins de réseaux.</translation>
    </message>
  </context>
  <context>
    <name>StrategyLabels</name>
    <message>
      <source>1. Audit — where are you now?</source>
      <translation>1. Audit — état des lieux</translation>
    </message>
    <message>
      <source>2. Budget</source>
      <translation>2. Budget</translation>
    </message>
    <message>
      <source>3. Objectives (SMART)</source>
      <translation>3. Objectifs (SMART)</translation>
    </message>
    <message>
      <source>4. Audience and positioning</source>
      <translation>4. Cible et positionnement</translation>
    </message>
    <message>
      <source>5. Networks and roles</source>
      <translation>5. Réseaux et rôles</translation>
    </message>
    <message>
      <source>6. Editorial line</source>
      <translation>6. Ligne éditoriale</translation>
    </message>
    <message>
      <source>7. Community management</source>
      <translation>7. Animation de communauté</translation>
    </message>
    <message>
      <source>8. KPIs</source>
      <translation>8. KPI</translation>
    </message>
    <message>
      <source>Start from what exists: which accounts live or sleep, who runs them and with how much time. A plan the team cannot keep up is worse than no plan.</source>
      <translation>Partir de l'existant : quels comptes vivent ou dorment, qui les anime et avec quel temps. Un plan que l'équipe ne peut pas tenir est pire que pas de plan.</translation>
    </message>
    <message>
      <source>Communication usually takes 2 to 10 % of revenue, depending on the sector and the goals. Paid items (ads, contests, tools) must fit in the envelope.</source>
      <translation>La communication représente en général 2 à 10 % du chiffre d'affaires, selon le secteur et les objectifs. Les dépenses (publicité, jeux-concours, outils) doivent tenir dans l'enveloppe.</translation>
    </message>
    <message>
      <source>Everything else follows from the objectives. Each must be SMART: Specific, Measurable, Achievable, Realistic and Time-bound.</source>
      <translation>Tout découle des objectifs. Chacun doit être SMART : Spécifique, Mesurable, Atteignable, Réaliste et Temporellement défini.</translation>
    </message>
    <message>
      <source>Who you speak to decides where and how. Personas make the target concrete; the positioning says why they should choose this client.</source>
      <translation>À qui l'on parle décide où et comment. Les personas rendent la cible concrète ; le positionnement dit pourquoi choisir ce client.</translation>
    </message>
    <message>
      <source>Be where the audience is, and give each network one clear role. Fewer networks well kept beat many abandoned ones.</source>
      <translation>Être là où est la cible, et donner à chaque réseau un rôle clair. Peu de réseaux bien tenus valent mieux que beaucoup de réseaux abandonnés.</translation>
    </message>
    <message>
      <source>A mix of pillars keeps the feed useful: expertise, curation, stories, links back to the site — and only a little promotion.</source>
      <translation>Un mix de piliers garde le fil utile : expertise, curation, storytelling, liens vers le site — et un peu de promotion seulement.</translation>
    </message>
    <message>
      <source>Decide before the first crisis: how comments are moderated, who answers and how fast, and what to do with criticism and trolls.</source>
      <translation>Décider avant la première crise : comment modérer, qui répond et en combien de temps, que faire des critiques et des trolls.</translation>
    </message>
    <message>
      <source>Each objective needs KPIs, where their figures come from and when they are read. An engagement rate always says what it is divided by.</source>
      <translation>Chaque objectif a ses KPI, la source de leurs chiffres et leur rythme de suivi. Un taux d'engagement dit toujours sur quoi il est calculé.</translation>
    </message>
    <message>
      <source>Awareness</source>
      <translation>Notoriété</translation>
    </message>
    <message>
      <source>Website traffic</source>
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
      <source>Footfall (people through the door)</source>
      <translation>Fréquentation (clients en boutique)</translation>
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
      <source>Engagement rate (%)</source>
      <translation>Taux d'engagement (%)</translation>
    </message>
    <message>
      <source>Clicks</source>
      <translation>Clics</translation>
    </message>
    <message>
      <source>Click-through rate (%)</source>
      <translation>Taux de clic (%)</translation>
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
      <source>Average watch time (s)</source>
      <translation>Durée moyenne de visionnage (s)</translation>
    </message>
    <message>
      <source>Completion rate (%)</source>
      <translation>Taux de complétion (%)</translation>
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
      <source>Average rating (out of 5)</source>
      <translation>Note moyenne (sur 5)</translation>
    </message>
    <message>
      <source>Store visits (counted in the shop)</source>
      <translation>Visites en boutique (comptées sur place)</translation>
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
      <source>Business Profile views</source>
      <translation>Vues de la fiche d’établissement</translation>
    </message>
    <message>
      <source>The network's statistics export</source>
      <translation>L’export de statistiques du réseau</translation>
    </message>
    <message>
      <source>Website analytics</source>
      <translation>Statistiques du site web</translation>
    </message>
    <message>
      <source>Counted by the client, typed in monthly</source>
      <translation>Compté par le client, saisi chaque mois</translation>
    </message>
    <message>
      <source>Google Business Profile, Performance page</source>
      <translation>Google Business Profile, page Performances</translation>
    </message>
    <message>
      <source>on reach</source>
      <translation>sur la portée</translation>
    </message>
    <message>
      <source>on impressions</source>
      <translation>sur les impressions</translation>
    </message>
    <message>
      <source>on followers</source>
      <translation>sur les abonnés</translation>
    </message>
    <message>
      <source>on views</source>
      <translation>sur les vues</translation>
    </message>
    <message>
      <source>Ads</source>
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
      <translation>Jours de prestation freelance</translation>
    </message>
    <message>
      <source>per year</source>
      <translation>par an</translation>
    </message>
    <message>
      <source>per month</source>
      <translation>par mois</translation>
    </message>
    <message>
      <source>one-off</source>
      <translation>ponctuel</translation>
    </message>
    <message>
      <source>Expertise and statistics</source>
      <translation>Expertise et chiffres clés</translation>
    </message>
    <message>
      <source>Curation</source>
      <translation>Curation</translation>
    </message>
    <message>
      <source>Images, video, tutorials</source>
      <translation>Images, vidéo, tutoriels</translation>
    </message>
    <message>
      <source>Storytelling, behind the scenes</source>
      <translation>Storytelling, coulisses</translation>
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
      <source>Games and contests</source>
      <translation>Jeux-concours</translation>
    </message>
    <message>
      <source>A priori: comments appear only once approved (safe, slow)</source>
      <translation>A priori : les commentaires n'apparaissent qu'une fois validés (sûr, lent)</translation>
    </message>
    <message>
      <source>A posteriori: comments appear at once, removed if needed (lively)</source>
      <translation>A posteriori : les commentaires apparaissent aussitôt, retirés si besoin (vivant)</translation>
    </message>
    <message>
      <source>(untitled)</source>
      <translation>(sans titre)</translation>
    </message>
  </context>
</TS>