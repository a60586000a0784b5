"""More French translations (code items, instructor pages, progress); merged by scripts/fr_catalog.py."""

from __future__ import annotations

FR_MORE: dict[str, str | tuple[str, ...]] = {
    # Math input: what the graders say about an answer they cannot read (fields %(…)s are filled in by the app).
    "%(message)s (at position %(n)s)": "%(message)s (position %(n)s)",
    "the answer is too large (more than %(limit)s parts)": "la réponse est trop grande (plus de %(limit)s éléments)",
    "'%(number)s': the exponent is too large": "« %(number)s » : l'exposant est trop grand",
    "division by zero": "division par zéro",
    "this is undefined (division by zero)": "ceci n'est pas défini (division par zéro)",
    "a logarithm base must not be 0 or 1": "la base d'un logarithme ne peut être ni 0 ni 1",
    "%(f)s takes 2 arguments, not %(n)s": "%(f)s prend 2 arguments, pas %(n)s",
    "%(f)s takes 1 argument, not %(n)s": "%(f)s prend 1 argument, pas %(n)s",
    "%(f)s is undefined here": "%(f)s n'est pas défini ici",
    "the factorial of a negative integer is undefined": "la factorielle d'un entier négatif n'est pas définie",
    "the exponent is too large (at most %(limit)s)": "l'exposant est trop grand (au plus %(limit)s)",
    "the number is too large (more than %(limit)s digits)": "le nombre est trop grand (plus de %(limit)s chiffres)",
    "division by zero (0 to a negative power)": "division par zéro (0 à une puissance négative)",
    "%(f)s: the argument is too large (at most %(limit)s)": "%(f)s : l'argument est trop grand (au plus %(limit)s)",
    "∞ (inf) can only stand on its own, e.g. as the end of an interval":
        "∞ (inf) ne peut figurer que seul, par exemple comme borne d'un intervalle",
    "a list cannot be used inside an expression": "une liste ne peut pas figurer dans une expression",
    "a set, list or equation cannot be used inside an expression":
        "un ensemble, une liste ou une équation ne peut pas figurer dans une expression",
    "'%(name)s' is not a variable of this question (it has none)":
        "« %(name)s » n'est pas une variable de cette question (elle n'en a aucune)",
    "'%(name)s' is not a variable of this question (variables: %(declared)s)":
        "« %(name)s » n'est pas une variable de cette question (variables : %(declared)s)",
    "type the number in decimal form, e.g. 3.14 or 1.2e-3":
        "écrivez le nombre sous forme décimale, par exemple 3,14 ou 1,2e-3",
    "expected %(form)s, but this is %(found)s": "attendu : %(form)s ; ceci est %(found)s",
    "an expression such as 2x+1": "une expression comme 2x+1",
    "a number such as 3.14": "un nombre comme 3,14",
    "an equation or inequality such as y = 2x + 1": "une équation ou une inéquation comme y = 2x + 1",
    "a matrix such as [[1,2],[3,4]]": "une matrice comme [[1,2],[3,4]]",
    "a set such as {1,2} or an interval such as [0,1)": "un ensemble comme {1,2} ou un intervalle comme [0,1[",
    "expected %(form)s, not an expression with variables": "attendu : %(form)s, pas une expression avec des variables",
    "expected %(form)s (a real number)": "attendu : %(form)s (un nombre réel)",
    "expected %(form)s": "attendu : %(form)s",
    "expected %(form)s: each row in [ ]": "attendu : %(form)s, chaque ligne entre [ ]",
    "the rows of the matrix have different lengths": "les lignes de la matrice n'ont pas toutes la même longueur",
    "the interval's left end is larger than its right end":
        "la borne gauche de l'intervalle est plus grande que sa borne droite",
    "the ends of an interval must be numbers": "les bornes d'un intervalle doivent être des nombres",
    "an equation or inequality": "une équation ou une inéquation",
    "a set": "un ensemble",
    "a union of sets": "une union d'ensembles",
    "a list": "une liste",
    "an interval or a pair": "un intervalle ou un couple",
    "an expression": "une expression",
    "a number": "un nombre",
    "an interval": "un intervalle",
    "a matrix": "une matrice",
    "a system of equations": "un système d'équations",
    "the answer is too long (%(n)s characters, at most %(limit)s)":
        "la réponse est trop longue (%(n)s caractères, au plus %(limit)s)",
    "the answer is too long (more than %(limit)s symbols)": "la réponse est trop longue (plus de %(limit)s symboles)",
    "a superscript sign needs digits after it": "un signe en exposant doit être suivi de chiffres",
    "a number with more than %(limit)s digits": "un nombre de plus de %(limit)s chiffres",
    "'%(symbol)s' is not a symbol we understand": "« %(symbol)s » n'est pas un symbole que nous comprenons",
    "the answer is empty": "la réponse est vide",
    "expected '%(text)s' %(context)s, found %(found)s": "« %(text)s » attendu %(context)s, trouvé : %(found)s",
    "the answer is nested too deeply (more than %(n)s levels)":
        "la réponse est trop imbriquée (plus de %(n)s niveaux)",
    "unexpected %(found)s": "inattendu : %(found)s",
    "two numbers in a row: '%(number)s'": "deux nombres à la suite : « %(number)s »",
    "the answer ends too early": "la réponse s'arrête trop tôt",
    "to close the set": "pour fermer l'ensemble",
    "to close the absolute value": "pour fermer la valeur absolue",
    "to close the function's argument": "pour fermer l'argument de la fonction",
    "expected one of %(closers)s to close '%(opener)s', found %(found)s":
        "l'un de %(closers)s attendu pour fermer « %(opener)s », trouvé : %(found)s",
    "empty brackets '%(brackets)s'": "crochets ou parenthèses vides « %(brackets)s »",
    "'%(opener)s' is closed by '%(closer)s'": "« %(opener)s » est fermé par « %(closer)s »",
    "';' only separates the two ends of an interval, such as [0; 1]; separate the entries of a list with commas":
        "« ; » ne sépare que les deux bornes d'un intervalle, comme [0; 1] ; séparez les éléments d'une liste par "
        "des virgules",
    "write %(f)s(x)^n, or a%(f)s(x) for the inverse": "écrivez %(f)s(x)^n, ou a%(f)s(x) pour la réciproque",
    "'%(f)s': %(f)s is a function, write %(f)s(x)": "« %(f)s » : %(f)s est une fonction, écrivez %(f)s(x)",
    "%(f)s() needs an argument": "%(f)s() a besoin d'un argument",
    "an interval written with '%(opener)s…%(closer)s' needs two ends, such as ]0, 1[":
        "un intervalle écrit avec « %(opener)s…%(closer)s » a besoin de deux bornes, comme ]0, 1[",
    "the end of the answer": "la fin de la réponse",
    "'%(word)s': %(f)s is a function, write %(f)s(%(arg)s)":
        "« %(word)s » : %(f)s est une fonction, écrivez %(f)s(%(arg)s)",
    "'%(word)s' is not a variable of this question; write %(head)s*%(tail)s or %(head)s_%(tail)s":
        "« %(word)s » n'est pas une variable de cette question ; écrivez %(head)s*%(tail)s ou %(head)s_%(tail)s",
    "'%(word)s' is not a known function or a variable of this question (variables: single letters); "
    "write %(product)s for a product":
        "« %(word)s » n'est ni une fonction connue ni une variable de cette question (variables : lettres seules) ; "
        "écrivez %(product)s pour un produit",
    "'%(word)s' is not a known function or a variable of this question (variables: %(known)s); "
    "write %(product)s for a product":
        "« %(word)s » n'est ni une fonction connue ni une variable de cette question (variables : %(known)s) ; "
        "écrivez %(product)s pour un produit",
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
    "Type a number: 143, -2.5, 3/4, 1.2e-3, sqrt(2), pi/4.":
        "Écrivez un nombre : 143 ; -2,5 ; 3/4 ; 1,2e-3 ; sqrt(2) ; pi/4.",
    "Type math as text: 2x+1, x^2, sqrt(x), pi, e^(2x), ln(x).":
        "Écrivez les maths au clavier : 2x+1, x^2, sqrt(x), pi, e^(2x), ln(x).",
    "Type an equation: y = 2x + 1, x^2 + y^2 = 1.": "Écrivez une équation : y = 2x + 1, x^2 + y^2 = 1.",
    "Type a matrix row by row: [[1,2],[3,4]]; a column vector [[1],[2]], a row vector [[1,2]].":
        "Écrivez une matrice ligne par ligne : [[1,2],[3,4]] ; un vecteur colonne [[1],[2]], un vecteur ligne [[1,2]].",
    "Type a set or an interval: {1,2}, [0,1), (-inf, 2] U [3, inf), {} for the empty set.":
        "Écrivez un ensemble ou un intervalle : {1,2}, [0,1[, ]-inf ; 2] U [3 ; inf[, {} pour l'ensemble vide.",
    "provisional": "provisoire",
    "Provisional: the topic was measured with too few items for a firm level (SE above %(target)s, and a band "
    "reaching into another level), usually because the attempt stopped early; read its band rather than its level.":
        "Provisoire : le thème a été mesuré avec trop peu de questions pour un niveau ferme (erreur type "
        "supérieure à %(target)s, et un intervalle qui déborde sur un autre niveau), le plus souvent parce que la "
        "session s'est arrêtée tôt ; lisez son intervalle plutôt que son niveau.",
    "Questions adapt to your answers: after a right answer the next one is harder. So the share of right answers "
    "is not your level; the level comes from how hard the questions you got right were. Ability is on a scale where "
    "the reference population has mean 0 and standard deviation 1.":
        "Les questions s'adaptent à vos réponses : après une bonne réponse, la suivante est plus difficile. La part "
        "de bonnes réponses n'est donc pas votre niveau ; le niveau vient de la difficulté des questions réussies. "
        "L'aptitude est sur une échelle où la population de référence a une moyenne de 0 et un écart type de 1.",
    "Provisional: not enough evidence yet for a firm level.":
        "Provisoire : pas encore assez d'éléments pour un niveau ferme.",
    "The expected matrix is %(expected)s; yours is %(given)s.":
        "La matrice attendue est de taille %(expected)s ; la vôtre, %(given)s.",
    "Give the answer to %(n)s significant figures.": "Donnez la réponse avec %(n)s chiffres significatifs.",
    "%(passed)s/%(total)s hidden tests passed.": "%(passed)s/%(total)s tests cachés réussis.",
    "Compiler messages": "Messages du compilateur",
    "The figure after ± is the margin of the 95 %% band: your ability lies within it with 95 %% probability.":
        "Le nombre après ± est la marge de la bande à 95 %% : votre aptitude s'y trouve avec une probabilité de "
        "95 %%.",
    "sign error": "erreur de signe",
    "off by a constant factor": "erreur d'un facteur constant",
    "dropped an absolute value": "valeur absolue oubliée",
    "degrees for radians": "degrés au lieu de radians",
    "not simplified": "non simplifié",
    "missed a right option": "une bonne option oubliée",
    "chose a wrong option": "une mauvaise option choisie",
    "code did not compile": "le code ne compile pas",
    "code stopped with an error": "le code s'est arrêté sur une erreur",
    "code ran out of time": "le code a dépassé le temps",
    "code used too much memory": "le code a utilisé trop de mémoire",
    "code printed too much": "le code a trop affiché",
    "hidden tests failed": "tests cachés échoués",
    "code could not be run": "le code n'a pas pu être exécuté",
    "Mistakes": "Erreurs",
    "Right / items": "Réussies / questions",
    "This attempt already has its report: here it is.": "Cette tentative a déjà son rapport : le voici.",
    "Every finished attempt has its report.": "Chaque tentative terminée a son rapport.",
    "Hidden tests, one by one": "Tests cachés, un par un",
    "Code": "Code",
    "Every value is right, but the brackets, commas or quotes differ from the expected output.":
        "Toutes les valeurs sont justes, mais les crochets, virgules ou guillemets diffèrent de la sortie attendue.",
    "The expected output has %(expected)s values; your answer has %(given)s.":
        "La sortie attendue compte %(expected)s valeurs ; votre réponse en compte %(given)s.",
    "None of the %(total)s values matches the expected output.":
        "Aucune des %(total)s valeurs ne correspond à la sortie attendue.",
    "One value differs from the expected output: value %(first)s of %(total)s.":
        "Une valeur diffère de la sortie attendue : la valeur %(first)s sur %(total)s.",
    "%(count)s of the %(total)s values differ from the expected output; the first is value %(first)s.":
        "%(count)s des %(total)s valeurs diffèrent de la sortie attendue ; la première est la valeur %(first)s.",
    "Topics come one after the other, in the order listed. Each takes %(min)s to %(max)s questions: it ends as soon as your level in it is clear or measured precisely enough. Stop whenever you like: every answer is saved, and you can resume later.":
        "Les thèmes se suivent, dans l'ordre de la liste. Chacun compte de %(min)s à %(max)s questions : il s'arrête dès que votre niveau y est clair ou mesuré avec assez de précision. Arrêtez quand vous voulez : chaque réponse est enregistrée, et vous pourrez reprendre plus tard.",
    "Open my readiness report": "Ouvrir mon rapport de préparation",
    "“%(text)s” is not a seed: give a whole number from 0 to %(max)s. Showing seed 0.":
        "« %(text)s » n'est pas une graine : donnez un nombre entier de 0 à %(max)s. Graine 0 affichée.",
    "A verification code has 12 letters and digits, grouped in fours like ABCD-EFGH-2345: check what was typed.":
        "Un code de vérification compte 12 lettres et chiffres, groupés par quatre comme ABCD-EFGH-2345 : vérifiez la saisie.",
    "The digits are right but not the power of ten: check the decimal point or the units.":
        "Les chiffres sont justes, pas la puissance de dix : vérifiez la virgule ou les unités.",
    "Your answer is the reciprocal of the expected value: check which quantity is divided by which.":
        "Votre réponse est l'inverse de la valeur attendue : vérifiez quelle quantité est divisée par laquelle.",
    "wrong power of ten": "mauvaise puissance de dix",
    "inverted ratio": "rapport inversé",
    "%(done)s is measured. Next topic: %(next)s.": "%(done)s : mesuré. Thème suivant : %(next)s.",
    "Current password": "Mot de passe actuel",
    "New password": "Nouveau mot de passe",
    "Save the new password": "Enregistrer le nouveau mot de passe",
    "Send me a link": "M'envoyer un lien",
    "This is not your current password.": "Ce n'est pas votre mot de passe actuel.",
    "Your password is changed. Anywhere else you were logged in, you are now logged out.":
        "Votre mot de passe est changé. Partout ailleurs où vous étiez connecté, vous êtes maintenant déconnecté.",
    "If an account exists for %(email)s, an email with a link to choose a new password is on its way. "
    "The link works once, within %(hours)s.":
        "Si un compte existe pour %(email)s, un e-mail avec un lien pour choisir un nouveau mot de passe est en "
        "route. Le lien ne sert qu'une fois, dans un délai de %(hours)s.",
    "This link has expired or was already used. Ask for a new one here.":
        "Ce lien a expiré ou a déjà servi. Demandez-en un nouveau ici.",
    "Your password is changed. Log in with the new one.":
        "Votre mot de passe est changé. Connectez-vous avec le nouveau.",
    "Hello %(name)s,\n\nSomeone, we hope you, asked to reset the password of your quizapp account. "
    "Open this link within %(hours)s to choose a new one:\n\n%(link)s\n\n"
    "If you did not ask for it, ignore this message: your password stays as it is.\n":
        "Bonjour %(name)s,\n\nQuelqu'un, vous nous l'espérons, a demandé à réinitialiser le mot de passe de votre "
        "compte quizapp. Ouvrez ce lien dans un délai de %(hours)s pour en choisir un nouveau :\n\n%(link)s\n\n"
        "Si vous n'avez rien demandé, ignorez ce message : votre mot de passe reste le même.\n",
    "Reset your quizapp password": "Réinitialiser votre mot de passe quizapp",
    "My account": "Mon compte",
    "Name": "Nom",
    "Member since": "Membre depuis",
    "Change my password": "Changer mon mot de passe",
    'Changing it logs you out everywhere else, "keep me logged in" devices included.':
        "Le changer vous déconnecte partout ailleurs, y compris sur les appareils où « rester connecté » est coché.",
    "Forgotten password": "Mot de passe oublié",
    "Give the email of your account: we send it a link to choose a new password.":
        "Indiquez l'adresse de votre compte : nous y envoyons un lien pour choisir un nouveau mot de passe.",
    "Development server: no mail server is set, so the link is written to the server log instead.":
        "Serveur de développement : aucun serveur d'e-mail n'est configuré, le lien est donc écrit dans le "
        "journal du serveur.",
    "This site cannot send email. Ask the programme office to reset your password.":
        "Ce site ne peut pas envoyer d'e-mail. Demandez au secrétariat du programme de réinitialiser votre mot "
        "de passe.",
    "Back to log in": "Retour à la connexion",
    "Choose a new password": "Choisir un nouveau mot de passe",
    "For the account %(email)s.": "Pour le compte %(email)s.",
    "Forgot your password?": "Mot de passe oublié ?",
    "Reports %(first)s–%(last)s of %(n)s": "Rapports %(first)s à %(last)s sur %(n)s",
    "Pages": "Pages",
    "Hello %(name)s,\n\n%(admin)s created a quizapp account for you (%(role)s). Open this link within "
    "%(hours)s to choose your password:\n\n%(link)s\n":
        "Bonjour %(name)s,\n\n%(admin)s vous a créé un compte quizapp (%(role)s). Ouvrez ce lien dans un délai de "
        "%(hours)s pour choisir votre mot de passe :\n\n%(link)s\n",
    "Your quizapp account": "Votre compte quizapp",
    "Applicant": "Candidat",
    "Staff": "Équipe du programme",
    "Instructor": "Enseignant",
    "Administrator": "Administrateur",
    "Role": "Rôle",
    "Any role": "Tous les rôles",
    "Create and invite": "Créer et inviter",
    "%(email)s is created; an invitation to choose a password is on its way.":
        "%(email)s est créé ; une invitation à choisir un mot de passe est en route.",
    "%(email)s is created. No email could be sent: give them this link, valid %(hours)s, to choose a password: "
    "%(link)s":
        "%(email)s est créé. Aucun e-mail n'a pu être envoyé : donnez-lui ce lien, valable %(hours)s, pour choisir "
        "un mot de passe : %(link)s",
    "You cannot change your own role; ask another administrator.":
        "Vous ne pouvez pas changer votre propre rôle ; demandez à un autre administrateur.",
    "%(email)s is now: %(role)s.": "%(email)s est maintenant : %(role)s.",
    "%(email)s can log in again.": "%(email)s peut de nouveau se connecter.",
    "This site cannot send email: set the password with flask users set-password.":
        "Ce site ne peut pas envoyer d'e-mail : définissez le mot de passe avec flask users set-password.",
    "A password reset link is on its way to %(email)s.":
        "Un lien de réinitialisation du mot de passe est en route vers %(email)s.",
    "Accounts": "Comptes",
    "New account (staff, instructor, administrator)": "Nouveau compte (équipe, enseignant, administrateur)",
    "Nobody knows the new password: its owner chooses one from the emailed link.":
        "Personne ne connaît le nouveau mot de passe : son titulaire le choisit grâce au lien envoyé par e-mail.",
    "Accounts: %(n)s": "Comptes : %(n)s",
    "Created": "Créé le",
    "you": "vous",
    "Role of %(name)s": "Rôle de %(name)s",
    "locked until %(t)s UTC": "bloqué jusqu'à %(t)s UTC",
    "active": "actif",
    "Unlock": "Débloquer",
    "Send a reset link": "Envoyer un lien de réinitialisation",
    "No account matches.": "Aucun compte ne correspond.",
    "Hello %(name)s,\n\nYour readiness report was submitted to the programme on %(date)s (%(round)s). "
    "Staff now see it; it no longer changes.\n\nVerification code: %(code)s\nAnyone can check it at: %(link)s\n\n"
    "The signed PDF is attached.\n":
        "Bonjour %(name)s,\n\nVotre rapport de préparation a été envoyé au programme le %(date)s (%(round)s). "
        "L'équipe du programme le voit désormais ; il ne change plus.\n\nCode de vérification : %(code)s\n"
        "Chacun peut le vérifier à l'adresse : %(link)s\n\nLe PDF signé est joint.\n",
    "no round chosen": "aucune session choisie",
    "Your readiness report %(code)s was submitted": "Votre rapport de préparation %(code)s a été envoyé",
    "Your report was submitted to the programme. A receipt with the signed PDF is on its way to %(email)s.":
        "Votre rapport a été envoyé au programme. Un accusé de réception avec le PDF signé part vers %(email)s.",
    "In the editor, Tab indents. To move on with the keyboard: Esc, then Tab.":
        "Dans l'éditeur, Tab indente. Pour en sortir au clavier : Échap, puis Tab.",
    "Actions": "Actions",
    "Report %(first)s of %(n)s": "Rapport %(first)s sur %(n)s",
    "← Previous": "← Précédente",
    "Next →": "Suivante →",
    "Page %(n)s of %(total)s": "Page %(n)s sur %(total)s",
    "about %(count)s questions": "environ %(count)s questions",
    "About %(count)s questions in all.": "Environ %(count)s questions en tout.",
    # Email confirmation.
    "Hello %(name)s,\n\nOpen this link within %(hours)s to confirm that %(email)s is your address:\n\n%(link)s\n\nThe programme's staff match your readiness report to your application by this address. If you did not create a quizapp account, ignore this message.\n": "Bonjour %(name)s,\n\nOuvrez ce lien dans les %(hours)s pour confirmer que %(email)s est bien votre adresse :\n\n%(link)s\n\nL'équipe du programme rapproche votre rapport de préparation de votre candidature grâce à cette adresse. Si vous n'avez pas créé de compte quizapp, ignorez ce message.\n",
    "Confirm your email address for quizapp": "Confirmez votre adresse e-mail pour quizapp",
    "The confirmation email could not be sent. Try again later from your account page.": "L'e-mail de confirmation n'a pas pu être envoyé. Réessayez plus tard depuis la page de votre compte.",
    "No mail server is set up here: the link to confirm %(email)s is in the server's log.": "Aucun serveur de messagerie n'est configuré ici : le lien pour confirmer %(email)s se trouve dans le journal du serveur.",
    "We sent a link to %(email)s: open it to confirm your address before you submit a readiness report.": "Nous avons envoyé un lien à %(email)s : ouvrez-le pour confirmer votre adresse avant de soumettre un rapport de préparation.",
    "This confirmation link has expired or is not valid. Log in and ask for a new one on your account page.": "Ce lien de confirmation a expiré ou n'est pas valide. Connectez-vous et demandez-en un nouveau sur la page de votre compte.",
    "Your email address %(email)s is confirmed.": "Votre adresse e-mail %(email)s est confirmée.",
    "Your email address is already confirmed.": "Votre adresse e-mail est déjà confirmée.",
    "(email confirmed)": "(e-mail confirmé)",
    "(email not confirmed)": "(e-mail non confirmé)",
    "To submit this report, first confirm your email address: open the link we sent to %(email)s.": "Pour soumettre ce rapport, confirmez d'abord votre adresse e-mail : ouvrez le lien envoyé à %(email)s.",
    "confirmed": "confirmée",
    "not confirmed yet": "pas encore confirmée",
    "Open the link we sent to this address to confirm it: staff match your readiness report to your application by it, and a report can be submitted once it is confirmed.": "Ouvrez le lien envoyé à cette adresse pour la confirmer : l'équipe du programme rapproche votre rapport de votre candidature grâce à elle, et un rapport ne peut être soumis qu'une fois l'adresse confirmée.",
    "Send the link again": "Renvoyer le lien",
    "email confirmed": "e-mail confirmé",
    "email not confirmed": "e-mail non confirmé",
    "Quizzes use them too: a topic ends before its precision target once its 95 %% band lies within one level, so applicants far from every cut answer fewer questions.":
        "Les quiz s'en servent aussi : un thème s'arrête avant sa cible de précision dès que sa bande à 95 %% tient dans un seul niveau ; les candidats loin de tous les seuils répondent ainsi à moins de questions.",
    "Not valid, so not applied: %(fields)s.": "Valeur non valide, filtre non appliqué : %(fields)s.",
    # Plural entries: one string per French plural form (Babel's CLDR data gives French three).
    "%(topic)s: %(num)d answer": ("%(topic)s : %(num)d réponse", "%(topic)s : %(num)d réponses",
                                  "%(topic)s : %(num)d réponses"),
    "%(num)d answer, facility %(f)s": ("%(num)d réponse, facilité %(f)s", "%(num)d réponses, facilité %(f)s",
                                       "%(num)d réponses, facilité %(f)s"),
    "%(num)d item answered": ("%(num)d question traitée", "%(num)d questions traitées", "%(num)d questions traitées"),
    "%(num)d hour": ("%(num)d heure", "%(num)d heures", "%(num)d heures"),
}
