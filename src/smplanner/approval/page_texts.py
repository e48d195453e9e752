"""The approval page's words, in the plan's language (the client reads the page,
not the window: the plan's language decides, like the report's)."""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    "en": {
        "title": "Posts to approve — {client}",
        "intro": (
            "Here are the posts planned for {period}. For each one, approve it or ask for "
            "changes with a comment. When you are done, download your answers and send the "
            "file back to your community manager (or copy them into an e-mail)."
        ),
        "approve": "Approve",
        "request": "Request changes",
        "comment": "Your comment (what to change)",
        "comment_needed": "Say what to change in the comment first.",
        "approved": "Approved",
        "changes_requested": "Changes requested",
        "waiting": "Waiting for your answer",
        "answered": "{done} of {total} posts answered",
        "download": "Download my answers",
        "copy": "Copy my answers",
        "copied": "Copied: paste them into an e-mail.",
        "copy_by_hand": "Select the text below and copy it into an e-mail.",
        "media_left_out": "Not included in this page: {names}",
        "hashtags": "Hashtags",
        "link": "Link",
        "first_comment": "First comment",
        "sent": "Sent on {date}",
        "nothing": "No post to approve in this period.",
        "colon": ": ",
    },
    "fr": {
        "title": "Publications à valider — {client}",
        "intro": (
            "Voici les publications prévues pour {period}. Pour chacune, validez-la ou "
            "demandez des modifications avec un commentaire. À la fin, téléchargez vos "
            "réponses et renvoyez le fichier à votre community manager (ou copiez-les dans "
            "un e-mail)."
        ),
        "approve": "Valider",
        "request": "Demander des modifications",
        "comment": "Votre commentaire (ce qu'il faut changer)",
        "comment_needed": "Indiquez d'abord ce qu'il faut changer dans le commentaire.",
        "approved": "Validé",
        "changes_requested": "Modifications demandées",
        "waiting": "En attente de votre réponse",
        "answered": "{done} publication(s) sur {total} traitée(s)",
        "download": "Télécharger mes réponses",
        "copy": "Copier mes réponses",
        "copied": "Copié : collez-les dans un e-mail.",
        "copy_by_hand": "Sélectionnez le texte ci-dessous et copiez-le dans un e-mail.",
        "media_left_out": "Non inclus dans cette page : {names}",
        "hashtags": "Hashtags",
        "link": "Lien",
        "first_comment": "Premier commentaire",
        "sent": "Envoyé le {date}",
        "nothing": "Aucune publication à valider sur cette période.",
        "colon": " : ",
    },
}


def page_texts(language: str) -> dict[str, str]:
    """The page's words in ``language`` (English for a language it does not speak)."""
    return TEXTS.get(language, TEXTS["en"])
