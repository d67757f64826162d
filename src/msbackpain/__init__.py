"""msbackpain: models, the causal graph and teaching helpers for the notebooks on lower back
pain in multiple sclerosis.

Educational material, not medical advice.
"""

__version__ = "0.1.0"

DISCLAIMER = (
    "**Educational material, not medical advice.** These notebooks explain mechanisms with "
    "simplified models and simulated people. They cannot tell you what is happening in your own "
    "body or what you should do about it. If you live with MS and have back pain, new symptoms "
    "or questions about treatment, talk to your doctor, MS nurse or physiotherapist."
)
