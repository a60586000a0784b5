sed -i 's|http://|https://|g' links.txt
