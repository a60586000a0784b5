mkdir -p archive
find . -type f -name '*.log' ! -path './archive/*' -exec mv -t archive {} +
