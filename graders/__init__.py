"""Pure-Python graders for quizapp: math answer checking and sandboxed code execution.

Nothing in this package imports Flask: the web app, the command line and the benchmarks share it.
"""
