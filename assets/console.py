"""A quiet console logger: warnings, and the messages the assets log themselves (progress, counts),
without Dagster's step and engine events. ``PLANDATA_LOG_LEVEL=DEBUG`` shows everything."""

from __future__ import annotations

import logging
import os
import sys

import dagster as dg


class _OwnMessages(logging.Filter):
    """Pass warnings and errors, and the INFO lines of user code (no Dagster event attached)."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno >= logging.WARNING:
            return True
        meta = getattr(record, "dagster_meta", None) or {}
        return meta.get("dagster_event") is None


class _Formatter(logging.Formatter):
    """``HH:MM:SS LEVEL step: message`` with the message as the asset wrote it."""

    def format(self, record: logging.LogRecord) -> str:
        meta = getattr(record, "dagster_meta", None) or {}
        step = meta.get("step_key") or ""
        message = meta.get("orig_message") or record.getMessage()
        return f"{self.formatTime(record, '%H:%M:%S')} {record.levelname} {step + ': ' if step else ''}{message}"


@dg.logger(config_schema={}, description="Quiet console: warnings and the assets' own progress lines.")
def quiet_console(init_context: dg.InitLoggerContext) -> logging.Logger:
    level = os.environ.get("PLANDATA_LOG_LEVEL", "INFO").upper()
    log = logging.Logger("plandata", level=level)
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(_Formatter())
    if level != "DEBUG":
        handler.addFilter(_OwnMessages())
    log.addHandler(handler)
    return log
