echo "compiling main.c"
echo "warning: unused variable x" >&2
echo "linking app"
echo "error: missing symbol foo" >&2
echo "done"
