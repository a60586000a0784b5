grep -rlw TODO src | sort
