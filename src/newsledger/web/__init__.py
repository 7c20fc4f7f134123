"""The web app's building blocks: highlighting, charts, templates and static files.

The app itself (routes, API, security) is in :mod:`newsledger.serve`.
"""

from __future__ import annotations

from pathlib import Path

WEB_DIR = Path(__file__).resolve().parent
TEMPLATES_DIR = WEB_DIR / "templates"
STATIC_DIR = WEB_DIR / "static"
