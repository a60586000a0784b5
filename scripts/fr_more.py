"""More French translations (code items, instructor pages, progress); merged by scripts/fr_catalog.py."""

from __future__ import annotations


FR_MORE: dict[str, str | tuple[str, ...]] = {
    "The ends are right; check which ones belong to the set: [ ] includes an end, ( ) or ]…[ leaves it out.":
        "Les bornes sont justes ; vérifiez lesquelles appartiennent à l'ensemble : [ ] inclut une borne, ( ) ou ]…[ "
        "l'exclut.",
    "Not equivalent to the expected answer.": "Ce n'est pas équivalent à la réponse attendue.",
    "Equivalent, but not expanded: multiply out the brackets.":
        "Équivalent, mais pas développé : développez les parenthèses.",
    "Equivalent, but not fully factored.": "Équivalent, mais pas entièrement factorisé.",
    "Not close enough to the expected value.": "Pas assez proche de la valeur attendue.",
    "Check the sign: your answer is the negative of a correct one.":
        "Vérifiez le signe : votre réponse est l'opposé d'une réponse juste.",
    "Your answer is off by a constant factor.": "Votre réponse diffère d'un facteur constant.",
    "Your answer is right only where the expression inside |…| is positive.":
        "Votre réponse n'est juste que là où l'expression entre |…| est positive.",
    "Check degrees versus radians.": "Vérifiez degrés et radians.",
    "Your code does not compile (or has a syntax error); the messages are below.":
        "Votre code ne compile pas (ou contient une erreur de syntaxe) ; les messages sont ci-dessous.",
    "Your code stopped with an error before the tests finished.":
        "Votre code s'est arrêté sur une erreur avant la fin des tests.",
    "Your code ran out of time: look for an infinite loop or a much slower algorithm.":
        "Votre code a dépassé le temps imparti : cherchez une boucle infinie ou un algorithme beaucoup plus lent.",
    "Your code used too much memory.": "Votre code a utilisé trop de mémoire.",
    "Your code printed too much output.": "Votre code a affiché trop de texte.",
    "Your code could not be run.": "Votre code n'a pas pu être exécuté.",
    "Write some code before submitting.": "Écrivez du code avant de l'envoyer.",
    "This code is too long.": "Ce code est trop long.",
    "All hidden tests passed.": "Tous les tests cachés sont réussis.",
    "Question bank": "Banque de questions",
    "Precision reached": "Précision atteinte",
    "standard error": "erreur type",
    "Running your code": "Exécution de votre code",
    "Your code is saved. Waiting for a free runner: position %(n)s in the queue.":
        "Votre code est enregistré. En attente d'un exécuteur libre : position %(n)s dans la file.",
    "Your code is saved and is being tested against the hidden tests…":
        "Votre code est enregistré et passe les tests cachés…",
    "This page refreshes by itself. You can close it: the result will be here when you come back.":
        "Cette page se met à jour toute seule. Vous pouvez la fermer : le résultat sera là à votre retour.",
    "Items are files in question_bank/; edit them, run \"flask --app quizapp bank validate\", then \"bank load\". "
    "Facility is the mean score; discrimination the correlation with the rest of the attempt; exposure the share "
    "of the topic's attempts that saw the item.":
        "Les questions sont des fichiers de question_bank/ ; modifiez-les, lancez « flask --app quizapp bank "
        "validate » puis « bank load ». La facilité est le score moyen ; la discrimination, la corrélation avec le "
        "reste de la session ; l'exposition, la part des sessions du thème qui ont vu la question.",
    "Type": "Type",
    "Answers": "Réponses",
    "Facility": "Facilité",
    "Discrimination": "Discrimination",
    "Exposure": "Exposition",
    "Flags": "Alertes",
    "The bank is empty: run \"flask --app quizapp bank load\".":
        "La banque est vide : lancez « flask --app quizapp bank load ».",
    "version": "version",
    "Variant (seed)": "Variante (graine)",
    "Show": "Afficher",
    "Code to try": "Code à essayer",
    "Answer to try": "Réponse à essayer",
    "Grade it": "Corriger",
    "Refused as unreadable:": "Refusée car illisible :",
    "read as": "lue comme",
    "Tags": "Étiquettes",
    "Reference answer": "Réponse de référence",
    "Parameters": "Paramètres",
    "%(n)s answers, facility %(f)s": "%(n)s réponses, facilité %(f)s",
    "Your code": "Votre code",
    "Examples you can run": "Exemples que vous pouvez lancer",
    "Run examples": "Lancer les exemples",
    "Waiting for a free runner… position %(n)s in the queue": "En attente d'un exécuteur… position %(n)s dans la file",
    "Running…": "Exécution…",
    "Output": "Sortie",
    "Errors": "Erreurs",
    "passed": "réussi",
    "failed": "échoué",
    "Concept": "Concept",
    "Item": "Question",
    "Level": "Niveau",
    "level": "niveau",
    "Files in the working directory": "Fichiers du répertoire de travail",
    "your command runs here, on a fresh copy": "votre commande s'exécute ici, sur une copie neuve",
    "Code exercises are hidden from every quiz: this server cannot isolate code runs.":
        "Les exercices de code sont masqués dans tous les questionnaires : ce serveur ne peut pas isoler leur exécution.",
    # Plural entries: one string per French plural form (Babel's CLDR data gives French three).
    "%(num)d item": ("%(num)d question", "%(num)d questions", "%(num)d questions"),
}
