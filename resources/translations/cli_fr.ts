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
</TS>