"""Files that run inside the sandbox: the Python and shell harnesses and the Java test driver."""
