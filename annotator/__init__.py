"""annotator: a desktop coding desk for conflict-event data."""

__version__ = "0.1.0"
