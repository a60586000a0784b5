chmod -R a+x scripts
