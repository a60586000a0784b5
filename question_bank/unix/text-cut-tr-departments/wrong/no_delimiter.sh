cut -f3 users.txt | tr '[:lower:]' '[:upper:]' | sort -u
