"""The contract's ``bank`` dict turned into arrays once, and memoised.

Every call of the engine receives the whole bank; rebuilding arrays (and the population estimate, which
needs an EM run over the calibration answers) at each step would dominate the cost of a step. The cache is
keyed by the identity of the bank dict and of its item list, so a caller must pass a new dict (not mutate
the old one) when the bank changes.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from numpy.typing import NDArray

from quizapp.adaptive.irt import D_SCALE, THETA_GRID, FloatArray, fisher_information, probability
from quizapp.adaptive.population import Population, estimate_population

_CACHE_SIZE = 8
_cache: OrderedDict[int, tuple[dict[str, Any], list[Any], BankArrays]] = OrderedDict()


@dataclass(frozen=True)
class BankArrays:
    """Item parameters, topic and concept indices, grid probabilities and the population of one bank."""

    ids: tuple[str, ...]
    index_of: dict[str, int]
    a: FloatArray
    b: FloatArray
    c: FloatArray
    D: float
    topics: tuple[str, ...]
    topic_index: NDArray[np.int_]
    concept_index: NDArray[np.int_]
    p_grid: FloatArray
    log_p: FloatArray
    log_q: FloatArray
    # Fisher information of every item at every grid point, grid-major (G×J): a grid row is contiguous.
    info_by_theta: FloatArray
    stored_population: Population | None
    calibration: FloatArray | None
    # Derived values computed on first use (one-ability population, exposure eligibilities).
    lazy: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    def topic_population(self) -> Population:
        """Between-topic ability distribution: stored, estimated from calibration answers, or independent."""
        if "topics" not in self.lazy:
            if self.stored_population is not None:
                self.lazy["topics"] = _align(self.stored_population, self.topics)
            elif self.calibration is not None:
                self.lazy["topics"] = estimate_population(
                    self.calibration, self.a, self.b, self.c, self.topic_index, self.topics, self.D
                )
            else:
                self.lazy["topics"] = Population.standard(self.topics)
        return self.lazy["topics"]

    def single_population(self) -> tuple[float, float]:
        """Mean and SD of one ability measured by every item (``single`` mode), estimated like the topics'."""
        if "single" not in self.lazy:
            if self.calibration is not None:
                everything = np.zeros(self.size, dtype=int)
                pop = estimate_population(
                    self.calibration, self.a, self.b, self.c, everything, ("all",), self.D
                )
                self.lazy["single"] = (float(pop.mean[0]), float(np.sqrt(pop.cov[0, 0])))
            else:
                # A stored per-topic population: its average topic is the best one-ability summary.
                population = self.topic_population()
                mean = float(population.mean.mean())
                self.lazy["single"] = (mean, float(np.sqrt(np.diag(population.cov).mean())))
        return self.lazy["single"]

    @property
    def size(self) -> int:
        """Number of items in the bank."""
        return len(self.ids)


def bank_arrays(bank: dict[str, Any]) -> BankArrays:
    """Arrays for ``bank``, built on first use and then served from a small identity-keyed cache."""
    key = id(bank)
    hit = _cache.get(key)
    if hit is not None and hit[0] is bank and hit[1] is bank["items"]:
        _cache.move_to_end(key)
        return hit[2]
    arrays = _build(bank)
    # Holding the bank itself in the cache keeps its id from being reused by another dict.
    _cache[key] = (bank, bank["items"], arrays)
    while len(_cache) > _CACHE_SIZE:
        _cache.popitem(last=False)
    return arrays


def _build(bank: dict[str, Any]) -> BankArrays:
    """Convert the bank dict; estimate the population from ``calibration`` unless ``population`` is given."""
    items = bank["items"]
    D = float(bank.get("D", D_SCALE))
    ids = tuple(str(item["id"]) for item in items)
    a = np.array([float(item["a"]) for item in items])
    b = np.array([float(item["b"]) for item in items])
    c = np.array([float(item.get("c", 0.0) or 0.0) for item in items])
    topic_names = [str(item.get("topic", "default")) for item in items]
    topics = tuple(dict.fromkeys(topic_names))
    topic_index = np.array([topics.index(t) for t in topic_names], dtype=int)
    concept_names = [f"{t}\x00{item.get('concept', '')}" for t, item in zip(topic_names, items, strict=True)]
    concepts = list(dict.fromkeys(concept_names))
    concept_index = np.array([concepts.index(x) for x in concept_names], dtype=int)
    p_grid = probability(THETA_GRID, a, b, c, D)
    calibration = _calibration_matrix(bank, len(items))
    stored = Population.from_dict(bank["population"]) if bank.get("population") else None
    return BankArrays(
        ids=ids,
        index_of={item_id: i for i, item_id in enumerate(ids)},
        a=a,
        b=b,
        c=c,
        D=D,
        topics=topics,
        topic_index=topic_index,
        concept_index=concept_index,
        p_grid=p_grid,
        log_p=np.log(p_grid),
        log_q=np.log1p(-p_grid),
        info_by_theta=np.ascontiguousarray(fisher_information(THETA_GRID, a, b, c, D).T),
        stored_population=stored,
        calibration=calibration,
    )


def _calibration_matrix(bank: dict[str, Any], n_items: int) -> FloatArray | None:
    """The calibration answers as a float matrix with NaN for unseen items, or None when absent."""
    rows = (bank.get("calibration") or {}).get("responses")
    if not rows:
        return None
    matrix = np.array([[np.nan if x is None else float(x) for x in row] for row in rows], dtype=float)
    if matrix.ndim != 2 or matrix.shape[1] != n_items:
        raise ValueError(f"calibration responses must have {n_items} columns, in the order of bank['items']")
    return matrix


def _align(population: Population, topics: tuple[str, ...]) -> Population:
    """Reorder a stored population to the bank's topics; unknown topics get independent N(0, 1)."""
    k = len(topics)
    mean, cov = np.zeros(k), np.eye(k)
    known = {t: i for i, t in enumerate(population.topics)}
    for i, ti in enumerate(topics):
        if ti not in known:
            continue
        mean[i] = population.mean[known[ti]]
        for j, tj in enumerate(topics):
            if tj in known:
                cov[i, j] = population.cov[known[ti], known[tj]]
    return Population(topics=topics, mean=mean, cov=cov, n_examinees=population.n_examinees)
