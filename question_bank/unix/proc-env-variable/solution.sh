NAME=Ada bash greet.sh
