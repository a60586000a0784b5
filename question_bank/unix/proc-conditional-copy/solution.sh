if bash validate.sh data.csv; then
    mkdir -p accepted && cp data.csv accepted/
else
    mkdir -p rejected && cp data.csv rejected/
fi
