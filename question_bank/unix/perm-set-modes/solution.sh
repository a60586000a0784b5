chmod 750 deploy.sh
chmod 600 secrets.txt
