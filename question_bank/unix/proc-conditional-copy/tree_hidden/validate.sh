# exit 0 if every line of the file named by $1 has exactly 3 comma-separated fields, 1 otherwise
awk -F, 'NF != 3 { print "line " NR ": " NF " fields"; bad = 1 } END { exit bad }' "$1"
