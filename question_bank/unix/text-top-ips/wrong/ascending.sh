cut -d' ' -f1 access.log | sort | uniq -c | sort -n | head -n 3 | awk '{print $2, $1}'
