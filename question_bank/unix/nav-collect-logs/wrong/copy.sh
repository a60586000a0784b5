mkdir -p archive
find . -type f -name '*.log' ! -path './archive/*' -exec cp {} archive/ \;
