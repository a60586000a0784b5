bash greet.sh Ada
