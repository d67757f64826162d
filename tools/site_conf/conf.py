"""Sphinx configuration of the course website (built by ``python3 run.py site``, see tools/site.py).

The pages are the committed notebooks, rendered as they are (myst-nb, no execution), the glossary,
the evidence page, the instructor guide and the datasheet, in sphinx-book-theme. Nothing is
fetched from the network when the site is built or read: MathJax is served from the site
(sphinx-mathjax-offline), no widget renderer is linked (the notebooks store no widget state; each
diagram and quiz carries its own picture or question list, which is what the site shows), and
the theme's fonts and icons are its own files.
"""

from __future__ import annotations

import os

# tools/site.py passes the addresses, from the one place that holds them (pyproject.toml).
REPOSITORY = os.environ["MSBACKPAIN_SITE_REPOSITORY"]
LITE = os.environ["MSBACKPAIN_SITE_LITE"]
VERSION = os.environ["MSBACKPAIN_SITE_VERSION"]

project = "Lower back pain in multiple sclerosis"
author = "The msbackpain teaching team"
copyright = "the msbackpain teaching team; text CC BY 4.0, code MIT"
release = VERSION

extensions = ["myst_nb", "sphinx.ext.mathjax", "sphinx-mathjax-offline"]
exclude_patterns = ["_build", "**.ipynb_checkpoints"]
root_doc = "index"
language = "en"

# -- notebooks: shown as committed ------------------------------------------------------------
nb_execution_mode = "off"
# No widget state is stored, so a widget view would render as an empty box: leave it out for
# HTML and show the picture (diagrams) or the question list (quizzes) that the output also holds.
nb_mime_priority_overrides = [("html", "application/vnd.jupyter.widget-view+json", None)]
nb_ipywidgets_js = {}  # nothing to render, so no widget renderer (and no CDN) is linked
nb_merge_streams = True
myst_enable_extensions = ["dollarmath", "amsmath", "colon_fence", "html_image"]
myst_heading_anchors = 3
# Links to files the site does not carry (e.g. data/diary.csv) stay plain links; the check of the
# links that matter is the browser test.
suppress_warnings = ["myst.xref_missing", "myst.header"]

# -- the look ---------------------------------------------------------------------------------
html_theme = "sphinx_book_theme"
html_title = "Lower back pain in MS, one causal link at a time"
html_static_path = ["_static"]
templates_path = ["_templates"]
html_css_files = ["site.css"]
html_js_files = ["site.js"]
html_last_updated_fmt = None
html_show_sphinx = False
html_theme_options = {
    "repository_url": REPOSITORY,
    "repository_branch": "main",
    "path_to_docs": "",
    "use_repository_button": True,
    "use_download_button": True,
    "home_page_in_toc": False,
    "show_navbar_depth": 1,
    "launch_buttons": {
        "notebook_interface": "jupyterlab",
        "binderhub_url": "https://mybinder.org",
        "colab_url": "https://colab.research.google.com",
        "jupyterlite_url": LITE,
    },
    # the theme's own pages link nothing outside the site but these buttons
    "icon_links": [],
}
