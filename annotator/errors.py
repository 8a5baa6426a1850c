"""Errors a user can act on: the CLI prints them as one line, the GUI as a dialog."""


class AnnotatorError(Exception):
    """A problem with the user's input or environment, described in plain language."""


class DatabaseError(AnnotatorError):
    """The project database cannot be opened, created or written."""


class ImportRefusedError(AnnotatorError):
    """An import was refused; nothing was written."""


class CancelledError(AnnotatorError):
    """The user cancelled a long operation; everything it did was rolled back."""


class ExportRefusedError(AnnotatorError):
    """An export was refused or failed; no output file was left behind."""
