grep -v '^#' settings.conf | grep -vc '^$'
