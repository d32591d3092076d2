"""psoas-desk: a desktop break and posture companion for people who sit a lot."""

__version__ = "0.1.0"
APP_NAME = "psoas-desk"
APP_ID = "org.psoasdesk.PsoasDesk"
