"""A throwaway PostgreSQL server for the tests (no fixtures here: see conftest.py).

The server runs from the Debian (or PATH) binaries, in a temporary data directory, on a free port
of 127.0.0.1 with trust authentication. PostgreSQL refuses to run as root, so under root (as in
CI) initdb and pg_ctl run as the ``postgres`` OS user, which owns the data directory.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

SERVER_USER = "postgres"


def find_bindir() -> Path | None:
    """The directory of initdb, pg_ctl and postgres: $PG_BINDIR, the newest Debian version, or PATH."""
    candidates = [os.environ.get("PG_BINDIR", "")]
    candidates += sorted(glob.glob("/usr/lib/postgresql/*/bin"),
                         key=lambda p: int(Path(p).parent.name) if Path(p).parent.name.isdigit() else 0,
                         reverse=True)
    initdb = shutil.which("initdb")
    if initdb:
        candidates.append(str(Path(initdb).parent))
    for c in candidates:
        if c and all((Path(c) / tool).is_file() for tool in ("initdb", "pg_ctl", "postgres")):
            return Path(c)
    return None


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class PgServer:
    bindir: Path
    root: Path
    port: int
    as_user: str | None  # run the server tools as this OS user (when we are root)

    @property
    def datadir(self) -> Path:
        return self.root / "data"

    def _run(self, *args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
        cmd = list(args)
        if self.as_user:
            cmd = ["runuser", "-u", self.as_user, "--", *cmd]
        return subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, check=False,
                              cwd=self.root)

    def _check(self, proc: subprocess.CompletedProcess[str], what: str) -> None:
        if proc.returncode != 0:
            log = self.root / "server.log"
            tail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
            raise RuntimeError(f"{what} failed ({proc.returncode}): {proc.stderr.strip()}\n{tail}")

    def start(self) -> None:
        self._check(self._run(str(self.bindir / "initdb"), "-D", str(self.datadir), "-U", "postgres",
                              "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"),
                    "initdb")
        opts = (f"-c listen_addresses=127.0.0.1 -p {self.port} -k {self.root} -c fsync=off "
                "-c synchronous_commit=off -c full_page_writes=off -c max_connections=100")
        self._check(self._run(str(self.bindir / "pg_ctl"), "-D", str(self.datadir), "-l",
                              str(self.root / "server.log"), "-o", opts, "-w", "-t", "60", "start"),
                    "pg_ctl start")

    def stop(self) -> None:
        self._run(str(self.bindir / "pg_ctl"), "-D", str(self.datadir), "-m", "fast", "-w", "stop")

    def url(self, dbname: str = "postgres") -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{dbname}"


def start_server(bindir: Path) -> PgServer:
    """Start a server in a new temporary directory (owned by ``postgres`` when we are root)."""
    as_user = None
    # under root, a directory the postgres user can reach (TMPDIR may sit in a private home)
    root = Path(tempfile.mkdtemp(prefix="newsledger-pg-", dir="/tmp" if os.geteuid() == 0 else None))
    if os.geteuid() == 0:
        as_user = SERVER_USER
        pw = pwd.getpwnam(SERVER_USER)  # KeyError when the postgres user does not exist
        os.chown(root, pw.pw_uid, pw.pw_gid)
    server = PgServer(bindir=bindir, root=root, port=free_port(), as_user=as_user)
    try:
        server.start()
    except BaseException:
        shutil.rmtree(root, ignore_errors=True)
        raise
    return server


def remove(server: PgServer) -> None:
    server.stop()
    shutil.rmtree(server.root, ignore_errors=True)
