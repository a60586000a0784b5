rm -f to_delete.txt
