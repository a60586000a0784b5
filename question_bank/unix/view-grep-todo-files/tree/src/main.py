def main():
    # TODO: parse the arguments
    return 0
