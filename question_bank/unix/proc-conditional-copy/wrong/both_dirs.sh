mkdir -p accepted rejected
if bash validate.sh data.csv; then
    cp data.csv accepted/
else
    cp data.csv rejected/
fi
