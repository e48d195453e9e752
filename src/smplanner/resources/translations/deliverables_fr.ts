<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
  <context>
    <name>BrandFields</name>
    <message>
      <source>Your brand on the report</source>
      <translation>Votre marque sur le rapport</translation>
    </message>
    <message>
      <source>Titles' colour</source>
      <translation>Couleur des titres</translation>
    </message>
    <message>
      <source>Tables' colour</source>
      <translation>Couleur des tableaux</translation>
    </message>
    <message>
      <source>#1F6FB2 (empty: the report's own)</source>
      <translation>#1F6FB2 (vide : celle du rapport)</translation>
    </message>
    <message>
      <source>Choose…</source>
      <translation>Choisir…</translation>
    </message>
    <message>
      <source>No logo</source>
      <translation>Pas de logo</translation>
    </message>
    <message>
      <source>Logo…</source>
      <translation>Logo…</translation>
    </message>
    <message>
      <source>Logo</source>
      <translation>Logo</translation>
    </message>
    <message>
      <source>Colour</source>
      <translation>Couleur</translation>
    </message>
    <message>
      <source>Your logo</source>
      <translation>Votre logo</translation>
    </message>
    <message>
      <source>Pictures (*.png *.jpg *.jpeg)</source>
      <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
  </context>
  <context>
    <name>DeliverablesActions</name>
    <message>
      <source>&amp;Export</source>
      <translation>E&amp;xporter</translation>
    </message>
    <message>
      <source>Strategy &amp;report (PDF)…</source>
      <translation>&amp;Rapport de stratégie (PDF)…</translation>
    </message>
    <message>
      <source>Whole plan (&amp;JSON)…</source>
      <translation>Plan complet (&amp;JSON)…</translation>
    </message>
    <message>
      <source>&amp;Posts (CSV)…</source>
      <translation>&amp;Publications (CSV)…</translation>
    </message>
    <message>
      <source>&amp;Statistics (CSV)…</source>
      <translation>&amp;Statistiques (CSV)…</translation>
    </message>
    <message>
      <source>&amp;Import plan from JSON…</source>
      <translation>&amp;Importer un plan depuis JSON…</translation>
    </message>
    <message>
      <source>Save as &amp;template…</source>
      <translation>Enregistrer comme &amp;modèle…</translation>
    </message>
    <message>
      <source>New from te&amp;mplate…</source>
      <translation>Nouveau à partir d'un mo&amp;dèle…</translation>
    </message>
    <message>
      <source>&amp;Presentation mode</source>
      <translation>Mode &amp;présentation</translation>
    </message>
    <message>
      <source>Export the strategy report</source>
      <translation>Exporter le rapport de stratégie</translation>
    </message>
    <message>
      <source>PDF (*.pdf);;OpenDocument text, to edit in LibreOffice or Word (*.odt)</source>
      <translation>PDF (*.pdf);;Texte OpenDocument, à modifier dans LibreOffice ou Word (*.odt)</translation>
    </message>
    <message>
      <source>Report written: {path} ({pages} pages).</source>
      <translation>Rapport enregistré : {path} ({pages} pages).</translation>
    </message>
    <message>
      <source>Export the whole plan</source>
      <translation>Exporter le plan complet</translation>
    </message>
    <message>
      <source>JSON (*.json)</source>
      <translation>JSON (*.json)</translation>
    </message>
    <message>
      <source>Plan exported: {path} ({rows} rows).</source>
      <translation>Plan exporté : {path} ({rows} lignes).</translation>
    </message>
    <message>
      <source>%1 - posts.csv</source>
      <translation>%1 - publications.csv</translation>
    </message>
    <message>
      <source>%1 - statistics.csv</source>
      <translation>%1 - statistiques.csv</translation>
    </message>
    <message>
      <source>Export as CSV</source>
      <translation>Exporter en CSV</translation>
    </message>
    <message>
      <source>CSV (*.csv)</source>
      <translation>CSV (*.csv)</translation>
    </message>
    <message>
      <source>Written: {path} ({rows} rows).</source>
      <translation>Enregistré : {path} ({rows} lignes).</translation>
    </message>
    <message>
      <source>Import a plan from JSON</source>
      <translation>Importer un plan depuis JSON</translation>
    </message>
    <message>
      <source>Create the imported plan</source>
      <translation>Créer le plan importé</translation>
    </message>
    <message>
      <source>smplanner plans (*.smplan)</source>
      <translation>Plans smplanner (*.smplan)</translation>
    </message>
    <message>
      <source>Plan imported into {path}.</source>
      <translation>Plan importé dans {path}.</translation>
    </message>
    <message>
      <source>Copy the access tokens?</source>
      <translation>Copier les jetons d’accès ?</translation>
    </message>
    <message numerus="yes">
      <source>%Ln account(s) of the imported plan had an access token in this computer's keyring. Copy them for the new plan? The new plan keeps its own copy: forgetting a token in one plan never removes it from the other.</source>
      <translation>
        <numerusform>%Ln compte du plan importé avait un jeton d’accès dans le trousseau de cet ordinateur. Le copier pour le nouveau plan ? Le nouveau plan garde sa propre copie : oublier un jeton dans un plan ne le retire jamais de l’autre.</numerusform>
        <numerusform>%Ln comptes du plan importé avaient un jeton d’accès dans le trousseau de cet ordinateur. Les copier pour le nouveau plan ? Le nouveau plan garde sa propre copie : oublier un jeton dans un plan ne le retire jamais de l’autre.</numerusform>
      </translation>
    </message>
    <message>
      <source>Copy the tokens</source>
      <translation>Copier les jetons</translation>
    </message>
    <message>
      <source>Enter the accounts' tokens again in Edit &gt; Accounts.</source>
      <translation>Saisissez à nouveau les jetons des comptes dans Édition &gt; Comptes.</translation>
    </message>
    <message numerus="yes">
      <source>Tokens copied for %Ln account(s).</source>
      <translation>
        <numerusform>Jeton copié pour %Ln compte.</numerusform>
        <numerusform>Jetons copiés pour %Ln comptes.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln token(s) are not in this computer's keyring: enter them in Edit &gt; Accounts.</source>
      <translation>
        <numerusform>%Ln jeton n’est pas dans le trousseau de cet ordinateur : saisissez-le dans Édition &gt; Comptes.</numerusform>
        <numerusform>%Ln jetons ne sont pas dans le trousseau de cet ordinateur : saisissez-les dans Édition &gt; Comptes.</numerusform>
      </translation>
    </message>
    <message>
      <source>Save as template</source>
      <translation>Enregistrer comme modèle</translation>
    </message>
    <message>
      <source>Template name:</source>
      <translation>Nom du modèle :</translation>
    </message>
    <message>
      <source>Template saved: {path}.</source>
      <translation>Modèle enregistré : {path}.</translation>
    </message>
    <message>
      <source>Create the plan file</source>
      <translation>Créer le fichier du plan</translation>
    </message>
    <message>
      <source>Plan created from the template {name}.</source>
      <translation>Plan créé à partir du modèle {name}.</translation>
    </message>
  </context>
  <context>
    <name>MonthlyReportActions</name>
    <message>
      <source>&amp;Monthly report (PDF)…</source>
      <translation>Rapport &amp;mensuel (PDF)…</translation>
    </message>
    <message>
      <source>Monthly report commentary</source>
      <translation>Commentaires du rapport mensuel</translation>
    </message>
    <message>
      <source>Your brand on the reports</source>
      <translation>Votre marque sur les rapports</translation>
    </message>
    <message>
      <source>%1 - monthly report %2.pdf</source>
      <translation>%1 - rapport mensuel %2.pdf</translation>
    </message>
    <message>
      <source>Monthly report</source>
      <translation>Rapport mensuel</translation>
    </message>
    <message>
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
    <message>
      <source>The report could not be written</source>
      <translation>Le rapport n'a pas pu être écrit</translation>
    </message>
    <message numerus="yes">
      <source>%1

%Ln page(s) written.</source>
      <translation>
        <numerusform>%1

%Ln page écrite.</numerusform>
        <numerusform>%1

%Ln pages écrites.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>MonthlyReportDialog</name>
    <message>
      <source>Objectives' progress</source>
      <translation>Avancement des objectifs</translation>
    </message>
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
      <source>Q%1 %2</source>
      <translation>T%1 %2</translation>
    </message>
    <message>
      <source>Monthly report</source>
      <translation>Rapport mensuel</translation>
    </message>
    <message>
      <source>A month</source>
      <translation>Un mois</translation>
    </message>
    <message>
      <source>A quarter</source>
      <translation>Un trimestre</translation>
    </message>
    <message>
      <source>A campaign</source>
      <translation>Une campagne</translation>
    </message>
    <message>
      <source>Your name, printed under the title</source>
      <translation>Votre nom, imprimé sous le titre</translation>
    </message>
    <message>
      <source>Report on</source>
      <translation>Rapport sur</translation>
    </message>
    <message>
      <source>Period</source>
      <translation>Période</translation>
    </message>
    <message>
      <source>Prepared by</source>
      <translation>Préparé par</translation>
    </message>
    <message>
      <source>Your commentary (optional)</source>
      <translation>Votre commentaire (facultatif)</translation>
    </message>
    <message>
      <source>Write the PDF…</source>
      <translation>Écrire le PDF…</translation>
    </message>
  </context>
  <context>
    <name>PresentationWindow</name>
    <message>
      <source>Presentation</source>
      <translation>Présentation</translation>
    </message>
    <message>
      <source>{title} — {page} / {total}</source>
      <translation>{title} — {page} / {total}</translation>
    </message>
  </context>
  <context>
    <name>PresenterNotes</name>
    <message>
      <source>Presenter notes</source>
      <translation>Notes de l’intervenant</translation>
    </message>
    <message>
      <source>Still to settle</source>
      <translation>Reste à régler</translation>
    </message>
    <message>
      <source>Nothing left to settle in this section.</source>
      <translation>Rien ne reste à régler dans cette section.</translation>
    </message>
    <message>
      <source>Next: %1</source>
      <translation>Ensuite : %1</translation>
    </message>
  </context>
  <context>
    <name>ReportDialog</name>
    <message>
      <source>Export the strategy report</source>
      <translation>Exporter le rapport de stratégie</translation>
    </message>
    <message>
      <source> weeks</source>
      <translation> semaines</translation>
    </message>
    <message>
      <source>Report &amp;language:</source>
      <translation>&amp;Langue du rapport :</translation>
    </message>
    <message>
      <source>Calendar &amp;from:</source>
      <translation>Calendrier à partir du :</translation>
    </message>
    <message>
      <source>For:</source>
      <translation>Sur :</translation>
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
      <source>Results and charts</source>
      <translation>Résultats et graphiques</translation>
    </message>
    <message>
      <source>Sections</source>
      <translation>Sections</translation>
    </message>
    <message>
      <source>Include my working notes (the SMART check)</source>
      <translation>Inclure mes notes de travail (le contrôle SMART)</translation>
    </message>
    <message>
      <source>Left out by default: the report is the client's, the check is yours.</source>
      <translation>Laissées de côté par défaut : le rapport est pour le client, le contrôle est pour vous.</translation>
    </message>
  </context>
  <context>
    <name>TemplateDialog</name>
    <message>
      <source>New plan from a template</source>
      <translation>Nouveau plan à partir d'un modèle</translation>
    </message>
    <message>
      <source>built-in</source>
      <translation>fourni</translation>
    </message>
    <message>
      <source>yours</source>
      <translation>le vôtre</translation>
    </message>
    <message>
      <source>A template brings the strategy skeleton, pillars, networks' roles and the moderation charter; the new client's own data starts empty.</source>
      <translation>Un modèle reprend la trame de la stratégie, les piliers, les rôles des réseaux et la charte de modération ; les données propres au nouveau client partent de zéro.</translation>
    </message>
  </context>
</TS>