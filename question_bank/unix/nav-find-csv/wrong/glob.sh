ls -d ./*.csv ./*/*.csv 2>/dev/null
