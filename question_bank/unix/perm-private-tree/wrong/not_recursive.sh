chmod go-rwx private
