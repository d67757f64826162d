"""Benchmark: what a class needs from a JupyterHub, measured (Linux only: memory from /proc).

    python benchmarks/classroom_hub.py --users 10       # all three parts (10 users by default)
    python benchmarks/classroom_hub.py --only kernels   # one part: kernels, server or hub
    python benchmarks/classroom_hub.py --notebook mix   # hub part: a mix of lessons, not 07

Memory is resident memory (VmRSS, MiB) and its high-water mark (VmHWM: the peak RSS of a
process over its life), read from ``/proc/<pid>/status``; times are wall-clock seconds.

1. **kernels**: each ``notebooks/*.ipynb`` runs in a fresh ipykernel of this repository's Python
   (nbclient, cwd ``notebooks/``, ``OPENBLAS_NUM_THREADS=1``, no widget state stored); once its
   last cell has run, the kernel's RSS and VmHWM are read, then it is shut down.
2. **server**: one JupyterLab server (``python -m jupyter lab``, what each student's server is)
   in a temporary home: RSS when ``/api/status`` first answers, then RSS and VmHWM after the
   ``/lab`` page has been served once (what a student's browser asks for first).
3. **hub**: a local JupyterHub on 127.0.0.1 (shared-password login, the local process spawner
   ``simple``, configurable-http-proxy) with ``--users`` students, all driven through HTTP:
   the admin service creates the users; every student logs in through the REST API with the
   shared password (``POST /hub/api/users/<name>/tokens``) and, with that token, starts their
   server (timed until all are ready and answer), has nbgitpuller pull this repository into
   their home (``/user/<name>/git-pull/api``, from ``file://`` + this clone: no network; all at
   once, timed) and runs one notebook through their own server, as JupyterLab does: a session
   (``/api/sessions``), then every code cell sent over the kernel's websocket (all at once;
   time from reading the notebook to the last cell's reply). Kernels stay open afterwards, as
   they would in a class; they talk to their servers over Unix sockets (``ipc``), since kernels
   of many servers on one machine, started at once, can pick the same TCP port (seen with 30
   users). The RSS of every process under the hub (hub, proxy, servers, kernels, git) is summed
   every 0.5 s; the peak and the peak per student (students' processes / N, and everything / N)
   are reported. Everything is stopped at the end, also on error, Ctrl+C or SIGTERM; any process
   it saw still running 15 s after the hub has stopped is killed and listed.

JupyterHub 5.3+ deprecates ``DummyAuthenticator.password``; its successor for one password
shared by a class, ``SharedPasswordAuthenticator``, is used. The hub's software (jupyterhub,
nbgitpuller; configurable-http-proxy from npm) is not in the project's lock: the first run (and
a run after the lock changes) installs it, with the locked packages as constraints, the locked
collection and the package itself, into ``build/hub-bench/`` (a minute; needs PyPI and npm).
Results are printed as Markdown tables and written to ``benchmarks/results/classroom_hub.json``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import secrets
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import tomllib
import urllib.error
import urllib.parse
import urllib.request
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))  # the browser tests' JupyterLab driver

from browser import lab_driver  # noqa: E402
from browser.lab_driver import free_port  # noqa: E402

LOCK = ROOT / "requirements" / "lock.txt"
BENCH = ROOT / "build" / "hub-bench"
VENV = BENCH / "venv"
PYTHON = VENV / "bin" / "python"
PROXY = BENCH / "node_modules" / ".bin" / "configurable-http-proxy"
STAMP = BENCH / "installed.txt"
RESULTS = ROOT / "benchmarks" / "results" / "classroom_hub.json"
HUB_PACKAGES = ("jupyterhub>=5.3,<6", "nbgitpuller>=1.2,<2")
PROXY_PACKAGE = "configurable-http-proxy@4"
#: One BLAS thread per kernel, as in the build: threaded BLAS stalls on a busy 2-core machine.
THREADS = {"OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1"}
#: The folder nbgitpuller makes in each home: the repository's name, as in the students' link.
TARGET = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["urls"]["Repository"]
TARGET = TARGET.rstrip("/").rsplit("/", 1)[1]
TIMEOUT_S = 900


def allow_root() -> list[str]:
    return ["--allow-root"] if os.geteuid() == 0 else []


# -- /proc ----------------------------------------------------------------------------------------
def status_mib(pid: int, field: str) -> float:
    """A field of /proc/<pid>/status in MiB (VmRSS: resident now; VmHWM: resident at peak);
    0 when the process has gone."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def stat(pid: int) -> tuple[int, int] | None:
    """(parent pid, start time in clock ticks) of ``pid``, or None when it has gone."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return None
    return int(fields[1]), int(fields[19])


def command_line(pid: int) -> str:
    try:
        return (
            Path(f"/proc/{pid}/cmdline")
            .read_bytes()
            .replace(b"\0", b" ")
            .decode("utf-8", "replace")
        )
    except OSError:
        return ""


def descendants(root: int) -> dict[int, int]:
    """``root`` and every process under it: {pid: start time}."""
    children: dict[int, list[int]] = {}
    starts = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit() and (found := stat(int(entry.name))):
            children.setdefault(found[0], []).append(int(entry.name))
            starts[int(entry.name)] = found[1]
    tree, todo = {}, [root]
    while todo:
        pid = todo.pop()
        if pid in starts:
            tree[pid] = starts[pid]
            todo.extend(children.get(pid, []))
    return tree


def is_hub_side(pid: int, hub_pid: int) -> bool:
    """The hub itself or its proxy (shared by the class), not a student's process."""
    return pid == hub_pid or "configurable-http-proxy" in command_line(pid)


class Sampler:
    """Sums the RSS (MiB) of the hub and every process under it every ``every_s`` seconds,
    keeping the peaks and every process seen (to stop leftovers)."""

    def __init__(self, every_s: float = 0.5):
        self.every_s, self.hub_pid = every_s, None
        self.peak = {"total": 0.0, "students": 0.0, "hub and proxy": 0.0}
        self.seen: dict[int, int] = {}
        self.samples = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def sample(self) -> dict[str, float]:
        """MiB now: everything, the students' processes, the hub and proxy."""
        tree = descendants(self.hub_pid) if self.hub_pid else {}
        self.seen.update(tree)
        rss = {pid: status_mib(pid, "VmRSS") for pid in tree}
        hub = sum(mib for pid, mib in rss.items() if is_hub_side(pid, self.hub_pid))
        total = sum(rss.values())
        return {"total": total, "students": total - hub, "hub and proxy": hub}

    def _run(self):
        while not self._stop.is_set():
            for key, value in self.sample().items():
                self.peak[key] = max(self.peak[key], value)
            self.samples += 1
            self._stop.wait(self.every_s)

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()


def stop_leftovers(seen: dict[int, int], grace_s: float = 15) -> list[str]:
    """Wait up to ``grace_s`` for the processes in ``seen`` to end, then terminate (and kill)
    those still running (same pid and start time); their command lines."""
    seen = dict(seen)  # a copy: the sampler may still be adding to it

    def running(pids):
        return [pid for pid in pids if (now := stat(pid)) and now[1] == seen[pid]]

    deadline = time.monotonic() + grace_s
    while (alive := running(seen)) and time.monotonic() < deadline:
        time.sleep(0.5)
    left = [command_line(pid)[:120] for pid in alive]
    for sig in (signal.SIGTERM, signal.SIGKILL):
        for pid in alive:
            try:
                os.kill(pid, sig)
            except ProcessLookupError:
                pass
        if alive:
            time.sleep(3)
        alive = running(alive)
    return left


# -- printing -------------------------------------------------------------------------------------
def markdown_table(header: list[str], rows: list[list]) -> str:
    """A Markdown table; floats with one decimal (seconds) or none (MiB) as given by ``rows``."""
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(str(cell) for cell in row) + " |" for row in rows]
    return "\n".join(lines)


# -- part 1: a kernel after each notebook ---------------------------------------------------------
def kernel_memory(path: Path) -> dict:
    """Run ``path`` in a fresh kernel: seconds, and the kernel's RSS and VmHWM (MiB) after its
    last cell."""
    import nbformat
    from nbclient import NotebookClient

    found = {"notebook": path.stem}

    def measure(**_):  # after every cell: the last reading is the one after the notebook
        pid = client.km.provisioner.process.pid
        found.update(rss=status_mib(pid, "VmRSS"), peak=status_mib(pid, "VmHWM"))

    client = NotebookClient(
        nbformat.read(path, as_version=4),
        timeout=TIMEOUT_S,
        kernel_name="python3",
        store_widget_state=False,
        extra_arguments=["--IPKernelApp.log_level=ERROR"],
        resources={"metadata": {"path": str(path.parent)}},
        on_cell_executed=measure,
    )
    start = time.perf_counter()
    client.execute(env={**os.environ, **THREADS})
    return {**found, "seconds": time.perf_counter() - start}


def part_kernels(_args, results: dict) -> None:
    rows = [kernel_memory(path) for path in sorted((ROOT / "notebooks").glob("*.ipynb"))]
    rss, peaks = [r["rss"] for r in rows], [r["peak"] for r in rows]
    table = [
        [r["notebook"], f"{r['seconds']:.1f}", f"{r['rss']:.0f}", f"{r['peak']:.0f}"] for r in rows
    ]
    table.append(
        ["**median**", "", f"{statistics.median(rss):.0f}", f"{statistics.median(peaks):.0f}"]
    )
    table.append(["**max**", "", f"{max(rss):.0f}", f"{max(peaks):.0f}"])
    print(markdown_table(["notebook", "run (s)", "RSS after (MiB)", "peak VmHWM (MiB)"], table))
    results["kernels"] = {
        "notebooks": rows,
        "median_rss": statistics.median(rss),
        "max_rss": max(rss),
        "median_peak": statistics.median(peaks),
        "max_peak": max(peaks),
    }


# -- part 2: one JupyterLab server ----------------------------------------------------------------
def http(url: str, token: str | None = None, method: str = "GET", body=None, timeout_s=60):
    """Answer of an HTTP request with an optional token and JSON body: parsed JSON, or the raw
    bytes when it is not JSON, or None when empty."""
    data = None if body is None else json.dumps(body).encode()
    headers = {"Authorization": f"token {token}"} if token else {}
    request = urllib.request.Request(url, data=data, method=method, headers=headers)
    with urllib.request.urlopen(request, timeout=timeout_s) as answer:
        raw = answer.read()
    try:
        return json.loads(raw) if raw else None
    except ValueError:
        return raw


def wait_for(url: str, timeout_s: float, token: str | None = None, process=None) -> None:
    """Poll ``url`` every 0.2 s until it answers; raise TimeoutError, or RuntimeError if
    ``process`` (the one that should answer) has ended."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise RuntimeError(f"{process.args[0]} ended with status {process.returncode}")
        try:
            http(url, token, timeout_s=5)
            return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            time.sleep(0.2)
    raise TimeoutError(f"{url} did not answer within {timeout_s:.0f} s")


def stop_group(process: subprocess.Popen, timeout_s: float = 30) -> None:
    """Stop a process started in its own session, and its process group."""
    if process.poll() is None:
        try:
            os.killpg(process.pid, signal.SIGTERM)
            process.wait(timeout=timeout_s)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
        except ProcessLookupError:
            pass


def part_server(_args, results: dict) -> None:
    """One JupyterLab server alone (the browser tests' ``LabServer``, no notebook open)."""
    with tempfile.TemporaryDirectory(prefix="lab-bench-") as home:
        server = lab_driver.LabServer(Path(home), notebooks=Path(home) / "none")
        start = time.perf_counter()
        server.start(timeout_s=120)
        try:
            pid = server.process.pid
            found = {"ready_s": time.perf_counter() - start, "rss_ready": status_mib(pid, "VmRSS")}
            http(f"{server.base}/lab", server.token)
            time.sleep(2)
            found.update(rss=status_mib(pid, "VmRSS"), peak=status_mib(pid, "VmHWM"))
        finally:
            server.stop()
    print(
        markdown_table(
            [
                "JupyterLab server",
                "ready (s)",
                "RSS ready (MiB)",
                "RSS after /lab (MiB)",
                "VmHWM (MiB)",
            ],
            [
                [
                    "one, alone",
                    f"{found['ready_s']:.1f}",
                    f"{found['rss_ready']:.0f}",
                    f"{found['rss']:.0f}",
                    f"{found['peak']:.0f}",
                ]
            ],
        )
    )
    results["server"] = found


# -- part 3: a local JupyterHub -------------------------------------------------------------------
def fingerprint() -> str:
    """What the hub's environment is installed from: the lock and the extra packages."""
    text = LOCK.read_bytes() + repr((HUB_PACKAGES, PROXY_PACKAGE)).encode()
    return hashlib.sha256(text).hexdigest()


def install_hub() -> None:
    """The lock, the package (editable, no dependencies) and JupyterHub with nbgitpuller (the lock
    as constraints) into build/hub-bench/venv; configurable-http-proxy from npm beside it."""
    if STAMP.exists() and STAMP.read_text() == fingerprint() and PYTHON.exists() and PROXY.exists():
        return
    print(
        f"installing JupyterHub, nbgitpuller, the locked collection and configurable-http-proxy "
        f"into {BENCH.relative_to(ROOT)}/ (first run, or the lock changed; not in the lock)",
        flush=True,
    )
    BENCH.mkdir(parents=True, exist_ok=True)
    if not PYTHON.exists():
        subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
    uv = [sys.executable, "-m", "uv", "pip", "install", "--quiet", "--python", str(PYTHON)]
    subprocess.run([*uv, "-r", str(LOCK)], check=True)
    subprocess.run([*uv, "--no-deps", "-e", str(ROOT)], check=True)
    subprocess.run([*uv, "-c", str(LOCK), *HUB_PACKAGES], check=True)
    npm = ["npm", "install", "--prefix", str(BENCH), "--no-audit", "--no-fund", "--silent"]
    subprocess.run([*npm, PROXY_PACKAGE], check=True)
    STAMP.write_text(fingerprint())


def hub_versions() -> dict:
    """Versions of what the hub part runs (from its venv and node_modules)."""
    names = ("jupyterhub", "nbgitpuller", "jupyterlab", "jupyter_server", "ipykernel")
    code = "import importlib.metadata as m, json; "
    code += f"print(json.dumps({{n: m.version(n) for n in {names!r}}}))"
    found = json.loads(
        subprocess.run([str(PYTHON), "-c", code], capture_output=True, check=True).stdout
    )
    package = BENCH / "node_modules" / "configurable-http-proxy" / "package.json"
    found["configurable-http-proxy"] = json.loads(package.read_text())["version"]
    return found


HUB_CONFIG = """\
c = get_config()  # noqa: F821
c.JupyterHub.ip = "127.0.0.1"
c.JupyterHub.port = {port}
c.JupyterHub.hub_port = {hub_port}
c.JupyterHub.db_url = {db_url!r}
c.JupyterHub.cookie_secret_file = {secret!r}
c.ConfigurableHTTPProxy.command = [{proxy!r}]
c.ConfigurableHTTPProxy.api_url = "http://127.0.0.1:{proxy_api}"
# one password for the whole class; the users the admin service creates may log in
c.JupyterHub.authenticator_class = "shared-password"
c.SharedPasswordAuthenticator.user_password = {password!r}
c.Authenticator.allow_existing_users = True
c.JupyterHub.spawner_class = "simple"
c.SimpleLocalProcessSpawner.home_dir_template = {homes!r} + "/{{username}}"
c.Spawner.cmd = [{singleuser!r}]
c.Spawner.args = {args!r}
# Kernels talk to their server over Unix sockets: with many servers on one machine, kernels started
# at the same moment can pick the same local TCP port ("Address already in use", seen with 30
# users). A socket's path must be short (107 bytes): each server's runtime folder is short.
c.Spawner.args += ["--KernelManager.transport=ipc"]
c.Spawner.environment = dict(
    {threads!r}, JUPYTER_RUNTIME_DIR=lambda spawner: {runtime!r} + spawner.user.name
)
c.Spawner.default_url = "/lab"
c.Spawner.start_timeout = 600
c.Spawner.http_timeout = 600
c.JupyterHub.services = [{{"name": "bench", "api_token": {token!r}}}]
c.JupyterHub.load_roles = [
    {{"name": "bench", "services": ["bench"], "scopes": ["admin:users", "admin:servers"]}}
]
"""


class Hub:
    """A local JupyterHub in ``folder`` for ``n_users`` students, driven over HTTP only."""

    def __init__(self, folder: Path, n_users: int):
        self.folder, self.port = folder, free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.users = [f"student{i:02d}" for i in range(1, n_users + 1)]
        self.admin, self.password = secrets.token_hex(16), secrets.token_urlsafe(12)
        self.tokens: dict[str, str] = {}
        self.process: subprocess.Popen | None = None

    def config(self) -> str:
        return HUB_CONFIG.format(
            port=self.port,
            hub_port=free_port(),
            proxy_api=free_port(),
            db_url=f"sqlite:///{self.folder}/hub.sqlite",
            secret=str(self.folder / "cookie_secret"),
            proxy=str(PROXY),
            password=self.password,
            homes=str(self.folder / "homes"),
            runtime=f"{self.folder}/run/",
            singleuser=str(VENV / "bin" / "jupyterhub-singleuser"),
            args=allow_root(),
            threads=THREADS,
            token=self.admin,
        )

    def start(self, memory: Sampler) -> float:
        """Start the hub (and so its proxy); seconds until its API answers."""
        (self.folder / "homes").mkdir(parents=True)
        (self.folder / "config.py").write_text(self.config())
        path = f"{VENV / 'bin'}{os.pathsep}{os.environ.get('PATH', '')}"
        env = {**os.environ, "PATH": path, "VIRTUAL_ENV": str(VENV)}
        command = [str(VENV / "bin" / "jupyterhub"), "-f", str(self.folder / "config.py")]
        start = time.perf_counter()
        with open(self.folder / "hub.log", "w") as log:
            self.process = subprocess.Popen(
                command,
                cwd=self.folder,
                env=env,
                start_new_session=True,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        memory.hub_pid = self.process.pid
        wait_for(f"{self.url}/hub/api/", 120, process=self.process)
        return time.perf_counter() - start

    def api(self, method: str, path: str, token: str, body=None, timeout_s: float = 60):
        return http(f"{self.url}/hub/api/{path}", token, method, body, timeout_s)

    def create_users(self) -> None:
        """The admin service creates the class list."""
        self.api("POST", "users", self.admin, {"usernames": self.users})

    def log_in(self, user: str) -> None:
        """The student logs in through the REST API with the shared password (no token): the
        hub checks it with its authenticator and gives them their own token."""
        auth = {"auth": {"username": user, "password": self.password}, "note": "benchmark"}
        answer = http(f"{self.url}/hub/api/users/{user}/tokens", None, "POST", auth)
        self.tokens[user] = answer["token"]

    def start_server(self, user: str) -> float:
        """The student starts their server; seconds until the hub says it is ready and it answers
        through the proxy."""
        token, start = self.tokens[user], time.perf_counter()
        self.api("POST", f"users/{user}/server", token, timeout_s=120)
        while not self.api("GET", f"users/{user}", token)["servers"].get("", {}).get("ready"):
            if time.perf_counter() - start > TIMEOUT_S:
                raise TimeoutError(f"{user}'s server not ready after {TIMEOUT_S} s")
            time.sleep(0.5)
        http(f"{self.url}/user/{user}/api/status", token)
        return time.perf_counter() - start

    def pull(self, user: str) -> float:
        """nbgitpuller, through the student's server, clones this repository (file://, branch
        main) into their home; reads its server-sent events until it has finished; seconds."""
        query = {"repo": ROOT.as_uri(), "branch": "main", "targetpath": TARGET}
        url = f"{self.url}/user/{user}/git-pull/api?{urllib.parse.urlencode(query)}"
        request = urllib.request.Request(
            url, headers={"Authorization": f"token {self.tokens[user]}"}
        )
        start = time.perf_counter()
        with urllib.request.urlopen(request, timeout=TIMEOUT_S) as stream:
            for raw in stream:
                line = raw.decode(errors="replace").strip()
                event = json.loads(line[5:]) if line.startswith("data:") else {}
                if event.get("phase") == "error":
                    raise RuntimeError(f"nbgitpuller failed for {user}: {event.get('message')}")
                if event.get("phase") == "finished":
                    return time.perf_counter() - start
        raise RuntimeError(f"nbgitpuller for {user} ended without finishing")

    def run_notebook(self, user: str, stem: str) -> float:
        """As JupyterLab does: read the student's copy of ``stem`` through their server, start a
        session (a kernel in the notebook's folder) and run every code cell over the kernel's
        websocket; seconds from reading the notebook to the last cell's reply."""
        base, token = f"{self.url}/user/{user}", self.tokens[user]
        path = f"{TARGET}/notebooks/{stem}.ipynb"
        start = time.perf_counter()
        nb = http(f"{base}/api/contents/{urllib.parse.quote(path)}?type=notebook", token)["content"]
        model = {"path": path, "type": "notebook", "name": "", "kernel": {"name": "python3"}}
        kernel = http(f"{base}/api/sessions", token, "POST", model)["kernel"]["id"]
        cells = [cell_source(c) for c in nb["cells"] if c["cell_type"] == "code"]
        socket_url = "ws" + base[len("http") :] + f"/api/kernels/{kernel}/channels"
        run_cells(f"{socket_url}?session_id={uuid.uuid4().hex}", token, cells)
        return time.perf_counter() - start

    def stop(self) -> None:
        """Stop the hub: on SIGTERM it stops every student's server and its proxy."""
        if self.process is not None:
            stop_group(self.process, timeout_s=120)


# -- the kernel messaging protocol over a websocket (jupyter_server's JSON form) ------------------
def cell_source(cell: dict) -> str:
    source = cell["source"]
    return source if isinstance(source, str) else "".join(source)


def kernel_request(session: str, msg_type: str, content: dict) -> dict:
    header = {
        "msg_id": uuid.uuid4().hex,
        "msg_type": msg_type,
        "session": session,
        "username": "benchmark",
        "date": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "version": "5.3",
    }
    return {
        "header": header,
        "parent_header": {},
        "metadata": {},
        "content": content,
        "channel": "shell",
        "buffers": [],
    }


def decode(frame: str | bytes) -> dict:
    """A message from the websocket: JSON text, or a binary frame (offsets, JSON, buffers)."""
    if isinstance(frame, str):
        return json.loads(frame)
    parts = int.from_bytes(frame[:4], "big")
    offsets = [int.from_bytes(frame[4 * i : 4 * i + 4], "big") for i in range(1, parts + 1)]
    return json.loads(frame[offsets[0] : offsets[1] if parts > 1 else None])


def await_reply(connection, msg_id: str, reply_type: str, idle: bool = True) -> dict:
    """Read messages until the reply to ``msg_id`` (and, with ``idle``, the kernel's idle status
    after it, so that all its output has come)."""
    reply, done = None, not idle
    while reply is None or not done:
        message = decode(connection.recv())
        if message.get("parent_header", {}).get("msg_id") != msg_id:
            continue
        kind = message["header"]["msg_type"]
        if kind == reply_type:
            reply = message
        elif kind == "status" and message["content"]["execution_state"] == "idle":
            done = True
    return reply


def run_cells(url: str, token: str, cells: list[str]) -> None:
    """Run ``cells`` one after another in the kernel at ``url``; raise on the first error."""
    import websocket  # websocket-client, a dependency of jupyter_server

    connection = websocket.create_connection(
        url, header=[f"Authorization: token {token}"], timeout=TIMEOUT_S
    )
    session = uuid.uuid4().hex
    try:
        info = kernel_request(session, "kernel_info_request", {})
        connection.send(json.dumps(info))
        await_reply(connection, info["header"]["msg_id"], "kernel_info_reply", idle=False)
        for number, code in enumerate(cells, start=1):
            content = {
                "code": code,
                "silent": False,
                "store_history": True,
                "user_expressions": {},
                "allow_stdin": False,
                "stop_on_error": True,
            }
            request = kernel_request(session, "execute_request", content)
            connection.send(json.dumps(request))
            reply = await_reply(connection, request["header"]["msg_id"], "execute_reply")
            if reply["content"]["status"] != "ok":
                error = reply["content"]
                raise RuntimeError(
                    f"code cell {number}: {error.get('ename')}: {error.get('evalue')}"
                )
    finally:
        connection.close()


# -- the hub part, step by step -------------------------------------------------------------------
def at_once(function, items: list) -> tuple[float, dict]:
    """Call ``function`` on every item, each in its own thread: (seconds until all have
    returned, {item: what it returned}); raises if any failed."""
    results, errors = {}, []

    def run(item):
        try:
            results[item] = function(item)
        except Exception as error:  # noqa: BLE001 (all reported once every thread has ended)
            errors.append(f"{item}: {type(error).__name__}: {error}")

    start = time.perf_counter()
    threads = [threading.Thread(target=run, args=(item,), daemon=True) for item in items]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if errors:
        raise RuntimeError("; ".join(sorted(errors)))
    return time.perf_counter() - start, results


def lesson_stems(choice: str, users: list[str]) -> dict[str, str]:
    """The notebook each user runs: ``NN`` for all, or ``mix`` (the notebooks in turn)."""
    stems = sorted(p.stem for p in (ROOT / "notebooks").glob("*.ipynb"))
    if choice != "mix":
        stems = [s for s in stems if s.startswith(choice)]
        if not stems:
            raise SystemExit(f"no notebook starts with {choice!r}")
    return {user: stems[i % len(stems)] for i, user in enumerate(users)}


def drive(hub: Hub, memory: Sampler, stems: dict[str, str], found: dict) -> None:
    """Every step of the hub part, timed, with the memory after each."""
    found["hub_start_s"] = hub.start(memory)
    found["memory_hub_started"] = memory.sample()
    hub.create_users()
    found["login_s"], _ = at_once(hub.log_in, hub.users)
    found["servers_ready_s"], ready = at_once(hub.start_server, hub.users)
    found["server_ready_each_s"] = sorted(ready.values())
    time.sleep(2)
    found["memory_servers_idle"] = memory.sample()
    found["pull_s"], pulls = at_once(hub.pull, hub.users)
    found["pull_each_s"] = sorted(pulls.values())
    for user, stem in stems.items():
        if not (hub.folder / "homes" / user / TARGET / "notebooks" / f"{stem}.ipynb").exists():
            raise RuntimeError(f"nbgitpuller did not put {stem} into {user}'s home")
    found["notebooks_s"], times = at_once(lambda u: hub.run_notebook(u, stems[u]), hub.users)
    found["notebook_each_s"] = sorted(times.values())
    time.sleep(2)
    found["memory_kernels_open"] = memory.sample()


def part_hub(args, results: dict) -> None:
    install_hub()
    results["hub"] = found = {"users": args.users, "versions": hub_versions()}
    # in /tmp, so that the kernels' socket paths stay short
    with tempfile.TemporaryDirectory(prefix="hub-", dir="/tmp") as folder, Sampler() as memory:
        hub = Hub(Path(folder), args.users)
        found["notebooks"] = stems = lesson_stems(args.notebook, hub.users)
        try:
            drive(hub, memory, stems, found)
        except BaseException as error:  # recorded with what was measured, then raised again
            found["error"] = f"{type(error).__name__}: {error}"
            raise
        finally:
            memory.sample()  # the last processes seen, to stop any left behind
            try:
                hub.stop()
            finally:
                found["left_running"] = stop_leftovers(memory.seen)
                if (Path(folder) / "hub.log").exists():
                    shutil.copy(Path(folder) / "hub.log", BENCH / "last-hub.log")
    found["peak"], found["samples"] = dict(memory.peak), memory.samples
    report_hub(found)


def report_hub(found: dict) -> None:
    n, peak = found["users"], found["peak"]
    idle, kernels = found["memory_servers_idle"], found["memory_kernels_open"]
    each = found["notebook_each_s"]
    which = sorted(set(found["notebooks"].values()))
    which = ", ".join(which) if len(which) < 3 else f"a mix of {len(which)}"
    rows = [
        [
            "hub and proxy started",
            f"{found['hub_start_s']:.1f} s",
            f"{found['memory_hub_started']['total']:.0f} MiB",
        ],
        [f"{n} logins (REST API, shared password), at once", f"{found['login_s']:.1f} s", ""],
        [
            f"{n} servers started, all ready",
            f"{found['servers_ready_s']:.1f} s",
            f"{idle['students'] / n:.0f} MiB per server, idle",
        ],
        [f"nbgitpuller into {n} homes, at once", f"{found['pull_s']:.1f} s", ""],
        [
            f"{n} notebooks run at once ({which})",
            f"min {min(each):.1f} / median {statistics.median(each):.1f} / max {max(each):.1f} s",
            f"{kernels['students'] / n:.0f} MiB per student after (server + kernel)",
        ],
        [
            "peak memory, everything (sum of RSS)",
            f"{found['samples']} samples, every 0.5 s",
            f"{peak['total']:.0f} MiB",
        ],
        ["peak per student: everything / N", "", f"{peak['total'] / n:.0f} MiB"],
        ["peak per student: students' processes / N", "", f"{peak['students'] / n:.0f} MiB"],
        ["processes still running 15 s after the hub stopped", "", str(len(found["left_running"]))],
    ]
    print(markdown_table(["hub, " + f"{n} users", "time", "memory"], rows))
    print("versions: " + ", ".join(f"{k} {v}" for k, v in found["versions"].items()))


# -- main -----------------------------------------------------------------------------------------
def machine() -> dict:
    meminfo = Path("/proc/meminfo").read_text().split("\n", 1)[0]
    return {
        "cpus": os.cpu_count(),
        "memory_gib": round(int(meminfo.split()[1]) / 1024**2, 1),
        "date": time.strftime("%Y-%m-%d"),
        "python": sys.version.split()[0],
        # other work on the machine slows the timings (not the memory): 1-minute load average
        "load_average_1min": float(Path("/proc/loadavg").read_text().split()[0]),
    }


def interrupted(signum, _frame):
    """SIGTERM behaves like Ctrl+C, so that every ``finally`` stops what it started."""
    raise KeyboardInterrupt(f"signal {signum}")


PARTS = {"kernels": part_kernels, "server": part_server, "hub": part_hub}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n")[0],
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog="\n".join(__doc__.split("\n")[1:5]),
    )
    parser.add_argument("--users", type=int, default=10, help="students on the hub (default 10)")
    parser.add_argument("--only", choices=PARTS, help="one part only (default: all three)")
    parser.add_argument(
        "--notebook",
        default="07",
        help="hub part: the notebook each student runs, NN or 'mix' (07)",
    )
    args = parser.parse_args(argv)
    if not Path("/proc/self/status").exists():
        raise SystemExit("this benchmark reads memory from /proc: Linux only")
    signal.signal(signal.SIGTERM, interrupted)
    results = {"machine": machine()}
    print(f"machine: {results['machine']}")
    try:
        for name, part in PARTS.items():
            if args.only in (None, name):
                print(f"\n{name}:\n", flush=True)
                part(args, results)
    except KeyboardInterrupt:
        print("interrupted: everything the benchmark started has been stopped", file=sys.stderr)
        return 130
    finally:  # what was measured, also after an error
        results["machine"]["load_average_1min_after"] = machine()["load_average_1min"]
        RESULTS.parent.mkdir(parents=True, exist_ok=True)
        RESULTS.write_text(json.dumps(results, indent=2))
        print(f"\nwritten to {RESULTS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
