awk -F, '/north/ { total += $3 } END { print total + 0 }' sales.csv
