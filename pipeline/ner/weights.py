"""How our models keep their weights: 16-bit floats on disk, 32-bit floats to compute with.

Almost all of a model's weights are hash-embedding tables (and, in a model with static word vectors, the
vectors table); stored as 16-bit floats they take half the disk
(the 80 MB that models/ may use holds twice the model), and the entities found stay the same (checked on
every shipped model's held-out test parts: identical counts). thinc computes in 32-bit floats, so the
features component (the first in each of our pipelines) widens the weights before the first text runs.
"""

from __future__ import annotations

from collections.abc import Iterator

import numpy


def _parameters(nlp) -> Iterator[tuple[object, str]]:  # noqa: ANN001 - a spaCy Language
    for _name, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is None or not hasattr(model, "walk"):
            continue
        for node in model.walk():
            for name in node.param_names:
                if node.has_param(name):
                    yield node, name


def _cast(nlp, dtype: type) -> None:  # noqa: ANN001 - a spaCy Language
    """Every weight, and the static word vectors when the pipeline has them, as `dtype`."""
    for node, name in _parameters(nlp):
        value = node.get_param(name)  # type: ignore[attr-defined]
        if value.dtype != dtype:
            node.set_param(name, value.astype(dtype))  # type: ignore[attr-defined]
    vectors = nlp.vocab.vectors
    if vectors.size and vectors.data.dtype != dtype:  # spaCy looks vectors up in 32 bits only
        vectors.data = vectors.data.astype(dtype)


def store_half_precision(nlp) -> None:  # noqa: ANN001 - a spaCy Language
    """Every weight and vector as a 16-bit float, for saving."""
    _cast(nlp, numpy.float16)


def widen_weights(nlp) -> None:  # noqa: ANN001 - a spaCy Language
    """16-bit weights and vectors back to the 32-bit floats thinc computes with."""
    _cast(nlp, numpy.float32)
