"""The question bank: item files under ``question_bank/``, their validation and their loading into the database."""
