bash build.sh >> out.txt 2>> err.txt
