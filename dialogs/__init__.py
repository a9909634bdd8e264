"""Conversational flows: one aiogram-dialog module per flow, plus the shared widgets."""
