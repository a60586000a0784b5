# TODO later
