"""Staff review of submitted readiness reports: dashboard, evidence, CSV, cohort statistics, cut scores, audit."""
