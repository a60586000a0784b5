"""Taking assessments: start an attempt, answer one item per page, see feedback and results."""
