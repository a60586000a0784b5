awk -F, 'NR > 1 && $1 == "north" { total += $3 } END { print total + 0 }' sales.csv
