"""The Qt-free core: engine, settings model, routines.

Nothing under ``psoas_desk.core`` may import PySide6, apscheduler, platformdirs or
read ``os.environ``, the system clock or files: time and chance are injected.
"""
