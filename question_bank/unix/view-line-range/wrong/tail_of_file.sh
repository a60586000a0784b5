tail -n +10 data.txt | head -n 5
