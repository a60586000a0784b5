grep ERROR app.log | tail -n 3
