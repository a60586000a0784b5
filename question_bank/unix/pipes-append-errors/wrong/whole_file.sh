cat today.log >> errors.log
