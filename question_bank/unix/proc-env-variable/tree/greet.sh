echo "Hello, ${NAME:-stranger}!"
