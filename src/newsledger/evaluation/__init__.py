"""Evaluation harness: score newsledger against gold data written by others.

Each task module exposes ``evaluate(gold_path, pipeline) -> EvalResult``. Task modules:
``quotes`` (PolNeAR brat standoff), ``figures`` (NewsQuant JSON), ``events`` (PLOVER gold
records), ``seed`` (the acceptance article and its ``expected.json``).
"""

from __future__ import annotations

from .metrics import EvalResult, prf

__all__ = ["EvalResult", "prf"]
