sed -n '10,15p' data.txt
