bash slow.sh a &
first=$!
sleep 0.5
bash slow.sh b &
wait $first
echo finished > status.txt
