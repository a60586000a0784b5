find scripts -type f -name '*.sh' -exec chmod u+x {} +
