grep ERROR app.log | head -n 3
