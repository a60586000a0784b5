cat to_delete.txt | rm -f
