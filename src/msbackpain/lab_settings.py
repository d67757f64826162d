"""JupyterLab defaults for this collection: Markdown files open as formatted pages.

JupyterLab opens ``.md`` files in its text editor by default. The glossary
(``notebooks/glossary.md``) and the instructor guide read better in *Markdown Preview*, which is
also where links such as ``glossary.md#myelin`` scroll to the term. JupyterLab reads
administrator defaults from ``<prefix>/share/jupyter/lab/settings/overrides.json``; this module
merges our one setting into that file, keeping anything else it holds.

    python -m msbackpain.lab_settings            # into the running Python's prefix
    python -m msbackpain.lab_settings --dir DIR  # into DIR/overrides.json (tests)

``run.py`` calls it on every ``lab`` start, and ``binder/postBuild`` once on Binder.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

PLUGIN = "@jupyterlab/docmanager-extension:plugin"
OVERRIDES = {PLUGIN: {"defaultViewers": {"markdown": "Markdown Preview"}}}


def settings_dir(prefix: str | Path = sys.prefix) -> Path:
    """JupyterLab's application settings directory for an environment at ``prefix``."""
    return Path(prefix) / "share" / "jupyter" / "lab" / "settings"


def merged(existing: dict) -> dict:
    """``existing`` overrides with ours added; other plugins and keys are kept."""
    result = {key: dict(value) for key, value in existing.items()}
    for plugin, values in OVERRIDES.items():
        plugin_settings = result.setdefault(plugin, {})
        for key, value in values.items():
            current = plugin_settings.get(key)
            plugin_settings[key] = {**current, **value} if isinstance(current, dict) else value
    return result


def install(directory: Path | None = None) -> Path:
    """Write (or update) ``overrides.json`` in ``directory``; returns its path.

    A file that is not valid JSON is left untouched and reported, never overwritten.
    """
    directory = settings_dir() if directory is None else Path(directory)
    path = directory / "overrides.json"
    existing = {}
    if path.exists():
        try:
            existing = json.loads(path.read_text(encoding="utf-8"))
        except json.JSONDecodeError as error:
            raise ValueError(
                f"{path} is not valid JSON ({error}); fix or remove it, it was not changed"
            ) from error
        if not isinstance(existing, dict):
            raise ValueError(f"{path} must hold a JSON object; it was not changed")
    wanted = merged(existing)
    if wanted != existing or not path.exists():
        directory.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(wanted, indent=2) + "\n", encoding="utf-8")
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dir", type=Path, help="settings directory (default: this prefix's)")
    args = parser.parse_args(argv)
    try:
        print(f"JupyterLab settings: {install(args.dir)}")
    except ValueError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
