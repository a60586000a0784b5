mkdir -p archive
find . -name '*.log' ! -path './archive*' -exec mv -t archive {} +
