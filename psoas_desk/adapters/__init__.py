"""Adapters: the only code that talks to the operating system, one Protocol per capability."""
