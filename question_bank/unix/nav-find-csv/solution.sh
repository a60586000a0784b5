find . -type f -name '*.csv'
