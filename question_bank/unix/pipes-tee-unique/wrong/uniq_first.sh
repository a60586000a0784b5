uniq names.txt | sort | tee unique.txt
