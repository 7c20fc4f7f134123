"""The app's guards: who may bind where, the bearer token, request bodies and response headers.

Article text is untrusted, so every response carries a Content-Security-Policy that lets in only
the app's own scripts and styles (no inline script); request bodies of the write endpoints are
checked (token, media type) and capped before they are read; the server binds to 127.0.0.1
unless a bearer token guards the write endpoints.
"""

from __future__ import annotations

import ipaddress
import os
import re
import secrets
from urllib.parse import parse_qs, urlencode

from fastapi.responses import JSONResponse, RedirectResponse
from starlette.datastructures import Headers
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ..errors import NewsledgerError

MAX_BODY_BYTES = 1_000_000
MIN_TOKEN_CHARS = 16
TOKEN_ENV = "NEWSLEDGER_TOKEN"
READ_TOKEN_ENV = "NEWSLEDGER_READ_TOKEN"  # when set, every request needs it (or the write token)
CORS_ENV = "NEWSLEDGER_CORS_ORIGINS"  # comma-separated origins other front-ends load from
READ_COOKIE = "newsledger_read"
OPEN_PATHS = ("/static/", "/favicon.ico")  # served without the read token (no data in them)
WRITE_ROUTES = frozenset({("POST", "/api/articles"), ("POST", "/api/uploads")})  # take a body
LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1", "[::1]")

# Plotly draws with SVG and sets styles through the CSSOM, which CSP allows; it needs neither
# 'unsafe-eval' (only its WebGL traces compile code, and the app uses none) nor inline script.
CONTENT_SECURITY_POLICY = "; ".join([
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
])
SECURITY_HEADERS = (
    (b"content-security-policy", CONTENT_SECURITY_POLICY.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cross-origin-resource-policy", b"same-origin"),
)


def is_loopback(host: str) -> bool:
    """True for addresses only this machine can reach (127.0.0.0/8, ::1, localhost)."""
    if host.strip("[]").lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def resolve_token(token: str | None) -> str | None:
    """The token given, else the one in ``NEWSLEDGER_TOKEN``; blank means none."""
    value = token if token is not None else os.environ.get(TOKEN_ENV)
    return value.strip() or None if value is not None else None


def resolve_read_token(token: str | None) -> str | None:
    """The read token given, else ``NEWSLEDGER_READ_TOKEN``; blank means reads are open."""
    value = token if token is not None else os.environ.get(READ_TOKEN_ENV)
    value = value.strip() or None if value is not None else None
    if value is not None and len(value) < MIN_TOKEN_CHARS:
        raise NewsledgerError(f"the read token is too short: use at least {MIN_TOKEN_CHARS} characters")
    return value


def resolve_cors(origins: tuple[str, ...] | None) -> tuple[str, ...]:
    """The origins given, else those in ``NEWSLEDGER_CORS_ORIGINS`` (none: CORS stays off).

    Each must be a full origin (``https://host[:port]``); ``*`` is refused, since the API takes
    a bearer token."""
    if origins is None:
        origins = tuple(o for o in os.environ.get(CORS_ENV, "").split(",") if o.strip())
    out = tuple(o.strip().rstrip("/") for o in origins)
    bad = [o for o in out if not re.match(r"^https?://[A-Za-z0-9.\-\[\]:]+$", o)]
    if bad:
        raise NewsledgerError(f"not an origin for CORS: {bad[0]!r} (give e.g. https://example.org)")
    return out


def check_bind(host: str, token: str | None) -> None:
    """Refuse a bind that would expose the write endpoints without a token."""
    if is_loopback(host):
        return
    if not token:
        raise NewsledgerError(
            f"refusing to listen on {host}: other machines could add articles. Give a bearer "
            f"token with --token or the {TOKEN_ENV} environment variable (write requests must then "
            "send 'Authorization: Bearer <token>'), or listen on 127.0.0.1"
        )
    if len(token) < MIN_TOKEN_CHARS:
        raise NewsledgerError(
            f"the token is too short to guard a server on {host}: use at least {MIN_TOKEN_CHARS} "
            "characters (for example the output of: python -c \"import secrets; "
            "print(secrets.token_urlsafe(24))\")"
        )


def token_ok(header: str | None, token: str) -> bool:
    scheme, _, value = (header or "").partition(" ")
    return scheme.lower() == "bearer" and secrets.compare_digest(value.strip().encode(), token.encode())



async def send_error(scope: Scope, receive: Receive, send: Send, status: int, detail: str,
                      headers: dict[str, str] | None = None) -> None:
    await JSONResponse({"detail": detail}, status_code=status, headers=headers)(scope, receive, send)


class RequestGuard:
    """Checks requests to the write endpoints before any body is read: token, media type, size.

    The size cap holds for chunked bodies too: at most ``max_body`` bytes are ever read. Other
    requests pass through (no other route reads a body; wrong methods get 405 from the router).
    """

    def __init__(self, app: ASGIApp, *, max_body: int, token: str | None,
                 write_routes: frozenset[tuple[str, str]] = WRITE_ROUTES) -> None:
        self.app = app
        self.max_body = max_body
        self.token = token
        self.write_routes = write_routes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or (scope["method"], scope["path"].rstrip("/")) not in self.write_routes:
            await self.app(scope, receive, send)
            return
        headers = Headers(scope=scope)
        if self.token and not token_ok(headers.get("authorization"), self.token):
            await send_error(scope, receive, send, 401,
                              "missing or wrong bearer token (send 'Authorization: Bearer <token>')",
                              {"WWW-Authenticate": "Bearer"})
            return
        media = headers.get("content-type", "").split(";")[0].strip().lower()
        if media != "application/json":
            await send_error(scope, receive, send, 415,
                              "send the request body as JSON (Content-Type: application/json)")
            return
        too_big = f"request body too large (limit {self.max_body:,} bytes)"
        declared = headers.get("content-length")
        if declared is not None:
            if not declared.isdigit():
                await send_error(scope, receive, send, 400, "invalid Content-Length header")
                return
            if int(declared) > self.max_body:
                await send_error(scope, receive, send, 413, too_big)
                return
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_body:
                await send_error(scope, receive, send, 413, too_big)
                return
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        body = b"".join(chunks)
        sent = False

        async def replay() -> Message:
            nonlocal sent
            if not sent:
                sent = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)


class ReadGuard:
    """Asks every request for the read token, when the app has one: ``Authorization: Bearer``
    (the write token works too), or the cookie a browser gets by opening any page once with
    ``?token=...`` (it is then sent back to the same address without the token in it)."""

    def __init__(self, app: ASGIApp, *, read_token: str, write_token: str | None) -> None:
        self.app = app
        self.tokens = [t for t in (read_token, write_token) if t]

    def _ok(self, value: str | None) -> bool:
        return bool(value) and any(secrets.compare_digest(value.encode(), t.encode())  # type: ignore[union-attr]
                                   for t in self.tokens)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] == "OPTIONS" or scope["path"].startswith(OPEN_PATHS):
            await self.app(scope, receive, send)
            return
        headers = Headers(scope=scope)
        scheme, _, bearer = (headers.get("authorization") or "").partition(" ")
        cookies = dict(c.strip().partition("=")[::2] for c in headers.get("cookie", "").split(";") if "=" in c)
        if (scheme.lower() == "bearer" and self._ok(bearer.strip())) or self._ok(cookies.get(READ_COOKIE)):
            await self.app(scope, receive, send)
            return
        query = parse_qs(scope.get("query_string", b"").decode("latin-1"), keep_blank_values=True)
        given = (query.pop("token", None) or [None])[0]
        if self._ok(given):
            target = scope["path"] + ("?" + urlencode(query, doseq=True) if query else "")
            cookie = f"{READ_COOKIE}={given}; Path=/; HttpOnly; SameSite=Strict"
            await RedirectResponse(target, status_code=303, headers={"Set-Cookie": cookie})(
                scope, receive, send)
            return
        await send_error(scope, receive, send, 401,
                         "this server needs its read token: send 'Authorization: Bearer <token>', "
                         "or open a page once with ?token=<token>", {"WWW-Authenticate": "Bearer"})


class SecurityHeaders:
    """Adds the Content-Security-Policy and related headers to every response."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                present = {k.lower() for k, _ in message.get("headers", [])}
                extra = [(k, v) for k, v in SECURITY_HEADERS if k not in present]
                message = {**message, "headers": [*message.get("headers", []), *extra]}
            await send(message)

        await self.app(scope, receive, send_with_headers)

