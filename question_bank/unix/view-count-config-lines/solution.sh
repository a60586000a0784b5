grep -cvE '^[[:space:]]*(#|$)' settings.conf
