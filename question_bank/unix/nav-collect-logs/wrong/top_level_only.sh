mkdir -p archive
mv *.log archive/
