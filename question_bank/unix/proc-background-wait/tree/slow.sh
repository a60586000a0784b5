# usage: bash slow.sh NAME -- marks NAME as started, works for a second, then records in NAME.done
# how many jobs had started by then (2 if the two jobs really ran at the same time).
touch "$1.started"
sleep 1
ls *.started | wc -l > "$1.done"
