echo "all good"
exit 0
