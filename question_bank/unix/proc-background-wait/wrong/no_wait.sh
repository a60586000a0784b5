bash slow.sh a &
bash slow.sh b &
echo finished > status.txt
