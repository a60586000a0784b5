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
    "Too many attempts. Wait a while and try again.": "Trop de tentatives. Attendez un peu et réessayez.",
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
    # --- readiness reports and staff review (issue 7) ---
    "The attestation is too large (at most %(mb)s MB).": "L'attestation est trop volumineuse (%(mb)s Mo au plus).",
    "The attestation file is empty.": "Le fichier d'attestation est vide.",
    "The attestation must be a PDF, PNG or JPEG file.": "L'attestation doit être un fichier PDF, PNG ou JPEG.",
    'The round "%(name)s" has closed; choose another round.':
        "La session « %(name)s » est close ; choisissez une autre session.",
    "Checklist saved.": "Liste de contrôle enregistrée.",
    "Your unsubmitted reports were re-signed with it; download the PDF again.":
        "Vos rapports non envoyés ont été signés à nouveau avec elle ; téléchargez de nouveau le PDF.",
    "Degree (title, institution, year)": "Diplôme (intitulé, établissement, année)",
    "English test": "Test d'anglais",
    "Not taken yet": "Pas encore passé",
    "English score": "Score en anglais",
    'I completed the "Basics of Big Data" MOOC': "J'ai terminé le MOOC « Basics of Big Data »",
    "MOOC attestation (PDF, PNG or JPEG, at most 5 MB)": "Attestation du MOOC (PDF, PNG ou JPEG, 5 Mo au plus)",
    "Application round": "Session de candidature",
    "Save the checklist": "Enregistrer la liste de contrôle",
    "Verification code": "Code de vérification",
    "Or upload the report's PDF": "Ou déposez le PDF du rapport",
    "Verify": "Vérifier",
    "I understand that my attempts, reports, uploads and account will be deleted for good.":
        "Je comprends que mes sessions, rapports, fichiers déposés et mon compte seront supprimés définitivement.",
    "Tick the box to confirm.": "Cochez la case pour confirmer.",
    "Delete my data": "Supprimer mes données",
    "Choose a round": "Choisissez une session",
    "closed": "close",
    "Ready": "Prêt",
    "Review recommended": "Révision recommandée",
    "Not yet ready": "Pas encore prêt",
    "Strength": "Point fort",
    "Partial": "Partiel",
    "Gap": "Lacune",
    "Assessment mode": "Mode évaluation",
    "Practice mode": "Mode entraînement",
    "TOEIC (≥ 700)": "TOEIC (≥ 700)",
    "TOEFL paper (≥ 550)": "TOEFL papier (≥ 550)",
    "TOEFL iBT (≥ 80)": "TOEFL iBT (≥ 80)",
    "IELTS (≥ 6.0)": "IELTS (≥ 6,0)",
    "Other equivalent certificate": "Autre certificat équivalent",
    "Readiness report": "Rapport de préparation",
    "Practice mode: feedback was shown during the attempt, so these estimates are indicative only.":
        "Mode entraînement : la correction était affichée pendant la session, ces estimations sont donc "
        "seulement indicatives.",
    "Levels: Ready when the ability is at or above the topic's upper cut score; Review recommended between the two "
    "cut scores; Not yet ready below. Ability is on a scale where the reference population has mean 0 and standard "
    "deviation 1; the band is the %(level)s confidence interval.":
        "Niveaux : Prêt quand l'aptitude atteint le seuil haut du thème ; Révision recommandée entre les deux "
        "seuils ; Pas encore prêt en dessous. L'aptitude est sur une échelle où la population de référence a une "
        "moyenne de 0 et un écart-type de 1 ; la bande est l'intervalle de confiance à %(level)s.",
    "Levels: Ready when the ability is at or above the topic's upper cut score; Review recommended between the two "
    "cut scores; Not yet ready below. Ability is on a scale where the reference population has mean 0 and standard "
    "deviation 1; the band is the 95 %% confidence interval.":
        "Niveaux : Prêt quand l'aptitude atteint le seuil haut du thème ; Révision recommandée entre les deux "
        "seuils ; Pas encore prêt en dessous. L'aptitude est sur une échelle où la population de référence a une "
        "moyenne de 0 et un écart-type de 1 ; la bande est l'intervalle de confiance à 95 %%.",
    "On the chart: the dot is the ability, the bar its 95 %% band, the dashed tick the review cut score and the "
    "solid tick the ready cut score.":
        "Sur le graphique : le point est l'aptitude, la barre sa bande à 95 %%, le trait pointillé le seuil de "
        "révision et le trait plein le seuil « prêt ».",
    "Strengths and gaps": "Points forts et lacunes",
    "Application checklist (self-declared)": "Liste de contrôle de la candidature (déclarative)",
    "This report is signed by the programme (Ed25519). Check it at %(url)s with the code %(code)s, or upload this "
    "PDF there: any change to the file is detected.":
        "Ce rapport est signé par le programme (Ed25519). Vérifiez-le sur %(url)s avec le code %(code)s, ou "
        "déposez-y ce PDF : toute modification du fichier est détectée.",
    "Issued %(date)s · %(mode)s · items answered: %(items)s · time spent %(time)s":
        "Émis le %(date)s · %(mode)s · questions traitées : %(items)s · temps passé %(time)s",
    "Level": "Niveau",
    "Ability": "Aptitude",
    "SE": "Erreur type",
    "95 % band": "Bande à 95 %",
    "95 %% band": "Bande à 95 %%",
    "Items": "Questions",
    "Time": "Temps",
    "Concept": "Notion",
    "Result": "Résultat",
    "Status": "Statut",
    "What to study": "À étudier",
    "yes": "oui",
    "no": "non",
    "not stated": "non renseigné",
    "meets the threshold": "atteint le seuil",
    "below the threshold": "sous le seuil",
    "to be checked": "à vérifier",
    "attestation uploaded (SHA-256 %(hash)s)": "attestation déposée (SHA-256 %(hash)s)",
    "Degree": "Diplôme",
    "English level": "Niveau d'anglais",
    '"Basics of Big Data" MOOC completed': "MOOC « Basics of Big Data » terminé",
    "A report needs a finished attempt with at least one answer.":
        "Un rapport demande une session terminée avec au moins une réponse.",
    "Your report was submitted to the programme.": "Votre rapport a été envoyé au programme.",
    "Your data has been deleted.": "Vos données ont été supprimées.",
    "Name or email": "Nom ou adresse e-mail",
    "Round": "Session",
    "Any topic": "Tous les thèmes",
    "Any level": "Tous les niveaux",
    "Submitted from": "Envoyé depuis le",
    "Submitted until": "Envoyé jusqu'au",
    "Sort": "Tri",
    "Newest first": "Plus récents d'abord",
    "Oldest first": "Plus anciens d'abord",
    "Name": "Nom",
    "Filter": "Filtrer",
    "Save the cut scores": "Enregistrer les seuils",
    "Ready from": "Prêt à partir de",
    "Review from": "Révision à partir de",
    "Any round": "Toutes les sessions",
    "No round": "Sans session",
    "Levels per round": "Niveaux par session",
    "%(topic)s: the review cut score must not be above the ready cut score.":
        "%(topic)s : le seuil de révision ne doit pas dépasser le seuil « prêt ».",
    "Cut scores saved.": "Seuils enregistrés.",
    "My reports": "Mes rapports",
    "Review": "Revue des rapports",
    "Get my readiness report": "Obtenir mon rapport de préparation",
    "Issued %(date)s": "Émis le %(date)s",
    "time spent %(t)s": "temps passé %(t)s",
    "deadline": "date limite",
    'This removes your attempts and answers, your reports (staff will no longer see them, and their verification '
    'links will say "not genuine"), your uploaded attestation and your account. It cannot be undone.':
        "Cela supprime vos sessions et réponses, vos rapports (l'équipe ne les verra plus et leurs liens de "
        "vérification indiqueront « non authentique »), votre attestation déposée et votre compte. C'est "
        "irréversible.",
    "Export my data": "Exporter mes données",
    "first if you want a copy.": "d'abord si vous voulez en garder une copie.",
    "My readiness reports": "Mes rapports de préparation",
    "Created": "Créé le",
    "Submitted": "Envoyé",
    "Not submitted": "Non envoyé",
    "No report yet.": "Aucun rapport pour l'instant.",
    "Create a report from a finished attempt": "Créer un rapport à partir d'une session terminée",
    "Create my readiness report": "Créer mon rapport de préparation",
    "Finish an assessment first.": "Terminez d'abord une évaluation.",
    "My data": "Mes données",
    "Download the PDF": "Télécharger le PDF",
    "Submitted to the programme on %(date)s.": "Envoyé au programme le %(date)s.",
    "Submit this report to the programme? It can no longer change afterwards.":
        "Envoyer ce rapport au programme ? Il ne pourra plus changer ensuite.",
    "Submit to the programme": "Envoyer au programme",
    "Share link (anyone with it can check this report)":
        "Lien de partage (toute personne qui l'a peut vérifier ce rapport)",
    "Copied": "Copié",
    "Copy": "Copier",
    "Complete your application checklist": "Complétez la liste de contrôle de votre candidature",
    "Saving the checklist re-signs this report with it; download the PDF again afterwards.":
        "Enregistrer la liste de contrôle signe à nouveau ce rapport ; téléchargez ensuite de nouveau le PDF.",
    "Required: TOEIC ≥ 700, TOEFL paper ≥ 550, or an equivalent certificate.":
        "Exigé : TOEIC ≥ 700, TOEFL papier ≥ 550, ou un certificat équivalent.",
    "All my reports": "Tous mes rapports",
    "Verify a readiness report": "Vérifier un rapport de préparation",
    "Genuine": "Authentique",
    "this report was issued and signed by the programme; its content is shown below.":
        "ce rapport a été émis et signé par le programme ; son contenu est affiché ci-dessous.",
    "It was submitted to the programme.": "Il a été envoyé au programme.",
    "Not genuine": "Non authentique",
    "no report signed by the programme matches this code or file.":
        "aucun rapport signé par le programme ne correspond à ce code ou à ce fichier.",
    "Check a report": "Vérifier un rapport",
    "Reports are signed with Ed25519.": "Les rapports sont signés avec Ed25519.",
    "Public key (PEM)": "Clé publique (PEM)",
    "Staff": "Équipe",
    "Submitted reports": "Rapports envoyés",
    "Cohort statistics": "Statistiques de la cohorte",
    "Cut scores": "Seuils",
    "Audit log": "Journal d'audit",
    "Verify a report": "Vérifier un rapport",
    "When (UTC)": "Quand (UTC)",
    "Who": "Qui",
    "What": "Quoi",
    "Report": "Rapport",
    "Export as CSV": "Exporter en CSV",
    "Applicant": "Candidat",
    "No submitted report matches.": "Aucun rapport envoyé ne correspond.",
    "the stored content and PDF carry valid signatures.":
        "le contenu et le PDF enregistrés ont des signatures valides.",
    "the stored report fails its signature check: do not rely on it.":
        "le rapport enregistré échoue à la vérification de signature : ne vous y fiez pas.",
    "Public verification page": "Page de vérification publique",
    "Evidence": "Éléments de preuve",
    "Each item exactly as shown to the applicant (item version and seed regenerate the variant), the answer, the "
    "grade and the time taken.":
        "Chaque question exactement telle que présentée (la version et la graine régénèrent la variante), la "
        "réponse, la note et le temps pris.",
    "level": "niveau",
    "score": "note",
    "correct option": "bonne réponse",
    "Answer": "Réponse",
    "Grade": "Note",
    "undecided": "indécis",
    "Mistake tags": "Types d'erreur",
    "Estimate after this answer": "Estimation après cette réponse",
    "Item": "Question",
    "seed": "graine",
    "Audit trail of this report": "Historique d'audit de ce rapport",
    'Per topic, on the ability scale θ (reference population: mean 0, standard deviation 1). A topic is "Ready" '
    'when θ is at or above the first cut score, "Review recommended" when it is at or above the second, "Not yet '
    'ready" below. The defaults (0 and −1) mean: at least the median of the reference population, or within one '
    'standard deviation below it.':
        "Par thème, sur l'échelle d'aptitude θ (population de référence : moyenne 0, écart-type 1). Un thème est "
        "« Prêt » quand θ atteint le premier seuil, « Révision recommandée » quand il atteint le second, « Pas "
        "encore prêt » en dessous. Les valeurs par défaut (0 et −1) signifient : au moins la médiane de la "
        "population de référence, ou à moins d'un écart-type en dessous.",
    "New reports use these values; reports already issued keep the levels they were signed with.":
        "Les nouveaux rapports utilisent ces valeurs ; les rapports déjà émis gardent les niveaux signés.",
    "Ability per topic": "Aptitude par thème",
    "Histograms of θ (half a standard deviation per bar); dashed line: review cut score, solid line: ready cut "
    "score.":
        "Histogrammes de θ (un demi écart-type par barre) ; trait pointillé : seuil de révision, trait plein : "
        "seuil « prêt ».",
    "mean": "moyenne",
    "days left: %(n)s": "jours restants : %(n)s",
    "Reports: %(n)s": "Rapports : %(n)s",
    "Submitted reports: %(n)s": "Rapports envoyés : %(n)s",
}


def _merged() -> dict[str, str]:
    import importlib.util

    spec = importlib.util.spec_from_file_location("fr_more", Path(__file__).with_name("fr_more.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return {**FR, **module.FR_MORE}


_NBSP = "\u00a0"


def french_spacing(text: str) -> str:
    """French typography: a no-break space before : ; ? ! and inside « », so a line never starts with them."""
    for mark in (":", ";", "?", "!", "»"):
        text = text.replace(f" {mark}", f"{_NBSP}{mark}")
    return text.replace("« ", f"«{_NBSP}")


def main() -> None:
    """Fill the French catalogue's msgstr from FR (keeping any translation already there)."""
    root = Path(__file__).resolve().parent.parent / "quizapp" / "translations"
    po_path = root / "fr" / "LC_MESSAGES" / "messages.po"
    with po_path.open("rb") as f:
        catalog = read_po(f, locale="fr")
    translations = _merged()
    for message in catalog:
        key = message.id[0] if isinstance(message.id, tuple) else message.id  # plural entries: (singular, plural)
        if key and key in translations and not all(message.string if isinstance(message.string, tuple)
                                                   else [message.string]):
            message.string = translations[key]
        if key in translations:
            message.flags.discard("fuzzy")
        if isinstance(message.string, tuple):
            message.string = tuple(french_spacing(form) for form in message.string)
        elif message.string:
            message.string = french_spacing(message.string)
    catalog.obsolete.clear()
    with po_path.open("wb") as f:
        write_po(f, catalog, width=120)


if __name__ == "__main__":
    main()
