chmod a+x scripts/*.sh
