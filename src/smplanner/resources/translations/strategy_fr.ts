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
      <source>Workshop: %Ln of %1 sections complete</source>
      <translation>
        <numerusform>Atelier : %Ln section sur %1 complète</numerusform>
        <numerusform>Atelier : %Ln sections sur %1 complètes</numerusform>
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
      <source>Beyond the tolerance (%Ln case(s)): %1</source>
      <translation>
        <numerusform>Au-delà de la tolérance (%Ln cas) : %1</numerusform>
        <numerusform>Au-delà de la tolérance (%Ln cas) : %1</numerusform>
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
      <translation>Départ</translation>
    </message>
    <message>
      <source>Target</source>
      <translation>Cible</translation>
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
      <translation>SMART</translation>
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