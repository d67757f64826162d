"""Drive the notebooks in JupyterLab in a real browser and time every interactive diagram.

Used by ``tests/browser/test_browser.py`` and by ``benchmarks/jupyterlab_round_trip.py``.

For one notebook, :func:`drive_notebook` opens it in JupyterLab (Playwright + Chromium), clears
the stored outputs, runs all cells, and checks that the page shows each diagram registered for
that notebook in :data:`msbackpain.ui.interactive.REGISTRY` **once**: exactly one live widget
(found by the CSS class :func:`diagram_class` of its key) alone in its output (no rendered
plain form beside it), with exactly its controls, and no other copy of its picture anywhere in the
notebook (no ``<img>`` with its alt text outside the widget, no other picture in its cell's
output); and the quiz once: one form, and none of the folded ``<details>`` answers of its plain
form. It then moves every control to another valid value as a reader would (slider: type into
its readout and press Enter; menu: choose another option; toggle buttons: click another button)
and waits for the diagram's picture to change. A twin of each diagram, built in this process,
takes the same moves first: it picks a value that does change the picture (a cooling preset
changes nothing for someone who is not heat-sensitive, say) and gives the alt text the new
picture must have.

**Round trip** of one move: measured in the page, from ``performance.now()`` at the DOM event
that makes the widget send its new value (``change`` of the menu, ``click`` of the button,
``keydown`` Enter in the slider's readout) to the moment a ``MutationObserver`` on the picture
sees an ``<img>`` with a new ``src``. It covers the widget message to the kernel, the model, the
drawing, the PNG, the message back and the DOM update; it leaves out Playwright's own latency.
``decoded_ms`` adds the browser decoding the new PNG (``img.decode()``).

**Drag**: with the diagram back at its defaults, :func:`drag_slider` presses the mouse on a
slider's noUiSlider handle, moves it in ``steps`` steps with a short pause after each towards the
far end of the track, and releases it; a ``MutationObserver`` records every distinct ``src`` of
the picture with its time. A slider that follows the drag shows new pictures *before* the mouse
is released: :class:`Drag` counts them and gives the frame rate while the handle moves.

Any problem (a picture that does not change, wrong alt text, stderr or error output, a page
error, an error sent by the kernel from a widget callback) raises :class:`LabProblem`; the moves
timed before it stay in the :class:`NotebookRun` so that a report can still be written.
A move is left out (listed in ``NotebookRun.masked``) when no value of its control changes the
picture in the state the other controls left (no drug effect below the stretch threshold, say),
but every control must change the picture at least once.

Last, :func:`answer_quiz` answers the notebook's quiz form (a wrong letter, then the right one)
and checks the feedback and the score that the kernel sends back.

:func:`write_floor_notebook` and :func:`drive_floor` measure the **floor** the benchmark compares
against: a bare picture widget whose ``<img>`` a slider swaps for one of a few pictures of the
same diagram rendered beforehand (no drawing, no model), timed and dragged the same way.
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


def diagram_class(key: str) -> str:
    """The CSS class of a registered diagram's widget, as ``Interactive.widget`` makes it: the
    key lower-cased, each run of characters that are not letters or digits turned into one
    ``-`` (``"00:chain map"`` -> ``msbackpain-diagram-00-chain-map``)."""
    return "msbackpain-diagram-" + re.sub(r"[\W_]+", "-", key.lower()).strip("-")


def floor_class(key: str) -> str:
    """The CSS class of the floor widget that stands for diagram ``key``."""
    return diagram_class(key).replace("msbackpain-diagram-", "msbackpain-floor-", 1)


#: where a drag takes a slider's handle: this fraction of the track from its far end
DRAG_MARGIN = 0.03
#: a drag moves the mouse in this many steps, pausing after each (milliseconds)
DRAG_STEPS = 10
DRAG_PAUSE_MS = 100


def drag_target(control) -> float:
    """The fraction of the track a drag of ``control`` ends at: near the end farther from its
    current value."""
    fraction = (control.value - control.min) / (control.max - control.min)
    return 1 - DRAG_MARGIN if fraction < 0.5 else DRAG_MARGIN


def drag_values(control, points: int = 8) -> list:
    """Values on the slider's step grid that a drag from its value to :func:`drag_target`
    passes through (``points`` + 1 of them, evenly spaced, the start included)."""
    low, high, step = control.min, control.max, control.step
    start = (control.value - low) / (high - low)
    end = drag_target(control)
    values = []
    for i in range(points + 1):
        fraction = start + (end - start) * i / points
        value = min(high, max(low, low + round(fraction * (high - low) / step) * step))
        values.append(int(round(value)) if isinstance(control.value, int) else round(value, 10))
    return values


def drag_pictures(diagram, name: str) -> int:
    """How many different pictures the twin ``diagram`` shows along a drag of slider ``name``
    (its state is left as it was)."""
    control = diagram.controls[name]
    current = control.value
    pictures = set()
    for value in drag_values(control):
        diagram.update(**{name: value})
        pictures.add(diagram.png)
    diagram.update(**{name: current})
    return len(pictures)


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
class Drag:
    """One slider dragged with the mouse: the pictures the page showed while it moved."""

    diagram: str  # registry key, "NN:name"
    control: str  # keyword name of the slider ("floor" for a floor widget)
    steps: int  # mouse moves between press and release
    drag_ms: float  # mouse pressed -> released
    frames: int  # pictures shown before the release (each different from the one before)
    distinct: int  # of these, pictures not seen before in this drag (nor before it)
    frames_after: int  # new pictures that arrived after the release (a backlog)
    first_frame_ms: float | None  # first move of the mouse -> first new picture
    settle_ms: float | None  # release -> last new picture (0 when none came after it)
    #: pictures the twin shows along the same path (``None`` for a floor widget); a drag is
    #: only expected to change the picture when this is at least 3
    expected_pictures: int | None = None

    @property
    def fps(self) -> float:
        """New pictures per second while the handle moved."""
        return self.frames / (self.drag_ms / 1000) if self.drag_ms > 0 else 0.0

    def name(self, notebook: str) -> str:
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
    drags: list[Drag] = field(default_factory=list)
    #: continuous sliders of the notebook's diagrams (those that should follow a drag)
    continuous_sliders: int = 0
    #: sliders not dragged, and why
    undragged: list[str] = field(default_factory=list)
    #: problems found with ``strict=False`` that did not stop the run
    warnings: list[str] = field(default_factory=list)

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
            "drags": len(self.drags),
            "drag_fps_min": round(min(fps), 1) if (fps := [d.fps for d in self.drags]) else None,
            "drag_fps_median": round(statistics.median(fps), 1) if fps else None,
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
  watching: null,
  watch(cls) {
    // every distinct src the picture of widget `cls` shows from now on, with its time, and the
    // times of the mouse's press, moves and release
    const picture = document.querySelector('.' + cls).querySelector('.msbackpain-picture');
    const first = picture.querySelector('img');
    const w = {seen: new Set(first ? [first.src] : []), last: first ? first.src : null,
               frames: [], down: null, up: null, moves: [], since: performance.now()};
    const observer = new MutationObserver(() => {
      const img = picture.querySelector('img');
      if (img && img.src !== w.last) {  // a new picture: [time, alt, never seen before]
        w.last = img.src;
        w.frames.push([performance.now(), img.getAttribute('alt'), !w.seen.has(img.src)]);
        w.seen.add(img.src);
      }
    });
    observer.observe(picture, {subtree: true, childList: true, attributes: true,
                               attributeFilter: ['src']});
    const down = () => { if (w.down === null) w.down = performance.now(); };
    const move = () => { if (w.down !== null && w.up === null) w.moves.push(performance.now()); };
    const up = () => { if (w.down !== null && w.up === null) w.up = performance.now(); };
    const events = [['pointerdown', down], ['pointermove', move], ['pointerup', up]];
    for (const [name, f] of events) document.addEventListener(name, f, true);
    w.stop = () => {
      observer.disconnect();
      for (const [name, f] of events) document.removeEventListener(name, f, true);
    };
    this.watching = w;
  },
  async settle(quietMs, timeoutMs) {
    // wait until no new picture came for quietMs (after the release, if there was one)
    const w = this.watching;
    const start = performance.now();
    for (;;) {
      const last = Math.max(w.since, w.up ?? 0, ...w.frames.map((f) => f[0]));
      if (performance.now() - last >= quietMs) return true;
      if (performance.now() - start > timeoutMs) return false;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  },
  harvest() {
    const w = this.watching;
    w.stop();
    this.watching = null;
    return {down: w.down, up: w.up, moves: w.moves, frames: w.frames};
  },
  once(cls, alt) {
    // where diagram `cls` shows in the notebook, and every other copy of its picture
    const notebook = document.querySelector('.jp-Notebook');
    const box = notebook.querySelector('.' + cls);
    const output = box.closest('.jp-OutputArea-output');
    const area = box.closest('.jp-OutputArea') ?? output;
    const images = [...notebook.querySelectorAll('img')];
    const same = images.filter((i) => i.getAttribute('alt') === alt);
    const describe = (e) => e.tagName.toLowerCase() + (e.getAttribute('alt') === null ? ''
      : ` alt="${e.getAttribute('alt').slice(0, 80)}"`) + (e.className ? '.' + e.className : '');
    const others = [...area.querySelectorAll('img, .jp-RenderedImage')].filter(
      (e) => !box.contains(e));
    return {
      // the widget's output holds the widget and nothing else (no rendered plain form)
      beside: output ? [...output.children].filter((e) => e !== box).map(describe) : ['no output'],
      with_alt: same.length,
      with_alt_in_widget: same.filter((i) => box.contains(i)).length,
      pictures_in_widget: box.querySelectorAll('.msbackpain-picture img').length,
      widget_alt: box.querySelector('.msbackpain-picture img')?.getAttribute('alt') ?? null,
      others_in_cell: others.map(describe),
    };
  },
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


def _run_all(lab: LabPage, run: NotebookRun, timeout_s: float):
    """Open ``run.notebook``, clear its stored outputs and run all its cells; returns the page."""
    from playwright.sync_api import expect

    started = time.perf_counter()
    timeout_ms = timeout_s * 1000
    page = lab.open(run.notebook)
    status = page.locator("#jp-main-statusbar")
    expect(page.locator(".jp-NotebookPanel")).to_have_count(1, timeout=timeout_ms)
    expect(status).to_contain_text(KERNEL_IDLE, timeout=timeout_ms)
    run.open_s = time.perf_counter() - started
    # Stored outputs (and stored widget views) go first, so that all that follows is live.
    _menu(page, "Edit", "Clear Outputs of All Cells")
    expect(page.locator(".jp-Notebook .jp-OutputArea-output")).to_have_count(0)
    t_run = time.perf_counter()
    _menu(page, "Run", "Run All Cells")
    page.wait_for_function(ALL_CELLS_RAN, timeout=timeout_ms, polling=250)
    expect(status).to_contain_text(KERNEL_IDLE, timeout=timeout_ms)
    run.run_all_s = time.perf_counter() - t_run
    return page


def _checker(lab: LabPage, page, notebook: str):
    def check(where: str) -> None:
        problems = _page_text_problems(page)
        if lab.page_errors:
            problems.append(f"page errors: {lab.page_errors}")
        if lab.kernel.errors:
            problems.append(f"the kernel sent errors or stderr: {lab.kernel.errors}")
        if problems:
            raise LabProblem(f"{notebook}, {where}: " + "; ".join(problems))

    return check


#: which sliders :func:`drive_notebook` drags: none, the first that shows a change along its
#: drag in each diagram, or every slider that follows a drag
DRAG_MODES = ("none", "one", "all")


def drive_notebook(
    lab: LabPage,
    run: NotebookRun,
    *,
    repeat: int = 1,
    drags: str = "one",
    strict: bool = True,
    run_timeout_s: float = 300,
    move_timeout_s: float = 60,
) -> NotebookRun:
    """Open ``run.notebook`` in JupyterLab, run all cells, check that each diagram and the quiz
    show once, move every control ``repeat`` times (and press each diagram's Reset once), drag
    sliders as ``drags`` says (:data:`DRAG_MODES`), answer the quiz; fills ``run`` and raises
    :class:`LabProblem` on anything a reader would see as broken. With ``strict=False`` (the
    benchmark) a diagram or quiz not shown once as it should only goes into ``run.warnings``."""
    from playwright.sync_api import expect

    if drags not in DRAG_MODES:
        raise ValueError(f"drags must be one of {DRAG_MODES} (got {drags!r})")
    started = time.perf_counter()
    expected = registered_diagrams(run.notebook)
    run.diagrams = len(expected)
    run.controls = sum(len(d.controls) for d in expected.values())
    run.continuous_sliders = sum(len(following_sliders(d)) for d in expected.values())
    try:
        page = _run_all(lab, run, run_timeout_s)
        check = _checker(lab, page, run.notebook)
        check("after Run All")
        boxes = page.locator(".jp-Notebook .msbackpain-interactive")
        try:
            expect(boxes).to_have_count(len(expected), timeout=60_000)
        except AssertionError:
            raise LabProblem(
                f"{run.notebook}: {boxes.count()} interactive diagrams in the page, "
                f"{len(expected)} registered ({sorted(expected)})"
            ) from None
        if problems := check_once(page, run.notebook, expected):
            message = f"{run.notebook}, after Run All, not shown once as it should: "
            if strict:
                raise LabProblem(message + "; ".join(problems))
            run.warnings.append(message + "; ".join(problems))
            for diagram in expected.values():  # follow what JupyterLab did, and go on
                diagram.update(**off_grid_sliders(diagram))
        for key, diagram in expected.items():
            drive_diagram(page, lab.kernel, run, key, diagram, repeat, move_timeout_s)
            check(f"after moving {key}")
            if drags != "none":
                drag_diagram(page, lab.kernel, run, key, diagram, drags, move_timeout_s)
                check(f"after dragging the sliders of {key}")
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


def check_once(page, notebook: str, expected: dict) -> list[str]:
    """What is wrong with how the diagrams and the quiz show after Run All (an empty list: all
    is well). Each registered diagram must show once: its live widget, alone in its output, with
    one picture, that of its default state (its alt text), and no other copy of that picture;
    the quiz once: its form, and none of the folded answers of its plain form."""
    problems = []
    for key, diagram in expected.items():
        cls = diagram_class(key)
        count = page.locator(f".jp-Notebook .{cls}").count()
        if count != 1:
            problems.append(f"{key}: {count} widgets of class {cls}")
            continue
        alt = diagram.alt()  # the twin is at its defaults, as the notebook shows the diagram
        seen = page.evaluate("([cls, alt]) => window.__msbackpain.once(cls, alt)", [cls, alt])
        if seen["beside"]:
            problems.append(f"{key}: its output holds more than the widget: {seen['beside']}")
        if seen["pictures_in_widget"] != 1:
            problems.append(f"{key}: {seen['pictures_in_widget']} pictures in its widget")
        elif seen["with_alt_in_widget"] != 1:
            snapped = off_grid_sliders(diagram)
            why = (
                f" (JupyterLab moved {snapped} onto the slider's step grid, and the kernel drew "
                "that state: a default off its slider's step grid)"
                if snapped
                else ""
            )
            problems.append(
                f"{key}: the live picture is not the default state's: its alt text is "
                f"{seen['widget_alt']!r}, the default state's {alt!r}{why}"
            )
        if extra := seen["with_alt"] - seen["with_alt_in_widget"]:
            problems.append(f"{key}: {extra} more picture(s) with its alt text {alt[:60]!r}…")
        if seen["others_in_cell"]:
            problems.append(f"{key}: other pictures in its cell's output {seen['others_in_cell']}")
    return problems + _quiz_once_problems(page, notebook)


def off_grid_sliders(diagram) -> dict:
    """``{name: value on the grid}`` for each slider whose value is not on its step grid
    (``min + k * step``): JupyterLab's slider moves such a value to the nearest grid point and
    sends it to the kernel as soon as it shows."""
    snapped = {}
    for name, control in diagram.controls.items():
        if control_kind(control) != "slider":
            continue
        steps = (control.value - control.min) / control.step
        if abs(steps - round(steps)) > 1e-6:
            value = control.min + round(steps) * control.step
            snapped[name] = int(value) if isinstance(control.value, int) else round(value, 10)
    return snapped


def _quiz_once_problems(page, notebook: str) -> list[str]:
    from msbackpain.lessons import load_quiz

    quiz = load_quiz(Path(notebook).stem[:2])
    problems = []
    forms = page.locator(".jp-Notebook .msb-quiz").count()
    if forms != 1:
        problems.append(f"{forms} quiz forms, expected 1")
    folded = set(re.findall(r"<summary>(.*?)</summary>", quiz.markdown()))
    if not folded:
        raise LabProblem(f"{notebook}: the quiz's plain form folds nothing: cannot check it")
    shown = page.locator(".jp-Notebook details > summary").all_inner_texts()
    if rendered := [text.strip() for text in shown if text.strip() in folded]:
        problems.append(f"the quiz's folded answers are shown too: {rendered}")
    return problems


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


def _arm(page, kernel: KernelWatch, run: NotebookRun, key: str, cls: str) -> None:
    page.evaluate("cls => window.__msbackpain.arm(cls)", cls)
    if kernel.errors:  # sent late, after the previous move's picture
        previous = run.moves[-1].control if run.moves else "running the notebook"
        raise LabProblem(f"{key}, after {previous}: the kernel reported {kernel.errors}")


def _type_into_slider(element, value) -> None:
    readout = element.locator(".widget-readout")
    readout.fill(str(value) if isinstance(value, int) else repr(value))
    readout.press("Enter")


def drive_diagram(
    page, kernel: KernelWatch, run: NotebookRun, key, diagram, repeat: int, timeout_s: float
):
    """Move every control of one diagram ``repeat`` times, then press its Reset button."""
    cls = diagram_class(key)
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
            _arm(page, kernel, run, key, cls)
            if kind == "slider":
                _type_into_slider(element, value)
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
    _arm(page, kernel, run, key, cls)
    box.locator(".msbackpain-reset").click()
    run.resets.append(_observe(page, kernel, key, "reset", "reset", None, diagram.alt(), timeout_s))


def _observe(page, kernel: KernelWatch, key, name, kind, value, alt, timeout_s) -> Move:
    """Wait for the new picture (stopping early if the kernel reports an error); check it
    (its alt text must be ``alt``; any alt text will do when ``alt`` is None)."""
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
    if alt is not None and seen["alt"] != alt:
        raise LabProblem(f"{where}: alt text {seen['alt']!r}, expected {alt!r}")
    if not seen["width"]:
        raise LabProblem(f"{where}: the new picture does not decode")
    decoded = seen["decoded_ms"]
    decoded = None if decoded is None else round(float(decoded), 1)
    return Move(key, name, kind, value, round(float(seen["ms"]), 1), decoded)


# -- dragging a slider -------------------------------------------------------------------------
def following_sliders(diagram) -> list[str]:
    """Names of the diagram's sliders whose picture should follow a dragged handle (those made
    with ``continuous=False`` redraw only on release)."""
    return [
        name
        for name, control in diagram.controls.items()
        if control_kind(control) == "slider" and control.continuous_update
    ]


def _settle(page, kernel: KernelWatch, where: str, quiet_ms: float, timeout_s: float) -> dict:
    """Wait until the watched picture has not changed for ``quiet_ms`` and the kernel is idle;
    returns what the watch recorded."""
    from playwright.sync_api import expect

    settled = page.evaluate(
        "([quiet, timeout]) => window.__msbackpain.settle(quiet, timeout)",
        [quiet_ms, timeout_s * 1000],
    )
    seen = page.evaluate("() => window.__msbackpain.harvest()")
    if not settled and not kernel.errors:
        raise LabProblem(f"{where}: the picture still changed {timeout_s:.0f} s later")
    status = page.locator("#jp-main-statusbar")
    expect(status).to_contain_text(KERNEL_IDLE, timeout=timeout_s * 1000)
    page.wait_for_timeout(100)  # an error sent with the last update arrives just after it
    if kernel.errors:
        raise LabProblem(f"{where}: the kernel reported {kernel.errors}")
    return seen


def reset_quietly(page, kernel: KernelWatch, key: str, cls: str, timeout_s: float) -> None:
    """Press the diagram's Reset button and wait until its picture (if it changes) has come."""
    box = page.locator(f".jp-Notebook .{cls}")
    page.evaluate("cls => window.__msbackpain.watch(cls)", cls)
    box.locator(".msbackpain-reset").click()
    _settle(page, kernel, f"{key}, Reset", 500, timeout_s)


def drag_slider(
    page,
    kernel: KernelWatch,
    key: str,
    cls: str,
    name: str,
    *,
    target: float,
    steps: int = DRAG_STEPS,
    pause_ms: float = DRAG_PAUSE_MS,
    timeout_s: float = 60,
) -> Drag:
    """Press the mouse on slider ``name``'s handle in widget ``cls``, move it in ``steps`` steps
    (``pause_ms`` after each) to ``target`` (a fraction of the track), release it, and wait for
    the pictures still on their way; returns what the page showed."""
    box = page.locator(f".jp-Notebook .{cls}")
    element = box.locator(f".widget-slider.msbackpain-control-{name}")
    box.scroll_into_view_if_needed()
    handle = element.locator(".noUi-handle")
    track = element.locator(".noUi-base")
    if handle.count() != 1 or track.count() != 1:
        raise LabProblem(f"{key}: no noUiSlider handle for slider {name!r} in the page")
    h, t = handle.bounding_box(), track.bounding_box()
    x0, y = h["x"] + h["width"] / 2, h["y"] + h["height"] / 2
    x1 = t["x"] + t["width"] * target
    page.evaluate("cls => window.__msbackpain.watch(cls)", cls)
    page.mouse.move(x0, y)
    page.mouse.down()
    for i in range(1, steps + 1):
        page.mouse.move(x0 + (x1 - x0) * i / steps, y)
        page.wait_for_timeout(pause_ms)
    page.mouse.up()
    seen = _settle(page, kernel, f"{key}, dragging {name}", 1000, timeout_s)
    if seen["down"] is None or seen["up"] is None or not seen["moves"]:
        raise LabProblem(f"{key}, dragging {name}: the page saw no press, move or release")
    frames = [f[0] for f in seen["frames"]]
    if missing := [f for f in seen["frames"] if not (f[1] or "").strip()]:
        raise LabProblem(f"{key}, dragging {name}: {len(missing)} pictures without alt text")
    during = [f for f in frames if f <= seen["up"]]
    after = [f for f in frames if f > seen["up"]]
    distinct = sum(f[2] for f in seen["frames"] if f[0] <= seen["up"])
    return Drag(
        diagram=key,
        control=name,
        steps=steps,
        drag_ms=round(seen["up"] - seen["down"], 1),
        frames=len(during),
        distinct=distinct,
        frames_after=len(after),
        first_frame_ms=round(frames[0] - seen["moves"][0], 1) if frames else None,
        settle_ms=round(after[-1] - seen["up"], 1) if after else 0.0,
    )


def drag_diagram(
    page, kernel: KernelWatch, run: NotebookRun, key: str, diagram, mode: str, timeout_s: float
) -> None:
    """Drag the diagram's sliders from its default state: in mode ``"one"`` the first slider
    whose picture changes along the drag (the twin says), in mode ``"all"`` every slider that
    should follow a drag; the diagram is reset before each drag."""
    cls = diagram_class(key)
    diagram.reset()
    for name in following_sliders(diagram):
        expected = drag_pictures(diagram, name)
        if mode == "one" and expected < 3:
            run.undragged.append(f"{key}/{name}: {expected} picture(s) along its drag")
            continue
        reset_quietly(page, kernel, key, cls, timeout_s)
        drag = drag_slider(
            page,
            kernel,
            key,
            cls,
            name,
            target=drag_target(diagram.controls[name]),
            timeout_s=timeout_s,
        )
        drag.expected_pictures = expected
        run.drags.append(drag)
        if mode == "one":
            break
    reset_quietly(page, kernel, key, cls, timeout_s)


# -- the floor: a bare picture widget -----------------------------------------------------------
FLOOR_SETUP = '''\
"""Floor of the JupyterLab round trip: a bare picture widget whose picture a slider swaps for one
of a few pictures of a diagram rendered beforehand (no model, no drawing, no encoding)."""
import ipywidgets as widgets
from IPython.display import display

from msbackpain import lessons
from msbackpain.ui.display import img_tag
from msbackpain.ui.interactive import CONTROL_WIDTH, LABEL_WIDTH, REGISTRY, moves

lessons.load_all()


def floor(key, cls, most=4):
    diagram = REGISTRY[key]()
    tags = [img_tag(diagram.png, diagram.alt())]
    for name, control in diagram.controls.items():
        for value in moves(control):
            diagram.update(**{name: value})
            tag = img_tag(diagram.png, diagram.alt())
            if tag not in tags and len(tags) < most:
                tags.append(tag)
    assert len(tags) >= 2, f"{key}: fewer than two different pictures"
    image = widgets.HTML(tags[0])
    image.add_class("msbackpain-picture")
    control = widgets.IntSlider(
        value=0, min=0, max=100, step=1, description="floor", continuous_update=True,
        style={"description_width": LABEL_WIDTH}, layout=widgets.Layout(width=CONTROL_WIDTH),
    )
    control.add_class("msbackpain-control-floor")
    turn = [0]

    def swap(_change):
        turn[0] = (turn[0] + 1) % len(tags)
        image.value = tags[turn[0]]

    control.observe(swap, names="value")
    box = widgets.VBox([control, image])
    box.add_class(cls)
    display(box)
'''


def write_floor_notebook(folder: Path, notebook: str) -> str:
    """Write ``floor_NN.ipynb`` into ``folder`` (the server's ``notebooks/``): one floor widget
    per diagram registered for ``notebook``, made of that diagram's own pictures (same size,
    same PNG encoding). Returns its file name."""
    import nbformat
    from nbformat.v4 import new_code_cell, new_notebook

    keys = list(registered_diagrams(notebook))
    cells = [new_code_cell(FLOOR_SETUP)]
    cells += [new_code_cell(f"floor({key!r}, {floor_class(key)!r})") for key in keys]
    nb = new_notebook(cells=cells)
    nb.metadata["kernelspec"] = {
        "name": "python3",
        "display_name": "Python 3",
        "language": "python",
    }
    name = f"floor_{notebook[:2]}.ipynb"
    nbformat.write(nb, Path(folder) / name)
    return name


def drive_floor(
    lab: LabPage,
    run: NotebookRun,
    keys: list[str],
    *,
    moves_each: int = 5,
    drag: bool = True,
    run_timeout_s: float = 300,
    move_timeout_s: float = 60,
) -> NotebookRun:
    """Run a floor notebook (:func:`write_floor_notebook`), time ``moves_each`` moves of each
    floor widget's slider (typed into its readout, as for a diagram's slider) and drag it once.
    Each :class:`Move` and :class:`Drag` carries the key of the diagram the floor stands for."""
    started = time.perf_counter()
    run.diagrams = len(keys)
    try:
        page = _run_all(lab, run, run_timeout_s)
        check = _checker(lab, page, run.notebook)
        check("after Run All")
        for key in keys:
            cls = floor_class(key)
            box = page.locator(f".jp-Notebook .{cls}")
            if box.count() != 1:
                raise LabProblem(f"{run.notebook}: {box.count()} floor widgets for {key!r}")
            box.scroll_into_view_if_needed()
            element = box.locator(".widget-slider.msbackpain-control-floor")
            value = 0
            for _ in range(moves_each):
                value = (value + 7) % 101
                _arm(page, lab.kernel, run, key, cls)
                _type_into_slider(element, value)
                run.moves.append(
                    _observe(page, lab.kernel, key, "floor", "slider", value, None, move_timeout_s)
                )
            if drag:
                target = 1 - DRAG_MARGIN if value < 50 else DRAG_MARGIN
                run.drags.append(
                    drag_slider(
                        page, lab.kernel, key, cls, "floor", target=target, timeout_s=move_timeout_s
                    )
                )
            check(f"after moving the floor of {key}")
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


# -- the report ------------------------------------------------------------------------------
def report_dir() -> Path:
    """``$MSBACKPAIN_REPORT_DIR``, by default ``build/reports/`` in the repository."""
    return Path(os.environ.get("MSBACKPAIN_REPORT_DIR") or ROOT / "build" / "reports")


#: the issue's goal: each control's median round trip within this factor of the floor's
FLOOR_GOAL = 1.5


def _median(values) -> float | None:
    values = list(values)
    return round(statistics.median(values), 1) if values else None


def _cell(value) -> str:
    if value is None:
        return "–"
    return f"{value:.1f}" if isinstance(value, float) else str(value)


class Report:
    """Round trips and drags per notebook, written (JSON and Markdown) again after every
    notebook; with floors (:meth:`add_floor`, the benchmark) also each control's ratio to the
    floor of its diagram."""

    def __init__(self, directory: Path | None = None, stem: str = "jupyterlab_round_trip"):
        self.directory = Path(directory or report_dir())
        self.stem = stem
        self.runs: list[NotebookRun] = []
        #: floor runs, by the notebook they stand for
        self.floors: dict[str, NotebookRun] = {}
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
        self._write_run(run)
        self.write()

    def add_floor(self, notebook: str, floor: NotebookRun) -> None:
        """Record the floor run that stands for ``notebook``'s diagrams."""
        self.floors[notebook] = floor
        self._write_run(floor)
        self.write()

    def _write_run(self, run: NotebookRun) -> None:
        self.per_notebook.mkdir(parents=True, exist_ok=True)
        (self.per_notebook / f"{run.notebook[:-6]}.json").write_text(
            json.dumps(self._run_json(run), indent=1, default=str) + "\n"
        )

    @staticmethod
    def _run_json(run: NotebookRun) -> dict:
        return {
            **run.summary(),
            "moves": [asdict(m) for m in run.moves],
            "resets": [asdict(m) for m in run.resets],
            "drags": [{**asdict(d), "fps": round(d.fps, 1)} for d in run.drags],
            "undragged": run.undragged,
            "warnings": run.warnings,
            "masked_moves": run.masked,
            "console_errors": run.console_errors,
        }

    # -- comparisons with the floor ------------------------------------------------------------
    def floor_ms(self, run: NotebookRun, diagram: str | None = None) -> float | None:
        """Median floor round trip for ``run``'s notebook (or for one of its diagrams)."""
        floor = self.floors.get(run.notebook)
        if floor is None:
            return None
        return _median(m.ms for m in floor.moves if diagram is None or m.diagram == diagram)

    def floor_fps(self, run: NotebookRun, diagram: str) -> float | None:
        floor = self.floors.get(run.notebook)
        fps = [d.fps for d in floor.drags if d.diagram == diagram] if floor else []
        return round(statistics.median(fps), 1) if fps else None

    def controls(self, run: NotebookRun) -> list[dict]:
        """Per control of ``run``: moves, median, p95, its diagram's floor and the ratio."""
        rows = {}
        for move in run.moves:
            rows.setdefault((move.diagram, move.control), []).append(move.ms)
        out = []
        for (diagram, control), times in rows.items():
            floor = self.floor_ms(run, diagram)
            median = _median(times)
            out.append(
                {
                    "control": f"{run.notebook[:-6]}/{diagram.split(':', 1)[1]}/{control}",
                    "moves": len(times),
                    "median_ms": median,
                    "p95_ms": round(p95(times), 1),
                    "floor_ms": floor,
                    "ratio": round(median / floor, 2) if floor else None,
                }
            )
        return out

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
            "floor_goal": FLOOR_GOAL,
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
            "notebooks": [
                {**self._run_json(run), "floor_ms": self.floor_ms(run), "per_control": rows}
                for run in self.runs
                for rows in [self.controls(run)]
            ],
            "floors": {name: self._run_json(run) for name, run in self.floors.items()},
        }

    # -- Markdown --------------------------------------------------------------------------------
    def _notebook_table(self) -> list[str]:
        data = self.data()
        lines = [
            "| notebook | diagrams | moves | median ms | p95 ms | floor median ms | ratio | "
            f"controls within {FLOOR_GOAL}× floor | slowest control | its ms | run all s | "
            "load 1 min | status |",
            "|---|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|---|",
        ]
        for run in self.runs:
            s = run.summary()
            slowest = s["slowest"] or {"control": None, "ms": None}
            load = f"{s['load_average'][0]:.2f}" if s["load_average"] else None
            masked = f" (+{s['masked']} masked)" if s["masked"] else ""
            floor = self.floor_ms(run)
            ratio = round(s["median_ms"] / floor, 2) if floor and s["median_ms"] else None
            rows = self.controls(run)
            within = f"{sum(r['ratio'] <= FLOOR_GOAL for r in rows)}/{len(rows)}" if floor else None
            lines.append(
                f"| {run.notebook[:-6]} | {s['diagrams']} | {s['moves']}{masked} | "
                f"{_cell(s['median_ms'])} | {_cell(s['p95_ms'])} | {_cell(floor)} | "
                f"{_cell(ratio)} | {_cell(within)} | {_cell(slowest['control'])} | "
                f"{_cell(slowest['ms'])} | {_cell(s['run_all_s'])} | {_cell(load)} | "
                f"{s['status']} |"
            )
        total = data["all"]
        slowest = total["slowest"] or {"control": None, "ms": None}
        passed = sum(run.status == "passed" for run in self.runs)
        floors = [m.ms for f in self.floors.values() for m in f.moves]
        floor = _median(floors)
        ratio = round(total["median_ms"] / floor, 2) if floor and total["median_ms"] else None
        lines.append(
            f"| **all** | {sum(r.diagrams for r in self.runs)} | {total['moves']} | "
            f"{_cell(total['median_ms'])} | {_cell(total['p95_ms'])} | {_cell(floor)} | "
            f"{_cell(ratio)} | | {_cell(slowest['control'])} | {_cell(slowest['ms'])} | | "
            f"{data['load_average'][0]:.2f} | {passed}/{len(self.runs)} passed |"
        )
        return lines

    def _control_table(self) -> list[str]:
        lines = [
            "| control | moves | median ms | p95 ms | floor median ms | ratio |",
            "|---|---:|---:|---:|---:|---:|",
        ]
        for run in self.runs:
            for r in self.controls(run):
                mark = "" if r["ratio"] is None or r["ratio"] <= FLOOR_GOAL else " **over**"
                lines.append(
                    f"| {r['control']} | {r['moves']} | {_cell(r['median_ms'])} | "
                    f"{_cell(r['p95_ms'])} | {_cell(r['floor_ms'])} | {_cell(r['ratio'])}{mark} |"
                )
        return lines

    def _drag_table(self) -> list[str]:
        lines = [
            "| dragged slider | pictures on its path (twin) | drag ms | new pictures during "
            "drag (distinct) | fps | after release | last one ms after release | floor fps |",
            "|---|---:|---:|---:|---:|---:|---:|---:|",
        ]
        for run in self.runs:
            for d in run.drags:
                floor = self.floor_fps(run, d.diagram)
                lines.append(
                    f"| {d.name(run.notebook)} | {_cell(d.expected_pictures)} | "
                    f"{_cell(d.drag_ms)} | {d.frames} ({d.distinct}) | {d.fps:.1f} | "
                    f"{d.frames_after} | {_cell(d.settle_ms)} | {_cell(floor)} |"
                )
            for note in run.undragged:
                lines.append(f"| {run.notebook[:-6]}/{note} (not dragged) | | | | | | | |")
        return lines

    def markdown(self) -> str:
        data = self.data()
        text = (
            "Round trip of each control move in JupyterLab, control moved -> new picture shown, "
            "timed in the page (performance.now() at the DOM event that sends the new value, "
            f"MutationObserver seeing the new src); {data['cpu_count']} CPUs, load average "
            "(1 min) at the end of each notebook."
        )
        if self.floors:
            text += (
                " Floor: a bare picture widget whose picture a slider swaps for one of a few "
                "pictures of the same diagram rendered beforehand, timed the same way in the same "
                "run; ratio = median / floor median."
            )
        text += "\n\n" + "\n".join(self._notebook_table()) + "\n"
        problems = [(run.notebook, w) for run in self.runs for w in run.warnings]
        problems += [(run.notebook, run.error) for run in self.runs if run.error]
        problems += [(run.notebook, run.error) for run in self.floors.values() if run.error]
        if problems:
            text += "\nProblems seen:\n\n" + "\n".join(
                f"- {notebook}: {' '.join(str(problem).split())[:1500]}"
                for notebook, problem in problems
            )
            text += "\n"
        if self.floors:
            text += "\nPer control:\n\n" + "\n".join(self._control_table()) + "\n"
        if any(run.drags or run.undragged for run in self.runs):
            text += (
                f"\nSliders dragged with the mouse ({DRAG_STEPS} steps, {DRAG_PAUSE_MS} ms apart): "
                "distinct new pictures "
                "shown before the release, and the frame rate while the handle moved:\n\n"
                + "\n".join(self._drag_table())
                + "\n"
            )
        return text

    def write(self) -> None:
        self.directory.mkdir(parents=True, exist_ok=True)
        self.json_path.write_text(json.dumps(self.data(), indent=1, default=str) + "\n")
        self.markdown_path.write_text(self.markdown())
