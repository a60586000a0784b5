for step in 1 2 3; do
    echo "step $step ok"
    echo "step $step: deprecated flag" >&2
done
