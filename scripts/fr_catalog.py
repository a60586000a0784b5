"""French translations of quizapp's interface, merged into quizapp/translations/fr/LC_MESSAGES/messages.po.

Run after `make translations` when new strings appear: `python scripts/fr_catalog.py`. Strings missing here keep an
empty msgstr and the test `test_every_string_is_translated` fails, naming them.
"""

from __future__ import annotations

from pathlib import Path

from babel.messages.pofile import read_po, write_po

FR = {
    "Analysis": "Analyse",
    "Linear algebra": "Algèbre linéaire",
    "Optimization": "Optimisation",
    "Statistics": "Statistique",
    "Probability": "Probabilités",
    "Java": "Java",
    "Python": "Python",
    "Unix / Linux": "Unix / Linux",
    "Topics": "Thèmes",
    "Choose at least one topic.": "Choisissez au moins un thème.",
    "Mode": "Mode",
    "Practice: feedback and worked solution after each answer":
        "Entraînement : correction et solution détaillée après chaque réponse",
    "Assessment: no feedback until the end": "Évaluation : pas de correction avant la fin",
    "Start": "Commencer",
    "Submit answer": "Valider la réponse",
    "Continue": "Continuer",
    "This attempt is finished; the answer was not saved.": "Cette session est terminée ; la réponse n'a pas été enregistrée.",
    "This answer was already saved; the first submission counts.":
        "Cette réponse était déjà enregistrée ; c'est le premier envoi qui compte.",
    "Answer saved.": "Réponse enregistrée.",
    "Email": "Adresse e-mail",
    "Password": "Mot de passe",
    "Keep me logged in": "Rester connecté",
    "Log in": "Connexion",
    "Full name": "Nom complet",
    "Use at least %(n)s characters.": "Utilisez au moins %(n)s caractères.",
    "Repeat the password": "Répétez le mot de passe",
    "Passwords differ.": "Les mots de passe diffèrent.",
    "Create my account": "Créer mon compte",
    "Wrong email or password.": "Adresse e-mail ou mot de passe incorrect.",
    "An account with this email already exists.": "Un compte existe déjà avec cette adresse e-mail.",
    "Too many failed attempts: this account is locked for a few minutes.":
        "Trop d'échecs : ce compte est bloqué pendant quelques minutes.",
    "Welcome, %(name)s! Choose what to practise.": "Bienvenue, %(name)s ! Choisissez ce que vous voulez travailler.",
    "You are logged out. Your answers are saved.": "Vous êtes déconnecté. Vos réponses sont enregistrées.",
    "quizapp": "quizapp",
    "Skip to content": "Aller au contenu",
    "Main": "Principal",
    "My assessments": "Mes évaluations",
    "Log out": "Déconnexion",
    "Register": "Créer un compte",
    "Language": "Langue",
    "Change": "Changer",
    "quizapp — prerequisite self-assessment for the post-master's programme in Artificial Intelligence.":
        "quizapp — auto-évaluation des prérequis du mastère spécialisé en intelligence artificielle.",
    "This page does not exist, or it is not yours to see.": "Cette page n'existe pas, ou elle ne vous est pas accessible.",
    "Your account does not have access to this page.": "Votre compte n'a pas accès à cette page.",
    "Too many attempts. Wait a minute and try again.": "Trop de tentatives. Attendez une minute et réessayez.",
    "The form could not be read (it may have expired). Go back, reload the page and try again.":
        "Le formulaire n'a pas pu être lu (il a peut-être expiré). Revenez en arrière, rechargez la page et réessayez.",
    "Something went wrong on our side. Your saved answers are safe.":
        "Une erreur s'est produite de notre côté. Vos réponses enregistrées sont en sécurité.",
    "Back to the home page": "Retour à l'accueil",
    "Progress": "Progression",
    "Items answered": "Questions traitées",
    "Select all topics": "Tout sélectionner",
    "Your attempts": "Vos sessions",
    "Started": "Début",
    "Answered": "Répondues",
    "practice": "entraînement",
    "assessment": "évaluation",
    "Resume": "Reprendre",
    "Results": "Résultats",
    "No attempt yet. Choose topics and start: every answer is saved as soon as you submit it.":
        "Aucune session pour l'instant. Choisissez des thèmes et commencez : chaque réponse est enregistrée dès son envoi.",
    "Feedback": "Correction",
    "Question %(n)s": "Question %(n)s",
    "Correct.": "Correct.",
    "Not decided.": "Non tranché.",
    "Partly correct (%(pct)s %%).": "Partiellement correct (%(pct)s %%).",
    "Not correct.": "Incorrect.",
    "Your answer": "Votre réponse",
    "Worked solution": "Solution détaillée",
    "Next question": "Question suivante",
    "Stop now? Your answers so far are kept.": "Arrêter maintenant ? Vos réponses déjà données sont conservées.",
    "Stop and see my results": "Arrêter et voir mes résultats",
    "This attempt is still open.": "Cette session est encore ouverte.",
    "Resume it": "La reprendre",
    "Topic": "Thème",
    "Correct": "Correctes",
    "Score": "Score",
    "Your answers": "Vos réponses",
    "feedback and solution": "correction et solution",
    "Back to my assessments": "Retour à mes évaluations",
    "No account yet?": "Pas encore de compte ?",
    "Create your account": "Créez votre compte",
    "Already registered?": "Déjà inscrit ?",
    "Welcome": "Bienvenue",
    "Are you ready for the AI programme?": "Êtes-vous prêt pour le programme d'IA ?",
    "Check the prerequisites — analysis, linear algebra, optimization, statistics, probability, Java, Python and "
    "Unix — with short adaptive quizzes. Type math as text, write real code, and get a readiness report to attach "
    "to your application.":
        "Vérifiez les prérequis — analyse, algèbre linéaire, optimisation, statistique, probabilités, Java, Python et "
        "Unix — avec de courts questionnaires adaptatifs. Écrivez les maths au clavier, du vrai code, et obtenez un "
        "rapport de préparation à joindre à votre candidature.",
    "Go to my assessments": "Aller à mes évaluations",
    "Create an account": "Créer un compte",
    "Mathematics": "Mathématiques",
    "Answers typed as you would write them: 2x+1, sqrt(2)/2, [[1,2],[3,4]]. You see how we read your answer "
    "before you submit.":
        "Des réponses tapées comme vous les écririez : 2x+1, sqrt(2)/2, [[1,2],[3,4]]. Vous voyez comment nous lisons "
        "votre réponse avant de l'envoyer.",
    "Programming": "Programmation",
    "Java and Python exercises in an in-page editor, run safely against hidden tests; Unix commands in a sandbox.":
        "Des exercices Java et Python dans un éditeur intégré, exécutés en sécurité contre des tests cachés ; des "
        "commandes Unix dans un bac à sable.",
    "Your report": "Votre rapport",
    "Per-topic levels with their precision, what to review, and a signed report staff can verify.":
        "Un niveau par thème avec sa précision, ce qu'il faut revoir, et un rapport signé que l'équipe peut vérifier.",
    "Select all that apply": "Cochez toutes les bonnes réponses",
    "Select one answer": "Choisissez une réponse",
    "variables": "variables",
    "Type math as text: 2x+1, x^2, sqrt(x), pi, e^(2x), ln(x), [[1,2],[3,4]], {1,2}, [0,1).":
        "Écrivez les maths au clavier : 2x+1, x^2, sqrt(x), pi, e^(2x), ln(x), [[1,2],[3,4]], {1,2}, [0,1).",
    "We read your answer as:": "Nous lisons votre réponse ainsi :",
    "Please log in to see this page.": "Connectez-vous pour voir cette page.",
    "Type an answer before submitting.": "Saisissez une réponse avant de l'envoyer.",
    "Select an answer before submitting.": "Choisissez une réponse avant de l'envoyer.",
    "Select at least one answer before submitting.": "Choisissez au moins une réponse avant de l'envoyer.",
    "This selection does not match the choices shown; reload the page.":
        "Cette sélection ne correspond pas aux choix affichés ; rechargez la page.",
    "Some correct options were not selected.": "Certaines bonnes réponses n'ont pas été cochées.",
    "This is not the expected answer.": "Ce n'est pas la réponse attendue.",
    "We could not decide this answer in time; it is recorded for review and not counted against you.":
        "Nous n'avons pas pu trancher à temps ; la réponse est enregistrée pour vérification et ne vous pénalise pas.",
}


def main() -> None:
    """Fill the French catalogue's msgstr from FR (keeping any translation already there)."""
    root = Path(__file__).resolve().parent.parent / "quizapp" / "translations"
    po_path = root / "fr" / "LC_MESSAGES" / "messages.po"
    with po_path.open("rb") as f:
        catalog = read_po(f, locale="fr")
    for message in catalog:
        if message.id and not message.string and message.id in FR:
            message.string = FR[message.id]
        if message.id in FR:
            message.flags.discard("fuzzy")
    with po_path.open("wb") as f:
        write_po(f, catalog, width=120)


if __name__ == "__main__":
    main()
