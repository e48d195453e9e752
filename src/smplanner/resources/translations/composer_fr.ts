<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
  <context>
    <name>ComposerTools</name>
    <message>
      <source>Tag the link (UTM)</source>
      <translation>Baliser le lien (UTM)</translation>
    </message>
    <message>
      <source>utm_source = the network, utm_medium = social, utm_campaign = the post's campaign: the client's analytics then tell which posts bring visitors to the site.</source>
      <translation>utm_source = le réseau, utm_medium = social, utm_campaign = la campagne de la publication : les statistiques du site du client disent alors quelles publications lui amènent des visiteurs.</translation>
    </message>
    <message>
      <source>Adapt for this network</source>
      <translation>Adapter à ce réseau</translation>
    </message>
    <message>
      <source>Hashtags into the first comment where the network takes one, hashtags beyond its count dropped, the text shortened to its limit.</source>
      <translation>Les hashtags dans le premier commentaire là où le réseau en accepte un, les hashtags au-delà de son nombre retirés, le texte raccourci à sa limite.</translation>
    </message>
    <message>
      <source>Type the link to the client's site first.</source>
      <translation>Saisissez d'abord le lien vers le site du client.</translation>
    </message>
    <message>
      <source>Link tagged for %1.</source>
      <translation>Lien balisé pour %1.</translation>
    </message>
    <message>
      <source>Save the link's tags as a preset…</source>
      <translation>Enregistrer les balises du lien comme modèle…</translation>
    </message>
    <message>
      <source>New UTM preset</source>
      <translation>Nouveau modèle UTM</translation>
    </message>
    <message>
      <source>Name of the preset:</source>
      <translation>Nom du modèle :</translation>
    </message>
    <message>
      <source>Save the UTM preset “%1”</source>
      <translation>Enregistrer le modèle UTM « %1 »</translation>
    </message>
    <message>
      <source>Preset “%1” saved.</source>
      <translation>Modèle « %1 » enregistré.</translation>
    </message>
    <message>
      <source>hashtags moved to the first comment</source>
      <translation>hashtags déplacés dans le premier commentaire</translation>
    </message>
    <message>
      <source>hashtags beyond the network's count removed</source>
      <translation>hashtags au-delà du nombre accepté par le réseau retirés</translation>
    </message>
    <message>
      <source>text shortened to the network's limit</source>
      <translation>texte raccourci à la limite du réseau</translation>
    </message>
    <message>
      <source>Adapted: %1.</source>
      <translation>Adapté : %1.</translation>
    </message>
    <message>
      <source>The post already fits this network.</source>
      <translation>La publication convient déjà à ce réseau.</translation>
    </message>
  </context>
  <context>
    <name>HashtagSetsButton</name>
    <message>
      <source>Sets</source>
      <translation>Jeux</translation>
    </message>
    <message>
      <source>Insert a set of hashtags of the strategy, or save these</source>
      <translation>Insérer un jeu de hashtags de la stratégie, ou enregistrer ceux-ci</translation>
    </message>
    <message>
      <source>Editorial line</source>
      <translation>Ligne éditoriale</translation>
    </message>
    <message>
      <source>Save these hashtags as a set…</source>
      <translation>Enregistrer ces hashtags comme jeu…</translation>
    </message>
    <message>
      <source>New hashtag set</source>
      <translation>Nouveau jeu de hashtags</translation>
    </message>
    <message>
      <source>Name of the set (a pillar, a campaign…):</source>
      <translation>Nom du jeu (un pilier, une campagne…) :</translation>
    </message>
    <message>
      <source>Save the hashtag set “%1”</source>
      <translation>Enregistrer le jeu de hashtags « %1 »</translation>
    </message>
  </context>
  <context>
    <name>LabelPicker</name>
    <message>
      <source>Find or create a label…</source>
      <translation>Chercher ou créer une étiquette…</translation>
    </message>
    <message>
      <source>Find or create a label</source>
      <translation>Chercher ou créer une étiquette</translation>
    </message>
    <message>
      <source>Label %1</source>
      <translation>Étiquette %1</translation>
    </message>
    <message>
      <source>Put this label on the post, or take it off</source>
      <translation>Mettre cette étiquette sur la publication, ou l’enlever</translation>
    </message>
    <message>
      <source>Create “%1”</source>
      <translation>Créer « %1 »</translation>
    </message>
    <message>
      <source>New label “%1”</source>
      <translation>Nouvelle étiquette « %1 »</translation>
    </message>
    <message>
      <source>Label “%1” created.</source>
      <translation>Étiquette « %1 » créée.</translation>
    </message>
  </context>
  <context>
    <name>LimitCounter</name>
    <message>
      <source>%1 / %2 characters</source>
      <translation>%1 / %2 caractères</translation>
    </message>
    <message>
      <source>%1 / %2 hashtags</source>
      <translation>%1 / %2 hashtags</translation>
    </message>
    <message>
      <source>title %1 / %2</source>
      <translation>titre %1 / %2</translation>
    </message>
    <message>
      <source>%1 / %2 media</source>
      <translation>%1 / %2 médias</translation>
    </message>
    <message>
      <source>%1 / %2 videos</source>
      <translation>%1 / %2 vidéos</translation>
    </message>
    <message>
      <source>video %1 / %2 s</source>
      <translation>vidéo %1 / %2 s</translation>
    </message>
    <message>
      <source>file %1 / %2 MB</source>
      <translation>fichier %1 / %2 Mo</translation>
    </message>
    <message>
      <source>image %1 px wide, at least %2</source>
      <translation>image de %1 px de large, %2 au moins</translation>
    </message>
    <message>
      <source>an image or a video is needed</source>
      <translation>il faut une image ou une vidéo</translation>
    </message>
    <message>
      <source>files the network does not take: %1</source>
      <translation>fichiers refusés par le réseau : %1</translation>
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
    <message>
      <source>%1: %2</source>
      <translation>%1 : %2</translation>
    </message>
    <message>
      <source>Limits as each network publishes them:</source>
      <translation>Limites telles que chaque réseau les publie :</translation>
    </message>
  </context>
  <context>
    <name>MediaList</name>
    <message>
      <source>Add images or videos…</source>
      <translation>Ajouter des images ou des vidéos…</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Retirer</translation>
    </message>
    <message>
      <source>Drop files here from the file manager, or paste them (Ctrl+V).</source>
      <translation>Déposez ici des fichiers depuis le gestionnaire de fichiers, ou collez-les (Ctrl+V).</translation>
    </message>
    <message>
      <source>%1 (%2 MB) is kept as a link to the file, not inside the plan: keep the file beside the plan when you copy or send it.</source>
      <translation>%1 (%2 Mo) est gardée comme lien vers le fichier, pas dans le plan : gardez le fichier à côté du plan quand vous le copiez ou l'envoyez.</translation>
    </message>
    <message>
      <source>Images and videos for this post</source>
      <translation>Images et vidéos de cette publication</translation>
    </message>
    <message>
      <source>Images and videos (%1)</source>
      <translation>Images et vidéos (%1)</translation>
    </message>
    <message>
      <source>pasted image.png</source>
      <translation>image collée.png</translation>
    </message>
  </context>
  <context>
    <name>PostPreview</name>
    <message>
      <source>… more</source>
      <translation>… plus</translation>
    </message>
    <message>
      <source>Your client's account</source>
      <translation>Le compte du client</translation>
    </message>
    <message>
      <source>(no title)</source>
      <translation>(sans titre)</translation>
    </message>
    <message>
      <source>Image</source>
      <translation>Image</translation>
    </message>
    <message>
      <source>GIF</source>
      <translation>GIF</translation>
    </message>
    <message>
      <source>Video</source>
      <translation>Vidéo</translation>
    </message>
    <message>
      <source>Document</source>
      <translation>Document</translation>
    </message>
    <message>
      <source>Link preview</source>
      <translation>Aperçu du lien</translation>
    </message>
  </context>
  <context>
    <name>VariantsDialog</name>
    <message>
      <source>Variants side by side</source>
      <translation>Déclinaisons côte à côte</translation>
    </message>
    <message>
      <source>Adapt each for its network</source>
      <translation>Adapter chacune à son réseau</translation>
    </message>
    <message>
      <source>Copy this text to all</source>
      <translation>Copier ce texte dans toutes</translation>
    </message>
    <message>
      <source>Copy the text of the %1 variant to the others</source>
      <translation>Copier le texte de la déclinaison %1 dans les autres</translation>
    </message>
    <message>
      <source>Adapt each variant for its network</source>
      <translation>Adapter chaque déclinaison à son réseau</translation>
    </message>
  </context>
</TS>