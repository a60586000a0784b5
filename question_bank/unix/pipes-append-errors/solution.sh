grep ERROR today.log >> errors.log
