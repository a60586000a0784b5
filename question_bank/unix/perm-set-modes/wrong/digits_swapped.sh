chmod 705 deploy.sh
chmod 600 secrets.txt
