cut -d' ' -f1 access.log | uniq -c | sort -rn | head -n 3 | awk '{print $2, $1}'
