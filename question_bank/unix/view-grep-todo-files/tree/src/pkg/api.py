# todo in lower case does not count
