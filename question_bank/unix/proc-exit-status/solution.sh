bash check.sh > /dev/null 2>&1
echo $?
