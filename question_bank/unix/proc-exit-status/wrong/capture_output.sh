status=$(bash check.sh 2>/dev/null)
echo "$status"
