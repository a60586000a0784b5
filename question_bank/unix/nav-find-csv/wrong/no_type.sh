find . -name '*.csv'
