sort -u names.txt | tee unique.txt
