chmod -R 700 private
