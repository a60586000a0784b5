bash validate.sh data.csv
if [ $? ]; then
    mkdir -p accepted && cp data.csv accepted/
else
    mkdir -p rejected && cp data.csv rejected/
fi
