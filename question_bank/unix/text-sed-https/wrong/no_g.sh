sed -i 's|http://|https://|' links.txt
