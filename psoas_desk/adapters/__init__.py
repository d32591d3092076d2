"""Adapters: operating-system capabilities, each behind one Protocol with several backends."""
