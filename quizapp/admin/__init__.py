"""Administrators' pages: the accounts (find, invite, change a role, lift a lock-out, send a reset link)."""
