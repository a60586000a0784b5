bash check.sh
echo $?
