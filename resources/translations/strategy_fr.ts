<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
  <context>
    <name>GuidancePanel</name>
    <message>
      <source>Nothing missing, no warning: this section follows the method.</source>
      <translation>Rien ne manque, aucune alerte : cette section suit la méthode.</translation>
    </message>
    <message>
      <source>&lt;b&gt;To do and warnings&lt;/b&gt;</source>
      <translation>&lt;b&gt;À faire et alertes&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
      <source>Workshop: %n of %1 sections complete</source>
      <translation>
        <numerusform>Atelier : %n section sur %1 complète</numerusform>
        <numerusform>Atelier : %n sections sur %1 complètes</numerusform>
      </translation>
    </message>
    <message>
      <source>Go to the field</source>
      <translation>Aller au champ</translation>
    </message>
  </context>
  <context>
    <name>NetworkRolesGrid</name>
    <message>
      <source>Network</source>
      <translation>Réseau</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>Rôle</translation>
    </message>
    <message>
      <source>Posts per week</source>
      <translation>Publications par semaine</translation>
    </message>
  </context>
  <context>
    <name>PersonaCard</name>
    <message>
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <source>“A sentence they would say”</source>
      <translation>« Une phrase qu’il ou elle dirait »</translation>
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
      <source>years</source>
      <translation>ans</translation>
    </message>
    <message>
      <source>Age:</source>
      <translation>Âge :</translation>
    </message>
    <message>
      <source>Gender:</source>
      <translation>Genre :</translation>
    </message>
    <message>
      <source>Place:</source>
      <translation>Lieu :</translation>
    </message>
    <message>
      <source>Occupation:</source>
      <translation>Profession :</translation>
    </message>
    <message>
      <source>Interests:</source>
      <translation>Centres d’intérêt :</translation>
    </message>
    <message>
      <source>Networks:</source>
      <translation>Réseaux :</translation>
    </message>
    <message>
      <source>e.g. insta, tiktok</source>
      <translation>par ex. insta, tiktok</translation>
    </message>
    <message>
      <source>Needs:</source>
      <translation>Besoins :</translation>
    </message>
    <message>
      <source>Frustrations:</source>
      <translation>Frustrations :</translation>
    </message>
    <message>
      <source>Remove this persona</source>
      <translation>Supprimer ce persona</translation>
    </message>
  </context>
  <context>
    <name>PersonaCards</name>
    <message>
      <source>persona</source>
      <translation>persona</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <source>Age from</source>
      <translation>Âge de</translation>
    </message>
    <message>
      <source>Age to</source>
      <translation>Âge jusqu’à</translation>
    </message>
    <message>
      <source>Gender</source>
      <translation>Genre</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>Lieu</translation>
    </message>
    <message>
      <source>Occupation</source>
      <translation>Profession</translation>
    </message>
    <message>
      <source>Interests</source>
      <translation>Centres d’intérêt</translation>
    </message>
    <message>
      <source>Networks they use</source>
      <translation>Réseaux utilisés</translation>
    </message>
    <message>
      <source>Needs</source>
      <translation>Besoins</translation>
    </message>
    <message>
      <source>Frustrations</source>
      <translation>Frustrations</translation>
    </message>
    <message>
      <source>Quote</source>
      <translation>Citation</translation>
    </message>
    <message>
      <source>Add a persona</source>
      <translation>Ajouter un persona</translation>
    </message>
    <message>
      <source>New persona</source>
      <translation>Nouveau persona</translation>
    </message>
  </context>
  <context>
    <name>PillarMixModel</name>
    <message>
      <source>Mix</source>
      <translation>Mix</translation>
    </message>
    <message>
      <source>%1 of %2 posts with a pillar; the mix says %3</source>
      <translation>%1 sur %2 publications avec un pilier ; le mix prévoit %3</translation>
    </message>
  </context>
  <context>
    <name>PillarMixPanel</name>
    <message>
      <source>The calendar against this mix (months still to publish)</source>
      <translation>Le calendrier face à ce mix (mois encore à publier)</translation>
    </message>
    <message>
      <source>No post planned yet: the mix will show here.</source>
      <translation>Aucune publication planifiée : le mix s'affichera ici.</translation>
    </message>
    <message>
      <source>%1: %2</source>
      <translation>%1 : %2</translation>
    </message>
    <message numerus="yes">
      <source>Beyond the tolerance (%n case(s)): %1</source>
      <translation>
        <numerusform>Au-delà de la tolérance (%n cas) : %1</numerusform>
        <numerusform>Au-delà de la tolérance (%n cas) : %1</numerusform>
      </translation>
    </message>
    <message>
      <source>Every month keeps to the mix.</source>
      <translation>Chaque mois respecte le mix.</translation>
    </message>
    <message>
      <source>Tolerance of the mix (percentage points)</source>
      <translation>Tolérance du mix (points de pourcentage)</translation>
    </message>
  </context>
  <context>
    <name>PlanHeader</name>
    <message>
      <source>Plan properties…</source>
      <translation>Propriétés du plan…</translation>
    </message>
  </context>
  <context>
    <name>RecommendationList</name>
    <message>
      <source>Recommended networks</source>
      <translation>Réseaux recommandés</translation>
    </message>
    <message>
      <source>Sources: %1</source>
      <translation>Sources : %1</translation>
    </message>
    <message>
      <source>Choose the sector, personas and objectives to get recommendations.</source>
      <translation>Indiquez le secteur, les personas et les objectifs pour obtenir des recommandations.</translation>
    </message>
  </context>
  <context>
    <name>RecordTable</name>
    <message>
      <source>Add</source>
      <translation>Ajouter</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Supprimer</translation>
    </message>
    <message>
      <source>Move up (Ctrl+Up)</source>
      <translation>Monter (Ctrl+Haut)</translation>
    </message>
    <message>
      <source>Move down (Ctrl+Down)</source>
      <translation>Descendre (Ctrl+Bas)</translation>
    </message>
  </context>
  <context>
    <name>StrategyEditor</name>
    <message>
      <source>Edit %1</source>
      <translation>Modifier %1</translation>
    </message>
    <message>
      <source>Add %1</source>
      <translation>Ajouter %1</translation>
    </message>
    <message>
      <source>KPI</source>
      <translation>KPI</translation>
    </message>
    <message>
      <source>Delete %1</source>
      <translation>Supprimer %1</translation>
    </message>
    <message>
      <source>Move %1 up</source>
      <translation>Monter %1</translation>
    </message>
    <message>
      <source>Move %1 down</source>
      <translation>Descendre %1</translation>
    </message>
    <message>
      <source>Start from template %1</source>
      <translation>Partir du modèle %1</translation>
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
  <context>
    <name>StrategyPages</name>
    <message>
      <source>Content pillars</source>
      <translation>Piliers de contenu</translation>
    </message>
    <message>
      <source>pillar</source>
      <translation>pilier</translation>
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
      <source>Share of posts (%)</source>
      <translation>Part des publications (%)</translation>
    </message>
    <message>
      <source>New pillar</source>
      <translation>Nouveau pilier</translation>
    </message>
    <message>
      <source>Mix total: %1 %</source>
      <translation>Total du mix : %1 %</translation>
    </message>
    <message>
      <source>Tone of voice</source>
      <translation>Ton</translation>
    </message>
    <message>
      <source>Do's</source>
      <translation>À faire</translation>
    </message>
    <message>
      <source>Don'ts</source>
      <translation>À éviter</translation>
    </message>
    <message>
      <source>Hashtags</source>
      <translation>Hashtags</translation>
    </message>
    <message>
      <source>Same message on every network</source>
      <translation>Même message sur tous les réseaux</translation>
    </message>
    <message>
      <source>Major event that justifies it</source>
      <translation>Événement majeur qui le justifie</translation>
    </message>
    <message>
      <source>Moderation</source>
      <translation>Modération</translation>
    </message>
    <message>
      <source>Answer within (hours)</source>
      <translation>Délai de réponse (heures)</translation>
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
      <source>Answering criticism constructively</source>
      <translation>Répondre aux critiques de façon constructive</translation>
    </message>
    <message>
      <source>Troll policy (ignore, hide, ban, escalate)</source>
      <translation>Trolls (ignorer, masquer, bannir, remonter)</translation>
    </message>
    <message>
      <source>Escalation (who, when)</source>
      <translation>Remontée (à qui, quand)</translation>
    </message>
    <message>
      <source>Reply templates</source>
      <translation>Modèles de réponse</translation>
    </message>
    <message>
      <source>reply template</source>
      <translation>modèle de réponse</translation>
    </message>
    <message>
      <source>Situation</source>
      <translation>Situation</translation>
    </message>
    <message>
      <source>Reply</source>
      <translation>Réponse</translation>
    </message>
    <message>
      <source>New reply</source>
      <translation>Nouvelle réponse</translation>
    </message>
    <message>
      <source>Add an objective first.</source>
      <translation>Ajoutez d'abord un objectif.</translation>
    </message>
    <message>
      <source>KPIs per objective</source>
      <translation>KPI par objectif</translation>
    </message>
    <message>
      <source>KPI</source>
      <translation>KPI</translation>
    </message>
    <message>
      <source>Objective</source>
      <translation>Objectif</translation>
    </message>
    <message>
      <source>Rate divided by</source>
      <translation>Taux calculé sur</translation>
    </message>
    <message>
      <source>Source (export or manual entry)</source>
      <translation>Source (export ou saisie)</translation>
    </message>
    <message>
      <source>Review rhythm</source>
      <translation>Rythme de suivi</translation>
    </message>
    <message>
      <source>Networks already used</source>
      <translation>Réseaux déjà utilisés</translation>
    </message>
    <message>
      <source>account</source>
      <translation>compte</translation>
    </message>
    <message>
      <source>Network</source>
      <translation>Réseau</translation>
    </message>
    <message>
      <source>Followers</source>
      <translation>Abonnés</translation>
    </message>
    <message>
      <source>Posts per week</source>
      <translation>Publications par semaine</translation>
    </message>
    <message>
      <source>Account</source>
      <translation>Compte</translation>
    </message>
    <message>
      <source>Posts/week</source>
      <translation>Publ./sem.</translation>
    </message>
    <message>
      <source>Last post</source>
      <translation>Dernière publ.</translation>
    </message>
    <message>
      <source>Active</source>
      <translation>Actif</translation>
    </message>
    <message>
      <source>Starting from scratch (no account yet)</source>
      <translation>On part de zéro (aucun compte)</translation>
    </message>
    <message>
      <source>Who runs the accounts</source>
      <translation>Qui anime les comptes</translation>
    </message>
    <message>
      <source>Hours a week for social media</source>
      <translation>Heures par semaine pour les réseaux</translation>
    </message>
    <message>
      <source>Skills in-house</source>
      <translation>Compétences en interne</translation>
    </message>
    <message>
      <source>e.g. no social media manager; the owner takes photos</source>
      <translation>ex. pas de community manager ; le gérant fait les photos</translation>
    </message>
    <message>
      <source>Tools already used</source>
      <translation>Outils déjà utilisés</translation>
    </message>
    <message>
      <source>native analytics, a scheduler…</source>
      <translation>statistiques natives, un outil de programmation…</translation>
    </message>
    <message>
      <source>What worked, what did not</source>
      <translation>Ce qui a marché, ce qui n'a pas marché</translation>
    </message>
    <message>
      <source>Annual revenue</source>
      <translation>Chiffre d'affaires annuel</translation>
    </message>
    <message>
      <source>Communication, % of revenue (usually 2–10)</source>
      <translation>Communication, % du CA (en général 2 à 10)</translation>
    </message>
    <message>
      <source>Digital, % of communication</source>
      <translation>Digital, % de la communication</translation>
    </message>
    <message>
      <source>Social media, % of digital</source>
      <translation>Réseaux sociaux, % du digital</translation>
    </message>
    <message>
      <source>Communication: %1 · digital: %2 · social media: %3 · budget lines: %4 a year</source>
      <translation>Communication : %1 · digital : %2 · réseaux sociaux : %3 · postes de dépense : %4 par an</translation>
    </message>
    <message>
      <source>Budget lines</source>
      <translation>Postes de dépense</translation>
    </message>
    <message>
      <source>budget line</source>
      <translation>poste de dépense</translation>
    </message>
    <message>
      <source>Item</source>
      <translation>Poste</translation>
    </message>
    <message>
      <source>Details</source>
      <translation>Détail</translation>
    </message>
    <message>
      <source>Amount</source>
      <translation>Montant</translation>
    </message>
    <message>
      <source>Period</source>
      <translation>Période</translation>
    </message>
    <message>
      <source>Objectives</source>
      <translation>Objectifs</translation>
    </message>
    <message>
      <source>objective</source>
      <translation>objectif</translation>
    </message>
    <message>
      <source>What (specific)</source>
      <translation>Quoi (spécifique)</translation>
    </message>
    <message>
      <source>The letters that fail; the panel on the right says why.</source>
      <translation>Les lettres non respectées ; le panneau de droite dit pourquoi.</translation>
    </message>
    <message>
      <source>For whom</source>
      <translation>Pour qui</translation>
    </message>
    <message>
      <source>Baseline</source>
      <translation>Valeur de départ</translation>
    </message>
    <message>
      <source>Target</source>
      <translation>Valeur cible</translation>
    </message>
    <message>
      <source>Start</source>
      <translation>Début</translation>
    </message>
    <message>
      <source>Deadline</source>
      <translation>Échéance</translation>
    </message>
    <message>
      <source>The SMART column names the letters that fail; the panel on the right says why. Type in a cell to edit it; Delete clears it; Ctrl+Up and Ctrl+Down reorder the objectives.</source>
      <translation>La colonne SMART indique les lettres non respectées ; le panneau de droite dit pourquoi. Tapez dans une cellule pour la modifier ; Suppr la vide ; Ctrl+Haut et Ctrl+Bas changent l'ordre des objectifs.</translation>
    </message>
    <message>
      <source>SMART check</source>
      <translation>Contrôle SMART</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <source>Positioning statement</source>
      <translation>Positionnement</translation>
    </message>
    <message>
      <source>Differentiators</source>
      <translation>Éléments différenciants</translation>
    </message>
    <message>
      <source>Competitors</source>
      <translation>Concurrents</translation>
    </message>
    <message>
      <source>competitor</source>
      <translation>concurrent</translation>
    </message>
    <message>
      <source>Networks</source>
      <translation>Réseaux</translation>
    </message>
    <message>
      <source>What they do well</source>
      <translation>Ce qu'ils font bien</translation>
    </message>
    <message>
      <source>New competitor</source>
      <translation>Nouveau concurrent</translation>
    </message>
  </context>
  <context>
    <name>StrategyRefusal</name>
    <message>
      <source>“{value}” is not a number: type digits.</source>
      <translation>« {value} » n'est pas un nombre : tapez des chiffres.</translation>
    </message>
    <message>
      <source>A negative value makes no sense here: type 0 or more.</source>
      <translation>Une valeur négative n'a pas de sens ici : tapez 0 ou plus.</translation>
    </message>
    <message>
      <source>{number} % is more than the whole: type 0 to 100.</source>
      <translation>{number} %, c'est plus que le tout : tapez de 0 à 100.</translation>
    </message>
    <message>
      <source>A week has {hours} hours: type fewer.</source>
      <translation>Une semaine compte {hours} heures : tapez moins.</translation>
    </message>
    <message>
      <source>“{value}” is not a date: use the form 2026-03-31.</source>
      <translation>« {value} » n'est pas une date : utilisez la forme 2026-03-31.</translation>
    </message>
    <message>
      <source>A pillar cannot take {number} % of the posts: type 0 to 100.</source>
      <translation>Un pilier ne peut pas représenter {number} % des publications : tapez de 0 à 100.</translation>
    </message>
    <message>
      <source>{number} is not a person's age.</source>
      <translation>{number} n'est pas un âge.</translation>
    </message>
    <message>
      <source>The age range {low}–{high} is upside down: the first age must be the lower.</source>
      <translation>La tranche d'âge {low}–{high} est à l'envers : le premier âge doit être le plus petit.</translation>
    </message>
    <message>
      <source>This line no longer exists (it was deleted).</source>
      <translation>Cette ligne n'existe plus (elle a été supprimée).</translation>
    </message>
  </context>
  <context>
    <name>StrategyTab</name>
    <message>
      <source>Workshop sections</source>
      <translation>Sections de l’atelier</translation>
    </message>
    <message>
      <source>Start from this template</source>
      <translation>Partir de ce modèle</translation>
    </message>
    <message>
      <source>Sector template:</source>
      <translation>Modèle par secteur :</translation>
    </message>
  </context>
  <context>
    <name>TemplateOffer</name>
    <message>
      <source>This plan's workshop is empty. A sector template adds typical objectives, networks with their roles, content pillars and a moderation charter, all to adapt with the client.</source>
      <translation>L'atelier de ce plan est vide. Un modèle par secteur ajoute des objectifs types, les réseaux avec leur rôle, des piliers de contenu et une charte de modération, à adapter avec le client.</translation>
    </message>
    <message>
      <source>Start empty</source>
      <translation>Partir de zéro</translation>
    </message>
    <message>
      <source>Start from the “%1” template</source>
      <translation>Partir du modèle « %1 »</translation>
    </message>
  </context>
  <context>
    <name>TemplateSummary</name>
    <message>
      <source>share to set</source>
      <translation>part à fixer</translation>
    </message>
    <message>
      <source>Objectives: %1</source>
      <translation>Objectifs : %1</translation>
    </message>
    <message>
      <source>Content pillars: %1</source>
      <translation>Piliers de contenu : %1</translation>
    </message>
    <message>
      <source>Their shares are reduced so that the pillar mix stays within 100 %.</source>
      <translation>Leurs parts sont réduites pour que le mix de piliers ne dépasse pas 100 %.</translation>
    </message>
    <message>
      <source>Networks and their roles: %1</source>
      <translation>Réseaux et leurs rôles : %1</translation>
    </message>
    <message>
      <source>Unanswered charter questions filled in: %1</source>
      <translation>Questions de la charte sans réponse remplies : %1</translation>
    </message>
    <message>
      <source>Apply the “%1” template</source>
      <translation>Appliquer le modèle « %1 »</translation>
    </message>
    <message>
      <source>This plan already has a strategy. Nothing typed is changed; the template adds:</source>
      <translation>Ce plan a déjà une stratégie. Rien de ce qui est saisi ne change ; le modèle ajoute :</translation>
    </message>
    <message>
      <source>Undo (Ctrl+Z) takes it all back in one step.</source>
      <translation>Annuler (Ctrl+Z) retire tout en une seule étape.</translation>
    </message>
    <message>
      <source>Add to the plan</source>
      <translation>Ajouter au plan</translation>
    </message>
    <message>
      <source>This plan already has everything the template offers: nothing to add.</source>
      <translation>Ce plan a déjà tout ce que propose le modèle : rien à ajouter.</translation>
    </message>
  </context>
</TS>