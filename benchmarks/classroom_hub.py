"""Benchmark: what a class needs from a JupyterHub, measured (Linux only: memory from /proc).

    python benchmarks/classroom_hub.py                 # all three parts, 10 users
    python benchmarks/classroom_hub.py --users 20      # a bigger class
    python benchmarks/classroom_hub.py --only kernels  # one part: kernels, server or hub

1. **kernels**: each notebook runs in a fresh kernel (nbclient, as the build runs it); when it has
   run, the kernel's resident memory (RSS, MiB) and its peak (VmHWM) are read.
2. **server**: one JupyterLab server (what each student's JupyterHub server is) started alone,
   with no notebook open: its RSS once it answers.
3. **hub**: a local JupyterHub (dummy login, local process spawner, configurable-http-proxy) with
   N users. It times the start of all N servers, nbgitpuller pulling this repository into every
   home at once (from the local clone: no network), and one notebook per user run at once (by
   nbclient in each user's pulled copy, with the same Python as the user servers, so the kernels
   are the ones a server would start). Memory is the sum of RSS of every process it started (the
   hub, the proxy, the servers and the kernels; not the runners), sampled every 0.5 s; the peak
   less the hub's own share, divided by N, is the memory per student. Everything it started is
   stopped at the end, also after an error or Ctrl+C.

The hub's software (jupyterhub, nbgitpuller, configurable-http-proxy from npm) is not part of
the project's lock: the first run installs it, with the locked collection, into
``build/hub-bench/`` (a minute; needs PyPI and the npm registry). Results are printed and
written to ``benchmarks/results/classroom_hub.json``.
"""

from __future__ import annotations

import argparse
import json
import os
import secrets
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / "build" / "hub-bench"
VENV = BENCH / "venv"
PYTHON = VENV / "bin" / "python"
PROXY = BENCH / "node_modules" / ".bin" / "configurable-http-proxy"
RESULTS = ROOT / "benchmarks" / "results" / "classroom_hub.json"
HUB_PACKAGES = ("jupyterhub>=5,<6", "nbgitpuller>=1.2,<2")
#: The notebook each user runs in the hub part (the heaviest, by the kernels part).
HUB_NOTEBOOK = "07_whole_chain.ipynb"
MIB = 1024 * 1024


# -- memory ---------------------------------------------------------------------------------------
def status_kib(pid: int, field: str) -> int:
    """A field of /proc/<pid>/status in KiB (VmRSS: resident now; VmHWM: resident at peak)."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1])
    except (FileNotFoundError, ProcessLookupError):
        pass
    return 0


#: In a command line, what marks the benchmark's own notebook runners (not a student's memory).
RUNNER_MARK = "from nbclient import NotebookClient"


def processes_under(folder: Path, runners: bool = False) -> list[int]:
    """The pids whose command line runs something from ``folder`` (a program or a Python),
    without the benchmark's notebook runners unless ``runners``."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                command = (entry / "cmdline").read_bytes().decode(errors="replace")
            except OSError:
                continue
            if str(folder) in command and (runners or RUNNER_MARK not in command):
                found.append(int(entry.name))
    return found


class Sampler:
    """The total RSS (MiB) of every process started from ``folder``, every ``every_s`` seconds."""

    def __init__(self, folder: Path, every_s: float = 0.5):
        self.folder, self.every_s = folder, every_s
        self.peak_mib, self.samples = 0.0, 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def total_mib(self) -> float:
        return sum(status_kib(p, "VmRSS") for p in processes_under(self.folder)) / 1024

    def _run(self):
        while not self._stop.is_set():
            self.peak_mib = max(self.peak_mib, self.total_mib())
            self.samples += 1
            self._stop.wait(self.every_s)

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()


# -- part 1: a kernel after each notebook ---------------------------------------------------------
def kernel_memory(path: Path) -> dict:
    """Run ``path`` in a fresh kernel; the kernel's RSS and peak RSS (MiB) when it has run."""
    import nbformat
    from nbclient import NotebookClient

    nb = nbformat.read(path, as_version=4)
    found = {}

    def remember_pid(**_):
        found["pid"] = client.km.provisioner.process.pid

    def measure(**_):  # after every cell: the last reading is the one after the notebook
        pid = found["pid"]
        found.update(rss=status_kib(pid, "VmRSS") / 1024, peak=status_kib(pid, "VmHWM") / 1024)

    client = NotebookClient(
        nb,
        timeout=600,
        kernel_name="python3",
        store_widget_state=False,
        extra_arguments=["--IPKernelApp.log_level=ERROR"],
        resources={"metadata": {"path": str(path.parent)}},
        on_notebook_start=remember_pid,
        on_cell_executed=measure,
    )
    start = time.perf_counter()
    client.execute(env={**os.environ, "OPENBLAS_NUM_THREADS": "1", "MPLBACKEND": "Agg"})
    found.pop("pid")
    return {"notebook": path.stem, "seconds": time.perf_counter() - start, **found}


def part_kernels() -> list[dict]:
    rows = []
    for path in sorted((ROOT / "notebooks").glob("*.ipynb")):
        rows.append(kernel_memory(path))
        r = rows[-1]
        print(f"  {r['notebook']:32s} {r['rss']:6.0f} MiB now, {r['peak']:6.0f} MiB peak")
    rss = [r["rss"] for r in rows]
    peaks = [r["peak"] for r in rows]
    print(
        f"  median {statistics.median(rss):.0f} MiB, largest {max(rss):.0f} MiB now; "
        f"largest peak {max(peaks):.0f} MiB"
    )
    return rows


# -- part 2: one JupyterLab server ----------------------------------------------------------------
def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(url: str, timeout_s: float, headers: dict | None = None) -> None:
    """Poll ``url`` until it answers 200, or raise TimeoutError."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        try:
            request = urllib.request.Request(url, headers=headers or {})
            with urllib.request.urlopen(request, timeout=5) as answer:
                if answer.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        time.sleep(0.5)
    raise TimeoutError(f"{url} did not answer within {timeout_s:.0f} s")


def stop(process: subprocess.Popen) -> None:
    """Stop a process started with its own session, and everything it started."""
    if process.poll() is None:
        try:
            os.killpg(process.pid, signal.SIGTERM)
            process.wait(timeout=20)
        except (ProcessLookupError, subprocess.TimeoutExpired):
            os.killpg(process.pid, signal.SIGKILL)


def part_server() -> dict:
    port, token = free_port(), secrets.token_hex(16)
    home = BENCH / "server-home"
    home.mkdir(parents=True, exist_ok=True)
    command = [sys.executable, "-m", "jupyter", "lab", "--no-browser", f"--port={port}"]
    command += [f"--IdentityProvider.token={token}", f"--ServerApp.root_dir={home}"]
    command += ["--allow-root"] if os.geteuid() == 0 else []
    server = subprocess.Popen(
        command,
        start_new_session=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ, "HOME": str(home)},
    )
    try:
        start = time.perf_counter()
        wait_for(f"http://127.0.0.1:{port}/api/status?token={token}", 120)
        ready = time.perf_counter() - start
        time.sleep(3)  # let it settle after its first answers
        rss = status_kib(server.pid, "VmRSS") / 1024
    finally:
        stop(server)
    print(f"  a JupyterLab server: {rss:.0f} MiB, answering after {ready:.1f} s")
    return {"rss": rss, "ready_s": ready}


# -- part 3: a local JupyterHub -------------------------------------------------------------------
def install_hub() -> None:
    """The collection (the lock) and JupyterHub into build/hub-bench/venv, the proxy from npm."""
    if PYTHON.exists() and PROXY.exists():
        return
    print(f"  installing JupyterHub, nbgitpuller and the collection into {BENCH} (once)")
    BENCH.mkdir(parents=True, exist_ok=True)
    subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
    uv = [sys.executable, "-m", "uv", "pip", "install", "--quiet", "--python", str(PYTHON)]
    subprocess.run([*uv, "-r", str(ROOT / "requirements" / "lock.txt")], check=True)
    subprocess.run([*uv, "--no-deps", "-e", str(ROOT)], check=True)
    subprocess.run([*uv, *HUB_PACKAGES], check=True)
    npm = ["npm", "install", "--prefix", str(BENCH), "--no-audit", "--no-fund", "--silent"]
    subprocess.run([*npm, "configurable-http-proxy@4"], check=True)


HUB_CONFIG = """
c = get_config()  # noqa
c.JupyterHub.ip = "127.0.0.1"
c.JupyterHub.port = {port}
c.JupyterHub.hub_port = {hub_port}
c.JupyterHub.db_url = "sqlite:///{folder}/hub.sqlite"
c.JupyterHub.cookie_secret_file = "{folder}/cookie_secret"
c.ConfigurableHTTPProxy.command = ["{proxy}"]
c.ConfigurableHTTPProxy.api_url = "http://127.0.0.1:{proxy_api}"
c.JupyterHub.authenticator_class = "dummy"
c.DummyAuthenticator.password = "{password}"
c.Authenticator.allowed_users = set({users!r})
c.JupyterHub.spawner_class = "simple"
c.SimpleLocalProcessSpawner.home_dir_template = "{folder}/homes/{{username}}"
c.Spawner.cmd = ["{singleuser}"]
c.Spawner.args = {args!r}
c.Spawner.default_url = "/lab"
c.Spawner.start_timeout = 300
c.Spawner.http_timeout = 300
c.JupyterHub.services = [{{"name": "bench", "api_token": "{token}"}}]
c.JupyterHub.load_roles = [{{"name": "bench", "services": ["bench"],
    "scopes": ["admin:users", "admin:servers", "access:servers", "read:users"]}}]
"""


class Hub:
    """A local JupyterHub for ``users``, driven through its REST API with a service token."""

    def __init__(self, users: list[str]):
        self.users, self.token = users, secrets.token_hex(16)
        self.port, self.folder = free_port(), BENCH / "hub"
        self.url = f"http://127.0.0.1:{self.port}"
        self.process = None

    def config(self) -> str:
        args = ["--allow-root"] if os.geteuid() == 0 else []
        return HUB_CONFIG.format(
            port=self.port,
            hub_port=free_port(),
            proxy_api=free_port(),
            folder=self.folder,
            proxy=PROXY,
            password=secrets.token_hex(8),
            users=self.users,
            token=self.token,
            singleuser=VENV / "bin" / "jupyterhub-singleuser",
            args=args,
        )

    def start(self) -> float:
        if self.folder.exists():
            shutil.rmtree(self.folder)
        (self.folder / "homes").mkdir(parents=True)
        (self.folder / "config.py").write_text(self.config())
        command = [str(VENV / "bin" / "jupyterhub"), "-f", str(self.folder / "config.py")]
        log = open(self.folder / "hub.log", "w")  # noqa: SIM115 (closed with the process)
        start = time.perf_counter()
        self.process = subprocess.Popen(
            command, cwd=self.folder, start_new_session=True, stdout=log, stderr=subprocess.STDOUT
        )
        wait_for(f"{self.url}/hub/api/", 120)
        return time.perf_counter() - start

    def api(self, method: str, path: str, timeout_s: float = 60):
        request = urllib.request.Request(
            f"{self.url}/hub/api/{path}",
            method=method,
            headers={"Authorization": f"token {self.token}"},
        )
        with urllib.request.urlopen(request, timeout=timeout_s) as answer:
            body = answer.read()
        return json.loads(body) if body else None

    def start_servers(self) -> float:
        """Start every user's server at once (the hub made the users from allowed_users);
        seconds until all are ready."""
        start = time.perf_counter()
        for user in self.users:
            self.api("POST", f"users/{user}/server")
        waiting = set(self.users)
        while waiting:
            for user in sorted(waiting):
                server = self.api("GET", f"users/{user}")["servers"].get("", {})
                if server.get("ready"):
                    waiting.discard(user)
            if time.perf_counter() - start > 900:
                raise TimeoutError(f"servers not ready after 15 minutes: {sorted(waiting)}")
            time.sleep(0.5)
        return time.perf_counter() - start

    def pull(self, user: str) -> None:
        """nbgitpuller, through the user's server, pulls this repository into their home."""
        query = urllib.parse.urlencode(
            {"repo": str(ROOT), "branch": "main", "targetpath": ROOT.name}
        )
        url = f"{self.url}/user/{user}/git-pull/api?{query}"
        request = urllib.request.Request(url, headers={"Authorization": f"token {self.token}"})
        with urllib.request.urlopen(request, timeout=600) as stream:
            for raw in stream:
                line = raw.decode(errors="replace").strip()
                if line.startswith("data:") and '"phase": "error"' in line:
                    raise RuntimeError(f"nbgitpuller failed for {user}: {line}")
                if line.startswith("data:") and '"phase": "finished"' in line:
                    return
        raise RuntimeError(f"nbgitpuller for {user} ended without finishing")

    def stop(self) -> None:
        for user in self.users:
            try:
                self.api("DELETE", f"users/{user}/server", timeout_s=60)
            except (urllib.error.URLError, OSError):
                pass
        if self.process is not None:
            stop(self.process)
        for pid in processes_under(BENCH, runners=True):  # anything left behind
            try:
                os.kill(pid, signal.SIGTERM)
            except ProcessLookupError:
                pass


def at_once(function, items) -> float:
    """Call ``function`` on every item in its own thread; seconds until all have returned."""
    errors = []

    def run(item):
        try:
            function(item)
        except Exception as error:  # noqa: BLE001 (reported after all threads end)
            errors.append(f"{item}: {error}")

    start = time.perf_counter()
    threads = [threading.Thread(target=run, args=(item,)) for item in items]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if errors:
        raise RuntimeError("; ".join(errors))
    return time.perf_counter() - start


def run_notebook(hub: Hub, user: str, times: dict) -> None:
    """The user's copy of HUB_NOTEBOOK, run by nbclient with the servers' Python."""
    folder = hub.folder / "homes" / user / ROOT.name / "notebooks"
    script = (
        f"import nbformat, sys; {RUNNER_MARK}; "
        f"nb = nbformat.read({HUB_NOTEBOOK!r}, as_version=4); "
        "NotebookClient(nb, timeout=900, kernel_name='python3').execute()"
    )
    start = time.perf_counter()
    env = {
        **os.environ,
        "OPENBLAS_NUM_THREADS": "1",
        "MPLBACKEND": "Agg",
        "HOME": str(folder.parents[1]),
    }
    subprocess.run(
        [str(PYTHON), "-c", script], cwd=folder, check=True, env=env, capture_output=True
    )
    times[user] = time.perf_counter() - start


def part_hub(n_users: int) -> dict:
    install_hub()
    hub = Hub([f"student{i:02d}" for i in range(1, n_users + 1)])
    found = {"users": n_users}
    try:
        with Sampler(BENCH) as memory:
            found["hub_start_s"] = hub.start()
            found["hub_alone_mib"] = memory.total_mib()
            found["servers_ready_s"] = hub.start_servers()
            time.sleep(3)
            found["servers_idle_mib"] = memory.total_mib()
            found["pull_s"] = at_once(hub.pull, hub.users)
            times = {}
            found["notebooks_s"] = at_once(lambda u: run_notebook(hub, u, times), hub.users)
            found["notebook_times_s"] = sorted(times.values())
        found["peak_mib"], found["samples"] = memory.peak_mib, memory.samples
    finally:
        hub.stop()
    left = processes_under(BENCH, runners=True)
    found["left_running"] = len(left)
    report_hub(found)
    return found


def report_hub(found: dict) -> None:
    n, times = found["users"], found["notebook_times_s"]
    per_server = (found["servers_idle_mib"] - found["hub_alone_mib"]) / n
    per_student = (found["peak_mib"] - found["hub_alone_mib"]) / n
    found.update(per_server_idle_mib=per_server, per_student_peak_mib=per_student)
    print(
        f"  hub and proxy started in {found['hub_start_s']:.1f} s "
        f"({found['hub_alone_mib']:.0f} MiB)"
    )
    print(
        f"  {n} servers ready in {found['servers_ready_s']:.1f} s ({per_server:.0f} MiB each, idle)"
    )
    print(f"  nbgitpuller pulled the collection into {n} homes at once in {found['pull_s']:.1f} s")
    print(
        f"  {HUB_NOTEBOOK} run by {n} users at once: all done in {found['notebooks_s']:.1f} s "
        f"(each {min(times):.1f} to {max(times):.1f} s, median {statistics.median(times):.1f})"
    )
    print(
        f"  peak memory of everything: {found['peak_mib']:.0f} MiB "
        f"({found['samples']} samples); per student {per_student:.0f} MiB"
    )
    print(f"  processes left running afterwards: {found['left_running']}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--users", type=int, default=10, help="students on the hub (10)")
    parser.add_argument("--only", choices=("kernels", "server", "hub"), help="one part only")
    args = parser.parse_args(argv)
    if not Path("/proc/self/status").exists():
        raise SystemExit("this benchmark reads memory from /proc: Linux only")
    results = {"machine": {"cpus": os.cpu_count(), "date": time.strftime("%Y-%m-%d")}}
    parts = {"kernels": part_kernels, "server": part_server, "hub": lambda: part_hub(args.users)}
    for name, part in parts.items():
        if args.only in (None, name):
            print(f"{name}:")
            results[name] = part()
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(results, indent=2))
    print(f"written to {RESULTS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
