"""Thin Qt widgets: they render snapshots and emit intents as signals.

Nothing here reads storage, the engine or the app object directly.
"""
