"""Outer middlewares: one DB session per update, skip re-delivered updates, the person, their locale."""
