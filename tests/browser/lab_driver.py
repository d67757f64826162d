"""Drive the notebooks in JupyterLab in a real browser and time every interactive diagram.

Used by ``tests/browser/test_browser.py`` and by ``benchmarks/jupyterlab_round_trip.py``.

For one notebook, :func:`drive_notebook` opens it in JupyterLab (Playwright + Chromium), clears
the stored outputs, runs all cells, and checks that the page holds exactly the interactive
diagrams registered for that notebook in :data:`msbackpain.ui.interactive.REGISTRY` (their widgets
carry the CSS class :func:`msbackpain.ui.interactive.css_class` of their key), each with exactly its
controls. It then moves every control to another valid value as a reader would (slider: type
into its readout and press Enter; menu: choose another option; toggle buttons: click another
button) and waits for the diagram's picture to change. A twin of each diagram, built in this
process, takes the same moves first: it picks a value that does change the picture (a cooling
preset changes nothing for someone who is not heat-sensitive, say) and gives the alt text the
new picture must have.

**Round trip** of one move: measured in the page, from ``performance.now()`` at the DOM event
that makes the widget send its new value (``change`` of the menu, ``click`` of the button,
``keydown`` Enter in the slider's readout) to the moment a ``MutationObserver`` on the picture
sees an ``<img>`` with a new ``src``. It covers the widget message to the kernel, the model, the
drawing, the PNG, the message back and the DOM update; it leaves out Playwright's own latency.
``decoded_ms`` adds the browser decoding the new PNG (``img.decode()``).

Any problem (a picture that does not change, wrong alt text, stderr or error output, a page
error, an error sent by the kernel from a widget callback) raises :class:`LabProblem`; the moves
timed before it stay in the :class:`NotebookRun` so that a report can still be written.
A move is left out (listed in ``NotebookRun.masked``) when no value of its control changes the
picture in the state the other controls left (no drug effect below the stretch threshold, say),
but every control must change the picture at least once.

Last, :func:`answer_quiz` answers the notebook's quiz form (a wrong letter, then the right one)
and checks the feedback and the score that the kernel sends back.
"""

from __future__ import annotations

import json
import os
import re
import secrets
import shutil
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
KERNEL_IDLE = "Python 3 (ipykernel) | Idle"
TIMING_METHOD = (
    "in the page: performance.now() at the DOM event that sends the new value (menu change, "
    "button click, Enter in a slider's readout) to a MutationObserver seeing the picture's new src"
)

LAB_SETTINGS = {
    "@jupyterlab/apputils-extension/notification.jupyterlab-settings": {
        "fetchNews": "false",
        "checkForUpdates": False,
    },
    "@jupyterlab/notebook-extension/tracker.jupyterlab-settings": {"windowingMode": "none"},
}


class LabProblem(AssertionError):
    """Something a reader would see as broken."""


# -- the JupyterLab server --------------------------------------------------------------------
def free_port() -> int:
    """A TCP port on 127.0.0.1 that is free right now (for a JupyterLab server)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class LabServer:
    """A JupyterLab server on a copy of ``notebooks/*.ipynb`` in ``home`` (nothing committed is
    touched). Use as a context manager, or call :meth:`start` and :meth:`stop`."""

    def __init__(self, home: Path, notebooks: Path = ROOT / "notebooks"):
        self.home = Path(home)
        self.notebooks = notebooks
        self.token = secrets.token_hex(16)
        self.base = ""
        self.process: subprocess.Popen | None = None
        self._log = None

    def start(self, timeout_s: float = 60) -> LabServer:
        (self.home / "notebooks").mkdir(parents=True, exist_ok=True)
        for notebook in self.notebooks.glob("*.ipynb"):
            shutil.copy(notebook, self.home / "notebooks")
        settings = self.home / "settings"
        for plugin, values in LAB_SETTINGS.items():
            path = settings / plugin
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(json.dumps(values))
        port = free_port()
        self._log = open(self.home / "server.log", "w")
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "jupyter",
                "lab",
                "--no-browser",
                "--ip=127.0.0.1",
                f"--port={port}",
                "--ServerApp.port_retries=0",
                f"--IdentityProvider.token={self.token}",
                f"--ServerApp.root_dir={self.home}",
                "--ServerApp.allow_root=True",
                "--LabApp.news_url=None",
            ],
            stdout=self._log,
            stderr=subprocess.STDOUT,
            # one BLAS thread per kernel: threaded BLAS stalls on a busy 2-core machine
            env={
                **os.environ,
                "JUPYTERLAB_SETTINGS_DIR": str(settings),
                "OPENBLAS_NUM_THREADS": os.environ.get("OPENBLAS_NUM_THREADS", "1"),
            },
        )
        self.base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + timeout_s
        while True:
            try:
                self._api("GET", "/api/status")
                return self
            except OSError:
                if self.process.poll() is not None or time.monotonic() > deadline:
                    self.stop()
                    log = (self.home / "server.log").read_text()
                    raise RuntimeError(f"JupyterLab did not start:\n{log}") from None
                time.sleep(0.3)

    def _api(self, method: str, path: str):
        request = urllib.request.Request(
            self.base + path, method=method, headers={"Authorization": f"token {self.token}"}
        )
        with urllib.request.urlopen(request, timeout=10) as response:
            body = response.read()
        return json.loads(body) if body else None

    def shutdown_kernels(self) -> int:
        """Shut down every session and kernel (REST API); returns how many kernels there were."""
        kernels = self._api("GET", "/api/kernels")
        for session in self._api("GET", "/api/sessions"):
            self._api("DELETE", f"/api/sessions/{session['id']}")
        for kernel in self._api("GET", "/api/kernels"):
            self._api("DELETE", f"/api/kernels/{kernel['id']}")
        return len(kernels)

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
            self.process = None
        if self._log is not None:
            self._log.close()
            self._log = None

    def __enter__(self) -> LabServer:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()


# -- what the registry says the page must hold -----------------------------------------------
def registered_diagrams(notebook: str) -> dict:
    """``{key: Interactive}`` for every diagram registered for ``notebook`` (``"NN_name.ipynb"``
    or ``"NN"``), each built afresh in this process (for its controls and its alt text)."""
    from msbackpain import lessons
    from msbackpain.ui import interactive

    lessons.load_all()
    number = notebook[:2]
    return {
        key: factory()
        for key, factory in interactive.REGISTRY.items()
        if key.split(":")[0] == number
    }


def control_kind(control) -> str:
    import ipywidgets as widgets

    if isinstance(control, widgets.ToggleButtons):
        return "toggle"
    if isinstance(control, widgets.Dropdown):
        return "dropdown"
    if isinstance(control, widgets.FloatSlider | widgets.IntSlider):
        return "slider"
    raise LabProblem(f"the browser driver cannot move a {type(control).__name__} yet")


#: the element of each kind of control in the page
KIND_SELECTOR = {
    "slider": ".widget-slider",
    "dropdown": ".widget-dropdown",
    "toggle": ".widget-toggle-buttons",
}
#: where each slider moves, as fractions of its range, in turn (skipping its current value)
SLIDER_FRACTIONS = (0.25, 0.75, 0.5, 1.0, 0.0)


def _option_values(control) -> list:
    return [o[1] if isinstance(o, tuple) else o for o in control.options]


def candidates(control, turn: int = 0) -> list:
    """Values a reader may move ``control`` to, best first: the other options after the current
    one (menus and buttons), or points on the slider's step grid away from its value (a
    different first point on each ``turn``)."""
    current = control.value
    if control_kind(control) != "slider":
        values = _option_values(control)
        i = values.index(current)
        return values[i + 1 :] + values[:i]
    low, high, step = control.min, control.max, control.step
    steps = round((high - low) / step)
    grid = []
    for fraction in SLIDER_FRACTIONS:
        value = low + round(fraction * steps) * step
        value = int(round(value)) if isinstance(current, int) else round(value, 10)
        if value != current and value not in grid:
            grid.append(value)
    turn %= len(grid)
    return grid[turn:] + grid[:turn]


def pick_move(diagram, name: str, turn: int = 0):
    """Move control ``name`` of ``diagram`` (the kernel's twin, in this process) to the first
    candidate value that changes its picture, and return that value; ``None`` if none does (the
    other controls can hide its effect: no drug effect below the stretch threshold, say)."""
    control = diagram.controls[name]
    before, current = diagram.png, control.value
    for value in candidates(control, turn):
        diagram.update(**{name: value})
        if diagram.png != before:
            return value
    diagram.update(**{name: current})
    return None


# -- what is measured ------------------------------------------------------------------------
@dataclass
class Move:
    diagram: str  # registry key, "NN:name"
    control: str  # keyword name of the control
    kind: str  # slider / dropdown / toggle / reset
    value: object
    ms: float  # action -> new src in the page
    decoded_ms: float  # action -> new picture decoded

    def name(self, notebook: str) -> str:
        """``notebook/diagram/control``, e.g. ``00_start_here/chain map/reach``."""
        return f"{Path(notebook).stem}/{self.diagram.split(':', 1)[1]}/{self.control}"


@dataclass
class NotebookRun:
    notebook: str
    diagrams: int = 0
    controls: int = 0
    moves: list[Move] = field(default_factory=list)
    #: moves left out because no value of the control changed the picture in that state
    masked: list[str] = field(default_factory=list)
    resets: list[Move] = field(default_factory=list)
    open_s: float | None = None
    run_all_s: float | None = None
    total_s: float | None = None
    load_average: tuple[float, float, float] | None = None
    error: str | None = None
    console_errors: list[str] = field(default_factory=list)
    #: quiz questions answered in the page, each first wrongly and then rightly (multiple choice)
    quiz_answers: int = 0

    @property
    def status(self) -> str:
        if self.error is not None:
            return "failed"
        return "passed" if self.total_s is not None else "incomplete"

    def summary(self) -> dict:
        times = [m.ms for m in self.moves]
        slowest = max(self.moves, key=lambda m: m.ms) if self.moves else None
        return {
            "notebook": self.notebook,
            "status": self.status,
            "diagrams": self.diagrams,
            "controls": self.controls,
            "moves": len(times),
            "masked": len(self.masked),
            "median_ms": round(statistics.median(times), 1) if times else None,
            "p95_ms": round(p95(times), 1) if times else None,
            "slowest": None
            if slowest is None
            else {"control": slowest.name(self.notebook), "ms": round(slowest.ms, 1)},
            "open_s": None if self.open_s is None else round(self.open_s, 1),
            "run_all_s": None if self.run_all_s is None else round(self.run_all_s, 1),
            "total_s": None if self.total_s is None else round(self.total_s, 1),
            "load_average": self.load_average,
            "error": self.error,
        }


def p95(values: list[float]) -> float:
    """95th percentile, nearest rank (as in benchmarks/interactive_updates.py)."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


# -- in the page -----------------------------------------------------------------------------
PAGE_SCRIPT = """
window.__msbackpain = {
  armed: null,
  arm(cls) {
    const box = document.querySelector('.' + cls);
    const picture = box.querySelector('.msbackpain-picture');
    const first = picture.querySelector('img');
    const state = {before: first ? first.src : null, t0: null, t1: null};
    const action = () => { if (state.t1 === null) state.t0 = performance.now(); };
    const key = (e) => { if (e.key === 'Enter') action(); };
    const events = [['change', action], ['click', action], ['keydown', key]];
    state.done = new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        const img = picture.querySelector('img');
        if (img && img.src !== state.before) {
          state.t1 = performance.now();
          observer.disconnect();
          resolve(img);
        }
      });
      observer.observe(picture, {subtree: true, childList: true, attributes: true,
                                 attributeFilter: ['src']});
      state.stop = () => {
        observer.disconnect();
        for (const [name, f] of events) box.removeEventListener(name, f, true);
      };
    });
    for (const [name, f] of events) box.addEventListener(name, f, true);
    this.armed = state;
  },
  async wait(timeoutMs) {
    const state = this.armed;
    const timer = new Promise((resolve) => setTimeout(() => resolve(null), timeoutMs));
    const img = await Promise.race([state.done, timer]);
    if (img === null) return {changed: false, action_seen: state.t0 !== null};
    state.stop();
    let decoded = null;
    try { await img.decode(); decoded = performance.now(); } catch (e) { decoded = null; }
    return {changed: true, action_seen: state.t0 !== null, ms: state.t1 - state.t0,
            decoded_ms: decoded === null ? null : decoded - state.t0,
            alt: img.getAttribute('alt'), width: img.naturalWidth};
  },
  stop() { this.armed.stop(); },
};
"""

ALL_CELLS_RAN = """() => {
  // every non-empty code cell has its number; or Run All stopped at an error (nothing queued)
  const cells = [...document.querySelectorAll('.jp-Notebook .jp-CodeCell')].filter(
    (c) => (c.querySelector('.cm-content')?.textContent ?? 'x').trim() !== '');
  const prompts = cells.map((c) => c.querySelector('.jp-InputPrompt')?.textContent ?? '');
  if (prompts.some((p) => p.includes('*'))) return false;
  const failed = document.querySelector(
    ".jp-Notebook [data-mime-type='application/vnd.jupyter.stderr']");
  return failed !== null || (cells.length > 0 && prompts.every((p) => /\\[\\d+\\]/.test(p)));
}"""

KERNEL_ERROR = re.compile(r'"msg_type":\s*"error"|"name":\s*"stderr"')
STDERR_TEXT = re.compile(r'"name":\s*"stderr",\s*"text":\s*("(?:[^"\\]|\\.)*")')
PROBE_OPEN = re.compile(r'"target_name":\s*"jupyter\.widget\.control"')
COMM_ID = re.compile(r'"comm_id":\s*"([^"]+)"')
MSG_TYPE = re.compile(r'"msg_type":\s*"([^"]+)"')
ERROR_FIELD = re.compile(r'"(ename|evalue)":\s*("(?:[^"\\]|\\.)*")')


def _text(payload) -> str:
    return payload.decode("latin-1") if isinstance(payload, bytes) else payload


class KernelWatch:
    """Errors and stderr that the kernel sends on its websocket, in cell outputs or not (an
    exception in a widget callback only reaches JupyterLab's log console, not the page).

    Ignored: the harmless start-up probe of ipywidgets. JupyterLab's widget manager asks a new
    kernel for its widgets through a ``jupyter.widget.control`` comm before any cell has imported
    ipywidgets, and the kernel answers on stderr that there is no such comm (target).
    """

    def __init__(self):
        self.errors: list[str] = []
        self.probes: set[str] = set()

    def attach(self, ws) -> None:
        if "/api/kernels/" in ws.url:
            ws.on("framesent", self.sent)
            ws.on("framereceived", self.received)

    def sent(self, payload) -> None:
        text = _text(payload)
        if PROBE_OPEN.search(text) and (match := COMM_ID.search(text)):
            self.probes.add(match.group(1))

    def received(self, payload) -> None:
        text = _text(payload)
        if not KERNEL_ERROR.search(text):
            return
        stderr = STDERR_TEXT.search(text)
        if stderr:
            message = json.loads(stderr.group(1).encode("latin-1"))
            if self._probe_answer(message):
                return
        else:
            fields = {k: json.loads(v.encode("latin-1")) for k, v in ERROR_FIELD.findall(text)}
            message = f"{fields.get('ename', '?')}: {fields.get('evalue', '')}"
        kinds = MSG_TYPE.findall(text)  # its own header, then its parent's
        answering = f" (answering {kinds[1]})" if len(kinds) > 1 else ""
        self.errors.append(("stderr: " if stderr else "") + message[:1000] + answering)

    def _probe_answer(self, message: str) -> bool:
        harmless = {"No such comm target registered: jupyter.widget.control"}
        harmless |= {f"No such comm: {comm}" for comm in self.probes}
        lines = [line.strip() for line in message.splitlines() if line.strip()]
        return bool(lines) and all(line in harmless for line in lines)


def _menu(page, menu: str, item: str) -> None:
    page.locator(f".lm-MenuBar-itemLabel:text-is('{menu}')").click()
    page.locator(f".lm-Menu-itemLabel:text-is('{item}')").click()


class LabPage:
    """One JupyterLab page, reused notebook after notebook (JupyterLab boots once); a page in
    trouble is dropped (:meth:`discard`) and the next notebook gets a new one."""

    def __init__(self, browser, server: LabServer, timeout_s: float = 120):
        self.browser = browser
        self.server = server
        self.timeout_ms = timeout_s * 1000
        self.page = None
        self.kernel = KernelWatch()
        self.page_errors: list[str] = []
        self.console_errors: list[str] = []
        self._pages = 0

    def _new_page(self):
        from playwright.sync_api import expect

        self._pages += 1
        page = self.browser.new_page(viewport={"width": 1400, "height": 1000})
        page.on("pageerror", lambda e: self.page_errors.append(str(e)))
        page.on("console", lambda m: m.type == "error" and self.console_errors.append(m.text))
        page.on("websocket", self.kernel.attach)
        page.add_init_script(PAGE_SCRIPT)
        workspace = f"msbackpain-{os.getpid()}-{self._pages}"
        page.goto(f"{self.server.base}/lab/workspaces/{workspace}?token={self.server.token}")
        expect(page.locator(".lm-MenuBar-itemLabel:text-is('File')")).to_be_visible(
            timeout=self.timeout_ms
        )
        return page

    def open(self, notebook: str):
        """Open ``notebooks/<notebook>`` as a reader would (File > Open from Path…)."""
        if self.page is None:
            self.page = self._new_page()
        self.kernel.errors.clear()
        self.page_errors.clear()
        self.console_errors.clear()
        page = self.page
        _menu(page, "File", "Open from Path…")
        field = page.locator(".jp-Dialog input")
        field.fill(f"notebooks/{notebook}")
        field.press("Enter")
        return page

    def close_notebook(self) -> None:
        """Close the notebook's tab, discarding its changes (the kernel stays: shut it down
        through :meth:`LabServer.shutdown_kernels`)."""
        from playwright.sync_api import TimeoutError as NoDialog
        from playwright.sync_api import expect

        page = self.page
        _menu(page, "File", "Close All Tabs")
        try:
            page.locator(".jp-Dialog button:has-text('Discard')").click(timeout=5000)
        except NoDialog:  # the notebook was not changed
            pass
        expect(page.locator(".jp-NotebookPanel")).to_have_count(0)

    def discard(self) -> None:
        if self.page is not None:
            self.page.close()
            self.page = None

    def close(self) -> None:
        self.discard()


def _page_text_problems(page) -> list[str]:
    problems = []
    stderr = page.locator(".jp-Notebook [data-mime-type='application/vnd.jupyter.stderr']")
    if stderr.count():
        problems.append("stderr or error output: " + stderr.first.inner_text()[:2000])
    broken = page.locator(".jp-Notebook").filter(has_text="Error displaying widget")
    if broken.count():
        problems.append("'Error displaying widget' in the notebook")
    return problems


def drive_notebook(
    lab: LabPage,
    run: NotebookRun,
    *,
    repeat: int = 1,
    run_timeout_s: float = 300,
    move_timeout_s: float = 60,
) -> NotebookRun:
    """Open ``run.notebook`` in JupyterLab, run all cells, move every control ``repeat`` times
    (and press each diagram's Reset once), filling ``run``; raises :class:`LabProblem`."""
    from playwright.sync_api import expect

    started = time.perf_counter()
    expected = registered_diagrams(run.notebook)
    run.diagrams = len(expected)
    run.controls = sum(len(d.controls) for d in expected.values())
    run_timeout_ms = run_timeout_s * 1000

    def check(where: str) -> None:
        problems = _page_text_problems(page)
        if lab.page_errors:
            problems.append(f"page errors: {lab.page_errors}")
        if lab.kernel.errors:
            problems.append(f"the kernel sent errors or stderr: {lab.kernel.errors}")
        if problems:
            raise LabProblem(f"{run.notebook}, {where}: " + "; ".join(problems))

    try:
        page = lab.open(run.notebook)
        status = page.locator("#jp-main-statusbar")
        expect(page.locator(".jp-NotebookPanel")).to_have_count(1, timeout=run_timeout_ms)
        expect(status).to_contain_text(KERNEL_IDLE, timeout=run_timeout_ms)
        run.open_s = time.perf_counter() - started
        # Stored outputs (and stored widget views) go first, so that all that follows is live.
        _menu(page, "Edit", "Clear Outputs of All Cells")
        expect(page.locator(".jp-Notebook .jp-OutputArea-output")).to_have_count(0)
        t_run = time.perf_counter()
        _menu(page, "Run", "Run All Cells")
        page.wait_for_function(ALL_CELLS_RAN, timeout=run_timeout_ms, polling=250)
        expect(status).to_contain_text(KERNEL_IDLE, timeout=run_timeout_ms)
        run.run_all_s = time.perf_counter() - t_run
        check("after Run All")
        boxes = page.locator(".jp-Notebook .msbackpain-interactive")
        try:
            expect(boxes).to_have_count(len(expected), timeout=60_000)
        except AssertionError:
            raise LabProblem(
                f"{run.notebook}: {boxes.count()} interactive diagrams in the page, "
                f"{len(expected)} registered ({sorted(expected)})"
            ) from None
        for key, diagram in expected.items():
            drive_diagram(page, lab.kernel, run, key, diagram, repeat, move_timeout_s)
            check(f"after moving {key}")
        run.quiz_answers = answer_quiz(page, run.notebook)
        check("after answering the quiz")
        lab.close_notebook()
        run.total_s = time.perf_counter() - started
    except BaseException as error:
        run.error = f"{type(error).__name__}: {error}"[:4000]
        lab.discard()
        raise
    finally:
        run.console_errors = list(lab.console_errors)
        run.load_average = tuple(round(x, 2) for x in os.getloadavg())
    return run


def answer_quiz(page, notebook: str) -> int:
    """Answer every question of the notebook's quiz form as a learner would; returns how many.

    A multiple-choice question gets a wrong letter first (its feedback must say "Not yet"), then
    the right one ("Right"); a numeric question gets the right number and Enter. The score line
    must then count every question as right. Raises :class:`LabProblem` otherwise.
    """
    from playwright.sync_api import expect

    from msbackpain.lessons import load_quiz
    from msbackpain.ui.quiz import MultipleChoice

    quiz = load_quiz(Path(notebook).stem[:2])
    form = page.locator(".jp-Notebook .msb-quiz")
    if form.count() != 1:
        raise LabProblem(f"{notebook}: {form.count()} quiz forms in the page, expected 1")
    blocks = form.locator(":scope > .widget-vbox")
    if blocks.count() != len(quiz.questions):
        raise LabProblem(
            f"{notebook}: {blocks.count()} quiz questions, {len(quiz.questions)} in data"
        )
    for i, question in enumerate(quiz.questions):
        block = blocks.nth(i)
        feedback = block.locator(":scope > .widget-html").last
        block.scroll_into_view_if_needed()
        if isinstance(question, MultipleChoice):
            wrong = next(x for x in question.letters if x != question.answer)
            block.locator(f".widget-toggle-button:text-is('({wrong})')").click()
            expect(feedback).to_contain_text("Not yet")
            block.locator(f".widget-toggle-button:text-is('({question.answer})')").click()
        else:
            entry = block.locator("input[type='text']")
            entry.fill(str(question.answer))
            entry.press("Enter")
        expect(feedback).to_contain_text("Right")
    n = len(quiz.questions)
    expect(form.locator(":scope > .widget-html").first).to_contain_text(f"{n} of {n}")
    return n


def drive_diagram(
    page, kernel: KernelWatch, run: NotebookRun, key, diagram, repeat: int, timeout_s: float
):
    """Move every control of one diagram ``repeat`` times, then press its Reset button."""
    from msbackpain.ui.interactive import css_class

    cls = css_class(key)
    box = page.locator(f".jp-Notebook .{cls}")
    if box.count() != 1:
        raise LabProblem(f"{run.notebook}: {box.count()} widgets of class {cls} for {key!r}")
    box.scroll_into_view_if_needed()
    controls = box.locator(", ".join(KIND_SELECTOR.values()))
    if controls.count() != len(diagram.controls):
        raise LabProblem(
            f"{key}: {controls.count()} controls in the page, {len(diagram.controls)} in the "
            f"Interactive ({list(diagram.controls)})"
        )

    def arm() -> None:
        page.evaluate("cls => window.__msbackpain.arm(cls)", cls)
        if kernel.errors:  # sent late, after the previous move's picture
            previous = run.moves[-1].control if run.moves else "running the notebook"
            raise LabProblem(f"{key}, after {previous}: the kernel reported {kernel.errors}")

    for turn in range(repeat):
        for name, control in diagram.controls.items():
            kind = control_kind(control)
            element = box.locator(f"{KIND_SELECTOR[kind]}.msbackpain-control-{name}")
            if element.count() != 1:
                raise LabProblem(f"{key}: no {kind} for control {name!r} in the page")
            value = pick_move(diagram, name, turn)  # the twin moves first, out of the timing
            if value is None:
                run.masked.append(f"{key}/{name} at {diagram.values}")
                continue
            arm()
            if kind == "slider":
                readout = element.locator(".widget-readout")
                readout.fill(str(value) if isinstance(value, int) else repr(value))
                readout.press("Enter")
            elif kind == "dropdown":
                index = _option_values(control).index(value)
                element.locator("select").select_option(index=index)
            else:
                index = _option_values(control).index(value)
                element.locator("button.widget-toggle-button").nth(index).click()
            run.moves.append(
                _observe(page, kernel, key, name, kind, value, diagram.alt(), timeout_s)
            )
    moved = {m.control for m in run.moves if m.diagram == key}
    if missing := [name for name in diagram.controls if name not in moved]:
        raise LabProblem(
            f"{key}: no value of {missing} changes the picture ({run.masked}): every control "
            "must change it at least once"
        )
    before = diagram.png
    diagram.reset()
    if diagram.png == before:
        return  # the picture would not change: Reset has nothing to show
    arm()
    box.locator(".msbackpain-reset").click()
    run.resets.append(_observe(page, kernel, key, "reset", "reset", None, diagram.alt(), timeout_s))


def _observe(page, kernel: KernelWatch, key, name, kind, value, alt, timeout_s) -> Move:
    """Wait for the new picture (stopping early if the kernel reports an error); check it."""
    where = f"{key}, {name} -> {value!r}"
    deadline = time.monotonic() + timeout_s
    while True:
        seen = page.evaluate("ms => window.__msbackpain.wait(ms)", 1000)
        if seen["changed"]:
            break
        if kernel.errors or time.monotonic() > deadline:
            page.evaluate("() => window.__msbackpain.stop()")
            if kernel.errors:
                raise LabProblem(f"{where}: the kernel reported {kernel.errors}")
            raise LabProblem(f"{where}: the picture did not change within {timeout_s:.0f} s")
    if kernel.errors:
        raise LabProblem(f"{where}: the kernel reported {kernel.errors}")
    if not seen["action_seen"]:
        raise LabProblem(f"{where}: the picture changed before the control was moved")
    if not seen["alt"] or not seen["alt"].strip():
        raise LabProblem(f"{where}: the new picture has no alt text")
    if seen["alt"] != alt:
        raise LabProblem(f"{where}: alt text {seen['alt']!r}, expected {alt!r}")
    if not seen["width"]:
        raise LabProblem(f"{where}: the new picture does not decode")
    decoded = seen["decoded_ms"]
    decoded = None if decoded is None else round(float(decoded), 1)
    return Move(key, name, kind, value, round(float(seen["ms"]), 1), decoded)


# -- the report ------------------------------------------------------------------------------
def report_dir() -> Path:
    """``$MSBACKPAIN_REPORT_DIR``, by default ``build/reports/`` in the repository."""
    return Path(os.environ.get("MSBACKPAIN_REPORT_DIR") or ROOT / "build" / "reports")


class Report:
    """Round trips per notebook, written (JSON and Markdown) again after every notebook."""

    def __init__(self, directory: Path | None = None, stem: str = "jupyterlab_round_trip"):
        self.directory = Path(directory or report_dir())
        self.stem = stem
        self.runs: list[NotebookRun] = []
        self.started = datetime.now(UTC).isoformat(timespec="seconds")
        self.per_notebook = self.directory / stem
        if self.per_notebook.is_dir():
            for old in self.per_notebook.glob("*.json"):
                old.unlink()

    @property
    def json_path(self) -> Path:
        return self.directory / f"{self.stem}.json"

    @property
    def markdown_path(self) -> Path:
        return self.directory / f"{self.stem}.md"

    def add(self, run: NotebookRun) -> None:
        self.runs.append(run)
        self.per_notebook.mkdir(parents=True, exist_ok=True)
        (self.per_notebook / f"{run.notebook[:-6]}.json").write_text(
            json.dumps(self._run_json(run), indent=1, default=str) + "\n"
        )
        self.write()

    @staticmethod
    def _run_json(run: NotebookRun) -> dict:
        return {
            **run.summary(),
            "moves": [asdict(m) for m in run.moves],
            "resets": [asdict(m) for m in run.resets],
            "masked_moves": run.masked,
            "console_errors": run.console_errors,
        }

    def data(self) -> dict:
        times = [m.ms for run in self.runs for m in run.moves]
        slowest = max(
            ((run, m) for run in self.runs for m in run.moves),
            key=lambda rm: rm[1].ms,
            default=None,
        )
        return {
            "started": self.started,
            "written": datetime.now(UTC).isoformat(timespec="seconds"),
            "timing": TIMING_METHOD,
            "cpu_count": os.cpu_count(),
            "load_average": tuple(round(x, 2) for x in os.getloadavg()),
            "all": {
                "moves": len(times),
                "median_ms": round(statistics.median(times), 1) if times else None,
                "p95_ms": round(p95(times), 1) if times else None,
                "slowest": None
                if slowest is None
                else {
                    "control": slowest[1].name(slowest[0].notebook),
                    "ms": round(slowest[1].ms, 1),
                },
            },
            "notebooks": [self._run_json(run) for run in self.runs],
        }

    def markdown(self) -> str:
        data = self.data()
        lines = [
            "| notebook | diagrams | moves | median ms | p95 ms | slowest control | its ms | "
            "run all s | load 1 min | status |",
            "|---|---:|---:|---:|---:|---|---:|---:|---:|---|",
        ]

        def cell(value) -> str:
            if value is None:
                return "–"
            return f"{value:.1f}" if isinstance(value, float) else str(value)

        for run in self.runs:
            s = run.summary()
            slowest = s["slowest"] or {"control": None, "ms": None}
            load = f"{s['load_average'][0]:.2f}" if s["load_average"] else None
            masked = f" (+{s['masked']} masked)" if s["masked"] else ""
            lines.append(
                f"| {run.notebook[:-6]} | {s['diagrams']} | {s['moves']}{masked} | "
                f"{cell(s['median_ms'])} | {cell(s['p95_ms'])} | {cell(slowest['control'])} | "
                f"{cell(slowest['ms'])} | {cell(s['run_all_s'])} | {cell(load)} | {s['status']} |"
            )
        total = data["all"]
        slowest = total["slowest"] or {"control": None, "ms": None}
        passed = sum(run.status == "passed" for run in self.runs)
        lines.append(
            f"| **all** | {sum(r.diagrams for r in self.runs)} | {total['moves']} | "
            f"{cell(total['median_ms'])} | {cell(total['p95_ms'])} | {cell(slowest['control'])} "
            f"| {cell(slowest['ms'])} | | {data['load_average'][0]:.2f} | "
            f"{passed}/{len(self.runs)} passed |"
        )
        return (
            "Round trip of each control move in JupyterLab, control moved -> new picture shown, "
            "timed in the page (performance.now() at the DOM event that sends the new value, "
            f"MutationObserver seeing the new src); {data['cpu_count']} CPUs, load average "
            "(1 min) at the end of each notebook.\n\n" + "\n".join(lines) + "\n"
        )

    def write(self) -> None:
        self.directory.mkdir(parents=True, exist_ok=True)
        self.json_path.write_text(json.dumps(self.data(), indent=1, default=str) + "\n")
        self.markdown_path.write_text(self.markdown())
