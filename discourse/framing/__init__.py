"""Framing: who is in the news, who speaks, how the issue is framed, and how well the kit's
labels agree with human coding.

- ``frames`` — deductive frames (cue lexicon), scores, profiles and comparisons across groups;
- ``actors`` — the actor gazetteer and mentions;
- ``attribution`` — speech acts and their speakers;
- ``cache`` — the mentions and statements of a corpus kept on disk for the next notebook;
- ``stance`` — hedging, evaluation and Entman's functions;
- ``inductive`` — frames found by a topic model;
- ``lexicon`` — the cue matcher every lexicon uses;
- ``validation`` — coding sheets, reports, pruning and supervised frames;
- ``evaluate`` — the scorer of the framing benchmark.
"""

# ``discourse.framing.frames`` was one module before 0.4.0; its names stay importable from here.
from .frames import *  # noqa: E402,F401,F403
from .frames import __all__  # noqa: E402,F401
