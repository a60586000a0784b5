TODOS = []  # a list named TODOS is not a TODO
