grep -rw --include='*.py' TODO src | sort
