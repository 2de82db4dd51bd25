"""Triage: flows as data (`flows/*.yaml`), a small pure engine, and their validation."""
