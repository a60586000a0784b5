cut -d: -f3 users.txt | sort -u | tr '[:lower:]' '[:upper:]'
