"""Files on disk: where they live (platformdirs), settings, history, state."""
