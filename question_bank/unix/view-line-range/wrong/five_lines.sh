head -n 15 data.txt | tail -n 5
