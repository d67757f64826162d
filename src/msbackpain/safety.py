"""Safety texts that several pages show word for word, defined once.

``RED_FLAGS`` is the "when back pain needs urgent care" box. The build puts it where a notebook's
source has the line ``<!-- red-flags -->`` (00 and 06); the README and the glossary hold the same
text, and a test checks that all four agree with this module.

The red flags are those of the NHS low-back-pain pathways built on NICE guidance and of the
British Association of Spine Surgeons' 2018 statement on cauda equina syndrome; NICE NG59 itself
has no red-flag list. That new or worsening neurological symptoms lasting more than a day may be
a relapse is the usual advice of MS services.
"""

from __future__ import annotations

#: Marker line in a notebook source that the build replaces with :data:`RED_FLAGS`.
RED_FLAGS_MARKER = "<!-- red-flags -->"

RED_FLAGS = """\
> **When back pain needs urgent care**
>
> Most back pain, in MS too, is not dangerous and settles. Get medical help **the same day**
> (an emergency department, or your emergency number) if back pain comes with any of these:
>
> * new or worsening weakness or numbness in the legs;
> * numbness around the genitals, buttocks or inner thighs ("saddle" numbness);
> * new trouble controlling or feeling your bladder or bowel;
> * a fever, or feeling generally unwell;
> * a fall or other injury before the pain started;
> * a history of cancer, or long-term steroid treatment, with new back pain.
>
> In MS, **new or worsening neurological symptoms that last more than a day** (for example new
> weakness, numbness, loss of balance or problems with vision) may be a relapse: contact your MS
> team. These notebooks cannot tell these situations apart; people who know you can."""

#: The one way the collection warns about stopping a drug.
NEVER_STOP_SUDDENLY = "never stop suddenly without medical advice"
