mkdir -p backup
cp -r config/* backup/
mv notes.txt NOTES.md
