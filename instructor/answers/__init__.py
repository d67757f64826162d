"""The answer key of the classroom diaries (answer_key.json), for notebook 08's reveal.

This file only lets the msbackpain package find the folder, as ``msbackpain.answer_key``, both in
this repository and in an installed wheel, which carries the same file.
"""
