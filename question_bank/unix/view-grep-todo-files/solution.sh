grep -rlw --include='*.py' TODO src | sort
