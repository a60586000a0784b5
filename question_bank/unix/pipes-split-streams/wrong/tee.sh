bash build.sh 2> err.txt | tee out.txt
