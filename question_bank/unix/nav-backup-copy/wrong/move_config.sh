mkdir -p backup
mv config backup/
mv notes.txt NOTES.md
