bash validate.sh data.csv
mkdir -p accepted && cp data.csv accepted/
