def connect():
    pass  # TODO
