chmod +x deploy.sh
chmod 600 secrets.txt
