awk -F, 'NR > 1 { total += $3 } END { print total + 0 }' sales.csv
