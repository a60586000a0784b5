grep -rl --include='*.py' TODO src | sort
