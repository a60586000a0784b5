main.c
