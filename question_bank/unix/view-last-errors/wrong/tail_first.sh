tail -n 3 app.log | grep ERROR
