bash slow.sh a &
bash slow.sh b &
wait
echo finished > status.txt
