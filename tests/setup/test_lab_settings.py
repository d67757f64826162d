"""JupyterLab overrides: our one setting is merged in, and nothing else is lost."""

from __future__ import annotations

import json

import pytest

from msbackpain import lab_settings


def test_install_writes_the_markdown_preview_default(tmp_path):
    path = lab_settings.install(tmp_path / "settings")
    saved = json.loads(path.read_text())
    assert saved[lab_settings.PLUGIN]["defaultViewers"] == {"markdown": "Markdown Preview"}


def test_install_keeps_other_settings(tmp_path):
    other = {
        "@jupyterlab/apputils-extension:themes": {"theme": "JupyterLab Dark"},
        lab_settings.PLUGIN: {"defaultViewers": {"csv": "CSVTable"}, "autosave": False},
    }
    (tmp_path / "overrides.json").write_text(json.dumps(other))
    saved = json.loads(lab_settings.install(tmp_path).read_text())
    assert saved["@jupyterlab/apputils-extension:themes"] == {"theme": "JupyterLab Dark"}
    plugin = saved[lab_settings.PLUGIN]
    assert plugin["autosave"] is False
    assert plugin["defaultViewers"] == {"csv": "CSVTable", "markdown": "Markdown Preview"}


@pytest.mark.parametrize("content", ["{not json", "[1, 2]"])
def test_a_broken_file_is_reported_and_left_alone(tmp_path, content, capsys):
    path = tmp_path / "overrides.json"
    path.write_text(content)
    assert lab_settings.main(["--dir", str(tmp_path)]) == 1
    assert str(path) in capsys.readouterr().err
    assert path.read_text() == content
