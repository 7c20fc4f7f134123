"""The web app behind ``newsledger serve``: :func:`newsledger.web.app.create_app` and ``run``.

``app`` builds the app, ``api`` and ``pages`` add its routes, ``security`` its guards,
``models`` the API's models, ``params`` limits and query parameters, ``state`` what routes
share; ``highlight`` and ``charts`` turn records into views; templates and static files are here.
"""

from __future__ import annotations

from pathlib import Path

WEB_DIR = Path(__file__).resolve().parent
TEMPLATES_DIR = WEB_DIR / "templates"
STATIC_DIR = WEB_DIR / "static"
