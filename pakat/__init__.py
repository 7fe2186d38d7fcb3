"""Python SDK for the Pakat email-marketing API."""

__version__ = "0.1.0"

__all__ = ["__version__"]
