x = 1  # (TODO) check
