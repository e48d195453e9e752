<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
  <context>
    <name>AccountMessages</name>
    <message>
      <source>no keyring service is available on this computer</source>
      <translation>aucun trousseau n’est disponible sur cet ordinateur</translation>
    </message>
    <message>
      <source>the only keyring available does not encrypt what it stores</source>
      <translation>le seul trousseau disponible ne chiffre pas ce qu’il enregistre</translation>
    </message>
    <message>
      <source>the keyring is locked and was not unlocked</source>
      <translation>le trousseau est verrouillé et n’a pas été déverrouillé</translation>
    </message>
    <message>
      <source>the keyring could not be opened (the unlock prompt was dismissed)</source>
      <translation>le trousseau n’a pas pu être ouvert (la demande de déverrouillage a été refusée)</translation>
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
      <source>The access token cannot be stored securely on this machine: {reason}. It was not saved anywhere. smplanner keeps working offline; unlock or install a keyring (e.g. GNOME Keyring or KWallet) to refresh statistics online.</source>
      <translation>Le jeton d’accès ne peut pas être enregistré de façon sûre sur cette machine : {reason}. Il n’a été enregistré nulle part. smplanner continue de fonctionner hors ligne ; déverrouillez ou installez un trousseau (par ex. GNOME Keyring ou KWallet) pour actualiser les statistiques en ligne.</translation>
    </message>
    <message>
      <source>{network} refused the access token of “{account}”: it has expired or was revoked ({detail}). Create a new token, paste it below and click Replace token.</source>
      <translation>{network} a refusé le jeton d’accès de « {account} » : il a expiré ou a été révoqué ({detail}). Créez un nouveau jeton, collez-le ci-dessous et cliquez sur Remplacer le jeton.</translation>
    </message>
    <message>
      <source>The access token of “{account}” lacks a {network} permission ({detail}). Create a token with the statistics permissions and replace it.</source>
      <translation>Il manque une autorisation {network} au jeton d’accès de « {account} » ({detail}). Créez un jeton avec les autorisations de statistiques et remplacez-le.</translation>
    </message>
    <message>
      <source>Type the account's name or handle, e.g. @boulangerie.</source>
      <translation>Saisissez le nom ou l’identifiant du compte, par ex. @boulangerie.</translation>
    </message>
    <message>
      <source>Type the page or account id (e.g. the Facebook Page id).</source>
      <translation>Saisissez l’ID de la page ou du compte (par ex. l’ID de la Page Facebook).</translation>
    </message>
    <message>
      <source>The page or account id has no spaces or slashes: copy it again.</source>
      <translation>L’ID de la page ou du compte ne contient ni espace ni barre oblique : copiez-le à nouveau.</translation>
    </message>
    <message>
      <source>Paste the access token without spaces or line breaks.</source>
      <translation>Collez le jeton d’accès sans espaces ni retours à la ligne.</translation>
    </message>
    <message>
      <source>Online refresh is not available for this network: leave the token empty.</source>
      <translation>L’actualisation en ligne n’est pas disponible pour ce réseau : laissez le jeton vide.</translation>
    </message>
    <message>
      <source>This account no longer exists in the plan.</source>
      <translation>Ce compte n’existe plus dans le plan.</translation>
    </message>
  </context>
  <context>
    <name>AccountsDialog</name>
    <message>
      <source>Accounts</source>
      <translation>Comptes</translation>
    </message>
    <message>
      <source>e.g. Boulangerie Martin or @boulangerie</source>
      <translation>par ex. Boulangerie Martin ou @boulangerie</translation>
    </message>
    <message>
      <source>e.g. the Page id 1029384756</source>
      <translation>par ex. l’ID de la Page 1029384756</translation>
    </message>
    <message>
      <source>only for online refresh; kept in the keyring</source>
      <translation>seulement pour l’actualisation en ligne ; gardé dans le trousseau</translation>
    </message>
    <message>
      <source>&amp;Network:</source>
      <translation>&amp;Réseau :</translation>
    </message>
    <message>
      <source>Account &amp;name:</source>
      <translation>&amp;Nom du compte :</translation>
    </message>
    <message>
      <source>Page or account &amp;id:</source>
      <translation>&amp;ID de la page ou du compte :</translation>
    </message>
    <message>
      <source>Access &amp;token:</source>
      <translation>&amp;Jeton d’accès :</translation>
    </message>
    <message>
      <source>&amp;Add account</source>
      <translation>&amp;Ajouter le compte</translation>
    </message>
    <message>
      <source>R&amp;ename account</source>
      <translation>Reno&amp;mmer le compte</translation>
    </message>
    <message>
      <source>&amp;Replace token</source>
      <translation>Rem&amp;placer le jeton</translation>
    </message>
    <message>
      <source>&amp;Forget token</source>
      <translation>&amp;Oublier le jeton</translation>
    </message>
    <message>
      <source>Re&amp;move account</source>
      <translation>&amp;Supprimer le compte</translation>
    </message>
    <message>
      <source>This computer's keyring has no token for {names}: the plan was probably set up on another computer. Select the account, paste its token and click Replace token to refresh online.</source>
      <translation>Le trousseau de cet ordinateur n’a pas de jeton pour {names} : le plan a sans doute été préparé sur un autre ordinateur. Sélectionnez le compte, collez son jeton et cliquez sur Remplacer le jeton pour actualiser en ligne.</translation>
    </message>
    <message>
      <source>Account added.</source>
      <translation>Compte ajouté.</translation>
    </message>
    <message>
      <source>Paste the new token in the Access token field first.</source>
      <translation>Collez d’abord le nouveau jeton dans le champ Jeton d’accès.</translation>
    </message>
    <message>
      <source>Token stored in the keyring.</source>
      <translation>Jeton enregistré dans le trousseau.</translation>
    </message>
    <message>
      <source>Token removed from the keyring.</source>
      <translation>Jeton retiré du trousseau.</translation>
    </message>
    <message>
      <source>Account renamed.</source>
      <translation>Compte renommé.</translation>
    </message>
    <message>
      <source>Account removed.</source>
      <translation>Compte supprimé.</translation>
    </message>
    <message>
      <source>Account removed from this plan; its token stays in the keyring for the copies of the plan.</source>
      <translation>Compte supprimé de ce plan ; son jeton reste dans le trousseau pour les copies du plan.</translation>
    </message>
    <message>
      <source>Account and its keyring entry removed.</source>
      <translation>Compte et son entrée du trousseau supprimés.</translation>
    </message>
    <message>
      <source>This computer's keyring has no token for “{name}”. Paste it in the Access token field and click Replace token, then refresh again.</source>
      <translation>Le trousseau de cet ordinateur n’a pas de jeton pour « {name} ». Collez-le dans le champ Jeton d’accès, cliquez sur Remplacer le jeton, puis relancez l’actualisation.</translation>
    </message>
  </context>
  <context>
    <name>AccountsTableModel</name>
    <message>
      <source>Network</source>
      <translation>Réseau</translation>
    </message>
    <message>
      <source>Account</source>
      <translation>Compte</translation>
    </message>
    <message>
      <source>Page or account id</source>
      <translation>ID de la page ou du compte</translation>
    </message>
    <message>
      <source>Access token</source>
      <translation>Jeton d’accès</translation>
    </message>
    <message>
      <source>Last refresh</source>
      <translation>Dernière actualisation</translation>
    </message>
    <message>
      <source>none (offline only)</source>
      <translation>aucun (hors ligne seulement)</translation>
    </message>
    <message>
      <source>stored in the keyring</source>
      <translation>enregistré dans le trousseau</translation>
    </message>
    <message>
      <source>missing on this computer: paste it again</source>
      <translation>absent de cet ordinateur : collez-le à nouveau</translation>
    </message>
    <message>
      <source>keyring unavailable</source>
      <translation>trousseau indisponible</translation>
    </message>
    <message>
      <source>checking…</source>
      <translation>vérification…</translation>
    </message>
  </context>
  <context>
    <name>RefreshAge</name>
    <message>
      <source>never</source>
      <translation>jamais</translation>
    </message>
    <message>
      <source>today at {time}</source>
      <translation>aujourd’hui à {time}</translation>
    </message>
    <message>
      <source>yesterday at {time}</source>
      <translation>hier à {time}</translation>
    </message>
    <message>
      <source>{days} days ago</source>
      <translation>il y a {days} jours</translation>
    </message>
    <message>
      <source>on {date}</source>
      <translation>le {date}</translation>
    </message>
  </context>
  <context>
    <name>RefreshPanel</name>
    <message>
      <source>Online refresh</source>
      <translation>Actualisation en ligne</translation>
    </message>
    <message>
      <source>Last {days} days</source>
      <translation>{days} derniers jours</translation>
    </message>
    <message>
      <source>Refresh &amp;statistics</source>
      <translation>Ac&amp;tualiser les statistiques</translation>
    </message>
    <message>
      <source>&amp;Cancel refresh</source>
      <translation>Annu&amp;ler l’actualisation</translation>
    </message>
    <message>
      <source>Last refreshed: {when}.</source>
      <translation>Dernière actualisation : {when}.</translation>
    </message>
    <message>
      <source>Online refresh is not available for this network: import its exports.</source>
      <translation>L’actualisation en ligne n’est pas disponible pour ce réseau : importez ses exports.</translation>
    </message>
    <message>
      <source>Fetching the statistics of “{name}”…</source>
      <translation>Récupération des statistiques de « {name} »…</translation>
    </message>
    <message>
      <source>Cancelling…</source>
      <translation>Annulation…</translation>
    </message>
    <message>
      <source>Refresh statistics of {name}</source>
      <translation>Actualiser les statistiques de {name}</translation>
    </message>
    <message>
      <source>Done: {posts} new posts, {days} new daily figures, {updated} updated.</source>
      <translation>Terminé : {posts} nouvelles publications, {days} nouveaux chiffres quotidiens, {updated} mis à jour.</translation>
    </message>
    <message>
      <source>Refresh cancelled: nothing was stored.</source>
      <translation>Actualisation annulée : rien n’a été enregistré.</translation>
    </message>
    <message>
      <source>The refresh failed: nothing was stored.</source>
      <translation>L’actualisation a échoué : rien n’a été enregistré.</translation>
    </message>
  </context>
  <context>
    <name>RemovalQuestion</name>
    <message>
      <source>Remove the account “{name}” from this plan?</source>
      <translation>Supprimer le compte « {name} » de ce plan ?</translation>
    </message>
    <message>
      <source>A copy of this plan file made outside smplanner (in the file manager, on a USB key) uses the same token, stored in this computer's keyring. Forget the token only if no such copy needs to refresh this account online any more.</source>
      <translation>Une copie de ce fichier de plan faite hors de smplanner (dans le gestionnaire de fichiers, sur une clé USB) utilise le même jeton, conservé dans le trousseau de cet ordinateur. N’oubliez le jeton que si aucune de ces copies n’a plus besoin d’actualiser ce compte en ligne.</translation>
    </message>
    <message>
      <source>Remove account</source>
      <translation>Supprimer le compte</translation>
    </message>
    <message>
      <source>Remove from this plan only</source>
      <translation>Supprimer de ce plan seulement</translation>
    </message>
    <message>
      <source>Remove and forget the token</source>
      <translation>Supprimer et oublier le jeton</translation>
    </message>
  </context>
</TS>