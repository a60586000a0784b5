"""Instructor pages: browse the bank, preview any variant, try answers against the real grader, item statistics."""
