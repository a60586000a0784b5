echo "checking disk space"
echo "checking network"
echo "network unreachable" >&2
exit 3
