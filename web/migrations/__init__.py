"""Alembic migrations of the website database (run at start-up)."""
