chmod -R go-rwx private
