grep -v '^$' settings.conf | grep -vc '^[[:space:]]*#'
