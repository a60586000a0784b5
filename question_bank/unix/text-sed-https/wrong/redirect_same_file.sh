sed 's|http://|https://|g' links.txt > links.txt
