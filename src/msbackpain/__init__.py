"""msbackpain: models, the causal graph and teaching helpers for the notebooks on lower back
pain in multiple sclerosis.

Educational material, not medical advice.
"""

import importlib.metadata

try:  # the version in pyproject.toml (its one place), as installed
    __version__ = importlib.metadata.version("msbackpain")
except importlib.metadata.PackageNotFoundError:  # a source tree that was never installed
    __version__ = "0+unknown"

DISCLAIMER = (
    "**Educational material, not medical advice.** These notebooks explain mechanisms with "
    "simplified models and simulated people. They cannot tell you what is happening in your own "
    "body or what you should do about it. If you live with MS and have back pain, new symptoms "
    "or questions about treatment, talk to your doctor, MS nurse or physiotherapist."
)
