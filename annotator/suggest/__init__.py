"""Suggesters: what the machine finds in an article before a coder reads it."""
